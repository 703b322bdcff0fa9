"""设置 → 我的账号: the operator's own accounts — add, rename, merge, archive."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from app.i18n import UserError
from app.models import Platform
from app.views.context import ViewContext
from app.views.errors import show_user_error
from app.views.settings.page import SettingsPage, note_label
from app.views.table_models import platform_icon, platform_name


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
        self.layout_.addWidget(note_label(self.tr(
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
