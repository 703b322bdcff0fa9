"""Communities (社群) with their rituals, the 100,000-member list, member details and personas.

The members table in the GUI is lazy: it asks `count_members()` and then `member_page()` (or
`member_ids()` + `member_rows()`) with the same `MemberFilter`; filtering and sorting happen in
SQL, never in Python over all rows. Search is a LIKE over nickname, tags and notes: measured by
`bench/members.py`, that stays well inside the 0.1 s per keystroke target at 100,000 members, so
there is no FTS table to keep in step.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections import Counter
from collections.abc import Iterator, Mapping, Sequence
from typing import Any

import sqlalchemy as sa

from app.i18n import QT_TRANSLATE_NOOP, Translate, UserError, untranslated
from app.models import Community
from app.models.vocabulary import label
from app.services.records import checked_fields, required_text
from app.services.segments import stream_export_rows
from app.store import Store
from app.store.sql import like_pattern

#: Weekday names for rituals, 0 = Monday.
WEEKDAYS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("community", "周一"), QT_TRANSLATE_NOOP("community", "周二"),
    QT_TRANSLATE_NOOP("community", "周三"), QT_TRANSLATE_NOOP("community", "周四"),
    QT_TRANSLATE_NOOP("community", "周五"), QT_TRANSLATE_NOOP("community", "周六"),
    QT_TRANSLATE_NOOP("community", "周日"),
)

#: Separators operators put between tags; all are read as one.
TAG_SEPARATORS = ",，、;；|/"


class CommunityError(UserError):
    """Bad community input (empty or duplicate name, a ritual that makes no sense, unknown id)."""


# ---------------------------------------------------------------- communities

_EDITABLE = ("name", "channel", "platform", "theme", "owner", "size_entered", "rituals", "notes", "archived")


def create_community(store: Store, name: str, **fields: Any) -> int:
    """Add a community; `fields` are any of channel, platform, theme, owner, size_entered, rituals, notes."""
    values = _checked(store, {"name": name, **fields}, current_id=None)
    with store.writing() as session:
        return session.insert(Community(**values))


def update_community(store: Store, community_id: int, **changes: Any) -> None:
    """Change the given fields of a community (same names as `create_community`, plus `archived`)."""
    values = _checked(store, changes, current_id=community_id)
    with store.writing() as session:
        session.change((Community, community_id), values, missing=_missing(community_id))


def archive_community(store: Store, community_id: int, archived: bool = True) -> None:
    """Archive (hide from lists, keep its members and history) or bring back a community."""
    update_community(store, community_id, archived=archived)


def list_communities(store: Store, include_archived: bool = False,
                     translate: Translate = untranslated) -> list[dict[str, Any]]:
    """Communities with `members` (counted from the member list) beside `size_entered` (typed in);
    `channel_name` is the channel's label (vocabulary group `community_channel`) in `translate`'s language."""
    where = "" if include_archived else "WHERE c.archived = FALSE"
    query = f"""
        SELECT c.id, c.name, c.channel, c.platform, c.theme, c.owner, c.size_entered, c.rituals, c.archived,
               c.notes, (SELECT count(*) FROM member m WHERE m.community_id = c.id) AS members
        FROM community c {where} ORDER BY c.archived, c.name"""
    with store.reading() as session:
        rows = session.connection().execute(sa.text(query)).mappings().all()
    result = []
    for row in rows:
        item = dict(row)
        item["archived"] = bool(item["archived"])
        item["rituals"] = _json(item["rituals"]) or []
        item["channel_name"] = label("community_channel", item["channel"], translate)
        result.append(item)
    return result


def ritual_events(store: Store, start: dt.date, end: dt.date) -> list[dict[str, Any]]:
    """Every ritual occurrence of active communities between `start` and `end` (inclusive), for the calendar."""
    events: list[dict[str, Any]] = []
    for community in list_communities(store):
        for ritual in community["rituals"]:
            day = start + dt.timedelta(days=(ritual["weekday"] - start.weekday()) % 7)
            hour, minute = (int(part) for part in ritual["time"].split(":"))
            while day <= end:
                begins = dt.datetime.combine(day, dt.time(hour, minute))
                events.append({"community_id": community["id"], "community": community["name"],
                               "title": ritual["title"], "start": begins,
                               "end": begins + dt.timedelta(minutes=ritual["minutes"])})
                day += dt.timedelta(days=7)
    events.sort(key=lambda event: event["start"])
    return events


def _checked(store: Store, values: Mapping[str, Any], current_id: int | None) -> dict[str, Any]:
    result = checked_fields(values, _EDITABLE, "community")
    required_text(result, "name", CommunityError(QT_TRANSLATE_NOOP("errors", "社群名称不能为空。")))
    if "name" in result:
        name = result["name"]
        with store.reading() as uow:
            conn = uow.connection()
            clash = conn.execute(sa.text("SELECT id FROM community WHERE name = :name"), {"name": name}).scalar()
        if clash is not None and clash != current_id:
            raise CommunityError(QT_TRANSLATE_NOOP("errors", "已经有叫“{name}”的社群了，换个名字吧。"), name=name)
    if result.get("size_entered") is not None and int(result["size_entered"]) < 0:
        raise CommunityError(QT_TRANSLATE_NOOP("errors", "社群人数不能是负数。"))
    if "rituals" in result:
        result["rituals"] = [_ritual(r) for r in result["rituals"] or []]
    return result


def _ritual(raw: Mapping[str, Any]) -> dict[str, Any]:
    title = str(raw.get("title") or "").strip()
    time = str(raw.get("time") or "")
    weekday, minutes = raw.get("weekday"), raw.get("minutes", 60)
    ok = (title and isinstance(weekday, int) and 0 <= weekday <= 6 and isinstance(minutes, int) and minutes > 0
          and re.fullmatch(r"([01]\d|2[0-3]):[0-5]\d", time))
    if not ok:
        raise CommunityError(
            QT_TRANSLATE_NOOP("errors", "固定活动“{title}”填得不完整：需要名称、星期几、开始时间（如 20:00）和时长（分钟）。"),
            title=title or "?")
    return {"title": title, "weekday": weekday, "time": time, "minutes": minutes}


def _missing(community_id: int) -> CommunityError:
    return CommunityError(QT_TRANSLATE_NOOP("errors", "找不到编号为 {id} 的社群，可能已被删除。"), id=community_id)


# ---------------------------------------------------------------- members list


@dataclasses.dataclass(frozen=True)
class MemberFilter:
    """What the members table is filtered by; empty fields do not filter."""

    search: str = ""
    segment: str | None = None
    community_id: int | None = None
    platform: str | None = None
    region: str | None = None
    tag: str | None = None


#: The members table's columns: key, header (context "community"), SQL expression. Sort by any key.
MEMBER_COLUMNS: tuple[tuple[str, str, str], ...] = (
    ("id", QT_TRANSLATE_NOOP("community", "编号"), "m.id"),
    ("nickname", QT_TRANSLATE_NOOP("community", "昵称"), "m.nickname"),
    ("platform", QT_TRANSLATE_NOOP("community", "平台"), "m.platform"),
    ("community", QT_TRANSLATE_NOOP("community", "社群"), "c.name"),
    ("segment", QT_TRANSLATE_NOOP("community", "分层"), "m.segment"),
    ("region", QT_TRANSLATE_NOOP("community", "地区"), "m.region"),
    ("gender", QT_TRANSLATE_NOOP("community", "性别"), "m.gender"),
    ("first_seen", QT_TRANSLATE_NOOP("community", "首次关注"), "m.first_seen"),
    ("last_active", QT_TRANSLATE_NOOP("community", "最近活跃"), "m.last_active"),
    ("active_days_30", QT_TRANSLATE_NOOP("community", "近30天活跃天数"), "m.active_days_30"),
    ("browse_minutes_30", QT_TRANSLATE_NOOP("community", "近30天浏览分钟"), "m.browse_minutes_30"),
    ("purchases", QT_TRANSLATE_NOOP("community", "购买次数"), "m.purchases"),
    ("spend", QT_TRANSLATE_NOOP("community", "消费金额"), "m.spend"),
    ("tags", QT_TRANSLATE_NOOP("community", "标签"), "m.tags"),
    ("notes", QT_TRANSLATE_NOOP("community", "备注"), "m.notes"),
    ("phone", QT_TRANSLATE_NOOP("community", "手机"), "m.phone"),
    ("email", QT_TRANSLATE_NOOP("community", "邮箱"), "m.email"),
)
COLUMN_KEYS: tuple[str, ...] = tuple(key for key, _, _ in MEMBER_COLUMNS)
_EXPR = {key: expr for key, _, expr in MEMBER_COLUMNS}
_SELECT = ", ".join(expr for _, _, expr in MEMBER_COLUMNS)
_FROM = "FROM member m LEFT JOIN community c ON c.id = m.community_id"


def _tags_sql(column: str) -> str:
    """`column` with every tag separator turned into ',' and wrapped in commas, for exact tag matches."""
    expr = f"REPLACE({column}, ' ', '')"
    for sep in TAG_SEPARATORS[1:]:
        expr = f"REPLACE({expr}, '{sep}', ',')"
    return f"(',' || {expr} || ',')"


def member_where(filters: MemberFilter | None) -> tuple[str, dict[str, Any]]:
    """The WHERE clause (with leading 'WHERE', or '') and its parameters for `filters`."""
    filters = filters or MemberFilter()
    clauses: list[str] = []
    params: dict[str, Any] = {}
    search = filters.search.strip()
    if search:
        clauses.append("(m.nickname LIKE :search ESCAPE '\\' OR m.tags LIKE :search ESCAPE '\\' "
                       "OR m.notes LIKE :search ESCAPE '\\')")
        params["search"] = like_pattern(search)
    for key in ("segment", "community_id", "platform", "region"):
        value = getattr(filters, key)
        if value is not None and value != "":
            clauses.append(f"m.{key} = :{key}")
            params[key] = value
    if filters.tag:
        # The plain LIKE first: cheap, and it spares the separator rewrite on rows without the text.
        clauses.append(f"m.tags LIKE :tag_text ESCAPE '\\' AND {_tags_sql('m.tags')} LIKE :tag ESCAPE '\\'")
        tag = filters.tag.replace(" ", "")
        params["tag_text"] = like_pattern(tag)
        params["tag"] = "%," + like_pattern(tag)[1:-1] + ",%"
    return ("WHERE " + " AND ".join(clauses)) if clauses else "", params


def count_members(store: Store, filters: MemberFilter | None = None) -> int:
    where, params = member_where(filters)
    with store.reading() as uow:
        conn = uow.connection()
        return int(conn.execute(sa.text(f"SELECT count(*) FROM member m {where}"), params).scalar_one())


def _order(order_by: str, descending: bool) -> str:
    if order_by not in _EXPR:
        raise ValueError(f"cannot sort members by {order_by!r}; use one of {COLUMN_KEYS}")
    direction = "DESC" if descending else "ASC"
    if order_by == "id":  # rowid order: a page stops scanning as soon as it is full
        return f"ORDER BY m.id {direction}"
    # Missing values sort last either way; the id keeps pages stable between equal values.
    return f"ORDER BY {_EXPR[order_by]} IS NULL, {_EXPR[order_by]} {direction}, m.id {direction}"


def member_page(store: Store, filters: MemberFilter | None = None, order_by: str = "id", descending: bool = False,
                offset: int = 0, limit: int = 200) -> list[tuple[Any, ...]]:
    """One page of the members table, values in `MEMBER_COLUMNS` order (dates as 'YYYY-MM-DD' text)."""
    where, params = member_where(filters)
    order = _order(order_by, descending)
    join = _FROM if order_by == "community" else "FROM member m"
    # Sort narrow rows (ids) first, then fetch the page's columns: the sorter carries far less.
    query = (f"SELECT {_SELECT} FROM (SELECT m.id {join} {where} {order} LIMIT :limit OFFSET :offset) AS page "
             f"JOIN member m ON m.id = page.id LEFT JOIN community c ON c.id = m.community_id {order}")
    with store.reading() as uow:
        conn = uow.connection()
        return [tuple(row) for row in conn.execute(sa.text(query), {**params, "limit": limit, "offset": offset})]


def member_ids(store: Store, filters: MemberFilter | None = None, order_by: str = "id",
               descending: bool = False) -> list[int]:
    """All matching member ids in display order — for a model that holds ids and fetches rows lazily."""
    where, params = member_where(filters)
    join = _FROM if order_by == "community" else "FROM member m"
    query = f"SELECT m.id {join} {where} {_order(order_by, descending)}"
    with store.reading() as uow:
        return [row[0] for row in uow.rows(query, params)]


def member_rows(store: Store, ids: Sequence[int]) -> dict[int, tuple[Any, ...]]:
    """Rows (in `MEMBER_COLUMNS` order) for these ids, fetched in chunks; keyed by id."""
    rows: dict[int, tuple[Any, ...]] = {}
    with store.reading() as uow:
        for start in range(0, len(ids), 500):
            chunk = ",".join(str(int(i)) for i in ids[start:start + 500])
            for row in uow.rows(f"SELECT {_SELECT} {_FROM} WHERE m.id IN ({chunk})"):
                rows[row[0]] = row
    return rows


def member_export_rows(store: Store, filters: MemberFilter | None = None, order_by: str = "id",
                       descending: bool = False, *, full_personal: bool = False) -> Iterator[list[Any]]:
    """The members list as the table shows it (same filters, same order), as export rows for
    `app.report.workbooks.write_members_xlsx` (the members import template's columns, so it imports back;
    then phone and e-mail, masked unless `full_personal`)."""
    where, params = member_where(filters)
    query = (f"SELECT m.external_id, m.nickname, m.platform, c.name, m.region, m.gender, m.first_seen, "
             f"m.last_active, m.active_days_30, m.browse_minutes_30, m.purchases, m.spend, m.tags, m.notes, "
             f"m.segment, m.phone, m.email {_FROM} {where} {_order(order_by, descending)}")
    return stream_export_rows(store, sa.text(query), params, full_personal=full_personal)


def filter_choices(store: Store) -> dict[str, list[Any]]:
    """Values offered in the filter boxes: platforms, regions (most members first), communities, top tags."""
    with store.reading() as uow:
        conn = uow.connection()
        platforms = [r[0] for r in conn.execute(sa.text(
            "SELECT platform FROM member WHERE platform IS NOT NULL GROUP BY platform ORDER BY count(*) DESC"))]
        regions = [r[0] for r in conn.execute(sa.text(
            "SELECT region FROM member WHERE region IS NOT NULL GROUP BY region ORDER BY count(*) DESC"))]
        communities = [(r[0], r[1]) for r in conn.execute(sa.text(
            "SELECT id, name FROM community WHERE archived = FALSE ORDER BY name"))]
        tags = [tag for tag, _ in _tag_counts(conn, "", {})[:200]]
    return {"platforms": platforms, "regions": regions, "communities": communities, "tags": tags}


def member_detail(store: Store, member_id: int) -> dict[str, Any] | None:
    """Everything about one member for the detail panel; None when the id is gone."""
    with store.reading() as uow:
        conn = uow.connection()
        row = conn.execute(sa.text(
            "SELECT m.*, c.name AS community FROM member m LEFT JOIN community c ON c.id = m.community_id "
            "WHERE m.id = :id"), {"id": member_id}).mappings().first()
        if row is None:
            return None
        feedback = conn.execute(sa.text(
            "SELECT id, received_at, source, category, status, text, tags, topic_id FROM feedback "
            "WHERE member_id = :id ORDER BY received_at DESC, id DESC"), {"id": member_id}).mappings().all()
    profile = dict(row)
    return {
        "profile": {key: profile[key] for key in ("id", "nickname", "platform", "external_id", "community_id",
                                                  "community", "segment", "region", "gender", "phone", "email")},
        "tags": split_tags(profile["tags"]),
        "notes": profile["notes"],
        "activity": {key: profile[key] for key in ("first_seen", "last_active", "active_days_30",
                                                   "browse_minutes_30", "active_hour")},
        "purchases": {"purchases": profile["purchases"], "spend": profile["spend"]},
        "feedback": [{**dict(f), "tags": _json(f["tags"]) or []} for f in feedback],
    }


def split_tags(tags: str | None) -> list[str]:
    """'干货, 职场，副业' → ['干货', '职场', '副业'] (any of the usual separators)."""
    if not tags:
        return []
    parts = re.split("[" + re.escape(TAG_SEPARATORS) + "]", tags)
    return [part.strip() for part in parts if part.strip()]


# ---------------------------------------------------------------- personas

_PERSONA_LINES = {
    "need": QT_TRANSLATE_NOOP("community", "需求：最常提到 {items}（共 {n} 条内容类反馈）"),
    "pain": QT_TRANSLATE_NOOP("community", "痛点：集中在 {items}（共 {n} 条产品和服务类反馈）"),
    "preference": QT_TRANSLATE_NOOP("community", "偏好：关注 {items}，最活跃在 {hour} 点前后"),
}
def persona(store: Store, segment: str | None = None, community_id: int | None = None) -> dict[str, Any]:
    """Distributions for the persona charts, computed in SQL, plus needs–pain points–preferences lines.

    Returns members, gender [(value or None, n)], region (top 10, then None for the rest),
    active_hours (24 counts), tags (top 20 [(tag, n)]), feedback_categories {category: n} and
    summary [{kind, template, params, text}] — `template` is marked for translation (context
    "community"); `text` is the Chinese already filled in.
    """
    where, params = member_where(MemberFilter(segment=segment, community_id=community_id))
    with store.reading() as uow:
        conn = uow.connection()
        def grouped(expr: str) -> list[tuple[Any, int]]:
            query = f"SELECT {expr} AS v, count(*) AS n FROM member m {where} GROUP BY v ORDER BY n DESC, v"
            return [(r[0], r[1]) for r in conn.execute(sa.text(query), params)]

        total = sum(n for _, n in grouped("1"))
        gender = grouped("m.gender")
        regions = grouped("m.region")
        hours = [0] * 24
        for hour, n in grouped("m.active_hour"):
            if hour is not None and 0 <= hour <= 23:
                hours[hour] = n
        tags = _tag_counts(conn, where, params)
        fb_query = (f"SELECT f.category, f.tags FROM feedback f JOIN member m ON m.id = f.member_id {where}"
                    if where else "SELECT f.category, f.tags FROM feedback f")
        feedback = conn.execute(sa.text(fb_query), params).all()
    named_regions = [(region, n) for region, n in regions if region is not None]
    top_regions = named_regions[:10]
    rest = total - sum(n for _, n in top_regions)
    if rest:
        top_regions.append((None, rest))
    categories: Counter[str] = Counter()
    need_tags: Counter[str] = Counter()
    pain_tags: Counter[str] = Counter()
    for category, raw_tags in feedback:
        categories[category] += 1
        target = need_tags if category == "content" else pain_tags if category in ("product", "service") else None
        if target is not None:
            target.update(_json(raw_tags) or [label("feedback_category", category)])
    summary = []
    if need_tags:
        summary.append(_line("need", items=_quoted(need_tags), n=categories["content"]))
    if pain_tags:
        summary.append(_line("pain", items=_quoted(pain_tags), n=categories["product"] + categories["service"]))
    if tags:
        peak = max(range(24), key=lambda h: hours[h]) if any(hours) else None
        summary.append(_line("preference", items=_quoted(Counter(dict(tags[:3]))),
                             hour="?" if peak is None else peak))
    return {"members": total, "gender": gender, "region": top_regions, "active_hours": hours,
            "tags": tags[:20], "feedback_categories": dict(categories), "summary": summary}


def _tag_counts(conn: Any, where: str, params: Mapping[str, Any]) -> list[tuple[str, int]]:
    """Tag frequencies: SQL groups the distinct tag strings, Python splits the (few) distinct ones."""
    clause = f"{where} AND m.tags IS NOT NULL" if where else "WHERE m.tags IS NOT NULL"
    counts: Counter[str] = Counter()
    for tags, n in conn.execute(sa.text(f"SELECT m.tags, count(*) FROM member m {clause} GROUP BY m.tags"), params):
        for tag in set(split_tags(tags)):
            counts[tag] += n
    return sorted(counts.items(), key=lambda item: (-item[1], item[0]))


def _quoted(counter: Counter[str], top: int = 3) -> str:
    return "、".join(f"「{item}」" for item, _ in counter.most_common(top))


def _line(kind: str, **params: Any) -> dict[str, Any]:
    template = _PERSONA_LINES[kind]
    return {"kind": kind, "template": template, "params": params, "text": template.format(**params)}


def _json(value: Any) -> Any:
    import json

    return json.loads(value) if isinstance(value, str) else value
