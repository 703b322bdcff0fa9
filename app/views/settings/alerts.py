"""设置 → 投放、活动与舆情: the thresholds of the boost, campaign and brand-watch alerts."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QWidget,
)

from app.services import campaigns, promotions, watch
from app.views.context import ViewContext
from app.views.settings.numbers import Field, NumbersPage, store_setting


class AlertsPage(NumbersPage):
    key = "alerts"

    def __init__(self, ctx: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        times = self.tr("倍")
        self.add_group(self.tr("推广投放"), [
            Field("gross_margin", self.tr("毛利率（保本 ROI = 1 ÷ 毛利率；100% 即按成交额算）："), minimum=0.01, maximum=1,
                  percent=True),
            Field("follower_cost_factor", self.tr("涨粉成本偏高：单粉成本 ≥ 同账号同工具其他涨粉投放中位数的"), times, 1, 20, 1),
            Field("min_other_follower_boosts", self.tr("至少有几次其他涨粉投放才比较："), self.tr("次"), 1, 100),
            Field("max_cost_per_follower", self.tr("没有可比的投放时，单粉成本上限："), self.tr("元"), 0, 10000, 1),
            Field("default_budget", self.tr("值得加热：没有过往投放时的建议预算："), self.tr("元"), 0, 100000),
        ], lambda: promotions.thresholds(ctx.store), store_setting(ctx, promotions.SETTING_KEY))
        self.add_group(self.tr("活动"), [
            Field("below_plan_ratio", self.tr("进度落后：完成度低于时间进度的"), minimum=0, maximum=1, percent=True),
            Field("rules_max_chars", self.tr("活动规则超过多少字提醒精简："), self.tr("字"), 10, 2000),
        ], lambda: campaigns.thresholds(ctx.store), store_setting(ctx, campaigns.SETTING_KEY))
        self.add_group(self.tr("品牌与舆情"), [
            Field("spike_min", self.tr("负面提及激增：当天至少"), self.tr("条"), 1, 10000),
            Field("spike_ratio", self.tr("且是前几天日均的"), times, 1, 50, 1),
            Field("window_days", self.tr("日均按前几天算："), self.tr("天"), 1, 90),
        ], lambda: watch.thresholds(ctx.store), store_setting(ctx, watch.THRESHOLDS_SETTING))
        self.add_group(self.tr("舆情回复时限"), [
            Field("negative", self.tr("负面预警多久内要首次回复："), self.tr("小时"), 0.5, 720, 1),
            Field("neutral", self.tr("一般预警多久内要首次回复："), self.tr("小时"), 0.5, 720, 1),
        ], lambda: watch.response_limits(ctx.store), store_setting(ctx, watch.RESPONSE_SETTING),
            note=self.tr("超过时限还没回复的预警标为“超时”，排在预警列表最前，状态栏也会显示条数。"))
        self.layout_.addStretch(1)

    def title(self) -> str:
        return self.tr("投放、活动与舆情")
