"""Goals (KPI): annual targets split into months and allocated per account, and progress from imported data.

A `goal` row is one month's target for one metric, for one own account or (account_id NULL) for
all of them together. Actuals are computed in SQL from what was imported or written:

- followers_gained: per day `net_follows`, else `new_follows - unfollows`, else the change of
  `followers_total` since the account's previous row; summed over the month's days.
- views: posts published in the month, each with the views of its latest snapshot (a post's
  lifetime views count for the month it came out in — the same rule as the monthly review).
- posts_published: posts whose `published_at` falls in the month.
- conversions / revenue: rows of the `conversion` table dated in the month (a row counts its
  `orders`, or its `leads` when it has no orders); posts published in the month that have no
  conversion row at all add their latest snapshot's `conversions`/`revenue`, so a post is never
  counted from both sources. A conversion row without a post belongs to its platform's account
  when that platform has exactly one own account, else only to the all-accounts total.
  Valid shop orders (抖店, `orders`) paid in the month add their 主订单 and amounts: to the own
  account they are attributed to, else to the total only; in a month with shop orders the 抖音
  posts' own conversions/revenue are left out, since the orders are the record of those sales.

A value with no data behind it is None (never 0); `ratio` is None when the target is 0 or None.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Mapping, Sequence
from typing import Any

import sqlalchemy as sa
from sqlmodel import select

from app import clock
from app.i18n import QT_TRANSLATE_NOOP, Translate, UserError, untranslated
from app.models import Account, Goal, GoalMetric
from app.models.vocabulary import Month, label
from app.services import orders
from app.store import Store
from app.store.errors import StaleEditError


class GoalError(UserError):
    pass


#: {(account_id, metric, month): version} of goals as an editor showed them (`goal_versions`).
Versions = Mapping[tuple[int | None, GoalMetric, str], int]

#: Decimal places a target is split to: counts are whole numbers, money goes to the fen.
DECIMALS: dict[GoalMetric, int] = {metric: 0 for metric in GoalMetric} | {GoalMetric.revenue: 2}


@dataclasses.dataclass(frozen=True)
class GoalProgress:
    """One goal row of a month with its actual value and pace."""

    month: str
    metric: GoalMetric
    account_id: int | None
    account: str | None
    platform: str | None
    target: float | None
    actual: float | None
    ratio: float | None
    expected: float | None
    on_track: bool | None

    def as_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)


def _metric(metric: GoalMetric | str) -> GoalMetric:
    try:
        return GoalMetric(metric)
    except ValueError:
        raise GoalError(QT_TRANSLATE_NOOP("errors", "没有指标 {metric}，可选：{choices}。"),
                        metric=str(metric), choices=", ".join(m.value for m in GoalMetric)) from None


def split_target(total: float, weights: Sequence[float] | None = None, *, decimals: int = 0) -> list[float]:
    """Split `total` into parts proportional to `weights` (12 equal by default) that add up exactly.

    Largest-remainder rounding to `decimals` places, so 1000 followers over 12 months gives
    84 × 4 and 83 × 8, never a total of 996 or 1008.
    """
    weights = [1.0] * 12 if weights is None else [float(w) for w in weights]
    if not weights or any(w < 0 for w in weights) or sum(weights) <= 0:
        raise GoalError(QT_TRANSLATE_NOOP("errors", "权重必须是非负数，且不能全是 0。"))
    if total < 0:
        raise GoalError(QT_TRANSLATE_NOOP("errors", "目标不能是负数。"))
    scale = 10**decimals
    units = round(total * scale)
    raw = [units * w / sum(weights) for w in weights]
    parts = [int(r) for r in raw]
    by_remainder = sorted(range(len(raw)), key=lambda i: (raw[i] - parts[i], -i), reverse=True)
    for i in by_remainder[: units - sum(parts)]:
        parts[i] += 1
    return [p / scale if decimals else float(p) for p in parts]


def _upsert(session: Any, month: str, account_id: int | None, metric: GoalMetric, target: float | None) -> None:
    row = _find(session, month, account_id, metric)
    if target is None:
        if row is not None:
            session.delete(row)
        return
    if target < 0:
        raise GoalError(QT_TRANSLATE_NOOP("errors", "目标不能是负数。"))
    if row is None:
        row = Goal(month=month, account_id=account_id, metric=metric, target=target)
    row.target = target
    session.add(row)


def _check_account(session: Any, account_id: int | None) -> None:
    if account_id is None:
        return
    account = session.get(Account, account_id)
    if account is None or not account.is_own:
        raise GoalError(QT_TRANSLATE_NOOP("errors", "找不到编号为 {id} 的自有账号。"), id=account_id)


def set_annual_target(
    store: Store, year: int, metric: GoalMetric | str, target: float, *,
    account_id: int | None = None, weights: Sequence[float] | None = None, seen_versions: Versions | None = None,
) -> list[float]:
    """Set a year's target for one account (or all, account_id None), split into 12 months; returns them.

    With `seen_versions` (`goal_versions` as an editor showed them), a month someone changed since
    raises StaleEditError and nothing is written."""
    metric = _metric(metric)
    if weights is not None and len(weights) != 12:
        raise GoalError(QT_TRANSLATE_NOOP("errors", "月度权重要正好 12 个，现在是 {n} 个。"), n=len(weights))
    months = split_target(target, weights, decimals=DECIMALS[metric])
    with store.writing() as session:
        _check_account(session, account_id)
        for index, value in enumerate(months, start=1):
            month = str(Month(year, index))
            _checked_upsert(session, month, account_id, metric, value, _seen(seen_versions, account_id, metric, month))
    return months


def allocate_annual_target(
    store: Store, year: int, metric: GoalMetric | str, total: float, shares: Mapping[int, float], *,
    weights: Sequence[float] | None = None, seen_versions: Versions | None = None,
) -> dict[int, list[float]]:
    """Share a year's total among own accounts by `shares` ({account_id: weight}), each split into months.

    One transaction: either every account's months are written or none (also when, with
    `seen_versions`, someone changed one of them since the editor showed it: StaleEditError).
    """
    metric = _metric(metric)
    if weights is not None and len(weights) != 12:
        raise GoalError(QT_TRANSLATE_NOOP("errors", "月度权重要正好 12 个，现在是 {n} 个。"), n=len(weights))
    accounts = list(shares)
    per_account = split_target(total, [shares[a] for a in accounts], decimals=DECIMALS[metric])
    plan = {a: split_target(v, weights, decimals=DECIMALS[metric]) for a, v in zip(accounts, per_account, strict=True)}
    with store.writing() as session:
        for account_id, months in plan.items():
            _check_account(session, account_id)
            for index, value in enumerate(months, start=1):
                month = str(Month(year, index))
                _checked_upsert(session, month, account_id, metric, value,
                                _seen(seen_versions, account_id, metric, month))
    return plan


def _seen(seen_versions: Versions | None, account_id: int | None, metric: GoalMetric, month: str) -> int | None:
    """The version an editor showed for this goal (0: none), or None when no editor's view is checked."""
    return None if seen_versions is None else seen_versions.get((account_id, metric, month), 0)


def set_month_target(
    store: Store, month: str, metric: GoalMetric | str, target: float | None, *, account_id: int | None = None,
    seen_version: int | None = None,
) -> None:
    """Edit one month's target; None removes it. `seen_version` is the goal's version the editor
    showed (0: it showed none): someone's change since then raises StaleEditError, nothing written."""
    Month.parse(month, GoalError)
    metric = _metric(metric)
    with store.writing() as session:
        _check_account(session, account_id)
        _checked_upsert(session, month, account_id, metric, target, seen_version)


def _checked_upsert(session: Any, month: str, account_id: int | None, metric: GoalMetric, value: float | None,
                    seen_version: int | None) -> None:
    """Write one month's target; with `seen_version`, only over the goal as the editor saw it (`_claim`)."""
    if seen_version is not None:
        _claim(session, _find(session, month, account_id, metric), seen_version)
    _upsert(session, month, account_id, metric, value)


def _find(session: Any, month: str, account_id: int | None, metric: GoalMetric) -> Goal | None:
    return session.exec(
        select(Goal).where(Goal.month == month, Goal.metric == metric,
                           Goal.account_id.is_(None) if account_id is None else Goal.account_id == account_id)  # type: ignore[union-attr]
    ).first()


def _claim(session: Any, row: Goal | None, seen_version: int) -> None:
    """The goal is as the editor saw it: the same version, or still unset (0), or it says who changed it."""
    if row is None:
        if seen_version:
            raise StaleEditError(None, None, 0)  # removed meanwhile
    elif not seen_version:
        raise StaleEditError(row.updated_by, None, row.version)  # set meanwhile
    else:
        session.claim(row, seen_version)


def goal_versions(store: Store, year: int) -> Versions:
    """{(account_id, metric, month): version} of the year's goals, which the goals editor saves against."""
    with store.reading() as session:
        rows = session.exec(select(Goal).where(Goal.month.startswith(f"{year:04d}-"))).all()  # type: ignore[attr-defined]
    return {(row.account_id, GoalMetric(row.metric), row.month): row.version for row in rows}


def annual_targets(store: Store, year: int) -> dict[tuple[int | None, GoalMetric], list[float | None]]:
    """{(account_id, metric): 12 monthly targets (None where unset)} for the goals editor."""
    out: dict[tuple[int | None, GoalMetric], list[float | None]] = {}
    with store.reading() as session:
        rows = session.exec(select(Goal).where(Goal.month.startswith(f"{year:04d}-"))).all()  # type: ignore[attr-defined]
    for row in rows:
        months = out.setdefault((row.account_id, GoalMetric(row.metric)), [None] * 12)
        months[Month.parse(row.month).number - 1] = row.target
    return out


_FOLLOWERS_SQL = """
WITH d AS (
    SELECT d.account_id, d.day, d.net_follows, d.new_follows, d.unfollows, d.followers_total,
           lag(d.followers_total) OVER (PARTITION BY d.account_id ORDER BY d.day) AS prev_total
    FROM account_daily d JOIN account a ON a.id = d.account_id
    WHERE a.is_own = TRUE AND d.day < :next
)
SELECT account_id, sum(coalesce(net_follows, new_follows - unfollows, followers_total - prev_total))
FROM d WHERE day >= :first GROUP BY account_id
"""

_POSTS_SQL = """
SELECT p.account_id, count(*), sum(m.views),
       sum(CASE WHEN NOT EXISTS (SELECT 1 FROM conversion c WHERE c.post_id = p.id) THEN m.conversions END),
       sum(CASE WHEN NOT EXISTS (SELECT 1 FROM conversion c WHERE c.post_id = p.id) THEN m.revenue END)
FROM post p JOIN account a ON a.id = p.account_id
LEFT JOIN post_metrics m ON m.id = (
    SELECT m2.id FROM post_metrics m2 WHERE m2.post_id = p.id AND m2.captured_on <= :as_of
    ORDER BY m2.captured_on DESC LIMIT 1)
WHERE a.is_own = TRUE AND p.published_at >= :first AND p.published_at < :next
GROUP BY p.account_id
"""

_CONVERSIONS_SQL = """
SELECT coalesce(p.account_id, (SELECT min(a.id) FROM account a WHERE a.is_own = TRUE AND a.platform = c.platform
                               HAVING count(*) = 1)) AS account_id,
       sum(coalesce(c.orders, c.leads)), sum(c.revenue)
FROM conversion c LEFT JOIN post p ON p.id = c.post_id
WHERE c.day >= :first AND c.day < :next
GROUP BY 1
"""


def _add(a: float | None, b: float | None) -> float | None:
    if a is None:
        return b
    return a if b is None else a + b


def month_actuals(store: Store, month: str, as_of: dt.date | None = None) -> dict[int | None, dict[GoalMetric, float | None]]:
    """{account_id: {metric: actual}} for own accounts, and under None the total over all of them.

    Posts count with their latest snapshot captured up to `as_of` (default: all imported so far)."""
    first, nxt = Month.parse(month, GoalError).bounds()
    params = {"first": first.isoformat(), "next": nxt.isoformat(), "as_of": (as_of or dt.date.max).isoformat()}
    with store.reading() as uow:
        conn = uow.connection()
        own = dict(conn.execute(sa.text("SELECT id, platform FROM account WHERE is_own = TRUE")).all())
        followers = dict(conn.execute(sa.text(_FOLLOWERS_SQL), params).all())
        posts = {row[0]: row[1:] for row in conn.execute(sa.text(_POSTS_SQL), params)}
        conversions = {row[0]: row[1:] for row in conn.execute(sa.text(_CONVERSIONS_SQL), params)}
        shop = orders.actuals_by_account(conn, first, nxt)
        shop_month = bool(shop) or orders.has_orders(conn, first, nxt)
    out: dict[int | None, dict[GoalMetric, float | None]] = {}
    total: dict[GoalMetric, float | None] = dict.fromkeys(GoalMetric, None)
    total[GoalMetric.posts_published] = 0
    for account_id in own:
        count, views, snap_conv, snap_rev = posts.get(account_id, (0, None, None, None))
        rec_conv, rec_rev = conversions.get(account_id, (None, None))
        if shop_month and own[account_id] == "douyin":
            snap_conv = snap_rev = None
        shop_conv, shop_rev = shop.get(account_id, (None, None))
        values: dict[GoalMetric, float | None] = {
            GoalMetric.followers_gained: followers.get(account_id),
            GoalMetric.views: views if count else 0,
            GoalMetric.posts_published: count,
            GoalMetric.conversions: _add(_add(rec_conv, snap_conv), shop_conv),
            GoalMetric.revenue: _add(_add(rec_rev, snap_rev), shop_rev),
        }
        out[account_id] = values
        for metric, value in values.items():
            total[metric] = _add(total[metric], value)
    unattributed_conv, unattributed_rev = conversions.get(None, (None, None))
    total[GoalMetric.conversions] = _add(total[GoalMetric.conversions], unattributed_conv)
    total[GoalMetric.revenue] = _add(total[GoalMetric.revenue], unattributed_rev)
    shop_conv, shop_rev = shop.get(None, (None, None))
    total[GoalMetric.conversions] = _add(total[GoalMetric.conversions], shop_conv)
    total[GoalMetric.revenue] = _add(total[GoalMetric.revenue], shop_rev)
    out[None] = total
    return out


@dataclasses.dataclass(frozen=True)
class GoalConflict:
    """A month whose total goal contradicts its accounts' goals."""

    month: str
    metric: GoalMetric
    total: float
    accounts_sum: float
    accounts_set: int
    accounts_own: int

    def as_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)

    def message(self, translate: Translate = untranslated) -> str:
        """The warning in the reader's language."""
        return translate("goals", CONFLICT).format(month=self.month, metric=label("goal_metric", self.metric, translate),
                                                   total=f"{self.total:g}", sum=f"{self.accounts_sum:g}")


CONFLICT = QT_TRANSLATE_NOOP("goals", "{month}「{metric}」：全部账号的目标是 {total}，各账号目标加起来是 {sum}，两者对不上。")


def goal_conflicts(store: Store, months: Sequence[str]) -> list[GoalConflict]:
    """Where a hand-set total contradicts its parts: the accounts' targets add up to more than the
    total, or every own account has a target and they add up to anything else."""
    with store.reading() as session:
        own = set(session.exec(select(Account.id).where(Account.is_own, sa.not_(Account.archived))).all())  # type: ignore[call-overload]
        rows = session.exec(select(Goal).where(Goal.month.in_(list(months)))).all()  # type: ignore[attr-defined]
    totals: dict[tuple[str, GoalMetric], float] = {}
    parts: dict[tuple[str, GoalMetric], list[float]] = {}
    for row in rows:
        key = (row.month, GoalMetric(row.metric))
        if row.account_id is None:
            totals[key] = row.target
        elif row.account_id in own:
            parts.setdefault(key, []).append(row.target)
    out = []
    for key, total in sorted(totals.items()):
        values = parts.get(key, [])
        added = round(sum(values), 2)
        if values and (added > total + 0.005 or (len(values) == len(own) and abs(added - total) > 0.005)):
            out.append(GoalConflict(key[0], key[1], total, added, len(values), len(own)))
    return out


def expected_by(target: float | None, month: str, today: dt.date) -> float | None:
    """The share of `target` due by the end of `today` at an even pace (all of it once the month is over)."""
    if target is None:
        return None
    first, nxt = Month.parse(month, GoalError).bounds()
    if today < first:
        return 0.0
    if today >= nxt:
        return float(target)
    return target * ((today - first).days + 1) / (nxt - first).days


def goal_progress(store: Store, month: str, today: dt.date | None = None, *,
                  as_of: dt.date | None = None) -> list[GoalProgress]:
    """Every goal of `month` with its actual, ratio (actual/target) and the even-pace expectation by `today`;
    post numbers from snapshots up to `as_of` (default: all)."""
    today = today or clock.today()
    actuals = month_actuals(store, month, as_of)
    with store.reading() as uow:
        conn = uow.connection()
        rows = conn.execute(sa.text(
            """
            SELECT g.metric, g.account_id, a.name, a.platform, g.target FROM goal g
            LEFT JOIN account a ON a.id = g.account_id
            WHERE g.month = :month ORDER BY g.account_id IS NOT NULL, a.platform, a.id, g.metric
            """
        ), {"month": month}).all()
    out = []
    for metric_code, account_id, account, platform, target in rows:
        metric = GoalMetric(metric_code)
        actual = actuals.get(account_id, {}).get(metric)
        expected = expected_by(target, month, today)
        out.append(GoalProgress(
            month=month, metric=metric, account_id=account_id, account=account, platform=platform,
            target=target, actual=actual,
            ratio=actual / target if actual is not None and target else None,
            expected=expected,
            on_track=None if actual is None or expected is None else actual >= expected,
        ))
    return out
