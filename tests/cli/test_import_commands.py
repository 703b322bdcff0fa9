"""`opsdesk-cli import / undo-import / imports / template`: the JSON document and the exit codes (DESIGN §5.1)."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from app.cli import main

HEADERS = ["作品名称", "发布时间", "体裁", "播放量", "完播率", "点赞量"]
KEYS = {"file", "platform", "profile", "rows", "inserted", "updated", "unchanged", "skipped", "status", "batch_id", "errors"}


def xlsx(path: Path, rows: list[list[Any]]) -> Path:
    book = openpyxl.Workbook()
    for row in rows:
        book.active.append(row)
    book.save(path)
    return path


def cli(capsys: pytest.CaptureFixture[str], data_dir: Path, *args: str) -> tuple[int, Any]:
    code = main(["--data-dir", str(data_dir), *args, "--json"])
    out = capsys.readouterr().out
    return code, json.loads(out)


def test_import_json_shape_duplicate_and_undo(tmp_path: Path, data_dir: Path, capsys) -> None:
    good = xlsx(tmp_path / "作品列表导出.xlsx", [HEADERS, ["一", "2026-07-26 03:33:18", "视频", "1,234", "0.35", "12"],
                                                  ["二", "2026-07-27 10:00:00", "图文", "10w+", "-", "3"]])
    code, doc = cli(capsys, data_dir, "import", str(good), "--as-of", "2026-07-28")
    assert code == 0
    entry = doc["files"][0]
    assert set(entry) >= KEYS
    assert (entry["status"], entry["platform"], entry["profile"], entry["rows"], entry["inserted"]) == (
        "imported", "douyin", "douyin_works", 2, 2)
    assert entry["captured_on"] == "2026-07-28" and entry["errors"] == []
    code, doc = cli(capsys, data_dir, "import", str(good))
    assert code == 0 and doc["files"][0]["status"] == "duplicate"
    code, doc = cli(capsys, data_dir, "imports")
    assert code == 0 and [b["status"] for b in doc["batches"]] == ["imported"]
    code, doc = cli(capsys, data_dir, "undo-import", str(entry["batch_id"]))
    assert code == 0 and doc["status"] == "undone" and doc["deleted"] == 5  # account, 2 posts, 2 snapshots
    code, doc = cli(capsys, data_dir, "undo-import", str(entry["batch_id"]))
    assert code == 2 and "error" in doc


def test_bad_rows_exit_1_and_skip(tmp_path: Path, data_dir: Path, capsys) -> None:
    bad = xlsx(tmp_path / "bad.xlsx", [HEADERS, ["一", "2026-07-26 03:33:18", "视频", "很多", "0.35", "12"],
                                        ["二", "2026-07-27 10:00:00", "视频", "5", "0.1", "3"]])
    code, doc = cli(capsys, data_dir, "import", str(bad))
    entry = doc["files"][0]
    assert code == 1 and entry["status"] == "refused" and entry["batch_id"] is None
    assert entry["errors"] == [{"row": 2, "column": "播放量", "value": "很多", "message": "不是数字"}]
    code, doc = cli(capsys, data_dir, "import", str(bad), "--dry-run")
    assert code == 1 and doc["files"][0]["status"] == "dry_run" and doc["files"][0]["inserted"] == 1
    code, doc = cli(capsys, data_dir, "import", str(bad), "--skip-bad-rows")
    entry = doc["files"][0]
    assert code == 1 and (entry["status"], entry["inserted"], entry["skipped"]) == ("imported", 1, 1)


def test_unusable_files_and_arguments_exit_2(tmp_path: Path, data_dir: Path, capsys) -> None:
    junk = tmp_path / "junk.xls"
    junk.write_bytes(b"%PDF-1.4 not a sheet")
    good = xlsx(tmp_path / "ok.xlsx", [HEADERS, ["一", "2026-07-26 03:33:18", "视频", "1", "0.1", "1"]])
    code, doc = cli(capsys, data_dir, "import", str(good), str(junk))
    assert code == 2
    assert [f["status"] for f in doc["files"]] == ["imported", "refused"]
    assert "不是表格文件" in doc["files"][1]["message"]
    code, doc = cli(capsys, data_dir, "import", str(good), "--as-of", "2026/13/01")
    assert code == 2 and "YYYY-MM-DD" in doc["error"]
    code, doc = cli(capsys, data_dir, "import", str(good), "--platform", "火星")
    assert code == 2 and "不认识的平台" in doc["error"]


def test_several_own_accounts_need_a_choice(tmp_path: Path, data_dir: Path, capsys) -> None:
    from app.models import Account
    from app.store import Store

    with Store.open(data_dir) as store, store.writing() as session:
        session.add(Account(platform="douyin", name="主号"))
        session.add(Account(platform="douyin", name="小号"))
    path = xlsx(tmp_path / "a.xlsx", [HEADERS, ["一", "2026-07-26 03:33:18", "视频", "1", "0.1", "1"]])
    code, doc = cli(capsys, data_dir, "import", str(path))
    assert code == 2 and "主号" in doc["files"][0]["message"] and "小号" in doc["files"][0]["message"]
    code, doc = cli(capsys, data_dir, "import", str(path), "--account", "小号")
    assert code == 0 and doc["files"][0]["account"] == "小号"


@pytest.mark.parametrize("kind", ["members", "topics", "goals", "campaign_daily", "promotions", "comments", "conversions"])
def test_template_command_writes_an_importable_template(tmp_path: Path, data_dir: Path, capsys, kind: str) -> None:
    out = tmp_path / f"{kind}.xlsx"
    code, doc = cli(capsys, data_dir, "template", kind, str(out))
    assert code == 0 and Path(doc["file"]) == out and out.exists()
    code, doc = cli(capsys, data_dir, "import", str(out))
    assert code == 0 and doc["files"][0]["profile"] == kind and doc["files"][0]["inserted"] == 1


def test_two_works_a_minute_apart_are_two_new_posts_in_the_json(tmp_path: Path, data_dir: Path, capsys) -> None:
    path = xlsx(tmp_path / "甲乙.xlsx", [HEADERS, ["作品甲", "2026-07-01 18:00:00", "视频", "100", "0.3", "1"],
                                          ["作品乙", "2026-07-01 18:01:00", "视频", "200", "0.3", "2"]])
    code, doc = cli(capsys, data_dir, "import", str(path), "--as-of", "2026-07-02", "--dry-run")
    assert code == 0 and (doc["files"][0]["inserted"], doc["files"][0]["updated"]) == (2, 0)
    code, doc = cli(capsys, data_dir, "import", str(path), "--as-of", "2026-07-02")
    assert code == 0 and (doc["files"][0]["inserted"], doc["files"][0]["updated"]) == (2, 0)
    week2 = xlsx(tmp_path / "甲乙2.xlsx", [HEADERS, ["作品乙", "2026-07-01 18:01:00", "视频", "260", "0.3", "2"],
                                            ["作品甲", "2026-07-01 18:00:00", "视频", "150", "0.3", "1"]])
    code, doc = cli(capsys, data_dir, "import", str(week2), "--as-of", "2026-07-09")
    assert code == 0 and (doc["files"][0]["inserted"], doc["files"][0]["updated"]) == (0, 2)
    with sqlite3.connect(data_dir / "opsdesk.db") as conn:
        rows = conn.execute("SELECT p.title, m.captured_on, m.views FROM post p JOIN post_metrics m ON m.post_id = p.id "
                            "ORDER BY p.title, m.captured_on").fetchall()
    assert rows == [("作品乙", "2026-07-02", 200), ("作品乙", "2026-07-09", 260),
                    ("作品甲", "2026-07-02", 100), ("作品甲", "2026-07-09", 150)]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX only")
def test_a_fifo_and_a_negative_count_are_refused_plainly(tmp_path: Path) -> None:
    """The real process: a pipe named .csv is refused at once (no hang), a negative count is a bad row."""
    fifo = tmp_path / "pipe.csv"
    os.mkfifo(fifo)
    bad = xlsx(tmp_path / "neg.xlsx", [HEADERS, ["负播放", "2026-07-02 10:00:00", "视频", "-5", "0.1", "3"]])
    argv = ["--data-dir", str(tmp_path / "data"), "--json", "import", str(fifo), str(bad)]
    run = subprocess.run([sys.executable, "-c", f"from app.cli import main; raise SystemExit(main({argv!r}))"],
                         capture_output=True, text=True, timeout=60, encoding="utf-8")
    assert run.returncode == 2 and "Traceback" not in run.stderr, run.stderr
    pipe, neg = json.loads(run.stdout)["files"]
    assert pipe["status"] == "refused" and "不是普通文件" in pipe["message"]
    assert neg["status"] == "refused" and neg["errors"] == [
        {"row": 2, "column": "播放量", "value": "-5", "message": "不能是负数"}]


def test_a_written_draft_is_linked_and_said_so(tmp_path: Path, data_dir: Path, capsys) -> None:
    """An unscheduled draft written in OpsDesk becomes the published post (no double), and the CLI says so."""
    from app.models import Account, Post, PostStatus
    from app.store import Store

    store = Store.open(data_dir)
    try:
        with store.writing() as session:
            account = Account(platform="douyin", name="我的抖音")
            session.add(account)
            session.flush()
            session.add(Post(account_id=account.id, title="秋季穿搭", title_key="秋季穿搭", status=PostStatus.drafting))
    finally:
        store.close()
    path = xlsx(tmp_path / "作品.xlsx", [HEADERS, ["秋季穿搭 #穿搭", "2026-09-01 08:00:00", "视频", "50", "0.3", "1"]])
    code = main(["--data-dir", str(data_dir), "import", str(path), "--as-of", "2026-09-02"])
    out = capsys.readouterr().out
    assert code == 0 and "其中 1 条对应到 OpsDesk 里的草稿" in out
    with sqlite3.connect(data_dir / "opsdesk.db") as conn:
        assert conn.execute("SELECT title, status, substr(published_at, 1, 16) FROM post").fetchall() == [
            ("秋季穿搭 #穿搭", "published", "2026-09-01 08:00")]
