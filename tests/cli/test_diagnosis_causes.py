"""Issue 19 acceptance, through the real import and the real CLI: a 抖音 works export of 20 posts in
one month (the layout of PLATFORM_EXPORTS.md §2a: header on row 0, numbers as text, rates as
fractions) where one post loses viewers in its first seconds and another holds the opening but not
the end → `diagnose --json` names slow_opening and off_topic against the account's medians; an
export without the 2s/5s columns gives unknown with `missing` naming them. Margins, the 平时
baseline and `promotions candidates` are tried the same way."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from app.cli import main
from app.models import (
    Account,
    Collaboration,
    Post,
    PostFormat,
    PostMetrics,
    PostStatus,
    Promotion,
    PromotionObjective,
    PromotionTool,
)
from app.services.diagnosis import CAUSE_LABELS, CONFIDENCE_LABELS
from app.store import Store

#: Run on the local SQLite store and on a PostgreSQL team store: diagnosis keeps to dialect-neutral SQL.
pytestmark = pytest.mark.both_engines

HEADERS = ["作品名称", "发布时间", "体裁", "审核状态", "播放量", "完播率", "5s完播率", "封面点击率", "2s跳出率",
           "平均播放时长", "点赞量", "分享量", "评论量", "收藏量", "主页访问量", "粉丝增量"]
NORMAL = {"体裁": "1-3min视频", "审核状态": "公开", "播放量": "1000", "完播率": "0.300000", "5s完播率": "0.500000",
          "封面点击率": "-", "2s跳出率": "0.300000", "平均播放时长": "12.5", "点赞量": "50", "分享量": "10",
          "评论量": "10", "收藏量": "10", "主页访问量": "20", "粉丝增量": "5"}


def export(path: Path, month: int, odd: dict[int, dict[str, str]], headers: list[str] = HEADERS) -> Path:
    """20 works published on days 1–20 of `month` 2026; `odd` overrides the numbers of some of them."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(headers)
    for day in range(1, 21):
        row = {**NORMAL, "作品名称": f"作品{day} 日常分享\n#护肤 #干货", "发布时间": f"2026-{month:02d}-{day:02d} 20:00:00",
               **odd.get(day, {})}
        sheet.append([row[h] for h in headers])
    book.save(path)
    return path


def run_json(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, Any]:
    code = main([*argv, "--json"])
    out, _ = capsys.readouterr()
    return code, json.loads(out)


def post_findings(data: dict[str, Any], rule: str) -> dict[str, dict[str, Any]]:
    return {f["subject"]["title"].split()[0]: f for f in data["findings"]
            if f["rule"] == rule and f["subject"]["kind"] == "post"}


def test_opening_or_topic_is_named_from_an_imported_douyin_export(
        capsys: pytest.CaptureFixture[str], store: Store, tmp_path: Path) -> None:
    path = export(tmp_path / "作品列表导出.xlsx", 9, {
        5: {"完播率": "0.080000", "5s完播率": "0.250000", "2s跳出率": "0.620000"},   # gone in the first seconds
        9: {"完播率": "0.090000", "5s完播率": "0.520000", "2s跳出率": "0.280000"},   # held, then left
    })
    code, result = run_json(capsys, "import", str(path), "--as-of", "2026-10-20")
    assert code == 0 and result["files"][0]["inserted"] == 20
    code, data = run_json(capsys, "diagnose", "--month", "2026-09")
    assert code == 0
    low = post_findings(data, "low_completion")
    assert set(low) == {"作品5", "作品9"}
    slow, topic = low["作品5"], low["作品9"]
    assert (slow["cause"], slow["confidence"], slow["missing"]) == ("slow_opening", "high", [])
    assert (topic["cause"], topic["confidence"], topic["missing"]) == ("off_topic", "high", [])
    assert slow["evidence"]["bounce_2s"] == 0.62 and slow["evidence"]["bounce_2s_median"] == 0.3
    assert slow["evidence"]["completion_5s_median"] == 0.5 and slow["evidence"]["completion_rate_median"] == 0.3
    assert topic["evidence"]["completion_5s"] == 0.52 and topic["evidence"]["format"] == "video"
    assert "开头" in slow["suggestion"] and "选题" in topic["suggestion"]
    assert slow["suggestion"].split("。", 1)[1] != topic["suggestion"].split("。", 1)[1]
    for finding in data["findings"]:
        assert finding["cause"] in CAUSE_LABELS and finding["confidence"] in CONFIDENCE_LABELS
    assert main(["diagnose", "--month", "2026-09"]) == 0
    assert "完播率低（开头太慢，把握大）" in capsys.readouterr().out


def test_an_export_without_2s_and_5s_columns_gives_unknown_and_names_them(
        capsys: pytest.CaptureFixture[str], store: Store, tmp_path: Path) -> None:
    headers = [h for h in HEADERS if h not in {"5s完播率", "2s跳出率"}]
    path = export(tmp_path / "作品列表导出.xlsx", 8, {7: {"完播率": "0.080000"}}, headers)
    assert run_json(capsys, "import", str(path), "--as-of", "2026-09-20")[0] == 0
    code, data = run_json(capsys, "diagnose", "--month", "2026-08")
    assert code == 0
    [finding] = post_findings(data, "low_completion").values()
    assert finding["subject"]["title"].startswith("作品7")
    assert (finding["cause"], finding["missing"]) == ("unknown", ["bounce_2s", "completion_5s"])
    assert "2秒跳出率" in finding["suggestion"] and "5秒完播率" in finding["suggestion"]


def test_a_live_session_is_compared_only_with_live_sessions(store: Store, capsys: pytest.CaptureFixture[str]) -> None:
    with store.writing() as s:
        account = Account(platform="douyin", name="抖音号")
        s.add(account)
        s.flush()
        for i in range(6):
            for fmt, rate in ((PostFormat.video, 0.3), (PostFormat.live, 0.05)):
                post = Post(account_id=account.id, title=f"{fmt}{i}", format=fmt, status=PostStatus.published,
                            published_at=dt.datetime(2026, 5, 2 + i, 20))
                s.add(post)
                s.flush()
                s.add(PostMetrics(post_id=post.id, captured_on=dt.date(2026, 5, 9 + i), views=1000,
                                  completion_rate=rate))
    code, data = run_json(capsys, "diagnose", "--month", "2026-05")
    assert code == 0 and not post_findings(data, "low_completion")


def test_high_views_low_conversion_tells_the_link_from_the_landing_page(
        store: Store, capsys: pytest.CaptureFixture[str]) -> None:
    with store.writing() as s:
        account = Account(platform="douyin", name="抖音号")
        s.add(account)
        s.flush()
        shapes = {"link": (5000, 5, 10, 20), "landing": (5000, 5, 500, 1000)}   # views, conversions, clicks, profile
        for i in range(8):
            views, conversions, clicks, visits = shapes.get(("link", "landing")[i] if i < 2 else "", (1000, 10, 100, 200))
            post = Post(account_id=account.id, title=("link", "landing")[i] if i < 2 else f"p{i}",
                        format=PostFormat.video, status=PostStatus.published,
                        published_at=dt.datetime(2026, 5, 2 + i, 20))
            s.add(post)
            s.flush()
            s.add(PostMetrics(post_id=post.id, captured_on=dt.date(2026, 5, 9 + i), views=views,
                              conversions=conversions, product_clicks=clicks, profile_visits=visits))
    code, data = run_json(capsys, "diagnose", "--month", "2026-05")
    found = post_findings(data, "high_views_low_conversion")
    assert (found["link"]["cause"], found["link"]["confidence"]) == ("weak_product_link", "high")
    assert (found["landing"]["cause"], found["landing"]["confidence"]) == ("landing_page", "high")
    assert found["link"]["evidence"]["click_rate"] == 0.002 and found["link"]["evidence"]["click_rate_median"] == 0.1
    assert "商品卡" in found["link"]["suggestion"] and "落地页" in found["landing"]["suggestion"]


def test_margin_decides_the_stop_flag(store: Store, capsys: pytest.CaptureFixture[str]) -> None:
    with store.writing() as s:
        s.add(Promotion(name="Dou+ 成交", objective=PromotionObjective.conversion, spend=1000.0, revenue=1800.0,
                        start_at=dt.datetime(2026, 5, 3, 10)))
    code, data = run_json(capsys, "promotions")
    [row] = data["promotions"]
    assert code == 0 and (row["roi"], row["break_even_roi"], row["flag"]) == (1.8, 1.0, False)
    store.set_setting("promotions.thresholds", {"gross_margin": 0.4})
    [row] = run_json(capsys, "promotions")[1]["promotions"]
    assert (row["break_even_roi"], row["flag"], row["flag_reason"]) == (2.5, True, "below_break_even")
    assert main(["promotions"]) == 0
    assert "⚠ Dou+ 成交  花费 1000.00  ROI 1.80 (保本 2.50)" in capsys.readouterr().out
    code, data = run_json(capsys, "diagnose", "--month", "2026-05")
    [finding] = [f for f in data["findings"] if f["rule"] == "promotion_roi"]
    assert (finding["cause"], finding["evidence"]["break_even_roi"]) == ("below_break_even", 2.5)


def test_follower_boosts_are_compared_with_the_same_account_and_tool(
        store: Store, capsys: pytest.CaptureFixture[str]) -> None:
    with store.writing() as s:
        account = Account(platform="douyin", name="抖音号")
        s.add(account)
        s.flush()
        for name, tool, spend in (("a", PromotionTool.dou_plus, 100.0), ("b", PromotionTool.dou_plus, 400.0),
                                  ("c", PromotionTool.other, 400.0)):
            s.add(Promotion(name=name, account_id=account.id, tool=tool, objective=PromotionObjective.followers,
                            spend=spend, follows_gained=50))
    rows = {r["name"]: r for r in run_json(capsys, "promotions")[1]["promotions"]}
    assert rows["b"]["flag"] and rows["b"]["baseline"] == "same_account_tool"
    assert "同账号、同工具" in rows["b"]["stop_suggestion"]
    assert not rows["c"]["flag"] and rows["c"]["baseline"] == "none" and "无平时数据" in rows["c"]["baseline_text"]


def test_a_free_collaboration_shows_no_cost_per_follower(store: Store, capsys: pytest.CaptureFixture[str]) -> None:
    with store.writing() as s:
        s.add(Collaboration(partner="互推号", day=dt.date(2026, 5, 1), cost=0.0, new_followers=300))
    [row] = run_json(capsys, "collaborations")[1]["collaborations"]
    assert row["new_followers"] == 300 and row["cost_per_follower"] is None


def boosted_xiaohongshu(store: Store, *, spend: float, conversions: int, revenue: float) -> None:
    """A 小红书 account of eight image posts, the last one well above the others, and one past 薯条
    boost with these figures (its audience is what a candidate's suggestion borrows)."""
    with store.writing() as s:
        account = Account(platform="xiaohongshu", name="小红书号")
        s.add(account)
        s.flush()
        for i in range(8):
            strong = i == 7
            post = Post(account_id=account.id, title="爆款笔记" if strong else f"笔记{i}", format=PostFormat.image,
                        status=PostStatus.published, published_at=dt.datetime(2026, 11, 1 + 2 * i, 20))
            s.add(post)
            s.flush()
            s.add(PostMetrics(post_id=post.id, captured_on=dt.date(2026, 11, 3 + 2 * i), views=1000,
                              likes=80 if strong else 40, comments=20 if strong else 8, shares=10, saves=30,
                              follows_gained=15 if strong else 5))
        s.add(Promotion(name="旧薯条", account_id=account.id, tool=PromotionTool.shutiao,
                        objective=PromotionObjective.conversion, spend=spend, conversions=conversions,
                        revenue=revenue, audience_age="18-30", audience_gender="女",
                        start_at=dt.datetime(2026, 10, 1)))


def test_promotion_candidates_beat_the_account_medians(
        store: Store, capsys: pytest.CaptureFixture[str]) -> None:
    boosted_xiaohongshu(store, spend=200.0, conversions=4, revenue=600.0)
    code, data = run_json(capsys, "promotions", "candidates", "--today", "2026-11-18")
    assert code == 0
    [candidate] = data["candidates"]
    assert candidate["title"] == "爆款笔记"
    assert (candidate["tool"], candidate["tool_label"], candidate["budget"]) == ("shutiao", "薯条", 200.0)
    assert candidate["audience"] == "18-30 女" and candidate["past_cpa"] == 50.0
    assert set(candidate["figures"]) == {"engagement_rate", "follow_rate"}
    assert candidate["figures"]["follow_rate"] == 0.015 and candidate["medians"]["follow_rate"] == 0.005
    assert "涨粉率" in candidate["why"] and "单次转化成本 ¥50.00" in candidate["why"]
