"""Sniffing the bytes, every container and encoding, and refusing bad files plainly."""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path

import pytest

from app.services.importing import reader
from app.services.importing.errors import ImportRefusedError

ROWS = [["日期", "阅读", "点赞"], ["2026-08-01", "12", "3"], ["2026-08-02", "1.2万", "-"]]


def cells(book: reader.Workbook) -> list[list[str]]:
    return [[str(c) for c in row] for row in book.sheets[0].rows]


def test_csv_named_xls_in_every_encoding(make) -> None:
    for encoding in ("utf-8-sig", "utf-8", "gbk", "gb18030"):
        path = make.csv(f"日报表_{encoding}.xls", ROWS, encoding=encoding)
        book = reader.read_workbook(path)
        assert book.format == "csv"
        assert cells(book)[0] == ["日期", "阅读", "点赞"]
        assert cells(book)[2][1] == "1.2万"


def test_csv_delimiters_and_leading_empty_cell(make) -> None:
    path = make.csv("tab.csv", [["", "日期", "阅读"], ["", "2026-08-01", "5"]], delimiter="\t")
    rows = reader.read_workbook(path).sheets[0].rows
    assert rows[1] == ["", "2026-08-01", "5"]
    path = make.csv("semi.csv", ROWS, delimiter=";")
    assert reader.read_workbook(path).sheets[0].rows[1] == ["2026-08-01", "12", "3"]


def test_html_table_saved_as_xls(make) -> None:
    path = make.html_xls("user_analysis.xls", [["用户增长"], ["时间", "新关注人数"], ["2026-08-30", "5"]])
    book = reader.read_workbook(path)
    assert book.format == "html"
    assert book.sheets[0].rows[1] == ["时间", "新关注人数"]


def test_real_biff_xls(make) -> None:
    path = make.xls("tendency_1788678582_1791184182.xls", [["", "数据趋势概况"], ["", "日期", "渠道"], ["", "2026-08-01", "全部"]])
    book = reader.read_workbook(path)
    assert book.format == "xls"
    assert book.sheets[0].name == "New Sheet1"
    assert book.sheets[0].rows[1][1:3] == ["日期", "渠道"]


def test_xlsx_keeps_excel_row_positions_and_modified_date(make) -> None:
    path = make.xlsx("x.xlsx", [[], [], ["日期", "阅读"], ["2026-08-01", 3]])
    book = reader.read_workbook(path)
    assert book.sheets[0].rows[2] == ["日期", "阅读"]
    assert isinstance(book.modified, dt.datetime)


def test_wps_inline_strings_through_calamine_and_the_xml_fallback(make) -> None:
    rows = [["时间", "展现量", "阅读(播放)量"], ["累计", 900, 80], ["2026-08-01", 300, 20]]
    path = make.wps_xlsx("数据趋势_1_2.xlsx", rows)
    book = reader.read_workbook(path)
    assert book.sheets[0].rows[0] == ["时间", "展现量", "阅读(播放)量"]
    with zipfile.ZipFile(path) as archive:
        sheets = reader._xlsx_from_xml(path, archive)
    assert sheets[0].name == "数据趋势"
    assert sheets[0].rows[2] == ["2026-08-01", 300.0, 20.0]


@pytest.mark.parametrize(("builder", "words"), [
    ("zip_bomb", "异常巨大"),
    ("xml_bomb", "结构异常"),
    ("truncated", "没有下载完整"),
    ("encrypted", "密码"),
])
def test_bad_files_are_refused_plainly(make, builder: str, words: str) -> None:
    path = getattr(make, builder)()
    with pytest.raises(ImportRefusedError) as caught:
        reader.read_workbook(path)
    assert words in str(caught.value)
    assert path.name in str(caught.value)


def test_empty_missing_and_not_a_spreadsheet(make, tmp_path: Path) -> None:
    empty = make.path("empty.xlsx")
    empty.write_bytes(b"")
    with pytest.raises(ImportRefusedError, match="空的"):
        reader.read_workbook(empty)
    with pytest.raises(ImportRefusedError, match="找不到"):
        reader.read_workbook(tmp_path / "nope.xlsx")
    png = make.path("photo.xls")
    png.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 100)
    with pytest.raises(ImportRefusedError, match="不是表格文件"):
        reader.read_workbook(png)
    docx = make.path("report.xlsx")
    with zipfile.ZipFile(docx, "w") as archive:
        archive.writestr("word/document.xml", "<w/>")
    with pytest.raises(ImportRefusedError, match="不是表格文件"):
        reader.read_workbook(docx)


def test_ole_container_marked_encrypted(make) -> None:
    path = make.path("加密.xls")
    path.write_bytes(reader.OLE_MAGIC + b"\0" * 504 + "EncryptedPackage".encode("utf-16-le") + b"\0" * 1024)
    with pytest.raises(ImportRefusedError, match="密码"):
        reader.read_workbook(path)
