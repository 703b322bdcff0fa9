"""The operator's own words on a month (月度复盘) and the lessons that build the ops manual."""

from __future__ import annotations

from enum import StrEnum

from pydantic import NaiveDatetime
from sqlmodel import Field, SQLModel

from app.models.base import JSON, now


class LessonKind(StrEnum):
    success = "success"
    failure = "failure"


class LessonArea(StrEnum):
    content = "content"
    users = "users"
    campaigns = "campaigns"
    channels = "channels"
    data = "data"


class Lesson(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    month: str = Field(index=True, max_length=7)
    kind: LessonKind = LessonKind.success
    area: LessonArea = Field(default=LessonArea.content, index=True)
    title: str
    evidence: str | None = None
    detail: str | None = None
    campaign_id: int | None = Field(default=None, foreign_key="campaign.id", ondelete="SET NULL")
    created_at: NaiveDatetime = Field(default_factory=now)
    #: Where the lesson applies, so it comes back when the operator works there again: a platform
    #: code, a promotion tool, a campaign type and keywords shared with topics.
    platform: str | None = None
    tool: str | None = None
    campaign_type: str | None = None
    keywords: list[str] = Field(default_factory=list, sa_type=JSON)
    #: "keep doing" lessons feed next month's topic slate.
    keep_doing: bool = False
    #: What it was recorded from: "review", "finding", "campaign", "promotion" (None: typed in the
    #: manual); `source_id` the row's id, `source_ref` a finding code or review part.
    source_kind: str | None = None
    source_id: int | None = None
    source_ref: str | None = None


class MonthlyReview(SQLModel, table=True):
    __tablename__ = "monthly_review"

    id: int | None = Field(default=None, primary_key=True)
    month: str = Field(unique=True, max_length=7)
    highlights: str | None = None
    problems: str | None = None
    next_changes: str | None = None
    notes: str | None = None
    updated_at: NaiveDatetime = Field(default_factory=now)
