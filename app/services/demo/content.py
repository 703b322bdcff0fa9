"""Demo accounts, competitors, topics, published posts with metric snapshots, daily account
numbers, conversions, drafts and monthly goals."""

from __future__ import annotations

import datetime as dt
import functools
import math
import statistics
from dataclasses import dataclass, field
from typing import Any

import sqlalchemy as sa

from app.models.vocabulary import platform_name
from app.services.demo import wording as w
from app.services.demo.calendar import add_months, month_key, month_start
from app.services.drafts import EDITABLE_FIELDS, REVIEW_CHECKLIST
from app.services.metrics import POST_TABLE, stored_columns
from app.services.text import title_key

OWN_START_FOLLOWERS = {"wechat": 38_000, "douyin": 86_000, "xiaohongshu": 24_000, "channels": 6_000}
#: Organic new follows per day at the start of the year (grows 50 % over the year).
ORGANIC_FOLLOWS = {"wechat": 22, "douyin": 95, "xiaohongshu": 40, "channels": 14}
#: Median views of a post at the start of the year.
BASE_VIEWS = {"wechat": 2200, "douyin": 8000, "xiaohongshu": 3400, "channels": 2300}
LIVE_VIEWS = {"douyin": 6000, "xiaohongshu": 900, "channels": 1800}
#: Weekly posting plan: weekday (0 = Monday) → local time.
SCHEDULE = {
    "wechat": {0: "20:30", 2: "20:30", 4: "20:30"},
    "douyin": {0: "18:00", 1: "12:00", 2: "18:00", 3: "18:00", 4: "12:00"},
    "xiaohongshu": {1: "21:00", 3: "21:00", 5: "10:30", 6: "21:00"},
    "channels": {1: "19:00", 5: "19:00"},
}
POST_TIME = {"wechat": "20:30", "douyin": "18:00", "xiaohongshu": "21:00", "channels": "19:00"}
SNAPSHOT_WEEKS = {"wechat": 4, "douyin": 12, "xiaohongshu": 12, "channels": 12}
#: Every column of a post's snapshot, so all snapshot rows carry the same keys (one bulk insert).
METRIC_FIELDS = stored_columns(POST_TABLE)
#: Daily account totals each platform's back-end exports.
DAILY_FIELDS = {
    "wechat": ("views", "readers", "shares"),
    "douyin": ("views", "likes", "comments", "shares", "profile_visits"),
    "xiaohongshu": ("views", "exposures", "likes", "comments", "saves", "shares"),
    "channels": ("views", "likes", "comments", "shares"),
}
DRAFT_STATUSES = ["drafting", "internal_review", "small_test", "revising", "scheduled"]


@dataclass
class PublishedPost:
    id: int
    platform: str
    format: str
    published_at: dt.datetime
    subject: tuple[str, str, str]
    title: str
    views: float = 0.0
    counts: dict[str, float] = field(default_factory=dict)
    rates: dict[str, float | None] = field(default_factory=dict)
    topic_id: int | None = None


def build(b: Any) -> None:
    span = _Span(b.today)
    b.facts["span"] = span
    _accounts(b)
    _competitors(b, span)
    posts = _published_posts(b, span)
    _metrics_and_daily(b, span, posts)
    _conversions(b, posts)
    _future_topics_and_drafts(b, span)
    _goals(b, span)


class _Span:
    """The demo's year: posts from 364 days ago to yesterday, goals to next month."""

    def __init__(self, today: dt.date) -> None:
        self.today = today
        self.first_day = today - dt.timedelta(days=364)
        self.last_day = today - dt.timedelta(days=1)
        self.current_month = month_key(today)
        self.bad_month = month_key(add_months(month_start(today), -4))
        self.viral_day = today - dt.timedelta(days=72)
        first = month_start(self.first_day)
        self.months = [month_key(add_months(first, i)) for i in range(14)]
        self.past_months = [m for m in self.months if m < self.current_month]

    def days(self) -> list[dt.date]:
        n = (self.last_day - self.first_day).days + 1
        return [self.first_day + dt.timedelta(days=i) for i in range(n)]

    def progress(self, day: dt.date) -> float:
        """0 at the start of the year, 1 today: drives the steady growth."""
        return max(0.0, (day - self.first_day).days / 365)

    def is_bad(self, day: dt.date) -> bool:
        return month_key(day) == self.bad_month


def _accounts(b: Any) -> None:
    """The four own accounts the demo fills: the operator's where there is one on the platform
    (already stored, or typed: it takes the typed name), else the demo brand's. Typed accounts on
    other platforms, or a second one on a platform, are added as they are, without data."""
    own: dict[str, int] = dict(b.facts.get("existing_own", {}))
    typed: list[tuple[str, str]] = list(b.facts.get("typed_own", []))
    handles = {"wechat": "xiaomei-lab", "douyin": "xiaomeiyanjiusuo", "xiaohongshu": "5f2a9c0e000000000101a3b4",
               "channels": "sphXm2024lab"}
    created = dt.datetime.combine(b.today - dt.timedelta(days=400), dt.time(10, 0))
    for platform in ("wechat", "douyin", "xiaohongshu", "channels"):
        if platform in own:
            continue
        name = next((n for p, n in typed if p == platform), None)
        own[platform] = b.add(
            "account", platform=platform, name=name or w.BRAND, is_own=True,
            handle=None if name else handles[platform],
            notes="主账号" if platform in ("wechat", "douyin") else "辅助渠道", created_at=created,
        )
    taken = {(str(p), str(n)) for p, n in b.conn.execute(sa.text("SELECT platform, name FROM account WHERE is_own = TRUE"))}
    taken |= {(row["platform"], row["name"]) for row in b.rows.get("account", [])}
    for platform, name in typed:
        if (platform, name) in taken or platform in b.facts.get("existing_own", {}):
            continue  # one own account per platform is reused, never doubled
        b.add("account", platform=platform, name=name, is_own=True, created_at=created)
        taken.add((platform, name))
    b.facts["own"] = {p: own[p] for p in ("wechat", "douyin", "xiaohongshu", "channels")}


def _competitors(b: Any, span: _Span) -> None:
    rng = b.rng
    mondays = [d for d in span.days() if d.weekday() == 0]
    for platform, profiles in w.COMPETITORS.items():
        for profile in profiles:
            account_id = b.add("account", platform=platform, name=profile["name"], is_own=False,
                               notes="对标账号")
            b.add(
                "competitor", account_id=account_id, content_types=profile["types"],
                update_frequency=profile["freq"], interaction_style=profile["style"],
                traffic_source=profile["traffic"], reuse=profile["reuse"], gaps=profile["gaps"],
                strengths=f"{profile['types'].split('、')[0]}做得稳定，{profile['style']}",
                notes="每月初更新一次粉丝数", updated_at=b.stamp,
            )
            followers = rng.randint(40_000, 600_000)
            weekly_growth = rng.uniform(0.002, 0.012)
            for monday in mondays:
                b.add("account_daily", account_id=account_id, day=monday, followers_total=int(followers))
                followers *= 1 + weekly_growth * rng.uniform(0.4, 1.6)


def _fill(template: str, b: Any, subject: tuple[str, str, str]) -> str:
    rng = b.rng
    others = [s[0] for s in w.SUBJECTS if s[0] != subject[0]]
    return template.format(
        s=subject[0], p=subject[1], t=subject[2], a=rng.choice(w.AUDIENCES), n=rng.randint(3, 9),
        n2=rng.randint(3, 6), s2=rng.choice(others), e=rng.choice(w.EMOJI),
    )


def post_title(b: Any, platform: str, fmt: str, subject: tuple[str, str, str], taken: set[str]) -> str:
    """A title in the platform's own shape, unique within the account."""
    pools = {
        ("wechat", "article"): w.WECHAT_TITLES, ("wechat", "image"): w.WECHAT_IMAGE_TITLES,
        ("wechat", "video"): w.WECHAT_VIDEO_TITLES, ("douyin", "video"): w.DOUYIN_TITLES,
        ("douyin", "image"): w.DOUYIN_IMAGE_TITLES, ("douyin", "live"): w.DOUYIN_LIVE_TITLES,
        ("xiaohongshu", "image"): w.XHS_TITLES, ("xiaohongshu", "video"): w.XHS_TITLES,
        ("xiaohongshu", "live"): w.XHS_LIVE_TITLES, ("channels", "video"): w.CHANNELS_TITLES,
        ("channels", "live"): w.CHANNELS_LIVE_TITLES,
    }
    pool = pools[(platform, fmt)]
    title = ""
    for attempt in range(40):
        title = _fill(b.rng.choice(pool), b, subject)
        if platform == "xiaohongshu" and len(title) > 20:
            continue
        if title_key(title) not in taken:
            break
        if attempt == 39:
            title = f"{title}（第{len(taken) + 1}期）" if platform != "xiaohongshu" else f"{subject[0]}{len(taken)}"
    taken.add(title_key(title))
    return title


def _formats(b: Any, platform: str) -> str:
    r = b.rng.random()
    if platform == "wechat":
        return "article" if r < 0.85 else ("image" if r < 0.95 else "video")
    if platform == "douyin":
        return "video" if r < 0.88 else "image"
    if platform == "xiaohongshu":
        return "image" if r < 0.7 else "video"
    return "video"


def _at(day: dt.date, hhmm: str, jitter: int) -> dt.datetime:
    h, m = map(int, hhmm.split(":"))
    return dt.datetime.combine(day, dt.time(h, m)) + dt.timedelta(minutes=jitter)


def _is_live_day(platform: str, day: dt.date) -> bool:
    if platform == "channels":
        return day.weekday() == 2 and day.isocalendar()[1] % 2 == 0
    if platform == "douyin":
        return day.weekday() == 3 and 8 <= day.day <= 14
    if platform == "xiaohongshu":
        return day.weekday() == 5 and day.day >= 24 and day.month % 3 == 0
    return False


def _month_topics(b: Any, span: _Span) -> dict[str, list[tuple[int, tuple[str, str, str]]]]:
    """Topics of each past or current month (published); returns month → [(topic id, subject)]."""
    rng = b.rng
    combos = [(s, a) for a in w.TOPIC_ANGLES for s in w.SUBJECTS]
    rng.shuffle(combos)
    b.facts["topic_combos"] = combos
    hot = b.facts["hot_dates"]
    out: dict[str, list[tuple[int, tuple[str, str, str]]]] = {}
    for month in span.months:
        if month > span.current_month:
            continue
        count = 7 if month == span.bad_month else rng.randint(11, 14)
        if month == span.current_month:
            count = max(4, round(count * span.today.day / 31))
        out[month] = []
        for rank in range(count):
            subject, angle = combos.pop()
            source = rng.choices(["hot_date", "user_need", "product", "competitor", "other"], [2, 4, 2, 2, 1])[0]
            if subject[0] == "屏障修护精华":
                source = "product"
            out[month].append((_topic(b, subject, angle, source, month, "published", rank + 1, hot), subject))
    return out


def _topic(b: Any, subject: tuple[str, str, str], angle: str, source: str, month: str | None, status: str,
           rank: int | None, hot: dict[str, int]) -> int:
    rng = b.rng
    title = angle.format(s=subject[0], p=subject[1], a=rng.choice(w.AUDIENCES))
    platforms = ["wechat", "douyin", "xiaohongshu", "channels"]
    chosen = sorted(rng.sample(platforms, rng.randint(2, 4)), key=platforms.index)
    descriptions = {
        "hot_date": "借势节点提前两周准备，配合社群话题",
        "user_need": "来自社群和私信里反复被问到的问题",
        "product": f"为{rng.choice(list(w.PRODUCTS))}做铺垫，文末挂转化入口",
        "competitor": "对标账号同题爆款，我们补上他们没讲的可执行步骤",
        "other": "日常知识栏目",
    }
    hot_id = None
    if source == "hot_date" and hot and rng.random() < 0.3:
        hot_id = rng.choice(list(hot.values()))
    created = month_start(dt.date.fromisoformat(f"{month}-01")) if month else b.today - dt.timedelta(days=rng.randint(3, 90))
    created_at = dt.datetime.combine(created - dt.timedelta(days=rng.randint(5, 20)), dt.time(10, rng.randint(0, 59)))
    due = None
    if month:
        due = dt.date.fromisoformat(f"{month}-01") + dt.timedelta(days=rng.randint(3, 26))
    topic_id = b.add(
        "topic", title=title, title_key=title_key(title), description=descriptions[source], source=source,
        hot_date_id=hot_id, tags=[subject[2], rng.choice(["干货", "科普", "测评", "清单", "案例"])],
        search_keywords=[subject[0]] if "xiaohongshu" in chosen else [],  # what 小红书 users type
        platforms=chosen, target_month=month, due_date=due, score_timeliness=rng.randint(1, 5),
        score_value=rng.randint(2, 5), score_conversion=rng.randint(1, 5),
        priority_override="high" if rng.random() < 0.06 else None, status=status, plan_rank=rank,
        created_at=created_at, updated_at=created_at,
    )
    b.facts.setdefault("topics_by_source", {}).setdefault(source, []).append(topic_id)
    b.facts.setdefault("topics_by_subject", {}).setdefault(subject[0], []).append((source, topic_id))
    return topic_id


def _published_posts(b: Any, span: _Span) -> list[PublishedPost]:
    rng = b.rng
    own = b.facts["own"]
    month_topics = _month_topics(b, span)
    taken: dict[str, set[str]] = {p: set() for p in own}
    counters: dict[tuple[str, str], int] = {}
    posts: list[PublishedPost] = []
    for day in span.days():
        bad = span.is_bad(day)
        for platform in own:
            slots: list[tuple[str, str]] = []
            if day.weekday() in SCHEDULE[platform]:
                slots.append((SCHEDULE[platform][day.weekday()], _formats(b, platform)))
            if _is_live_day(platform, day):
                slots.append(("20:00", "live"))
            for hhmm, fmt in slots:
                if rng.random() < (0.5 if bad else 0.08):
                    continue
                month = month_key(day)
                topics = month_topics[month]
                k = counters.get((platform, month), 0)
                counters[(platform, month)] = k + 1
                topic_id, subject = topics[(k + len(platform)) % len(topics)]
                if rng.random() < 0.12:
                    topic_id, subject = None, rng.choice(w.SUBJECTS)
                viral = platform == "douyin" and fmt == "video" and "viral" not in b.facts and day >= span.viral_day
                title = w.VIRAL_DOUYIN_TITLE if viral else post_title(b, platform, fmt, subject, taken[platform])
                if viral:
                    b.facts["viral"] = True
                published = _at(day, hhmm, rng.randint(-10, 25) if fmt != "live" else 0)
                post_id = b.add("post", **_published_row(b, platform, fmt, title, topic_id, published))
                posts.append(PublishedPost(post_id, platform, fmt, published, subject, title, topic_id=topic_id))
                if viral:
                    b.facts["viral_post_id"] = post_id
    b.facts["posts"] = posts
    return posts


def _published_row(b: Any, platform: str, fmt: str, title: str, topic_id: int | None,
                   published: dt.datetime) -> dict[str, Any]:
    rng = b.rng
    row: dict[str, Any] = {
        "account_id": b.facts["own"][platform], "topic_id": topic_id, "title": title, "title_key": title_key(title),
        "format": fmt, "status": "published", "scheduled_at": published, "published_at": published,
        "main_channel": platform_name(platform),
        "aux_channels": rng.choice([[], ["朋友圈"], ["社群"], ["朋友圈", "社群"], ["知乎"]]),
        "created_at": published - dt.timedelta(days=rng.randint(1, 6), hours=rng.randint(0, 8)),
        "updated_at": published,
    }
    if "#" in title:
        row["hashtags"] = [part.split()[0] for part in title.split("#")[1:] if part.strip()]
    if platform == "wechat":
        row["author"] = w.OPERATOR
        row["url"] = "https://mp.weixin.qq.com/s/" + _token(rng, 22)
    elif platform == "douyin" and rng.random() < 0.6:
        row["url"] = "https://www.douyin.com/video/" + str(rng.randint(7_300_000_000_000_000_000, 7_499_999_999_999_999_999))
    elif platform == "xiaohongshu" and rng.random() < 0.6:
        row["url"] = "https://www.xiaohongshu.com/explore/" + "".join(rng.choice("0123456789abcdef") for _ in range(24))
    elif platform == "channels":
        row["external_id"] = "export/UzFfAgtgekIEAQAAAAAA" + _token(rng, 30)
    return row


def _token(rng: Any, n: int) -> str:
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"
    return "".join(rng.choice(alphabet) for _ in range(n))


@functools.cache
def _curve(platform: str, fmt: str, age: int) -> float:
    """Share of a post's final numbers reached `age` days after publishing (cumulative)."""
    if age <= 0:
        return 0.0
    if fmt == "live":
        return 1.0
    if platform == "wechat":
        return (0.55, 0.75, 0.85, 0.91, 0.95, 0.98, 1.0)[min(age, 7) - 1]

    def raw(a: int) -> float:
        return 1 - 0.65 * math.exp(-a / 2) - 0.35 * math.exp(-a / 18)

    return min(1.0, raw(age) / raw(84))


def _final_numbers(b: Any, post: PublishedPost, span: _Span) -> None:
    """A post's final cumulative counts and its (constant) rates, by platform and format."""
    rng = b.rng
    u = rng.uniform
    day = post.published_at.date()
    trend = (1 + 0.45 * span.progress(day)) * (0.55 if span.is_bad(day) else 1.0)
    base = LIVE_VIEWS[post.platform] if post.format == "live" else BASE_VIEWS[post.platform]
    v = base * trend * rng.lognormvariate(0, 0.5)
    c: dict[str, float] = {}
    r: dict[str, float | None] = {}
    if post.platform == "wechat":
        c = {"readers": v * u(0.78, 0.88), "shares": v * u(0.02, 0.06), "wows": v * u(0.008, 0.02),
             "follows_gained": v * u(0.004, 0.012)}
        if post.format == "article":
            r["completion_rate"] = u(0.32, 0.62)
    elif post.platform == "douyin":
        if post.format == "live":
            c = {"likes": v * u(0.3, 1.2), "comments": v * u(0.02, 0.05), "shares": v * u(0.002, 0.006),
                 "follows_gained": v * u(0.01, 0.03), "profile_visits": v * u(0.02, 0.05)}
            r["avg_watch_seconds"] = round(u(60, 180), 1)
        else:
            c = {"likes": v * u(0.025, 0.06), "comments": v * u(0.0015, 0.004), "shares": v * u(0.002, 0.006),
                 "saves": v * u(0.004, 0.015), "profile_visits": v * u(0.008, 0.02),
                 "follows_gained": v * u(0.002, 0.007)}
            r["cover_ctr"] = u(0.04, 0.12)
            if post.format == "video":
                r.update(completion_rate=u(0.12, 0.35), completion_5s=u(0.35, 0.62), bounce_2s=u(0.18, 0.42),
                         avg_watch_seconds=round(u(9, 28), 1))
    elif post.platform == "xiaohongshu":
        if post.format == "live":
            c = {"likes": v * u(0.2, 0.8), "comments": v * u(0.03, 0.08), "follows_gained": v * u(0.01, 0.03)}
            r["avg_watch_seconds"] = round(u(60, 240), 1)
        else:
            ctr = u(0.06, 0.14)
            c = {"exposures": v / ctr, "likes": v * u(0.04, 0.09), "comments": v * u(0.004, 0.012),
                 "saves": v * u(0.03, 0.08), "shares": v * u(0.005, 0.015), "follows_gained": v * u(0.004, 0.01)}
            r["cover_ctr"] = ctr
            if post.format == "video":
                r["avg_watch_seconds"] = round(u(12, 35), 1)
    else:
        if post.format == "live":
            c = {"likes": v * u(0.5, 2.0), "comments": v * u(0.03, 0.08), "shares": v * u(0.01, 0.03),
                 "follows_gained": v * u(0.01, 0.03)}
            r["avg_watch_seconds"] = round(u(90, 300), 1)
        else:
            c = {"likes": v * u(0.015, 0.04), "wows": v * u(0.008, 0.02), "comments": v * u(0.002, 0.006),
                 "shares": v * u(0.012, 0.03), "follows_gained": v * u(0.003, 0.008)}
            r.update(completion_rate=u(0.18, 0.42), avg_watch_seconds=round(u(14, 38), 1))
    c["views"] = v
    if post.format == "live":  # a session's own numbers, from its views (no draw: the rest stays as it was)
        c.update(viewers=v * 0.56, peak_online=v * 0.07, product_exposures=v * 0.42)
        r.update(avg_online=round(v * 0.03, 1), duration_seconds=7200.0)
    post.views, post.counts, post.rates = v, c, r


def _make_viral(b: Any, posts: list[PublishedPost]) -> None:
    """The one 抖音 video that took off: about 50 times the median views, strong follows and shares."""
    viral_id = b.facts.get("viral_post_id")
    douyin = [p.views for p in posts if p.platform == "douyin" and p.id != viral_id]
    for post in posts:
        if post.id == viral_id:
            scale = 50 * statistics.median(douyin) / post.views
            post.counts = {k: v * scale for k, v in post.counts.items()}
            post.counts["follows_gained"] = post.counts["views"] * 0.011
            post.counts["shares"] = post.counts["views"] * 0.012
            post.views = post.counts["views"]
            post.rates.update(completion_rate=0.46, completion_5s=0.78, bounce_2s=0.12, avg_watch_seconds=31.5,
                              cover_ctr=0.16)


def _metrics_and_daily(b: Any, span: _Span, posts: list[PublishedPost]) -> None:
    rng = b.rng
    for post in posts:
        _final_numbers(b, post, span)
    _make_viral(b, posts)
    days = span.days()
    index = {d: i for i, d in enumerate(days)}
    per_account: dict[str, dict[str, list[float]]] = {
        p: {f: [0.0] * len(days) for f in (*DAILY_FIELDS[p], "follows_gained", "posts")} for p in b.facts["own"]
    }
    est_followers = {p: OWN_START_FOLLOWERS[p] for p in b.facts["own"]}
    for post in posts:
        pub = post.published_at.date()
        daily = per_account[post.platform]
        daily["posts"][index[pub]] += 1
        previous = 0.0
        for age in range(1, 85):
            day = pub + dt.timedelta(days=age - 1)
            if day not in index:
                break
            share = _curve(post.platform, post.format, age)
            for name in (*DAILY_FIELDS[post.platform], "follows_gained"):
                value = post.counts.get(name)
                if value is not None:
                    daily[name][index[day]] += value * (share - previous)
            previous = share
        if post.platform == "wechat":
            growth = 1 + 0.35 * span.progress(pub)
            post.counts["delivered"] = est_followers["wechat"] * growth * rng.uniform(0.93, 0.97)
        _snapshots(b, post)
    _account_daily(b, span, days, per_account)


def _snapshots(b: Any, post: PublishedPost) -> None:
    pub = post.published_at.date()
    first = pub + dt.timedelta(days=7 - pub.weekday())
    for week in range(SNAPSHOT_WEEKS[post.platform]):
        captured = first + dt.timedelta(weeks=week)
        if captured > b.today:
            break
        share = _curve(post.platform, post.format, (captured - pub).days)
        row: dict[str, Any] = dict.fromkeys(METRIC_FIELDS)
        for name, value in post.counts.items():
            row[name] = round(value) if name == "delivered" else round(value * share)
        for name, value in post.rates.items():
            row[name] = round(value, 4) if value is not None and name != "avg_watch_seconds" else value
        b.add("post_metrics", post_id=post.id, captured_on=captured, **row)


def _account_daily(b: Any, span: _Span, days: list[dt.date], per_account: dict[str, dict[str, list[float]]]) -> None:
    rng = b.rng
    totals: dict[str, dict[str, int]] = {}
    for platform, account_id in b.facts["own"].items():
        daily = per_account[platform]
        followers = OWN_START_FOLLOWERS[platform]
        month_net: dict[str, int] = {}
        for i, day in enumerate(days):
            bad = span.is_bad(day)
            organic = ORGANIC_FOLLOWS[platform] * (1 + 0.5 * span.progress(day)) * (0.5 if bad else 1.0)
            organic *= (1.15 if day.weekday() >= 5 else 1.0) * rng.uniform(0.8, 1.2)
            new = round(organic + daily["follows_gained"][i])
            churn = rng.uniform(0.55, 0.75) if bad else rng.uniform(0.22, 0.34)
            unfollows = round(new * churn + rng.uniform(0, 4))
            followers += new - unfollows
            month_net[month_key(day)] = month_net.get(month_key(day), 0) + new - unfollows
            row: dict[str, Any] = {
                "account_id": account_id, "day": day, "followers_total": followers, "new_follows": new,
                "unfollows": unfollows, "net_follows": new - unfollows, "posts_published": int(daily["posts"][i]),
            }
            for name in DAILY_FIELDS[platform]:
                row[name] = round(daily[name][i])
            b.add("account_daily", **row)
        totals[platform] = month_net
    b.facts["month_net"] = totals


def _conversions(b: Any, posts: list[PublishedPost]) -> None:
    rng = b.rng
    rates = {"wechat": 0.004, "douyin": 0.0006, "xiaohongshu": 0.0012, "channels": 0.002}
    viral_id = b.facts.get("viral_post_id")
    for post in posts:
        if post.id != viral_id and (post.format == "live" or rng.random() < 0.55):
            continue
        product = rng.choices(list(w.PRODUCTS), [3, 3, 4, 1])[0]
        orders_total = max(1, round(post.views * rates[post.platform] * rng.uniform(0.4, 1.8)))
        if post.id == viral_id:
            orders_total = round(post.views * 0.00015)  # huge reach, weak product link: a diagnosis case
        channels = w.CONVERSION_CHANNELS[post.platform]
        for j, channel in enumerate(rng.sample(channels, rng.randint(1, min(2, len(channels))))):
            orders = orders_total if j == 0 else max(1, orders_total // 3)
            b.add(
                "conversion", day=post.published_at.date() + dt.timedelta(days=rng.randint(0, 3)),
                platform=post.platform, post_id=post.id, content_ref=post.title, channel=channel,
                leads=round(orders * rng.uniform(2.5, 6)), orders=orders, revenue=round(orders * w.PRODUCTS[product], 2),
            )
    for month_offset in range(12):
        day = add_months(month_start(b.today), -month_offset) + dt.timedelta(days=rng.randint(3, 20))
        if day >= b.today:
            continue
        orders = rng.randint(8, 30)
        b.add("conversion", day=day, platform="wechat", post_id=None, content_ref="社群团购接龙", channel="社群",
              leads=orders * 2, orders=orders, revenue=round(orders * 199.0, 2))


def _future_topics_and_drafts(b: Any, span: _Span) -> None:
    """Ideas, the coming plan, shelved topics and 20 drafts scheduled over the next 30 days."""
    rng = b.rng
    combos = b.facts["topic_combos"]
    hot = b.facts["hot_dates"]
    next_month = span.months[-1] if span.months[-1] > span.current_month else span.current_month
    for _ in range(16):
        subject, angle = combos.pop()
        _topic(b, subject, angle, rng.choice(["user_need", "competitor", "other", "hot_date"]), None, "idea", None, hot)
    shelved_months = span.past_months[-8:]
    for i in range(8):
        subject, angle = combos.pop()
        _topic(b, subject, angle, rng.choice(["competitor", "other", "hot_date"]), shelved_months[i], "shelved", None, hot)
    planned: list[tuple[int, tuple[str, str, str]]] = []
    for i in range(10):
        subject, angle = combos.pop()
        month = span.current_month if i < 3 else next_month
        planned.append((_topic(b, subject, angle, rng.choice(["user_need", "product", "hot_date"]), month,
                               "planned", i + 1, hot), subject))
    in_production: list[tuple[int, tuple[str, str, str]]] = []
    for i in range(8):
        subject, angle = combos.pop()
        month = span.current_month if i < 5 else next_month
        in_production.append((_topic(b, subject, angle, rng.choice(["user_need", "product", "competitor"]), month,
                                     "in_production", 20 + i, hot), subject))
    statuses = DRAFT_STATUSES * 4
    work = [t for t in in_production for _ in range(2)] + planned[:4]
    taken: dict[str, set[str]] = {p: set() for p in b.facts["own"]}
    platforms = list(b.facts["own"])
    for i, (topic_id, subject) in enumerate(work):
        status = "drafting" if i >= 16 else statuses[i]
        platform = platforms[i % 4]
        day = b.today + dt.timedelta(days=1 + (i * 29) // len(work))
        _draft(b, platform, topic_id, subject, status, _at(day, POST_TIME[platform], 0), taken[platform])


def _draft(b: Any, platform: str, topic_id: int, subject: tuple[str, str, str], status: str,
           when: dt.datetime, taken: set[str]) -> None:
    rng = b.rng
    s, pain, tag = subject
    fmt = {"wechat": "article", "douyin": "video", "xiaohongshu": "image", "channels": "video"}[platform]
    title = post_title(b, platform, fmt, subject, taken)
    hook = f"你每天认真护肤，为什么{pain}还是反反复复？"
    pain_point = f"{pain}反复出现，换了很多产品都没改善，不知道问题出在哪"
    method = f"1. 先停用刺激性产品一周；2. {s}从低浓度开始、隔天用；3. 做好保湿和防晒，坚持观察4周"
    cta = rng.choice([
        f"评论区扣「清单」，领取《{s}使用清单》",
        "点击阅读原文，报名21天成分护肤训练营",
        "关注我，下期讲换季怎么调整护肤步骤",
        "进粉丝群，周三直播帮你看成分表",
    ])
    hashtags = ["护肤", tag, "成分党"] if platform != "wechat" else []
    body = "\n\n".join([
        f"开头：{hook}",
        f"痛点：{pain_point}。",
        f"方法：{method}。",
        f"转化：{cta}。",
    ])
    row: dict[str, Any] = {
        "account_id": b.facts["own"][platform], "topic_id": topic_id, "title": title, "title_key": title_key(title),
        "format": fmt, "status": status, "scheduled_at": when, "hook": hook, "pain_point": pain_point,
        "method": method, "cta": cta, "hashtags": hashtags, "body": body,
        "visual_style": rng.choice(["浅米色背景+白大褂出镜", "干净白底成分卡片信息图", "手写笔记风封面", "实验室实拍+字幕条"]),
        "main_channel": platform_name(platform),
        "aux_channels": ["朋友圈", "社群"],
        "created_at": dt.datetime.combine(b.today - dt.timedelta(days=rng.randint(7, 15)), dt.time(10, 30)),
        "updated_at": dt.datetime.combine(b.today - dt.timedelta(days=rng.randint(0, 1)), dt.time(16, 20)),
    }
    if platform == "wechat":
        row.update(author=w.OPERATOR, digest=f"{pain}反复？这篇把{s}的用法、搭配和误区一次讲清。")
    elif platform == "douyin":
        row.update(
            scenes=[f"镜头1：出镜口播开头（0-3秒）：{hook}", f"镜头2：{pain}的真实案例对比图", f"镜头3：{s}用法演示",
                    "镜头4：总结三步法，引导评论区扣「清单」"],
            caption=f"{title.split('#')[0].strip()} " + " ".join(f"#{h}" for h in hashtags),
        )
    elif platform == "xiaohongshu":
        row["cover_text"] = f"{s}避坑｜{rng.randint(3, 7)}个误区"
    else:
        row["caption"] = f"{s}这样用，{pain}慢慢会好。周三晚8点直播详细讲。"
    if status == "small_test":
        row["test_feedback"] = rng.choice(["粉丝群小范围发了，开头太慢，前5秒流失多", "20人试看，觉得方法部分很实用，标题不够抓人"])
    if status in ("internal_review", "small_test", "revising", "scheduled"):
        row["review"] = _review(b, passed=status != "internal_review", when=row["created_at"] + dt.timedelta(days=2))
    post_id = b.add("post", **row)
    revisions = {"drafting": 0, "internal_review": 1, "small_test": 2, "revising": 3, "scheduled": 2}[status]
    notes = ["初稿", "按主管意见改了开头钩子", "小范围测试后精简方法部分"]
    for k in range(revisions):
        saved = row["created_at"] + dt.timedelta(days=2 * k + 1, hours=3)
        snapshot = {name: row.get(name) for name in EDITABLE_FIELDS}
        snapshot.update(scheduled_at=when.strftime("%Y-%m-%d %H:%M:%S"), scenes=row.get("scenes", []),
                        hashtags=hashtags, aux_channels=row["aux_channels"])
        if k == 0:
            snapshot.update(title=f"{s}：{pain}怎么办", hook=f"今天聊聊{s}", cta="", test_feedback=None)
        b.add("post_revision", post_id=post_id, saved_at=saved, status=DRAFT_STATUSES[min(k, 3)],
              title=snapshot["title"], body=body if k else f"开头：{pain_point}。\n\n方法：待补充。",
              fields=snapshot, note=notes[k])


def _review(b: Any, *, passed: bool, when: dt.datetime) -> dict[str, Any]:
    """An internal review in the drafts service's shape; one still waiting has an item unticked."""
    checklist = {key: passed or key != "facts" for key in REVIEW_CHECKLIST}
    return {"checklist": checklist, "reviewer": "运营主管 王姐", "reviewed_at": when.strftime("%Y-%m-%d %H:%M:%S"),
            "note": "数据出处再核对一下" if not passed else "可以，注意封面字别太多", "passed": passed}


def _goals(b: Any, span: _Span) -> None:
    """Monthly targets that climb with the plan; the bad month falls short of them."""
    rng = b.rng
    month_net = b.facts["month_net"]
    full = [m for m in span.past_months if m != span.bad_month and m != span.months[0]]
    plan_posts = {"wechat": 12, "douyin": 21, "xiaohongshu": 16, "channels": 11}
    views = {p: BASE_VIEWS[p] for p in plan_posts}
    first = dt.date.fromisoformat(f"{span.months[0]}-01")
    # The year starts part-way through its first month: that month's targets cover only those days.
    first_share = ((add_months(first, 1) - span.first_day).days) / (add_months(first, 1) - first).days
    for i, month in enumerate(span.months):
        climb = (0.92 + 0.25 * i / len(span.months)) * (first_share if i == 0 else 1.0)
        total_followers = 0
        for platform, account_id in b.facts["own"].items():
            typical = statistics.median(month_net[platform][m] for m in full)
            target = round(typical * climb, -1)
            total_followers += int(target)
            b.add("goal", month=month, account_id=account_id, metric="followers_gained", target=float(target))
            b.add("goal", month=month, account_id=account_id, metric="posts_published",
                  target=float(round(plan_posts[platform] * (first_share if i == 0 else 1.0))))
            b.add("goal", month=month, account_id=account_id, metric="views",
                  target=float(round(plan_posts[platform] * views[platform] * 1.3 * climb, -2)))
        b.add("goal", month=month, account_id=None, metric="followers_gained", target=float(total_followers),
              notes="年度目标拆到月：抖音占大头" if month >= span.current_month else None)
        b.add("goal", month=month, account_id=None, metric="conversions", target=float(round(230 * climb)))
        b.add("goal", month=month, account_id=None, metric="revenue",
              target=float(round(68_000 * climb * rng.uniform(0.98, 1.02), -2)))
