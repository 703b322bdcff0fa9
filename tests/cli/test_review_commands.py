"""`opsdesk-cli review` and `manual`: one JSON document with every number, PDF and Excel files, exit codes."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path
from typing import Any

import pytest

from app.cli import main
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
    """The hand-built month; `qapp` first, so `--pdf` reuses a QApplication instead of making its own."""
    build_month(store)
    return store


def test_review_json_holds_every_section(filled: Store, capsys: pytest.CaptureFixture[str]) -> None:
    code, data = run_json(capsys, "review", "--month", MONTH, "--as-of", "2026-04-10")
    assert code == 0
    assert set(data) >= {"month", "freshness", "kpis", "content", "users", "campaigns", "promotions", "highlights",
                         "shortfalls", "diagnosis", "notes", "lessons", "kpi_summary"}
    views = next(k for k in data["kpis"] if k["platform"] is None and k["metric"] == "views")
    assert (views["target"], views["actual"], views["ratio"]) == (10000, 12500, 1.25)
    assert data["content"]["total"]["views"] == 12500
    assert data["users"]["total"]["net"] == -62
    assert data["campaigns"][0]["share_rate"] == 0.25
    assert data["promotions"]["total"]["roi"] == 0.6
    assert "抖音净掉粉 310 人" in [s["text"] for s in data["shortfalls"]]


def test_review_writes_pdf_and_xlsx(filled: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pdf, xlsx = tmp_path / "out" / "review.pdf", tmp_path / "review.xlsx"
    code, data = run_json(capsys, "review", "--month", MONTH, "--as-of", "2026-04-10", "--pdf", str(pdf),
                          "--xlsx", str(xlsx))
    assert code == 0
    assert data["pdf"]["path"] == str(pdf) and data["pdf"]["pages"] >= 2 and data["xlsx"] == str(xlsx)
    assert pdf.stat().st_size > 10_000 and xlsx.stat().st_size > 1_000
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "12,500" in text and "2026 年 3 月运营复盘" in text


def test_review_text_output(filled: Store, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["review", "--month", MONTH, "--as-of", "2026-04-10"]) == 0
    out = capsys.readouterr().out
    assert "测试研究所 2026-03 复盘：目标 5 项，达成 2 项，未达成 3 项" in out
    assert "公众号数据截至 03-25，覆盖 2/2 篇" in out


@pytest.mark.parametrize("argv", [
    ["review", "--month", "2026-13"],
    ["review", "--month", "2026/03"],
    ["review", "--month", "2026-03", "--as-of", "10 April"],
    ["manual", "--area", "marketing"],
])
def test_bad_input_exits_2_with_one_json_document(store: Store, capsys: pytest.CaptureFixture[str],
                                                  argv: list[str]) -> None:
    code, data = run_json(capsys, *argv)
    assert code == 2 and set(data) == {"error"} and data["error"]


def test_manual_json_filters_and_files(filled: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, data = run_json(capsys, "manual")
    assert code == 0 and data["count"] == 2 and [g["area"] for g in data["groups"]] == ["content", "campaigns"]
    code, data = run_json(capsys, "manual", "--kind", "failure", "--search", "门槛", "--pdf", str(tmp_path / "m.pdf"),
                          "--xlsx", str(tmp_path / "m.xlsx"))
    assert code == 0 and data["count"] == 1 and data["pdf"]["pages"] == 1
    assert (tmp_path / "m.xlsx").exists()
