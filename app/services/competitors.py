"""Competitor analysis (竞品分析): 3–5 benchmark accounts per platform, their follower snapshots,
what to reuse and which gaps to exploit, side by side with the own accounts.

A competitor is an `account` row with `is_own` false plus its `competitor` profile; follower
snapshots are `account_daily.followers_total` rows, entered by hand or imported from a small
sheet (账号, 平台, 日期, 粉丝数 — `write_snapshot_template()` writes one).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from pathlib import Path
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa

from app import clock
from app.i18n import QT_TRANSLATE_NOOP, Translate, UserError, untranslated
from app.models.accounts import Account, AccountDaily, Competitor, TrafficSource
from app.models.base import Platform
from app.models.vocabulary import platform_code, platform_name
from app.services.records import checked_fields
from app.store.db import upsert

if TYPE_CHECKING:
    from app.store import Store

#: How many benchmark accounts a platform should have (DESIGN §2: 3–5 per platform).
RECOMMENDED = (3, 5)
TOO_FEW = QT_TRANSLATE_NOOP("competitors", "{platform}只有 {n} 个对标账号，建议 3–5 个。")
TOO_MANY = QT_TRANSLATE_NOOP("competitors", "{platform}有 {n} 个对标账号，超过 5 个就盯不过来了，挑最像的留下。")

PROFILE_FIELDS = ("content_types", "update_frequency", "interaction_style", "traffic_source", "strengths",
                  "reuse", "gaps", "notes")
#: Headers of the follower-snapshot sheet, first name of each is written in the template.
SNAPSHOT_HEADERS = {
    "name": ("账号", "账号名称", "竞品", "名称"),
    "platform": ("平台",),
    "day": ("日期", "统计日期"),
    "followers": ("粉丝数", "粉丝", "粉丝总数"),
}


class CompetitorError(UserError):
    context = "competitors"


def _platform(value: str) -> Platform:
    code = platform_code(value)
    if code is not None:
        return code
    raise CompetitorError(QT_TRANSLATE_NOOP("competitors", "不认识的平台“{value}”。"), value=value)


def _profile(fields: dict[str, Any]) -> dict[str, Any]:
    checked_fields(fields, PROFILE_FIELDS, "competitor")
    out = {k: (v.strip() or None) if isinstance(v, str) else v for k, v in fields.items()}
    if out.get("traffic_source") is not None:
        out["traffic_source"] = TrafficSource(out["traffic_source"])
    return out


# -- reading --------------------------------------------------------------------------------------
_LIST_SQL = """
SELECT a.id AS account_id, c.id, a.platform, a.name, a.handle, a.url, c.content_types, c.update_frequency,
       c.interaction_style, c.traffic_source, c.strengths, c.reuse, c.gaps, c.notes, c.updated_at
FROM account a LEFT JOIN competitor c ON c.account_id = a.id
WHERE a.is_own = FALSE {platform}
ORDER BY a.platform, a.name
"""


def _followers(conn: Any, account_ids: list[int], today: dt.date) -> dict[int, dict[str, Any]]:
    """Latest follower count, its day, and the change over the 30 days before it."""
    out: dict[int, dict[str, Any]] = {}
    if not account_ids:
        return out
    sql = sa.text("SELECT account_id, day, followers_total FROM account_daily WHERE followers_total IS NOT NULL "
                  "AND day <= :today AND account_id IN :ids ORDER BY account_id, day")
    sql = sql.bindparams(sa.bindparam("ids", expanding=True))
    series: dict[int, list[tuple[dt.date, int]]] = defaultdict(list)
    for start in range(0, len(account_ids), 500):
        for account_id, day, followers in conn.execute(sql, {"today": today.isoformat(),
                                                             "ids": account_ids[start:start + 500]}):
            series[account_id].append((dt.date.fromisoformat(str(day)), int(followers)))
    for account_id, points in series.items():
        last_day, last = points[-1]
        before = [f for d, f in points if d <= last_day - dt.timedelta(days=30)]
        out[account_id] = {"followers": last, "followers_day": last_day, "snapshots": len(points),
                           "followers_30d": last - before[-1] if before else None}
    return out


def competitors(store: Store, platform: str | None = None, today: dt.date | None = None) -> list[dict[str, Any]]:
    """Benchmark accounts (of one platform or all) with their profile and latest followers."""
    today = today or clock.today()
    where = "AND a.platform = :platform" if platform else ""
    with store.reading() as uow:
        conn = uow.connection()
        rows = [dict(r) for r in conn.execute(sa.text(_LIST_SQL.format(platform=where)),
                                              {"platform": platform}).mappings()]
        followers = _followers(conn, [r["account_id"] for r in rows], today)
    for row in rows:
        row["updated_at"] = dt.datetime.fromisoformat(str(row["updated_at"])).replace(microsecond=0) \
            if row["updated_at"] else None
        row.update(followers.get(row["account_id"], {"followers": None, "followers_day": None, "snapshots": 0,
                                                     "followers_30d": None}))
    return rows


def coverage(store: Store, *, translate: Translate = untranslated) -> list[dict[str, Any]]:
    """Per platform the own accounts work on: how many benchmarks, and a warning outside 3–5."""
    sql = sa.text("SELECT platform, sum(CASE WHEN is_own THEN 1 ELSE 0 END) AS own, sum(CASE WHEN is_own THEN 0 ELSE 1 END) AS rivals FROM account GROUP BY platform "
                  "ORDER BY platform")
    with store.reading() as uow:
        conn = uow.connection()
        rows = [dict(r) for r in conn.execute(sql).mappings()]
    out = []
    for row in rows:
        if not row["own"]:
            continue
        n = int(row["rivals"] or 0)
        name = platform_name(row["platform"], translate)
        warning = None
        if n < RECOMMENDED[0]:
            warning = translate("competitors", TOO_FEW).format(platform=name, n=n)
        elif n > RECOMMENDED[1]:
            warning = translate("competitors", TOO_MANY).format(platform=name, n=n)
        out.append({"platform": row["platform"], "competitors": n, "warning": warning})
    return out


def side_by_side(store: Store, platform: str | None = None, today: dt.date | None = None) -> list[dict[str, Any]]:
    """Own accounts and benchmarks in one table, platform by platform: followers, their 30-day
    change, posts per week over the last 4 weeks (from posts where the store has them), and the
    profile's content types, update frequency, interaction style and traffic source."""
    today = today or clock.today()
    where = "WHERE a.platform = :platform" if platform else ""
    sql = sa.text(f"""
        SELECT a.id AS account_id, a.platform, a.name, a.is_own, c.content_types, c.update_frequency,
               c.interaction_style, c.traffic_source,
               (SELECT count(*) FROM post p WHERE p.account_id = a.id AND p.published_at >= :since
                  AND p.published_at < :until) AS posts_4w
        FROM account a LEFT JOIN competitor c ON c.account_id = a.id {where}
        ORDER BY a.platform, a.is_own DESC, a.name""")
    params = {"platform": platform, "since": (today - dt.timedelta(days=28)).isoformat(),
              "until": (today + dt.timedelta(days=1)).isoformat()}
    with store.reading() as uow:
        conn = uow.connection()
        rows = [dict(r) for r in conn.execute(sql, params).mappings()]
        followers = _followers(conn, [r["account_id"] for r in rows], today)
    for row in rows:
        row["is_own"] = bool(row["is_own"])
        row.update(followers.get(row["account_id"], {"followers": None, "followers_day": None, "snapshots": 0,
                                                     "followers_30d": None}))
        posts = row.pop("posts_4w")
        row["posts_per_week"] = round(posts / 4, 2) if posts or row["is_own"] else None
    return rows


def snapshots(store: Store, account_id: int) -> list[dict[str, Any]]:
    """The follower snapshots of one account, oldest first."""
    sql = sa.text("SELECT day, followers_total FROM account_daily WHERE account_id = :id "
                  "AND followers_total IS NOT NULL ORDER BY day")
    with store.reading() as uow:
        conn = uow.connection()
        return [{"day": dt.date.fromisoformat(str(d)), "followers": int(f)}
                for d, f in conn.execute(sql, {"id": account_id})]


# -- writing --------------------------------------------------------------------------------------
def add_competitor(store: Store, platform: str, name: str, **profile: Any) -> int:
    """A new benchmark account with its profile; returns the account id."""
    code = _platform(platform)
    name = (name or "").strip()
    if not name:
        raise CompetitorError(QT_TRANSLATE_NOOP("competitors", "竞品账号名称不能为空。"))
    fields = _profile(profile)
    with store.writing() as session:
        clash = session.execute(sa.select(Account).where(Account.platform == code, Account.name == name)).scalar()
        if clash is not None:
            raise CompetitorError(QT_TRANSLATE_NOOP("competitors", "{platform}上已经有叫“{name}”的账号了。"),
                                  platform=platform_name(code), name=name)
        account_id = session.insert(Account(platform=code, name=name, is_own=False))
        session.add(Competitor(account_id=account_id, **fields))
        return account_id


def update_competitor(store: Store, account_id: int, name: str | None = None, **profile: Any) -> None:
    """Change a benchmark's name and profile fields."""
    fields = _profile(profile)
    with store.writing() as session:
        account = session.get(Account, account_id)
        if account is None or account.is_own:
            raise CompetitorError(QT_TRANSLATE_NOOP("competitors", "竞品账号 {id} 不存在。"), id=account_id)
        if name is not None and name.strip():
            session.change(account, {"name": name.strip()})
        row = session.execute(sa.select(Competitor).where(Competitor.account_id == account_id)).scalar()
        session.change(row or Competitor(account_id=account_id), fields)


def delete_competitor(store: Store, account_id: int) -> None:
    """Remove a benchmark account with its profile and snapshots (never an own account)."""
    with store.writing() as session:
        account = session.get(Account, account_id)
        if account is not None and not account.is_own:
            session.delete(account)


def save_snapshot(store: Store, account_id: int, day: dt.date, followers: int) -> None:
    """Record (or correct) a benchmark's follower count on a day."""
    if followers < 0:
        raise CompetitorError(QT_TRANSLATE_NOOP("competitors", "粉丝数不能是负数。"))
    _save_followers(store, [{"account_id": account_id, "day": day, "followers_total": int(followers)}])


def _save_followers(store: Store, rows: list[dict[str, Any]]) -> None:
    """Benchmark follower counts by day; a day already there is corrected, not doubled."""
    with store.writing() as uow:
        conn = uow.connection()
        conn.execute(upsert(conn, AccountDaily.__table__, ("account_id", "day"), ("followers_total",)),  # type: ignore[arg-type]
                     rows)


def write_snapshot_template(path: Path) -> Path:
    """An .xlsx with the snapshot headers and one example row."""
    from app.services.excel import Column, export_rows

    columns = [Column("账号"), Column("平台"), Column("日期", "date"), Column("粉丝数", "int")]
    export_rows(path, "竞品粉丝", columns, [["同行护肤号", "抖音", clock.today(), 120000]])
    return path


def import_snapshots(store: Store, path: Path) -> dict[str, Any]:
    """Import follower snapshots of benchmark accounts (账号, 平台, 日期, 粉丝数) in one transaction.

    Every row must name a known benchmark account (by platform and name; the name alone when it
    is unique) with a date and a count; otherwise nothing is written and `CompetitorError` lists
    the first bad rows with their Excel row numbers.
    """
    from app.services.importing.reader import read_workbook
    from app.services.importing.values import BadValueError, parse_count, parse_date

    book = read_workbook(Path(path))
    header_at, columns, rows = _find_header(book)
    if columns is None:
        raise CompetitorError(QT_TRANSLATE_NOOP("competitors", "“{file}”里找不到“账号”“日期”“粉丝数”这几列。"),
                              file=Path(path).name)
    with store.reading() as uow:
        conn = uow.connection()
        accounts = [tuple(r) for r in conn.execute(sa.text("SELECT id, platform, name FROM account WHERE is_own = FALSE"))]
    by_key = {(p, n): i for i, p, n in accounts}
    by_name: dict[str, list[int]] = defaultdict(list)
    for i, _p, n in accounts:
        by_name[n].append(i)
    params, errors = [], []
    for offset, raw in enumerate(rows, start=header_at + 2):
        def cell(key: str, raw: list[Any] = raw) -> Any:
            index = columns.get(key)
            return raw[index] if index is not None and index < len(raw) else None
        name = str(cell("name") or "").strip()
        if not name and not any(v not in (None, "") for v in raw):
            continue
        try:
            day, followers = parse_date(cell("day")), parse_count(cell("followers"))
        except BadValueError:
            day = followers = None
        platform = None
        if cell("platform"):
            try:
                platform = _platform(str(cell("platform")))
            except CompetitorError:
                platform = None
        account_id = by_key.get((platform, name)) if platform else (
            by_name[name][0] if len(by_name.get(name, [])) == 1 else None)
        if account_id is None or day is None or followers is None:
            errors.append(f"{offset}: {name or '-'}")
            continue
        params.append({"account_id": account_id, "day": day, "followers_total": followers})
    if errors:
        raise CompetitorError(QT_TRANSLATE_NOOP(
            "competitors", "有 {n} 行读不出来（账号不在竞品名单里，或日期、粉丝数不对），什么也没有导入：{rows}"),
            n=len(errors), rows="；".join(errors[:5]))
    if params:
        _save_followers(store, params)
    return {"file": Path(path).name, "rows": len(params)}


def _find_header(book: Any) -> tuple[int, dict[str, int] | None, list[list[Any]]]:
    for sheet in book.sheets:
        for at, row in enumerate(sheet.rows[:20]):
            cells = [str(c).strip() if c is not None else "" for c in row]
            found = {key: next((i for i, c in enumerate(cells) if c in names), None)
                     for key, names in SNAPSHOT_HEADERS.items()}
            if found["name"] is not None and found["day"] is not None and found["followers"] is not None:
                return at, {k: v for k, v in found.items() if v is not None}, sheet.rows[at + 1:]
    return 0, None, []
