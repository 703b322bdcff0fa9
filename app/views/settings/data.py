"""设置 → 数据与备份: where the data folder is, moving it or starting clean, backups and restoring one."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from app.i18n import UserError
from app.store import backup as backups
from app.store.paths import backups_dir
from app.views.context import ViewContext
from app.views.errors import open_path, show_user_error
from app.views.restore import confirm_and_restore
from app.views.settings.page import SettingsPage, note_label


class DataPage(SettingsPage):
    """The data folder (show, open, move) and the backups (how many, where, list, restore)."""

    key = "data"

    def __init__(self, ctx: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.folder = QLineEdit(str(ctx.store.data_dir), self)
        self.folder.setObjectName("dataFolder")
        self.folder.setReadOnly(True)
        self.folder.setMinimumWidth(240)
        open_button = QPushButton(self.tr("打开"), self)
        open_button.clicked.connect(lambda: open_path(self.ctx.store.data_dir))
        self.move_button = QPushButton(self.tr("移动到…"), self)
        self.move_button.setObjectName("moveDataButton")
        self.move_button.clicked.connect(self.choose_new_folder)
        self.switch_button = QPushButton(self.tr("换一个数据文件夹…"), self)
        self.switch_button.setObjectName("switchDataButton")
        self.switch_button.setToolTip(self.tr("选一个空文件夹从空白重新开始，或选另一个 OpsDesk 数据文件夹打开它；现在的数据原样留着"))
        self.switch_button.clicked.connect(self.choose_other_folder)
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(open_button)
        row.addWidget(self.move_button)
        row.addWidget(self.switch_button)
        self.keep = QSpinBox(self)
        self.keep.setObjectName("backupKeep")
        self.keep.setRange(1, 365)
        self.keep.setSuffix(self.tr(" 份"))
        self.backup_folder = QLineEdit(str(backups_dir(ctx.store.data_dir)), self)
        self.backup_folder.setReadOnly(True)
        self.backup_folder.setMinimumWidth(360)
        self.form.addRow(self.tr("数据文件夹："), row)
        self.form.addRow(self.tr("自动备份保留："), self.keep)
        self.form.addRow(self.tr("备份位置："), self.backup_folder)
        self.list = QTableWidget(0, 3, self)
        self.list.setObjectName("backupList")
        self.list.setHorizontalHeaderLabels([self.tr("备份"), self.tr("时间"), self.tr("大小")])
        self.list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.verticalHeader().setVisible(False)
        self.list.horizontalHeader().setStretchLastSection(True)
        self.list.setColumnWidth(0, 300)
        self.list.setColumnWidth(1, 140)
        backup_now = QPushButton(self.tr("立即备份"), self)
        backup_now.clicked.connect(self.backup_now)
        self.restore_button = QPushButton(self.tr("恢复所选备份…"), self)
        self.restore_button.setObjectName("restoreButton")
        self.restore_button.clicked.connect(self.restore_selected)
        open_backups = QPushButton(self.tr("打开备份文件夹"), self)
        open_backups.clicked.connect(lambda: open_path(backups_dir(self.ctx.store.data_dir)))
        buttons = QHBoxLayout()
        buttons.addWidget(backup_now)
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        buttons.addWidget(open_backups)
        self.layout_.addLayout(self.form)
        self.layout_.addWidget(note_label(self.tr(
            "OpsDesk 每天自动备份一次，只保留最近的几份；「立即备份」和恢复前的备份也放在这里。"
            "移动数据文件夹会先备份、复制并检查，原来的文件夹保留不动。"
            "换一个数据文件夹什么也不复制：选一个空文件夹就是从空白重新开始。")))
        self.layout_.addWidget(self.list, 1)
        self.layout_.addLayout(buttons)
        self._keep_loaded = backups.DEFAULT_KEEP

    def title(self) -> str:
        return self.tr("数据与备份")

    def load(self) -> None:
        self._keep_loaded = int(self.ctx.store.setting("backup.keep", backups.DEFAULT_KEEP))
        self.keep.setValue(self._keep_loaded)
        self.reload_backups()

    def reload_backups(self) -> None:
        found = backups.list_backups(self.ctx.store.data_dir)
        self.list.setRowCount(len(found))
        for row, path in enumerate(found):
            stat = path.stat()
            cells = (path.name, datetime.fromtimestamp(stat.st_mtime).strftime("%Y-%m-%d %H:%M"),
                     f"{stat.st_size / 1_048_576:.1f} MB")
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, str(path))
                self.list.setItem(row, column, item)
        self.restore_button.setEnabled(bool(found))
        if found:
            self.list.selectRow(0)

    def save(self) -> set[str]:
        if self.keep.value() == self._keep_loaded:
            return set()
        self.ctx.store.set_setting("backup.keep", self.keep.value())
        self._keep_loaded = self.keep.value()
        return {"setting"}

    def backup_now(self) -> None:
        self.ctx.tasks.run(self.ctx.store.backup, on_result=lambda _path: self.reload_backups(),
                           progress=self.tr("正在备份…"), parent=self)

    def selected_backup(self) -> Path | None:
        item = self.list.item(self.list.currentRow(), 0) if self.list.currentRow() >= 0 else None
        return Path(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    def restore_selected(self) -> None:
        path = self.selected_backup()
        if path is None or not confirm_and_restore(self, self.ctx, path):
            return
        self.reload_backups()
        QMessageBox.information(self, self.tr("从备份恢复"),
                                self.tr("已从 {file} 恢复，所有页面已刷新。").format(file=path.name))

    def choose_new_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("选择新的数据文件夹（空文件夹）"),
                                                  str(self.ctx.store.data_dir.parent))
        if folder:
            self.move_to(Path(folder))

    def move_to(self, target: Path) -> Path | None:
        """Copy the data to `target`, verify it, remember it for the next start and offer to reopen now."""
        from app.services.data_folder import check_target, copy_data_folder

        try:
            target = check_target(self.ctx.store, target)
        except UserError as exc:
            show_user_error(exc, self)
            return None
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            moved = copy_data_folder(self.ctx.store, target)
        except UserError as exc:
            QApplication.restoreOverrideCursor()
            show_user_error(exc, self)
            return None
        QApplication.restoreOverrideCursor()
        QSettings().setValue("dataDir", str(moved))
        self.folder.setText(str(moved))
        answer = QMessageBox.question(
            self, self.tr("数据文件夹已复制"),
            self.tr("数据已复制到 {folder} 并检查无误，以后 OpsDesk 都从这里打开。\n"
                    "原来的文件夹 {old} 保留不动，确认新位置能用之后可以自己删除。\n\n现在就重新打开 OpsDesk 吗？")
            .format(folder=moved, old=self.ctx.store.data_dir),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes)
        if answer == QMessageBox.StandardButton.Yes:
            self.reopen_in(moved)
        return moved

    def choose_other_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("选择一个空文件夹（重新开始），或另一个数据文件夹"),
                                                  str(self.ctx.store.data_dir.parent))
        if folder:
            self.switch_to(Path(folder))

    def switch_to(self, target: Path) -> Path | None:
        """Open another data folder from now on: an empty one is a clean start (the welcome shows
        again), one holding an OpsDesk store opens it. Nothing is copied; this folder stays as it is."""
        from app.store.paths import db_path

        target = target.expanduser().resolve()
        current = self.ctx.store.data_dir.resolve()
        fresh = not target.exists() or (target.is_dir() and not any(target.iterdir()))
        if target == current or not (fresh or db_path(target).is_file()):
            QMessageBox.warning(self, self.tr("换一个数据文件夹"), self.tr(
                "{folder} 既不是空文件夹，也不是 OpsDesk 的数据文件夹。请选一个空文件夹（或新建一个）。").format(folder=target))
            return None
        text = (self.tr("以后 OpsDesk 从空文件夹 {folder} 打开，从空白开始（会再显示欢迎页）。") if fresh
                else self.tr("以后 OpsDesk 打开数据文件夹 {folder}。")).format(folder=target)
        answer = QMessageBox.question(
            self, self.tr("换一个数据文件夹"),
            text + "\n" + self.tr("现在的数据原样留在 {old}，随时可以用这个按钮换回来。\n\n现在就重新打开 OpsDesk 吗？").format(
                old=self.ctx.store.data_dir),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Yes)
        if answer != QMessageBox.StandardButton.Yes:
            return None
        QSettings().setValue("dataDir", str(target))
        self.folder.setText(str(target))
        self.reopen_in(target)
        return target

    def reopen_in(self, folder: Path) -> None:
        """Close the window and let `app.gui.main` open `folder` in the same process."""
        from app.gui import RESTART_EXIT_CODE

        window = self.window().parent()
        if window is not None and hasattr(window, "save_state"):
            window.restart_data_dir = str(folder)  # type: ignore[attr-defined]
            window.save_state(QSettings())
            self.window().close()
            window.hide()  # type: ignore[attr-defined]
        QCoreApplication.exit(RESTART_EXIT_CODE)
