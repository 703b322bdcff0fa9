"""Restoring a backup: the one flow 文件 → 从备份恢复… and 设置 → 数据与备份 share.

Its strings keep the "MainWindow" translation context they were first written in.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from app.i18n import UserError
from app.views.context import ViewContext
from app.views.errors import show_user_error

translate = QCoreApplication.translate


def confirm_and_restore(parent: QWidget, ctx: ViewContext, path: Path) -> bool:
    """Ask, then replace the whole store with the backup at `path` and tell every tab to reload.

    Synchronous on purpose: no tab may read the file while it is replaced. A file that is no
    backup is a plain message and the data stays as it was. True when restored.
    """
    answer = QMessageBox.question(
        parent, translate("MainWindow", "从备份恢复"),
        translate("MainWindow", "用备份 {file} 替换现在的全部数据？\n现在的数据会先自动备份一份，恢复后也能找回。").format(
            file=path.name),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel)
    if answer != QMessageBox.StandardButton.Yes:
        return False
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        ctx.store.restore(path)
    except UserError as exc:
        QApplication.restoreOverrideCursor()
        show_user_error(exc, parent)
        return False
    QApplication.restoreOverrideCursor()
    ctx.signals.notify()
    return True
