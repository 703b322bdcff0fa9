"""The 活动 tab: opens on the demo store, a campaign made from a template in the GUI, the rules
warning, daily numbers typed in, the below-plan hint, lessons, flagged boosts and the guide PDF."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QPushButton

from app import clock
from app.i18n import untranslated
from app.services import campaigns as svc
from app.store import Store
from app.views.campaigns_tab import CampaignsTab
from app.views.campaigns_tab.dialogs import LessonDialog, NewCampaignDialog
from app.views.table_models import FLAG_BACKGROUND
from tests.views.conftest import make_ctx


@pytest.fixture
def tab(store: Store, qtbot: object) -> CampaignsTab:
    widget = CampaignsTab(make_ctx(store))
    qtbot.addWidget(widget)  # type: ignore[attr-defined]
    widget.resize(1300, 800)
    widget.show()
    return widget


def test_opens_on_the_demo_store(demo_store: Store, qtbot: object) -> None:
    widget = CampaignsTab(make_ctx(demo_store))
    qtbot.addWidget(widget)  # type: ignore[attr-defined]
    widget.show()
    page = widget.campaigns
    assert page.table.model.rowCount() == 6  # the demo's campaigns, 双11 among them
    assert not page.detail.isEmpty() and page.campaign_id is not None
    assert page.overdue.isVisibleTo(widget) and "已过期" in page.overdue.text()
    for index in range(1, 4):
        widget.pages.setCurrentIndex(index)
    assert widget.promotions.model.rowCount() == 12
    assert widget.collaborations.model.rowCount() == 5
    assert widget.competitors.model.rowCount() == 15
    own_rows = [r for r in widget.competitors.side.rows() if r["is_own"]]
    assert own_rows and all(r["posts_per_week"] is not None for r in own_rows)
    side = widget.competitors.side
    own = side.row_of(own_rows[0]["id"])
    assert side.data(side.index(own, 1), Qt.ItemDataRole.FontRole).bold()  # own accounts stand out


def test_flagged_boosts_are_highlighted(demo_store: Store, qtbot: object) -> None:
    widget = CampaignsTab(make_ctx(demo_store))
    qtbot.addWidget(widget)  # type: ignore[attr-defined]
    widget.show()
    widget.pages.setCurrentWidget(widget.promotions)
    model = widget.promotions.model
    flagged = [i for i, r in enumerate(model.rows()) if r["flag"]]
    assert flagged and widget.promotions.flags.isVisibleTo(widget)
    for i in range(model.rowCount()):
        brush = model.data(model.index(i, 0), Qt.ItemDataRole.BackgroundRole)
        assert (brush is not None and brush.color() == FLAG_BACKGROUND) == (i in flagged)
    tip = model.data(model.index(flagged[0], 3), Qt.ItemDataRole.ToolTipRole)
    assert "停投" in tip


def test_create_from_template_in_the_gui(tab: CampaignsTab, store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    page = tab.campaigns
    assert page.table.model.rowCount() == 0 and page.detail.isEmpty()
    monkeypatch.setattr(NewCampaignDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    page.new_campaign()
    assert page.table.model.rowCount() == 1
    campaign_id = page.campaign_id
    assert campaign_id is not None
    info = svc.campaign(store, campaign_id)
    assert info["type"] == "referral" and info["rules"].startswith("邀请 3 位好友")
    assert page.plan.name.text() == info["name"] and page.plan.rules.toPlainText() == info["rules"]
    assert page.plan.channels.text() == "公众号、社群、朋友圈"
    assert page.timeline.model.rowCount() == 8
    assert page.timeline.strip.items[0].kind == "warmup"

    assert page.plan.rules_warning.isHidden()
    page.plan.rules.setPlainText("参与方式：" + "关注账号并转发海报到朋友圈保留两小时" * 5)
    assert not page.plan.rules_warning.isHidden()
    page.plan.targets["target_participants"].setText("70")
    page.plan.save()
    assert svc.campaign(store, campaign_id)["target_participants"] == 70
    assert len(svc.campaign(store, campaign_id)["rules"]) > 60


def test_daily_numbers_hint_and_lesson(tab: CampaignsTab, store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    today = clock.today()
    campaign_id = svc.create_campaign(store, name="打卡挑战", start_day=today - dt.timedelta(days=3),
                                      end_day=today + dt.timedelta(days=6), target_participants=1000)
    tab.ctx.signals.notify("campaign")
    page = tab.campaigns
    assert page.select(campaign_id)
    live = page.live
    model = live.model
    assert model.rowCount() == 10 and live.hint.isHidden()
    assert model.setData(model.index(0, 1), "120")
    assert model.setData(model.index(0, 5), "99.999")
    assert not model.setData(model.index(1, 1), "-3")
    live.save()
    rows = svc.daily_numbers(store, campaign_id)
    assert [(r["participants"], r["cost"]) for r in rows] == [(120, 100.0)]
    assert not live.hint.isHidden() and "简化规则" in live.hint.text()  # 120 of the 300 planned by now

    monkeypatch.setattr(LessonDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    monkeypatch.setattr(LessonDialog, "values", lambda self: {"kind": "failure", "title": "规则太复杂，参与少",
                                                               "evidence": "前三天只有计划的四成", "detail": ""})
    page.review.feedback.setPlainText("步骤太多")
    page.review.add_lesson()
    lessons = svc.lessons(store, campaign_id)
    assert [(r["title"], r["area"], r["kind"]) for r in lessons] == [("规则太复杂，参与少", "campaigns", "failure")]
    assert page.review.lessons.rowCount() == 1
    assert svc.campaign(store, campaign_id)["status"] == "planning"  # a lesson alone does not close the review
    page.review.save()
    assert svc.campaign(store, campaign_id)["status"] == "reviewed"
    assert svc.campaign(store, campaign_id)["result_feedback"] == "步骤太多"


def test_guide_pdf_renders(demo_store: Store, qapp: object, tmp_path: Path) -> None:
    from app.report.campaign_guide import campaign_guide_html, write_campaign_guide_pdf

    data = svc.optimisation_guide(demo_store)
    html = campaign_guide_html(data, dt.date(2026, 11, 26), untranslated)
    assert "活动优化指南" in html and data["avoid"][0]["title"] in html
    path = tmp_path / "guide.pdf"
    assert write_campaign_guide_pdf(path, data, dt.date(2026, 11, 26), translate=untranslated) >= 1
    content = path.read_bytes()
    assert content.startswith(b"%PDF") and b"/Type /Page" in content


def test_import_daily_numbers_through_the_template(tab: CampaignsTab, store: Store, tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from app.services.excel import Column, export_rows

    campaign_id = svc.create_campaign(store, name="7 天写作打卡挑战", start_day=dt.date(2026, 12, 1),
                                      end_day=dt.date(2026, 12, 7))
    tab.ctx.signals.notify("campaign")
    assert tab.campaigns.select(campaign_id)
    path = tmp_path / "daily.xlsx"
    headers = ["活动名称", "日期", "参与人数", "分享人数", "新增关注", "转化", "花费"]
    export_rows(path, "活动", [Column(h, "date" if h == "日期" else "text") for h in headers], [
        ["7 天写作打卡挑战", dt.date(2026, 12, 1), 320, 85, 140, 12, 200.5],
        ["7 天写作打卡挑战", dt.date(2026, 12, 2), 280, 70, 120, 9, 180],
    ])
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: told.append(text))
    tab.campaigns.live.import_daily()
    rows = svc.daily_numbers(store, campaign_id)
    assert [(r["participants"], r["shares"], r["cost"]) for r in rows] == [(320, 85, 200.5), (280, 70, 180.0)]
    assert told and "新增 2 条" in told[0]
    assert tab.campaigns.live.model.values[dt.date(2026, 12, 1)]["participants"] == 320


def test_promotion_dialog_keeps_a_link_to_an_older_post(qapp: object) -> None:
    from app.views.campaigns_tab.dialogs import PromotionDialog

    choices = {"posts": [(1, "新视频")], "accounts": [(7, "抖音 · 小美研究所")], "campaigns": []}
    row = {"id": 3, "name": "Dou+ 老视频", "post_id": 99, "post_title": "老视频", "account_id": 7, "tool": "dou_plus",
           "objective": "conversion", "spend": 300.0, "impressions": 20000, "clicks": 400, "conversions": 4,
           "revenue": 240.0, "start_at": dt.datetime(2026, 5, 9, 20)}
    dialog = PromotionDialog(choices, row)
    values = dialog.values()
    assert values["post_id"] == 99 and values["account_id"] == 7 and values["tool"] == "dou_plus"
    assert values["spend"] == 300.0 and values["start_at"] == dt.datetime(2026, 5, 9, 20)
    assert "ROI 0.80" in dialog.ratios.text() and "点击率 2.00%" in dialog.ratios.text()
    dialog.deleteLater()


def test_guide_buttons_export_pdf_and_open_preview(demo_store: Store, qtbot: object, tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    widget = CampaignsTab(make_ctx(demo_store))
    qtbot.addWidget(widget)  # type: ignore[attr-defined]
    target = tmp_path / "指南"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: QMessageBox.StandardButton.Ok)
    widget.export_guide()
    assert (tmp_path / "指南.pdf").read_bytes().startswith(b"%PDF")
    from tests.views.test_print_preview import preview_pages

    widget.show()
    title, pages = preview_pages(qtbot, monkeypatch, widget, widget.preview_guide)
    assert title == "活动优化指南" and pages >= 1


def test_occasion_from_an_upcoming_hot_date_links_it(tab: CampaignsTab, store: Store) -> None:
    from app.services.hotdates import add_hot_date, upcoming_hot_dates

    today = clock.today()
    add_hot_date(store, today + dt.timedelta(days=10), "品牌4周年")
    campaign_id = svc.create_campaign(store, name="周年庆", start_day=today + dt.timedelta(days=10),
                                      end_day=today + dt.timedelta(days=10))
    tab.ctx.signals.notify("campaign")
    plan = tab.campaigns.plan
    assert tab.campaigns.select(campaign_id)
    plan.set_occasions(upcoming_hot_dates(store, today, 60))
    index = plan.occasion.findData("品牌4周年")
    assert index >= 0
    plan.occasion.setCurrentIndex(index)
    plan.save()
    info = svc.campaign(store, campaign_id)
    assert info["occasion"] == "品牌4周年" and info["hot_date_id"] is not None
    plan.occasion.setEditText("自己写的节点")
    plan.save()
    info = svc.campaign(store, campaign_id)
    assert info["occasion"] == "自己写的节点" and info["hot_date_id"] is None


def test_a_stopped_boost_lesson_comes_back_when_creating_the_same_tool(store: Store, qtbot: object,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """记入运营手册 on a flagged 薯条 boost, then 新增投放 with 薯条 shows that lesson (issue 18)."""
    from app.services.accounts import add_account
    from app.services.manual import lessons
    from app.views.campaigns_tab.dialogs import PromotionDialog
    from app.views.loop_notes import RecordLessonDialog

    account = add_account(store, "xiaohongshu", "小美研究所")["id"]
    boost = svc.save_promotion(store, None, name="薯条 防晒笔记", account_id=account, tool="shutiao",
                               objective="conversion", start_at=dt.datetime(2026, 10, 9, 20), spend=500.0,
                               revenue=100.0, conversions=2)
    widget = CampaignsTab(make_ctx(store))
    qtbot.addWidget(widget)  # type: ignore[attr-defined]
    widget.show()
    widget.pages.setCurrentWidget(widget.promotions)
    page = widget.promotions
    page.refresh()
    page.view.selectRow(0)
    assert page.model.rows()[0]["flag"]
    asked: list[RecordLessonDialog] = []
    monkeypatch.setattr(RecordLessonDialog, "exec", lambda self: asked.append(self) or QDialog.DialogCode.Accepted)
    button = next(b for b in page.findChildren(QPushButton) if b.text() == "记入运营手册…")
    button.click()
    assert asked[0].title.text() == "薯条转化投放效果差，停" and asked[0].kind.currentData() == "failure"
    saved = next(r for r in lessons(store) if r["source_kind"] == "promotion")
    assert (saved["source_id"], saved["tool"], saved["platform"], saved["month"]) == (
        boost, "shutiao", "xiaohongshu", "2026-10")

    shown: list[PromotionDialog] = []
    monkeypatch.setattr(PromotionDialog, "exec", lambda self: shown.append(self) or QDialog.DialogCode.Rejected)
    page.add()
    dialog = shown[0]
    dialog.tool.setCurrentIndex(dialog.tool.findData("dou_plus"))
    assert not dialog.loop_notes.isVisibleTo(dialog)
    dialog.tool.setCurrentIndex(dialog.tool.findData("shutiao"))
    assert dialog.loop_notes.isVisibleTo(dialog)
    assert [label.text() for label in dialog.loop_notes.lesson_labels] == [
        "✗ 2026-10 薯条转化投放效果差，停"]
    dialog.resize(760, 620)
    dialog.grab().save("/tmp/h3_promotion_lesson.png")


def test_a_new_campaign_shows_lessons_of_campaigns_of_its_type(store: Store, qapp: object) -> None:
    from app.services.manual import save_lesson

    save_lesson(store, month="2026-10", kind="failure", title="打卡 3 天门槛太高", campaign_type="checkin")
    dialog = NewCampaignDialog(None, dt.date(2026, 11, 18), make_ctx(store))
    notes = dialog.loop_notes
    assert notes is not None
    dialog.template.setCurrentIndex(dialog.template.findData("referral"))
    assert not notes.isVisibleTo(dialog)
    dialog.template.setCurrentIndex(dialog.template.findData("checkin"))
    assert notes.isVisibleTo(dialog) and [x.text() for x in notes.lesson_labels] == ["✗ 2026-10 打卡 3 天门槛太高"]
    dialog.deleteLater()
