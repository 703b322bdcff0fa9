"""The question a save from a stale copy asks (issue 21): someone else saved the same topic, draft,
goal or campaign since this editor loaded it, and the operator chooses — nothing is overwritten
silently.

`on_stale_save(parent, overwrite, reload)` is an editor's `on_error`: a `StaleEditError` asks
覆盖 / 重新载入 / 取消 (取消 keeps the typing in the editor, unsaved); any other failure goes on to the
global exception hook as before.
"""

from __future__ import annotations

import sys
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from app.store.errors import StaleEditError
from app.views.errors import user_message

OVERWRITE, RELOAD, CANCEL = "overwrite", "reload", "cancel"


def _tr(text: str) -> str:
    return QCoreApplication.translate("StaleSave", text)


def stale_question(parent: QWidget | None, exc: StaleEditError) -> QMessageBox:
    """The 覆盖 / 重新载入 / 取消 box for `exc` (built apart from `ask_stale` so tests can look at it)."""
    box = QMessageBox(QMessageBox.Icon.Warning, _tr("别人已经改过这一条"), user_message(exc), parent=parent)
    box.setObjectName("staleSaveQuestion")
    box.setInformativeText(_tr("覆盖：用你现在的内容替换别人的修改。\n重新载入：放弃你的修改，看别人保存的内容。\n"
                               "取消：先不保存，你的修改留在编辑区里。"))
    overwrite = box.addButton(_tr("覆盖"), QMessageBox.ButtonRole.DestructiveRole)
    overwrite.setObjectName(OVERWRITE)
    reload = box.addButton(_tr("重新载入"), QMessageBox.ButtonRole.ActionRole)
    reload.setObjectName(RELOAD)
    cancel = box.addButton(_tr("取消"), QMessageBox.ButtonRole.RejectRole)
    cancel.setObjectName(CANCEL)
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    return box


def ask_stale(parent: QWidget | None, exc: StaleEditError) -> str:
    """OVERWRITE, RELOAD or CANCEL, as the operator answered."""
    box = stale_question(parent, exc)
    box.exec()
    clicked = box.clickedButton()
    return clicked.objectName() if clicked is not None and clicked.objectName() in (OVERWRITE, RELOAD) else CANCEL


def on_stale_save(parent: QWidget, overwrite: Callable[[int], None], reload: Callable[[], None]
                  ) -> Callable[[BaseException], None]:
    """An `on_error` for a save: a stale copy asks; 覆盖 calls `overwrite(version_now_stored)`, 重新载入
    calls `reload()`; other errors reach the global hook."""

    def failed(exc: BaseException) -> None:
        if not isinstance(exc, StaleEditError):
            sys.excepthook(type(exc), exc, exc.__traceback__)
            return
        answer = ask_stale(parent, exc)
        if answer == OVERWRITE:
            overwrite(exc.version)
        elif answer == RELOAD:
            reload()

    return failed
