"""Global search: the right rows in the right groups, capped per group, words ANDed, LIKE wildcards literal."""

from __future__ import annotations

import datetime as dt

import pytest
import sqlalchemy as sa

from app.services import search
from app.store import Store

#: Run on the local SQLite store and on a PostgreSQL team store (issue 21).
pytestmark = pytest.mark.both_engines


def _insert(store: Store, rows: dict[str, list[dict[str, object]]]) -> None:
    """Core inserts through the models' tables, so column defaults (JSON lists, stamps) apply."""
    from sqlmodel import SQLModel

    import app.models  # noqa: F401 - registers every table

    with store.engine.begin() as conn:
        for table, values in rows.items():
            for value in values:
                conn.execute(sa.insert(SQLModel.metadata.tables[table]).values(value))


def _seed(store: Store) -> None:
    now = dt.datetime(2026, 11, 2, 9, 0)
    _insert(store, {
        "account": [{"id": 1, "platform": "xiaohongshu", "name": "肌理小研", "is_own": True}],
        "topic": [
            {"id": 1, "title": "换季敏感肌怎么护理", "description": "秋冬泛红", "source": "other", "tags": ["敏感肌"],
             "platforms": [], "status": "planned", "target_month": "2026-11"},
            {"id": 2, "title": "100% 防晒的误区", "source": "other", "tags": [], "platforms": [], "status": "idea"},
        ],
        "post": [{"id": 1, "account_id": 1, "title": "敏感肌换季清单", "format": "image", "status": "drafting",
                  "body": "舒缓为主"}],
        "member": [{"id": 1, "platform": "wechat", "nickname": "敏感肌小王", "region": "上海", "tags": "护肤"},
                   {"id": 2, "platform": "douyin", "nickname": "阿花", "region": "成都"}],
        "campaign": [{"id": 1, "name": "双11 敏感肌打卡", "type": "checkin", "goal_type": "followers",
                      "status": "planning", "start_day": dt.date(2026, 11, 10), "end_day": dt.date(2026, 11, 17),
                      "channels": []}],
        "feedback": [{"id": 1, "source": "dm", "text": "想看敏感肌的成分解读", "category": "content", "status": "new",
                      "tags": [], "received_at": now}],
        "lesson": [{"id": 1, "month": "2026-10", "kind": "success", "area": "content", "title": "敏感肌选题转化高",
                    "created_at": now}],
    })


def test_one_word_finds_every_kind_grouped_in_order(store: Store) -> None:
    _seed(store)
    groups = search.search(store, "敏感肌")
    assert [g.kind for g in groups] == ["topic", "post", "member", "campaign", "feedback", "lesson"]
    found = {(h.kind, h.id) for g in groups for h in g.hits}
    assert found == {("topic", 1), ("post", 1), ("member", 1), ("campaign", 1), ("feedback", 1), ("lesson", 1)}
    topic = groups[0].hits[0]
    assert topic.title == "换季敏感肌怎么护理"
    assert "已排进计划" in topic.subtitle and "2026-11" in topic.subtitle
    assert "小红书" in groups[1].hits[0].subtitle
    assert groups[0].label == "选题"


def test_description_tags_and_body_match_and_words_are_anded(store: Store) -> None:
    _seed(store)
    assert [(h.kind, h.id) for g in search.search(store, "泛红") for h in g.hits] == [("topic", 1)]
    assert [(h.kind, h.id) for g in search.search(store, "舒缓") for h in g.hits] == [("post", 1)]
    assert [(h.kind, h.id) for g in search.search(store, "敏感肌 护肤") for h in g.hits] == [("member", 1)]
    assert search.search(store, "敏感肌 成都") == []


def test_wildcards_are_literal_and_blank_finds_nothing(store: Store) -> None:
    _seed(store)
    assert [(h.kind, h.id) for g in search.search(store, "100%") for h in g.hits] == [("topic", 2)]
    assert search.search(store, "%") != []  # the literal percent sign of topic 2
    assert search.search(store, "_") == []
    assert search.search(store, "   ") == []


def test_groups_are_capped_and_say_there_is_more(store: Store) -> None:
    _insert(store, {"member": [{"platform": "wechat", "nickname": f"小鱼{i}"} for i in range(12)]})
    (group,) = search.search(store, "小鱼", limit=5)
    assert len(group.hits) == 5 and group.more
    (group,) = search.search(store, "小鱼", limit=12)
    assert len(group.hits) == 12 and not group.more
    assert search.search(store, "小鱼", kinds=["topic"]) == []


def test_demo_store_search(store: Store) -> None:
    from app.services.demo import fill_demo

    fill_demo(store, today=dt.date(2026, 11, 20))
    with store.engine.connect() as conn:
        title = conn.execute(sa.text("SELECT title FROM topic ORDER BY id LIMIT 1")).scalar_one()
        campaign = conn.execute(sa.text("SELECT id, name FROM campaign ORDER BY id LIMIT 1")).one()
    groups = {g.kind: g for g in search.search(store, title)}
    assert title in [h.title for h in groups["topic"].hits]
    groups = {g.kind: g for g in search.search(store, campaign.name)}
    assert campaign.id in [h.id for h in groups["campaign"].hits]
