"""Drafts: fan-out from a topic, revisions with diff and restore, the review workflow, publishing."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlmodel import select

from app.models import Account, Platform, Post, PostFormat, PostRevision, PostStatus, TopicStatus
from app.services.drafts import (
    DraftError,
    PublishBlockedError,
    WorkflowError,
    compose_publishing_text,
    create_drafts_from_topic,
    diff,
    draft_values,
    get_draft,
    lint_post,
    list_drafts,
    mark_published,
    move_to,
    plain_text,
    publishing_text,
    record_test_feedback,
    restore_revision,
    revisions,
    save_draft,
    schedule,
    submit_review,
)
from app.services.topics import create_topic, get_topic

#: Run on the local SQLite store and on a PostgreSQL team store (issue 21).
pytestmark = pytest.mark.both_engines

ALL_OK = {"compliance": True, "brand_tone": True, "facts": True, "cta": True}


@pytest.fixture
def accounts(store):
    with store.writing() as session:
        for platform, name, own in [
            (Platform.wechat, "小美研究所", True), (Platform.douyin, "小美抖音", True),
            (Platform.xiaohongshu, "小美的笔记", True), (Platform.xiaohongshu, "小美二号", True),
            (Platform.channels, "小美视频号", True), (Platform.douyin, "竞品号", False),
        ]:
            session.add(Account(platform=platform, name=name, is_own=own))
    return store


@pytest.fixture
def topic_id(accounts):
    return create_topic(accounts, "秋冬换季护肤", description="换季皮肤干怎么办", tags=["护肤", "秋冬"],
                        target_month="2025-03", status="planned")


def _formats(store, ids):
    with store.reading() as session:
        posts = session.exec(select(Post).where(Post.id.in_(ids))).all()
        accounts = {a.id: a for a in session.exec(select(Account)).all()}
    return sorted((str(accounts[p.account_id].platform), p.format.value) for p in posts)


def test_fan_out_one_draft_per_own_account(store, topic_id):
    ids = create_drafts_from_topic(store, topic_id, ["wechat", "douyin", "xiaohongshu", "channels"])
    assert len(ids) == 5  # two own 小红书 accounts, the competitor's 抖音 is skipped
    assert _formats(store, ids) == [
        ("channels", "video"), ("douyin", "video"), ("wechat", "article"),
        ("xiaohongshu", "image"), ("xiaohongshu", "image"),
    ]
    wechat = get_draft(store, ids[0])
    assert wechat.title == "秋冬换季护肤" and wechat.body == "换季皮肤干怎么办"
    assert wechat.hashtags == ["护肤", "秋冬"] and wechat.status == PostStatus.drafting
    douyin = get_draft(store, ids[1])
    assert douyin.caption == "换季皮肤干怎么办" and douyin.format == PostFormat.video
    assert get_topic(store, topic_id).status == TopicStatus.in_production
    assert len(revisions(store, ids[0])) == 1


def test_fan_out_refuses_platform_without_account(store, topic_id):
    with pytest.raises(DraftError):
        create_drafts_from_topic(store, topic_id, ["wechat", "bilibili"])
    with store.reading() as session:
        assert session.exec(select(Post)).all() == []


def test_revisions_diff_and_restore(store, topic_id):
    [post_id] = create_drafts_from_topic(store, topic_id, ["wechat"])
    first = revisions(store, post_id)[0].id
    second = save_draft(store, post_id, {"title": "秋冬换季护肤指南", "digest": "三步搞定"})
    assert save_draft(store, post_id, {"title": "秋冬换季护肤指南"}) == second  # nothing changed
    third = save_draft(store, post_id, {"body": "第一段\n第二段"})
    assert [r.id for r in revisions(store, post_id)] == [third, second, first]
    changes = {c.field: c for c in diff(store, first, second)}
    assert set(changes) == {"title", "digest"}
    assert changes["title"].lines == ["@@ -1 +1 @@", "-秋冬换季护肤", "+秋冬换季护肤指南"]
    assert changes["title"].opcodes == [("insert", 6, 6, 6, 8)]
    restored = restore_revision(store, first)
    post = get_draft(store, post_id)
    assert (post.title, post.digest, post.body) == ("秋冬换季护肤", None, "换季皮肤干怎么办")
    assert revisions(store, post_id)[0].id == restored and "恢复" in (revisions(store, post_id)[0].note or "")


def _reviewed(store, post_id):
    move_to(store, post_id, "internal_review")
    submit_review(store, post_id, ALL_OK, "阿青")


def test_workflow_transitions(store, topic_id):
    [post_id] = create_drafts_from_topic(store, topic_id, ["wechat"])
    save_draft(store, post_id, {"body": "为什么换季总爆皮？三步解决。记得关注收藏。"})
    with pytest.raises(WorkflowError):
        move_to(store, post_id, "scheduled")  # drafting cannot skip review
    move_to(store, post_id, "internal_review")
    with pytest.raises(WorkflowError):
        move_to(store, post_id, "small_test")  # review not passed yet
    review = submit_review(store, post_id, {**ALL_OK, "facts": False}, "阿青")
    assert review["passed"] is False
    with pytest.raises(WorkflowError):
        move_to(store, post_id, "small_test")
    review = submit_review(store, post_id, ALL_OK, "阿青")
    assert review["passed"] and review["reviewer"] == "阿青" and review["reviewed_at"]
    move_to(store, post_id, "small_test")
    record_test_feedback(store, post_id, "同事说开头太长")
    move_to(store, post_id, "revising")
    with pytest.raises(WorkflowError):
        move_to(store, post_id, "published")
    with pytest.raises(WorkflowError):
        move_to(store, post_id, "scheduled")  # no time yet
    schedule(store, post_id, dt.datetime(2025, 3, 10, 20, 0))
    post = get_draft(store, post_id)
    assert post.status == PostStatus.scheduled and post.test_feedback == "同事说开头太长"
    assert post.review["checklist"] == ALL_OK
    mark_published(store, post_id, dt.datetime(2025, 3, 10, 20, 3), "https://mp.weixin.qq.com/s/abc")
    post = get_draft(store, post_id)
    assert (post.status, post.published_at, post.url) == (
        PostStatus.published, dt.datetime(2025, 3, 10, 20, 3), "https://mp.weixin.qq.com/s/abc")
    assert get_topic(store, topic_id).status == TopicStatus.published
    with pytest.raises(WorkflowError):
        move_to(store, post_id, "revising")


def test_scheduling_refused_while_an_error_remains(store, topic_id):
    [post_id] = create_drafts_from_topic(store, topic_id, ["wechat"])
    save_draft(store, post_id, {"body": "这是全网最好的面霜"})
    _reviewed(store, post_id)
    with pytest.raises(PublishBlockedError):
        schedule(store, post_id, "2025-03-10 20:00")
    post = get_draft(store, post_id)
    assert post.status == PostStatus.internal_review and post.scheduled_at is None


def test_publishing_text_refused_with_error_finding(store, topic_id):
    ids = create_drafts_from_topic(store, topic_id, ["xiaohongshu"])
    post_id = ids[0]
    save_draft(store, post_id, {"title": "换季护肤", "body": "想要同款加我微信", "hashtags": ["护肤", "#秋冬"]})
    with pytest.raises(PublishBlockedError) as caught:
        publishing_text(store, post_id)
    assert {f.text for f in caught.value.findings} == {"加我", "微信"}
    assert "微信" in str(caught.value)
    with store.reading() as session:
        count = len(session.exec(select(PostRevision).where(PostRevision.post_id == post_id)).all())
    save_draft(store, post_id, {"body": "换季干皮看过来 #护肤\n喜欢就收藏吧"})
    text = publishing_text(store, post_id)
    assert text == "换季护肤\n\n换季干皮看过来 #护肤\n喜欢就收藏吧\n\n#秋冬"
    assert len(revisions(store, post_id)) == count + 1


def test_publishing_forms_per_platform():
    values = {"title": "标题", "caption": "视频文案", "body": "", "hashtags": ["护肤"]}
    assert compose_publishing_text("douyin", values) == "标题\n\n视频文案\n\n#护肤"
    assert compose_publishing_text("weibo", {"body": "微博正文", "hashtags": ["护肤"]}) == "微博正文\n\n#护肤#"


def test_lint_post_checks_platform_fields_and_html_body():
    values = draft_values(Post(account_id=1, title="标题", body="<p>最好的<strong>面霜</strong></p><p>关注我</p>"))
    findings = lint_post("wechat", values)
    [hit] = [f for f in findings if f.rule == "ad_law"]
    assert plain_text(values["body"])[hit.start:hit.end] == "最好"
    douyin = {f.rule: f.field for f in lint_post("douyin", {"title": "标题", "caption": "随便聊聊"})}
    assert douyin["missing_hook"] == "hook"


def test_list_drafts_per_platform(store, topic_id):
    ids = create_drafts_from_topic(store, topic_id, ["wechat", "xiaohongshu"])
    xhs = list_drafts(store, "xiaohongshu")
    assert sorted(r.id for r in xhs) == sorted(ids[1:])
    assert {(r.platform, r.status) for r in xhs} == {("xiaohongshu", PostStatus.drafting)}
    move_to(store, ids[0], "internal_review")
    assert [r.id for r in list_drafts(store)][-1] == ids[0]


def test_status_words_come_from_the_vocabulary_and_revision_notes_stay_as_stored(store, topic_id):
    """A refused move names statuses as every table does (内部审核); the note a move writes keeps
    its stored words (内审), so old and new revisions read alike."""
    [post_id] = create_drafts_from_topic(store, topic_id, ["wechat"])
    with pytest.raises(WorkflowError) as refused:
        move_to(store, post_id, "scheduled")
    assert str(refused.value) == "草稿现在是“撰写中”，不能直接改成“已排期”。可以改成：内部审核。"
    move_to(store, post_id, "internal_review")
    assert revisions(store, post_id)[0].note == "内审"
