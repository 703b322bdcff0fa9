"""`opsdesk-cli` frame and store commands: options anywhere, one JSON document, exit codes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.cli import main
from app.store.schema import head_revision


def run_cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_version(capsys: pytest.CaptureFixture[str], data_dir: Path) -> None:
    code, out, _ = run_cli(capsys, "version", "--json")
    assert code == 0
    assert json.loads(out)["schema"] == head_revision()


@pytest.mark.parametrize(
    "argv",
    [
        ["--json", "--data-dir", "{d}", "check"],
        ["check", "--json", "--data-dir", "{d}"],
        ["--data-dir", "{d}", "check", "--json"],
        ["--json", "check", "--data-dir={d}", "--lang", "zh"],
    ],
)
def test_check_accepts_global_options_anywhere(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, argv: list[str]
) -> None:
    folder = tmp_path / "store"
    code, out, _ = run_cli(capsys, *[a.replace("{d}", str(folder)) for a in argv])
    report = json.loads(out)
    assert code == 0
    assert report["integrity"] == "ok"
    assert report["tables"]["post"] == 0
    assert "alembic_version" not in report["tables"]
    assert (folder / "opsdesk.db").exists()


def test_bad_arguments_exit_2_with_one_json_document(capsys: pytest.CaptureFixture[str], data_dir: Path) -> None:
    code, out, err = run_cli(capsys, "--json", "check", "--no-such-option")
    assert code == 2
    assert "error" in json.loads(out)
    assert "Traceback" not in err and err.strip()
    code, out, _ = run_cli(capsys, "no-such-command", "--json")
    assert code == 2 and "error" in json.loads(out)


def test_corrupt_store_is_answered_in_plain_words(capsys: pytest.CaptureFixture[str], data_dir: Path) -> None:
    data_dir.mkdir(parents=True)
    (data_dir / "opsdesk.db").write_bytes(b"not sqlite" * 1000)
    code, out, err = run_cli(capsys, "check", "--json")
    assert code == 2
    assert "已损坏" in json.loads(out)["error"]
    assert "Traceback" not in err


def test_backup_and_restore(capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path) -> None:
    target = tmp_path / "b.db"
    code, out, _ = run_cli(capsys, "backup", "--to", str(target), "--json")
    assert code == 0 and json.loads(out)["backup"] == str(target)
    code, out, _ = run_cli(capsys, "restore", str(target), "--json")
    assert code == 0
    assert json.loads(out)["previous_backup"]
    code, out, _ = run_cli(capsys, "--json", "restore", str(tmp_path / "missing.db"))
    assert code == 2 and "找不到" in json.loads(out)["error"]


def test_english_messages(capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path) -> None:
    code, out, _ = run_cli(capsys, "restore", str(tmp_path / "missing.db"), "--json", "--lang", "en")
    assert code == 2
    assert "backup" in json.loads(out)["error"].lower()


def test_console_script_runs_as_a_process(tmp_path: Path) -> None:
    env = dict(os.environ, OPSDESK_DATA_DIR=str(tmp_path / "p"))
    done = subprocess.run(
        [sys.executable, "-c", "from app.cli import main; main()", "check", "--json"],
        capture_output=True, text=True, env=env, check=False,
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["integrity"] == "ok"


def test_me_shows_sets_and_clears_the_name_saves_are_signed_with(
        capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from app.store.operator import operator_name

    monkeypatch.setenv("OPSDESK_CONFIG_DIR", str(tmp_path / "config"))
    code, out, _err = run_cli(capsys, "me", "--json")
    assert (code, json.loads(out)) == (0, {"name": None})
    code, out, _err = run_cli(capsys, "me", "--name", "  小美  运营 ")
    assert code == 0 and "小美 运营" in out and operator_name() == "小美 运营"
    code, out, _err = run_cli(capsys, "--lang", "en", "me")
    assert code == 0 and "小美 运营" in out and "我的名字" not in out
    code, out, _err = run_cli(capsys, "me", "--clear", "--json")
    assert (code, json.loads(out)) == (0, {"name": None}) and operator_name() is None
    code, _out, _err = run_cli(capsys, "me", "--name", "甲", "--clear")
    assert code == 2  # one or the other
