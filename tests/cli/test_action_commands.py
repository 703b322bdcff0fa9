"""`manual add` with a source, `actions` listed and ticked, the review's 上月行动项回顾 (JSON, text, PDF)."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
from pathlib import Path
from typing import Any

import pytest

from app.cli import main
from app.models.planning import ActionItem
from app.services.manual import lessons
from app.store import Store
from tests.services.review_fixture import MONTH, build_month

#: Run on the local SQLite store and on a PostgreSQL team store (issue 21).
pytestmark = pytest.mark.both_engines


def run_json(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, Any]:
    code = main([*argv, "--json"])
    out, _ = capsys.readouterr()
    return code, json.loads(out)


@pytest.fixture
def filled(store: Store, qapp: object) -> Store:
    build_month(store)
    with store.writing() as uow:
        for fields in ({"platform": "douyin", "text": "开头 3 秒直接上痛点", "metric": "followers_gained",
                        "baseline": 400.0, "done": True, "done_at": dt.datetime(2026, 3, 20, 9),
                        "applies_to": ["drafts"]},
                       {"platform": "wechat", "text": "长文结尾加在看引导", "metric": "engagement_rate",
                        "baseline": 0.05, "applies_to": ["drafts"]}):
            uow.insert(ActionItem(month=MONTH, review_month="2026-02", **fields))
    return store


def test_manual_add_with_a_promotion_source(filled: Store, capsys: pytest.CaptureFixture[str]) -> None:
    code, data = run_json(capsys, "manual", "add", "--title", "DOU+ 投涨粉成本过高，停", "--kind", "failure",
                          "--source", "promotion:1", "--keywords", "涨粉,投放")
    assert code == 0
    lesson = data["lesson"]
    assert (lesson["source_kind"], lesson["source_id"], lesson["tool"], lesson["platform"], lesson["month"],
            lesson["area"], lesson["kind"]) == ("promotion", 1, "dou_plus", "douyin", "2026-03", "channels", "failure")
    code, listed = run_json(capsys, "manual", "list", "--kind", "failure")
    assert code == 0 and "DOU+ 投涨粉成本过高，停" in [r["title"] for g in listed["groups"] for r in g["lessons"]]
    code, _ = run_json(capsys, "manual", "--area", "channels")
    assert code == 0


@pytest.mark.parametrize("source", ["promotion:abc", "promotion:99", "rumour:1"])
def test_manual_add_bad_source_writes_nothing(filled: Store, capsys: pytest.CaptureFixture[str], source: str) -> None:
    before = len(lessons(filled))
    code, data = run_json(capsys, "manual", "add", "--title", "标题", "--source", source)
    assert code == 2 and data["error"]
    assert len(lessons(filled)) == before


def test_actions_list_and_done(filled: Store, capsys: pytest.CaptureFixture[str]) -> None:
    code, data = run_json(capsys, "actions", "--month", MONTH)
    assert code == 0
    assert [(a["text"], a["done"]) for a in data["actions"]] == [("开头 3 秒直接上痛点", True), ("长文结尾加在看引导", False)]
    wechat = data["actions"][1]["id"]
    code, data = run_json(capsys, "actions", "done", str(wechat))
    assert code == 0 and data["action"]["done"] and data["action"]["done_at"] == "2026-11-18 10:30:00"
    code, data = run_json(capsys, "actions", "undone", str(wechat))
    assert code == 0 and not data["action"]["done"]
    code, data = run_json(capsys, "actions", "done", "999")
    assert code == 2 and data["error"]
    code, data = run_json(capsys, "actions")  # this month (the fixed clock's November): none
    assert code == 0 and (data["month"], data["actions"]) == ("2026-11", [])


def test_review_lists_the_month_action_items(filled: Store, capsys: pytest.CaptureFixture[str],
                                             tmp_path: Path) -> None:
    code, data = run_json(capsys, "review", "--month", MONTH, "--as-of", "2026-04-10")
    assert code == 0
    recap = data["action_recap"]
    assert [(r["platform"], r["done"], r["baseline"], r["after"]) for r in recap] == [
        ("douyin", True, 400.0, -310), ("wechat", False, 0.05, pytest.approx(0.0265))]
    pdf = tmp_path / "review.pdf"
    assert main(["review", "--month", MONTH, "--as-of", "2026-04-10", "--pdf", str(pdf)]) == 0
    out, _ = capsys.readouterr()
    assert "上月行动项回顾" in out and "✓ 抖音 开头 3 秒直接上痛点（涨粉 400 → -310）" in out
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "上月行动项回顾" in text and "长文结尾加在看引导" in text and "未完成" in text
