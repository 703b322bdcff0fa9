"""设置 → 用户分层: the thresholds that put members into segments."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QWidget,
)

from app.services import segments
from app.views.context import ViewContext
from app.views.settings.numbers import Field, NumbersPage


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
