"""Shop orders (抖店): which count, what they add up to, and which content most likely brought them.

- A 子订单 is **valid** (a conversion) unless its 订单状态 says cancelled or closed (已取消, 已关闭 …)
  or its 售后状态 says the money went back (退款成功, 同意退款，退款成功). A newer export that turns an
  order into 退款成功 flips `valid`, so that day's revenue drops.
- An order's **day** is when it was paid (支付完成时间), else when it was submitted.
- **Conversions** are the valid 主订单 of a day (several 子订单 of one 主订单 are one order);
  **revenue** is the sum of the valid 子订单's 订单应付金额.
- **Attribution** (an estimate, shown as 估算): an order whose 达人昵称/达人ID is an own account
  (its name or handle; a 抖音 account before one of the same name elsewhere) belongs to it; when
  its 流量体裁 is 直播 or 短视频 it is tied to the account's live session covering the order time,
  else to the account's latest video published within the window before it (setting
  `orders.attribution_window_hours`, default 72). The export carries no room or video id, so
  nothing better is possible. `attribute_orders` runs after every import that touches
  orders or posts (and their undo), so the links always follow the data.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from typing import Any

import sqlalchemy as sa

from app.models import Account, Post, PostMetrics, Setting, ShopOrder
from app.models.vocabulary import Month
from app.store import Store

WINDOW_SETTING = "orders.attribution_window_hours"
DEFAULT_WINDOW_HOURS = 72
#: Words in 订单状态 / 售后状态 that take an order out of the count.
_VOID_STATUS = ("取消", "关闭")
_REFUNDED = "退款成功"
#: 流量体裁 values that name content of the creator (短视频, 直播; a plain 视频 too).
_CONTENT_KINDS = ("直播", "视频")

_orders = ShopOrder.__table__  # type: ignore[attr-defined]


@functools.lru_cache(maxsize=4096)
def _plain(text: str | None) -> str:
    return unicodedata.normalize("NFKC", text or "").replace(" ", "").casefold()


def is_valid(status: str | None, after_sale: str | None) -> bool:
    """Whether a 子订单 counts as a conversion: not cancelled or closed, not refunded."""
    state = _plain(status)
    return not any(word in state for word in _VOID_STATUS) and _REFUNDED not in _plain(after_sale)


def order_time(paid_at: dt.datetime | None, submitted_at: dt.datetime | None) -> dt.datetime | None:
    return paid_at or submitted_at


# -- attribution ----------------------------------------------------------------------------------


def _window_hours(conn: sa.Connection) -> float:
    table = Setting.__table__  # type: ignore[attr-defined]
    value = conn.execute(sa.select(table.c.value).where(table.c.key == WINDOW_SETTING)).scalar()
    try:
        return float(value) if value is not None else DEFAULT_WINDOW_HOURS
    except (TypeError, ValueError):
        return DEFAULT_WINDOW_HOURS


def _as_datetime(value: Any) -> dt.datetime | None:
    if value is None or isinstance(value, dt.datetime):
        return value
    return dt.datetime.fromisoformat(str(value))


class _Content:
    """One account's live sessions (start, end) and videos (publish times), for finding an order's source."""

    def __init__(self) -> None:
        self.lives: list[tuple[dt.datetime, dt.datetime, int]] = []
        self.videos: list[tuple[dt.datetime, int]] = []

    def finish(self) -> None:
        self.lives.sort()
        self.videos.sort()
        self._video_times = [t for t, _ in self.videos]

    def source(self, when: dt.datetime, window: dt.timedelta) -> tuple[int, str] | None:
        covering = [post_id for start, end, post_id in self.lives if start <= when <= end]
        if covering:
            return covering[-1], "live"
        at = bisect.bisect_right(self._video_times, when)
        if at and when - self.videos[at - 1][0] <= window:
            return self.videos[at - 1][1], "video"
        return None


def _session_end(start: dt.datetime, seconds: float | None) -> dt.datetime:
    """A session's end: start + its length; a day-level row (罗盘, no time of day) or one without a
    length covers the rest of its day."""
    day_end = dt.datetime.combine(start.date(), dt.time.max)
    if seconds is None or start.time() == dt.time():
        return day_end
    return start + dt.timedelta(seconds=seconds)


def _content_by_account(conn: sa.Connection, account_ids: Iterable[int]) -> dict[int, _Content]:
    posts, metrics = Post.__table__, PostMetrics.__table__  # type: ignore[attr-defined]
    ids = sorted(set(account_ids))
    out = {account_id: _Content() for account_id in ids}
    if not ids:
        return out
    latest = (sa.select(metrics.c.duration_seconds).where(metrics.c.post_id == posts.c.id)
              .order_by(metrics.c.captured_on.desc()).limit(1).scalar_subquery())
    rows = conn.execute(
        sa.select(posts.c.id, posts.c.account_id, posts.c.format, posts.c.published_at,
                  sa.case((posts.c.format == "live", latest)).label("seconds"))
        .where(posts.c.account_id.in_(ids), posts.c.published_at.is_not(None),
               posts.c.format.in_(("live", "video"))))
    for post_id, account_id, fmt, published, seconds in rows:
        start = _as_datetime(published)
        assert start is not None
        content = out[account_id]
        if fmt == "live":
            content.lives.append((start, _session_end(start, seconds), post_id))
        else:
            content.videos.append((start, post_id))
    for content in out.values():
        content.finish()
    return out


def attribute_orders(conn: sa.Connection) -> None:
    """Set every order's account and (estimated) content from the store as it is now (an after-import hook)."""
    if conn.execute(sa.select(_orders.c.id).limit(1)).first() is None:
        return
    accounts = Account.__table__  # type: ignore[attr-defined]
    by_name: dict[str, int] = {}
    by_handle: dict[str, int] = {}
    for account_id, name, handle in conn.execute(
            sa.select(accounts.c.id, accounts.c.name, accounts.c.handle).where(accounts.c.is_own.is_(True))
            .order_by(sa.case((accounts.c.platform == "douyin", 0), else_=1), accounts.c.id)):  # 达人 are 抖音
        by_name.setdefault(_plain(name), account_id)
        if handle:
            by_handle.setdefault(_plain(handle).lstrip("@"), account_id)
    window = dt.timedelta(hours=_window_hours(conn))
    creators = {(i, n): by_handle.get(_plain(i)) or by_name.get(_plain(n)) for i, n in conn.execute(
        sa.select(_orders.c.creator_id, _orders.c.creator_name).distinct())}
    ids = sorted({i for (i, _n), a in creators.items() if a is not None and i is not None})
    names = sorted({n for (_i, n), a in creators.items() if a is not None and n is not None})
    rows = conn.execute(sa.select(  # only orders of own creators, or linked before, can change
        _orders.c.id, _orders.c.creator_id, _orders.c.creator_name, _orders.c.traffic_kind, _orders.c.paid_at,
        _orders.c.submitted_at, _orders.c.account_id, _orders.c.post_id, _orders.c.attribution)
        .where(sa.or_(_orders.c.creator_id.in_(ids), _orders.c.creator_name.in_(names),
                      _orders.c.account_id.is_not(None), _orders.c.post_id.is_not(None)))).all()
    owners = {row.id: creators.get((row.creator_id, row.creator_name)) for row in rows}
    content = _content_by_account(conn, (a for a in owners.values() if a is not None))
    changed = []
    for row in rows:
        account_id = owners.get(row.id)
        found = None
        when = order_time(row.paid_at, row.submitted_at)
        if account_id is not None and when is not None and any(k in (row.traffic_kind or "") for k in _CONTENT_KINDS):
            found = content[account_id].source(when, window)
        post_id, how = found if found else (None, None)
        if (account_id, post_id, how) != (row.account_id, row.post_id, row.attribution):
            changed.append({"key": row.id, "account": account_id, "post": post_id, "how": how})
    if changed:
        conn.execute(_orders.update().where(_orders.c.id == sa.bindparam("key")).values(
            account_id=sa.bindparam("account"), post_id=sa.bindparam("post"), attribution=sa.bindparam("how")),
            changed)


# -- figures ------------------------------------------------------------------------------------


def _valid_in(conn: sa.Connection, first: dt.date, nxt: dt.date, *columns: Any) -> list[Any]:
    """Valid orders whose day falls in [first, nxt)."""
    when = sa.func.coalesce(_orders.c.paid_at, _orders.c.submitted_at)
    start, end = dt.datetime.combine(first, dt.time()), dt.datetime.combine(nxt, dt.time())
    return conn.execute(sa.select(*columns).where(_orders.c.valid.is_(True), when >= start, when < end)).all()


def _count(rows: Iterable[Any]) -> tuple[int, float]:
    """(valid 主订单, revenue) of a group of valid 子订单 rows (order_id, amount, …)."""
    orders: set[str] = set()
    revenue = 0.0
    for row in rows:
        orders.add(row.order_id)
        revenue += row.amount or 0.0
    return len(orders), round(revenue, 2)


def has_orders(conn: sa.Connection, first: dt.date, nxt: dt.date) -> bool:
    """Whether any order (valid or not) falls in [first, nxt): the shop export is then the record of 抖音 sales."""
    when = sa.func.coalesce(_orders.c.paid_at, _orders.c.submitted_at)
    start, end = dt.datetime.combine(first, dt.time()), dt.datetime.combine(nxt, dt.time())
    return conn.execute(sa.select(_orders.c.id).where(when >= start, when < end).limit(1)).first() is not None


def actuals_by_account(conn: sa.Connection, first: dt.date, nxt: dt.date) -> dict[int | None, tuple[int, float]]:
    """{account_id (None: not an own account's): (conversions, revenue)} of valid orders in [first, nxt), for goals."""
    groups: dict[int | None, list[Any]] = defaultdict(list)
    for row in _valid_in(conn, first, nxt, _orders.c.account_id, _orders.c.order_id, _orders.c.amount):
        groups[row.account_id].append(row)
    return {account_id: _count(rows) for account_id, rows in groups.items()}


def daily(store: Store, first: dt.date, last: dt.date) -> list[dict[str, Any]]:
    """Conversions and revenue per account and day (valid orders, days first..last inclusive), for charts:
    `[{"account_id", "day", "conversions", "revenue"}]`, day order; account None = not an own account's."""
    with store.reading() as uow:
        rows = _valid_in(uow.connection(), first, last + dt.timedelta(days=1), _orders.c.account_id,
                         _orders.c.order_id, _orders.c.amount, _orders.c.paid_at, _orders.c.submitted_at)
    groups: dict[tuple[dt.date, int | None], list[Any]] = defaultdict(list)
    for row in rows:
        when = order_time(row.paid_at, row.submitted_at)
        assert when is not None
        groups[(when.date(), row.account_id)].append(row)
    out = []
    for (day, account_id), group in sorted(groups.items(), key=lambda item: (item[0][0], item[0][1] or 0)):
        conversions, revenue = _count(group)
        out.append({"account_id": account_id, "day": day, "conversions": conversions, "revenue": revenue})
    return out


def period_figures(store: Store, first: dt.date, last: dt.date) -> dict[str, Any]:
    """The shop's valid orders day by day over first..last (all accounts together), for the 图表 tab:
    `{"days", "conversions", "revenue"}` (days with orders only) and the totals; empty lists without orders."""
    by_day: dict[dt.date, list[float]] = {}
    for row in daily(store, first, last):
        totals = by_day.setdefault(row["day"], [0, 0.0])
        totals[0] += row["conversions"]
        totals[1] += row["revenue"]
    days = sorted(by_day)
    conversions = [int(by_day[d][0]) for d in days]
    revenue = [round(by_day[d][1], 2) for d in days]
    return {"days": days, "conversions": conversions, "revenue": revenue,
            "total_conversions": sum(conversions) if days else None,
            "total_revenue": round(sum(revenue), 2) if days else None}


def post_orders(store: Store, first: dt.date | None = None, last: dt.date | None = None) -> dict[int, dict[str, Any]]:
    """Valid orders attributed to each post, days first..last inclusive (default: all): `{post_id:
    {"conversions", "revenue", "estimated": True}}` — for diagnosis (高阅读低转化: a post's views against
    the orders it brought) and post tables; always an estimate, to be shown as 估算."""
    start = first or dt.date(2000, 1, 1)
    end = last + dt.timedelta(days=1) if last else dt.date(2101, 1, 1)
    with store.reading() as uow:
        rows = _valid_in(uow.connection(), start, end, _orders.c.post_id, _orders.c.order_id, _orders.c.amount)
    groups: dict[int, list[Any]] = defaultdict(list)
    for row in rows:
        if row.post_id is not None:
            groups[row.post_id].append(row)
    out = {}
    for post_id, group in groups.items():
        conversions, revenue = _count(group)
        out[post_id] = {"conversions": conversions, "revenue": revenue, "estimated": True}
    return out


def month_summary(store: Store, month: str) -> dict[str, Any]:
    """A month's shop orders for the review: all 子订单, the valid ones, their orders and revenue,
    what refunds and cancellations took out, and how much of it is attributed to content (估算)."""
    first, nxt = Month.parse(month).bounds()
    when = sa.func.coalesce(_orders.c.paid_at, _orders.c.submitted_at)
    start, end = dt.datetime.combine(first, dt.time()), dt.datetime.combine(nxt, dt.time())
    with store.reading() as uow:
        rows = uow.connection().execute(sa.select(
            _orders.c.order_id, _orders.c.amount, _orders.c.valid, _orders.c.status, _orders.c.after_sale,
            _orders.c.post_id).where(when >= start, when < end)).all()
    valid = [r for r in rows if r.valid]
    refunded = [r for r in rows if not r.valid and _REFUNDED in _plain(r.after_sale)]
    void = [r for r in rows if not r.valid and r not in refunded]
    conversions, revenue = _count(valid)
    attributed = [r for r in valid if r.post_id is not None]
    return {
        "month": month, "sub_orders": len(rows), "valid_sub_orders": len(valid), "conversions": conversions,
        "revenue": revenue if rows else None,
        "refunded_sub_orders": len(refunded), "refunded_amount": _count(refunded)[1],
        "cancelled_sub_orders": len(void),
        "attributed_conversions": _count(attributed)[0], "attributed_revenue": _count(attributed)[1],
        "attributed_estimated": True,
    }
