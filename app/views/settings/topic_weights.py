"""设置 → 选题评分: the weights of the three topic scores, with a worked example."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QLabel,
    QWidget,
)

from app.services import topics
from app.views.context import ViewContext
from app.views.settings.numbers import Field, NumbersPage


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
