"""The ops manual (运营手册): every lesson across months — what worked, what didn't, and the proof.

Lessons come from the monthly review and from campaign post-mortems (`campaigns.save_postmortem`);
all live in the `lesson` table. Here they are listed with filters (area, kind, month, words found
in the title, evidence or detail), added, edited and deleted, and gathered into the printable
manual grouped by area.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa

from app.i18n import QT_TRANSLATE_NOOP, Translate, UserError, untranslated
from app.models.review import Lesson, LessonArea, LessonKind
from app.models.vocabulary import Month, label
from app.services.campaigns import delete_lesson
from app.services.records import save_record

if TYPE_CHECKING:
    from app.store import Store

__all__ = ["ManualError", "delete_lesson", "lessons", "manual", "save_lesson"]


FIELDS = ("month", "kind", "area", "title", "evidence", "detail", "campaign_id")


class ManualError(UserError):
    pass


def _choice(enum: type[LessonArea] | type[LessonKind], value: str, what: str) -> str:
    try:
        return enum(value).value
    except ValueError:
        raise ManualError(QT_TRANSLATE_NOOP("errors", "没有{what} {value}，可选：{choices}。"), what=what,
                          value=value, choices=", ".join(e.value for e in enum)) from None


def lessons(store: Store, *, area: str | None = None, kind: str | None = None, month: str | None = None,
            search: str | None = None, translate: Translate = untranslated) -> list[dict[str, Any]]:
    """Lessons newest month first, filtered; `search` matches every word (spaces between words)
    in the title, evidence, detail or campaign name, case-insensitively."""
    where, params = ["1 = 1"], {}
    if area:
        where.append("l.area = :area")
        params["area"] = _choice(LessonArea, area, "领域")
    if kind:
        where.append("l.kind = :kind")
        params["kind"] = _choice(LessonKind, kind, "类型")
    if month:
        where.append("l.month = :month")
        params["month"] = month
    for i, word in enumerate((search or "").split()):
        where.append(f"(instr(lower(l.title || ' ' || coalesce(l.evidence, '') || ' ' || coalesce(l.detail, '')"
                     f" || ' ' || coalesce(c.name, '')), :w{i}) > 0)")
        params[f"w{i}"] = word.lower()
    sql = f"""
        SELECT l.id, l.month, l.kind, l.area, l.title, l.evidence, l.detail, l.campaign_id,
               c.name AS campaign_name, l.created_at
        FROM lesson l LEFT JOIN campaign c ON c.id = l.campaign_id
        WHERE {" AND ".join(where)}
        ORDER BY l.month DESC, l.area, l.kind DESC, l.id"""
    with store.reading() as uow:
        conn = uow.connection()
        rows = [dict(r) for r in conn.execute(sa.text(sql), params).mappings()]
    for row in rows:
        row["created_at"] = dt.datetime.fromisoformat(str(row["created_at"])).replace(microsecond=0)
        row["area_label"] = label(LessonArea, row["area"], translate)
        row["kind_label"] = label(LessonKind, row["kind"], translate)
    return rows


def save_lesson(store: Store, lesson_id: int | None = None, **fields: Any) -> int:
    """Add a lesson (month and title required) or change the one with `lesson_id`; returns its id."""
    unknown = set(fields) - set(FIELDS)
    if unknown:
        raise ValueError(f"unknown lesson fields: {sorted(unknown)}")
    if "title" in fields or lesson_id is None:
        fields["title"] = (fields.get("title") or "").strip()
        if not fields["title"]:
            raise ManualError(QT_TRANSLATE_NOOP("errors", "经验教训要写一句标题。"))
    if "month" in fields or lesson_id is None:
        fields["month"] = str(Month.parse(fields.get("month"), ManualError))
    if "area" in fields:
        fields["area"] = LessonArea(_choice(LessonArea, fields["area"], "领域"))
    if "kind" in fields:
        fields["kind"] = LessonKind(_choice(LessonKind, fields["kind"], "类型"))
    for key in ("evidence", "detail"):
        if key in fields:
            fields[key] = (fields[key] or "").strip() or None
    missing = ManualError(QT_TRANSLATE_NOOP("errors", "经验 {id} 不存在。"), id=lesson_id)
    return save_record(store, Lesson, lesson_id, fields, missing)


def manual(store: Store, *, area: str | None = None, kind: str | None = None, search: str | None = None,
           translate: Translate = untranslated) -> dict[str, Any]:
    """The printable manual: the filtered lessons grouped by area (in the areas' order), with counts."""
    rows = lessons(store, area=area, kind=kind, search=search, translate=translate)
    groups = []
    for area_code in LessonArea:
        items = [r for r in rows if r["area"] == area_code]
        if items:
            groups.append({"area": area_code.value, "label": label(LessonArea, area_code, translate), "lessons": items})
    return {
        "filters": {"area": area, "kind": kind, "search": search or None},
        "count": len(rows),
        "success": sum(r["kind"] == LessonKind.success for r in rows),
        "failure": sum(r["kind"] == LessonKind.failure for r in rows),
        "months": sorted({r["month"] for r in rows}),
        "groups": groups,
    }

