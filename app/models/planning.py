"""Goals (monthly KPIs per platform) and hot dates (热点日历)."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

import sqlalchemy as sa
from sqlmodel import Field, SQLModel


class GoalMetric(StrEnum):
    followers_gained = "followers_gained"
    views = "views"
    posts_published = "posts_published"
    conversions = "conversions"
    revenue = "revenue"


class Goal(SQLModel, table=True):
    """A month's target for one metric, for one account or (account_id NULL) for all of them."""

    __table_args__ = (sa.UniqueConstraint("month", "account_id", "metric"),)

    id: int | None = Field(default=None, primary_key=True)
    month: str = Field(index=True, max_length=7)
    account_id: int | None = Field(default=None, foreign_key="account.id", ondelete="CASCADE")
    metric: GoalMetric
    target: float
    notes: str | None = None


class HotDateKind(StrEnum):
    holiday = "holiday"
    festival = "festival"
    solar_term = "solar_term"
    shopping = "shopping"
    season = "season"
    industry = "industry"
    own = "own"


class HotDate(SQLModel, table=True):
    """A date worth riding: the operator's own and edited ones (generated ones come from libraries)."""

    __tablename__ = "hot_date"

    id: int | None = Field(default=None, primary_key=True)
    day: dt.date = Field(index=True)
    end_day: dt.date | None = None
    name: str
    kind: HotDateKind = Field(default=HotDateKind.own)
    lead_days: int = 7
    notes: str | None = None
    yearly: bool = False  # repeats every year on the same month-day (29 Feb → 28 Feb in other years)
