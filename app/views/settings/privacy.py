"""设置 → 个人信息: whether customers' phone numbers and e-mail addresses are kept, and shown in full."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QMessageBox,
    QWidget,
)

from app.services import privacy
from app.views.context import ViewContext
from app.views.settings.page import SettingsPage, note_label


class PrivacyPage(SettingsPage):
    """Two switches; turning keeping off asks whether to erase what is already stored (one transaction)."""

    key = "privacy"

    def __init__(self, ctx: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.keep = QCheckBox(self.tr("保存客户的手机号和邮箱（个人信息）"), self)
        self.keep.setObjectName("keepPersonalData")
        self.show_full = QCheckBox(self.tr("在用户列表里显示完整的手机号和邮箱"), self)
        self.show_full.setObjectName("showPersonalData")
        self.layout_.addWidget(self.keep)
        self.layout_.addWidget(note_label(self.tr(
            "企业微信导出的客户列表里有客户的手机号和邮箱，它们是个人信息。不勾选时，导入只保存昵称、添加人、"
            "添加时间、来源、描述和标签，手机号和邮箱一个也不保存。勾选后，之后导入的客户列表才保存它们"
            "（已经导入过的，再导入一份新导出的客户列表就会补上）。取消勾选时会问你要不要把已经保存的手机号和邮箱一起清除。")))
        self.layout_.addWidget(self.show_full)
        self.layout_.addWidget(note_label(self.tr(
            "不勾选时，用户列表和详情里的手机号和邮箱打码显示（如 138****5678、a***@example.com）。"
            "导出用户名单或某一层用户时也默认打码，导出时会问你要不要完整导出。")))
        self.layout_.addStretch(1)
        self._loaded = (False, False)

    def title(self) -> str:
        return self.tr("个人信息")

    def load(self) -> None:
        self._loaded = (privacy.keeps_personal_data(self.ctx.store), privacy.shows_personal_data(self.ctx.store))
        self.keep.setChecked(self._loaded[0])
        self.show_full.setChecked(self._loaded[1])

    def save(self) -> set[str]:
        keep, show = self.keep.isChecked(), self.show_full.isChecked()
        if (keep, show) == self._loaded:
            return set()
        erase = False
        stored = 0 if keep else privacy.stored_personal_data(self.ctx.store)
        if stored:
            answer = QMessageBox.question(
                self, self.tr("不再保存手机号和邮箱"),
                self.tr("已经保存了 %n 位客户的手机号或邮箱。要现在把它们全部清除吗？\n\n"
                        "选“是”：全部清除，无法恢复（撤销导入也不会带回来）。\n"
                        "选“否”：已保存的留着，以后导入的不再保存。", "", stored),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
            erase = answer == QMessageBox.StandardButton.Yes
        privacy.set_personal_data(self.ctx.store, keep, erase=erase, show=show)
        self._loaded = (keep, show)
        return {"member", "setting"}
