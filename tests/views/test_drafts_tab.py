"""The 草稿 tab on a small store: platform sub-tabs, fields per platform, live checks with the
right highlight ranges (also after an emoji), copy for publishing, workflow and revision restore."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QMimeData
from PySide6.QtGui import QGuiApplication, QTextCursor
from PySide6.QtWidgets import QDialog, QInputDialog, QMessageBox

from app import clock
from app.models import PostStatus
from app.services import drafts
from app.views.context import ViewContext
from app.views.drafts_tab import DraftsTab
from app.views.drafts_tab.dialogs import HistoryDialog, ReviewDialog, WhenDialog
from app.views.drafts_tab.editor import DraftEditor, replacement_options


@pytest.fixture
def tab(ctx: ViewContext, qtbot: object) -> DraftsTab:
    widget = DraftsTab(ctx)
    qtbot.addWidget(widget)  # type: ignore[attr-defined]
    widget.resize(1400, 900)
    widget.show()
    return widget


@pytest.fixture
def messages(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    shown: list[tuple[str, str]] = []
    for kind in ("warning", "information"):
        monkeypatch.setattr(QMessageBox, kind, lambda *a, k=kind, **kw: shown.append((k, a[2])))
    return shown


def xhs_editor(tab: DraftsTab) -> DraftEditor:
    assert tab.show_item(3)
    return tab.pages["xiaohongshu"].editor


def test_one_sub_tab_per_own_platform_with_unpublished_drafts(tab: DraftsTab) -> None:
    assert list(tab.pages) == ["wechat", "douyin", "xiaohongshu"]
    assert [tab.platforms.tabText(i) for i in range(3)] == ["公众号", "抖音", "小红书"]
    assert tab.pages["wechat"].ids() == [4]
    assert tab.pages["douyin"].ids() == []  # its only post is published
    assert tab.pages["douyin"].list_stack.isEmpty()
    assert tab.pages["xiaohongshu"].ids() == [3]
    assert tab.pages["wechat"].editor.post_id == 4  # the first draft opens


def test_editor_fields_follow_the_platform(tab: DraftsTab) -> None:
    wechat = tab.pages["wechat"].editor
    assert {"title", "author", "digest", "body", "hashtags", "pain_point", "method", "cta"} == set(wechat.fields)
    assert wechat.fields["body"].acceptRichText()
    douyin = tab.pages["douyin"].editor
    assert {"hook", "scenes", "caption", "cover_text"} <= set(douyin.fields)
    assert "body" not in douyin.fields
    xhs = xhs_editor(tab)
    xhs.fields["title"].setText("烟酰胺入门：新手怎么用")
    assert xhs.counters["title"].text() == "11/20"
    xhs.fields["title"].setText("烟" * 21)
    assert xhs.counters["title"].text() == "21/20"
    assert wechat.counters["digest"].text() == "0/120"


def test_banned_word_in_xhs_title_is_an_error_highlighted_after_an_emoji(tab: DraftsTab) -> None:
    editor = xhs_editor(tab)
    editor.fields["title"].setText("✨😀最好用的烟酰胺")
    editor.run_checks()
    errors = [f for f in editor.findings if f.severity == "error"]
    assert [(f.rule, f.field, f.start, f.end, f.text) for f in errors] == [("ad_law", "title", 2, 4, "最好")]
    # ✨ is one UTF-16 unit, 😀 two: the Qt range starts one later than the code-point offset.
    assert (3, 5, "error") in editor.highlight_ranges()["title"]
    selections = editor.fields["title"].extraSelections()
    assert any(s.cursor.selectedText() == "最好" for s in selections)
    editor.findings_list.setCurrentRow(editor.findings.index(errors[0]))
    assert editor.fields["title"].textCursor().selectedText() == "最好"
    assert editor.replace_button.isEnabled()
    assert editor.findings_list.item(0).text().startswith("【标题】")


def test_diversion_word_in_a_hashtag_and_a_scene_line(tab: DraftsTab) -> None:
    editor = xhs_editor(tab)
    editor.fields["hashtags"].setText("#护肤 #加微信领取")
    editor.run_checks()
    found = [f for f in editor.findings if f.field.startswith("hashtags[")]
    assert found and found[0].field == "hashtags[1]"
    text = editor.fields["hashtags"].text()
    start, end, _ = editor.highlight_ranges()["hashtags"][0]
    assert text[start:end] == "微信"
    douyin = tab.pages["douyin"].editor
    douyin.fields["scenes"].setText("近景 产品\n🙂口播：全网第一的精华")
    douyin.run_checks()
    scene = next(f for f in douyin.findings if f.field == "scenes[1]")
    cursor = QTextCursor(douyin.fields["scenes"].document())
    start, end, _ = next(r for r in douyin.highlight_ranges()["scenes"] if r[2] == "error")
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    assert cursor.selectedText() == scene.text == "全网第一"


def test_replace_with_suggestion(tab: DraftsTab) -> None:
    editor = xhs_editor(tab)
    editor.fields["title"].setText("🔥最好的防晒")
    editor.run_checks()
    finding = next(f for f in editor.findings if f.rule == "ad_law")
    assert replacement_options(finding.suggestion) == ["很好", "更好"]
    editor.replace_finding(finding, "很好")
    assert editor.fields["title"].text() == "🔥很好的防晒"
    assert not any(f.severity == "error" for f in editor.findings)
    assert replacement_options("删除，需要沟通请用小红书私信功能") == [""]
    assert replacement_options("换成具体描述，如“很”“更”“深受喜爱”") == ["很", "更", "深受喜爱"]


def test_copy_refused_while_errors_remain_then_allowed(tab: DraftsTab, messages: list[tuple[str, str]]) -> None:
    editor = xhs_editor(tab)
    clipboard = QGuiApplication.clipboard()
    clipboard.setText("之前的内容")
    editor.fields["title"].setText("加我微信领取小样")
    editor.copy_for_publishing()
    assert messages and messages[-1][0] == "warning"
    assert "必须修改" in messages[-1][1] and "微信" in messages[-1][1]
    assert clipboard.text() == "之前的内容"
    assert drafts.get_draft(tab.ctx.store, 3).title == "加我微信领取小样"  # the edit was saved

    editor.fields["title"].setText("烟酰胺怎么用不踩雷")
    editor.fields["hashtags"].setText("#烟酰胺 #护肤")
    editor.copy_for_publishing()
    assert messages[-1][0] == "information"
    assert clipboard.text().startswith("烟酰胺怎么用不踩雷")
    assert clipboard.text().endswith("#烟酰胺 #护肤")


def test_wechat_body_keeps_pasted_html_and_copies_it(tab: DraftsTab, messages: list[tuple[str, str]]) -> None:
    editor = tab.pages["wechat"].editor
    editor.fields["title"].setText("烟酰胺长文")
    editor.fields["body"].setHtml("<section><p>你是不是也<strong>反复长痘</strong>？</p><p>三步搞定。关注我。</p></section>")
    editor.run_checks()
    assert editor.fields["body"].text() == "你是不是也反复长痘？\n三步搞定。关注我。"
    editor.copy_for_publishing()
    assert messages[-1][0] == "information"
    saved = drafts.get_draft(tab.ctx.store, 4).body or ""
    assert "font-weight" in saved and "反复长痘" in saved
    mime = QGuiApplication.clipboard().mimeData()
    assert mime.hasHtml() and "反复长痘" in mime.html()
    assert "你是不是也反复长痘？" in mime.text() and "<" not in mime.text()


def test_workflow_review_schedule_and_publish(tab: DraftsTab, messages: list[tuple[str, str]],
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    editor = tab.pages["wechat"].editor
    editor.fields["title"].setText("烟酰胺长文：新手三步")
    editor.fields["body"].setPlainText("为什么用了烟酰胺反而刺痛？三步建立耐受。关注我，下周讲搭配。")
    assert editor.move_buttons[PostStatus.internal_review].isVisibleTo(editor)
    assert not editor.move_buttons[PostStatus.scheduled].isVisibleTo(editor)
    editor.move(PostStatus.internal_review)
    assert editor.status == PostStatus.internal_review
    assert editor.review_button.isVisibleTo(editor)

    editor.move(PostStatus.small_test)  # the review is not done yet: refused
    assert messages[-1][0] == "warning" and "内审还没通过" in messages[-1][1]
    assert editor.status == PostStatus.internal_review

    monkeypatch.setattr(ReviewDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    monkeypatch.setattr(ReviewDialog, "result_values",
                        lambda self: (dict.fromkeys(drafts.REVIEW_CHECKLIST, True), "王姐", None))
    editor.open_review()
    assert drafts.review_passed(drafts.get_draft(tab.ctx.store, 4).review)
    assert "已通过" in editor.status_label.text()

    when = dt.datetime(2031, 3, 15, 20, 0)
    monkeypatch.setattr(editor, "ask_when", lambda *a, **k: (when, "https://mp.weixin.qq.com/s/abc"))
    editor.move(PostStatus.scheduled)
    post = drafts.get_draft(tab.ctx.store, 4)
    assert post.status == PostStatus.scheduled and post.scheduled_at == when
    editor.move(PostStatus.published)
    post = drafts.get_draft(tab.ctx.store, 4)
    assert post.status == PostStatus.published and post.url == "https://mp.weixin.qq.com/s/abc"
    assert 4 not in tab.pages["wechat"].ids()


def test_every_save_keeps_a_revision_and_history_restores(tab: DraftsTab) -> None:
    editor = xhs_editor(tab)
    editor.fields["title"].setText("改过的标题")
    editor.save()
    editor.fields["title"].setText("又改了一次")
    editor.save()
    revisions = drafts.revisions(tab.ctx.store, 3)
    assert [r.title for r in revisions[:2]] == ["又改了一次", "改过的标题"]

    dialog = HistoryDialog(tab.ctx.store, 3, editor)
    assert dialog.list.count() == len(revisions)
    assert dialog.changes.item(0).text() == "标题"
    # The diff view shades what changed: "又改了一次" vs "改过的标题" share only "改".
    assert dialog.after.toPlainText() == "又改了一次"
    dialog.list.setCurrentRow(1)
    dialog.restore()
    assert dialog.result() == QDialog.DialogCode.Accepted
    editor.load(3)
    assert editor.fields["title"].text() == "改过的标题"
    assert drafts.get_draft(tab.ctx.store, 3).title == "改过的标题"
    assert len(drafts.revisions(tab.ctx.store, 3)) == len(revisions) + 1


def test_switching_drafts_saves_the_one_being_edited(tab: DraftsTab) -> None:
    other = drafts.create_drafts_from_topic(tab.ctx.store, 1, ["xiaohongshu"])[0]
    tab.refresh()
    editor = xhs_editor(tab)
    editor.fields["cover_text"].setText("3 个误区")
    assert editor.dirty
    assert tab.show_item(other)
    assert editor.post_id == other and not editor.dirty
    assert drafts.get_draft(tab.ctx.store, 3).cover_text == "3 个误区"


def test_a_draft_links_to_its_topic(tab: DraftsTab) -> None:
    opened: list[tuple[str, int]] = []
    tab.openItem.connect(lambda kind, item: opened.append((kind, item)))
    editor = xhs_editor(tab)
    assert editor.topic_button.text() == "选题：成分党必看：烟酰胺入门"
    editor.topic_button.click()
    assert opened == [("topic", 2)]


def test_pasted_html_is_kept_as_pasted_until_edited(tab: DraftsTab) -> None:
    body = tab.pages["wechat"].editor.fields["body"]
    body.setText("")
    pasted = '<section style="background:#fef6e4"><p><span style="color:#c0392b">秀米排版</span>的正文</p></section>'
    mime = QMimeData()
    mime.setHtml(pasted)
    mime.setText("秀米排版的正文")
    body.insertFromMimeData(mime)
    assert body.text() == "秀米排版的正文"
    assert body.html() == pasted
    body.textCursor().insertText("！")
    assert body.html() != pasted and "秀米排版" in body.html()


def test_a_new_draft_never_proposes_another_drafts_date(tab: DraftsTab, monkeypatch: pytest.MonkeyPatch) -> None:
    """Issue 16: after a scheduled draft, a new draft offered that draft's publish date (the field kept it)."""
    editor = xhs_editor(tab)
    assert editor.scheduled_enabled.isChecked()  # draft 3 is scheduled on day 6 at 11:00
    other_date = editor.scheduled.dateTime().toPython()
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("新的小红书笔记", True))
    new_id = tab.new_draft()
    assert new_id is not None and editor.post_id == new_id
    assert not editor.scheduled_enabled.isChecked()
    proposed = editor.scheduled.dateTime().toPython()
    tomorrow_evening = dt.datetime.combine(clock.today() + dt.timedelta(days=1), dt.time(20, 0))
    assert proposed == tomorrow_evening != other_date
    asked: list[dt.datetime | None] = []
    monkeypatch.setattr(WhenDialog, "exec", lambda self: asked.append(self.value()) or QDialog.DialogCode.Rejected)
    editor.move(PostStatus.scheduled)
    assert asked == [tomorrow_evening]


def test_the_editor_reminds_of_this_platforms_action_items_and_lessons(ctx: ViewContext, qtbot: object) -> None:
    """Last month's review said what to change on 小红书: its draft editor says so (issue 18)."""
    from app.models.planning import ActionItem
    from app.services.actions import action_items
    from app.services.manual import save_lesson

    with ctx.store.writing() as uow:
        xhs = uow.insert(ActionItem(month="2026-11", review_month="2026-10", platform="xiaohongshu",
                                    text="标题前 8 个字放关键词", applies_to=["drafts"], due_date=dt.date(2026, 11, 30)))
        uow.insert(ActionItem(month="2026-11", review_month="2026-10", platform="douyin", text="开头 3 秒上痛点",
                              applies_to=["drafts"]))
        uow.insert(ActionItem(month="2026-11", review_month="2026-10", platform="xiaohongshu", text="薯条只投转化",
                              applies_to=["promotions"]))
    save_lesson(ctx.store, month="2026-10", title="小红书封面用大字标题", platform="xiaohongshu", kind="success")
    widget = DraftsTab(ctx)
    qtbot.addWidget(widget)  # type: ignore[attr-defined]
    widget.resize(1400, 900)
    widget.show()
    editor = xhs_editor(widget)
    notes = editor.loop_notes
    assert notes.isVisibleTo(editor)
    ticks = notes.ticks
    assert [t.text() for t in ticks] == ["小红书：标题前 8 个字放关键词（11-30 前）"]
    assert [label.text() for label in notes.lesson_labels] == ["✓ 2026-10 小红书封面用大字标题"]
    wechat = widget.pages["wechat"].editor
    assert not wechat.loop_notes.isVisibleTo(wechat)  # nothing for 公众号
    editor.grab().save("/tmp/h3_draft_reminder.png")
    ticks[0].setChecked(True)
    assert next(a for a in action_items(ctx.store, "2026-11") if a["id"] == xhs)["done"]
