"""Goals (monthly KPIs per platform) and hot dates (热点日历)."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Any

import sqlalchemy as sa
from pydantic import NaiveDatetime
from sqlmodel import Field, SQLModel

from app.models.base import JSON, TimestampedModel, now


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
    #: What a proposed goal rests on (the months' actuals, trend, last year, dates in the month).
    basis: dict[str, Any] | None = Field(default=None, sa_type=JSON)
    version: int = Field(default=1, sa_column_kwargs={"server_default": "1"})
    updated_by: str | None = None


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


class ActionItem(TimestampedModel, table=True):
    """A change to make next month (行动项), from a review's findings or its "下月怎么改" notes.

    `month` is when it applies; `metric`/`baseline` say what it aims at and where that stood, so the
    next review can show the metric before and after.
    """

    __tablename__ = "action_item"

    id: int | None = Field(default=None, primary_key=True)
    month: str = Field(index=True, max_length=7)
    review_month: str | None = Field(default=None, max_length=7)
    platform: str | None = None
    text: str
    #: Where it shows: any of "drafts", "promotions", "campaigns", "calendar".
    applies_to: list[str] = Field(default_factory=list, sa_type=JSON)
    due_date: dt.date | None = None
    metric: str | None = None
    baseline: float | None = None
    #: "finding" (a diagnosis finding, `source_ref` its code) or "review" (the review's notes).
    source_kind: str = "review"
    source_ref: str | None = None
    done: bool = False
    done_at: NaiveDatetime | None = None


class MonthPlan(SQLModel, table=True):
    """An accepted month plan and the rows it wrote, so accepting twice writes nothing new and the
    plan can be taken back exactly."""

    __tablename__ = "month_plan"

    id: int | None = Field(default=None, primary_key=True)
    month: str = Field(unique=True, max_length=7)
    accepted_at: NaiveDatetime = Field(default_factory=now)
    #: {"goal": [ids], "topic": [ids], "action_item": [ids]} created by the accept.
    written: dict[str, list[int]] = Field(default_factory=dict, sa_type=JSON)
