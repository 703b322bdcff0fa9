"""`opsdesk-cli diagnose` and `promotions`: one JSON document of the documented shape, and exit codes."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import pytest

from app.cli import main
from app.models import Account, Post, PostMetrics, PostStatus, Promotion, PromotionObjective
from app.store import Store

#: Run on the local SQLite store and on a PostgreSQL team store (issue 21).
pytestmark = pytest.mark.both_engines


def run_json(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, Any]:
    code = main([*argv, "--json"])
    out, _ = capsys.readouterr()
    return code, json.loads(out)


def fill(store: Store) -> dict[str, int]:
    with store.writing() as s:
        account = Account(platform="douyin", name="抖音号")
        s.add(account)
        s.flush()
        ids = {}
        for i in range(6):
            post = Post(account_id=account.id, title=f"视频{i}", status=PostStatus.published,
                        published_at=dt.datetime(2026, 5, 2 + i, 20))
            s.add(post)
            s.flush()
            ids[f"post{i}"] = post.id
            s.add(PostMetrics(post_id=post.id, captured_on=dt.date(2026, 5, 9 + i), views=1000, likes=50,
                              comments=5, shares=5, saves=5 if i else 0, completion_rate=0.4 if i else 0.1))
        promo = Promotion(name="Dou+ 加热", post_id=ids["post1"], objective=PromotionObjective.conversion,
                          start_at=dt.datetime(2026, 5, 3, 10), hours=24, budget=500.0, spend=300.456,
                          impressions=20000, clicks=0, conversions=3, revenue=120.0)
        s.add(promo)
        s.flush()
        ids["promo"] = promo.id
    return ids


def test_diagnose_json(capsys: pytest.CaptureFixture[str], store: Store) -> None:
    ids = fill(store)
    code, data = run_json(capsys, "diagnose", "--month", "2026-05")
    assert code == 0
    assert data["month"] == "2026-05"
    for finding in data["findings"]:
        assert set(finding) == {"rule", "severity", "subject", "evidence", "suggestion", "cause", "confidence",
                                "missing"}
        assert set(finding["subject"]) == {"kind", "id", "title", "platform"}
    completion = [f for f in data["findings"] if f["rule"] == "low_completion" and f["severity"] == "warning"]
    assert [f["subject"] for f in completion] == [
        {"kind": "post", "id": ids["post0"], "title": "视频0", "platform": "douyin"}]
    assert completion[0]["evidence"]["completion_rate"] == 0.1
    assert completion[0]["evidence"]["snapshot_on"] == "2026-05-09"
    roi = [f for f in data["findings"] if f["rule"] == "promotion_roi"]
    assert [(f["severity"], f["subject"]["id"]) for f in roi] == [("critical", ids["promo"])]
    assert any("无转化数据" in f["suggestion"] for f in data["findings"])


def test_diagnose_defaults_to_the_latest_month_with_posts(capsys: pytest.CaptureFixture[str], store: Store) -> None:
    fill(store)
    code, data = run_json(capsys, "diagnose")
    assert code == 0 and data["month"] == "2026-05"


def test_diagnose_bad_month(capsys: pytest.CaptureFixture[str], store: Store) -> None:
    code, data = run_json(capsys, "diagnose", "--month", "2026-5x")
    assert code == 2 and "2026-5x" in data["error"]


def test_diagnose_text(capsys: pytest.CaptureFixture[str], store: Store) -> None:
    fill(store)
    assert main(["diagnose", "--month", "2026-05"]) == 0
    out, _ = capsys.readouterr()
    assert out.startswith("2026-05 诊断：") and "[紧急] 投放亏损" in out


def test_promotions_json(capsys: pytest.CaptureFixture[str], store: Store) -> None:
    ids = fill(store)
    code, data = run_json(capsys, "promotions")
    assert code == 0
    [row] = data["promotions"]
    assert row["id"] == ids["promo"] and row["post_title"] == "视频1" and row["platform"] == "douyin"
    assert row["start_at"] == "2026-05-03 10:00:00" and row["objective"] == "conversion"
    assert (row["spend"], row["revenue"], row["budget"]) == (300.46, 120.0, 500.0)
    assert row["ctr"] == 0.0 and row["cvr"] is None
    assert row["cpa"] == 100.15
    assert row["roi"] == pytest.approx(0.3994, abs=1e-4)
    assert row["cost_per_follower"] is None
    assert row["flag"] is True and "停投" in row["stop_suggestion"]


def test_promotions_empty(capsys: pytest.CaptureFixture[str], store: Store) -> None:
    assert run_json(capsys, "promotions") == (0, {"promotions": []})
