"""The helpers the calendar tab needs: own accounts, posts without hot dates, a blank draft on a day."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlmodel import select

from app.models import Account, Post, PostFormat, PostRevision, PostStatus
from app.services.calendar import own_accounts, posts_between
from app.services.drafts import DraftError, create_draft
from app.store import Store


@pytest.fixture
def accounts(store: Store) -> dict[str, int]:
    with store.writing() as session:
        rows = [Account(platform="douyin", name="我的抖音", is_own=True),
                Account(platform="wechat", name="我的公众号", is_own=True),
                Account(platform="douyin", name="同行", is_own=False)]
        session.add_all(rows)
        session.flush()
        return {"douyin": rows[0].id, "wechat": rows[1].id, "rival": rows[2].id}  # type: ignore[dict-item]


def test_own_accounts_leave_out_competitors(store: Store, accounts: dict[str, int]) -> None:
    assert [(a.platform, a.name) for a in own_accounts(store)] == [("douyin", "我的抖音"), ("wechat", "我的公众号")]


def test_create_draft_plans_a_blank_draft_with_a_revision(store: Store, accounts: dict[str, int]) -> None:
    when = dt.datetime(2026, 3, 8, 20, 0, 30, 500)
    post_id = create_draft(store, accounts["douyin"], "女神节选题", scheduled_at=when)
    with store.reading() as session:
        post = session.get(Post, post_id)
        assert post is not None
        assert (post.status, post.format, post.title_key) == (PostStatus.drafting, PostFormat.video, "女神节选题")
        assert post.scheduled_at == dt.datetime(2026, 3, 8, 20, 0, 30)
        assert len(session.exec(select(PostRevision).where(PostRevision.post_id == post_id)).all()) == 1
    on_day = posts_between(store, dt.date(2026, 3, 8), dt.date(2026, 3, 8))
    assert [p.id for p in on_day] == [post_id]
    assert posts_between(store, dt.date(2026, 3, 8), dt.date(2026, 3, 8), ["wechat"]) == []


def test_create_draft_refuses_a_competitor_account(store: Store, accounts: dict[str, int]) -> None:
    with pytest.raises(DraftError):
        create_draft(store, accounts["rival"], "不该有")
    with store.reading() as session:
        assert session.exec(select(Post)).all() == []
