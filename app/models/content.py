"""Topics, posts (draft to published), their revisions and metric snapshots."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Any

import sqlalchemy as sa
from pydantic import NaiveDatetime
from sqlmodel import Field, SQLModel

from app.models.base import JSON, TimestampedModel, now, partial_index


class TopicSource(StrEnum):
    hot_date = "hot_date"
    user_need = "user_need"
    product = "product"
    competitor = "competitor"
    other = "other"


class TopicStatus(StrEnum):
    idea = "idea"
    planned = "planned"
    in_production = "in_production"
    published = "published"
    shelved = "shelved"


class Priority(StrEnum):
    high = "high"
    medium = "medium"
    low = "low"


class Topic(TimestampedModel, table=True):
    """An idea in the topic library (选题库), scored 1–5 on timeliness, value and conversion."""

    id: int | None = Field(default=None, primary_key=True)
    title: str
    title_key: str = Field(default="", index=True)
    description: str | None = None
    source: TopicSource = Field(default=TopicSource.other, index=True)
    hot_date_id: int | None = Field(default=None, foreign_key="hot_date.id", ondelete="SET NULL")
    tags: list[str] = Field(default_factory=list, sa_type=JSON)
    platforms: list[str] = Field(default_factory=list, sa_type=JSON)
    target_month: str | None = Field(default=None, index=True, max_length=7)
    due_date: dt.date | None = None
    score_timeliness: int = Field(default=3, ge=1, le=5)
    score_value: int = Field(default=3, ge=1, le=5)
    score_conversion: int = Field(default=3, ge=1, le=5)
    priority_override: Priority | None = None
    status: TopicStatus = Field(default=TopicStatus.idea, index=True)
    plan_rank: int | None = None
    #: Raised by every save, so a save from a stale copy is noticed instead of overwriting (team store).
    version: int = Field(default=1, sa_column_kwargs={"server_default": "1"})
    #: Which scores the operator typed ("timeliness", "value", "conversion"): those are never
    #: replaced by proposed ones; the others refresh as dates pass and results come in.
    scores_manual: list[str] = Field(default_factory=list, sa_type=JSON)
    #: One line per proposed score saying what it rests on: {"timeliness": "…", …}.
    score_reasons: dict[str, str] = Field(default_factory=dict, sa_type=JSON)
    #: The words people search on a platform for this topic (小红书 keyword check), apart from tags.
    search_keywords: list[str] = Field(default_factory=list, sa_type=JSON)
    #: Why a month plan proposed it (reuse, need, hot_date, competitor_gap, lesson, carry_over) and the
    #: rows it came from: [{"kind": "post", "id": 12}, …].
    plan_reason: str | None = None
    plan_sources: list[dict[str, Any]] = Field(default_factory=list, sa_type=JSON)


class PostFormat(StrEnum):
    article = "article"
    video = "video"
    image = "image"
    live = "live"
    other = "other"


class PostStatus(StrEnum):
    drafting = "drafting"
    internal_review = "internal_review"
    small_test = "small_test"
    revising = "revising"
    scheduled = "scheduled"
    published = "published"


class Post(TimestampedModel, table=True):
    """One piece of content on one platform, from first draft to published and measured."""

    # ix_post_account_published also finds an account's posts. A post without a topic or a schedule
    # (every imported one) is left out of those two indexes, and a published one (every imported one)
    # out of the status index: imports write less, and lookups by topic or schedule only ever ask
    # for set values, the drafts list and the day's reminders for unpublished posts.
    __table_args__ = (
        sa.UniqueConstraint("account_id", "external_id"),
        sa.Index("ix_post_account_published", "account_id", "published_at"),
        partial_index("ix_post_topic_id", "topic_id", "topic_id IS NOT NULL"),
        partial_index("ix_post_scheduled_at", "scheduled_at", "scheduled_at IS NOT NULL"),
        partial_index("ix_post_status", "status", "status != 'published'"),
    )

    id: int | None = Field(default=None, primary_key=True)
    account_id: int = Field(foreign_key="account.id", ondelete="CASCADE")
    topic_id: int | None = Field(default=None, foreign_key="topic.id", ondelete="SET NULL")
    title: str = ""
    title_key: str = ""  # not indexed: no query looks a post up by it (migration 0009)
    format: PostFormat = Field(default=PostFormat.article)
    status: PostStatus = Field(default=PostStatus.drafting)
    scheduled_at: NaiveDatetime | None = None
    published_at: NaiveDatetime | None = Field(default=None, index=True)
    external_id: str | None = None
    url: str | None = None
    # The draft, shaped per platform (DESIGN §2 Produce); unused fields stay empty.
    author: str | None = None
    digest: str | None = None
    body: str | None = None
    hook: str | None = None
    scenes: list[str] = Field(default_factory=list, sa_type=JSON)
    caption: str | None = None
    hashtags: list[str] = Field(default_factory=list, sa_type=JSON)
    cover_text: str | None = None
    pain_point: str | None = None
    method: str | None = None
    cta: str | None = None
    visual_style: str | None = None
    main_channel: str | None = None
    aux_channels: list[str] = Field(default_factory=list, sa_type=JSON)
    review: dict[str, Any] = Field(default_factory=dict, sa_type=JSON)
    test_feedback: str | None = None
    version: int = Field(default=1, sa_column_kwargs={"server_default": "1"})
    import_batch_id: int | None = Field(default=None, foreign_key="import_batch.id", ondelete="SET NULL")


class PostRevision(SQLModel, table=True):
    """A saved state of a draft, so any earlier wording can be compared and restored."""

    __tablename__ = "post_revision"

    id: int | None = Field(default=None, primary_key=True)
    post_id: int = Field(foreign_key="post.id", ondelete="CASCADE", index=True)
    saved_at: NaiveDatetime = Field(default_factory=now)
    status: PostStatus | None = None
    title: str = ""
    body: str | None = None
    fields: dict[str, Any] = Field(default_factory=dict, sa_type=JSON)
    note: str | None = None
    saved_by: str | None = None


class PostMetrics(SQLModel, table=True):
    """A post's cumulative numbers as captured on one date (DESIGN §4.1: rates 0–1, seconds, yuan)."""

    __tablename__ = "post_metrics"
    # The unique pair also finds a post's snapshots; no query asks for a date across posts.
    __table_args__ = (sa.UniqueConstraint("post_id", "captured_on"),)

    id: int | None = Field(default=None, primary_key=True)
    post_id: int = Field(foreign_key="post.id", ondelete="CASCADE")
    captured_on: dt.date
    views: int | None = None
    readers: int | None = None
    exposures: int | None = None
    likes: int | None = None
    comments: int | None = None
    shares: int | None = None
    saves: int | None = None
    wows: int | None = None
    follows_gained: int | None = None
    completion_rate: float | None = None
    completion_5s: float | None = None
    bounce_2s: float | None = None
    avg_watch_seconds: float | None = None
    cover_ctr: float | None = None
    profile_visits: int | None = None
    delivered: int | None = None
    product_clicks: int | None = None
    conversions: int | None = None
    revenue: float | None = None
    #: A live session's own numbers (format live): unique viewers beside views (人次), online counts,
    #: product exposures and how long it ran.
    viewers: int | None = None
    peak_online: int | None = None
    avg_online: float | None = None
    product_exposures: int | None = None
    duration_seconds: float | None = None
    #: Names of the columns whose value was a capped figure such as "10w+" (a lower bound).
    capped: list[str] | None = Field(default=None, sa_type=JSON)
    extra: dict[str, Any] | None = Field(default=None, sa_type=JSON)
    import_batch_id: int | None = Field(default=None, foreign_key="import_batch.id", ondelete="SET NULL")


class Conversion(SQLModel, table=True):
    """Leads, orders and sales attributed to a post or channel: platform exports carry none of these."""

    id: int | None = Field(default=None, primary_key=True)
    day: dt.date = Field(index=True)
    platform: str | None = None
    post_id: int | None = Field(default=None, foreign_key="post.id", ondelete="SET NULL", index=True)
    content_ref: str | None = None
    channel: str | None = None
    leads: int | None = None
    orders: int | None = None
    revenue: float | None = None
    #: Product or link clicks (商品点击): tells a weak link to the product from a poor landing page.
    clicks: int | None = None
    import_batch_id: int | None = Field(default=None, foreign_key="import_batch.id", ondelete="CASCADE")
