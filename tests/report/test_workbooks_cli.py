"""Every workbook from the CLI (`review --xlsx`, `manual --xlsx`, `segments export`, `needs export`)
in the chosen language: under `--lang en` the sheet names and headers are English on a store whose
own data is ASCII."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from app.cli import main
from app.services import feedback
from app.store import Store
from tests.report.test_documents_cli import CJK, ascii_store  # noqa: F401 - the fixture
from tests.services.review_fixture import MONTH
from tests.services.test_community import insert_members


def sheets(path: Path) -> dict[str, list[object]]:
    """Each sheet's name with its header row."""
    book = openpyxl.load_workbook(path, read_only=True)
    return {sheet.title: list(next(sheet.iter_rows(max_row=1, values_only=True))) for sheet in book.worksheets}


@pytest.fixture
def people(ascii_store: Store) -> Store:  # noqa: F811 - the imported fixture
    insert_members(ascii_store, [{"nickname": "Ann", "platform": "wechat", "region": "Shanghai", "spend": 80}])
    feedback.add_feedback(ascii_store, "Need a template", tags=["template"])
    return ascii_store


@pytest.mark.parametrize("argv", [
    ("review", "--month", MONTH, "--as-of", "2026-04-10", "--xlsx"),
    ("manual", "--xlsx"),
])
def test_english_document_workbooks_hold_no_chinese_names(people: Store, tmp_path: Path, argv: tuple[str, ...]) -> None:
    path = tmp_path / "out.xlsx"
    assert main(["--lang", "en", *argv, str(path)]) == 0
    found = sheets(path)
    assert found
    for name, headers in found.items():
        assert CJK.findall(name) == [], name
        assert [h for h in headers if CJK.search(str(h))] == [], name


def test_english_segment_export(people: Store, tmp_path: Path) -> None:
    path = tmp_path / "potential.xlsx"
    assert main(["--lang", "en", "segments", "export", "potential", str(path), "--today", "2026-04-10"]) == 0
    [(name, headers)] = sheets(path).items()
    assert name == "Potential"
    assert headers[1:6] == ["Nickname", "Platform", "Communities", "Region", "Gender"]
    assert headers[10:13] == ["Purchases", "Spend", "Tags"]


def test_english_needs_export(people: Store, tmp_path: Path) -> None:
    path = tmp_path / "needs.xlsx"
    assert main(["--lang", "en", "needs", "export", str(path)]) == 0
    [(name, headers)] = sheets(path).items()
    assert name == "User needs list"
    assert headers[:5] == ["Need theme", "Feedback count", "Open", "Turned into topic", "Main category"]


def test_chinese_segment_and_needs_exports_unchanged(people: Store, tmp_path: Path) -> None:
    assert main(["segments", "export", "potential", str(tmp_path / "p.xlsx"), "--today", "2026-04-10"]) == 0
    assert main(["needs", "export", str(tmp_path / "n.xlsx")]) == 0
    [(name, headers)] = sheets(tmp_path / "p.xlsx").items()
    assert (name, headers[:3]) == ("潜力用户", ["用户ID", "昵称", "平台"])
    [(name, headers)] = sheets(tmp_path / "n.xlsx").items()
    assert (name, headers[:2]) == ("用户需求清单", ["需求主题", "反馈条数"])
