"""Topic library: scoring, priority and override, bulk actions, similar titles, plan, what worked."""

from __future__ import annotations

import datetime as dt

import pytest

from app.models import (
    Account,
    Conversion,
    Platform,
    Post,
    PostMetrics,
    PostStatus,
    Priority,
    Topic,
    TopicStatus,
)
from app.services.topics import (
    TopicError,
    bulk_set_month,
    bulk_set_tags,
    bulk_shelve,
    create_topic,
    create_topic_from_hot_date,
    delete_topic,
    get_topic,
    month_plan,
    priority_for,
    ranked_topics,
    reorder_plan,
    set_topic_weights,
    similar_titles,
    update_topic,
    weighted_score,
    what_worked,
)

#: Run on the local SQLite store and on a PostgreSQL team store (issue 21).
pytestmark = pytest.mark.both_engines


def test_weighted_score_and_priority_thresholds():
    assert weighted_score(5, 4, 3) == 4.0
    assert priority_for(4.0) == Priority.high
    assert priority_for(3.99) == Priority.medium
    assert priority_for(3.0) == Priority.medium
    assert priority_for(2.99) == Priority.low
    assert weighted_score(5, 1, 1, {"timeliness": 2, "value": 1, "conversion": 1}) == 3.0


def test_weights_setting_changes_score(store):
    topic_id = create_topic(store, "双11囤货清单", score_timeliness=5, score_value=2, score_conversion=2)
    assert get_topic(store, topic_id).weighted_score == 3.0
    set_topic_weights(store, {"timeliness": 3, "value": 1, "conversion": 1})
    row = get_topic(store, topic_id)
    assert row.weighted_score == 3.8
    assert row.computed_priority == Priority.medium
    with pytest.raises(TopicError):
        set_topic_weights(store, {"timeliness": 0, "value": 0, "conversion": 0})


def test_override_shows_and_clears(store):
    topic_id = create_topic(store, "敏感肌换季护理", score_timeliness=2, score_value=2, score_conversion=2)
    row = update_topic(store, topic_id, priority_override="high")
    assert (row.computed_priority, row.effective_priority, row.priority_is_override) == (
        Priority.low, Priority.high, True)
    row = update_topic(store, topic_id, priority_override=None)
    assert (row.effective_priority, row.priority_is_override) == (Priority.low, False)


def test_bad_input_is_refused(store):
    with pytest.raises(TopicError):
        create_topic(store, "  ")
    with pytest.raises(TopicError):
        create_topic(store, "标题", score_value=6)
    with pytest.raises(TopicError):
        create_topic(store, "标题", target_month="2025-13")
    with pytest.raises(TopicError):
        create_topic(store, "标题", platforms=["myspace"])
    assert ranked_topics(store) == []


def test_ranked_topics_puts_override_first(store):
    low = create_topic(store, "低分但手动置顶", score_timeliness=1, score_value=1, score_conversion=1,
                       priority_override="high")
    mid = create_topic(store, "中等", score_timeliness=3, score_value=3, score_conversion=3)
    high = create_topic(store, "高分", score_timeliness=5, score_value=5, score_conversion=4)
    assert [r.id for r in ranked_topics(store)] == [high, low, mid]
    data = ranked_topics(store)[0].to_dict()
    assert data["scores"] == {"timeliness": 5, "value": 5, "conversion": 4}
    assert data["priority"] == "high" and data["priority_is_override"] is False


def test_bulk_actions(store):
    a = create_topic(store, "A", tags=["护肤"])
    b = create_topic(store, "B")
    assert bulk_set_month(store, [a, b], "2025-03") == 2
    assert {get_topic(store, i).status for i in (a, b)} == {TopicStatus.planned}
    bulk_set_tags(store, [a, b], add=["秋冬"], remove=["护肤"])
    assert get_topic(store, a).tags == ["秋冬"] and get_topic(store, b).tags == ["秋冬"]
    bulk_shelve(store, [b])
    assert get_topic(store, b).status == TopicStatus.shelved
    with pytest.raises(TopicError):
        bulk_set_month(store, [a], "March")
    delete_topic(store, a)
    assert [r.id for r in ranked_topics(store)] == [b]


def test_similar_titles(store):
    near = create_topic(store, "秋冬护肤怎么做？")
    create_topic(store, "618 囤货攻略")
    found = similar_titles(store, "秋冬护肤应该怎么做")
    assert [s.id for s in found] == [near]
    assert 0.7 <= found[0].ratio < 1
    assert similar_titles(store, "秋冬护肤怎么做", exclude_id=near) == []


def _plan(store, n, month="2025-03"):
    ids = [create_topic(store, f"选题{i}", target_month=month, status="planned") for i in range(n)]
    create_topic(store, "还只是想法", target_month=month)  # an idea: not in the plan
    return ids


def test_plan_counter_warns_below_ten(store):
    _plan(store, 9)
    plan = month_plan(store, "2025-03")
    assert plan.count == 9
    assert plan.warning and "9" in plan.warning
    assert plan.counter == "本月选题 9（建议 10–15）"


def test_plan_counter_quiet_inside_range_and_warns_above(store):
    ids = _plan(store, 10)
    assert month_plan(store, "2025-03").warning is None
    more = [create_topic(store, f"加的{i}", target_month="2025-03", status="planned") for i in range(6)]
    plan = month_plan(store, "2025-03")
    assert plan.count == 16 and "16" in (plan.warning or "")
    assert set(r.id for r in plan.topics) == set(ids + more)


def test_reorder_plan(store):
    ids = _plan(store, 3)
    reorder_plan(store, "2025-03", [ids[2], ids[0]])
    assert [r.id for r in month_plan(store, "2025-03").topics] == [ids[2], ids[0], ids[1]]
    other = create_topic(store, "四月的", target_month="2025-04", status="planned")
    with pytest.raises(TopicError):
        reorder_plan(store, "2025-03", [other])
    assert [r.plan_rank for r in month_plan(store, "2025-03").topics] == [1, 2, 3]


def _published(session, account, topic_id, title, snapshots, orders=None):
    post = Post(account_id=account.id, topic_id=topic_id, title=title, status=PostStatus.published,
                published_at=dt.datetime(2025, 3, 1, 20))
    session.add(post)
    session.flush()
    for day, values in snapshots:
        session.add(PostMetrics(post_id=post.id, captured_on=day, **values))
    if orders is not None:
        session.add(Conversion(day=dt.date(2025, 3, 5), post_id=post.id, orders=orders, leads=orders * 2))
    return post


def test_what_worked_uses_latest_snapshot_and_marks_top_quartile(store):
    topics = [create_topic(store, f"方向{i}") for i in range(4)]
    full = {"likes": 10, "comments": 5, "shares": 3, "saves": 2}
    with store.writing() as session:
        account = Account(platform=Platform.xiaohongshu, name="我的小红书")
        session.add(account)
        session.flush()
        _published(session, account, topics[0], "p0", [
            (dt.date(2025, 3, 2), {"views": 50, **full}),
            (dt.date(2025, 3, 9), {"views": 100, **full, "follows_gained": 7}),
        ], orders=3)
        _published(session, account, topics[1], "p1", [(dt.date(2025, 3, 9), {"views": 400, **full})])
        _published(session, account, topics[2], "p2", [(dt.date(2025, 3, 9), {"views": 1000, "likes": 5})])
        _published(session, account, topics[3], "p3", [(dt.date(2025, 3, 9), {"views": 200, **full})])
        session.add(Post(account_id=account.id, topic_id=topics[3], title="draft", status=PostStatus.drafting))
    rows = {r.topic_id: r for r in what_worked(store)}
    best = rows[topics[0]]
    assert (best.views, best.engagement_rate, best.follows_gained, best.conversions, best.leads) == (
        100, 0.2, 7, 3, 6)
    assert best.reuse is True
    assert rows[topics[2]].engagement_rate is None and rows[topics[2]].reuse is False
    assert rows[topics[3]].posts == 1
    assert [r.reuse for r in what_worked(store)].count(True) == 1
    by_views = what_worked(store, metric="views")
    assert by_views[0].topic_id == topics[2] and by_views[0].reuse


def test_unpublished_topics_are_not_in_what_worked(store):
    with store.writing() as session:
        session.add(Topic(title="没发过"))
    assert what_worked(store) == []


def test_plan_offers_the_month_hot_dates_as_ideas(store):
    plan = month_plan(store, "2025-10")
    national_day = next(item for item in plan.hot_dates if item.name == "国庆节")
    topic_id = create_topic_from_hot_date(store, national_day, "国庆出游防晒清单")
    row = get_topic(store, topic_id)
    assert (row.source, row.month, row.status, row.due_date) == (
        "hot_date", "2025-10", TopicStatus.planned, dt.date(2025, 10, 1))
    assert row.hot_date_id is not None
    assert [r.id for r in month_plan(store, "2025-10").topics] == [topic_id]
