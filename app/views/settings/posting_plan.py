"""设置 → 发布计划: how many posts a week each platform should get."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QWidget,
)

from app.models import Platform
from app.services import calendar as calendar_service
from app.views.context import ViewContext
from app.views.settings.page import SettingsPage, note_label
from app.views.table_models import platform_icon, platform_name


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
        self.layout_.addWidget(note_label(self.tr("每个平台每周打算发几篇。日历按它标出哪周发少了，诊断按它判断发布是否不足。")))
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
