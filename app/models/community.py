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
    #: From a 企业微信 客户列表: who added the customer (添加人, 添加人账号), when, and how (来源).
    #: The list has no customer id: (nickname, owner_account, added_at) is the customer.
    owner: str | None = None
    owner_account: str | None = None
    added_at: NaiveDatetime | None = None
    source: str | None = None
    #: Personal data, stored only when the setting allows it and masked in lists and exports.
    phone: str | None = None
    email: str | None = None
    #: The first export date a full list no longer held this customer (marked, never deleted).
    missing_since: dt.date | None = None
    import_batch_id: int | None = Field(default=None, foreign_key="import_batch.id", ondelete="SET NULL")


class CommunityDaily(SQLModel, table=True):
    """One staff member's day in 企业微信 (客户联系统计 + 群聊数据统计 merged): how alive the
    customer chats and groups were."""

    __tablename__ = "community_daily"
    __table_args__ = (sa.UniqueConstraint("day", "staff"),)

    id: int | None = Field(default=None, primary_key=True)
    day: dt.date = Field(index=True)
    staff: str
    department: str | None = None
    community_id: int | None = Field(default=None, foreign_key="community.id", ondelete="SET NULL")
    requests_sent: int | None = None
    new_customers: int | None = None
    chats: int | None = None
    messages_sent: int | None = None
    reply_share: float | None = None
    first_reply_minutes: float | None = None
    lost_customers: int | None = None
    groups: int | None = None
    new_groups: int | None = None
    active_groups: int | None = None
    group_members: int | None = None
    new_group_members: int | None = None
    active_group_members: int | None = None
    group_messages: int | None = None
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
