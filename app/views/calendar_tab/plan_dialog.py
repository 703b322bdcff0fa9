"""The posting plan editor: how many posts a week each platform should get (DESIGN §2 Distribute)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QSpinBox, QVBoxLayout, QWidget

from app.i18n import UserError
from app.models import Platform
from app.services.calendar import posting_plan, set_posting_plan
from app.store import Store
from app.views.base import dialog_buttons
from app.views.errors import show_user_error
from app.views.table_models import platform_name


class PostingPlanDialog(QDialog):
    """Posts per week per platform; 0 means no plan. Saved to the store setting the CLI reads too."""

    def __init__(self, store: Store, platforms: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setObjectName("postingPlanDialog")
        self.setWindowTitle(self.tr("发布计划"))
        current = posting_plan(store)
        codes = list(dict.fromkeys([*platforms, *current])) or [p.value for p in Platform]
        intro = QLabel(self.tr("每个平台每周发几篇。日历上没达到计划的周和天会标成橙色，"
                               "月头会提示每个平台还需发几篇。填 0 表示不设计划。"), self)
        intro.setWordWrap(True)
        form = QFormLayout()
        self.spins: dict[str, QSpinBox] = {}
        for code in codes:
            spin = QSpinBox(self)
            spin.setObjectName(f"plan_{code}")
            spin.setRange(0, 100)
            spin.setSuffix(self.tr(" 篇/周"))
            spin.setValue(current.get(code, 0))
            name = QLabel(platform_name(code), self)
            form.addRow(name, spin)
            self.spins[code] = spin
        buttons = dialog_buttons(self, QDialogButtonBox.StandardButton.Save, ok_text=self.tr("保存"),
                                 cancel_text=self.tr("取消"), on_accept=self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(360)

    def plan(self) -> dict[str, int]:
        return {code: spin.value() for code, spin in self.spins.items()}

    def save(self) -> None:
        try:
            set_posting_plan(self.store, self.plan())
        except UserError as exc:
            show_user_error(exc, self)
            return
        self.accept()
