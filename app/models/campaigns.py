"""Campaigns (活动) with their daily numbers and tasks, paid promotions and collaborations."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

import sqlalchemy as sa
from pydantic import NaiveDatetime
from sqlmodel import Field, SQLModel

from app.models.base import JSON, TimestampedModel


class CampaignType(StrEnum):
    referral = "referral"
    checkin = "checkin"
    interactive = "interactive"
    live = "live"
    other = "other"


class CampaignGoal(StrEnum):
    followers = "followers"
    conversion = "conversion"
    reach = "reach"


class CampaignStatus(StrEnum):
    planning = "planning"
    warmup = "warmup"
    live = "live"
    finished = "finished"
    reviewed = "reviewed"


class Campaign(TimestampedModel, table=True):
    """A campaign from plan to post-mortem; the warm-up starts `warmup_days` before `start_day`."""

    id: int | None = Field(default=None, primary_key=True)
    name: str
    type: CampaignType = CampaignType.other
    occasion: str | None = None
    hot_date_id: int | None = Field(default=None, foreign_key="hot_date.id", ondelete="SET NULL")
    goal_type: CampaignGoal = CampaignGoal.followers
    target_participants: int | None = None
    target_followers: int | None = None
    target_conversions: int | None = None
    target_reach: int | None = None
    target_revenue: float | None = None
    rules: str | None = None
    prizes: str | None = None
    budget: float | None = None
    channels: list[str] = Field(default_factory=list, sa_type=JSON)
    warmup_days: int = 3
    start_day: dt.date = Field(index=True)
    end_day: dt.date
    status: CampaignStatus = Field(default=CampaignStatus.planning, index=True)
    result_feedback: str | None = None
    result_problems: str | None = None
    notes: str | None = None
    version: int = Field(default=1, sa_column_kwargs={"server_default": "1"})


class CampaignDaily(SQLModel, table=True):
    """One day of a campaign's live numbers, entered or imported."""

    __tablename__ = "campaign_daily"
    __table_args__ = (sa.UniqueConstraint("campaign_id", "day"),)

    id: int | None = Field(default=None, primary_key=True)
    campaign_id: int = Field(foreign_key="campaign.id", ondelete="CASCADE", index=True)
    day: dt.date
    participants: int | None = None
    shares: int | None = None
    new_followers: int | None = None
    conversions: int | None = None
    cost: float | None = None
    revenue: float | None = None
    import_batch_id: int | None = Field(default=None, foreign_key="import_batch.id", ondelete="SET NULL")


class CampaignTask(SQLModel, table=True):
    """A to-do of a campaign (poster, landing page, prize purchase, push copy)."""

    __tablename__ = "campaign_task"

    id: int | None = Field(default=None, primary_key=True)
    campaign_id: int = Field(foreign_key="campaign.id", ondelete="CASCADE", index=True)
    title: str
    owner: str | None = None
    due_date: dt.date | None = None
    done: bool = False


class PromotionTool(StrEnum):
    dou_plus = "dou_plus"
    guangdiantong = "guangdiantong"
    shutiao = "shutiao"
    fensitong = "fensitong"
    other = "other"


class PromotionObjective(StrEnum):
    followers = "followers"
    engagement = "engagement"
    conversion = "conversion"


class Promotion(TimestampedModel, table=True):
    """A paid boost (Dou+, 广点通, 薯条, 粉丝通 …); ratios are derived, never stored."""

    id: int | None = Field(default=None, primary_key=True)
    name: str | None = None
    post_id: int | None = Field(default=None, foreign_key="post.id", ondelete="SET NULL", index=True)
    account_id: int | None = Field(default=None, foreign_key="account.id", ondelete="SET NULL")
    campaign_id: int | None = Field(default=None, foreign_key="campaign.id", ondelete="SET NULL")
    tool: PromotionTool = PromotionTool.other
    objective: PromotionObjective = PromotionObjective.conversion
    audience_age: str | None = None
    audience_gender: str | None = None
    audience_regions: str | None = None
    audience_interests: str | None = None
    start_at: NaiveDatetime | None = Field(default=None, index=True)
    hours: float | None = None
    budget: float | None = None
    spend: float | None = None
    impressions: int | None = None
    clicks: int | None = None
    follows_gained: int | None = None
    conversions: int | None = None
    revenue: float | None = None
    notes: str | None = None
    import_batch_id: int | None = Field(default=None, foreign_key="import_batch.id", ondelete="SET NULL")


class PartnerKind(StrEnum):
    kol = "kol"
    brand = "brand"
    institution = "institution"


class CollaborationKind(StrEnum):
    cross_promotion = "cross_promotion"
    live_cohost = "live_cohost"
    resource_swap = "resource_swap"
    other = "other"


class Collaboration(TimestampedModel, table=True):
    """Work with a KOL, brand or institution, and what it brought."""

    id: int | None = Field(default=None, primary_key=True)
    partner: str
    partner_kind: PartnerKind = PartnerKind.kol
    platform: str | None = None
    kind: CollaborationKind = CollaborationKind.cross_promotion
    day: dt.date | None = None
    cost: float | None = None
    new_followers: int | None = None
    conversions: int | None = None
    notes: str | None = None
