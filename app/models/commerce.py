"""Shop orders (抖店) and surveys (问卷星): the files beside the content exports."""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from pydantic import NaiveDatetime
from sqlmodel import Field, SQLModel

from app.models.base import JSON, TimestampedModel


class ShopOrder(TimestampedModel, table=True):
    """One 子订单 of a shop export; a newer export updates its status and 售后状态.

    `valid` (not cancelled or closed, not refunded) decides whether it counts as a conversion;
    `post_id` is the content it is attributed to, an estimate (估算) from `attribution`.
    """

    __tablename__ = "shop_order"

    id: int | None = Field(default=None, primary_key=True)
    sub_order_id: str = Field(unique=True)
    order_id: str = Field(index=True)
    product: str | None = None
    product_id: str | None = None
    quantity: int | None = None
    amount: float | None = None
    submitted_at: NaiveDatetime | None = None
    paid_at: NaiveDatetime | None = Field(default=None, index=True)
    finished_at: NaiveDatetime | None = None
    status: str | None = None
    after_sale: str | None = None
    cancel_reason: str | None = None
    traffic_source: str | None = None
    traffic_kind: str | None = None
    traffic_type: str | None = None
    creator_id: str | None = None
    creator_name: str | None = None
    province: str | None = None
    city: str | None = None
    valid: bool = True
    account_id: int | None = Field(default=None, foreign_key="account.id", ondelete="SET NULL", index=True)
    post_id: int | None = Field(default=None, foreign_key="post.id", ondelete="SET NULL", index=True)
    #: How `post_id` was found: "live" (the session covering the order time) or "video" (the
    #: account's latest video within the window).
    attribution: str | None = None
    extra: dict[str, Any] | None = Field(default=None, sa_type=JSON)
    import_batch_id: int | None = Field(default=None, foreign_key="import_batch.id", ondelete="SET NULL")


class Survey(TimestampedModel, table=True):
    """A questionnaire (问卷星) whose answers were imported; the title comes from the file name.

    `questions`: [{"no": 3, "text": "性别", "kind": "single" | "multi" | "text" | …, "options": [...],
    "role": "gender" | "age" | "region" | "occupation" | None}].
    """

    id: int | None = Field(default=None, primary_key=True)
    title: str
    questions: list[dict[str, Any]] = Field(default_factory=list, sa_type=JSON)
    import_batch_id: int | None = Field(default=None, foreign_key="import_batch.id", ondelete="SET NULL")


class SurveyResponse(SQLModel, table=True):
    """One submitted answer sheet; `answers` maps a question number to its value (a list for
    multi-select, None when skipped)."""

    __tablename__ = "survey_response"
    __table_args__ = (sa.UniqueConstraint("survey_id", "seq"),)

    id: int | None = Field(default=None, primary_key=True)
    survey_id: int = Field(foreign_key="survey.id", ondelete="CASCADE", index=True)
    seq: int
    submitted_at: NaiveDatetime | None = None
    duration_seconds: int | None = None
    channel: str | None = None
    region: str | None = None
    answers: dict[str, Any] = Field(default_factory=dict, sa_type=JSON)
    import_batch_id: int | None = Field(default=None, foreign_key="import_batch.id", ondelete="SET NULL")
