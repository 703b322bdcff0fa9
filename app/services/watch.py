"""Brand and public-opinion watch (品牌与舆情): watch words, mentions, alerts, spikes and replies —
what is stored. Reading a text (terms as words, sentiment, negation) is `app.services.watch_text`.

Alerts: a negative mention that names a watched brand or product is an alert (status new →
responding → resolved; `first_response_at` gives the time to first response). Comments and
feedback addressed to the brand (`direct`) need no brand name, but then a complaint word (`!`:
退款, 投诉, 不回复 …) — "换季过敏困扰我好久了" under our post is a topic wish, not an alert. A volume spike — today's
negative mentions at least `spike_min` and at least `spike_ratio` × the daily average of the 7
days before — becomes one urgent alert per day (source `spike`); thresholds in `watch.thresholds`.
"""

from __future__ import annotations

import datetime as dt
import re
import statistics
from collections import Counter
from collections.abc import Mapping
from typing import Any

import sqlalchemy as sa
from sqlmodel import select

from app import clock
from app.i18n import QT_TRANSLATE_NOOP, UserError
from app.models import AlertStatus, Feedback, Mention, ReplyTemplate, Sentiment, WatchKeyword, WatchKind, now
from app.models.vocabulary import Month, platform_name
from app.services.watch_text import PUNCT, Keyword, ScanResult, scan_text, starter_negative_terms

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
    spike_id = raise_spike_alert(store, today)
    return {"scanned": len(feedback), "added": len(rows), "alerts": sum(1 for r in rows if r["is_alert"]),
            "spike_alert_id": spike_id}


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


def alerts(store: Any, status: str | None = None) -> list[dict[str, Any]]:
    """Alerts, urgent (spike) ones first, then new, responding, resolved; newest first within each."""
    stmt = select(Mention).where(Mention.is_alert == True)  # noqa: E712
    if status:
        stmt = stmt.where(Mention.alert_status == AlertStatus(status))
    with store.reading() as session:
        rows = [_as_dict(m) for m in session.exec(stmt).all()]
    rank = {"new": 0, "responding": 1, "resolved": 2}
    rows.sort(key=lambda r: r["mentioned_at"], reverse=True)
    rows.sort(key=lambda r: (rank.get(r["status"] or "", 3), not (r["urgent"] and r["status"] != "resolved")))
    return rows


def alert_counts(store: Any) -> dict[str, int]:
    """{"new", "responding", "resolved", "open" (new + responding), "urgent" (open spikes)}."""
    with store.reading() as session:
        rows = session.exec(select(Mention.alert_status, Mention.source).where(Mention.is_alert == True)).all()  # noqa: E712
    counts = Counter(str(s) for s, _ in rows if s)
    out = {k: counts.get(k, 0) for k in ("new", "responding", "resolved")}
    out["open"] = out["new"] + out["responding"]
    out["urgent"] = sum(1 for s, src in rows if src == SPIKE_SOURCE and str(s) != "resolved")
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
    """Move an alert to new / responding / resolved (reopening keeps the first response time)."""
    try:
        new = AlertStatus(status)
    except ValueError:
        raise WatchError(QT_TRANSLATE_NOOP("errors", "预警状态只能是 new、responding 或 resolved。")) from None
    with store.writing() as session:
        m = _get_alert(session, mention_id)
        m.alert_status = new
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


def spike_status(store: Any, today: dt.date | None = None) -> dict[str, Any]:
    """Today's negative mentions against the daily average of the window before today."""
    today = today or clock.today()
    t = thresholds(store)
    days = max(int(t["window_days"]), 1)
    start = dt.datetime.combine(today - dt.timedelta(days=days), dt.time())
    end = dt.datetime.combine(today + dt.timedelta(days=1), dt.time())
    with store.reading() as session:
        stamps = session.exec(select(Mention.mentioned_at).where(
            Mention.sentiment == Sentiment.negative, Mention.source != SPIKE_SOURCE,
            Mention.mentioned_at >= start, Mention.mentioned_at < end)).all()
    today_count = sum(1 for s in stamps if s.date() == today)
    average = (len(stamps) - today_count) / days
    is_spike = today_count >= t["spike_min"] and today_count >= t["spike_ratio"] * average
    return {"day": today, "today": today_count, "average": round(average, 2),
            "ratio": round(today_count / average, 2) if average else None, "spike": is_spike, "thresholds": t}


def raise_spike_alert(store: Any, today: dt.date | None = None) -> int | None:
    """One urgent alert for a spike day (not twice); returns its id, or None when there is no spike."""
    status = spike_status(store, today)
    if not status["spike"]:
        return None
    day = status["day"]
    start = dt.datetime.combine(day, dt.time())
    with store.writing() as session:
        existing = session.exec(select(Mention.id).where(
            Mention.source == SPIKE_SOURCE, Mention.mentioned_at >= start,
            Mention.mentioned_at < start + dt.timedelta(days=1))).first()
        if existing is not None:
            return int(existing)
        text = f"负面提及激增：{day:%m-%d} 已有 {status['today']} 条，前 {int(status['thresholds']['window_days'])} 天日均 {status['average']:g} 条"
        at = now() if day == clock.today() else dt.datetime.combine(day, dt.time(23, 59))
        row = _mention_row(ScanResult([], Sentiment.negative.value, True), text, source=SPIKE_SOURCE, mentioned_at=at)
        return int(session.execute(sa.insert(Mention.__table__).values(**row)).inserted_primary_key[0])


def month_alert_summary(store: Any, month: str) -> dict[str, Any]:
    """The month's alerts for the monthly review: counts, response times and the words behind them.

    `month` is "YYYY-MM". Returns {"month", "alerts", "urgent", "resolved", "open", "responded",
    "median_response_hours", "mean_response_hours", "within_24h_rate" (0–1, None without replies),
    "negative_mentions", "mentions", "top_terms": [[term, n], …]}.
    """
    first, nxt = Month.parse(month, WatchError).bounds()
    start, end = dt.datetime.combine(first, dt.time()), dt.datetime.combine(nxt, dt.time())
    with store.reading() as session:
        rows = session.exec(select(Mention).where(Mention.mentioned_at >= start, Mention.mentioned_at < end)).all()
        items = [_as_dict(m) for m in rows]
    flagged = [m for m in items if m["is_alert"]]
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
