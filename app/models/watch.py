"""Brand and public-opinion watch (舆情): keywords, mentions and their alerts, reply templates."""

from __future__ import annotations

from enum import StrEnum

from pydantic import NaiveDatetime
from sqlmodel import Field, SQLModel

from app.models.base import JSON, now


class WatchKind(StrEnum):
    brand = "brand"
    product = "product"
    person = "person"
    negative = "negative"


class WatchKeyword(SQLModel, table=True):
    __tablename__ = "watch_keyword"

    id: int | None = Field(default=None, primary_key=True)
    term: str = Field(unique=True)
    kind: WatchKind = WatchKind.brand
    enabled: bool = True


class Sentiment(StrEnum):
    negative = "negative"
    neutral = "neutral"
    positive = "positive"


class AlertStatus(StrEnum):
    new = "new"
    responding = "responding"
    resolved = "resolved"


class Mention(SQLModel, table=True):
    """A comment, feedback or pasted text that names a watched term; negative ones become alerts."""

    id: int | None = Field(default=None, primary_key=True)
    source: str = "comment"
    platform: str | None = None
    post_id: int | None = Field(default=None, foreign_key="post.id", ondelete="SET NULL")
    feedback_id: int | None = Field(default=None, foreign_key="feedback.id", ondelete="SET NULL")
    author: str | None = None
    text: str
    terms: list[str] = Field(default_factory=list, sa_type=JSON)
    sentiment: Sentiment = Sentiment.neutral
    is_alert: bool = Field(default=False, index=True)
    alert_status: AlertStatus | None = None
    first_response_at: NaiveDatetime | None = None
    response: str | None = None
    mentioned_at: NaiveDatetime = Field(default_factory=now, index=True)
    import_batch_id: int | None = Field(default=None, foreign_key="import_batch.id", ondelete="SET NULL")


class ReplyTemplate(SQLModel, table=True):
    __tablename__ = "reply_template"

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(unique=True)
    body: str
