"""Issue 19's additions to the metric dictionary and the post figures: 评论率 and 在看 rank posts, product
clicks typed in the conversions template stand in for a snapshot's, and diagnosis keeps to SQL both
SQLite and PostgreSQL run."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from app.models import Account, Conversion, Post, PostFormat, PostMetrics, PostStatus
from app.services import diagnosis
from app.services.dashboard import Period, top_bottom_posts
from app.services.metrics import METRICS, Unit, describe, post_figures
from app.store import Store


def add_posts(store: Store) -> dict[str, int]:
    ids = {}
    with store.writing() as s:
        account = Account(platform="channels", name="视频号")
        s.add(account)
        s.flush()
        for i, (comments, wows) in enumerate(((5, 40), (30, 2), (12, 9))):
            post = Post(account_id=account.id, title=f"v{i}", format=PostFormat.video, status=PostStatus.published,
                        published_at=dt.datetime(2026, 5, 2 + i, 20))
            s.add(post)
            s.flush()
            ids[f"v{i}"] = post.id
            s.add(PostMetrics(post_id=post.id, captured_on=dt.date(2026, 5, 9 + i), views=1000, likes=10,
                              comments=comments, shares=3, wows=wows, product_clicks=None if i else 70))
        s.add(Conversion(day=dt.date(2026, 5, 9), post_id=ids["v1"], orders=2, clicks=45))
        s.add(Conversion(day=dt.date(2026, 6, 30), post_id=ids["v1"], orders=1, clicks=99))  # after the snapshot
    return ids


def test_comment_rate_and_wows_are_dictionary_metrics_that_rank_posts(store: Store) -> None:
    add_posts(store)
    assert METRICS["comment_rate"].unit == Unit.rate and "评论 ÷ 浏览量" in describe("comment_rate")
    period = Period(dt.date(2026, 5, 1), dt.date(2026, 5, 31))
    by_comments = top_bottom_posts(store, period, metric="comment_rate")
    assert [r["title"] for r in by_comments["top"]] == ["v1", "v2", "v0"]
    assert by_comments["top"][0]["value"] == 0.03
    assert [r["title"] for r in top_bottom_posts(store, period, metric="wows")["top"]] == ["v0", "v2", "v1"]


def test_product_clicks_fall_back_to_the_conversion_records(store: Store) -> None:
    ids = add_posts(store)
    figures = {p.post_id: p.at_age for p in post_figures(store, dt.date(2026, 5, 1), dt.date(2026, 5, 31))}
    assert figures[ids["v0"]]["product_clicks"] == 70
    assert figures[ids["v1"]]["product_clicks"] == 45  # only the record up to the snapshot's day
    assert figures[ids["v2"]]["product_clicks"] is None
    assert figures[ids["v1"]]["comment_rate"] == 0.03 and figures[ids["v0"]]["wows"] == 40


def test_diagnosis_uses_no_sqlite_only_sql() -> None:
    source = Path(diagnosis.__file__).read_text(encoding="utf-8")
    assert not re.search(r"julianday|json_each|json_valid|json_type|strftime|sa\.text\(", source)
