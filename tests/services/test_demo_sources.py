"""The demo's 抖店 orders, 企业微信 statistics and 问卷星 survey (issue 20 sources), made through the
real `opsdesk-cli demo` under the fixed clock, read back through the services and `review --json`."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from app import clock
from app.cli import main
from app.services import orders, surveys
from app.services.demo import fill_demo, sources
from app.services.demo.calendar import add_months, month_key
from app.store import Store

TODAY = dt.date(2026, 11, 26)


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    data_dir = tmp_path_factory.mktemp("demo_sources")
    assert main(["demo", "--data-dir", str(data_dir), "--json"]) == 0
    return data_dir


@pytest.fixture
def store(demo_dir: Path) -> Iterator[Store]:
    opened = Store.open(demo_dir)
    yield opened
    opened.close()


def cli(capsys: pytest.CaptureFixture[str], *args: str) -> Any:
    capsys.readouterr()
    assert main([*args, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def rows(store: Store, sql: str, **params: object) -> list[sa.Row]:
    with store.engine.connect() as conn:
        return list(conn.execute(sa.text(sql), params))


def test_orders_of_three_months_add_up_to_the_reviews_shop_revenue(demo_dir: Path, store: Store, capsys) -> None:
    today = clock.today()
    last_month = month_key(add_months(today.replace(day=1), -1))
    first, nxt = add_months(today.replace(day=1), -1), today.replace(day=1)
    all_orders = rows(store, "SELECT * FROM shop_order")
    assert 300 <= len(all_orders) <= 600
    times = [o.paid_at or o.submitted_at for o in all_orders]
    assert min(times)[:10] >= (today - dt.timedelta(days=sources.ORDER_DAYS)).isoformat()
    assert max(times)[:10] <= today.isoformat()
    for order in all_orders:  # `valid` is the orders service's rule, as an import stores it
        assert bool(order.valid) == orders.is_valid(order.status, order.after_sale)
    refunded = [o for o in all_orders if o.after_sale == "退款成功"]
    cancelled = [o for o in all_orders if o.status == "已取消"]
    assert refunded and cancelled and not any(o.valid for o in refunded + cancelled)
    in_month = [o for o in all_orders if first.isoformat() <= (o.paid_at or o.submitted_at)[:10] < nxt.isoformat()]
    valid_sum = round(sum(o.amount for o in in_month if o.valid), 2)
    review = cli(capsys, "review", "--data-dir", str(demo_dir), "--month", last_month)
    shop = review["shop"]
    assert shop["revenue"] == valid_sum > 0
    assert shop["conversions"] == len({o.order_id for o in in_month if o.valid})
    assert shop["refunded_sub_orders"] > 0 and shop["cancelled_sub_orders"] > 0
    assert 0 < shop["attributed_revenue"] < shop["revenue"]


def test_orders_are_attributed_to_the_douyin_lives_and_videos(store: Store) -> None:
    douyin = rows(store, "SELECT id FROM account WHERE is_own AND platform = 'douyin'")[0].id
    linked = rows(store, "SELECT o.attribution, p.format, p.account_id, count(*) AS n FROM shop_order o "
                         "JOIN post p ON p.id = o.post_id GROUP BY o.attribution, p.format, p.account_id")
    assert {(r.attribution, r.format, r.account_id) for r in linked} == {("live", "live", douyin),
                                                                         ("video", "video", douyin)}
    per_post = orders.post_orders(store)
    assert per_post and all(v["estimated"] and v["revenue"] > 0 for v in per_post.values())
    shop_card = rows(store, "SELECT count(*) AS n FROM shop_order WHERE traffic_kind = '其他' AND post_id IS NULL")
    assert shop_card[0].n > 0


def test_two_staff_members_60_days_on_a_demo_community(demo_dir: Path, store: Store, capsys) -> None:
    today = clock.today()
    days = rows(store, "SELECT d.staff, count(*) AS n, min(d.day) AS first, max(d.day) AS last, "
                       "min(c.name) AS community FROM community_daily d JOIN community c ON c.id = d.community_id "
                       "GROUP BY d.staff")
    assert len(days) == 2
    for staff in days:
        assert staff.n == sources.COMMUNITY_DAYS and staff.community == "21天训练营学员群"
        assert (staff.first, staff.last) == ((today - dt.timedelta(days=60)).isoformat(),
                                             (today - dt.timedelta(days=1)).isoformat())
    activity = surveys.daily_activity(store, today - dt.timedelta(days=60), today)
    assert len(activity["days"]) == 60 and all(d["group_messages"] > 0 for d in activity["days"])
    review = cli(capsys, "review", "--data-dir", str(demo_dir), "--month", month_key(today))
    assert len(review["community_activity"]["staff"]) == 2


def test_a_survey_with_answers_roles_and_free_text_feedback(store: Store) -> None:
    (survey,) = surveys.list_surveys(store)
    assert (survey["title"], survey["responses"]) == (sources.SURVEY_TITLE, sources.SURVEY_RESPONSES)
    results = surveys.survey_results(store, survey["id"])
    by_no = {q["no"]: q for q in results["questions"]}
    assert [by_no[n]["role"] for n in ("1", "2", "3")] == ["gender", "age", "region"]
    assert sum(n for _o, n in by_no["1"]["counts"]) == sources.SURVEY_RESPONSES
    assert sum(n for _o, n in by_no["4"]["counts"]) > sources.SURVEY_RESPONSES  # several ticked
    feedback = [f for f in rows(store, "SELECT text, tags, extra FROM feedback WHERE source = 'survey'")
                if (json.loads(f.extra or "null") or {}).get("survey_id") == survey["id"]]
    assert len(feedback) == by_no["5"]["free"] > 0
    assert {tuple(json.loads(f.tags)) for f in feedback} == {(by_no["5"]["text"],)}
    assert {q["role"] for q in surveys.persona_questions(store)} == {"gender", "age", "region"}


def test_the_rest_of_the_demo_is_unchanged(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The sources draw from their own random stream: without them every other row is the same."""

    def snapshot(store: Store) -> list[Any]:
        out = []
        for sql in ("SELECT title, published_at, account_id FROM post ORDER BY id",
                    "SELECT post_id, captured_on, views, likes FROM post_metrics ORDER BY id",
                    "SELECT nickname, region, spend, segment FROM member ORDER BY id",
                    "SELECT text, tags, status FROM feedback WHERE extra IS NULL OR extra NOT LIKE '%survey_id%' "
                    "ORDER BY id",
                    "SELECT post_id, orders, revenue FROM conversion ORDER BY id",
                    "SELECT name, spend, revenue FROM promotion ORDER BY id"):
            out.append([tuple(r) for r in rows(store, sql)])
        return out

    with_sources = Store.open(tmp_path / "with")
    fill_demo(with_sources, today=TODAY)
    monkeypatch.setattr(sources, "build", lambda _b, _seed: None)
    without = Store.open(tmp_path / "without")
    fill_demo(without, today=TODAY)
    try:
        assert rows(without, "SELECT count(*) AS n FROM shop_order")[0].n == 0
        assert snapshot(with_sources) == snapshot(without)
    finally:
        with_sources.close()
        without.close()
