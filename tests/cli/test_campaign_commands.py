"""`opsdesk-cli campaigns` (and new/review/templates/guide), `collaborations`, `competitors`:
one JSON document of the documented shape, numbers to the cent, exit codes."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import pytest

from app.cli import main
from app.services import campaigns as svc
from app.services import collaborations, competitors
from app.store import Store

#: Run on the local SQLite store and on a PostgreSQL team store (issue 21).
pytestmark = pytest.mark.both_engines

START = dt.date(2026, 12, 1)


def run_json(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, Any]:
    code = main([*argv, "--json"])
    out, _ = capsys.readouterr()
    return code, json.loads(out)


def fill(store: Store) -> int:
    campaign_id = svc.create_campaign(store, name="邀请 3 位好友领资料包", type="referral", start_day=START,
                                      end_day=START + dt.timedelta(days=9), target_participants=1000,
                                      target_followers=2000, budget=1500.0, tasks=[
                                          {"title": "海报", "owner": "小周", "due_date": START - dt.timedelta(days=7)}])
    svc.save_daily_numbers(store, campaign_id, [
        {"day": START, "participants": 100, "shares": 37, "new_followers": 90, "conversions": 3, "cost": 120.555,
         "revenue": 297.0},
        {"day": START + dt.timedelta(days=1), "participants": 50, "shares": 13, "new_followers": 40,
         "conversions": 1, "cost": 79.445, "revenue": 99.0},
    ])
    return campaign_id


def test_campaigns_json(store: Store, capsys: pytest.CaptureFixture[str]) -> None:
    campaign_id = fill(store)
    store.close()
    code, data = run_json(capsys, "campaigns", "--today", "2026-12-04")
    assert code == 0
    (row,) = data["campaigns"]
    assert row["id"] == campaign_id and row["start_day"] == "2026-12-01" and row["warmup_start"] == "2026-11-28"
    assert row["targets"]["participants"] == 1000 and row["targets"]["budget"] == 1500.0
    assert row["results"]["participants"] == 150 and row["results"]["shares"] == 50
    assert row["results"]["cost"] == 200.01  # 120.56 + 79.45 (each day stored to the cent)
    assert row["ratios"]["share_rate"] == 0.333333
    assert row["ratios"]["participants_vs_target"] == 0.15
    assert row["roi"] == round(396.0 / 200.01, 4) == 1.9799
    assert row["status_by_date"] == "live"
    # Three days gone of ten: expected 300, actual 150 → the hint to simplify the rules.
    assert row["pace"]["below_plan"] is True and row["pace"]["expected"] == 300
    assert [t["title"] for t in row["overdue_tasks"]] == ["海报"]


def test_campaigns_human_text_and_bad_arguments(store: Store, capsys: pytest.CaptureFixture[str]) -> None:
    fill(store)
    store.close()
    assert main(["campaigns", "--today", "2026-12-04"]) == 0
    out, _ = capsys.readouterr()
    assert "邀请 3 位好友领资料包" in out and "简化规则" in out and "ROI 1.98" in out
    code, data = run_json(capsys, "campaigns", "--id", "99")
    assert code == 2 and "99" in data["error"]
    code, data = run_json(capsys, "campaigns", "--today", "2026-13-01")
    assert code == 2 and "error" in data


def test_new_from_template_then_review(store: Store, capsys: pytest.CaptureFixture[str]) -> None:
    store.close()
    code, data = run_json(capsys, "campaigns", "templates")
    assert code == 0 and {t["key"] for t in data["templates"]} >= {"referral", "checkin", "lottery", "live"}
    code, data = run_json(capsys, "campaigns", "new", "checkin", "--start", "2026-12-10")
    assert code == 0
    created = data["campaign"]
    assert created["type"] == "checkin" and created["end_day"] == "2026-12-16"
    assert created["warmup_start"] == "2026-12-07" and created["targets"]["participants"] == 300
    code, data = run_json(capsys, "campaigns", "new", "nope", "--start", "2026-12-10")
    assert code == 2
    code, data = run_json(capsys, "campaigns", "review", str(created["id"]))
    assert code == 0 and data["review"]["lines"][0]["metric"] == "participants"
    assert data["review"]["lines"][0]["target"] == 300 and data["review"]["lines"][0]["actual"] is None
    code, data = run_json(capsys, "campaigns", "review", "999")
    assert code == 2


def test_guide_collaborations_competitors(store: Store, capsys: pytest.CaptureFixture[str]) -> None:
    campaign_id = fill(store)
    svc.save_postmortem(store, campaign_id, "奖品吸引力不够", None, [{"kind": "failure", "title": "奖品要实物"}])
    collaborations.save_collaboration(store, partner="皮肤科陈医生", kind="cross_promotion", cost=900.0,
                                      new_followers=860)
    competitors.add_competitor(store, "douyin", "同行A", update_frequency="日更")
    store.close()
    code, data = run_json(capsys, "campaigns", "guide")
    assert code == 0 and [r["title"] for r in data["avoid"]] == ["奖品要实物"]
    code, data = run_json(capsys, "collaborations")
    assert code == 0 and data["collaborations"][0]["cost_per_follower"] == 1.05
    code, data = run_json(capsys, "competitors")
    assert code == 0 and data["competitors"][0]["name"] == "同行A" and data["competitors"][0]["followers"] is None
    code, data = run_json(capsys, "competitors", "--side-by-side", "--platform", "抖音")
    assert code == 0 and [r["name"] for r in data["accounts"]] == ["同行A"]
    code, data = run_json(capsys, "competitors", "--platform", "火星")
    assert code == 2
