"""活动 → 推广投放 knows the margin and lists what to boost (issue 19 items 2–3): the gross margin set
in 设置 moves the break-even ROI and the red rows; 值得加热 lists the post that beats its account's
medians and opens a new boost prefilled with the suggested tool, budget and audience."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDoubleSpinBox

from app.store import Store
from app.views.campaigns_tab import CampaignsTab
from app.views.campaigns_tab.dialogs import PromotionDialog
from app.views.settings.dialog import SettingsDialog
from app.views.table_models import FLAG_BACKGROUND
from tests.cli.test_diagnosis_causes import boosted_xiaohongshu
from tests.views.conftest import make_ctx


def fill(store: Store) -> None:
    boosted_xiaohongshu(store, spend=1000.0, conversions=20, revenue=1800.0)


@pytest.fixture
def tab(store: Store, qtbot: Any) -> CampaignsTab:
    fill(store)
    widget = CampaignsTab(make_ctx(store))
    qtbot.addWidget(widget)
    widget.resize(1400, 900)
    widget.show()
    widget.pages.setCurrentWidget(widget.promotions)
    return widget


def test_the_margin_set_in_settings_moves_break_even_and_the_stop_flag(tab: CampaignsTab, store: Store,
                                                                        qtbot: Any) -> None:
    page = tab.promotions
    model = page.model
    column = next(i for i, c in enumerate(model.columns) if c.key == "break_even_roi")
    assert model.data(model.index(0, column)) == "1.00"
    assert model.data(model.index(0, 0), Qt.ItemDataRole.BackgroundRole) is None

    dialog = SettingsDialog(make_ctx(store))
    qtbot.addWidget(dialog)
    box = dialog.findChild(QDoubleSpinBox, "number_gross_margin")
    assert box is not None and box.value() == 100 and box.suffix() == " %"
    box.setValue(40)
    dialog.apply()
    assert store.setting("promotions.thresholds")["gross_margin"] == pytest.approx(0.4)

    page.refresh()
    assert model.data(model.index(0, column)) == "2.50"
    assert model.data(model.index(0, 0), Qt.ItemDataRole.BackgroundRole).color() == FLAG_BACKGROUND
    assert "保本线 2.50" in model.data(model.index(0, 0), Qt.ItemDataRole.ToolTipRole)


def test_worth_boosting_lists_the_strong_post_and_prefills_a_boost(tab: CampaignsTab,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    page = tab.promotions
    rows = page.candidates.rows()
    assert [r["title"] for r in rows] == ["爆款笔记"]
    assert page.candidate_stack.isVisibleTo(tab) and page.candidate_view.isVisibleTo(tab)
    assert page.candidates.data(page.candidates.index(0, 3)) == "薯条"
    assert "涨粉率" in page.candidates.data(page.candidates.index(0, 0), Qt.ItemDataRole.ToolTipRole)
    tab.grab().save("/tmp/h5_worth_boosting.png")

    shown: list[PromotionDialog] = []
    monkeypatch.setattr(PromotionDialog, "exec", lambda self: shown.append(self) or QDialog.DialogCode.Rejected)
    page.candidate_view.selectRow(0)
    page.boost_candidate()
    [dialog] = shown
    values = dialog.values()
    assert dialog.windowTitle() == "按建议新增投放"
    assert (values["tool"], values["budget"], values["audience_age"], values["audience_gender"]) == (
        "shutiao", 1000.0, "18-30", "女")
    assert values["post_id"] == rows[0]["post_id"] and values["objective"] == "conversion"


def test_the_roi_chart_draws_the_break_even_line_of_the_margin(store: Store, qtbot: Any) -> None:
    from app.services.dashboard import Period, roi_bars
    from app.views.charts_tab.charts import PromotionRoiChart

    fill(store)
    store.set_setting("promotions.thresholds", {"gross_margin": 0.4})
    data = roi_bars(store, Period(dt.date(2026, 10, 1), dt.date(2026, 10, 31)))
    assert data["break_even"] == 2.5
    chart = PromotionRoiChart()
    qtbot.addWidget(chart.card)
    chart.draw(data)
    assert "保本 ROI = 2.50" in chart.card.note.text()
    lines = [item for item in chart.items if type(item).__name__ == "InfiniteLine"]
    assert [line.value() for line in lines] == [2.5]


def test_english_boost_list_shows_platform_tool_and_objective_whole(store: Store, qtbot: Any) -> None:
    """平台/工具/目标 were sized for Chinese: in English "Xiaohongshu", "Followers gained" were cut."""
    from PySide6.QtWidgets import QApplication

    from app.services import campaigns as svc
    from app.services.accounts import add_account
    from app.views.language import install_translators, remove_translators

    account = add_account(store, "xiaohongshu", "小美研究所")["id"]
    svc.save_promotion(store, None, name="薯条 笔记加热", account_id=account, tool="shutiao",
                       objective="followers", start_at=dt.datetime(2026, 11, 9, 20), spend=300.0, follows_gained=40)
    app = QApplication.instance()
    translators = install_translators(app, "en")
    try:
        widget = CampaignsTab(make_ctx(store))
        qtbot.addWidget(widget)
        widget.resize(1300, 800)
        widget.show()
        widget.pages.setCurrentWidget(widget.promotions)
        page = widget.promotions
        page.refresh()
        qtbot.waitUntil(lambda: page.model.rowCount() == 1)
        metrics = page.view.fontMetrics()
        for column in (1, 2, 3):
            shown = page.model.index(0, column).data()
            assert shown in {"Xiaohongshu", "Shutiao", "Followers gained"}
            assert page.view.columnWidth(column) > metrics.horizontalAdvance(shown), shown
    finally:
        remove_translators(app, translators)
