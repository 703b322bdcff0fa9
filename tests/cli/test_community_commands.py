"""`opsdesk-cli segments`, `needs` and `feedback`: JSON shape, recompute-first, exports and exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl
import pytest
import sqlalchemy as sa

from app.cli import main
from app.store import Store


def run_cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, dict]:
    code = main([*argv, "--json"])
    out, _ = capsys.readouterr()
    return code, json.loads(out)


@pytest.fixture
def members(data_dir: Path) -> None:
    with Store.open(data_dir) as store, store.engine.begin() as conn:
        conn.execute(sa.text(
            "INSERT INTO member (nickname, platform, first_seen, last_active, active_days_30, purchases, spend) "
            "VALUES (:n, 'douyin', :f, :l, :a, :p, :s)"), [
            {"n": "铁粉", "f": "2025-01-01", "l": "2026-11-25", "a": 25, "p": 9, "s": 3000},
            {"n": "新人", "f": "2026-11-20", "l": "2026-11-25", "a": 2, "p": 0, "s": 0},
            {"n": "走了", "f": "2025-01-01", "l": "2026-04-01", "a": 0, "p": 0, "s": 0},
            {"n": "一般", "f": "2025-06-01", "l": "2026-11-10", "a": 4, "p": 1, "s": 60},
        ])


def test_segments_json_recomputes_first(capsys: pytest.CaptureFixture[str], members: None) -> None:
    code, doc = run_cli(capsys, "segments", "--today", "2026-11-26")
    assert code == 0
    assert set(doc) == {"thresholds", "segments"}
    assert doc["segments"] == {"core": 1, "potential": 1, "churned": 1, "new": 1}
    assert doc["thresholds"]["churn_days"] == 60


def test_segments_set_changes_thresholds(capsys: pytest.CaptureFixture[str], members: None) -> None:
    code, doc = run_cli(capsys, "segments", "--today", "2026-11-26", "--set", "new_days=3")
    assert code == 0 and doc["thresholds"]["new_days"] == 3
    assert doc["segments"]["new"] == 0 and sum(doc["segments"].values()) == 4
    code, doc = run_cli(capsys, "segments", "--set", "new_days=-1")
    assert code == 2 and "new_days" in doc["error"]
    code, doc = run_cli(capsys, "segments", "--set", "new_days")
    assert code == 2


def test_segments_export_and_bad_input(capsys: pytest.CaptureFixture[str], members: None, tmp_path: Path) -> None:
    out = tmp_path / "流失.xlsx"
    code, doc = run_cli(capsys, "segments", "export", "churned", str(out), "--today", "2026-11-26")
    assert code == 0 and doc["members"] == 1 and doc["segment"] == "churned"
    rows = list(openpyxl.load_workbook(out).active.iter_rows(values_only=True))
    assert rows[1][1] == "走了"
    code, doc = run_cli(capsys, "segments", "export", "vip", str(out))
    assert code == 2 and "error" in doc
    code, doc = run_cli(capsys, "segments", "--today", "26/11/2026")
    assert code == 2 and "2026-05-31" in doc["error"]


def test_segments_history(capsys: pytest.CaptureFixture[str], members: None) -> None:
    run_cli(capsys, "segments", "--today", "2026-10-15")
    run_cli(capsys, "segments", "--today", "2026-11-26")
    code, doc = run_cli(capsys, "segments", "history")
    assert code == 0 and [h["month"] for h in doc["history"]] == ["2026-10", "2026-11"]


def test_feedback_to_topic_and_needs(capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path) -> None:
    code, doc = run_cli(capsys, "feedback", "add", "想看简历修改直播", "--source", "dm", "--tag", "简历")
    assert code == 0
    feedback_id = doc["id"]
    code, doc = run_cli(capsys, "feedback", "topic", str(feedback_id))
    assert code == 0
    topic_id = doc["topic_id"]
    code, doc = run_cli(capsys, "feedback", "list")
    assert doc["feedback"][0]["topic_id"] == topic_id and doc["feedback"][0]["status"] == "planned"
    code, doc = run_cli(capsys, "needs")
    assert code == 0 and doc["needs"][0]["theme"] == "简历" and doc["needs"][0]["with_topic"] == 1
    code, doc = run_cli(capsys, "needs", "export", str(tmp_path / "needs.xlsx"))
    assert code == 0 and doc["themes"] == 1 and (tmp_path / "needs.xlsx").exists()
    code, doc = run_cli(capsys, "feedback", "topic", "999")
    assert code == 2 and "999" in doc["error"]
    code, doc = run_cli(capsys, "feedback", "add", "x", "--source", "pigeon")
    assert code == 2
