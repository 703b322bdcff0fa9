"""The feedback log (反馈记录) and the user needs list (用户需求清单) built from it.

What users say in DMs, group chats, surveys and comments is logged with a category and a status.
A need can become a topic (选题) with source `user_need`; the two are linked both ways
(`feedback.topic_id` and a description that cites the feedback), so the topic library shows
where an idea came from and the log shows what became of it.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Sequence
from typing import Any

import sqlalchemy as sa

from app.i18n import QT_TRANSLATE_NOOP, UserError
from app.models import Feedback, FeedbackCategory, FeedbackSource, FeedbackStatus, Topic, TopicSource, now
from app.models.vocabulary import label, labels
from app.services.records import checked_fields, required_text
from app.services.text import title_key
from app.store import Store

#: Theme of feedback that carries no tag: its category name in this template.
UNTAGGED_THEME = QT_TRANSLATE_NOOP("feedback", "{category}（未打标签）")
TOPIC_DESCRIPTION = QT_TRANSLATE_NOOP("feedback", "来自用户反馈 #{id}（{source}，{day}{member}）：\n「{text}」")
TITLE_LENGTH = 30
LATEST_EXAMPLES = 3


class FeedbackError(UserError):
    """Bad feedback input or an id that no longer exists."""


_FIELDS = ("text", "source", "category", "status", "member_id", "tags", "received_at")


def add_feedback(store: Store, text: str, *, source: str = "other", category: str = "content",
                 status: str = "new", member_id: int | None = None, tags: Iterable[str] = (),
                 received_at: dt.datetime | None = None) -> int:
    """Log one piece of feedback; returns its id."""
    values = _checked({"text": text, "source": source, "category": category, "status": status,
                       "member_id": member_id, "tags": tags, "received_at": received_at or now()})
    with store.writing() as session:
        return session.insert(Feedback(**values))


def update_feedback(store: Store, feedback_id: int, **changes: Any) -> None:
    """Change any of text, source, category, status, member_id, tags, received_at."""
    values = _checked(changes)
    with store.writing() as session:
        session.change(_get(session, feedback_id), values)


def delete_feedback(store: Store, feedback_id: int) -> None:
    """Remove a feedback entry (a topic made from it stays)."""
    with store.writing() as session:
        session.delete(_get(session, feedback_id))


def get_feedback(store: Store, feedback_id: int) -> dict[str, Any]:
    rows = list_feedback(store, ids=[feedback_id])
    if not rows:
        raise _missing(feedback_id)
    return rows[0]


def list_feedback(store: Store, *, status: str | None = None, category: str | None = None,
                  source: str | None = None, member_id: int | None = None, search: str = "",
                  ids: Sequence[int] | None = None) -> list[dict[str, Any]]:
    """Feedback newest first, with the member's nickname and the linked topic's title."""
    clauses, params = [], {}
    for key, value in (("status", status), ("category", category), ("source", source), ("member_id", member_id)):
        if value is not None:
            clauses.append(f"f.{key} = :{key}")
            params[key] = value
    if search.strip():
        clauses.append("(f.text LIKE :search OR CAST(f.tags AS TEXT) LIKE :search)")
        params["search"] = f"%{search.strip()}%"
    if ids is not None:
        clauses.append(f"f.id IN ({','.join(str(int(i)) for i in ids) or 'NULL'})")
    where = ("WHERE " + " AND ".join(clauses)) if clauses else ""
    query = f"""
        SELECT f.id, f.received_at, f.source, f.category, f.status, f.text, f.tags, f.member_id,
               m.nickname AS member, f.topic_id, t.title AS topic
        FROM feedback f LEFT JOIN member m ON m.id = f.member_id LEFT JOIN topic t ON t.id = f.topic_id
        {where} ORDER BY f.received_at DESC, f.id DESC"""
    with store.reading() as uow:
        conn = uow.connection()
        rows = conn.execute(sa.text(query), params).mappings().all()
    return [_row(row) for row in rows]


def make_topic_from_feedback(store: Store, feedback_id: int) -> int:
    """Turn a need into a topic (source user_need) linked both ways; returns the topic id.

    Asking again returns the topic already made, so a double click makes one topic, not two.
    New feedback becomes "planned" once it has a topic.
    """
    with store.writing() as session:
        feedback = _get(session, feedback_id)
        if feedback.topic_id is not None and session.get(Topic, feedback.topic_id) is not None:
            return feedback.topic_id
        member = None
        if feedback.member_id is not None:
            member = session.connection().execute(
                sa.text("SELECT nickname FROM member WHERE id = :id"), {"id": feedback.member_id}).scalar()
        title = topic_title(feedback.text)
        topic = Topic(
            title=title,
            title_key=title_key(title),
            description=TOPIC_DESCRIPTION.format(
                id=feedback.id, source=label("feedback_source", feedback.source), day=feedback.received_at.date().isoformat(),
                member=f"，{member}" if member else "", text=feedback.text.strip()),
            source=TopicSource.user_need,
            tags=list(feedback.tags),
        )
        session.add(topic)
        session.flush()
        assert topic.id is not None
        feedback.topic_id = topic.id
        if feedback.status == FeedbackStatus.new:
            feedback.status = FeedbackStatus.planned
        session.add(feedback)
        return topic.id


def topic_title(text: str) -> str:
    """A topic title from feedback: its first line, cut at TITLE_LENGTH characters."""
    line = next((part.strip() for part in text.splitlines() if part.strip()), "")
    return line if len(line) <= TITLE_LENGTH else line[:TITLE_LENGTH - 1] + "…"


def needs_list(store: Store, include_closed: bool = False) -> list[dict[str, Any]]:
    """The user needs list: feedback grouped by theme (each tag; untagged by category), biggest first.

    Each theme: theme, tag (None when untagged), category (the most frequent), count, open
    (status new or planned), with_topic, latest_at and latest (the LATEST_EXAMPLES newest entries).
    Feedback marked done or won't-do is left out unless `include_closed`.
    """
    rows = list_feedback(store)
    themes: dict[tuple[str | None, str | None], dict[str, Any]] = {}
    for row in rows:
        if not include_closed and row["status"] in ("done", "wont_do"):
            continue
        keys = [(tag, None) for tag in dict.fromkeys(row["tags"])] or [(None, row["category"])]
        for key in keys:
            theme = themes.get(key)
            if theme is None:
                tag, category = key
                theme = themes[key] = {
                    "theme": tag if tag is not None else UNTAGGED_THEME.format(category=label("feedback_category", category)),
                    "tag": tag, "count": 0, "open": 0, "with_topic": 0, "categories": {},
                    "latest_at": row["received_at"], "latest": []}
            theme["count"] += 1
            theme["open"] += row["status"] in ("new", "planned")
            theme["with_topic"] += row["topic_id"] is not None
            theme["categories"][row["category"]] = theme["categories"].get(row["category"], 0) + 1
            if len(theme["latest"]) < LATEST_EXAMPLES:
                theme["latest"].append({key: row[key] for key in
                                        ("id", "received_at", "text", "member", "status", "topic_id")})
    result = list(themes.values())
    for theme in result:
        theme["category"] = max(theme["categories"].items(), key=lambda item: item[1])[0]
    result.sort(key=lambda t: (-t["count"], -t["open"], t["theme"]))
    return result


def _checked(values: dict[str, Any]) -> dict[str, Any]:
    result = checked_fields(values, _FIELDS, "feedback")
    required_text(result, "text", FeedbackError(QT_TRANSLATE_NOOP("errors", "反馈内容不能为空。")))
    for key, enum, names, field_name in (
            ("source", FeedbackSource, labels(FeedbackSource), QT_TRANSLATE_NOOP("errors", "来源")),
            ("category", FeedbackCategory, labels(FeedbackCategory), QT_TRANSLATE_NOOP("errors", "类别")),
            ("status", FeedbackStatus, labels(FeedbackStatus), QT_TRANSLATE_NOOP("errors", "状态"))):
        if key in result:
            result[key] = _enum_value(enum, names, result[key], field_name)
    if "tags" in result:
        result["tags"] = list(dict.fromkeys(str(tag).strip() for tag in result["tags"] if str(tag).strip()))
    return result


def _enum_value(enum: Any, names: dict[str, str], value: Any, field: str) -> Any:
    """Accept the code ('dm') or the Chinese name ('私信')."""
    by_name = {name: code for code, name in names.items()}
    code = by_name.get(value, value)
    if code not in enum.__members__:
        raise FeedbackError(QT_TRANSLATE_NOOP("errors", "“{value}”不是可用的{field}，可选：{choices}。"),
                            value=value, field=field, choices="、".join(names.values()))
    return enum(code)


def _get(session: Any, feedback_id: int) -> Feedback:
    feedback = session.get(Feedback, feedback_id)
    if feedback is None:
        raise _missing(feedback_id)
    return feedback


def _missing(feedback_id: int) -> FeedbackError:
    return FeedbackError(QT_TRANSLATE_NOOP("errors", "找不到编号为 {id} 的反馈，可能已被删除。"), id=feedback_id)


def _row(row: Any) -> dict[str, Any]:
    item = dict(row)
    item["tags"] = json.loads(item["tags"]) if isinstance(item["tags"], str) else (item["tags"] or [])
    if isinstance(item["received_at"], str):
        item["received_at"] = dt.datetime.fromisoformat(str(item["received_at"]))
    return item
