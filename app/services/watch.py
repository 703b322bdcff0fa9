"""Brand and public-opinion watch (品牌与舆情): watch words, mentions, alerts, spikes and replies —
what is stored. Reading a text (terms as words, sentiment, negation) is `app.services.watch_text`.

Alerts: a negative mention that names a watched brand or product is an alert (status new →
responding → resolved; `first_response_at` gives the time to first response). Comments and
feedback addressed to the brand (`direct`) need no brand name, but then a complaint word (`!`:
退款, 投诉, 不回复 …) — "换季过敏困扰我好久了" under our post is a topic wish, not an alert. A volume spike — a
day's negative mentions at least `spike_min` and at least `spike_ratio` × the daily average of the
7 days before it — becomes one urgent alert for that day (source `spike`); every day of the last
`window_days` is checked, so a spike over a weekend nobody opened the app is still caught;
thresholds in `watch.thresholds`.

The response clock: every alert has waited from `mentioned_at` to its first response (or to now);
beyond the time allowed for its severity (`watch.response_hours`: 负面 2 h, 一般 24 h) it is overdue,
and open overdue alerts come first. What a complaint is about (过敏, 退款, 物流 …) picks the reply
templates offered first.
"""

from __future__ import annotations

import datetime as dt
import math
import re
import statistics
from collections import Counter
from collections.abc import Mapping
from typing import Any

import sqlalchemy as sa
from sqlmodel import select

from app import clock
from app.i18n import QT_TRANSLATE_NOOP, Translate, UserError, untranslated
from app.models import AlertStatus, Feedback, Mention, ReplyTemplate, Sentiment, WatchKeyword, WatchKind, now
from app.models.vocabulary import LABEL_CONTEXT, Month, platform_name
from app.services.watch_text import (
    PUNCT,
    Keyword,
    ScanResult,
    classify_complaint,
    complaint_kinds,
    scan_text,
    starter_negative_terms,
)

#: Setting with the spike thresholds (see `thresholds()`).
THRESHOLDS_SETTING = "watch.thresholds"
#: Setting set once the starter negative words were added, so removed ones stay removed.
SEEDED_SETTING = "watch.seeded"
#: Ids of the open alerts the start-up notice has already told about (so it tells each alert once).
ANNOUNCED_SETTING = "watch.announced_alerts"
DEFAULT_THRESHOLDS: dict[str, float] = {
    # today's negative mentions must be at least this many …
    "spike_min": 5,
    # … and at least this multiple of the average per day over the window before today
    "spike_ratio": 2.0,
    "window_days": 7,
}
#: Setting with the hours an alert may wait for its first response, per severity.
RESPONSE_SETTING = "watch.response_hours"
DEFAULT_RESPONSE_HOURS: dict[str, float] = {"negative": 2, "neutral": 24}
SPIKE_SOURCE = "spike"
PASTED_SOURCE = "pasted"

#: Placeholders a reply template may use.
PLACEHOLDERS = ("用户", "品牌", "产品", "平台", "评论")


class WatchError(UserError):
    pass


# ---------------------------------------------------------------------------------------------
# Watch keywords


def keywords(store: Any) -> list[dict[str, Any]]:
    """Every watch word with its kind and on/off switch, brands first."""
    order = {k: i for i, k in enumerate(("brand", "product", "person", "negative"))}
    with store.reading() as session:
        rows = session.exec(select(WatchKeyword)).all()
        out = [{"id": r.id, "term": r.term, "kind": str(r.kind), "enabled": bool(r.enabled)} for r in rows]
    return sorted(out, key=lambda r: (order.get(r["kind"], 9), r["term"]))


def enabled_keywords(store: Any) -> list[Keyword]:
    return [Keyword(r["term"], r["kind"]) for r in keywords(store) if r["enabled"]]


def ensure_starter_keywords(store: Any) -> int:
    """Add the starter negative words once per store (removed ones are not added back); returns how many."""
    if store.setting(SEEDED_SETTING, False):
        return 0
    with store.writing() as session:
        have = {t.casefold() for t in session.exec(select(WatchKeyword.term)).all()}
        new = [t for t in starter_negative_terms() if t.casefold() not in have]
        for term in new:
            session.add(WatchKeyword(term=term, kind=WatchKind.negative, enabled=True))
    store.set_setting(SEEDED_SETTING, True)
    return len(new)


def _kind(kind: str) -> WatchKind:
    try:
        return WatchKind(kind)
    except ValueError:
        raise WatchError(QT_TRANSLATE_NOOP("errors", "监测词的种类只能是 brand、product、person 或 negative，不是“{kind}”。"),
                         kind=kind) from None


def add_keyword(store: Any, term: str, kind: str = "brand", *, enabled: bool = True) -> dict[str, Any]:
    """Add a watch word, or change the kind of one already there (same word, any case)."""
    term = term.strip()
    if not term:
        raise WatchError(QT_TRANSLATE_NOOP("errors", "监测词不能是空的。"))
    if any(ch in PUNCT for ch in term):
        raise WatchError(QT_TRANSLATE_NOOP("errors", "监测词“{term}”里有标点或空格，请只写一个词。"), term=term)
    wk = _kind(kind)
    with store.writing() as session:
        row = next((r for r in session.exec(select(WatchKeyword)).all() if r.term.casefold() == term.casefold()), None)
        if row is None:
            row = WatchKeyword(term=term, kind=wk, enabled=enabled)
        else:
            row.kind, row.enabled = wk, enabled
        session.add(row)
        session.flush()
        return {"id": row.id, "term": row.term, "kind": wk.value, "enabled": row.enabled}


def _find_keyword(session: Any, term_or_id: str | int) -> WatchKeyword:
    rows = session.exec(select(WatchKeyword)).all()
    text = str(term_or_id).strip()
    for row in rows:
        if row.term.casefold() == text.casefold() or (text.isdigit() and row.id == int(text)):
            return row
    raise WatchError(QT_TRANSLATE_NOOP("errors", "没有“{term}”这个监测词。用 opsdesk-cli watch list 查看全部。"), term=text)


def set_keyword_enabled(store: Any, term_or_id: str | int, enabled: bool) -> None:
    """Switch a watch word on or off (off: kept, but not matched)."""
    with store.writing() as session:
        row = _find_keyword(session, term_or_id)
        row.enabled = enabled
        session.add(row)


def remove_keyword(store: Any, term_or_id: str | int) -> str:
    """Delete a watch word; mentions already found keep their terms. Returns the word."""
    with store.writing() as session:
        row = _find_keyword(session, term_or_id)
        session.delete(row)
        return row.term


# ---------------------------------------------------------------------------------------------
# Collecting mentions


def _mention_row(result: ScanResult, text: str, **values: Any) -> dict[str, Any]:
    return {"source": "comment", "platform": None, "post_id": None, "feedback_id": None, "author": None,
            "text": text, "terms": result.terms, "sentiment": result.sentiment, "is_alert": result.alert,
            "alert_status": AlertStatus.new.value if result.alert else None, "first_response_at": None,
            "response": None, "mentioned_at": now(), "import_batch_id": None} | values


def _insert(session: Any, rows: list[dict[str, Any]]) -> None:
    if rows:
        session.execute(sa.insert(Mention.__table__), rows)


def scan_store(store: Any, since: dt.datetime | dt.date | None = None, *, today: dt.date | None = None) -> dict[str, Any]:
    """Turn feedback and imported comments that name a watch word into mentions, then check for a spike.

    Idempotent: a feedback row already behind a mention is skipped, so scanning again (or after
    the next import) adds only what is new. `since` limits the scan to rows received from then on.
    """
    ensure_starter_keywords(store)
    words = enabled_keywords(store)
    stmt = select(Feedback.id, Feedback.source, Feedback.text, Feedback.received_at, Feedback.extra,
                  Feedback.import_batch_id).where(
        Feedback.id.not_in(select(Mention.feedback_id).where(Mention.feedback_id.is_not(None))))  # type: ignore[union-attr]
    if since is not None:
        start = since if isinstance(since, dt.datetime) else dt.datetime.combine(since, dt.time())
        stmt = stmt.where(Feedback.received_at >= start)
    with store.reading() as session:
        feedback = session.exec(stmt).all()
    rows = []
    for fid, source, text, received, extra, batch in feedback:
        if not words or not text:
            continue
        result = scan_text(text, words, direct=True)
        if not result.terms:
            continue
        extra = extra or {}
        rows.append(_mention_row(
            result, text, source="comment" if str(source) == "comment" else "feedback", feedback_id=fid,
            platform=extra.get("platform"), post_id=extra.get("post_id"), author=extra.get("user"),
            mentioned_at=received, import_batch_id=batch))
    with store.writing() as session:
        _insert(session, rows)
    spike_ids = raise_spike_alerts(store, today)
    return {"scanned": len(feedback), "added": len(rows), "alerts": sum(1 for r in rows if r["is_alert"]),
            "spike_alert_ids": spike_ids}


def add_pasted(store: Any, text: str, platform: str | None = None, *, author: str | None = None,
               at: dt.datetime | None = None) -> list[dict[str, Any]]:
    """Pasted comments, one per non-empty line: each line naming a watch word becomes a mention.

    The same line pasted again is not added twice. Returns per line {"text", "terms", "sentiment",
    "alert", "id"} (id None when the line names no watch word or was there already).
    """
    ensure_starter_keywords(store)
    words = enabled_keywords(store)
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    with store.reading() as session:
        have = set(session.exec(select(Mention.text).where(Mention.source == PASTED_SOURCE)).all())
    out, rows = [], []
    for line in lines:
        result = scan_text(line, words)
        item = {"text": line, "terms": result.terms, "sentiment": result.sentiment, "alert": result.alert, "id": None}
        out.append(item)
        if result.terms and line not in have:
            have.add(line)
            rows.append((item, _mention_row(result, line, source=PASTED_SOURCE, platform=platform, author=author,
                                            mentioned_at=at or now())))
    with store.writing() as session:
        for item, row in rows:
            item["id"] = session.execute(sa.insert(Mention.__table__).values(**row)).inserted_primary_key[0]
    return out


# ---------------------------------------------------------------------------------------------
# Alerts


def _hours(start: dt.datetime | None, end: dt.datetime | None) -> float | None:
    if start is None or end is None:
        return None
    return round(max((end - start).total_seconds(), 0) / 3600, 2)


def _as_dict(m: Mention) -> dict[str, Any]:
    return {"id": m.id, "source": m.source, "platform": m.platform, "post_id": m.post_id, "feedback_id": m.feedback_id,
            "author": m.author, "text": m.text, "terms": list(m.terms or []), "sentiment": str(m.sentiment),
            "is_alert": bool(m.is_alert), "status": str(m.alert_status) if m.alert_status else None,
            "urgent": m.source == SPIKE_SOURCE, "mentioned_at": m.mentioned_at,
            "first_response_at": m.first_response_at, "response": m.response,
            "response_hours": _hours(m.mentioned_at, m.first_response_at)}


def mentions(store: Any, *, sentiment: str | None = None, limit: int = 500) -> list[dict[str, Any]]:
    """The latest mentions (spike notices left out), newest first."""
    stmt = select(Mention).where(Mention.source != SPIKE_SOURCE)
    if sentiment:
        stmt = stmt.where(Mention.sentiment == sentiment)
    stmt = stmt.order_by(Mention.mentioned_at.desc(), Mention.id.desc()).limit(limit)  # type: ignore[attr-defined]
    with store.reading() as session:
        return [_as_dict(m) for m in session.exec(stmt).all()]


def response_limits(store: Any) -> dict[str, float]:
    """Hours an alert may wait for its first response, per severity: defaults merged with the
    setting `watch.response_hours` ({"negative": 2, "neutral": 24})."""
    value = store.setting(RESPONSE_SETTING, {}) or {}
    out = dict(DEFAULT_RESPONSE_HOURS)
    if isinstance(value, dict):
        out.update({k: float(v) for k, v in value.items()
                    if k in DEFAULT_RESPONSE_HOURS and isinstance(v, int | float) and v > 0})
    return out


def set_response_limits(store: Any, **hours: float | None) -> dict[str, float]:
    """Change the hours allowed per severity (`negative=`, `neutral=`; None leaves one as it is)."""
    limits = response_limits(store)
    for level, value in hours.items():
        if level not in DEFAULT_RESPONSE_HOURS:
            raise TypeError(f"unknown severity: {level}")
        if value is None:
            continue
        if not 0 < value <= 720:
            raise WatchError(QT_TRANSLATE_NOOP("errors", "回复时限要在 0 到 720 小时之间，不是 {hours}。"), hours=f"{value:g}")
        limits[level] = float(value)
    store.set_setting(RESPONSE_SETTING, limits)
    return limits


def severity(row: Mapping[str, Any]) -> str:
    """"negative" for a negative alert (a spike included), "neutral" (一般) for the rest."""
    return "negative" if row["sentiment"] == Sentiment.negative.value or row["urgent"] else "neutral"


def with_clock(row: dict[str, Any], limits: Mapping[str, float], at: dt.datetime | None = None) -> dict[str, Any]:
    """An alert with its response clock: `severity`, `limit_hours` (allowed), `waited_hours` (to the
    first response, or to `at`/now while unanswered; None for one resolved without a reply time),
    `overdue` (waited beyond the limit — answered late counts too) and its complaint `kinds`."""
    level = severity(row)
    answered = row["first_response_at"]
    if answered is None and row["status"] == "resolved":
        waited = None
    else:
        waited = _hours(row["mentioned_at"], answered or at or clock.now())
    limit = limits.get(level, DEFAULT_RESPONSE_HOURS[level])
    return row | {"severity": level, "limit_hours": limit, "waited_hours": waited,
                  "overdue": waited is not None and waited > limit,
                  "kinds": [] if row["urgent"] else classify_complaint(row["text"])}


def is_open(row: Mapping[str, Any]) -> bool:
    return row["status"] in ("new", "responding")


def is_waiting_overdue(row: Mapping[str, Any]) -> bool:
    """Open, not answered yet and beyond its response time: what the operator must answer first."""
    return bool(row["overdue"]) and row["first_response_at"] is None and is_open(row)


def _alert_order(row: Mapping[str, Any]) -> tuple[int, int, int, float]:
    """Overdue unanswered ones first (urgent, then longest waited), open urgent ones, then new,
    responding, resolved."""
    rank = {"new": 0, "responding": 1, "resolved": 2}
    late = is_waiting_overdue(row)
    return (0 if late else 1, 0 if row["urgent"] and is_open(row) else 1,
            rank.get(row["status"] or "", 3), -(row["waited_hours"] or 0) if late else 0)


def alerts(store: Any, status: str | None = None) -> list[dict[str, Any]]:
    """Alerts with their response clock (`with_clock`): overdue unanswered ones first, then open
    urgent (spike) ones, then new, responding, resolved; newest first within each."""
    stmt = select(Mention).where(Mention.is_alert == True)  # noqa: E712
    if status:
        stmt = stmt.where(Mention.alert_status == AlertStatus(status))
    limits, at = response_limits(store), clock.now()
    with store.reading() as session:
        rows = [with_clock(_as_dict(m), limits, at) for m in session.exec(stmt).all()]
    rows.sort(key=lambda r: r["mentioned_at"], reverse=True)
    rows.sort(key=_alert_order)
    return rows


def alert_counts(store: Any) -> dict[str, int]:
    """{"new", "responding", "resolved", "open" (new + responding), "urgent" (open spikes),
    "overdue" (unanswered ones waiting beyond their response time)}."""
    rows = alerts(store)
    counts = Counter(str(r["status"]) for r in rows if r["status"])
    out = {k: counts.get(k, 0) for k in ("new", "responding", "resolved")}
    out["open"] = out["new"] + out["responding"]
    out["urgent"] = sum(1 for r in rows if r["urgent"] and is_open(r))
    out["overdue"] = sum(1 for r in rows if is_waiting_overdue(r))
    return out


def take_unannounced_alerts(store: Any) -> list[dict[str, Any]]:
    """The open alerts no start-up notice has told about yet (urgent first), now marked as told.

    The notice is for news: an operator who saw an alert yesterday and left it open is not told
    again on every start (the status-bar count still shows it). Kept in the store's settings so
    it follows the data folder; only ids still open are remembered.
    """
    open_alerts = [a for a in alerts(store) if a["status"] in ("new", "responding")]
    told = set(store.setting(ANNOUNCED_SETTING, []) or [])
    fresh = [a for a in open_alerts if a["id"] not in told]
    if fresh:
        store.set_setting(ANNOUNCED_SETTING, sorted(a["id"] for a in open_alerts))
    return fresh


def _get_alert(session: Any, mention_id: int) -> Mention:
    m = session.get(Mention, mention_id)
    if m is None or not m.is_alert:
        raise WatchError(QT_TRANSLATE_NOOP("errors", "没有编号为 {id} 的预警。"), id=mention_id)
    return m


def set_alert_status(store: Any, mention_id: int, status: str) -> None:
    """Move an alert to new / responding / resolved (reopening keeps the first response time).

    Resolving one nobody replied to here (answered on the platform directly) stops its clock now."""
    try:
        new = AlertStatus(status)
    except ValueError:
        raise WatchError(QT_TRANSLATE_NOOP("errors", "预警状态只能是 new、responding 或 resolved。")) from None
    with store.writing() as session:
        m = _get_alert(session, mention_id)
        m.alert_status = new
        if new == AlertStatus.resolved and m.first_response_at is None:
            m.first_response_at = now()
        session.add(m)


def respond(store: Any, mention_id: int, template_id: int | None = None, text: str | None = None, *,
            resolve: bool = False, at: dt.datetime | None = None) -> str:
    """Record a reply on an alert — a template filled for it, or `text` — and move it on.

    The first reply sets `first_response_at` (time to first response) and moves new → responding;
    `resolve=True` closes it. Later replies are appended. Returns the reply text (to copy).
    """
    if template_id is None and not (text and text.strip()):
        raise WatchError(QT_TRANSLATE_NOOP("errors", "回复内容是空的：选一个回复模板或写几句话。"))
    if template_id is not None:
        with store.reading() as session:
            template = session.get(ReplyTemplate, template_id)
            if template is None:
                raise WatchError(QT_TRANSLATE_NOOP("errors", "没有编号为 {id} 的回复模板。"), id=template_id)
            body = template.body
        text = fill_template(body, template_values(store, mention_id))
    reply = (text or "").strip()
    with store.writing() as session:
        m = _get_alert(session, mention_id)
        m.response = reply if not m.response else f"{m.response}\n———\n{reply}"
        if m.first_response_at is None:
            m.first_response_at = at or now()
        if resolve:
            m.alert_status = AlertStatus.resolved
        elif m.alert_status in (None, AlertStatus.new):
            m.alert_status = AlertStatus.responding
        session.add(m)
    return reply


def thresholds(store: Any) -> dict[str, float]:
    """Spike thresholds: defaults merged with the setting `watch.thresholds`."""
    value = store.setting(THRESHOLDS_SETTING, {}) or {}
    out = dict(DEFAULT_THRESHOLDS)
    out.update({k: float(v) for k, v in value.items() if k in DEFAULT_THRESHOLDS and isinstance(v, int | float)})
    return out


def _day_counts(store: Any, first: dt.date, last: dt.date) -> dict[dt.date, list[dt.datetime]]:
    """The negative mentions (spike notices left out) of each day from `first` to `last`, in time order."""
    start = dt.datetime.combine(first, dt.time())
    end = dt.datetime.combine(last + dt.timedelta(days=1), dt.time())
    with store.reading() as session:
        stamps = session.exec(select(Mention.mentioned_at).where(
            Mention.sentiment == Sentiment.negative, Mention.source != SPIKE_SOURCE,
            Mention.mentioned_at >= start, Mention.mentioned_at < end)).all()
    days: dict[dt.date, list[dt.datetime]] = {}
    for stamp in sorted(stamps):
        days.setdefault(stamp.date(), []).append(stamp)
    return days


def _day_status(day: dt.date, per_day: Mapping[dt.date, list[dt.datetime]], t: Mapping[str, float]) -> dict[str, Any]:
    days = max(int(t["window_days"]), 1)
    count = len(per_day.get(day, []))
    average = sum(len(per_day.get(day - dt.timedelta(days=k), [])) for k in range(1, days + 1)) / days
    return {"day": day, "count": count, "average": round(average, 2),
            "ratio": round(count / average, 2) if average else None,
            "spike": count >= t["spike_min"] and count >= t["spike_ratio"] * average}


def spike_status(store: Any, today: dt.date | None = None) -> dict[str, Any]:
    """Each day of the last `window_days` against the daily average of the window before it.

    Returns today's figures ({"day", "today", "average", "ratio", "spike"}), the thresholds, and
    `spike_days`: every day of the window that was a spike ({"day", "count", "average", "ratio"}).
    """
    today = today or clock.today()
    t = thresholds(store)
    days = max(int(t["window_days"]), 1)
    per_day = _day_counts(store, today - dt.timedelta(days=2 * days - 1), today)
    window = [_day_status(today - dt.timedelta(days=k), per_day, t) for k in range(days - 1, -1, -1)]
    now_ = window[-1]
    return {"day": today, "today": now_["count"], "average": now_["average"], "ratio": now_["ratio"],
            "spike": now_["spike"], "thresholds": t,
            "spike_days": [{k: d[k] for k in ("day", "count", "average", "ratio")} for d in window if d["spike"]]}


def raise_spike_alerts(store: Any, today: dt.date | None = None) -> list[int]:
    """One urgent alert for each spike day of the window (never two for a day); returns their ids.

    The alert is dated when the day's count crossed the threshold, so its response clock starts
    when the spike began, not when the app was next opened."""
    status = spike_status(store, today)
    if not status["spike_days"]:
        return []
    t = status["thresholds"]
    first_day = status["spike_days"][0]["day"]
    per_day = _day_counts(store, first_day, status["day"])
    ids = []
    with store.writing() as session:
        for spike in status["spike_days"]:
            day = spike["day"]
            start = dt.datetime.combine(day, dt.time())
            existing = session.exec(select(Mention.id).where(
                Mention.source == SPIKE_SOURCE, Mention.mentioned_at >= start,
                Mention.mentioned_at < start + dt.timedelta(days=1))).first()
            if existing is not None:
                ids.append(int(existing))
                continue
            text = (f"负面提及激增：{day:%m-%d} 有 {spike['count']} 条，"
                    f"前 {int(t['window_days'])} 天日均 {spike['average']:g} 条")
            needed = max(math.ceil(t["spike_min"]), math.ceil(t["spike_ratio"] * spike["average"]), 1)
            stamps = per_day[day]
            at = stamps[min(needed, len(stamps)) - 1]
            row = _mention_row(ScanResult([], Sentiment.negative.value, True), text, source=SPIKE_SOURCE, mentioned_at=at)
            ids.append(int(session.execute(sa.insert(Mention.__table__).values(**row)).inserted_primary_key[0]))
    return ids


def month_alert_summary(store: Any, month: str) -> dict[str, Any]:
    """The month's alerts for the monthly review: counts, response times and the words behind them.

    `month` is "YYYY-MM". Returns {"month", "alerts", "urgent", "resolved", "open", "responded",
    "median_response_hours", "mean_response_hours", "worst_response_hours" (the slowest first
    response), "overdue" (alerts answered beyond their response time, or still waiting beyond it),
    "within_24h_rate" (0–1, None without replies), "negative_mentions",
    "mentions", "top_terms": [[term, n], …]}.
    """
    first, nxt = Month.parse(month, WatchError).bounds()
    start, end = dt.datetime.combine(first, dt.time()), dt.datetime.combine(nxt, dt.time())
    limits, at = response_limits(store), clock.now()
    with store.reading() as session:
        rows = session.exec(select(Mention).where(Mention.mentioned_at >= start, Mention.mentioned_at < end)).all()
        items = [_as_dict(m) for m in rows]
    flagged = [with_clock(m, limits, at) for m in items if m["is_alert"]]
    hours = [m["response_hours"] for m in flagged if m["response_hours"] is not None]
    terms = Counter(t for m in flagged for t in m["terms"])
    return {
        "month": month,
        "alerts": len(flagged),
        "urgent": sum(1 for m in flagged if m["urgent"]),
        "resolved": sum(1 for m in flagged if m["status"] == "resolved"),
        "open": sum(1 for m in flagged if m["status"] in ("new", "responding")),
        "responded": len(hours),
        "median_response_hours": round(statistics.median(hours), 2) if hours else None,
        "mean_response_hours": round(statistics.fmean(hours), 2) if hours else None,
        "worst_response_hours": max(hours) if hours else None,
        "overdue": sum(1 for m in flagged if m["overdue"]),
        "within_24h_rate": round(sum(1 for h in hours if h <= 24) / len(hours), 4) if hours else None,
        "mentions": sum(1 for m in items if not m["urgent"]),
        "negative_mentions": sum(1 for m in items if m["sentiment"] == "negative" and not m["urgent"]),
        "top_terms": [[t, n] for t, n in terms.most_common(5)],
    }


# ---------------------------------------------------------------------------------------------
# Reply templates


def reply_templates(store: Any) -> list[dict[str, Any]]:
    with store.reading() as session:
        rows = session.exec(select(ReplyTemplate).order_by(ReplyTemplate.name)).all()
        return [{"id": r.id, "name": r.name, "body": r.body} for r in rows]


def template_kind(name: str) -> str | None:
    """The complaint kind a reply template is for, read from its name (过敏安抚 → allergy); None
    for a general one (感谢好评)."""
    return next((k.code for k in complaint_kinds() if k.names_template(name)), None)


#: The complaint kinds' names, marked so they are translated; the word list (complaint_kinds.txt)
#: writes the same Chinese names, and a kind added there unmarked shows in Chinese.
KIND_NAMES = (
    QT_TRANSLATE_NOOP("labels", "过敏"), QT_TRANSLATE_NOOP("labels", "退款"), QT_TRANSLATE_NOOP("labels", "物流"),
    QT_TRANSLATE_NOOP("labels", "质量"), QT_TRANSLATE_NOOP("labels", "效果"), QT_TRANSLATE_NOOP("labels", "价格"),
    QT_TRANSLATE_NOOP("labels", "客服"),
)


def kind_names(translate: Translate = untranslated) -> dict[str, str]:
    """Complaint kind code → its name (过敏, 退款 …) in the reader's language."""
    return {k.code: translate(LABEL_CONTEXT, k.name) for k in complaint_kinds()}


def templates_for(alert: Mapping[str, Any], templates: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The templates in the order to offer them for this alert: those for its complaint kinds
    first (in the order the text names the kinds, `matched` True), then the general ones, then
    those for other kinds. Each template gains `kind`."""
    kinds = list(alert.get("kinds") or [])
    tagged = [t | {"kind": template_kind(t["name"])} for t in templates]

    def rank(t: dict[str, Any]) -> int:
        if t["kind"] in kinds:
            return kinds.index(t["kind"])
        return len(kinds) + (0 if t["kind"] is None else 1)

    return [t | {"matched": t["kind"] in kinds} for t in sorted(tagged, key=rank)]


def save_template(store: Any, name: str, body: str, template_id: int | None = None) -> int:
    """Create or change a reply template (names are unique)."""
    name, body = name.strip(), body.strip()
    if not name or not body:
        raise WatchError(QT_TRANSLATE_NOOP("errors", "回复模板要有名称和内容。"))
    with store.writing() as session:
        clash = session.exec(select(ReplyTemplate).where(ReplyTemplate.name == name)).first()
        if clash is not None and clash.id != template_id:
            raise WatchError(QT_TRANSLATE_NOOP("errors", "已经有叫“{name}”的回复模板了。"), name=name)
        row = session.get(ReplyTemplate, template_id) if template_id else None
        row = row or ReplyTemplate(name=name, body=body)
        row.name, row.body = name, body
        session.add(row)
        session.flush()
        return int(row.id or 0)


def delete_template(store: Any, template_id: int) -> None:
    with store.writing() as session:
        row = session.get(ReplyTemplate, template_id)
        if row is not None:
            session.delete(row)


_PLACEHOLDER = re.compile(r"[{｛](" + "|".join(PLACEHOLDERS) + r")[}｝]")


def fill_template(body: str, values: Mapping[str, str | None]) -> str:
    """Replace {用户} {品牌} {产品} {平台} {评论} with `values`; missing ones get a neutral word."""
    fallback = {"用户": "亲", "品牌": "我们", "产品": "产品", "平台": "", "评论": ""}
    return _PLACEHOLDER.sub(lambda m: (values.get(m.group(1)) or fallback[m.group(1)]), body)


def template_values(store: Any, mention_id: int | None) -> dict[str, str | None]:
    """Placeholder values for a mention (read from the store); see `values_for`."""
    mention = None
    if mention_id is not None:
        with store.reading() as session:
            row = session.get(Mention, mention_id)
            mention = _as_dict(row) if row else None
    return values_for(mention, {k["term"]: k["kind"] for k in keywords(store)})


def values_for(mention: Mapping[str, Any] | None, kinds: Mapping[str, str]) -> dict[str, str | None]:
    """Placeholder values: the mention's author and platform, the brand/product it names (else the
    first watched one), and its text. `kinds` maps each watch term to its kind."""
    terms = list(mention["terms"]) if mention else []

    def first(kind: str) -> str | None:
        named = [t for t in terms if kinds.get(t) == kind]
        return named[0] if named else next((t for t, k in kinds.items() if k == kind), None)

    platform = mention.get("platform") if mention else None
    return {"用户": mention.get("author") if mention else None, "品牌": first("brand"), "产品": first("product"),
            "平台": platform_name(platform) or None, "评论": mention.get("text") if mention else None}
