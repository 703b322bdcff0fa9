"""图表 → 诊断 shows each finding's cause and how sure it is, and names the data that would tell an
unknown cause (issue 19 item 1), on the real panel fed by the real service."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from app.models import Account, Post, PostFormat, PostMetrics, PostStatus
from app.store import Store
from app.views.charts_tab.findings import COL_CAUSE, FindingsPanel
from tests.views.conftest import make_ctx


def fill(store: Store) -> None:
    """Two 抖音 accounts, May 2026: one post of the first loses viewers in its first seconds; the
    second account exports no 2s/5s numbers and has one post with a low completion rate."""
    with store.writing() as s:
        for name, with_opening in (("开头号", True), ("无秒数号", False)):
            account = Account(platform="douyin", name=name)
            s.add(account)
            s.flush()
            for i in range(7):
                weak = i == 6
                post = Post(account_id=account.id, title=f"{name}{'弱' if weak else i}", format=PostFormat.video,
                            status=PostStatus.published, published_at=dt.datetime(2026, 5, 2 + i, 20))
                s.add(post)
                s.flush()
                opening = ({"bounce_2s": 0.6 if weak else 0.3, "completion_5s": 0.2 if weak else 0.5}
                           if with_opening else {})
                s.add(PostMetrics(post_id=post.id, captured_on=dt.date(2026, 5, 9 + i), views=1000,
                                  completion_rate=0.08 if weak else 0.3, **opening))


def test_the_panel_shows_cause_confidence_and_missing_data(store: Store, qtbot: object) -> None:
    fill(store)
    panel = FindingsPanel(make_ctx(store))
    qtbot.addWidget(panel)  # type: ignore[attr-defined]
    panel.resize(1300, 700)
    panel.show()
    panel.set_months(["2026-05"], "2026-05")
    assert panel.tree.headerItem().text(COL_CAUSE) == "原因"
    rows = {panel.findings[panel.tree.topLevelItem(r).data(0, Qt.ItemDataRole.UserRole)].subject["title"]:
            panel.tree.topLevelItem(r) for r in range(panel.tree.topLevelItemCount())}
    slow, unknown = rows["开头号弱"], rows["无秒数号弱"]
    assert slow.text(COL_CAUSE) == "开头太慢 · 把握大"
    assert unknown.text(COL_CAUSE) == "原因不明 · 推测"
    assert "两个独立的数据" in slow.toolTip(COL_CAUSE)

    panel.tree.setCurrentItem(slow)
    text = panel.detail.toPlainText()
    assert "原因：开头太慢 · 把握大" in text and "前 3 秒" in text
    assert "2秒跳出率（账号中位数）" in text and "60.0%" in text
    panel.grab().save("/tmp/h5_diagnosis_slow.png")

    panel.tree.setCurrentItem(unknown)
    text = panel.detail.toPlainText()
    assert "补上这些数据就能判断原因：2秒跳出率、5秒完播率" in text
    assert "原因：原因不明 · 推测" in text and "分不清是开头太慢还是选题跑偏" in text
    panel.grab().save("/tmp/h5_diagnosis_unknown.png")



def test_english_panel_names_the_platform_and_fits_its_labels(store: Store, qtbot: object) -> None:
    """In English the subject of a platform finding is the platform's English name (the service's title
    is the Chinese one: "Platform：抖音"), and the 级别/规则/平台 columns widen to the longer labels
    ("Opportunity", "Channels" were cut to "Oppor…", "Chan…")."""
    from PySide6.QtWidgets import QApplication

    from app.services.diagnosis import Finding
    from app.views.charts_tab.findings import COL_PLATFORM, COL_RULE, COL_SEVERITY, COL_SUBJECT
    from app.views.language import install_translators, remove_translators

    app = QApplication.instance()
    translators = install_translators(app, "en")
    try:
        panel = FindingsPanel(make_ctx(store))
        qtbot.addWidget(panel)  # type: ignore[attr-defined]
        panel.resize(1300, 700)
        findings = [Finding("main_channel", "suggestion", {"kind": "platform", "id": "douyin", "title": "抖音",
                                                           "platform": "douyin"}, {}, "…", "main_source", "high"),
                    Finding("low_completion", "warning", {"kind": "account", "id": 1, "title": "小美研究所",
                                                          "platform": "channels"}, {}, "…", "unknown", "low")]
        panel._loaded(panel._generation, {"findings": findings, "promotion_links": {}})
        first = panel.tree.topLevelItem(0)
        assert "Douyin" in first.text(COL_SUBJECT) and "抖音" not in first.text(COL_SUBJECT)
        metrics = panel.tree.fontMetrics()
        for row in range(panel.tree.topLevelItemCount()):
            item = panel.tree.topLevelItem(row)
            for column in (COL_SEVERITY, COL_RULE, COL_PLATFORM):
                assert panel.tree.columnWidth(column) >= metrics.horizontalAdvance(item.text(column)), item.text(column)
    finally:
        remove_translators(app, translators)
