"""The ops manual (运营手册): every lesson across months — what worked, what didn't, and the proof.

Lessons come from the monthly review and from campaign post-mortems (`campaigns.save_postmortem`);
all live in the `lesson` table. Here they are listed with filters (area, kind, month, words found
in the title, evidence or detail), added, edited and deleted, and gathered into the printable
manual grouped by area.

A lesson recorded from somewhere ("记入运营手册" on a review highlight or shortfall, a diagnosis
finding, a campaign 复盘, a promotion) keeps a link to it (`source_kind`/`source_id`/`source_ref`)
and where it applies (platform, promotion tool, campaign type, keywords), filled from the source by
`source_fields`. `matching_lessons` brings the newest three back when the operator works there
again: a new promotion with that tool or platform, a campaign of that type, a topic sharing a
keyword, a draft on that platform.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa
from sqlmodel import select

from app.i18n import QT_TRANSLATE_NOOP, Translate, UserError, untranslated
from app.models.base import Platform
from app.models.campaigns import Campaign, CampaignType, PromotionTool
from app.models.review import Lesson, LessonArea, LessonKind
from app.models.vocabulary import Month, label, platform_name
from app.services.campaigns import delete_lesson
from app.services.records import checked_fields, required_text, save_record
from app.store.sql import like_pattern

if TYPE_CHECKING:
    from app.store import Store

__all__ = ["ManualError", "delete_lesson", "lessons", "manual", "matching_lessons", "save_lesson",
           "source_fields"]


FIELDS = ("month", "kind", "area", "title", "evidence", "detail", "campaign_id", "platform", "tool",
          "campaign_type", "keywords", "keep_doing", "source_kind", "source_id", "source_ref")
#: What a lesson can be recorded from: a review's highlight/shortfall, a diagnosis finding, a
#: campaign's 复盘, a promotion.
SOURCE_KINDS = ("review", "finding", "campaign", "promotion")
#: At most this many matching lessons come back where the operator works.
MATCH_LIMIT = 3


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
        where.append(f"(lower(l.title || ' ' || coalesce(l.evidence, '') || ' ' || coalesce(l.detail, '')"
                     f" || ' ' || coalesce(c.name, '')) LIKE :w{i} ESCAPE '\\')")
        params[f"w{i}"] = like_pattern(word.lower())
    sql = f"""
        SELECT l.id, l.month, l.kind, l.area, l.title, l.evidence, l.detail, l.campaign_id,
               c.name AS campaign_name, l.created_at, l.platform, l.tool, l.campaign_type, l.keep_doing,
               l.source_kind, l.source_id, l.source_ref
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
        row["keep_doing"] = bool(row["keep_doing"])
    return rows


def save_lesson(store: Store, lesson_id: int | None = None, **fields: Any) -> int:
    """Add a lesson (month and title required) or change the one with `lesson_id`; returns its id."""
    fields = checked_fields(fields, FIELDS, "lesson")
    required_text(fields, "title", ManualError(QT_TRANSLATE_NOOP("errors", "经验教训要写一句标题。")),
                  creating=lesson_id is None)
    if "month" in fields or lesson_id is None:
        fields["month"] = str(Month.parse(fields.get("month"), ManualError))
    if "area" in fields:
        fields["area"] = LessonArea(_choice(LessonArea, fields["area"], "领域"))
    if "kind" in fields:
        fields["kind"] = LessonKind(_choice(LessonKind, fields["kind"], "类型"))
    for key in ("evidence", "detail", "source_ref"):
        if key in fields:
            fields[key] = (fields[key] or "").strip() or None
    _check_where(fields)
    missing = ManualError(QT_TRANSLATE_NOOP("errors", "经验 {id} 不存在。"), id=lesson_id)
    return save_record(store, Lesson, lesson_id, fields, missing)


def _check_where(fields: dict[str, Any]) -> None:
    """Platform, tool, campaign type and source kind must be known codes; keywords a clean list."""
    for key, codes, what in (("platform", [p.value for p in Platform], "平台"),
                             ("tool", [t.value for t in PromotionTool], "投放工具"),
                             ("campaign_type", [t.value for t in CampaignType], "活动类型"),
                             ("source_kind", list(SOURCE_KINDS), "来源")):
        if fields.get(key) in ("", None):
            if key in fields:
                fields[key] = None
        elif fields[key] not in codes:
            raise ManualError(QT_TRANSLATE_NOOP("errors", "没有{what} {value}，可选：{choices}。"), what=what,
                              value=fields[key], choices=", ".join(codes))
    if "keywords" in fields:
        words = fields["keywords"] or []
        if isinstance(words, str):
            words = words.replace("，", ",").replace("、", ",").replace(",", " ").split()
        fields["keywords"] = list(dict.fromkeys(w.strip() for w in words if w.strip()))
    if "keep_doing" in fields:
        fields["keep_doing"] = bool(fields["keep_doing"])


def source_fields(store: Store, kind: str, source_id: int | None = None, ref: str | None = None) -> dict[str, Any]:
    """The fields a lesson recorded from a promotion or a campaign takes from it (month, area,
    platform, tool or campaign type, the link); a review part or a finding only links (`ref`)."""
    from app.services.promotions import promotion_figures

    if kind not in SOURCE_KINDS:
        raise ManualError(QT_TRANSLATE_NOOP("errors", "没有{what} {value}，可选：{choices}。"), what="来源",
                          value=kind, choices=", ".join(SOURCE_KINDS))
    out: dict[str, Any] = {"source_kind": kind, "source_id": source_id, "source_ref": ref}
    if kind == "promotion":
        found = next((p for p in promotion_figures(store) if p["id"] == source_id), None)
        if found is None:
            raise ManualError(QT_TRANSLATE_NOOP("errors", "投放 {id} 不存在。"), id=source_id)
        out.update(area=LessonArea.channels.value, tool=found["tool"], platform=found["platform"],
                   campaign_id=found["campaign_id"])
        if found["start_at"] is not None:
            out["month"] = str(Month.of(found["start_at"].date()))
    elif kind == "campaign":
        with store.reading() as session:
            campaign = session.get(Campaign, source_id) if source_id is not None else None
            if campaign is None:
                raise ManualError(QT_TRANSLATE_NOOP("errors", "活动 {id} 不存在。"), id=source_id)
            out.update(area=LessonArea.campaigns.value, campaign_type=str(campaign.type), campaign_id=campaign.id,
                       month=str(Month.of(campaign.end_day)))
    return out


def matching_lessons(store: Store, *, platform: str | None = None, tool: str | None = None,
                     campaign_type: str | None = None, keywords: Sequence[str] = (),
                     translate: Translate = untranslated) -> list[dict[str, Any]]:
    """The newest `MATCH_LIMIT` lessons that apply here: same platform, same promotion tool, same
    campaign type or a keyword in common (any of those given)."""
    words = {w.lower() for w in keywords if w}
    if not (platform or tool or campaign_type or words):
        return []
    with store.reading() as session:
        rows = session.exec(select(Lesson).order_by(Lesson.created_at.desc(), Lesson.id.desc())).all()  # type: ignore[attr-defined, union-attr]
        found = []
        for row in rows:
            if ((platform and row.platform == platform) or (tool and row.tool == tool)
                    or (campaign_type and row.campaign_type == campaign_type)
                    or words & {w.lower() for w in row.keywords or ()}):
                found.append(row.model_dump())
            if len(found) == MATCH_LIMIT:
                break
    for row in found:
        row["kind_label"] = label(LessonKind, row["kind"], translate)
        row["platform_name"] = platform_name(row["platform"], translate) if row["platform"] else None
        row["tool_label"] = label("promotion_tool", row["tool"], translate) if row["tool"] else None
    return found


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

