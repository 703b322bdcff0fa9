"""The 图表 tab on the demo store: every chart drawn, filters, clicks, PNG export, findings, metric help."""

from __future__ import annotations

import datetime as dt
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
import sqlalchemy as sa
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from app import clock
from app.services.dashboard import Period
from app.services.demo import fill_demo
from app.services.metrics import METRICS
from app.store import Store
from app.views.charts_tab import ChartsTab
from app.views.charts_tab.findings import COL_SUBJECT, evidence_lines
from app.views.metric_help import MetricHelpDialog
from tests.views.conftest import make_ctx

CHARTS = {"followers", "net_follows", "comparison", "content", "scatter", "top_bottom", "live", "best_time",
          "campaign_roi", "promotion_roi", "shop", "segments"}
#: Charts the demo leaves empty (none: it holds 抖店 orders too, app/services/demo/sources.py).
EMPTY_ON_DEMO: set[str] = set()


@pytest.fixture
def tab(demo_store: Store, qtbot: object) -> ChartsTab:
    widget = ChartsTab(make_ctx(demo_store))
    qtbot.addWidget(widget)  # type: ignore[attr-defined]
    widget.resize(1400, 900)
    widget.show()
    return widget


def test_first_show_draws_every_chart_with_data(tab: ChartsTab) -> None:
    assert set(tab.charts) == CHARTS
    assert tab.period is not None and tab.period.kind == "month"
    for name, chart in tab.charts.items():
        assert bool(chart.items) != (name in EMPTY_ON_DEMO), name
        assert chart.card.is_empty() == (name in EMPTY_ON_DEMO), name
    assert tab.charts["top_bottom"].tables["top"].rowCount() == 5
    assert tab.charts["followers"].legend_entries


def test_platform_and_period_filters_change_what_is_plotted(tab: ChartsTab) -> None:
    followers = tab.charts["followers"]
    assert len(followers.series) > 1
    month_posts = sum(len(v) for v in tab.charts["content"].series.values())

    tab.set_platforms(["douyin"])
    assert set(followers.series) == {"douyin"}
    assert set(tab.charts["content"].series) == {"douyin"}
    assert tab.platform_button.text() == "抖音"

    tab.set_platforms(None)
    month = tab.period
    assert month is not None
    tab.set_period(Period.quarter(month.start.year, (month.start.month - 1) // 3 + 1))
    assert tab.period_label.text().endswith("季度")
    quarter_posts = sum(len(v) for v in tab.charts["content"].series.values())
    assert quarter_posts > month_posts
    assert len(next(iter(followers.series.values()))) > 31


def test_period_steps_back_a_month(tab: ChartsTab) -> None:
    month = tab.period
    assert month is not None
    tab.back.click()
    assert tab.period == month.previous()


def test_clicking_a_scatter_dot_opens_its_post(tab: ChartsTab, qtbot: object) -> None:
    chart = tab.charts["scatter"]
    scatter = next(item for item in chart.items if hasattr(item, "points"))
    point = scatter.points()[0]
    with qtbot.waitSignal(tab.openItem) as blocker:  # type: ignore[attr-defined]
        chart.clicked(scatter, [point])
    assert blocker.args == ["post", int(point.data())]
    assert int(point.data()) in {post_id for rows in chart.series.values() for *_xy, post_id in rows}


def test_hover_shows_the_values_under_the_mouse(tab: ChartsTab) -> None:
    chart = tab.charts["followers"]
    x = chart.hover.xs[0]
    text = chart.hover.text_at(x, 0)
    assert text is not None and any(name in text for name in ("公众号", "抖音", "小红书", "视频号"))


def test_png_export_writes_an_image(tab: ChartsTab, tmp_path: Path) -> None:
    for name in ("followers", "best_time", "top_bottom"):
        path = tmp_path / f"{name}.png"
        assert tab.charts[name].card.export_png(path)
        assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
        image = QImage(str(path))
        assert image.width() > 100 and image.height() > 100


def test_ranking_metric_reloads_the_tables(tab: ChartsTab) -> None:
    posts = tab.charts["top_bottom"]
    posts.metric.setCurrentIndex(posts.metric.findData("completion_rate"))
    table = posts.tables["top"]
    assert table.columnCount() == 7
    assert table.horizontalHeaderItem(6).text() == "完播率"


def test_findings_filter_and_open_their_subject(tab: ChartsTab, qtbot: object) -> None:
    panel = tab.findings
    tab.pages.setCurrentWidget(panel)
    assert panel.findings, "the demo month has findings"
    total = len(panel.visible_findings())
    assert total == len(panel.findings)

    panel.severity.setCurrentIndex(panel.severity.findData("warning"))
    shown = panel.visible_findings()
    assert shown and all(f.severity == "warning" for f in shown)
    assert len(shown) < total

    panel.severity.setCurrentIndex(0)
    rule = panel.findings[0].rule
    panel.rule.setCurrentIndex(panel.rule.findData(rule))
    assert {f.rule for f in panel.visible_findings()} == {rule}

    panel.rule.setCurrentIndex(0)
    platform = next(f.subject["platform"] for f in panel.findings if f.subject.get("platform"))
    panel.platform.setCurrentIndex(panel.platform.findData(platform))
    assert {f.subject["platform"] for f in panel.visible_findings()} == {platform}

    panel.platform.setCurrentIndex(0)
    row = next(r for r in range(panel.tree.topLevelItemCount())
               if panel.findings[panel.tree.topLevelItem(r).data(0, Qt.ItemDataRole.UserRole)].subject["kind"] == "post")
    item = panel.tree.topLevelItem(row)
    finding = panel.findings[item.data(0, Qt.ItemDataRole.UserRole)]
    with qtbot.waitSignal(tab.openItem) as blocker:  # type: ignore[attr-defined]
        panel._clicked(item, COL_SUBJECT)
    assert blocker.args == ["post", finding.subject["id"]]


def test_metric_help_lists_every_metric(qtbot: object) -> None:
    dialog = MetricHelpDialog()
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    assert dialog.shown_keys == list(METRICS)
    text = dialog.browser.toPlainText()
    for entry in METRICS.values():
        assert entry.name in text
    dialog.platform.setCurrentIndex(dialog.platform.findData("channels"))
    assert METRICS["engagement_rate"].per_platform["channels"] in dialog.browser.toPlainText()
    dialog.search.setText("互动率")
    assert dialog.shown_keys == ["engagement_rate"]


def test_empty_store_says_what_to_do(store: Store, qtbot: object) -> None:
    widget = ChartsTab(make_ctx(store))
    qtbot.addWidget(widget)  # type: ignore[attr-defined]
    widget.show()
    assert widget.stack.isEmpty()
    assert not widget.charts


def test_building_the_tab_does_not_import_pyqtgraph() -> None:
    code = ("import sys; from PySide6.QtWidgets import QApplication; app = QApplication([]);"
            "from app.store import Store; from app.views.context import DataSignals, ViewContext;"
            "from app.views.tasks import TaskRunner; from app.views.charts_tab import ChartsTab;"
            "import tempfile; s = Store.open(tempfile.mkdtemp());"
            "ChartsTab(ViewContext(s, TaskRunner(synchronous=True), DataSignals()));"
            "print('pyqtgraph' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert out.stdout.strip() == "False"


def test_a_data_change_redraws_only_for_the_tables_it_shows(tab: ChartsTab) -> None:
    before = tab._generation
    tab.ctx.signals.notify("member")
    assert tab._generation == before
    tab.ctx.signals.notify("post_metrics")
    assert tab._generation == before + 1
    assert tab.charts["followers"].items


def test_comparison_metric_switch_redraws_the_bars(tab: ChartsTab) -> None:
    chart = tab.charts["comparison"]
    chart.metric.setCurrentIndex(chart.metric.findData("engagement_rate"))
    rows = [r for r in tab.result["data"]["comparison"]["rows"] if r["metric"] == "engagement_rate"]
    assert chart.series == {r["platform"]: (r["current"], r["previous"]) for r in rows}
    assert "互动率" in chart.plot.getAxis("left").labelText


def test_early_in_a_month_the_tab_opens_on_the_last_complete_one(tmp_path: Path, qtbot: object) -> None:
    """Issue 16: on the 6th the tab opened on a month holding six days, its charts nearly empty."""
    clock.fix(dt.datetime(2026, 12, 6, 9, 0))
    store = Store.open(tmp_path / "demo")
    fill_demo(store)
    widget = ChartsTab(make_ctx(store))
    qtbot.addWidget(widget)  # type: ignore[attr-defined]
    widget.show()
    assert widget.period == Period.month("2026-11") and widget.period_label.text() == "2026年11月"
    for name in ("content", "scatter", "top_bottom"):
        assert not widget.charts[name].card.is_empty(), name
    assert "2026-10-01 至 2026-10-31" in widget.charts["comparison"].card.note.text()
    store.close()


def test_a_running_month_is_compared_with_the_same_days_and_says_so(tab: ChartsTab) -> None:
    assert tab.period == Period.month("2026-11")  # the clock: 18 November
    chart = tab.charts["comparison"]
    assert chart.card.title.text() == "平台对比：本期至今与上期同期"
    note = chart.card.note.text()
    assert "2026-11-01 至 2026-11-18" in note and "2026-10-01 至 2026-10-18" in note


def test_weekly_bars_are_labelled_with_the_weeks_mondays(tab: ChartsTab) -> None:
    weeks = tab.result["data"]["net_follows"]["weeks"]  # type: ignore[index]
    assert weeks and all(week.weekday() == 0 for week in weeks)
    ticks = tab.charts["net_follows"].plot.getAxis("bottom")._tickLevels[0]
    assert ticks == [(i, f"{week.month}月{week.day}日") for i, week in enumerate(weeks)]
    year = Period.year(2026)
    tab.set_period(year)
    ticks = tab.charts["net_follows"].plot.getAxis("bottom")._tickLevels[0]
    assert 4 <= len(ticks) <= 14 and all(label.endswith("日") for _i, label in ticks)


def test_rate_axes_show_percent(tab: ChartsTab) -> None:
    content = tab.charts["content"]
    content.metric.setCurrentIndex(content.metric.findData("engagement_rate"))
    left = content.plot.getAxis("left")
    assert left.tickStrings([2.0, 4.0], 1, 2.0) == ["2%", "4%"]
    content.metric.setCurrentIndex(content.metric.findData("follows_gained"))
    assert left.tickStrings([20.0, 40.0], 1, 20.0) == ["20", "40"]
    assert tab.charts["scatter"].plot.getAxis("left").tickStrings([0.5], 1, 0.1) == ["0.5%"]


def test_quadrant_labels_never_cover_a_dot(tab: ChartsTab, qtbot: object) -> None:
    from PySide6.QtCore import QPointF

    tab.pages.setCurrentIndex(1)
    chart = tab.charts["scatter"]
    for height in (380, 700):
        chart.card.setMinimumHeight(height)
        qtbot.waitUntil(lambda h=height: chart.card.height() >= h)  # type: ignore[attr-defined]
        qtbot.wait(10)  # type: ignore[attr-defined]
        box = chart.plot.getViewBox()
        dots = [box.mapViewToScene(QPointF(x, y)) for x, y in zip(chart.hover.xs, chart.hover.ys, strict=True)]
        assert len(chart.quadrant_labels) == 4 and dots
        for label in chart.quadrant_labels:
            area = label.mapRectToScene(label.boundingRect()).adjusted(-5, -5, 5, 5)  # a dot's radius
            assert not [dot for dot in dots if area.contains(dot)], label.toPlainText()


def test_live_sessions_are_not_ranked_with_posts(tab: ChartsTab, demo_store: Store) -> None:
    with demo_store.engine.connect() as conn:
        lives = set(conn.execute(sa.text("SELECT id FROM post WHERE format = 'live'")).scalars())
    assert lives, "the demo has live sessions"
    posts = tab.charts["top_bottom"]
    posts.metric.setCurrentIndex(posts.metric.findData("engagement_rate"))
    ranked = {posts.post_id(side, r) for side in ("top", "bottom") for r in range(posts.tables[side].rowCount())}
    assert ranked and not ranked & lives
    assert "场直播不参与排名" in posts.card.note.text()
    assert not {p["post_id"] for p in tab.result["data"]["content"]} & lives  # type: ignore[index]


def test_finding_details_name_metrics_and_round_counts() -> None:
    """Issue 16: details read "指标 followers_gained" and "应有 1,335.48"."""
    evidence = {"month": "2026-11", "metric": "followers_gained", "target": 2000.0, "actual": 600.0,
                "expected": 1335.48, "ratio": 0.3, "finished": False, "goal_pace_ratio": 0.8}
    lines = dict(evidence_lines(evidence))
    assert (lines["指标"], lines["目标"], lines["应有"], lines["实际"], lines["完成比例"]) == (
        "涨粉", "2,000", "1,335", "600", "30.0%")
    money = dict(evidence_lines({**evidence, "metric": "revenue", "target": 5000.0, "expected": 3337.5}))
    assert (money["指标"], money["目标"], money["应有"]) == ("成交金额", "¥5,000", "¥3,337.50")
    assert dict(evidence_lines({"missing": "calendar.posting_plan"})) == {"缺少的数据": "发布计划"}
    assert dict(evidence_lines({"trailing_average": 9.714, "posts": [580, 593, 594]})) == {"此前日均": "9.7", "篇数": "3"}
    promo = dict(evidence_lines({"objective": "followers", "usual_cost_per_follower": 1.0875, "roi": 0.8,
                                 "reason": "cost_per_follower_high"}))
    assert promo == {"投放目的": "涨粉", "平时单个粉丝成本": "¥1.09", "投入产出比": "0.80"}


def test_no_finding_detail_shows_a_code_or_a_two_decimal_count(tab: ChartsTab) -> None:
    panel = tab.findings
    tab.pages.setCurrentWidget(panel)
    assert panel.findings
    for row in range(panel.tree.topLevelItemCount()):
        panel.show_detail(panel.tree.topLevelItem(row))
        text = panel.detail.toPlainText()
        assert not re.search(r"[a-z]+[._][a-z_]+", text), text
        assert not re.search(r"(?<![¥\d,])[\d,]+\.\d\d(?!%)", text), text


def test_live_sessions_are_ranked_only_against_lives(tab: ChartsTab, demo_store: Store) -> None:
    live = tab.charts["live"]
    with demo_store.engine.connect() as conn:
        formats = dict(conn.execute(sa.text("SELECT id, format FROM post")).all())
    shown = [live.post_id(r) for r in range(live.table.rowCount())]
    assert shown and {formats[i] for i in shown} == {"live"}
    revenue = [s["revenue"] for s in live.items]
    assert revenue == sorted(revenue, key=lambda x: -(x or 0))
    live.metric.setCurrentIndex(live.metric.findData("peak_online"))
    peaks = [s["peak_online"] for s in live.items]
    assert peaks == sorted(peaks, key=lambda x: -(x or 0))
    ranked = {p["post_id"] for side in ("top", "bottom") for p in tab.charts["top_bottom"].items}
    assert not {formats[i] for i in ranked} & {"live"}
    live.card.resize(1300, 300)
    live.card.grab().save("/tmp/h20_live_card.png")


def test_every_metric_chooser_sits_in_its_card_and_tells_each_metrics_basis(tab: ChartsTab) -> None:
    from app.views.metric_help import metric_tip

    for name, keys in (("top_bottom", None), ("live", None), ("content", ["views", "engagement_rate", "follows_gained"])):
        box = tab.charts[name].metric
        shown = [box.itemData(i) for i in range(box.count())]
        assert keys is None or shown == keys
        assert [box.itemData(i, Qt.ItemDataRole.ToolTipRole) for i in range(box.count())] == [metric_tip(k) for k in shown]
        assert box.parent() is tab.charts[name].card and box.isVisibleTo(tab.charts[name].card)

def test_shop_orders_are_charted_day_by_day_from_the_valid_ones(store: Store, tmp_path: Path,
                                                                 qtbot: object) -> None:
    from app.services.accounts import add_own_accounts
    from app.services.importing import import_files
    from tests.services.importing.test_doudian import ORDERS, OWN, V1, order_rows, write_csv

    add_own_accounts(store, [("douyin", OWN)])
    assert import_files(store, [write_csv(tmp_path / "o.csv", order_rows(V1, ORDERS), "utf-8-sig")]).results[0].inserted
    widget = ChartsTab(make_ctx(store))
    qtbot.addWidget(widget)  # type: ignore[attr-defined]
    widget.resize(1400, 900)
    widget.show()
    widget.pages.setCurrentIndex(3)
    shop = widget.charts["shop"]
    assert shop.series == {"revenue": [1398.0, 450.0], "conversions": [1, 2]}  # 11-02 and 11-03; 11-04 was closed
    assert "合计 3 单、¥1,848.00" in shop.card.note.text()
    shop.card.grab().save("/tmp/h20_shop.png")


def test_a_finding_goes_into_the_manual(tab: ChartsTab, demo_store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    """记入运营手册 on a diagnosis finding: a lesson linked to its rule, of its platform (issue 18)."""
    from PySide6.QtWidgets import QDialog

    from app.services.manual import lessons
    from app.views.loop_notes import RecordLessonDialog

    panel = tab.findings
    tab.pages.setCurrentWidget(panel)
    row = next(r for r in range(panel.tree.topLevelItemCount())
               if panel.findings[r].severity == "warning" and panel.findings[r].subject.get("platform"))
    finding = panel.findings[panel.tree.topLevelItem(row).data(0, Qt.ItemDataRole.UserRole)]
    panel.tree.setCurrentItem(panel.tree.topLevelItem(row))
    asked: list[RecordLessonDialog] = []
    monkeypatch.setattr(RecordLessonDialog, "exec", lambda self: asked.append(self) or QDialog.DialogCode.Accepted)
    panel.lesson_button.click()
    assert asked[0].title.text() == finding.suggestion and asked[0].kind.currentData() == "failure"
    saved = next(r for r in lessons(demo_store) if r["source_kind"] == "finding")
    assert (saved["source_ref"], saved["platform"], saved["month"]) == (
        finding.rule, finding.subject["platform"], panel.month.currentData())
