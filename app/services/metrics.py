"""The metric dictionary (指标口径): one definition per metric across platforms, and its SQL.

Each platform counts differently — 公众号 reports 阅读次数 and 阅读人数, 抖音 播放量, 小红书 观看量,
视频号 has no 收藏 column — so every number the app shows is defined once here: its Chinese name,
the definition text (口径) in general and per platform, and its unit. The GUI shows these in
tooltips and on a help page (translate `name`/`definition`/`per_platform` with context "metrics").

Derived post metrics are SQL expressions over a `post_metrics` row aliased `m` and the platform
code column `platform`, so every service computes them the same way and in the database:

- views = 阅读次数/播放量/观看量; where an export only gives 阅读人数, views = readers.
- engagement rate = the platform's interaction parts ÷ views. The parts are likes + comments +
  shares + saves, except where a platform exports no 收藏 (视频号, 微博): there it is
  likes + comments + shares, the platform's own interaction count. A missing part makes the
  rate NULL, never a partial sum (SQL `+` propagates NULL).
- follow conversion = follows gained ÷ views; conversion rate = conversions ÷ views.
- A divisor of 0 gives NULL (`NULLIF`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa

from app.i18n import QT_TRANSLATE_NOOP, Translate, untranslated
from app.models import Platform
from app.store.sql import add_days, day_of, days_between

if TYPE_CHECKING:
    from app.store import Store
    from app.store.db import UnitOfWork


#: The tables whose columns hold imported metrics: a post's snapshot and an account's day.
POST_TABLE = "post_metrics"
DAILY_TABLE = "account_daily"


class Unit(StrEnum):
    count = "count"
    rate = "rate"
    seconds = "seconds"
    yuan = "yuan"


UNIT_LABELS: dict[Unit, str] = {
    Unit.count: QT_TRANSLATE_NOOP("metrics", "次/人"),
    Unit.rate: QT_TRANSLATE_NOOP("metrics", "比例"),
    Unit.seconds: QT_TRANSLATE_NOOP("metrics", "秒"),
    Unit.yuan: QT_TRANSLATE_NOOP("metrics", "元"),
}


@dataclass(frozen=True)
class Metric:
    """One metric: `key` is the code used in JSON and SQL results; texts are marked Chinese."""

    key: str
    name: str
    unit: Unit
    definition: str
    per_platform: dict[str, str] = field(default_factory=dict)
    #: The SQL expression over `m` (post_metrics) and `platform`; None for account/promotion metrics.
    sql: str | None = None
    #: The tables (`POST_TABLE`, `DAILY_TABLE`) that store it as a column of the same name.
    stored: tuple[str, ...] = ()

    def definition_for(self, platform: str | None) -> str:
        """The 口径 on one platform, falling back to the general definition."""
        return self.per_platform.get(platform or "", self.definition)


#: The interaction parts each platform exports; platforms not listed use all four.
ENGAGEMENT_PARTS: dict[str, tuple[str, ...]] = {
    Platform.channels: ("likes", "comments", "shares"),
    Platform.weibo: ("likes", "comments", "shares"),
}
DEFAULT_ENGAGEMENT_PARTS: tuple[str, ...] = ("likes", "comments", "shares", "saves")


def safe_ratio(numerator: float | None, denominator: float | None) -> float | None:
    """`ratio_sql` in Python: None when the divisor is 0 or either side is missing."""
    if numerator is None or not denominator:
        return None
    return numerator / denominator


def ratio_sql(numerator: str, denominator: str) -> str:
    """A fraction that is NULL when the divisor is 0 or either side is missing."""
    return f"(CAST({numerator} AS REAL) / NULLIF({denominator}, 0))"


def views_sql(m: str = "m") -> str:
    """Views: 阅读次数/播放量/观看量, else 阅读人数 where that is all the export gave."""
    return f"COALESCE({m}.views, {m}.readers)"


def interactions_sql(m: str = "m", platform: str = "platform") -> str:
    """The platform's interaction count (NULL when any of its parts is missing)."""
    cases = " ".join(
        f"WHEN '{code}' THEN " + " + ".join(f"{m}.{part}" for part in parts)
        for code, parts in ENGAGEMENT_PARTS.items()
    )
    default = " + ".join(f"{m}.{part}" for part in DEFAULT_ENGAGEMENT_PARTS)
    return f"(CASE {platform} {cases} ELSE {default} END)"


def engagement_sql(m: str = "m", platform: str = "platform") -> str:
    return ratio_sql(interactions_sql(m, platform), views_sql(m))


def _metrics() -> dict[str, Metric]:
    views = views_sql()
    post, daily, both = (POST_TABLE,), (DAILY_TABLE,), (POST_TABLE, DAILY_TABLE)
    items = [
        Metric(
            "views", QT_TRANSLATE_NOOP("metrics", "浏览量"), Unit.count,
            QT_TRANSLATE_NOOP("metrics", "内容被打开/播放的次数；导出里只有阅读人数时，用阅读人数代替。"),
            {
                Platform.wechat: QT_TRANSLATE_NOOP("metrics", "公众号：总阅读次数；新版导出只有阅读人数时用阅读人数。"),
                Platform.douyin: QT_TRANSLATE_NOOP("metrics", "抖音：播放量。"),
                Platform.xiaohongshu: QT_TRANSLATE_NOOP("metrics", "小红书：观看量（不是曝光）。"),
                Platform.channels: QT_TRANSLATE_NOOP("metrics", "视频号：播放量。"),
                Platform.weibo: QT_TRANSLATE_NOOP("metrics", "微博：阅读数。"),
                Platform.bilibili: QT_TRANSLATE_NOOP("metrics", "B站：播放。"),
                Platform.zhihu: QT_TRANSLATE_NOOP("metrics", "知乎：阅读（视频回答为播放）。"),
                Platform.kuaishou: QT_TRANSLATE_NOOP("metrics", "快手：播放量。"),
                Platform.toutiao: QT_TRANSLATE_NOOP("metrics", "头条号：阅读(播放)量。"),
            },
            views,
            stored=both),
        Metric("readers", QT_TRANSLATE_NOOP("metrics", "阅读人数"), Unit.count,
               QT_TRANSLATE_NOOP("metrics", "看过内容的人数（去重），目前只有公众号导出。"), sql="m.readers", stored=both),
        Metric("delivered", QT_TRANSLATE_NOOP("metrics", "送达人数"), Unit.count,
               QT_TRANSLATE_NOOP("metrics", "群发时收到推送的人数（公众号）。"), sql="m.delivered", stored=post),
        Metric("exposures", QT_TRANSLATE_NOOP("metrics", "曝光"), Unit.count,
               QT_TRANSLATE_NOOP("metrics", "内容被展示的次数（小红书曝光、头条展现量）；视频号、公众号文章明细没有。"),
               sql="m.exposures", stored=both),
        Metric("likes", QT_TRANSLATE_NOOP("metrics", "点赞"), Unit.count,
               QT_TRANSLATE_NOOP("metrics", "点赞数。"),
               {Platform.channels: QT_TRANSLATE_NOOP("metrics", "视频号：「喜欢」（👍）的次数；「推荐」（♡）记在在看/推荐里。")},
               "m.likes", stored=both),
        Metric("comments", QT_TRANSLATE_NOOP("metrics", "评论"), Unit.count,
               QT_TRANSLATE_NOOP("metrics", "评论数。"), sql="m.comments", stored=both),
        Metric("shares", QT_TRANSLATE_NOOP("metrics", "分享"), Unit.count,
               QT_TRANSLATE_NOOP("metrics", "分享/转发次数。"),
               {Platform.wechat: QT_TRANSLATE_NOOP("metrics", "公众号：总分享次数。")}, "m.shares", stored=both),
        Metric("saves", QT_TRANSLATE_NOOP("metrics", "收藏"), Unit.count,
               QT_TRANSLATE_NOOP("metrics", "收藏数；视频号和微博不导出收藏。"), sql="m.saves", stored=both),
        Metric("wows", QT_TRANSLATE_NOOP("metrics", "在看"), Unit.count,
               QT_TRANSLATE_NOOP("metrics", "点「在看」/「推荐」的次数（公众号、视频号），不算进互动数。"),
               {Platform.channels: QT_TRANSLATE_NOOP("metrics", "视频号：「推荐」（♡）的次数。")}, "m.wows", stored=post),
        Metric("interactions", QT_TRANSLATE_NOOP("metrics", "互动数"), Unit.count,
               QT_TRANSLATE_NOOP("metrics", "点赞 + 评论 + 分享 + 收藏；缺任何一项时不计算（不做部分相加）。"),
               {
                   Platform.channels: QT_TRANSLATE_NOOP("metrics", "视频号没有收藏：互动数 = 喜欢 + 评论 + 分享。"),
                   Platform.weibo: QT_TRANSLATE_NOOP("metrics", "微博没有收藏：互动数 = 点赞 + 评论 + 转发。"),
                   Platform.wechat: QT_TRANSLATE_NOOP("metrics", "公众号：点赞 + 评论 + 分享 + 收藏，来自单篇详情导出；文章列表导出没有点赞和评论，互动数为空。"),
               },
               interactions_sql()),
        Metric("engagement_rate", QT_TRANSLATE_NOOP("metrics", "互动率"), Unit.rate,
               QT_TRANSLATE_NOOP("metrics", "互动数 ÷ 浏览量；任何一项缺失时为空，不用部分相加。"),
               {
                   Platform.channels: QT_TRANSLATE_NOOP("metrics", "视频号：（喜欢 + 评论 + 分享）÷ 播放量，平台不导出收藏。"),
                   Platform.weibo: QT_TRANSLATE_NOOP("metrics", "微博：（点赞 + 评论 + 转发）÷ 阅读数，平台不导出收藏。"),
               },
               engagement_sql()),
        Metric("comment_rate", QT_TRANSLATE_NOOP("metrics", "评论率"), Unit.rate,
               QT_TRANSLATE_NOOP("metrics", "评论 ÷ 浏览量：看的人里有多少开口说话，比点赞更看得出互动引导做得好不好。"),
               sql=ratio_sql("m.comments", views)),
        Metric("follows_gained", QT_TRANSLATE_NOOP("metrics", "涨粉"), Unit.count,
               QT_TRANSLATE_NOOP("metrics", "因这篇内容新增的关注。"),
               {Platform.wechat: QT_TRANSLATE_NOOP("metrics", "公众号：阅读后关注人数。")}, "m.follows_gained", stored=post),
        Metric("follow_rate", QT_TRANSLATE_NOOP("metrics", "涨粉转化率"), Unit.rate,
               QT_TRANSLATE_NOOP("metrics", "涨粉 ÷ 浏览量。"), sql=ratio_sql("m.follows_gained", views)),
        Metric("completion_rate", QT_TRANSLATE_NOOP("metrics", "完播率"), Unit.rate,
               QT_TRANSLATE_NOOP("metrics", "看完的比例，按平台导出的完播率/阅读完成率。"),
               {Platform.wechat: QT_TRANSLATE_NOOP("metrics", "公众号：阅读完成率（读完的人 ÷ 阅读人数）。")},
               "m.completion_rate", stored=post),
        Metric("completion_5s", QT_TRANSLATE_NOOP("metrics", "5秒完播率"), Unit.rate,
               QT_TRANSLATE_NOOP("metrics", "看满 5 秒的比例（抖音）。"), sql="m.completion_5s", stored=post),
        Metric("bounce_2s", QT_TRANSLATE_NOOP("metrics", "2秒跳出率"), Unit.rate,
               QT_TRANSLATE_NOOP("metrics", "2 秒内划走的比例（抖音）。"), sql="m.bounce_2s", stored=post),
        Metric("avg_watch_seconds", QT_TRANSLATE_NOOP("metrics", "平均观看时长"), Unit.seconds,
               QT_TRANSLATE_NOOP("metrics", "平均每次播放/阅读停留的秒数。"), sql="m.avg_watch_seconds", stored=post),
        Metric("cover_ctr", QT_TRANSLATE_NOOP("metrics", "封面点击率"), Unit.rate,
               QT_TRANSLATE_NOOP("metrics", "看到封面后点进来的比例（点击 ÷ 曝光），按平台导出。"), sql="m.cover_ctr", stored=post),
        Metric("profile_visits", QT_TRANSLATE_NOOP("metrics", "主页访问"), Unit.count,
               QT_TRANSLATE_NOOP("metrics", "从内容点进账号主页的次数；账号每日数据里是当天的主页访问。"),
               sql="m.profile_visits", stored=both),
        Metric("product_clicks", QT_TRANSLATE_NOOP("metrics", "商品点击"), Unit.count,
               QT_TRANSLATE_NOOP("metrics", "内容里商品卡/购物车/链接被点的次数；快照里没有时，取归到这篇内容的转化记录里的商品点击。"),
               sql="m.product_clicks", stored=post),
        Metric("conversions", QT_TRANSLATE_NOOP("metrics", "转化"), Unit.count,
               QT_TRANSLATE_NOOP("metrics", "内容带来的订单/线索：快照里的转化数，没有时取归到这篇内容的转化记录（订单，没有订单时取线索）。"),
               sql="m.conversions", stored=post),
        Metric("conversion_rate", QT_TRANSLATE_NOOP("metrics", "转化率"), Unit.rate,
               QT_TRANSLATE_NOOP("metrics", "转化 ÷ 浏览量。"), sql=ratio_sql("m.conversions", views)),
        Metric("revenue", QT_TRANSLATE_NOOP("metrics", "成交金额"), Unit.yuan,
               QT_TRANSLATE_NOOP("metrics", "内容带来的成交金额（元）。"), sql="m.revenue", stored=post),
        Metric("viewers", QT_TRANSLATE_NOOP("metrics", "观看人数"), Unit.count,
               QT_TRANSLATE_NOOP("metrics", "看过这场直播的人数（去重）；浏览量是观看人次。"), sql="m.viewers", stored=post),
        Metric("peak_online", QT_TRANSLATE_NOOP("metrics", "最高在线"), Unit.count,
               QT_TRANSLATE_NOOP("metrics", "直播间同时在线人数的最高值。"), sql="m.peak_online", stored=post),
        Metric("avg_online", QT_TRANSLATE_NOOP("metrics", "平均在线"), Unit.count,
               QT_TRANSLATE_NOOP("metrics", "直播期间平均同时在线的人数。"), sql="m.avg_online", stored=post),
        Metric("product_exposures", QT_TRANSLATE_NOOP("metrics", "商品曝光"), Unit.count,
               QT_TRANSLATE_NOOP("metrics", "直播间里商品被展示的次数。"), sql="m.product_exposures", stored=post),
        Metric("duration_seconds", QT_TRANSLATE_NOOP("metrics", "直播时长"), Unit.seconds,
               QT_TRANSLATE_NOOP("metrics", "一场直播从开播到下播的秒数。"), sql="m.duration_seconds", stored=post),
        Metric("followers_total", QT_TRANSLATE_NOOP("metrics", "粉丝数"), Unit.count,
               QT_TRANSLATE_NOOP("metrics", "当天的累计关注人数（账号每日数据）。"), stored=daily),
        Metric("new_follows", QT_TRANSLATE_NOOP("metrics", "新增关注"), Unit.count,
               QT_TRANSLATE_NOOP("metrics", "当天新关注的人数。"), stored=daily),
        Metric("unfollows", QT_TRANSLATE_NOOP("metrics", "取消关注"), Unit.count,
               QT_TRANSLATE_NOOP("metrics", "当天取消关注的人数。"), stored=daily),
        Metric("net_follows", QT_TRANSLATE_NOOP("metrics", "净增关注"), Unit.count,
               QT_TRANSLATE_NOOP("metrics", "新增关注 − 取消关注；导出没有净增时用两者相减。"), stored=daily),
        Metric("posts_published", QT_TRANSLATE_NOOP("metrics", "发布篇数"), Unit.count,
               QT_TRANSLATE_NOOP("metrics", "当天发布的内容篇数（账号每日数据）。"), stored=daily),
        Metric("churn_rate", QT_TRANSLATE_NOOP("metrics", "流失率"), Unit.rate,
               QT_TRANSLATE_NOOP("metrics", "期内取消关注 ÷ 期初粉丝数。")),
        Metric("spend", QT_TRANSLATE_NOOP("metrics", "花费"), Unit.yuan,
               QT_TRANSLATE_NOOP("metrics", "推广实际花费（元，保留到分）。")),
        Metric("ctr", QT_TRANSLATE_NOOP("metrics", "点击率"), Unit.rate,
               QT_TRANSLATE_NOOP("metrics", "推广点击 ÷ 曝光；曝光为 0 时为空。")),
        Metric("cvr", QT_TRANSLATE_NOOP("metrics", "转化率（推广）"), Unit.rate,
               QT_TRANSLATE_NOOP("metrics", "推广转化 ÷ 点击；点击为 0 时为空。")),
        Metric("cpa", QT_TRANSLATE_NOOP("metrics", "单次转化成本"), Unit.yuan,
               QT_TRANSLATE_NOOP("metrics", "花费 ÷ 转化；转化为 0 时为空。")),
        Metric("roi", QT_TRANSLATE_NOOP("metrics", "投入产出比"), Unit.rate,
               QT_TRANSLATE_NOOP("metrics", "成交金额 ÷ 花费（ROI）；低于 1 就是亏钱；花费为 0 时为空。")),
        Metric("cost_per_follower", QT_TRANSLATE_NOOP("metrics", "单个粉丝成本"), Unit.yuan,
               QT_TRANSLATE_NOOP("metrics", "花费 ÷ 涨粉；涨粉为 0 时为空。")),
    ]
    return {metric.key: metric for metric in items}


#: Every metric by key, in the order the help page lists them.
METRICS: dict[str, Metric] = _metrics()

def stored_columns(table: str, unit: Unit | None = None) -> tuple[str, ...]:
    """The metric columns of `table` (`POST_TABLE` or `DAILY_TABLE`), optionally of one unit, in
    the dictionary's order: what the import writes, the demo fills and the export reads."""
    return tuple(key for key, entry in METRICS.items()
                 if table in entry.stored and (unit is None or entry.unit == unit))


#: The post metrics `post_figures` returns (stored columns plus derived ones).
POST_METRIC_KEYS: tuple[str, ...] = (
    "views", "readers", "exposures", "likes", "comments", "shares", "saves", "wows", "interactions",
    "engagement_rate", "comment_rate", "follows_gained", "follow_rate", "completion_rate", "completion_5s",
    "bounce_2s", "avg_watch_seconds", "cover_ctr", "profile_visits", "product_clicks", "conversions",
    "conversion_rate", "revenue",
)


def metric(key: str) -> Metric:
    """The dictionary entry for `key` (KeyError for an unknown key: a programming error)."""
    return METRICS[key]


def describe(key: str, platform: str | None = None, translate: Translate = untranslated) -> str:
    """The tooltip text of a metric: name, unit and its 口径 on `platform` (general when None)."""
    entry = METRICS[key]
    return "{name}（{unit}）：{definition}".format(
        name=translate("metrics", entry.name),
        unit=translate("metrics", UNIT_LABELS[entry.unit]),
        definition=translate("metrics", entry.definition_for(platform)),
    )


# --- Post numbers at the same age -------------------------------------------------------------

#: Columns of the `pf` relation that `post_figures_cte` defines.
POST_COLUMNS: tuple[str, ...] = ("post_id", "account_id", "platform", "title", "format", "topic_id",
                                 "topic", "published_at")

FAR_FUTURE = "9999-12-31"


def platform_filter(column: str, platforms: Sequence[str] | None, params: dict[str, Any]) -> str:
    """`AND column IN (...)` with bound parameters added to `params`; empty for all platforms."""
    if not platforms:
        return ""
    names = []
    for i, code in enumerate(platforms):
        params[f"plat{i}"] = str(code)
        names.append(f":plat{i}")
    return f" AND {column} IN ({', '.join(names)})"


def post_figures_cte(
    uow: UnitOfWork,
    start: dt.date | None,
    end: dt.date | None,
    platforms: Sequence[str] | None = None,
    *,
    age_days: int = 7,
    as_of: dt.date | None = None,
    kinds: Sequence[str] = ("age", "latest"),
) -> tuple[str, dict[str, Any]]:
    """A `WITH` clause defining `pf`: one row per own post published in [start, end] and per
    snapshot kind (`kind` = 'age' for the snapshot nearest `age_days` after publishing, 'latest'
    for the last one up to `as_of`), with every metric of `POST_METRIC_KEYS`.

    Dashboards and reviews append their own `SELECT … FROM pf WHERE kind = '…'` to aggregate in
    SQL. Snapshots taken before the publish date are ignored; ties in age go to the later one.
    Each pick is an index lookup on `(post_id, captured_on)`, not a sort. `kinds` limits the
    snapshots computed to those a query needs. Its day arithmetic is written in `uow`'s dialect.
    """
    params: dict[str, Any] = {
        "start": (start or dt.date.min).isoformat(),
        "end_excl": (end + dt.timedelta(days=1)).isoformat() if end else FAR_FUTURE,
        "as_of": as_of.isoformat() if as_of else FAR_FUTURE,
    }
    where_platform = platform_filter("a.platform", platforms, params)
    chosen = "\n  UNION ALL\n  ".join(
        f"SELECT post_id, '{kind}' AS kind, {kind}_day AS day FROM sel WHERE {kind}_day IS NOT NULL"
        for kind in kinds)
    derived = ",\n".join(f"{METRICS[key].sql} AS {key}" for key in POST_METRIC_KEYS)
    pub_day, target_day = uow.sql(day_of("p.published_at")), uow.sql(add_days("p.published_at", int(age_days)))
    after_gap, before_gap = (uow.sql(days_between("after_day", "target_day")),
                             uow.sql(days_between("target_day", "before_day")))
    age = uow.sql(days_between("s.captured_on", "pp.pub_day"))
    sql = f"""
WITH pp AS MATERIALIZED (
  SELECT p.id AS post_id, p.account_id, a.platform AS platform, p.title, p.format, p.topic_id,
         t.title AS topic, p.published_at, {pub_day} AS pub_day,
         {target_day} AS target_day
  FROM post p JOIN account a ON a.id = p.account_id LEFT JOIN topic t ON t.id = p.topic_id
  WHERE a.is_own = TRUE AND p.published_at >= :start AND p.published_at < :end_excl{where_platform}
),
sel AS MATERIALIZED (
  SELECT post_id, latest_day,
         CASE WHEN before_day IS NULL THEN after_day
              WHEN after_day IS NULL THEN before_day
              WHEN {after_gap} <= {before_gap}
                THEN after_day
              ELSE before_day END AS age_day
  FROM (
    SELECT pp.post_id, pp.target_day,
           (SELECT MAX(s.captured_on) FROM post_metrics s WHERE s.post_id = pp.post_id
              AND s.captured_on >= pp.pub_day AND s.captured_on <= pp.target_day AND s.captured_on <= :as_of)
             AS before_day,
           (SELECT MIN(s.captured_on) FROM post_metrics s WHERE s.post_id = pp.post_id
              AND s.captured_on >= pp.target_day AND s.captured_on <= :as_of) AS after_day,
           (SELECT MAX(s.captured_on) FROM post_metrics s WHERE s.post_id = pp.post_id
              AND s.captured_on >= pp.pub_day AND s.captured_on <= :as_of) AS latest_day
    FROM pp) AS around
),
chosen AS (
  {chosen}
),
snap AS (
  SELECT c.post_id, c.kind, pp.platform AS platform, s.captured_on,
         {age} AS age_days,
         s.views, s.readers, s.exposures, s.likes, s.comments, s.shares, s.saves, s.wows,
         s.follows_gained, s.completion_rate, s.completion_5s, s.bounce_2s, s.avg_watch_seconds,
         s.cover_ctr, s.profile_visits,
         COALESCE(s.product_clicks, (SELECT SUM(cv.clicks) FROM conversion cv
                                     WHERE cv.post_id = c.post_id AND cv.day <= s.captured_on)) AS product_clicks,
         COALESCE(s.conversions, (SELECT COALESCE(SUM(cv.orders), SUM(cv.leads)) FROM conversion cv
                                  WHERE cv.post_id = c.post_id AND cv.day <= s.captured_on)) AS conversions,
         COALESCE(s.revenue, (SELECT SUM(cv.revenue) FROM conversion cv
                              WHERE cv.post_id = c.post_id AND cv.day <= s.captured_on)) AS revenue
  FROM chosen c JOIN post_metrics s ON s.post_id = c.post_id AND s.captured_on = c.day JOIN pp ON pp.post_id = c.post_id
),
fig AS MATERIALIZED (
  SELECT m.post_id, m.kind, m.captured_on, m.age_days,
{derived}
  FROM snap m
),
pf AS (
  SELECT pp.*, fig.kind, fig.captured_on, fig.age_days, {", ".join("fig." + k for k in POST_METRIC_KEYS)}
  FROM pp JOIN fig ON fig.post_id = pp.post_id
)
"""
    return sql, params


@dataclass(frozen=True)
class Snapshot:
    """One post's numbers on one capture date, with the derived rates."""

    captured_on: dt.date
    age_days: int
    values: dict[str, Any]

    def __getitem__(self, key: str) -> Any:
        return self.values[key]


@dataclass(frozen=True)
class PostFigures:
    """A published post with its snapshot nearest the comparison age and its latest snapshot."""

    post_id: int
    account_id: int
    platform: str
    title: str
    format: str
    topic_id: int | None
    topic: str | None
    published_at: dt.datetime
    at_age: Snapshot | None
    latest: Snapshot | None


def post_figures(
    store: Store,
    start: dt.date | None,
    end: dt.date | None,
    platforms: Sequence[str] | None = None,
    age_days: int = 7,
    *,
    as_of: dt.date | None = None,
) -> list[PostFigures]:
    """Own posts published from `start` to `end` (inclusive), oldest first, with their numbers
    at the same age (for comparing posts) and latest up to `as_of` (for totals).

    Posts without any snapshot are included with both snapshots None.
    """
    # Joined to the materialized `fig`, not through `pf`: SQLite re-joins `pf` per post (2 s for a month
    # of 4,400 posts against 0.1 s).
    metric_cols = ", ".join(f"fig.{k}" for k in POST_METRIC_KEYS)
    select = f"""
SELECT pp.post_id, pp.account_id, pp.platform, pp.title, pp.format, pp.topic_id, pp.topic, pp.published_at,
       fig.kind, fig.captured_on, fig.age_days, {metric_cols}
FROM pp LEFT JOIN fig ON fig.post_id = pp.post_id
ORDER BY pp.published_at, pp.post_id, fig.kind
"""
    result: dict[int, dict[str, Any]] = {}
    with store.reading() as uow:
        cte, params = post_figures_cte(uow, start, end, platforms, age_days=age_days, as_of=as_of)
        for row in uow.connection().execute(sa.text(cte + select), params).mappings():
            entry = result.setdefault(row["post_id"], {
                "post_id": row["post_id"], "account_id": row["account_id"], "platform": row["platform"],
                "title": row["title"], "format": row["format"], "topic_id": row["topic_id"],
                "topic": row["topic"], "published_at": _datetime(row["published_at"]),
                "at_age": None, "latest": None,
            })
            if row["kind"] is None:
                continue
            snap = Snapshot(dt.date.fromisoformat(str(row["captured_on"])), row["age_days"],
                            {k: row[k] for k in POST_METRIC_KEYS})
            entry["at_age" if row["kind"] == "age" else "latest"] = snap
    return [PostFigures(**entry) for entry in result.values()]


def _datetime(value: Any) -> dt.datetime:
    return value if isinstance(value, dt.datetime) else dt.datetime.fromisoformat(str(value))
