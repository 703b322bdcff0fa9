"""The monthly review on a hand-built month: every number the sheet shows, checked by hand."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from python_calamine import CalamineWorkbook

from app.cli.core import to_json
from app.i18n import UserError, untranslated
from app.report.workbooks import write_review_xlsx
from app.services.review import (
    ReviewError,
    build_review,
    default_month,
    fmt_count,
    fmt_rate,
    review_notes,
    save_notes,
)
from app.store import Store
from tests.services.review_fixture import AS_OF, MONTH, build_month

#: Run on the local SQLite store and on a PostgreSQL team store (issue 21).
pytestmark = pytest.mark.both_engines


@pytest.fixture
def review(store: Store) -> dict:
    build_month(store)
    return build_review(store, MONTH, as_of=AS_OF)


def _kpi(review: dict, platform: str | None, metric: str) -> dict:
    return next(k for k in review["kpis"] if k["platform"] == platform and k["metric"] == metric)


def test_kpis_per_platform_and_overall(review: dict) -> None:
    wechat = _kpi(review, "wechat", "followers_gained")
    assert (wechat["target"], wechat["actual"], wechat["ratio"], wechat["status"]) == (200, 248, 1.24, "achieved")
    douyin = _kpi(review, "douyin", "followers_gained")
    assert (douyin["target"], douyin["actual"], douyin["status"], douyin["achieved"]) == (500, -310, "missed", False)
    views = _kpi(review, None, "views")
    # Post 1 counts with its snapshot of 03-20 (the one of 04-15 is after the cut-off).
    assert (views["target"], views["actual"], views["ratio"], views["status"]) == (10000, 12500, 1.25, "achieved")
    posts = _kpi(review, None, "posts_published")
    assert (posts["actual"], posts["ratio"], posts["status"]) == (4, 0.8, "missed")
    summed = _kpi(review, None, "followers_gained")
    assert summed["summed"] and (summed["target"], summed["actual"]) == (700, -62)
    assert review["kpi_summary"] == {"total": 5, "achieved": 2, "missed": 3, "on_track": 0, "behind": 0, "no_data": 0}
    assert review["complete"] is True


def test_content_totals_and_averages(review: dict) -> None:
    total = review["content"]["total"]
    assert (total["posts"], total["posts_with_data"], total["views"]) == (4, 3, 12500)
    assert total["avg_views"] == 4166.7
    assert total["engagement_rate"] == pytest.approx(620 / 12500, abs=1e-6)
    assert (total["follows_gained"], total["avg_follows_gained"]) == (240, 80)
    assert (total["conversions"], total["avg_conversions"]) == (15, 5)
    assert total["conversion_rate"] == pytest.approx(0.0012)
    by_platform = {p["platform"]: p for p in review["content"]["platforms"]}
    assert list(by_platform) == ["wechat", "douyin"]
    assert (by_platform["wechat"]["posts"], by_platform["wechat"]["views"]) == (2, 2500)
    assert by_platform["wechat"]["engagement_rate"] == pytest.approx(120 / 2500)
    assert (by_platform["douyin"]["posts"], by_platform["douyin"]["posts_with_data"]) == (2, 1)
    assert by_platform["douyin"]["engagement_rate"] == pytest.approx(0.05)


def test_top_and_bottom_posts(store: Store, review: dict) -> None:
    assert [p["title"] for p in review["content"]["top"]] == ["抖音视频C", "公众号长文A", "公众号长文B"]
    assert review["content"]["bottom"] == []  # three posts with data: all are in the top five
    assert review["content"]["top"][1]["captured_on"] == dt.date(2026, 3, 20)


def test_a_live_session_is_not_ranked_among_posts(store: Store) -> None:
    """A live session's views add up over hours: it would lead every ranking (issue 16 item 13)."""
    from app.models import Post, PostMetrics

    build_month(store)
    with store.writing() as session:
        live = Post(account_id=2, title="周三直播专场", format="live", status="published",
                    published_at=dt.datetime(2026, 3, 11, 20, 0))
        session.add(live)
        session.flush()
        session.add(PostMetrics(post_id=live.id, captured_on=dt.date(2026, 3, 20), views=999_999, likes=120_000))
    content = build_review(store, MONTH, as_of=AS_OF)["content"]
    assert "周三直播专场" not in [p["title"] for p in content["top"] + content["bottom"]]
    assert [p["title"] for p in content["top"]] == ["抖音视频C", "公众号长文A", "公众号长文B"]
    assert content["live_left_out"] == 1


def test_freshness_text(review: dict) -> None:
    texts = {f["platform"]: f["text"] for f in review["freshness"]}
    assert texts["wechat"].startswith("公众号数据截至 03-25，覆盖 2/2 篇")
    assert texts["douyin"].startswith("抖音数据截至 04-05，覆盖 1/2 篇")
    assert "抖音粉丝数据截至 03-31" in texts["douyin"]


def test_users_followers_churn_and_segments(review: dict) -> None:
    users = {p["platform"]: p for p in review["users"]["platforms"]}
    w, d = users["wechat"], users["douyin"]
    assert (w["followers_start"], w["followers_end"], w["gained"], w["lost"], w["net"]) == (1000, 1248, 310, 62, 248)
    assert w["churn_rate"] == pytest.approx(0.062)
    assert (d["gained"], d["lost"], d["net"], d["followers_end"]) == (620, 930, -310, 4690)
    assert d["churn_rate"] == pytest.approx(0.186)
    total = review["users"]["total"]
    assert (total["gained"], total["lost"], total["net"]) == (930, 992, -62)
    assert total["churn_rate"] == pytest.approx(992 / 6000, abs=1e-6)
    seg = review["users"]["segments"]
    assert seg["previous_month"] == "2026-02" and seg["total"] == 45
    assert [(r["segment"], r["members"], r["change"]) for r in seg["rows"]] == [
        ("core", 12, 2), ("potential", 18, -2), ("churned", 8, 3), ("new", 7, 2)]


def test_campaigns_and_promotions(review: dict) -> None:
    [campaign] = review["campaigns"]  # the January campaign is not in March
    assert (campaign["name"], campaign["participants"], campaign["target_participants"]) == ("打卡活动", 100, 1000)
    assert campaign["participants_vs_target"] == pytest.approx(0.1)
    assert campaign["share_rate"] == pytest.approx(0.25)
    assert campaign["roi"] == pytest.approx(3.0)
    promotions = review["promotions"]
    assert promotions["total"] == {"count": 1, "spend": 1000.0, "revenue": 600.0, "follows_gained": 40,
                                   "conversions": 3, "roi": 0.6}


def test_highlights_and_shortfalls(review: dict) -> None:
    good = [h["text"] for h in review["highlights"]]
    bad = [s["text"] for s in review["shortfalls"]]
    assert "公众号「涨粉」248，超目标 24.0%" in good
    assert "《公众号长文A》转化率 0.50%，超本月平均 316.7%" in good
    assert "「打卡活动」参与率仅 10.0%（100/1,000 人）" in bad
    assert "抖音净掉粉 310 人" in bad
    assert "合计「发布篇数」4，只完成目标的 80.0%" in bad
    assert any(text.startswith("投放「Dou+ 抖音视频C」ROI 仅 0.60") for text in bad)
    assert "抖音有 1 篇内容没有数据，导入最新的导出后再看" in bad
    assert {f["rule"] for f in review["diagnosis"]} >= {"promotion_roi"}


def test_json_holds_plain_values(review: dict) -> None:
    data = json.loads(to_json(review))
    assert data["month"] == MONTH and data["as_of"] == "2026-04-10"
    assert data["content"]["top"][0]["published_at"] == "2026-03-10 18:00:00"
    assert fmt_count(data["content"]["total"]["views"]) == "12,500"
    assert fmt_rate(data["content"]["total"]["engagement_rate"]) == "5.0%"
    assert fmt_rate(data["content"]["total"]["conversion_rate"]) == "0.12%"


def test_notes_saved_and_reloaded(store: Store) -> None:
    build_month(store)
    save_notes(store, MONTH, highlights="打卡带来 100 人", problems="  ", next_changes="打卡 3 天送资料 → 打卡 1 天送资料")
    notes = review_notes(store, MONTH)
    assert notes["highlights"] == "打卡带来 100 人" and notes["problems"] is None
    save_notes(store, MONTH, problems="门槛太高")
    review = build_review(store, MONTH, as_of=AS_OF, with_diagnosis=False)
    assert review["notes"]["highlights"] == "打卡带来 100 人"
    assert review["notes"]["problems"] == "门槛太高"
    assert review["notes"]["next_changes"] == "打卡 3 天送资料 → 打卡 1 天送资料"
    assert [lesson["title"] for lesson in review["lessons"]] == ["打卡 3 天门槛太高"]
    assert review_notes(store, "2026-02")["highlights"] is None


def test_bad_month_is_refused(store: Store) -> None:
    for month in ("2026-13", "2026-3", "march"):
        with pytest.raises(UserError) as info:
            build_review(store, month)
        assert "看不懂" in str(info.value)
    with pytest.raises(ReviewError):
        save_notes(store, "2026-3", highlights="x")


def test_empty_month(store: Store) -> None:
    review = build_review(store, "2025-01", as_of=dt.date(2025, 3, 1))
    assert review["content"]["total"]["posts"] == 0 and review["content"]["total"]["views"] is None
    assert review["kpis"] == [] and review["campaigns"] == [] and review["users"]["platforms"] == []
    assert review["users"]["segments"]["month"] is None


def test_default_month_is_the_last_full_month() -> None:
    assert default_month(dt.date(2026, 1, 15)) == "2025-12"
    assert default_month(dt.date(2026, 3, 1)) == "2026-02"


def test_excel_has_one_sheet_per_section(tmp_path, review: dict) -> None:
    path = tmp_path / "review.xlsx"
    assert write_review_xlsx(review, path, translate=untranslated) == 14
    book = CalamineWorkbook.from_path(str(path))
    assert book.sheet_names == ["KPI完成", "内容数据", "最高与最低", "用户数据", "用户分层", "社群活跃度", "活动", "推广投放",
                                "店铺订单", "品牌舆情", "亮点与不足", "上月行动项回顾", "运营复盘", "经验教训"]
    content = book.get_sheet_by_name("内容数据").to_python()
    assert content[0][:4] == ["平台", "发布篇数", "有数据篇数", "阅读/播放"]
    assert content[-1][0] == "合计" and content[-1][3] == 12500
    kpis = book.get_sheet_by_name("KPI完成").to_python()
    assert ["公众号", "测试研究所", "涨粉", 200, 248, 1.24, "达成"] in [row[:7] for row in kpis]
