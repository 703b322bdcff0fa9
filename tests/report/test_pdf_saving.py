"""A printed PDF is saved whole or not at all (issue 16 leftover): every document's `write_*_pdf`
paints into `<name>.part` and renames it over the target only when the last page is done, so a
failed print leaves the older PDF as it was, and a folder that cannot take the file is said in
plain words by the CLI and the GUI alike."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from app.cli import main
from app.i18n import untranslated
from app.report import sheet
from app.report.campaign_guide import write_campaign_guide_pdf
from app.report.manual_sheet import write_manual_pdf
from app.services.manual import manual
from app.store import Store
from app.store.files import FileSaveError
from tests.services.review_fixture import build_month

OLD = b"%PDF-1.4 the older print\n"


def test_a_print_replaces_the_older_pdf_only_when_complete(store: Store, qapp: object, tmp_path: Path) -> None:
    build_month(store)
    path = tmp_path / "prints" / "手册.pdf"
    path.parent.mkdir()
    path.write_bytes(OLD)
    assert write_manual_pdf(path, manual(store), "测试研究所", translate=untranslated) == 1
    assert path.read_bytes().startswith(b"%PDF") and path.read_bytes() != OLD
    assert sorted(p.name for p in path.parent.iterdir()) == ["手册.pdf"]


def test_a_print_that_fails_midway_leaves_the_older_pdf_and_no_part_file(
        store: Store, qapp: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    build_month(store)
    path = tmp_path / "prints" / "手册.pdf"
    path.parent.mkdir()
    path.write_bytes(OLD)

    def broken(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("the printer gave up on page 1")

    monkeypatch.setattr(sheet, "_chrome", broken)  # fails while painting, the PDF already begun
    with pytest.raises(RuntimeError):
        write_manual_pdf(path, manual(store), "测试研究所", translate=untranslated)
    assert path.read_bytes() == OLD
    assert sorted(p.name for p in path.parent.iterdir()) == ["手册.pdf"]


def test_a_folder_that_cannot_take_the_pdf_is_said_in_plain_words(qapp: object, tmp_path: Path) -> None:
    blocker = tmp_path / "不是文件夹"
    blocker.write_text("a file where the folder should be", encoding="utf-8")
    with pytest.raises(FileSaveError, match="没有保存成功"):
        write_campaign_guide_pdf(blocker / "guide.pdf", {"campaigns": [], "lessons": [], "stats": {}},
                                 dt.date(2026, 11, 18), translate=untranslated)
    assert blocker.read_text(encoding="utf-8") == "a file where the folder should be"


def test_the_cli_says_why_a_pdf_was_not_saved(store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    build_month(store)
    blocker = tmp_path / "不是文件夹"
    blocker.write_text("x", encoding="utf-8")
    code = main(["manual", "--pdf", str(blocker / "m.pdf")])
    err = capsys.readouterr().err
    assert code != 0
    assert "没有保存成功" in err and "Traceback" not in err
