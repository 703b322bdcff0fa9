"""Action items: reminders where they apply, ticked done, recapped with the metric before and after."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from app.cli import main
from app.models.planning import ActionItem
from app.services.actions import ActionError, action_items, open_actions, recap, set_done
from app.store import Store
from tests.services.review_fixture import MONTH, build_month

#: Run on the local SQLite store and on a PostgreSQL team store (issue 21).
pytestmark = pytest.mark.both_engines


def _item(store: Store, **fields: object) -> int:
    with store.writing() as uow:
        return uow.insert(ActionItem(**{"month": MONTH, "review_month": "2026-02", "text": "开头 3 秒直接上痛点",
                                        **fields}))


@pytest.fixture
def month(store: Store) -> Store:
    build_month(store)
    return store


def test_open_actions_show_where_they_apply_for_that_platform(month: Store) -> None:
    douyin = _item(month, platform="douyin", applies_to=["drafts"])
    everywhere = _item(month, platform=None, text="每条都写互动引导", applies_to=["drafts", "calendar"])
    _item(month, platform="wechat", text="公众号加商品卡片", applies_to=["drafts"])
    _item(month, platform="douyin", text="DOU+ 只投转化", applies_to=["promotions"])
    _item(month, month="2026-04", platform="douyin", text="下个月的事", applies_to=["drafts"])
    today = dt.date(2026, 3, 15)
    assert [r["id"] for r in open_actions(month, "drafts", "douyin", today=today)] == [douyin, everywhere]
    assert [r["text"] for r in open_actions(month, "promotions", "douyin", today=today)] == ["DOU+ 只投转化"]
    assert [r["id"] for r in open_actions(month, "calendar", today=today)] == [everywhere]
    set_done(month, douyin)
    assert [r["id"] for r in open_actions(month, "drafts", "douyin", today=today)] == [everywhere]


def test_set_done_and_undone(month: Store) -> None:
    item = _item(month, platform="douyin")
    row = set_done(month, item)
    assert row["done"] and row["done_at"] == dt.datetime(2026, 11, 18, 10, 30)
    assert not set_done(month, item, False)["done"]
    assert action_items(month, MONTH)[0]["done_at"] is None
    with pytest.raises(ActionError):
        set_done(month, 999)


def test_recap_gives_the_metric_before_and_after(month: Store) -> None:
    _item(month, platform="douyin", metric="followers_gained", baseline=400, done=True,
          done_at=dt.datetime(2026, 3, 20, 9))
    _item(month, platform="wechat", text="长文加在看引导", metric="engagement_rate", baseline=0.05)
    rows = recap(month, MONTH)
    douyin, wechat = rows
    # 抖音 net −10 a day over March (account_daily: +20 −30), as the goals count followers gained.
    assert (douyin["done"], douyin["baseline"], douyin["after"], douyin["change"]) == (True, 400, -310, -710)
    assert douyin["metric_label"] == "涨粉"
    # 公众号's two March posts at the snapshot nearest 7 days old: A 13/1000 (day 1), B 20/500: median.
    assert wechat["after"] == pytest.approx((13 / 1000 + 20 / 500) / 2)
    assert wechat["change"] == pytest.approx(wechat["after"] - 0.05)
    assert (wechat["done"], wechat["metric_kind"], wechat["metric_label"]) == (False, "rate", "互动率中位数")
    assert recap(month, "2026-04") == []


def test_a_review_printed_for_a_past_date_recaps_what_was_known_then(month: Store, data_dir: Path,
                                                                      capsys: pytest.CaptureFixture[str]) -> None:
    _item(month, platform="wechat", text="长文加在看引导", metric="engagement_rate", baseline=0.05)

    def after(*as_of: str) -> float:
        assert main(["review", "--month", MONTH, *as_of, "--json"]) == 0  # the store the environment names
        (item,) = json.loads(capsys.readouterr().out)["action_recap"]
        return item["after"]

    # On 03-22 only 公众号长文A (13 interactions / 1,000 views at a week old) had numbers; B's first came 03-25.
    assert after("--as-of", "2026-03-22") == pytest.approx(13 / 1000)
    assert after() == pytest.approx((13 / 1000 + 20 / 500) / 2)
    assert recap(month, MONTH, as_of=dt.date(2026, 3, 22))[0]["after"] == pytest.approx(13 / 1000)
