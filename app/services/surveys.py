"""Imported surveys (问卷星) and 企业微信 daily activity, read for the 用户与社群 pages, the printed
survey results and the monthly review's 社群活跃度.

Survey answers are counted per option here (a multi-select counts every option ticked); free
answers live on as feedback rows. The activity rows are one per staff member and day
(`community_daily`), summed per day for the chart and per staff for the review.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from typing import Any

import sqlalchemy as sa
from sqlmodel import select

from app.i18n import QT_TRANSLATE_NOOP, UserError
from app.models import CommunityDaily, Survey, SurveyResponse
from app.services.importing.wjx import option_counts
from app.store import Store

#: What each persona role is called where a survey offers it.
ROLE_NAMES = {
    "gender": QT_TRANSLATE_NOOP("labels", "性别"),
    "age": QT_TRANSLATE_NOOP("labels", "年龄"),
    "region": QT_TRANSLATE_NOOP("labels", "地区"),
    "occupation": QT_TRANSLATE_NOOP("labels", "职业"),
}
NO_SURVEY = QT_TRANSLATE_NOOP("errors", "没有编号为 {survey_id} 的问卷（opsdesk-cli surveys 列出全部问卷）。")
CHOICE_KINDS = frozenset({"single", "multi", "rank"})
#: The daily activity columns summed per day for the chart (the rest are per staff).
ACTIVITY_FIELDS = ("new_customers", "chats", "messages_sent", "lost_customers", "active_groups",
                   "active_group_members", "group_messages")


class SurveyError(UserError):
    """A survey that is not in the store."""


def list_surveys(store: Store) -> list[dict[str, Any]]:
    """Every imported survey, newest first: id, title and how many answers it holds."""
    with store.reading() as uow:
        conn = uow.connection()
        counts = dict(conn.execute(sa.select(SurveyResponse.survey_id, sa.func.count())  # type: ignore[arg-type]
                                   .group_by(SurveyResponse.survey_id)).all())
        surveys = uow.exec(select(Survey).order_by(Survey.id.desc())).all()  # type: ignore[union-attr]
        return [{"id": s.id, "title": s.title, "responses": counts.get(s.id, 0)} for s in surveys]


def _option_label(question: dict[str, Any], option: str) -> str:
    return f"第{option}项" if question.get("coded") else option


def survey_results(store: Store, survey_id: int) -> dict[str, Any]:
    """A survey's questions with their counts: title, responses, first/last submitted, and per
    question no, text, kind, role, answered and `counts` [(option, n)] (choice questions) or
    `free` (how many wrote a free answer)."""
    with store.reading() as uow:
        survey = uow.get(Survey, survey_id)
        if survey is None:
            raise SurveyError(NO_SURVEY, survey_id=survey_id)
        rows = uow.exec(select(SurveyResponse).where(SurveyResponse.survey_id == survey_id)).all()
        answers = [r.answers for r in rows]
        times = [r.submitted_at for r in rows if r.submitted_at]
        title, questions = survey.title, list(survey.questions)
    out = []
    for question in questions:
        given = [a.get(question["no"]) for a in answers]
        answered = sum(v is not None for v in given)
        item = {k: question.get(k) for k in ("no", "text", "kind", "role")}
        item["answered"] = answered
        if question["kind"] in CHOICE_KINDS:
            counts = option_counts(question, given)
            item["counts"] = [(_option_label(question, o), n) for o, n in counts.items()]
        else:
            item["free"] = answered
        out.append(item)
    return {"id": survey_id, "title": title, "responses": len(answers), "questions": out,
            "first": min(times).date() if times else None, "last": max(times).date() if times else None}


def persona_questions(store: Store) -> list[dict[str, Any]]:
    """Questions any survey recognised as 性别/年龄/地区/职业, with their counts, for the persona page."""
    found = []
    for survey in list_surveys(store):
        results = survey_results(store, survey["id"])
        for question in results["questions"]:
            if question["role"] and question.get("counts"):
                found.append({"survey": results["title"], "role": question["role"], "text": question["text"],
                              "counts": question["counts"]})
    return found


def daily_activity(store: Store, first: dt.date, last: dt.date, community_id: int | None = None) -> dict[str, Any]:
    """企业微信 activity day by day in [first, last]: `days` with the ACTIVITY_FIELDS summed over staff,
    and `staff` with each member's totals and `active_days` (days with any message sent)."""
    query = select(CommunityDaily).where(CommunityDaily.day >= first, CommunityDaily.day <= last)
    if community_id is not None:
        query = query.where(CommunityDaily.community_id == community_id)
    with store.reading() as uow:
        rows = [r.model_dump() for r in uow.exec(query.order_by(CommunityDaily.day)).all()]
    days: dict[dt.date, dict[str, int]] = {}
    staff: dict[str, dict[str, Any]] = defaultdict(lambda: {**dict.fromkeys(ACTIVITY_FIELDS, 0), "active_days": 0,
                                                            "days": 0})
    for row in rows:
        day = days.setdefault(row["day"], dict.fromkeys(ACTIVITY_FIELDS, 0))
        person = staff[row["staff"]]
        person["days"] += 1
        person["active_days"] += bool((row["messages_sent"] or 0) + (row["group_messages"] or 0))
        for field in ACTIVITY_FIELDS:
            day[field] += row[field] or 0
            person[field] += row[field] or 0
    return {"days": [{"day": d, **v} for d, v in sorted(days.items())],
            "staff": [{"staff": name, **v} for name, v in sorted(staff.items(), key=lambda kv: -kv[1]["group_messages"])]}


def month_activity(store: Store, first: dt.date, last: dt.date) -> dict[str, Any]:
    """社群活跃度 for the monthly review: per staff member (their customers and groups) the days with
    statistics, the days anything was said, group messages, members who spoke per day on average,
    and the quietest day; plus the group messages of each day of the month."""
    activity = daily_activity(store, first, last)
    with store.reading() as uow:
        rows = uow.exec(select(CommunityDaily.staff, CommunityDaily.day, CommunityDaily.group_messages)
                        .where(CommunityDaily.day >= first, CommunityDaily.day <= last)).all()
    quietest: dict[str, tuple[int, dt.date]] = {}
    for staff, day, messages in rows:
        if messages is not None and (staff not in quietest or messages < quietest[staff][0]):
            quietest[staff] = (messages, day)
    staff_rows = []
    for person in activity["staff"]:
        low = quietest.get(person["staff"])
        staff_rows.append({
            "staff": person["staff"], "days": person["days"], "active_days": person["active_days"],
            "group_messages": person["group_messages"], "new_customers": person["new_customers"],
            "speakers_per_day": round(person["active_group_members"] / person["days"], 1) if person["days"] else None,
            "quietest_day": low[1] if low else None, "quietest_messages": low[0] if low else None,
        })
    return {"staff": staff_rows, "days": [{"day": d["day"], "group_messages": d["group_messages"],
                                           "active_group_members": d["active_group_members"]} for d in activity["days"]]}
