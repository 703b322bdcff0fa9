"""The demo data: deterministic, big enough for every tab, in the data contract's units, and telling
its story (growth, a bad month, a viral video, a losing boost, a missed campaign target)."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import statistics
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa

from app.models import CampaignStatus, GoalMetric, PostFormat, PostStatus, TopicStatus
from app.services.demo import fill_demo
from app.services.demo import wording as w
from app.services.demo.calendar import add_months, month_key
from app.services.drafts import review_passed
from app.services.maintenance import table_counts
from app.services.segments import recompute_segments
from app.services.text import title_key
from app.store import Store

#: Run on the local SQLite store and on a PostgreSQL team store (issue 21).
pytestmark = pytest.mark.both_engines

TODAY = dt.date(2026, 11, 26)
RATES = ("completion_rate", "completion_5s", "bounce_2s", "cover_ctr")
#: Columns each platform's exports never carry: the demo must leave them NULL, never 0.
NOT_EXPORTED = {
    "wechat": ("likes", "comments", "saves", "exposures", "completion_5s", "bounce_2s", "cover_ctr", "profile_visits"),
    "douyin": ("readers", "exposures", "wows", "delivered"),
    "xiaohongshu": ("readers", "wows", "delivered", "completion_rate", "completion_5s", "bounce_2s", "profile_visits"),
    "channels": ("readers", "exposures", "saves", "delivered", "completion_5s", "bounce_2s", "cover_ctr"),
}


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Store, dict[str, int]]]:
    store = Store.open(tmp_path_factory.mktemp("demo"))
    counts = fill_demo(store, seed=7, today=TODAY)
    yield store, counts
    store.close()


def rows(store: Store, sql: str, **params: object) -> list[sa.Row]:
    with store.engine.connect() as conn:
        return list(conn.execute(sa.text(sql), params))


def checksum(store: Store) -> str:
    digest = hashlib.sha256()
    for sql in ("SELECT title, published_at, scheduled_at, status FROM post ORDER BY id",
                "SELECT post_id, captured_on, views, likes, completion_rate FROM post_metrics ORDER BY id",
                "SELECT nickname, region, first_seen, spend, segment FROM member ORDER BY id",
                "SELECT day, followers_total FROM account_daily ORDER BY id"):
        for row in rows(store, sql):
            digest.update(repr(tuple(row)).encode())
    return digest.hexdigest()


def test_counts_are_the_rows_written(demo: tuple[Store, dict[str, int]]) -> None:
    store, counts = demo
    assert counts == nonempty(table_counts(store))


def test_sizes_every_tab_needs(demo: tuple[Store, dict[str, int]]) -> None:
    store, counts = demo
    own = rows(store, "SELECT platform FROM account WHERE is_own ORDER BY platform")
    assert [r.platform for r in own] == ["channels", "douyin", "wechat", "xiaohongshu"]
    for platform in ("wechat", "douyin", "xiaohongshu"):
        n = rows(store, "SELECT count(*) AS n FROM account a JOIN competitor c ON c.account_id = a.id "
                        "WHERE NOT a.is_own AND a.platform = :p", p=platform)[0].n
        assert 3 <= n <= 5
    assert counts["topic"] >= 40
    assert counts["member"] >= 2000
    assert counts["community"] >= 3
    assert counts["feedback"] >= 150
    assert counts["campaign"] >= 4
    assert counts["segment_snapshot"] == 12 * 4
    tools = {r.tool for r in rows(store, "SELECT DISTINCT tool FROM promotion")}
    assert {"dou_plus", "shutiao", "guangdiantong", "fensitong"} <= tools
    assert all(r.n > 0 for r in rows(store, "SELECT count(*) AS n FROM community WHERE json_array_length(rituals) > 0"))
    kinds = {r.kind for r in rows(store, "SELECT DISTINCT kind FROM watch_keyword")}
    assert kinds == {"brand", "product", "person", "negative"}
    assert rows(store, "SELECT count(*) AS n FROM mention WHERE is_alert")[0].n > 0
    assert {r.kind for r in rows(store, "SELECT DISTINCT kind FROM hot_date")} == {"own"}
    assert {r.kind for r in rows(store, "SELECT DISTINCT kind FROM lesson")} == {"success", "failure"}
    assert len(rows(store, "SELECT DISTINCT area FROM lesson")) == 5


def test_a_year_of_published_posts_on_every_own_account(demo: tuple[Store, dict[str, int]]) -> None:
    store, _ = demo
    spans = rows(store, "SELECT a.platform, min(p.published_at) AS first, max(p.published_at) AS last, count(*) AS n "
                        "FROM post p JOIN account a ON a.id = p.account_id WHERE p.status = 'published' GROUP BY a.platform")
    assert len(spans) == 4
    for span in spans:
        assert span.first[:10] <= (TODAY - dt.timedelta(days=350)).isoformat()
        assert span.last[:10] < TODAY.isoformat()
        assert span.n >= 100
    formats = {r.format for r in rows(store, "SELECT DISTINCT format FROM post WHERE status = 'published'")}
    assert formats == {PostFormat.article, PostFormat.video, PostFormat.image, PostFormat.live}


def test_titles_take_each_platforms_shape(demo: tuple[Store, dict[str, int]]) -> None:
    store, _ = demo
    posts = rows(store, "SELECT a.platform, p.title, p.title_key, p.external_id, p.url FROM post p "
                        "JOIN account a ON a.id = p.account_id WHERE p.status = 'published'")
    for post in posts:
        assert post.title_key == title_key(post.title) and post.title_key
        if post.platform == "xiaohongshu":
            assert len(post.title) <= 20
        if post.platform == "channels":
            assert post.external_id
        if post.platform == "wechat":
            assert post.url.startswith("https://mp.weixin.qq.com/s/")
    douyin = [p.title for p in posts if p.platform == "douyin"]
    assert sum("#" in t for t in douyin) > len(douyin) * 0.8
    keys = [(p.platform, p.title_key) for p in posts]
    assert len(keys) == len(set(keys))


def test_metrics_use_the_contracts_units(demo: tuple[Store, dict[str, int]]) -> None:
    store, _ = demo
    for rate in RATES:
        bad = rows(store, f"SELECT count(*) AS n FROM post_metrics WHERE {rate} < 0 OR {rate} > 1")[0].n
        assert bad == 0, rate
    assert rows(store, "SELECT count(*) AS n FROM post_metrics WHERE completion_rate IS NOT NULL")[0].n > 1000
    for platform, columns in NOT_EXPORTED.items():
        filled = " OR ".join(f"m.{c} IS NOT NULL" for c in columns)
        n = rows(store, f"SELECT count(*) AS n FROM post_metrics m JOIN post p ON p.id = m.post_id "
                        f"JOIN account a ON a.id = p.account_id WHERE a.platform = :p AND ({filled})", p=platform)[0].n
        assert n == 0, platform
    assert rows(store, "SELECT count(*) AS n FROM post_metrics WHERE views IS NULL OR views <= 0")[0].n == 0
    watch = rows(store, "SELECT max(avg_watch_seconds) AS hi, min(avg_watch_seconds) AS lo FROM post_metrics")[0]
    assert watch.lo > 1 and watch.hi < 600


def test_snapshots_grow_then_wechat_freezes(demo: tuple[Store, dict[str, int]]) -> None:
    store, _ = demo
    series: dict[int, list[sa.Row]] = {}
    for row in rows(store, "SELECT m.post_id, m.captured_on, m.views, a.platform, p.published_at FROM post_metrics m "
                           "JOIN post p ON p.id = m.post_id JOIN account a ON a.id = p.account_id ORDER BY m.captured_on"):
        series.setdefault(row.post_id, []).append(row)
    for snapshots in series.values():
        views = [s.views for s in snapshots]
        assert views == sorted(views)
        if snapshots[0].platform == "wechat":
            published = dt.date.fromisoformat(snapshots[0].published_at[:10])
            late = {s.views for s in snapshots if (dt.date.fromisoformat(s.captured_on) - published).days >= 7}
            assert len(late) <= 1


def test_topics_and_drafts_in_every_status(demo: tuple[Store, dict[str, int]]) -> None:
    store, _ = demo
    topic_statuses = {r.status for r in rows(store, "SELECT DISTINCT status FROM topic")}
    assert topic_statuses == set(TopicStatus)
    scores = rows(store, "SELECT min(min(score_timeliness, score_value, score_conversion)) AS lo, "
                         "max(max(score_timeliness, score_value, score_conversion)) AS hi FROM topic")[0]
    assert scores.lo >= 1 and scores.hi <= 5
    drafts = rows(store, "SELECT status, scheduled_at, hook, pain_point, method, cta, body FROM post "
                         "WHERE status != 'published'")
    assert 15 <= len(drafts) <= 25
    assert {d.status for d in drafts} == set(PostStatus) - {PostStatus.published}
    horizon = (TODAY + dt.timedelta(days=31)).isoformat()
    for draft in drafts:
        assert TODAY.isoformat() < draft.scheduled_at < horizon
        assert draft.hook and draft.pain_point and draft.method and draft.cta and draft.body
    assert rows(store, "SELECT count(*) AS n FROM post_revision")[0].n > 0
    assert rows(store, "SELECT max(saved_at) AS last FROM post_revision")[0].last < TODAY.isoformat()
    for draft in rows(store, "SELECT status, review FROM post WHERE status IN ('small_test', 'revising', 'scheduled')"):
        assert review_passed(json.loads(draft.review))
    unlinked = rows(store, "SELECT count(*) AS n FROM post WHERE status = 'published' AND topic_id IS NULL")[0].n
    linked = rows(store, "SELECT count(*) AS n FROM post WHERE status = 'published' AND topic_id IS NOT NULL")[0].n
    assert linked > 4 * unlinked
    needs = rows(store, "SELECT count(*) AS n FROM feedback f JOIN topic t ON t.id = f.topic_id "
                        "WHERE t.source = 'user_need'")[0].n
    assert needs > 0


def test_goals_cover_the_year_and_the_coming_month(demo: tuple[Store, dict[str, int]]) -> None:
    store, _ = demo
    months = [r.month for r in rows(store, "SELECT DISTINCT month FROM goal ORDER BY month")]
    assert months[-1] == month_key(add_months(TODAY, 1))
    assert len(months) >= 13
    assert {r.metric for r in rows(store, "SELECT DISTINCT metric FROM goal")} == set(GoalMetric)
    overall = rows(store, "SELECT count(*) AS n FROM goal WHERE account_id IS NULL AND month = :m", m=month_key(TODAY))
    assert overall[0].n >= 3


def test_followers_grow_and_daily_numbers_add_up(demo: tuple[Store, dict[str, int]]) -> None:
    store, _ = demo
    for account in rows(store, "SELECT id FROM account WHERE is_own"):
        days = rows(store, "SELECT followers_total, new_follows, unfollows, net_follows FROM account_daily "
                           "WHERE account_id = :a ORDER BY day", a=account.id)
        assert len(days) >= 360
        assert days[-1].followers_total > days[0].followers_total * 1.1
        for previous, day in zip(days, days[1:], strict=False):
            assert day.net_follows == day.new_follows - day.unfollows
            assert day.followers_total == previous.followers_total + day.net_follows


def test_one_viral_douyin_video(demo: tuple[Store, dict[str, int]]) -> None:
    store, _ = demo
    views = [r.views for r in rows(store, """
        SELECT max(m.views) AS views FROM post_metrics m JOIN post p ON p.id = m.post_id
        JOIN account a ON a.id = p.account_id WHERE a.platform = 'douyin' GROUP BY p.id""")]
    median = statistics.median(views)
    assert max(views) > 35 * median
    assert sum(v > 10 * median for v in views) == 1


def test_the_bad_month_four_months_ago(demo: tuple[Store, dict[str, int]]) -> None:
    store, _ = demo
    bad = month_key(add_months(TODAY, -4))
    neighbours = [month_key(add_months(TODAY, k)) for k in (-6, -5, -3, -2)]

    def month(m: str) -> sa.Row:
        return rows(store, """
            SELECT (SELECT count(*) FROM post WHERE substr(published_at, 1, 7) = :m) AS posts,
                   sum(net_follows) AS net, 1.0 * sum(unfollows) / sum(new_follows) AS churn
            FROM account_daily d JOIN account a ON a.id = d.account_id
            WHERE a.is_own AND substr(d.day, 1, 7) = :m""", m=m)[0]

    worst = month(bad)
    others = [month(m) for m in neighbours]
    assert worst.posts < 0.7 * min(o.posts for o in others)
    assert worst.net < 0.5 * min(o.net for o in others)
    assert worst.churn > 1.5 * max(o.churn for o in others)
    goal = rows(store, "SELECT target FROM goal WHERE account_id IS NULL AND metric = 'followers_gained' AND month = :m",
                m=bad)[0].target
    assert worst.net < 0.5 * goal
    snapshots = {r.month: r.members for r in rows(store, "SELECT month, members FROM segment_snapshot WHERE segment = 'churned'")}
    assert snapshots[bad] > snapshots[month_key(add_months(TODAY, -5))]


def test_boosts_include_a_loser_and_dear_followers(demo: tuple[Store, dict[str, int]]) -> None:
    store, _ = demo
    boosts = rows(store, "SELECT objective, spend, revenue, follows_gained FROM promotion")
    conversion = [b for b in boosts if b.objective == "conversion"]
    losing = [b for b in conversion if b.revenue < b.spend]
    assert len(losing) == 1
    assert sum(b.revenue >= 1.5 * b.spend for b in conversion) >= len(conversion) // 2
    per_follower = sorted(b.spend / b.follows_gained for b in boosts if b.objective == "followers")
    assert per_follower[-1] > 10 * per_follower[0]


def test_campaigns_live_reviewed_and_one_short_of_target(demo: tuple[Store, dict[str, int]]) -> None:
    store, _ = demo
    campaigns = rows(store, """
        SELECT c.status, c.start_day, c.end_day, c.target_participants, sum(d.participants) AS participants
        FROM campaign c LEFT JOIN campaign_daily d ON d.campaign_id = c.id GROUP BY c.id""")
    statuses = {c.status for c in campaigns}
    assert {CampaignStatus.live, CampaignStatus.reviewed} <= statuses
    live = next(c for c in campaigns if c.status == "live")
    assert live.start_day <= TODAY.isoformat() <= live.end_day
    done = [c for c in campaigns if c.status in ("finished", "reviewed")]
    assert any(c.participants < c.target_participants for c in done)
    assert any(c.participants >= c.target_participants for c in done)
    overdue = rows(store, "SELECT count(*) AS n FROM campaign_task WHERE NOT done AND due_date < :d", d=TODAY.isoformat())
    assert overdue[0].n > 0


def test_segments_follow_the_segmentation_rules(demo: tuple[Store, dict[str, int]]) -> None:
    store, _ = demo
    stored = {r.segment: r.n for r in rows(store, "SELECT segment, count(*) AS n FROM member GROUP BY segment")}
    assert set(stored) == {"core", "potential", "churned", "new"}
    assert recompute_segments(store, TODAY) == stored
    regions = rows(store, "SELECT region FROM member LIMIT 50")
    assert all(len(r.region.split()) == 2 for r in regions)


def test_same_seed_same_data_and_replace_replaces(demo: tuple[Store, dict[str, int]], tmp_path: Path) -> None:
    store, counts = demo
    other = Store.open(tmp_path / "again")
    try:
        assert fill_demo(other, seed=7, today=TODAY) == counts
        assert checksum(other) == checksum(store)
        other.set_setting("ui.language", "en")
        assert fill_demo(other, seed=7, replace=True, today=TODAY) == counts
        assert nonempty(table_counts(other)) == nonempty(table_counts(store))
        assert checksum(other) == checksum(store)
        assert other.setting("ui.language") == "en"
        reseeded = fill_demo(other, seed=8, replace=True, today=TODAY)
        assert nonempty(table_counts(other)) == reseeded
        assert checksum(other) != checksum(store)
    finally:
        other.close()


def nonempty(counts: dict[str, int]) -> dict[str, int]:
    return {name: n for name, n in counts.items() if n and name != "setting"}


@pytest.mark.parametrize("today, status", [(dt.date(2026, 10, 28), "warmup"), (dt.date(2026, 11, 6), "live"),
                                           (dt.date(2027, 1, 1), "reviewed"), (dt.date(2027, 6, 30), "reviewed")])
def test_double_eleven_is_in_early_november_whatever_the_day(tmp_path: Path, today: dt.date, status: str) -> None:
    store = Store.open(tmp_path / "d")
    try:
        fill_demo(store, today=today)
        (c,) = rows(store, "SELECT id, start_day, end_day, warmup_days, status FROM campaign WHERE occasion = '双11'")
        start, end = dt.date.fromisoformat(c.start_day), dt.date.fromisoformat(c.end_day)
        assert (start.month, start.day, end.month, end.day) == (11, 1, 11, 11) and c.status == status
        assert start - dt.timedelta(days=c.warmup_days) == dt.date(start.year, 10, 25)  # warm-up late October
        assert today - dt.timedelta(days=365) <= end and start - dt.timedelta(days=7) <= today
        daily = rows(store, "SELECT day, participants FROM campaign_daily WHERE campaign_id = :c ORDER BY day", c=c.id)
        assert all(r.day < today.isoformat() for r in daily)
        if status == "reviewed":
            assert max(daily, key=lambda r: r.participants).day == end.isoformat()  # the 11-11 peak
        (live618,) = rows(store, "SELECT start_day, end_day FROM campaign WHERE occasion = '618'")
        assert live618.end_day[5:] == "06-18" and live618.end_day < today.isoformat()
        assert rows(store, "SELECT count(*) AS n FROM campaign WHERE status = 'live'")[0].n >= 1
    finally:
        store.close()


def test_lessons_are_dated_with_the_events_they_came_from(demo: tuple[Store, dict[str, int]]) -> None:
    store, _ = demo
    linked = rows(store, "SELECT l.month, c.start_day, c.end_day FROM lesson l JOIN campaign c ON c.id = l.campaign_id")
    assert len(linked) >= 6
    assert all(c.start_day[:7] <= c.month <= c.end_day[:7] for c in linked)
    boost = rows(store, """SELECT l.month, p.start_at FROM lesson l, promotion p
                           WHERE l.title LIKE '薯条涨粉%' AND p.name = '薯条 涨粉投放'""")
    assert boost and boost[0].month == boost[0].start_at[:7]
    reviews = [r.month for r in rows(store, "SELECT month FROM monthly_review")]
    assert reviews and max(reviews) < month_key(TODAY)  # only months that are over


def test_a_posting_plan_and_a_brand_guide_are_set(demo: tuple[Store, dict[str, int]]) -> None:
    from app.services.brand import load_guide
    from app.services.calendar import plan_gaps, posting_plan

    store, _ = demo
    assert posting_plan(store) == {"wechat": 3, "douyin": 5, "xiaohongshu": 4, "channels": 2}
    gaps = plan_gaps(store, TODAY.year, TODAY.month)
    assert gaps and any(g.remaining > 0 for g in gaps)  # the calendar's 还需发 N 篇
    guide = load_guide(store)
    assert guide.tone and guide.cover_style and guide.colors and guide.service_phrasing and len(guide.taboo) >= 5


def test_the_operators_own_plan_and_guide_are_kept(tmp_path: Path) -> None:
    from app.services.brand import BrandGuide, load_guide, save_guide
    from app.services.calendar import posting_plan, set_posting_plan

    store = Store.open(tmp_path / "d")
    try:
        set_posting_plan(store, {"douyin": 7})
        save_guide(store, BrandGuide(brand="肌理研究所", tone="活泼"))
        fill_demo(store, today=TODAY)
        assert posting_plan(store) == {"douyin": 7} and load_guide(store).tone == "活泼"
    finally:
        store.close()


def test_feedback_is_linked_to_a_topic_on_its_subject(demo: tuple[Store, dict[str, int]]) -> None:
    store, _ = demo
    linked = rows(store, "SELECT f.text, t.title, t.tags FROM feedback f JOIN topic t ON t.id = f.topic_id")
    assert len(linked) >= 10
    for row in linked:
        mentioned = [s for s in w.SUBJECTS if s[0] in row.text or s[1] in row.text]
        assert any(s[2] in json.loads(row.tags) for s in mentioned), (row.text, row.title)


def test_live_sessions_are_posts_of_format_live(demo: tuple[Store, dict[str, int]]) -> None:
    store, _ = demo
    from app.services.dashboard import Period, top_bottom_posts

    lives = {r.id for r in rows(store, "SELECT id FROM post WHERE format = 'live' AND published_at >= :d",
                                   d=add_months(TODAY, -1).isoformat())}
    assert lives
    ranks = top_bottom_posts(store, Period.month(month_key(add_months(TODAY, -1))), metric="engagement_rate", n=50)
    assert not {r["post_id"] for r in ranks["top"] + ranks["bottom"]} & lives and ranks["live_left_out"]


def test_the_demo_uses_the_operators_own_accounts(tmp_path: Path) -> None:
    """Issue 16 item 9: own accounts typed at the welcome, then demo data — not eight own accounts."""
    store = Store.open(tmp_path / "d")
    try:
        with store.engine.begin() as conn:  # what the welcome stored before the demo was chosen
            conn.execute(sa.text("INSERT INTO account (platform, name, is_own, created_at, updated_at) "
                                 "VALUES ('douyin', '肌理研究所', 1, '2026-11-01', '2026-11-01')"))
        fill_demo(store, today=TODAY, own_accounts=[("douyin", "肌理研究所"), ("wechat", "肌理研究所公众号"),
                                                    ("weibo", "肌理研究所微博")])
        own = rows(store, "SELECT id, platform, name FROM account WHERE is_own = 1 ORDER BY platform")
        assert [(a.platform, a.name) for a in own] == [
            ("channels", "小美研究所"), ("douyin", "肌理研究所"), ("wechat", "肌理研究所公众号"),
            ("weibo", "肌理研究所微博"), ("xiaohongshu", "小美研究所")]
        douyin = next(a.id for a in own if a.platform == "douyin")
        assert rows(store, "SELECT count(*) AS n FROM post WHERE account_id = :a AND status = 'published'", a=douyin)[0].n > 100
        fill_demo(store, today=TODAY, replace=True, own_accounts=[("douyin", "肌理研究所")])
        assert [a.name for a in rows(store, "SELECT name FROM account WHERE is_own = 1 AND platform = 'douyin'")] == [
            "肌理研究所"]
    finally:
        store.close()


def test_the_monthly_loop_shows_working(demo: tuple[Store, dict[str, int]]) -> None:
    """Issue 18: last month's action items (some done) recapped with their metric before and after,
    this month's still open, lessons linked to their sources, needs no topic covers yet."""
    from app.services.actions import open_actions, recap
    from app.services.manual import matching_lessons

    store, _ = demo
    last = month_key(add_months(TODAY.replace(day=1), -1))
    items = recap(store, last)
    assert len(items) == 4 and sum(i["done"] for i in items) == 3
    douyin = next(i for i in items if i["platform"] == "douyin")
    assert douyin["metric"] == "completion_rate" and 0 < douyin["baseline"] < 1 and 0 < douyin["after"] < 1
    assert all(i["review_month"] == month_key(add_months(TODAY.replace(day=1), -2)) for i in items)
    reviewed = {r.month for r in rows(store, "SELECT month FROM monthly_review")}
    assert {last, items[0]["review_month"]} <= reviewed
    assert [i["text"] for i in open_actions(store, "drafts", "xiaohongshu", today=TODAY)] == [
        "双11预热笔记带预售链接，提前三周发"]
    stop = matching_lessons(store, tool="shutiao")[0]
    assert (stop["title"], stop["kind"], stop["platform"], stop["source_kind"]) == (
        "薯条涨粉投放成本过高，停", "failure", "xiaohongshu", "promotion")
    assert rows(store, "SELECT name FROM promotion WHERE id = :id", id=stop["source_id"])[0].name == "薯条 涨粉投放"
    linked = rows(store, "SELECT source_kind, count(*) AS n FROM lesson WHERE source_kind IS NOT NULL GROUP BY source_kind")
    assert {r.source_kind for r in linked} == {"campaign", "promotion", "review"}
    needs = [json.loads(r.tags) for r in rows(store, "SELECT tags FROM feedback WHERE topic_id IS NULL AND status = 'new'")]
    assert (needs.count(["头皮护理"]), needs.count(["颈纹"])) == (26, 12)
    assert not rows(store, "SELECT id FROM topic WHERE title LIKE '%头皮%' OR title LIKE '%颈纹%'")
