"""A full disk while saving (issue 16 item 7): plain words, and nothing half-written at the user's path."""

from __future__ import annotations

import errno
import json
import sqlite3
import zipfile
from pathlib import Path
from typing import Any

import pytest
import xlsxwriter.workbook

from app.cli import main
from app.services.excel import Column, export_rows
from app.services.workbook import export_store
from app.store import Store
from app.store import backup as backups
from app.store.files import FileSaveError, saving_to


class FullDiskZip(zipfile.ZipFile):
    """The zip xlsxwriter writes, on a disk that fills up after the first bytes."""

    def write(self, *args: Any, **kwargs: Any) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")


@pytest.fixture
def full_disk_for_workbooks(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(xlsxwriter.workbook, "ZipFile", FullDiskZip)


def test_store_export_on_a_full_disk(store: Store, tmp_path: Path, full_disk_for_workbooks: None) -> None:
    out = tmp_path / "out.xlsx"
    with pytest.raises(FileSaveError) as caught:
        export_store(store, out)
    assert "磁盘空间不足" in str(caught.value)
    assert list(tmp_path.iterdir()) == [store.data_dir]  # neither out.xlsx nor out.xlsx.part


def test_one_sheet_export_on_a_full_disk(tmp_path: Path, full_disk_for_workbooks: None) -> None:
    out = tmp_path / "out.xlsx"
    with pytest.raises(FileSaveError, match="磁盘空间不足"):
        export_rows(out, "帖子", [Column("标题", "text")], [["一"], ["二"]])
    assert list(tmp_path.iterdir()) == []


def test_a_failed_export_keeps_the_previous_file(tmp_path: Path, full_disk_for_workbooks: None) -> None:
    out = tmp_path / "out.xlsx"
    out.write_bytes(b"last week's export")
    with pytest.raises(FileSaveError):
        export_rows(out, "帖子", [Column("标题", "text")], [["一"]])
    assert out.read_bytes() == b"last week's export"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.xlsx"]


def test_backup_on_a_full_disk(store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                               capsys: pytest.CaptureFixture[str]) -> None:
    real = backups.connect_source

    class FullDiskSource:
        def __init__(self, path: Path) -> None:
            self.conn = real(path)

        def backup(self, target: sqlite3.Connection) -> None:
            target.execute("CREATE TABLE half (x)")
            full = sqlite3.OperationalError("database or disk is full")
            full.sqlite_errorname = "SQLITE_FULL"  # type: ignore[attr-defined]
            raise full

        def __getattr__(self, name: str) -> Any:
            return getattr(self.conn, name)

    monkeypatch.setattr(backups, "connect_source", FullDiskSource)
    target = tmp_path / "usb" / "my.db"
    code = main(["backup", "--to", str(target), "--json"])
    assert code == 2
    assert "磁盘空间不足" in json.loads(capsys.readouterr().out)["error"]
    assert list(target.parent.iterdir()) == []


def test_other_save_failures_are_plain_too(tmp_path: Path) -> None:
    with pytest.raises(FileSaveError, match="没有权限写入"), saving_to(tmp_path / "x.xlsx") as part:
        part.write_bytes(b"x")
        raise PermissionError(errno.EACCES, "Permission denied")
    assert list(tmp_path.iterdir()) == []


def test_errors_that_are_not_about_the_disk_pass_through(tmp_path: Path) -> None:
    with pytest.raises(ValueError), saving_to(tmp_path / "x.xlsx") as part:
        part.write_bytes(b"x")
        raise ValueError("a bug")
    assert list(tmp_path.iterdir()) == []


def test_review_workbook_on_a_full_disk(store: Store, tmp_path: Path, full_disk_for_workbooks: None) -> None:
    from app.i18n import untranslated
    from app.report.workbooks import write_review_xlsx
    from app.services.review import build_review

    out = tmp_path / "复盘.xlsx"
    with pytest.raises(FileSaveError, match="磁盘空间不足"):
        write_review_xlsx(build_review(store, "2026-11"), out, translate=untranslated)
    assert list(tmp_path.iterdir()) == [store.data_dir]  # neither 复盘.xlsx nor 复盘.xlsx.part
