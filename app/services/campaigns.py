"""Campaigns (活动运营): plan from a type template, timeline and tasks, live numbers, post-mortem.

A campaign's results are the sums of its daily numbers (`campaign_daily`); ratios are derived,
never stored, and are None when their divisor is 0 or missing:
share rate = shares ÷ participants, participants vs target = participants ÷ target, ROI = revenue ÷
cost (only where some revenue was recorded), cost per follower = cost ÷ new followers.

Mid-campaign the cumulative participants are compared with the pro-rata target (target × days
gone ÷ campaign days); below `below_plan_ratio` (setting `campaigns.thresholds`, default 0.8) the
operator is told to simplify the rules. Lessons of a post-mortem go to the `lesson` table (area
campaigns), which the printable 活动优化指南 collects across campaigns.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from collections.abc import Sequence
from functools import cache
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa
from sqlmodel import select

from app import clock
from app.i18n import QT_TRANSLATE_NOOP, Translate, UserError, untranslated
from app.models.base import now
from app.models.campaigns import (
    Campaign,
    CampaignDaily,
    CampaignGoal,
    CampaignStatus,
    CampaignTask,
    CampaignType,
)
from app.models.review import Lesson, LessonArea, LessonKind
from app.models.vocabulary import label, platform_name
from app.resources import resource_path
from app.services.metrics import safe_ratio
from app.services.promotions import money
from app.services.records import checked_fields, delete_record, required_text, save_record
from app.store.db import upsert

if TYPE_CHECKING:
    from app.store import Store

SETTING_KEY = "campaigns.thresholds"
DEFAULT_THRESHOLDS: dict[str, float] = {"below_plan_ratio": 0.8, "rules_max_chars": 60}

RULES_TOO_LONG = QT_TRANSLATE_NOOP(
    "campaigns", "规则有 {n} 个字，超过 {limit} 字用户就懒得看了。尽量一句话说清：做什么、得什么。")
BELOW_PLAN = QT_TRANSLATE_NOOP(
    "campaigns",
    "活动已进行 {day} 天（共 {days} 天），累计参与 {actual} 人，只有计划进度（{expected} 人）的 {pct}%。"
    "建议简化规则：减少步骤、降低门槛（如邀请 3 人改成 1 人），奖品写得更直接。")
TASK_OVERDUE = QT_TRANSLATE_NOOP("campaigns", "「{title}」已过期 {days} 天（{owner}，截止 {due}）")
NO_OWNER = QT_TRANSLATE_NOOP("campaigns", "未指定负责人")

#: Timeline entry kinds, in the order they are drawn on a day.
TIMELINE_LABELS = {
    "warmup": QT_TRANSLATE_NOOP("campaigns", "预热开始"),
    "launch": QT_TRANSLATE_NOOP("campaigns", "正式开始"),
    "push": QT_TRANSLATE_NOOP("campaigns", "推送"),
    "end": QT_TRANSLATE_NOOP("campaigns", "结束"),
}
PUSH_LABELS = {
    "teaser": QT_TRANSLATE_NOOP("campaigns", "预告"),
    "launch": QT_TRANSLATE_NOOP("campaigns", "开始推送"),
    "last_call": QT_TRANSLATE_NOOP("campaigns", "最后一天提醒"),
}

#: Post-mortem metrics: key, label, target column, result key, kind.
RESULT_METRICS = (
    ("participants", QT_TRANSLATE_NOOP("campaigns", "参与人数"), "target_participants", "participants", "int"),
    ("followers", QT_TRANSLATE_NOOP("campaigns", "新增关注"), "target_followers", "new_followers", "int"),
    ("conversions", QT_TRANSLATE_NOOP("campaigns", "转化（订单）"), "target_conversions", "conversions", "int"),
    ("revenue", QT_TRANSLATE_NOOP("campaigns", "成交金额"), "target_revenue", "revenue", "money"),
    ("cost", QT_TRANSLATE_NOOP("campaigns", "花费（对预算）"), "budget", "cost", "money"),
)

_FIELDS = {
    "name", "type", "occasion", "hot_date_id", "goal_type", "target_participants", "target_followers",
    "target_conversions", "target_reach", "target_revenue", "rules", "prizes", "budget", "channels",
    "warmup_days", "start_day", "end_day", "status", "result_feedback", "result_problems", "notes",
}
_DAILY_FIELDS = ("participants", "shares", "new_followers", "conversions", "cost", "revenue")


class CampaignError(UserError):
    """A campaign field the operator entered cannot be saved as it is."""

    context = "campaigns"


# -- templates ------------------------------------------------------------------------------------
@cache
def _templates() -> tuple[dict[str, Any], ...]:
    raw = json.loads(resource_path("campaign_templates.json").read_text(encoding="utf-8"))
    return tuple(raw["templates"])


def campaign_templates() -> list[dict[str, Any]]:
    """The type templates (referral, check-in, lottery, live …) as fresh dicts."""
    return [json.loads(json.dumps(t)) for t in _templates()]


def template_plan(key: str, start_day: dt.date) -> dict[str, Any]:
    """The campaign fields a template prefills for a launch on `start_day` (tasks under "tasks")."""
    found = next((t for t in campaign_templates() if t["key"] == key), None)
    if found is None:
        raise CampaignError(QT_TRANSLATE_NOOP("campaigns", "没有叫“{key}”的活动模板。"), key=key)
    plan = {k: v for k, v in found.items() if k in _FIELDS}
    plan["start_day"] = start_day
    plan["end_day"] = start_day + dt.timedelta(days=max(int(found.get("days", 1)), 1) - 1)
    plan["status"] = CampaignStatus.planning
    plan["tasks"] = [
        {"title": t["title"], "owner": t.get("owner"), "due_date": start_day + dt.timedelta(days=int(t["offset"]))}
        for t in found.get("tasks", ())
    ]
    return plan


def thresholds(store: Store) -> dict[str, float]:
    edited = store.setting(SETTING_KEY, {}) or {}
    return {**DEFAULT_THRESHOLDS, **{k: float(v) for k, v in edited.items() if k in DEFAULT_THRESHOLDS}}


def rules_warning(rules: str | None, max_chars: int = int(DEFAULT_THRESHOLDS["rules_max_chars"]),
                  translate: Translate = untranslated) -> str | None:
    """A warning when the rules text is too long for people to read at a glance, else None."""
    n = len("".join((rules or "").split()))
    if n <= max_chars:
        return None
    return translate("campaigns", RULES_TOO_LONG).format(n=n, limit=max_chars)


# -- writing campaigns ----------------------------------------------------------------------------
def _clean(fields: dict[str, Any]) -> dict[str, Any]:
    out = checked_fields(fields, _FIELDS, "campaign")
    required_text(out, "name", CampaignError(QT_TRANSLATE_NOOP("campaigns", "活动名称不能为空。")))
    for key in ("type", "goal_type", "status"):
        enum = {"type": CampaignType, "goal_type": CampaignGoal, "status": CampaignStatus}[key]
        if key in out and out[key] is not None:
            out[key] = enum(out[key])
    for key in ("budget", "target_revenue"):
        if key in out:
            out[key] = money(None if out[key] in (None, "") else float(out[key]))
            if out[key] is not None and out[key] < 0:
                raise CampaignError(QT_TRANSLATE_NOOP("campaigns", "金额不能是负数。"))
    for key in ("target_participants", "target_followers", "target_conversions", "target_reach"):
        if key in out and out[key] is not None:
            out[key] = int(out[key])
            if out[key] < 0:
                raise CampaignError(QT_TRANSLATE_NOOP("campaigns", "目标数不能是负数。"))
    if "warmup_days" in out and (out["warmup_days"] is None or int(out["warmup_days"]) < 0):
        raise CampaignError(QT_TRANSLATE_NOOP("campaigns", "预热天数不能是负数。"))
    if "channels" in out:
        out["channels"] = [c.strip() for c in out["channels"] or [] if c and c.strip()]
    for key in ("occasion", "rules", "prizes", "result_feedback", "result_problems", "notes"):
        if key in out and isinstance(out[key], str):
            out[key] = out[key].strip() or None
    return out


def _check_days(campaign: Campaign) -> None:
    if campaign.end_day < campaign.start_day:
        raise CampaignError(QT_TRANSLATE_NOOP("campaigns", "结束日期（{end}）早于开始日期（{start}）。"),
                            end=campaign.end_day, start=campaign.start_day)


def create_campaign(store: Store, tasks: list[dict[str, Any]] | None = None, **fields: Any) -> int:
    """Save a new campaign (and its tasks) in one transaction; returns its id."""
    if not fields.get("name") or not fields.get("start_day") or not fields.get("end_day"):
        raise CampaignError(QT_TRANSLATE_NOOP("campaigns", "活动要有名称、开始日期和结束日期。"))
    campaign = Campaign(**_clean(fields))
    _check_days(campaign)
    with store.writing() as session:
        campaign_id = session.insert(campaign)
        for task in tasks or ():
            session.add(CampaignTask(campaign_id=campaign_id, title=task["title"], owner=task.get("owner"),
                                     due_date=task.get("due_date"), done=bool(task.get("done", False))))
        return campaign_id


def create_from_template(store: Store, key: str, start_day: dt.date, **overrides: Any) -> int:
    """A campaign prefilled from a type template (fields and tasks); `overrides` win."""
    plan = template_plan(key, start_day)
    tasks = plan.pop("tasks")
    plan.update(overrides)
    return create_campaign(store, tasks=tasks, **plan)


def update_campaign(store: Store, campaign_id: int, *, seen_version: int | None = None, **changes: Any) -> None:
    """Change some fields of a campaign; `seen_version` (the editor's copy) refuses with
    StaleEditError when someone saved since."""
    cleaned = _clean(changes)
    with store.writing() as session:
        _check_days(session.change((Campaign, campaign_id), cleaned, missing=CampaignError(
            QT_TRANSLATE_NOOP("campaigns", "活动 {id} 不存在。"), id=campaign_id), seen_version=seen_version))


def delete_campaign(store: Store, campaign_id: int) -> None:
    """Delete a campaign with its daily numbers and tasks (lessons and boosts keep, unlinked)."""
    with store.writing() as session:
        campaign = session.get(Campaign, campaign_id)
        if campaign is not None:
            session.delete(campaign)


def campaign(store: Store, campaign_id: int) -> dict[str, Any] | None:
    """All fields of one campaign as plain values."""
    with store.reading() as session:
        row = session.get(Campaign, campaign_id)
        return None if row is None else row.model_dump()


# -- status and timeline --------------------------------------------------------------------------
def status_by_date(start_day: dt.date, end_day: dt.date, warmup_days: int, today: dt.date,
                   current: str = CampaignStatus.planning) -> CampaignStatus:
    """The status the calendar says a campaign should have today; a reviewed campaign stays reviewed."""
    if current == CampaignStatus.reviewed:
        return CampaignStatus.reviewed
    if today > end_day:
        return CampaignStatus.finished
    if today >= start_day:
        return CampaignStatus.live
    if today >= start_day - dt.timedelta(days=max(warmup_days, 0)):
        return CampaignStatus.warmup
    return CampaignStatus.planning


@dataclasses.dataclass(frozen=True)
class TimelineItem:
    """One mark on a campaign's strip: `kind` warmup/launch/push/end; `channel` and `push` for pushes."""

    day: dt.date
    kind: str
    channel: str | None = None
    push: str | None = None

    def label(self, translate: Translate = untranslated) -> str:
        if self.kind == "push" and self.push:
            return f"{self.channel}·{translate('campaigns', PUSH_LABELS[self.push])}"
        return translate("campaigns", TIMELINE_LABELS[self.kind])


def timeline(start_day: dt.date, end_day: dt.date, warmup_days: int, channels: list[str]) -> list[TimelineItem]:
    """Warm-up start, launch, the pushes per channel (teaser at warm-up, launch day, last-day
    reminder for campaigns longer than two days) and the end, in day order."""
    items = []
    warm = start_day - dt.timedelta(days=max(warmup_days, 0))
    if warmup_days > 0:
        items.append(TimelineItem(warm, "warmup"))
    items.append(TimelineItem(start_day, "launch"))
    for channel in channels:
        if warmup_days > 0:
            items.append(TimelineItem(warm, "push", channel, "teaser"))
        items.append(TimelineItem(start_day, "push", channel, "launch"))
        if (end_day - start_day).days >= 2:
            items.append(TimelineItem(end_day, "push", channel, "last_call"))
    items.append(TimelineItem(end_day, "end"))
    order = {"warmup": 0, "launch": 1, "push": 2, "end": 3}
    return sorted(items, key=lambda i: (i.day, order[i.kind]))


# -- tasks ----------------------------------------------------------------------------------------
def tasks(store: Store, campaign_id: int, today: dt.date | None = None) -> list[dict[str, Any]]:
    """A campaign's tasks by due date, each with `overdue` (not done and due before today)."""
    today = today or clock.today()
    with store.reading() as session:
        rows = session.exec(select(CampaignTask).where(CampaignTask.campaign_id == campaign_id)).all()
        out = [r.model_dump() for r in rows]
    for row in out:
        row["overdue"] = bool(not row["done"] and row["due_date"] and row["due_date"] < today)
        row["days_overdue"] = (today - row["due_date"]).days if row["overdue"] else 0
    out.sort(key=lambda r: (r["due_date"] is None, r["due_date"] or dt.date.max, r["id"]))
    return out


def overdue_tasks(store: Store, today: dt.date | None = None, *, translate: Translate = untranslated
                  ) -> list[dict[str, Any]]:
    """Open tasks past their due date, across campaigns, each with a `warning` sentence."""
    today = today or clock.today()
    sql = sa.text("SELECT t.id, t.campaign_id, c.name AS campaign, t.title, t.owner, t.due_date FROM campaign_task t "
                  "JOIN campaign c ON c.id = t.campaign_id WHERE t.done = FALSE AND t.due_date < :today "
                  "ORDER BY t.due_date, t.id")
    with store.reading() as uow:
        conn = uow.connection()
        rows = [dict(r) for r in conn.execute(sql, {"today": today.isoformat()}).mappings()]
    for row in rows:
        row["due_date"] = dt.date.fromisoformat(str(row["due_date"]))
        row["days_overdue"] = (today - row["due_date"]).days
        row["warning"] = translate("campaigns", TASK_OVERDUE).format(
            title=row["title"], days=row["days_overdue"], due=row["due_date"].isoformat(),
            owner=row["owner"] or translate("campaigns", NO_OWNER))
    return rows


def save_task(store: Store, campaign_id: int, title: str, owner: str | None = None,
              due_date: dt.date | None = None, done: bool = False, task_id: int | None = None) -> int:
    """Add a task, or change the one with `task_id`; returns its id."""
    title = (title or "").strip()
    if not title:
        raise CampaignError(QT_TRANSLATE_NOOP("campaigns", "任务名称不能为空。"))
    with store.writing() as session:
        task = session.get(CampaignTask, task_id) if task_id else CampaignTask(campaign_id=campaign_id, title=title)
        if task is None:
            raise CampaignError(QT_TRANSLATE_NOOP("campaigns", "任务 {id} 不存在。"), id=task_id)
        task.title, task.owner, task.due_date, task.done = title, (owner or "").strip() or None, due_date, done
        session.add(task)
        session.flush()
        assert task.id is not None
        return task.id


def set_task_done(store: Store, task_id: int, done: bool) -> None:
    with store.writing() as session:
        task = session.get(CampaignTask, task_id)
        if task is not None:
            task.done = done


def delete_task(store: Store, task_id: int) -> None:
    with store.writing() as session:
        task = session.get(CampaignTask, task_id)
        if task is not None:
            session.delete(task)


# -- daily numbers --------------------------------------------------------------------------------
def daily_numbers(store: Store, campaign_id: int) -> list[dict[str, Any]]:
    """The campaign's daily numbers by day."""
    with store.reading() as session:
        rows = session.exec(select(CampaignDaily).where(CampaignDaily.campaign_id == campaign_id)
                            .order_by(CampaignDaily.day)).all()
        return [r.model_dump() for r in rows]


def save_daily_numbers(store: Store, campaign_id: int, rows: list[dict[str, Any]]) -> int:
    """Insert or replace days of numbers (one per `day`) in one transaction; returns the rows written.

    A row whose numbers are all missing deletes that day.
    """
    params, removed = [], []
    for row in rows:
        values = {f: row.get(f) for f in _DAILY_FIELDS}
        for f in ("cost", "revenue"):
            values[f] = money(None if values[f] is None else float(values[f]))
        for f in ("participants", "shares", "new_followers", "conversions"):
            if values[f] is not None:
                values[f] = int(values[f])
        if any(v is not None and v < 0 for v in values.values()):
            raise CampaignError(QT_TRANSLATE_NOOP("campaigns", "{day} 的数字不能是负数。"), day=row["day"])
        if all(v is None for v in values.values()):
            removed.append({"campaign_id": campaign_id, "day": row["day"].isoformat()})
        else:
            params.append({"campaign_id": campaign_id, "day": row["day"], **values})
    with store.writing() as session:
        conn = session.connection()
        if params:
            conn.execute(upsert(conn, CampaignDaily.__table__, ("campaign_id", "day"), _DAILY_FIELDS), params)  # type: ignore[arg-type]
        if removed:
            conn.execute(sa.text("DELETE FROM campaign_daily WHERE campaign_id = :campaign_id AND day = :day"), removed)
    return len(params) + len(removed)


# -- figures --------------------------------------------------------------------------------------
def _rate(value: float | None, digits: int = 6) -> float | None:
    return None if value is None else round(value, digits)


_FIGURES_SQL = """
SELECT c.*, d.days_entered, d.first_day, d.last_day, d.participants, d.shares, d.new_followers, d.conversions,
       d.cost, d.revenue
FROM campaign c
LEFT JOIN (SELECT campaign_id, count(*) AS days_entered, min(day) AS first_day, max(day) AS last_day,
                  sum(participants) AS participants, sum(shares) AS shares, sum(new_followers) AS new_followers,
                  sum(conversions) AS conversions, sum(cost) AS cost, sum(revenue) AS revenue
           FROM campaign_daily GROUP BY campaign_id) d ON d.campaign_id = c.id
{where}
ORDER BY c.start_day DESC, c.id DESC
"""


def campaign_figures(store: Store, campaign_id: int | None = None, today: dt.date | None = None, *,
                     translate: Translate = untranslated) -> list[dict[str, Any]]:
    """Per campaign: plan fields, `targets`, `results` (sums of the daily numbers), `ratios`,
    `roi`, `status_by_date` and `pace` (the mid-campaign check against the pro-rata target).

    Money is rounded to the cent, rates to 6 places, ROI to 4; a ratio is None when its divisor
    is 0 or missing, and ROI is None when no revenue was recorded.
    """
    today = today or clock.today()
    limits = thresholds(store)
    where = "WHERE c.id = :id" if campaign_id is not None else ""
    with store.reading() as uow:
        conn = uow.connection()
        rows = [dict(r) for r in conn.execute(sa.text(_FIGURES_SQL.format(where=where)),
                                              {"id": campaign_id}).mappings()]
        daily = _daily_by_campaign(conn, [r["id"] for r in rows])
    return [_figures(row, daily.get(row["id"], []), today, limits, translate) for row in rows]


def _daily_by_campaign(conn: Any, ids: list[int]) -> dict[int, list[tuple[dt.date, int | None]]]:
    out: dict[int, list[tuple[dt.date, int | None]]] = {}
    if not ids:
        return out
    sql = sa.text("SELECT campaign_id, day, participants FROM campaign_daily WHERE campaign_id IN :ids ORDER BY day")
    sql = sql.bindparams(sa.bindparam("ids", expanding=True))
    for start in range(0, len(ids), 500):
        for cid, day, participants in conn.execute(sql, {"ids": ids[start:start + 500]}):
            out.setdefault(cid, []).append((dt.date.fromisoformat(str(day)), participants))
    return out


def _figures(row: dict[str, Any], daily: list[tuple[dt.date, int | None]], today: dt.date,
             limits: dict[str, float], translate: Translate) -> dict[str, Any]:
    start, end = dt.date.fromisoformat(str(row["start_day"])), dt.date.fromisoformat(str(row["end_day"]))
    channels = row["channels"]
    if isinstance(channels, str):
        channels = json.loads(channels)
    targets = {
        "participants": row["target_participants"], "followers": row["target_followers"],
        "conversions": row["target_conversions"], "reach": row["target_reach"],
        "revenue": money(row["target_revenue"]), "budget": money(row["budget"]),
    }
    results = {
        "days_entered": row["days_entered"] or 0, "participants": row["participants"], "shares": row["shares"],
        "new_followers": row["new_followers"], "conversions": row["conversions"], "cost": money(row["cost"]),
        "revenue": money(row["revenue"]),
    }
    cost, revenue = row["cost"], row["revenue"]
    roi = safe_ratio(revenue, cost)
    ratios = {
        "participants_vs_target": _rate(safe_ratio(row["participants"], row["target_participants"])),
        "followers_vs_target": _rate(safe_ratio(row["new_followers"], row["target_followers"])),
        "conversions_vs_target": _rate(safe_ratio(row["conversions"], row["target_conversions"])),
        "revenue_vs_target": _rate(safe_ratio(revenue, row["target_revenue"])),
        "budget_used": _rate(safe_ratio(cost, row["budget"])),
        "share_rate": _rate(safe_ratio(row["shares"], row["participants"])),
        "follow_rate": _rate(safe_ratio(row["new_followers"], row["participants"])),
        "conversion_rate": _rate(safe_ratio(row["conversions"], row["participants"])),
        "cost_per_participant": money(safe_ratio(cost, row["participants"])),
        "cost_per_follower": money(safe_ratio(cost, row["new_followers"])),
        "cost_per_conversion": money(safe_ratio(cost, row["conversions"])),
    }
    return {
        "id": row["id"], "name": row["name"], "type": row["type"], "occasion": row["occasion"],
        "goal_type": row["goal_type"], "status": row["status"],
        "status_by_date": status_by_date(start, end, row["warmup_days"], today, row["status"]).value,
        "start_day": start, "end_day": end, "warmup_days": row["warmup_days"],
        "warmup_start": start - dt.timedelta(days=max(row["warmup_days"], 0)),
        "channels": channels, "rules": row["rules"], "prizes": row["prizes"],
        "targets": targets, "results": results, "ratios": ratios,
        "roi": None if roi is None else round(roi, 4),
        "pace": pace(start, end, row["target_participants"], daily, today, limits["below_plan_ratio"], translate),
    }


def pace(start: dt.date, end: dt.date, target: int | None, daily: list[tuple[dt.date, int | None]],
         today: dt.date, below_ratio: float = DEFAULT_THRESHOLDS["below_plan_ratio"],
         translate: Translate = untranslated) -> dict[str, Any]:
    """Cumulative participants of the finished days against the pro-rata target, mid-campaign.

    Judged only while the campaign runs (start < today ≤ end), over the days before today: the
    expected count is target × days gone ÷ campaign days; `below_plan` when the actual count is
    under `below_ratio` of it, with a `hint` to simplify the rules.
    """
    days = (end - start).days + 1
    out: dict[str, Any] = {"day": None, "days": days, "actual": None, "expected": None, "ratio": None,
                           "below_plan": False, "hint": None}
    if not target or not (start < today <= end) or not daily:
        return out
    gone = (today - start).days
    actual = sum(p or 0 for day, p in daily if day < today)
    expected = target * gone / days
    ratio = actual / expected
    out.update(day=gone, actual=actual, expected=round(expected), ratio=round(ratio, 4))
    if ratio < below_ratio:
        out["below_plan"] = True
        out["hint"] = translate("campaigns", BELOW_PLAN).format(
            day=gone, days=days, actual=actual, expected=round(expected), pct=round(ratio * 100))
    return out


def cumulative_progress(store: Store, campaign_id: int) -> dict[str, Any]:
    """Day-by-day cumulative numbers and the straight target lines, for the progress charts."""
    info = campaign(store, campaign_id)
    if info is None:
        return {}
    rows = daily_numbers(store, campaign_id)
    days = (info["end_day"] - info["start_day"]).days + 1
    series: dict[str, list[float]] = {f: [] for f in _DAILY_FIELDS}
    totals = dict.fromkeys(_DAILY_FIELDS, 0.0)
    for row in rows:
        for f in _DAILY_FIELDS:
            totals[f] += row[f] or 0
            series[f].append(totals[f])
    return {
        "start_day": info["start_day"], "end_day": info["end_day"], "days": days,
        "x": [(r["day"] - info["start_day"]).days + 1 for r in rows], "dates": [r["day"] for r in rows],
        "cumulative": series,
        "targets": {"participants": info["target_participants"], "new_followers": info["target_followers"],
                    "conversions": info["target_conversions"], "revenue": info["target_revenue"]},
    }


# -- post-mortem ----------------------------------------------------------------------------------
def postmortem(store: Store, campaign_id: int, today: dt.date | None = None, *,
               translate: Translate = untranslated) -> dict[str, Any]:
    """Results against targets (filled in from the daily numbers), share rate, ROI, the
    operator's feedback and problems, and the lessons already written for this campaign."""
    figures = campaign_figures(store, campaign_id, today, translate=translate)
    if not figures:
        raise CampaignError(QT_TRANSLATE_NOOP("campaigns", "活动 {id} 不存在。"), id=campaign_id)
    fig = figures[0]
    info = campaign(store, campaign_id) or {}
    lines = []
    for key, label_text, target_key, result_key, kind in RESULT_METRICS:
        target = info.get(target_key)
        actual = fig["results"][result_key]
        if kind == "money":
            target = money(target)
        ratio = safe_ratio(actual, target)
        lines.append({"metric": key, "label": translate("campaigns", label_text), "kind": kind, "target": target,
                      "actual": actual, "ratio": _rate(ratio),
                      "met": None if ratio is None else (ratio <= 1 if key == "cost" else ratio >= 1)})
    return {
        **fig,
        "lines": lines,
        "share_rate": fig["ratios"]["share_rate"],
        "feedback": info.get("result_feedback"),
        "problems": info.get("result_problems"),
        "lessons": lessons(store, campaign_id),
    }


def lessons(store: Store, campaign_id: int | None = None) -> list[dict[str, Any]]:
    """Lessons of one campaign, or (None) every campaign lesson: area campaigns or linked to a campaign."""
    sql = ("SELECT l.*, c.name AS campaign_name, c.type AS campaign_type, c.start_day AS campaign_start "
           "FROM lesson l LEFT JOIN campaign c ON c.id = l.campaign_id ")
    if campaign_id is None:
        sql += "WHERE l.area = 'campaigns' OR l.campaign_id IS NOT NULL "
    else:
        sql += "WHERE l.campaign_id = :id "
    sql += "ORDER BY l.month DESC, l.id DESC"
    with store.reading() as uow:
        conn = uow.connection()
        return [dict(r) for r in conn.execute(sa.text(sql), {"id": campaign_id}).mappings()]


def save_postmortem(store: Store, campaign_id: int, feedback: str | None, problems: str | None,
                    new_lessons: Sequence[dict[str, Any]] = (), mark_reviewed: bool = True) -> list[int]:
    """Save the feedback and problems, add the lessons (area campaigns, month of the campaign's
    end) and mark the campaign reviewed — all in one transaction. Returns the new lesson ids."""
    for lesson in new_lessons:
        if not (lesson.get("title") or "").strip():
            raise CampaignError(QT_TRANSLATE_NOOP("campaigns", "经验教训要写一句标题。"))
    ids = []
    with store.writing() as session:
        row = session.get(Campaign, campaign_id)
        if row is None:
            raise CampaignError(QT_TRANSLATE_NOOP("campaigns", "活动 {id} 不存在。"), id=campaign_id)
        row.result_feedback = (feedback or "").strip() or None
        row.result_problems = (problems or "").strip() or None
        if mark_reviewed:
            row.status = CampaignStatus.reviewed
        row.updated_at = now()
        for data in new_lessons:
            lesson = Lesson(month=row.end_day.strftime("%Y-%m"), kind=LessonKind(data.get("kind", "success")),
                            area=LessonArea.campaigns, title=data["title"].strip(),
                            evidence=(data.get("evidence") or "").strip() or None,
                            detail=(data.get("detail") or "").strip() or None, campaign_id=campaign_id,
                            source_kind="campaign", source_id=campaign_id, campaign_type=str(row.type))
            session.add(lesson)
            session.flush()
            assert lesson.id is not None
            ids.append(lesson.id)
    return ids


def delete_lesson(store: Store, lesson_id: int) -> None:
    delete_record(store, Lesson, lesson_id)


def optimisation_guide(store: Store, *, translate: Translate = untranslated) -> dict[str, Any]:
    """The 活动优化指南: every campaign lesson, successes (keep doing) and failures (avoid), each
    with its campaign, plus one summary line per reviewed or finished campaign."""
    rows = lessons(store)
    for row in rows:
        row["campaign_type_label"] = label("campaign_type", row["campaign_type"], translate) or None
    summaries = [f for f in campaign_figures(store, translate=translate)
                 if f["status"] in (CampaignStatus.finished, CampaignStatus.reviewed)]
    return {
        "keep": [r for r in rows if r["kind"] == LessonKind.success],
        "avoid": [r for r in rows if r["kind"] == LessonKind.failure],
        "campaigns": summaries,
    }


# -- promotions (writes; their ratios and stop flags come from app.services.promotions) ----------
_PROMOTION_FIELDS = (
    "name", "post_id", "account_id", "campaign_id", "tool", "objective", "audience_age", "audience_gender",
    "audience_regions", "audience_interests", "start_at", "hours", "budget", "spend", "impressions", "clicks",
    "follows_gained", "conversions", "revenue", "notes",
)


def save_promotion(store: Store, promotion_id: int | None = None, **fields: Any) -> int:
    """Add a paid boost, or change the one with `promotion_id`; money to the cent. Returns its id."""
    from app.models.campaigns import Promotion, PromotionObjective, PromotionTool

    fields = checked_fields(fields, _PROMOTION_FIELDS, "promotion")
    if "tool" in fields:
        fields["tool"] = PromotionTool(fields["tool"])
    if "objective" in fields:
        fields["objective"] = PromotionObjective(fields["objective"])
    for key in ("budget", "spend", "revenue"):
        if key in fields:
            fields[key] = money(None if fields[key] is None else float(fields[key]))
    for key in ("hours", "budget", "spend", "revenue", "impressions", "clicks", "follows_gained", "conversions"):
        if fields.get(key) is not None and fields[key] < 0:
            raise CampaignError(QT_TRANSLATE_NOOP("campaigns", "投放的数字不能是负数。"))
    if fields.get("clicks") is not None and fields.get("impressions") is not None \
            and fields["clicks"] > fields["impressions"]:
        raise CampaignError(QT_TRANSLATE_NOOP("campaigns", "点击数（{clicks}）比曝光数（{impressions}）还多，请检查。"),
                            clicks=fields["clicks"], impressions=fields["impressions"])
    for key in ("name", "audience_age", "audience_gender", "audience_regions", "audience_interests", "notes"):
        if isinstance(fields.get(key), str):
            fields[key] = fields[key].strip() or None
    missing = CampaignError(QT_TRANSLATE_NOOP("campaigns", "投放记录 {id} 不存在。"), id=promotion_id)
    return save_record(store, Promotion, promotion_id, fields, missing)


def delete_promotion(store: Store, promotion_id: int) -> None:
    from app.models.campaigns import Promotion

    delete_record(store, Promotion, promotion_id)


def promotion_choices(store: Store) -> dict[str, list[tuple[int, str]]]:
    """Own posts (newest first, 300 at most), own accounts and campaigns to link a boost to."""
    with store.reading() as uow:
        conn = uow.connection()
        posts = conn.execute(sa.text(
            "SELECT p.id, p.title FROM post p JOIN account a ON a.id = p.account_id WHERE a.is_own = TRUE "
            "AND p.published_at IS NOT NULL ORDER BY p.published_at DESC LIMIT 300")).all()
        accounts = conn.execute(sa.text("SELECT id, platform, name FROM account WHERE is_own = TRUE ORDER BY platform")).all()
        campaigns = conn.execute(sa.text("SELECT id, name FROM campaign ORDER BY start_day DESC")).all()
    return {
        "posts": [(i, t or "") for i, t in posts],
        "accounts": [(i, f"{platform_name(p)} · {n}") for i, p, n in accounts],
        "campaigns": [(i, n) for i, n in campaigns],
    }
