"""Every printed document from the CLI (`opsdesk-cli … --pdf`): the bundled font embedded, the
expected headings in the PDF's text, and under `--lang en` no Chinese at all on a store whose
own data (names, titles, notes) is ASCII."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path
from typing import Any

import pytest

from app.cli import main
from app.services.brand import BrandGuide, save_guide
from app.store import Store
from tests.services import review_fixture
from tests.services.review_fixture import MONTH

#: Han characters, CJK punctuation and full-width forms: none may be left on an English sheet.
CJK = re.compile(r"[\u2e80-\u9fff\u3000-\u303f\uff00-\uffef]")


def pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


def pdf_fonts(path: Path) -> list[str]:
    out = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    return [line.split()[0] for line in out.splitlines()[2:]]


def ascii_rows() -> dict[str, list[dict[str, Any]]]:
    """The review fixture's month with every Chinese text of the operator's own replaced by ASCII."""
    names: dict[str, str] = {}

    def plain(value: Any) -> Any:
        if isinstance(value, str) and CJK.search(value):
            return names.setdefault(value, f"Text {len(names) + 1}")
        return value

    return {table: [{k: plain(v) for k, v in row.items()} for row in rows]
            for table, rows in review_fixture.ROWS.items()}


@pytest.fixture
def ascii_store(store: Store, qapp: object, monkeypatch: pytest.MonkeyPatch) -> Store:
    monkeypatch.setattr(review_fixture, "ROWS", ascii_rows())
    review_fixture.build_month(store)
    save_guide(store, BrandGuide(brand="Acme Lab", tone="Calm and exact", avatar="Lab coat", colors="#2BA471",
                                 service_phrasing="Say sorry first", taboo=["cheapest", "best ever"], notes="Cite a paper"))
    return store


def print_pdf(tmp_path: Path, *argv: str) -> Path:
    path = tmp_path / "out.pdf"
    assert main([*argv, "--pdf", str(path)]) == 0
    return path


@pytest.mark.parametrize(("argv", "headings"), [
    (("review", "--month", MONTH, "--as-of", "2026-04-10"),
     ["Operations review 3/2026", "1. KPI progress", "2. Content", "Page 1 /"]),
    (("manual",), ["Text 1 · Playbook", "2 lessons", "Page 1 / 1"]),
    (("watch", "guide"), ["Acme Lab brand guide", "1. Tone of voice", "Calm and exact", "4. Banned words", "cheapest",
                          "Page 1 / 1"]),
    (("campaigns", "guide", "--today", "2026-04-10"), ["Campaign playbook", "1. Past campaign results", "Check-in",
                                                       "Generated on 2026-04-10", "Page 1 / 1"]),
])
def test_english_documents_hold_no_chinese(ascii_store: Store, tmp_path: Path, argv: tuple[str, ...],
                                           headings: list[str]) -> None:
    path = print_pdf(tmp_path, "--lang", "en", *argv)
    text = pdf_text(path)
    for heading in headings:
        assert heading in text, heading
    assert CJK.findall(text) == []
    assert set(pdf_fonts(path)) <= {"OpsDeskSansSC-Regular", "OpsDeskSansSC-Bold"}


def test_english_review_keeps_numbers_in_sentences(ascii_store: Store, tmp_path: Path) -> None:
    """Digits inside English text stay searchable (the font's localised forms once dropped them)."""
    text = pdf_text(print_pdf(tmp_path, "--lang", "en", "review", "--month", MONTH, "--as-of", "2026-04-10"))
    assert "Period 2026-03-01 to 2026-03-31" in text


@pytest.mark.parametrize(("argv", "headings"), [
    (("review", "--month", MONTH, "--as-of", "2026-04-10"), ["2026 年 3 月运营复盘", "一、KPI 完成情况", "第1/"]),
    (("manual",), ["运营手册", "共 2 条经验"]),
    (("watch", "guide"), ["Acme Lab品牌手册", "一、语气", "四、禁用词", "第1/1页"]),
    (("campaigns", "guide", "--today", "2026-04-10"), ["活动优化指南", "一、历次活动结果", "打卡", "三、要避免（失败教训）",
                                                       "第1/1页"]),
])
def test_chinese_documents(ascii_store: Store, tmp_path: Path, argv: tuple[str, ...], headings: list[str]) -> None:
    path = print_pdf(tmp_path, *argv)
    squeezed = "".join(pdf_text(path).split())
    for heading in headings:
        assert "".join(heading.split()) in squeezed, heading
    assert "OpsDeskSansSC-Regular" in pdf_fonts(path)
    assert set(pdf_fonts(path)) <= {"OpsDeskSansSC-Regular", "OpsDeskSansSC-Bold"}
