"""Action items (行动项): the changes a review decided to make next month, where the work happens.

The month plan (`plan --accept`) writes `action_item` rows: for month M, from the review of M−1,
each with its platform, text, where it applies (drafts, promotions, campaigns, calendar), a due
date, and the metric it aims at with where that stood (`baseline`). Here they are listed, shown
as reminders where they apply (`open_actions`: the draft editor of that platform, the calendar,
beside a new promotion or campaign), ticked done or undone, and recapped for the review of M once
M is over (`recap`: done or not, the metric before and after — e.g. the 抖音 completion-rate median).

A metric is either a goal metric (followers_gained, views, posts_published, conversions, revenue:
the month's total of the platform's own accounts, as the goals count it) or a post metric of the
metric dictionary (its median over the platform's posts of the month, each at the comparison age
the diagnosis uses); `plan.month_metric` computes both the plan's baseline and the recap's "after".
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from sqlmodel import select

from app import clock
from app.i18n import QT_TRANSLATE_NOOP, Translate, UserError, untranslated
from app.models import GoalMetric
from app.models.base import now
from app.models.planning import ActionItem
from app.models.vocabulary import Month, label, platform_name
from app.services.metrics import POST_METRIC_KEYS, Unit, metric

if TYPE_CHECKING:
    from app.store import Store

#: Where an action item can show.
PLACES = ("drafts", "promotions", "campaigns", "calendar")
ALL_PLATFORMS = QT_TRANSLATE_NOOP("actions", "全平台")
MEDIAN = QT_TRANSLATE_NOOP("actions", "{metric}中位数")


class ActionError(UserError):
    pass


def _goal_metrics() -> set[str]:
    return {m.value for m in GoalMetric}


def metric_label(key: str | None, translate: Translate = untranslated) -> str | None:
    """"涨粉" for a goal metric, "完播率中位数" for a post metric; None when there is none."""
    if not key:
        return None
    if key in _goal_metrics():
        return label("goal_metric", key, translate)
    if key in POST_METRIC_KEYS:
        return translate("actions", MEDIAN).format(metric=translate("metrics", metric(key).name))
    return key


def metric_kind(key: str | None) -> str:
    """How the review formats the value: "rate", "money" or "count"."""
    if key == GoalMetric.revenue:
        return "money"
    if key in POST_METRIC_KEYS:
        unit = metric(key).unit
        return "rate" if unit == Unit.rate else "money" if unit == Unit.yuan else "count"
    return "count"


def _row(item: ActionItem, translate: Translate) -> dict[str, Any]:
    out = item.model_dump(exclude={"created_at", "updated_at"})
    out["platform_name"] = (platform_name(item.platform, translate) if item.platform
                            else translate("actions", ALL_PLATFORMS))
    out["metric_label"] = metric_label(item.metric, translate)
    out["metric_kind"] = metric_kind(item.metric)
    return out


def action_items(store: Store, month: str | None = None, *,
                 translate: Translate = untranslated) -> list[dict[str, Any]]:
    """The action items of `month` (all months when None), by month, then due date and id."""
    query = select(ActionItem)
    if month is not None:
        query = query.where(ActionItem.month == str(Month.parse(month, ActionError)))
    with store.reading() as session:
        items = session.exec(query).all()
        rows = [_row(i, translate) for i in items]
    rows.sort(key=lambda r: (r["month"], r["due_date"] or dt.date.max, r["id"]))
    return rows


def open_actions(store: Store, place: str, platform: str | None = None, *, today: dt.date | None = None,
                 translate: Translate = untranslated) -> list[dict[str, Any]]:
    """The not-done items of this month that show at `place` (one of `PLACES`): for `platform`,
    those of that platform and those for every platform; without a platform, all of them."""
    if place not in PLACES:
        raise ValueError(f"unknown place {place!r}")
    month = str(Month.of(today or clock.today()))
    return [r for r in action_items(store, month, translate=translate)
            if not r["done"] and (not r["applies_to"] or place in r["applies_to"])
            and (platform is None or r["platform"] in (None, platform))]


def set_done(store: Store, item_id: int, done: bool = True) -> dict[str, Any]:
    """Tick an item done (with the time) or take the tick back; returns the item."""
    with store.writing() as session:
        item = session.get(ActionItem, item_id)
        if item is None:
            raise ActionError(QT_TRANSLATE_NOOP("actions", "行动项 {id} 不存在。"), id=item_id)
        if item.done != done:
            session.change(item, {"done": done, "done_at": now().replace(microsecond=0) if done else None})
        return _row(item, untranslated)


def recap(store: Store, month: str, *, as_of: dt.date | None = None,
          translate: Translate = untranslated) -> list[dict[str, Any]]:
    """上月行动项回顾 of the review of `month`: each item planned for it, done or not, with its
    metric before (`baseline`) and after (`after`: the metric in `month` from snapshots up to the
    review's `as_of`, counted as the plan counted the baseline — `plan.month_metric`) and the change."""
    from app.services.plan import month_metric

    rows = action_items(store, month, translate=translate)
    for row in rows:
        row["after"] = (month_metric(store, month, row["platform"], row["metric"], as_of=as_of)
                        if row["metric"] else None)
        row["change"] = (None if row["after"] is None or row["baseline"] is None
                         else row["after"] - row["baseline"])
    return rows
