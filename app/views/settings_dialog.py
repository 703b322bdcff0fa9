"""设置: every preference in one place — sections in a list on the left, one page each on the right.

Pages with numbers (weights, thresholds, posting plan, language, theme) save on 确定/应用; pages
that act (moving the data folder, backups, word lists) act at once and say so. After a save the
dialog tells the tabs through `ctx.signals.notify(...)`, so a changed weight re-ranks topics and a
changed threshold re-segments members without a restart.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.i18n import UserError
from app.models import Platform
from app.services import calendar as calendar_service
from app.services import campaigns, checks, diagnosis, promotions, segments, topics, watch
from app.store import backup as backups
from app.store.paths import backups_dir
from app.views.context import ViewContext
from app.views.errors import open_path, show_user_error
from app.views.language import LANGUAGES
from app.views.table_models import platform_icon, platform_name
from app.views.theme import SETTING_KEY as THEME_KEY
from app.views.theme import THEMES, apply_theme


def _note(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("settingsNote")
    label.setWordWrap(True)
    return label


class SettingsPage(QWidget):
    """One section. `load()` fills it from the store; `save()` writes what changed and returns the
    store tables the tabs must re-read (empty when nothing changed)."""

    #: Key for `SettingsDialog.show_page()`.
    key = ""

    def __init__(self, ctx: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)

    def title(self) -> str:
        raise NotImplementedError

    def load(self) -> None:
        """Show the stored values."""

    def save(self) -> set[str]:
        return set()


# -- 通用 ------------------------------------------------------------------------------------
class GeneralPage(SettingsPage):
    key = "general"

    def __init__(self, ctx: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.language = QComboBox(self)
        self.language.setObjectName("languageBox")
        names = {"zh": "中文", "en": "English"}  # each language in its own words, never translated
        for code in LANGUAGES:
            self.language.addItem(names[code], code)
        self.theme = QComboBox(self)
        self.theme.setObjectName("themeBox")
        theme_names = {"system": self.tr("跟随系统"), "light": self.tr("浅色"), "dark": self.tr("深色")}
        for code in THEMES:
            self.theme.addItem(theme_names[code], code)
        self.form.addRow(self.tr("界面语言："), self.language)
        self.form.addRow(self.tr("外观："), self.theme)
        self.layout_.addLayout(self.form)
        self.layout_.addWidget(_note(self.tr("外观马上生效；界面语言在下次打开 OpsDesk 时生效。")))
        self.layout_.addStretch(1)
        self._loaded: tuple[str, str] = ("zh", "system")

    def title(self) -> str:
        return self.tr("通用")

    def load(self) -> None:
        lang = self.ctx.store.setting("language", "zh")
        theme = self.ctx.store.setting(THEME_KEY, "system")
        self._loaded = (lang if lang in LANGUAGES else "zh", theme if theme in THEMES else "system")
        self.language.setCurrentIndex(max(0, self.language.findData(self._loaded[0])))
        self.theme.setCurrentIndex(max(0, self.theme.findData(self._loaded[1])))

    def save(self) -> set[str]:
        lang, theme = self.language.currentData(), self.theme.currentData()
        if (lang, theme) == self._loaded:
            return set()
        self.ctx.store.set_setting("language", lang)
        self.ctx.store.set_setting(THEME_KEY, theme)
        if theme != self._loaded[1]:
            app = QApplication.instance()
            if isinstance(app, QApplication):
                apply_theme(app, theme)
        self._loaded = (lang, theme)
        return {"setting"}


# -- 账号 ------------------------------------------------------------------------------------
class AccountsPage(SettingsPage):
    """The operator's own accounts: add, rename, merge two into one, archive (each acts at once,
    through `app.services.accounts`, and tells the tabs)."""

    key = "accounts"

    def __init__(self, ctx: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.accounts: list[dict[str, Any]] = []
        self.list = QTableWidget(0, 4, self)
        self.list.setObjectName("accountList")
        self.list.setHorizontalHeaderLabels([self.tr("平台"), self.tr("账号名称"), self.tr("作品"), self.tr("状态")])
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.verticalHeader().setVisible(False)
        self.list.horizontalHeader().setStretchLastSection(True)
        self.list.setColumnWidth(0, 120)
        self.list.setColumnWidth(1, 220)
        self.list.setColumnWidth(2, 70)
        self.list.itemSelectionChanged.connect(self._selection_changed)
        self.rename_button = QPushButton(self.tr("改名…"), self)
        self.rename_button.setObjectName("renameAccount")
        self.rename_button.clicked.connect(self.rename_selected)
        self.merge_button = QPushButton(self.tr("合并到…"), self)
        self.merge_button.setObjectName("mergeAccount")
        self.merge_button.setToolTip(self.tr("把这个账号的作品、每日数据、目标和投放都并入同平台的另一个账号"))
        self.merge_button.clicked.connect(self.merge_selected)
        self.archive_button = QPushButton(self.tr("归档"), self)
        self.archive_button.setObjectName("archiveAccount")
        self.archive_button.clicked.connect(self.toggle_archived)
        actions = QHBoxLayout()
        for button in (self.rename_button, self.merge_button, self.archive_button):
            actions.addWidget(button)
        actions.addStretch(1)
        self.platform = QComboBox(self)
        self.platform.setObjectName("newAccountPlatform")
        for code in Platform:
            self.platform.addItem(platform_icon(code.value), platform_name(code), code.value)
        self.name = QLineEdit(self)
        self.name.setObjectName("newAccountName")
        self.name.setPlaceholderText(self.tr("账号名称"))
        self.name.returnPressed.connect(self.add_account)
        add = QPushButton(self.tr("添加账号"), self)
        add.setObjectName("addAccount")
        add.clicked.connect(self.add_account)
        row = QHBoxLayout()
        row.addWidget(self.platform)
        row.addWidget(self.name, 1)
        row.addWidget(add)
        self.layout_.addWidget(self.list, 1)
        self.layout_.addLayout(actions)
        self.layout_.addLayout(row)
        self.layout_.addWidget(_note(self.tr(
            "你自己运营的账号。草稿、日历和导入都按这些账号来；同行账号在「活动 → 竞品」里加。"
            "同一个账号被记成了两个（比如导入时名字不同）就用「合并到…」；不再运营的账号可以归档："
            "数据都保留，只是不再出现在选择框里，随时可以取消归档。改动马上生效。")))
        self._selection_changed()

    def title(self) -> str:
        return self.tr("我的账号")

    def load(self) -> None:
        from app.services.accounts import account_list

        selected = self.selected()
        self.accounts = [a for a in account_list(self.ctx.store) if a["is_own"]]
        self.list.setRowCount(len(self.accounts))
        for row, account in enumerate(self.accounts):
            cells = [QTableWidgetItem(platform_icon(account["platform"]), platform_name(account["platform"])),
                     QTableWidgetItem(account["name"]), QTableWidgetItem(f"{account['posts']:,}"),
                     QTableWidgetItem(self.tr("已归档") if account["archived"] else self.tr("在用"))]
            cells[2].setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            for column, item in enumerate(cells):
                if account["archived"]:
                    item.setForeground(self.palette().placeholderText())
                self.list.setItem(row, column, item)
        if selected is not None:
            self.select(selected["id"])
        self._selection_changed()

    def select(self, account_id: int) -> None:
        for row, account in enumerate(self.accounts):
            if account["id"] == account_id:
                self.list.selectRow(row)

    def selected(self) -> dict[str, Any] | None:
        row = self.list.currentRow() if self.list.selectedItems() else -1
        return self.accounts[row] if 0 <= row < len(self.accounts) else None

    def _selection_changed(self) -> None:
        account = self.selected()
        for button in (self.rename_button, self.merge_button, self.archive_button):
            button.setEnabled(account is not None)
        archived = account is not None and account["archived"]
        self.archive_button.setText(self.tr("取消归档") if archived else self.tr("归档"))

    def _write(self, fn: Callable[..., Any], *args: Any, done: Callable[[Any], None] | None = None) -> None:
        """Run an account change on the writer; a refusal is shown in plain words, nothing changes."""

        def finished(result: Any) -> None:
            self.load()
            self.ctx.signals.notify("account")
            if done is not None:
                done(result)

        def failed(exc: BaseException) -> None:
            if not isinstance(exc, UserError):
                raise exc
            show_user_error(exc, self)

        self.ctx.tasks.run(fn, self.ctx.store, *args, on_result=finished, on_error=failed, writes=True)

    def add_account(self) -> None:
        from app.services.accounts import add_account

        name = self.name.text().strip()
        if not name:
            self.name.setFocus()
            return
        self._write(add_account, str(self.platform.currentData()), name,
                    done=lambda account: (self.name.clear(), self.select(account["id"])))

    def rename_selected(self) -> None:
        from app.services.accounts import rename_account

        account = self.selected()
        if account is None:
            return
        name, ok = QInputDialog.getText(self, self.tr("账号改名"), self.tr("「{name}」的新名称：").format(
            name=account["name"]), QLineEdit.EchoMode.Normal, account["name"])
        if ok and name.strip() and name.strip() != account["name"]:
            self._write(rename_account, account["id"], name)

    def merge_selected(self) -> None:
        from app.services.accounts import merge_accounts

        account = self.selected()
        if account is None:
            return
        others = [a for a in self.accounts if a["platform"] == account["platform"] and a["id"] != account["id"]]
        if not others:
            QMessageBox.information(self, self.tr("合并账号"), self.tr("{platform}只有「{name}」这一个账号，没有可以合并的。")
                                    .format(platform=platform_name(account["platform"]), name=account["name"]))
            return
        labels = [self.tr("{name}（{posts} 篇作品）").format(name=a["name"], posts=a["posts"]) for a in others]
        label, ok = QInputDialog.getItem(self, self.tr("合并账号"), self.tr("把「{name}」并入哪个账号？").format(
            name=account["name"]), labels, 0, False)
        if not ok:
            return
        into = others[labels.index(label)]
        answer = QMessageBox.question(
            self, self.tr("合并账号"),
            self.tr("把「{a}」的 {posts} 篇作品、每日数据、目标和投放都移到「{b}」，然后删掉「{a}」？\n"
                    "两个账号同一天都有数据时保留「{b}」的数字；同一作品两边都有时两篇都保留。合并前会先自动备份。")
            .format(a=account["name"], b=into["name"], posts=account["posts"]),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Yes:
            return
        self._write(merge_accounts, account["id"], into["id"], done=self._merged)

    def _merged(self, report: dict[str, Any]) -> None:
        self.select(report["into"]["id"])
        text = self.tr("已把「{a}」并入「{b}」。").format(a=report["from"]["name"], b=report["into"]["name"])
        if report["same_work"]:
            titles = "\n".join(f"· {p['title']}" for p in report["same_work"][:10])
            text += "\n\n" + self.tr("这 {n} 篇看起来是同一作品，两篇都保留了，请到内容里核对、删掉多余的一篇：").format(
                n=len(report["same_work"])) + "\n" + titles
        QMessageBox.information(self, self.tr("合并账号"), text)

    def toggle_archived(self) -> None:
        from app.services.accounts import set_archived

        account = self.selected()
        if account is not None:
            self._write(set_archived, account["id"], not account["archived"])


# -- 数据 ------------------------------------------------------------------------------------
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
        self.layout_.addWidget(_note(self.tr(
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
        if path is None:
            return
        answer = QMessageBox.question(
            self, self.tr("从备份恢复"),
            self.tr("用备份 {file} 替换现在的全部数据？\n现在的数据会先自动备份一份，恢复后也能找回。").format(file=path.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Yes:
            return
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.ctx.store.restore(path)  # synchronous: no tab may read the file while it is replaced
        except UserError as exc:
            QApplication.restoreOverrideCursor()
            show_user_error(exc, self)
            return
        QApplication.restoreOverrideCursor()
        self.ctx.signals.notify()
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


# -- numbers ----------------------------------------------------------------------------------
@dataclass(frozen=True)
class Field:
    """One number on a page: its key, label, unit, range and how it is shown."""

    key: str
    label: str
    unit: str = ""
    minimum: float = 0
    maximum: float = 1_000_000
    decimals: int = 0
    percent: bool = False  # a fraction 0–1 shown as 0–100 %


class NumbersPage(SettingsPage):
    """Groups of numbers, each group read and written by its own functions."""

    def __init__(self, ctx: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.boxes: dict[tuple[int, str], QDoubleSpinBox] = {}
        self.groups: list[tuple[list[Field], Callable[[], dict[str, float]], Callable[[dict[str, float]], set[str]]]] = []
        self._loaded: list[dict[str, float]] = []

    def add_group(self, heading: str, fields: list[Field], read: Callable[[], dict[str, float]],
                  write: Callable[[dict[str, float]], set[str]], note: str = "") -> None:
        index = len(self.groups)
        title = QLabel(heading)
        title.setObjectName("sectionHeading")
        self.layout_.addWidget(title)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        for field in fields:
            box = QDoubleSpinBox(self)
            box.setObjectName(f"number_{field.key}")
            box.setDecimals(field.decimals)
            box.setRange(field.minimum * (100 if field.percent else 1), field.maximum * (100 if field.percent else 1))
            box.setSingleStep(0.1 if field.decimals else 1)
            box.setSuffix(" %" if field.percent else (f" {field.unit}" if field.unit else ""))
            box.setMinimumWidth(110)
            self.boxes[(index, field.key)] = box
            form.addRow(field.label, box)
        self.layout_.addLayout(form)
        if note:
            self.layout_.addWidget(_note(note))
        self.groups.append((fields, read, write))
        self._loaded.append({})

    def values(self, index: int) -> dict[str, float]:
        fields = self.groups[index][0]
        out = {}
        for field in fields:
            value = self.boxes[(index, field.key)].value()
            value = value / 100 if field.percent else value
            out[field.key] = int(round(value)) if field.decimals == 0 and not field.percent else round(value, 4)
        return out

    def load(self) -> None:
        for index, (fields, read, _write) in enumerate(self.groups):
            current = read()
            for field in fields:
                value = float(current.get(field.key, 0))
                self.boxes[(index, field.key)].setValue(value * 100 if field.percent else value)
            self._loaded[index] = self.values(index)

    def save(self) -> set[str]:
        changed: set[str] = set()
        for index, (_fields, _read, write) in enumerate(self.groups):
            values = self.values(index)
            if values != self._loaded[index]:
                changed |= write(values)
                self._loaded[index] = values
        return changed


def _store_setting(ctx: ViewContext, key: str) -> Callable[[dict[str, float]], set[str]]:
    def write(values: dict[str, float]) -> set[str]:
        ctx.store.set_setting(key, values)
        return {"setting"}

    return write


class TopicWeightsPage(NumbersPage):
    key = "topics"

    def __init__(self, ctx: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        fields = [Field("timeliness", self.tr("时效性权重："), maximum=10, decimals=1),
                  Field("value", self.tr("价值度权重："), maximum=10, decimals=1),
                  Field("conversion", self.tr("转化力权重："), maximum=10, decimals=1)]
        self.add_group(self.tr("选题评分的权重"), fields, lambda: topics.topic_weights(ctx.store), self._write,
                       self.tr("加权分 =（时效性×权重 + 价值度×权重 + 转化力×权重）÷ 权重之和；"
                               "加权分 ≥ 4 为高优先级，≥ 3 为中。权重都一样时就是三项的平均分。"))
        self.example = QLabel(self)
        self.example.setObjectName("weightsExample")
        self.layout_.addWidget(self.example)
        self.layout_.addStretch(1)
        for field in fields:
            self.boxes[(0, field.key)].valueChanged.connect(self._update_example)

    def title(self) -> str:
        return self.tr("选题评分")

    def _write(self, values: dict[str, float]) -> set[str]:
        topics.set_topic_weights(self.ctx.store, values)
        return {"topic", "setting"}

    def _update_example(self) -> None:
        weights = self.values(0)
        if sum(weights.values()) <= 0:
            self.example.setText(self.tr("权重不能全部为 0。"))
            return
        score = topics.weighted_score(5, 3, 2, weights)
        self.example.setText(self.tr("例：时效性 5、价值度 3、转化力 2 的选题，加权分 {score}").format(score=f"{score:g}"))


class SegmentsPage(NumbersPage):
    key = "segments"

    def __init__(self, ctx: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        fields = [Field(f["key"], QCoreApplication.translate("segments", f["label"]) + "：",
                        QCoreApplication.translate("segments", f["unit"]), minimum=f["minimum"],
                        decimals=0 if f["integer"] else 1) for f in segments.THRESHOLD_FIELDS]
        self.add_group(self.tr("用户分层的规则"), fields, lambda: segments.get_thresholds(ctx.store), self._write,
                       self.tr("保存后马上按新规则给所有用户重新分层。判断顺序：新用户 → 核心用户 → 流失用户 → 其余为潜力用户。"))
        self.layout_.addStretch(1)

    def title(self) -> str:
        return self.tr("用户分层")

    def _write(self, values: dict[str, float]) -> set[str]:
        segments.set_thresholds(self.ctx.store, values)
        return {"member", "segment_snapshot", "setting"}


class DiagnosisPage(NumbersPage):
    key = "diagnosis"

    def __init__(self, ctx: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        times = self.tr("倍")
        fields = [
            Field("age_days", self.tr("比较发布后第几天的数据："), self.tr("天"), 1, 90),
            Field("min_age_days", self.tr("发布不满几天不评判："), self.tr("天"), 0, 90),
            Field("history_days", self.tr("和过去多少天的内容比："), self.tr("天"), 7, 1000),
            Field("min_baseline_posts", self.tr("至少几篇有数据才比较："), self.tr("篇"), 1, 100),
            Field("high_views_factor", self.tr("阅读高：≥ 中位数的"), times, 1, 20, 1),
            Field("low_conversion_factor", self.tr("转化低：≤ 中位数的"), times, 0, 1, 2),
            Field("low_completion_factor", self.tr("完播率低：≤ 中位数的"), times, 0, 1, 2),
            Field("high_conversion_factor", self.tr("转化高、值得复用：≥ 中位数的"), times, 1, 20, 1),
            Field("low_interaction_factor", self.tr("互动低：≤ 中位数的"), times, 0, 1, 2),
            Field("channel_share", self.tr("主渠道：带来的流量占比至少"), minimum=0, maximum=1, decimals=0, percent=True),
            Field("churn_factor", self.tr("掉粉激增：当天取关 ≥ 前期日均的"), times, 1, 50, 1),
            Field("churn_min_unfollows", self.tr("且当天取关至少："), self.tr("人"), 1, 100000),
            Field("churn_trailing_days", self.tr("前期日均按几天算："), self.tr("天"), 3, 365),
            Field("churn_min_trailing_days", self.tr("至少有几天数据才判断："), self.tr("天"), 1, 365),
            Field("posting_plan_ratio", self.tr("发布不足：实际篇数低于计划的"), minimum=0, maximum=1, percent=True),
            Field("goal_pace_ratio", self.tr("目标落后：低于应完成进度的"), minimum=0, maximum=1, percent=True),
        ]
        self.add_group(self.tr("数据诊断的阈值"), fields, lambda: diagnosis.thresholds(ctx.store),
                       _store_setting(ctx, diagnosis.SETTING_KEY),
                       self.tr("每篇内容都和同一账号过去内容的中位数比；改了之后，图表页的「诊断」重新打开就按新阈值判断。"))
        self.layout_.addStretch(1)

    def title(self) -> str:
        return self.tr("数据诊断")


class AlertsPage(NumbersPage):
    key = "alerts"

    def __init__(self, ctx: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        times = self.tr("倍")
        self.add_group(self.tr("推广投放"), [
            Field("follower_cost_factor", self.tr("涨粉成本偏高：单粉成本 ≥ 其他涨粉投放中位数的"), times, 1, 20, 1),
            Field("min_other_follower_boosts", self.tr("至少有几次其他涨粉投放才比较："), self.tr("次"), 1, 100),
            Field("max_cost_per_follower", self.tr("没有可比的投放时，单粉成本上限："), self.tr("元"), 0, 10000, 1),
        ], lambda: promotions.thresholds(ctx.store), _store_setting(ctx, promotions.SETTING_KEY))
        self.add_group(self.tr("活动"), [
            Field("below_plan_ratio", self.tr("进度落后：完成度低于时间进度的"), minimum=0, maximum=1, percent=True),
            Field("rules_max_chars", self.tr("活动规则超过多少字提醒精简："), self.tr("字"), 10, 2000),
        ], lambda: campaigns.thresholds(ctx.store), _store_setting(ctx, campaigns.SETTING_KEY))
        self.add_group(self.tr("品牌与舆情"), [
            Field("spike_min", self.tr("负面提及激增：当天至少"), self.tr("条"), 1, 10000),
            Field("spike_ratio", self.tr("且是前几天日均的"), times, 1, 50, 1),
            Field("window_days", self.tr("日均按前几天算："), self.tr("天"), 1, 90),
        ], lambda: watch.thresholds(ctx.store), _store_setting(ctx, watch.THRESHOLDS_SETTING))
        self.layout_.addStretch(1)

    def title(self) -> str:
        return self.tr("投放、活动与舆情")


# -- 词库 ------------------------------------------------------------------------------------
class WordListsPage(SettingsPage):
    """The checks' word lists per category: add, remove (built-in words too), reset. Acts at once."""

    key = "wordlists"

    def __init__(self, ctx: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.category = QComboBox(self)
        self.category.setObjectName("wordCategory")
        for code, category in checks.CATEGORIES.items():
            self.category.addItem(QCoreApplication.translate("checks", category.label), code)
        self.category.addItem(self.tr("放行词（不提示）"), checks.ALLOW)
        self.category.currentIndexChanged.connect(self.load)
        self.words = QTableWidget(0, 3, self)
        self.words.setObjectName("wordTable")
        self.words.setHorizontalHeaderLabels([self.tr("词"), self.tr("建议改成"), self.tr("来源")])
        self.words.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.words.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.words.verticalHeader().setVisible(False)
        self.words.horizontalHeader().setStretchLastSection(True)
        self.words.setColumnWidth(0, 160)
        self.words.setColumnWidth(1, 220)
        self.word = QLineEdit(self)
        self.word.setObjectName("newWord")
        self.word.setPlaceholderText(self.tr("新词"))
        self.suggestion = QLineEdit(self)
        self.suggestion.setObjectName("newSuggestion")
        self.suggestion.setPlaceholderText(self.tr("建议改成（可不填）"))
        add = QPushButton(self.tr("添加"), self)
        add.setObjectName("addWord")
        add.clicked.connect(self.add_word)
        self.word.returnPressed.connect(self.add_word)
        self.suggestion.returnPressed.connect(self.add_word)
        remove = QPushButton(self.tr("删除所选"), self)
        remove.setObjectName("removeWords")
        remove.clicked.connect(self.remove_selected)
        reset = QPushButton(self.tr("恢复这一类的默认词"), self)
        reset.setObjectName("resetWords")
        reset.clicked.connect(self.reset_category)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("词库："), self))
        top.addWidget(self.category)
        top.addStretch(1)
        top.addWidget(reset)
        add_row = QHBoxLayout()
        add_row.addWidget(self.word)
        add_row.addWidget(self.suggestion, 1)
        add_row.addWidget(add)
        add_row.addWidget(remove)
        self.layout_.addLayout(top)
        self.layout_.addWidget(self.words, 1)
        self.layout_.addLayout(add_row)
        self.layout_.addWidget(_note(self.tr("写草稿时按这些词检查。这一页的修改马上生效，不用点确定。")))

    def title(self) -> str:
        return self.tr("词库")

    def current_category(self) -> str:
        return str(self.category.currentData())

    def load(self) -> None:
        entries = checks.load_wordlists(self.ctx.store).entries(self.current_category())
        self.words.setRowCount(len(entries))
        for row, entry in enumerate(entries):
            source = self.tr("自己加的") if entry.user else self.tr("内置")
            for column, text in enumerate((entry.word, entry.suggestion, source)):
                self.words.setItem(row, column, QTableWidgetItem(text))

    def _changed(self) -> None:
        self.load()
        self.ctx.signals.notify("setting")

    def add_word(self) -> None:
        word = self.word.text().strip()
        if not word:
            self.word.setFocus()
            return
        checks.save_wordlist_edits(self.ctx.store, self.current_category(), added={word: self.suggestion.text().strip()})
        self.word.clear()
        self.suggestion.clear()
        self.word.setFocus()
        self._changed()

    def remove_selected(self) -> None:
        rows = sorted({i.row() for i in self.words.selectedIndexes()})
        gone = [self.words.item(r, 0).text() for r in rows]
        if gone:
            checks.save_wordlist_edits(self.ctx.store, self.current_category(), removed=gone)
            self._changed()

    def reset_category(self) -> None:
        answer = QMessageBox.question(
            self, self.tr("恢复默认词"),
            self.tr("「{name}」里自己加的词会删掉，删掉的内置词会回来。继续吗？").format(name=self.category.currentText()),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel)
        if answer == QMessageBox.StandardButton.Yes:
            checks.reset_wordlist_edits(self.ctx.store, self.current_category())
            self._changed()


# -- 发布计划 ---------------------------------------------------------------------------------
class PostingPlanPage(SettingsPage):
    key = "plan"

    def __init__(self, ctx: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.boxes: dict[str, QSpinBox] = {}
        for platform in Platform:
            box = QSpinBox(self)
            box.setObjectName(f"plan_{platform.value}")
            box.setRange(0, 100)
            box.setSuffix(self.tr(" 篇/周"))
            box.setSpecialValueText(self.tr("不设"))
            box.setMinimumWidth(110)
            self.boxes[platform.value] = box
            label = QLabel(platform_name(platform) + "：")
            row = QHBoxLayout()
            icon = QLabel(self)
            icon.setPixmap(platform_icon(platform.value).pixmap(12, 12))
            row.addWidget(icon)
            row.addWidget(label)
            holder = QWidget(self)
            holder.setLayout(row)
            row.setContentsMargins(0, 0, 0, 0)
            self.form.addRow(holder, box)
        self.layout_.addLayout(self.form)
        self.layout_.addWidget(_note(self.tr("每个平台每周打算发几篇。日历按它标出哪周发少了，诊断按它判断发布是否不足。")))
        self.layout_.addStretch(1)
        self._loaded: dict[str, int] = {}

    def title(self) -> str:
        return self.tr("发布计划")

    def plan(self) -> dict[str, int]:
        return {code: box.value() for code, box in self.boxes.items() if box.value() > 0}

    def load(self) -> None:
        self._loaded = calendar_service.posting_plan(self.ctx.store)
        for code, box in self.boxes.items():
            box.setValue(self._loaded.get(code, 0))

    def save(self) -> set[str]:
        plan = self.plan()
        if plan == self._loaded:
            return set()
        self._loaded = calendar_service.set_posting_plan(self.ctx.store, plan)
        return {"setting"}


# -- the dialog -------------------------------------------------------------------------------
PAGES: tuple[type[SettingsPage], ...] = (GeneralPage, AccountsPage, DataPage, TopicWeightsPage, SegmentsPage, DiagnosisPage,
                                         AlertsPage, WordListsPage, PostingPlanPage)


class SettingsDialog(QDialog):
    """File → 设置…. 确定 saves every page and closes, 应用 saves and stays, 取消 (Esc) drops unsaved numbers."""

    def __init__(self, ctx: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("设置"))
        self.resize(900, 640)
        self.sections = QListWidget(self)
        self.sections.setObjectName("settingsSections")
        self.sections.setFixedWidth(170)
        self.stack = QStackedWidget(self)
        self.pages: dict[str, SettingsPage] = {}
        for cls in PAGES:
            page = cls(ctx, self)
            self.pages[page.key] = page
            self.sections.addItem(page.title())
            holder = QWidget(self)
            column = QVBoxLayout(holder)
            heading = QLabel(page.title(), holder)
            heading.setObjectName("settingsTitle")
            column.addWidget(heading)
            column.addWidget(page, 1)
            scroll = QScrollArea(self)
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QScrollArea.Shape.NoFrame)
            scroll.setObjectName("settingsPage")
            scroll.setWidget(holder)
            self.stack.addWidget(scroll)
        self.sections.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.Apply, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.buttons.button(QDialogButtonBox.StandardButton.Apply).clicked.connect(self.apply)
        body = QHBoxLayout()
        body.addWidget(self.sections)
        body.addWidget(self.stack, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(self.buttons)
        for page in self.pages.values():
            page.load()
        self.sections.setCurrentRow(0)
        self.sections.setFocus()

    def show_page(self, key: str) -> None:
        """Open one section ("general", "accounts", "data", "topics", "segments", "diagnosis", "alerts", "wordlists", "plan")."""
        self.sections.setCurrentRow(list(self.pages).index(key))

    def apply(self) -> bool:
        """Save every page; on a refused value show why, open that page and return False."""
        changed: set[str] = set()
        for key, page in self.pages.items():
            try:
                changed |= page.save()
            except UserError as exc:
                self.show_page(key)
                show_user_error(exc, self)
                return False
        if changed:
            self.ctx.signals.notify(*sorted(changed))
        return True

    def accept(self) -> None:
        if self.apply():
            super().accept()
