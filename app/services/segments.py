"""Member segmentation (用户分层): core, potential, churned and new, with editable thresholds.

The rules, applied in this order — the first that matches wins, so every member is in exactly one
segment (new > core > churned > potential):

1. **new (新用户)** — `first_seen` within the last `new_days` days (default 30), whatever else
   they did: a member who bought on day 3 is still someone to welcome.
2. **core (核心用户)** — high activity AND high conversion: (`active_days_30` ≥ `core_active_days`
   (8) or `browse_minutes_30` ≥ `core_browse_minutes` (120)) and (`purchases` ≥ `core_purchases`
   (2) or `spend` ≥ `core_spend` (500 yuan)).
3. **churned (流失用户)** — inactive for long AND low conversion: (`last_active` more than
   `churn_days` (60) days ago, or `last_active` unknown while `active_days_30` is recorded as 0 and
   no browsing is recorded) and `purchases` ≤ `churn_max_purchases` (1) and `spend` < `core_spend`.
4. **potential (潜力用户)** — everyone else: engaged or recently bought but not regular.

Missing values (NULL): a missing count or amount counts as 0 for "high" tests, so it never makes
anyone core; a missing `first_seen` never makes anyone new; a missing `last_active` alone does not
make anyone churned (we do not know they left) unless the file says they had 0 active days. A
member with no data at all therefore lands in potential — "not yet known", not "lost".

`recompute_segments()` rewrites `member.segment` for all members in one UPDATE with a CASE
expression, and records the month's segment sizes in `segment_snapshot`, so churn and movement
between segments can be shown month by month.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Mapping, Sequence
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from app import clock
from app.i18n import QT_TRANSLATE_NOOP, UserError
from app.models import Segment
from app.models.vocabulary import Month, label, platform_name
from app.services.privacy import mask_email, mask_phone
from app.store import Store
from app.store.db import upsert

SETTING_KEY = "segments.thresholds"

#: Segment codes in the order the UI lists them.
SEGMENTS: tuple[str, ...] = (Segment.core.value, Segment.potential.value, Segment.churned.value, Segment.new.value)

DEFAULT_THRESHOLDS: dict[str, float] = {
    "new_days": 30,
    "core_active_days": 8,
    "core_browse_minutes": 120,
    "core_purchases": 2,
    "core_spend": 500,
    "churn_days": 60,
    "churn_max_purchases": 1,
}

#: The thresholds as the settings page shows them: key, label, unit, lowest allowed value, whole number?
THRESHOLD_FIELDS: tuple[dict[str, Any], ...] = (
    {"key": "new_days", "label": QT_TRANSLATE_NOOP("segments", "新用户：首次关注在最近几天内"),
     "unit": QT_TRANSLATE_NOOP("segments", "天"), "minimum": 1, "integer": True},
    {"key": "core_active_days", "label": QT_TRANSLATE_NOOP("segments", "核心用户：近30天活跃天数至少"),
     "unit": QT_TRANSLATE_NOOP("segments", "天"), "minimum": 1, "integer": True},
    {"key": "core_browse_minutes", "label": QT_TRANSLATE_NOOP("segments", "或近30天浏览时长至少"),
     "unit": QT_TRANSLATE_NOOP("segments", "分钟"), "minimum": 1, "integer": False},
    {"key": "core_purchases", "label": QT_TRANSLATE_NOOP("segments", "核心用户：购买次数至少"),
     "unit": QT_TRANSLATE_NOOP("segments", "次"), "minimum": 1, "integer": True},
    {"key": "core_spend", "label": QT_TRANSLATE_NOOP("segments", "或消费金额至少"),
     "unit": QT_TRANSLATE_NOOP("segments", "元"), "minimum": 0, "integer": False},
    {"key": "churn_days", "label": QT_TRANSLATE_NOOP("segments", "流失用户：超过几天没有活跃"),
     "unit": QT_TRANSLATE_NOOP("segments", "天"), "minimum": 1, "integer": True},
    {"key": "churn_max_purchases", "label": QT_TRANSLATE_NOOP("segments", "流失用户：购买次数不超过"),
     "unit": QT_TRANSLATE_NOOP("segments", "次"), "minimum": 0, "integer": True},
)

#: The rules in words, in precedence order, for the settings page and the strategy cards.
RULES: tuple[dict[str, str], ...] = (
    {"segment": "new", "rule": QT_TRANSLATE_NOOP(
        "segments", "首次关注在最近 {new_days} 天内（即使已经购买，也先走新人欢迎路径）")},
    {"segment": "core", "rule": QT_TRANSLATE_NOOP(
        "segments", "高活跃（近30天活跃 ≥ {core_active_days} 天或浏览 ≥ {core_browse_minutes} 分钟）"
                    "且高转化（购买 ≥ {core_purchases} 次或消费 ≥ {core_spend} 元）")},
    {"segment": "churned", "rule": QT_TRANSLATE_NOOP(
        "segments", "超过 {churn_days} 天没有活跃（或没有最近活跃时间且近30天活跃 0 天），"
                    "且购买 ≤ {churn_max_purchases} 次")},
    {"segment": "potential", "rule": QT_TRANSLATE_NOOP(
        "segments", "其余用户：有互动或买过，但还不稳定；数据缺失的用户也先放在这里")},
)

#: One strategy card per segment: what to do with these people (data, Chinese, context "segments").
STRATEGY_CARDS: dict[str, dict[str, Any]] = {
    "core": {
        "title": QT_TRANSLATE_NOOP("segments", "专属福利（如内部课程）"),
        "goal": QT_TRANSLATE_NOOP("segments", "留住最有价值的人，让他们带来口碑和转介绍"),
        "actions": [
            QT_TRANSLATE_NOOP("segments", "邀请进核心用户群，提前体验新课、新品"),
            QT_TRANSLATE_NOOP("segments", "送内部课程或专属优惠券，生日/纪念日送小礼物"),
            QT_TRANSLATE_NOOP("segments", "请他们参与选题共创、案例分享，给予荣誉身份"),
            QT_TRANSLATE_NOOP("segments", "设计转介绍奖励，老带新"),
        ],
    },
    "potential": {
        "title": QT_TRANSLATE_NOOP("segments", "个性化推送（“你收藏的干货已更新”）"),
        "goal": QT_TRANSLATE_NOOP("segments", "按兴趣推内容，把偶尔来的人变成常来的人"),
        "actions": [
            QT_TRANSLATE_NOOP("segments", "按标签推送相关干货：“你收藏的干货已更新”"),
            QT_TRANSLATE_NOOP("segments", "邀请参加社群固定活动（如每周直播、打卡）"),
            QT_TRANSLATE_NOOP("segments", "对买过一次的人推复购组合或进阶内容"),
        ],
    },
    "churned": {
        "title": QT_TRANSLATE_NOOP("segments", "限时优惠召回"),
        "goal": QT_TRANSLATE_NOOP("segments", "用一次有吸引力的理由把人叫回来，并问清离开的原因"),
        "actions": [
            QT_TRANSLATE_NOOP("segments", "发限时优惠券或免费资料包，写明截止时间"),
            QT_TRANSLATE_NOOP("segments", "私信问一句“最近怎么没来”，收集流失原因记入反馈"),
            QT_TRANSLATE_NOOP("segments", "召回后 7 天内安排一次跟进，别让他们再次沉默"),
        ],
    },
    "new": {
        "title": QT_TRANSLATE_NOOP("segments", "新人欢迎路径"),
        "goal": QT_TRANSLATE_NOOP("segments", "让新人在头一个月里认识你、用起来、留下来"),
        "actions": [
            QT_TRANSLATE_NOOP("segments", "发欢迎语和新人礼包，介绍社群规则和固定活动"),
            QT_TRANSLATE_NOOP("segments", "推送入门必读合集，引导完成第一次互动"),
            QT_TRANSLATE_NOOP("segments", "第 7 天、第 30 天各回访一次，了解需求"),
        ],
    },
}


class ThresholdError(UserError):
    """A threshold the operator typed is not a usable number."""


class SegmentError(UserError):
    """An unknown segment code."""


def get_thresholds(store: Store) -> dict[str, float]:
    """The current thresholds: the defaults overlaid with what the operator saved."""
    return _thresholds_from(store.setting(SETTING_KEY, {}))


def set_thresholds(store: Store, values: Mapping[str, Any], *, today: dt.date | None = None) -> dict[str, int]:
    """Check and save thresholds (only the keys given change), then recompute; returns the new counts."""
    merged = get_thresholds(store)
    fields = {f["key"]: f for f in THRESHOLD_FIELDS}
    for key, raw in values.items():
        if key not in fields:
            raise ThresholdError(QT_TRANSLATE_NOOP("errors", "没有叫 {key} 的分层阈值。"), key=key)
        field = fields[key]
        try:
            number = float(raw)
        except (TypeError, ValueError):
            number = float("nan")
        if number != number or number < field["minimum"] or (field["integer"] and not number.is_integer()):
            raise ThresholdError(
                QT_TRANSLATE_NOOP("errors", "分层阈值 {key} 的值 {value} 不能用：需要不小于 {minimum} 的{kind}。"),
                key=key, value=raw, minimum=field["minimum"],
                kind=QT_TRANSLATE_NOOP("errors", "整数") if field["integer"] else QT_TRANSLATE_NOOP("errors", "数字"),
            )
        merged[key] = int(number) if field["integer"] else number
    store.set_setting(SETTING_KEY, merged)
    return recompute_segments(store, today)


def rules_text(thresholds: Mapping[str, float]) -> list[dict[str, str]]:
    """The rules with the thresholds filled in (untranslated Chinese; views translate `rule` first)."""
    shown = {key: _plain(value) for key, value in thresholds.items()}
    return [{"segment": r["segment"], "rule": r["rule"], "text": r["rule"].format(**shown)} for r in RULES]


def recompute_segments(store: Store | Connection, today: dt.date | None = None) -> dict[str, int]:
    """Put every member in one segment with a single UPDATE; returns the count per segment.

    Pass a `Connection` when calling from inside an open write transaction (an import), so the
    update joins that transaction; with the `Store` it runs in a write unit of work of its own.
    The month of `today` gets its segment-size snapshot refreshed in the same transaction.
    """
    today = today or clock.today()
    if isinstance(store, Connection):
        return _recompute(store, today)
    with store.writing() as uow:
        return _recompute(uow.connection(), today)


def _recompute(conn: Connection, today: dt.date) -> dict[str, int]:
    thresholds = _thresholds_from(_read_setting(conn))
    params = {
        "new_since": (today - dt.timedelta(days=int(thresholds["new_days"]))).isoformat(),
        "churn_before": (today - dt.timedelta(days=int(thresholds["churn_days"]))).isoformat(),
        **{key: thresholds[key] for key in
           ("core_active_days", "core_browse_minutes", "core_purchases", "core_spend", "churn_max_purchases")},
    }
    case = """
        CASE
          WHEN first_seen IS NOT NULL AND first_seen >= :new_since THEN 'new'
          WHEN (COALESCE(active_days_30, 0) >= :core_active_days
                OR COALESCE(browse_minutes_30, 0) >= :core_browse_minutes)
           AND (COALESCE(purchases, 0) >= :core_purchases OR COALESCE(spend, 0) >= :core_spend) THEN 'core'
          WHEN ((last_active IS NOT NULL AND last_active < :churn_before)
                OR (last_active IS NULL AND active_days_30 = 0 AND COALESCE(browse_minutes_30, 0) = 0))
           AND COALESCE(purchases, 0) <= :churn_max_purchases AND COALESCE(spend, 0) < :core_spend THEN 'churned'
          ELSE 'potential'
        END"""
    conn.execute(sa.text(f"UPDATE member SET segment = {case} WHERE segment IS NULL OR segment <> {case}"), params)
    counts = _counts(conn)
    _upsert_snapshot(conn, str(Month.of(today)), counts)
    return counts


def segment_counts(store: Store) -> dict[str, int]:
    """Members per segment as stored (no recompute)."""
    with store.reading() as uow:
        conn = uow.connection()
        return _counts(conn)


def snapshot_segments(store: Store, month: str | None = None) -> dict[str, int]:
    """Record the current segment sizes as `month`'s (YYYY-MM, default this month); replaces that month's."""
    month = str(Month.parse(month, SegmentError) if month else Month.of(clock.today()))
    with store.writing() as uow:
        conn = uow.connection()
        counts = _counts(conn)
        _upsert_snapshot(conn, month, counts)
    return counts


def segment_history(store: Store) -> list[dict[str, Any]]:
    """Segment sizes month by month, with the churn figures the review needs.

    `churned_share` is churned / all members that month. `churn_rate` is the month's newly churned
    (growth of the churned segment, never below 0) over the previous month's members who were not
    churned; None for the first month recorded.
    """
    with store.reading() as uow:
        conn = uow.connection()
        rows = conn.execute(sa.text("SELECT month, segment, members FROM segment_snapshot ORDER BY month")).all()
    months: dict[str, dict[str, int]] = {}
    for month, segment, members in rows:
        months.setdefault(month, dict.fromkeys(SEGMENTS, 0))[segment] = members
    history: list[dict[str, Any]] = []
    previous: dict[str, int] | None = None
    for month, counts in months.items():
        total = sum(counts.values())
        churn_rate = None
        if previous is not None:
            base = sum(previous.values()) - previous["churned"]
            churn_rate = max(0, counts["churned"] - previous["churned"]) / base if base else None
        history.append({"month": month, **counts, "total": total,
                        "churned_share": counts["churned"] / total if total else None,
                        "churn_rate": churn_rate})
        previous = counts
    return history


def segment_members(store: Store, segment: str | None, *, full_personal: bool = False) -> Iterator[list[Any]]:
    """One segment's members (all members for None), biggest spenders first, as export rows for
    `app.report.workbooks.write_segment_xlsx` (phone and e-mail masked unless `full_personal`); an
    unknown segment is refused before anything is read."""
    if segment is not None and segment not in SEGMENTS:
        raise SegmentError(QT_TRANSLATE_NOOP("errors", "没有 {segment} 这个分层，可选：core、potential、churned、new。"),
                           segment=segment)
    where = "" if segment is None else "WHERE m.segment = :segment"
    query = sa.text(f"""
        SELECT m.external_id, m.nickname, m.platform, c.name, m.region, m.gender, m.first_seen, m.last_active,
               m.active_days_30, m.browse_minutes_30, m.purchases, m.spend, m.tags, m.notes, m.segment,
               m.phone, m.email
        FROM member m LEFT JOIN community c ON c.id = m.community_id {where}
        ORDER BY m.spend IS NULL, m.spend DESC, m.id""")
    return stream_export_rows(store, query, {"segment": segment}, full_personal=full_personal)


def stream_export_rows(store: Store, query: sa.TextClause, params: Mapping[str, Any], *,
                       full_personal: bool = False) -> Iterator[list[Any]]:
    """The export rows of a member query, streamed from one read unit of work opened when the writer
    starts reading (so 100,000 members never sit in memory at once)."""
    with store.reading() as uow:
        for row in uow.connection().execute(query, params):
            yield export_row(row, full_personal=full_personal)


def export_row(row: Sequence[Any], *, full_personal: bool = False) -> list[Any]:
    """A member row in the member export's column order: platform and segment by name, dates as dates,
    phone and e-mail (the last two) masked unless `full_personal`."""
    values = list(row)
    values[2] = platform_name(values[2]) or values[2]
    for i in (6, 7):
        if isinstance(values[i], str):
            values[i] = dt.date.fromisoformat(values[i])
    values[14] = label("segment", values[14])
    if not full_personal:
        values[15], values[16] = mask_phone(values[15]), mask_email(values[16])
    return values


def _counts(conn: Connection) -> dict[str, int]:
    counts = dict.fromkeys(SEGMENTS, 0)
    for segment, n in conn.execute(sa.text(
            "SELECT segment, count(*) FROM member WHERE segment IS NOT NULL GROUP BY segment")):
        counts[segment] = n
    return counts


def _upsert_snapshot(conn: Connection, month: str, counts: Mapping[str, int]) -> None:
    from app.models import SegmentSnapshot

    conn.execute(upsert(conn, SegmentSnapshot.__table__, ("month", "segment"), ("members",)),  # type: ignore[arg-type]
                 [{"month": month, "segment": segment, "members": counts[segment]} for segment in SEGMENTS])


def _read_setting(conn: Connection) -> Any:
    import json

    raw = conn.execute(sa.text("SELECT value FROM setting WHERE key = :key"), {"key": SETTING_KEY}).scalar()
    return json.loads(raw) if isinstance(raw, str) else raw


def _thresholds_from(saved: Any) -> dict[str, float]:
    merged = dict(DEFAULT_THRESHOLDS)
    if isinstance(saved, Mapping):
        for key in merged:
            value = saved.get(key)
            if isinstance(value, int | float) and not isinstance(value, bool):
                merged[key] = value
    return merged


def _plain(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else str(value)
