"""The global exception hook: a bug is logged with its traceback and shown; the app keeps running.

Two kinds of failure are kept apart (qutebrowser's KnownError vs BugError):
- `UserError` — the user's file, input or environment is wrong: a plain warning with the
  translated message, nothing logged as a bug;
- anything else — a bug: the traceback goes to the log in the data directory and a dialog says
  what happened, with a button that opens the log.
"""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from app.i18n import UserError
from app.store.errors import plain_error

log = logging.getLogger("app.errors")


def user_message(exc: UserError) -> str:
    """A UserError's message in the current UI language."""
    return QCoreApplication.translate(exc.context, exc.template).format(**exc.params)


def open_path(path: Path) -> bool:
    """Open a file or folder with the system's default application."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def show_user_error(exc: UserError, parent: QWidget | None = None) -> None:
    QMessageBox.warning(parent, QCoreApplication.translate("errors", "无法完成"), user_message(exc))


class ExceptionHook:
    """Callable installed as `sys.excepthook`; `log_file` is where the "打开日志" button leads.

    `quiet` (screenshots, benchmarks) logs and prints instead of showing a dialog nobody can close.
    """

    def __init__(self, log_file: Path, *, quiet: bool = False, db_file: Path | None = None) -> None:
        self.log_file = log_file
        self.quiet = quiet
        self.db_file = db_file
        self._showing = False

    def __call__(
        self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
    ) -> None:
        if self.db_file is not None and not isinstance(exc, UserError):
            # A damaged or busy store is not a bug: never "已保存的数据不受影响" when the file is damaged.
            exc = plain_error(exc, self.db_file) or exc
        if isinstance(exc, UserError):
            log.info("user error: %s", exc)
            show_user_error(exc, QApplication.activeWindow())
            return
        if issubclass(exc_type, KeyboardInterrupt):
            QApplication.quit()
            return
        log.error("unexpected error\n%s", "".join(traceback.format_exception(exc_type, exc, tb)))
        if self.quiet:
            print(f"OpsDesk: unexpected error {exc_type.__name__}: {exc} (log: {self.log_file})", file=sys.stderr)
            return
        if self._showing:  # an error while the dialog is up: logged, not stacked
            return
        self._showing = True
        try:
            self._show(exc)
        finally:
            self._showing = False

    def _show(self, exc: BaseException) -> None:
        box = QMessageBox(QApplication.activeWindow())
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(QCoreApplication.translate("errors", "出错了"))
        box.setText(QCoreApplication.translate("errors", "OpsDesk 遇到了一个意外错误，刚才的操作可能没有完成。已保存的数据不受影响。"))
        box.setInformativeText(
            QCoreApplication.translate("errors", "错误信息已写进日志：{path}\n可以继续使用；如果反复出现，请把日志发给开发者。").format(
                path=self.log_file
            )
        )
        box.setDetailedText(f"{type(exc).__name__}: {exc}")
        open_log = box.addButton(QCoreApplication.translate("errors", "打开日志"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Ok)
        box.exec()
        if box.clickedButton() is open_log:
            open_path(self.log_file)


def install_exception_hook(log_file: Path, *, quiet: bool = False, db_file: Path | None = None) -> ExceptionHook:
    hook = ExceptionHook(log_file, quiet=quiet, db_file=db_file)
    sys.excepthook = hook
    return hook
