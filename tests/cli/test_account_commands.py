"""`opsdesk-cli accounts`: list, add, rename, merge (one account holds both accounts' posts),
archive and unarchive; refusals exit 2 with a plain message and change nothing."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import pytest

from app.cli import main
from app.models import Post
from app.store import Store


def run_cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, dict]:
    code = main([*argv, "--json"])
    out, _ = capsys.readouterr()
    return code, json.loads(out)


def add_posts(data_dir: Path, account_id: int, *titles: str) -> None:
    with Store.open(data_dir) as store, store.writing() as s:
        for i, title in enumerate(titles):
            s.add(Post(account_id=account_id, title=title, title_key=title,
                       published_at=dt.datetime(2026, 3, 1, 9, 0) + dt.timedelta(hours=i)))


def test_add_list_rename_archive(capsys: pytest.CaptureFixture[str], data_dir: Path) -> None:
    code, doc = run_cli(capsys, "accounts", "add", "--platform", "douyin", "--name", "肌理研究所")
    assert code == 0 and doc["account"] == {"id": 1, "platform": "douyin", "name": "肌理研究所",
                                            "is_own": True, "archived": False}
    code, doc = run_cli(capsys, "accounts", "add", "--platform", "douyin", "--name", "肌理研究所")
    assert code == 2 and "已经有一个叫「肌理研究所」" in doc["error"]
    assert run_cli(capsys, "accounts", "rename", "1", "肌理研究所官方")[1]["account"]["name"] == "肌理研究所官方"
    assert run_cli(capsys, "accounts", "rename", "7", "x")[0] == 2
    code, doc = run_cli(capsys, "accounts", "archive", "1")
    assert code == 0 and doc["account"]["archived"] is True
    assert run_cli(capsys, "accounts", "list", "--active")[1] == {"accounts": []}
    listed = run_cli(capsys, "accounts", "list")[1]["accounts"]
    assert [(a["id"], a["name"], a["archived"], a["posts"]) for a in listed] == [(1, "肌理研究所官方", True, 0)]
    assert run_cli(capsys, "accounts", "unarchive", "1")[1]["account"]["archived"] is False
    assert main(["accounts", "list"]) == 0
    assert "肌理研究所官方（自己的）  0 篇作品" in capsys.readouterr().out


def test_merge_refusals_exit_2_and_change_nothing(capsys: pytest.CaptureFixture[str], data_dir: Path) -> None:
    run_cli(capsys, "accounts", "add", "--platform", "douyin", "--name", "A")
    run_cli(capsys, "accounts", "add", "--platform", "wechat", "--name", "A")
    from app.services.competitors import add_competitor

    with Store.open(data_dir) as store:
        rival = add_competitor(store, "douyin", "同行")
    code, doc = run_cli(capsys, "accounts", "merge", "2", "1")
    assert code == 2 and "不同平台的账号不能合并" in doc["error"]
    code, doc = run_cli(capsys, "accounts", "merge", str(rival), "1")
    assert code == 2 and "对标账号" in doc["error"]
    assert len(run_cli(capsys, "accounts", "list")[1]["accounts"]) == 3


def test_merge_leaves_one_account_holding_both_accounts_posts(data_dir: Path) -> None:
    """The acceptance check of issue 16, through the installed command in its own process."""
    def cli(*argv: str) -> subprocess.CompletedProcess[str]:
        command = str(Path(sys.executable).parent / "opsdesk-cli")
        return subprocess.run([command, "--data-dir", str(data_dir), *argv, "--json"],
                              capture_output=True, text=True, timeout=120)

    assert cli("accounts", "add", "--platform", "xiaohongshu", "--name", "小研").returncode == 0
    assert cli("accounts", "add", "--platform", "xiaohongshu", "--name", "小研2").returncode == 0
    add_posts(data_dir, 1, "笔记一", "笔记二")
    add_posts(data_dir, 2, "笔记三")
    done = cli("accounts", "merge", "2", "1")
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert report["into"]["id"] == 1 and report["moved"]["post"] == 1 and report["same_work"] == []
    accounts = json.loads(cli("accounts", "list").stdout)["accounts"]
    assert [(a["id"], a["name"], a["posts"]) for a in accounts] == [(1, "小研", 3)]
