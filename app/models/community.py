"""Communities (社群), members, segments and the feedback log."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Any

import sqlalchemy as sa
from pydantic import NaiveDatetime
from sqlmodel import Field, SQLModel

from app.models.base import JSON, TimestampedModel, now


class Community(TimestampedModel, table=True):
    """A group the operator runs; `rituals` are recurring events shown on the calendar."""

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(unique=True)
    channel: str = "wechat_group"
    platform: str | None = None
    theme: str | None = None
    owner: str | None = None
    size_entered: int | None = None
    #: [{"title": "案例拆解直播", "weekday": 2, "time": "20:00", "minutes": 60}], weekday 0 = Monday.
    rituals: list[dict[str, Any]] = Field(default_factory=list, sa_type=JSON)
    archived: bool = False
    notes: str | None = None


class Segment(StrEnum):
    core = "core"
    potential = "potential"
    churned = "churned"
    new = "new"


class Member(SQLModel, table=True):
    """One person in the operator's audience; `segment` is recomputed by the segmentation service."""

    __table_args__ = (
        sa.UniqueConstraint("platform", "external_id"),
        sa.Index("ix_member_nickname_community", "nickname", "community_id"),
    )

    id: int | None = Field(default=None, primary_key=True)
    platform: str | None = Field(default=None, index=True)
    external_id: str | None = None
    nickname: str
    community_id: int | None = Field(default=None, foreign_key="community.id", ondelete="SET NULL", index=True)
    segment: Segment | None = Field(default=None, index=True)
    region: str | None = Field(default=None, index=True)
    gender: str | None = None
    first_seen: dt.date | None = None
    last_active: dt.date | None = Field(default=None, index=True)
    active_days_30: int | None = None
    browse_minutes_30: float | None = None
    active_hour: int | None = None
    purchases: int | None = None
    spend: float | None = None
    tags: str | None = None
    notes: str | None = None
    import_batch_id: int | None = Field(default=None, foreign_key="import_batch.id", ondelete="SET NULL")


class SegmentSnapshot(SQLModel, table=True):
    """Segment sizes at a month's end, so churn and movement between segments can be shown."""

    __tablename__ = "segment_snapshot"
    __table_args__ = (sa.UniqueConstraint("month", "segment"),)

    id: int | None = Field(default=None, primary_key=True)
    month: str = Field(max_length=7)
    segment: Segment
    members: int


class FeedbackSource(StrEnum):
    dm = "dm"
    group = "group"
    survey = "survey"
    comment = "comment"
    other = "other"


class FeedbackCategory(StrEnum):
    content = "content"
    product = "product"
    service = "service"
    other = "other"


class FeedbackStatus(StrEnum):
    new = "new"
    planned = "planned"
    done = "done"
    wont_do = "wont_do"


class Feedback(SQLModel, table=True):
    """What a user said (DM, group chat, survey, comment); a need can become a topic."""

    id: int | None = Field(default=None, primary_key=True)
    source: FeedbackSource = FeedbackSource.other
    text: str
    member_id: int | None = Field(default=None, foreign_key="member.id", ondelete="SET NULL", index=True)
    category: FeedbackCategory = FeedbackCategory.content
    status: FeedbackStatus = Field(default=FeedbackStatus.new, index=True)
    tags: list[str] = Field(default_factory=list, sa_type=JSON)
    topic_id: int | None = Field(default=None, foreign_key="topic.id", ondelete="SET NULL")
    received_at: NaiveDatetime = Field(default_factory=now, index=True)
    #: Where an imported comment came from: {"platform", "content_ref", "post_id", "user"}.
    extra: dict[str, Any] | None = Field(default=None, sa_type=JSON)
    import_batch_id: int | None = Field(default=None, foreign_key="import_batch.id", ondelete="SET NULL")
