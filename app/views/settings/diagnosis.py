"""设置 → 数据诊断: when a post reads as high, low or worth reusing, and the account-level checks."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QWidget,
)

from app.services import diagnosis
from app.views.context import ViewContext
from app.views.settings.numbers import Field, NumbersPage, store_setting


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
                       store_setting(ctx, diagnosis.SETTING_KEY),
                       self.tr("每篇内容都和同一账号过去内容的中位数比；改了之后，图表页的「诊断」重新打开就按新阈值判断。"))
        self.layout_.addStretch(1)

    def title(self) -> str:
        return self.tr("数据诊断")
