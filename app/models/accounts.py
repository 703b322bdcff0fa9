"""Accounts (own and competitors'), their daily numbers and competitor profiles."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Any

import sqlalchemy as sa
from pydantic import NaiveDatetime
from sqlmodel import Field, SQLModel

from app.models.base import JSON, Platform, TimestampedModel, now


class Account(TimestampedModel, table=True):
    """One account on one platform; `is_own` false for a benchmark (competitor) account."""

    __table_args__ = (sa.UniqueConstraint("platform", "name"),)

    id: int | None = Field(default=None, primary_key=True)
    platform: Platform = Field(index=True)
    name: str
    is_own: bool = Field(default=True, index=True)
    #: Archived accounts keep their data but leave the pickers and own-account lists.
    archived: bool = Field(default=False, sa_column_kwargs={"server_default": sa.false()})
    handle: str | None = None
    url: str | None = None
    notes: str | None = None


class AccountDaily(SQLModel, table=True):
    """An account's followers and daily totals on one day; imports replace a day, never double it."""

    __tablename__ = "account_daily"
    __table_args__ = (sa.UniqueConstraint("account_id", "day"),)

    id: int | None = Field(default=None, primary_key=True)
    account_id: int = Field(foreign_key="account.id", ondelete="CASCADE", index=True)
    day: dt.date = Field(index=True)
    followers_total: int | None = None
    new_follows: int | None = None
    unfollows: int | None = None
    net_follows: int | None = None
    views: int | None = None
    readers: int | None = None
    exposures: int | None = None
    likes: int | None = None
    comments: int | None = None
    shares: int | None = None
    saves: int | None = None
    profile_visits: int | None = None
    posts_published: int | None = None
    extra: dict[str, Any] | None = Field(default=None, sa_type=JSON)
    import_batch_id: int | None = Field(default=None, foreign_key="import_batch.id", ondelete="SET NULL")


class TrafficSource(StrEnum):
    organic = "organic"
    paid = "paid"
    mixed = "mixed"


class Competitor(SQLModel, table=True):
    """What a benchmark account does and what to learn from it; its followers live in account_daily."""

    id: int | None = Field(default=None, primary_key=True)
    account_id: int = Field(foreign_key="account.id", ondelete="CASCADE", unique=True)
    content_types: str | None = None
    update_frequency: str | None = None
    interaction_style: str | None = None
    traffic_source: TrafficSource | None = None
    strengths: str | None = None
    reuse: str | None = None
    gaps: str | None = None
    notes: str | None = None
    updated_at: NaiveDatetime = Field(default_factory=now)
