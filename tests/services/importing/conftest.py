"""Test files built from code, shaped like real platform exports (PLATFORM_EXPORTS.md) and like bad ones.

`make` is a factory: `make.xlsx("a.xlsx", rows)`, `make.xls(...)` (real BIFF via xlwt),
`make.html_xls(...)`, `make.csv(..., encoding="gbk")`, `make.wps_xlsx(...)` (inline strings, no
shared strings), `make.zip_bomb()`, `make.xml_bomb()`, `make.truncated()`, `make.encrypted()`.
"""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

import pytest

Rows = Sequence[Sequence[Any]]

DOUYIN_HEADERS = ["作品名称", "发布时间", "体裁", "审核状态", "播放量", "完播率", "5s完播率", "封面点击率", "2s跳出率",
                  "平均播放时长", "点赞量", "分享量", "评论量", "收藏量", "主页访问量", "粉丝增量"]


def douyin_row(title: str, published: str, views: str = "1200", **over: Any) -> list[Any]:
    row = {"作品名称": title, "发布时间": published, "体裁": "1-3min视频", "审核状态": "公开", "播放量": views,
           "完播率": "0.352941", "5s完播率": "0.5", "封面点击率": "-", "2s跳出率": "0.3", "平均播放时长": "6.5",
           "点赞量": "12", "分享量": "3", "评论量": "4", "收藏量": "5", "主页访问量": "6", "粉丝增量": "7"}
    row.update(over)
    return [row[h] for h in DOUYIN_HEADERS]


def _col(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


class Files:
    douyin_headers = DOUYIN_HEADERS
    douyin_row = staticmethod(douyin_row)

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def path(self, name: str) -> Path:
        return self.folder / name

    def xlsx(self, name: str, rows: Rows, sheet: str = "Sheet1", merged: str | None = None,
             sheets: dict[str, Rows] | None = None) -> Path:
        import openpyxl

        book = openpyxl.Workbook()
        first = book.active
        first.title = sheet
        for row in rows:
            first.append(list(row))
        if merged:
            first.merge_cells(merged)
        for title, extra_rows in (sheets or {}).items():
            other = book.create_sheet(title)
            for row in extra_rows:
                other.append(list(row))
        path = self.path(name)
        book.save(path)
        return path

    def xls(self, name: str, rows: Rows, sheet: str = "New Sheet1") -> Path:
        import xlwt

        book = xlwt.Workbook(encoding="utf-8")
        page = book.add_sheet(sheet)
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                if value is not None and value != "":
                    page.write(r, c, value)
        path = self.path(name)
        book.save(str(path))
        return path

    def html_xls(self, name: str, rows: Rows, encoding: str = "utf-8") -> Path:
        body = "".join(
            "<tr>" + "".join(f"<td>{escape(str(c))}</td>" for c in row) + "</tr>\n" for row in rows
        )
        text = f'<html><head><meta charset="{encoding}"></head><body><table border="1">\n{body}</table></body></html>'
        path = self.path(name)
        path.write_bytes(text.encode(encoding))
        return path

    def csv(self, name: str, rows: Rows, encoding: str = "utf-8-sig", delimiter: str = ",") -> Path:
        buffer = io.StringIO()
        csv.writer(buffer, delimiter=delimiter).writerows(rows)
        path = self.path(name)
        path.write_bytes(buffer.getvalue().encode(encoding))
        return path

    def wps_xlsx(self, name: str, rows: Rows) -> Path:
        """An xlsx the way WPS writes some: inline strings, no sharedStrings part, no styles."""
        sheet_rows = []
        for r, row in enumerate(rows, start=1):
            cells = []
            for c, value in enumerate(row):
                ref = f"{_col(c)}{r}"
                if isinstance(value, int | float):
                    cells.append(f'<c r="{ref}"><v>{value}</v></c>')
                elif value not in (None, ""):
                    cells.append(f'<c r="{ref}" t="inlineStr"><is><t>{escape(str(value))}</t></is></c>')
            sheet_rows.append(f'<row r="{r}">{"".join(cells)}</row>')
        ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
        rel_ns = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
        parts = {
            "[Content_Types].xml": (
                '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                '<Default Extension="xml" ContentType="application/xml"/>'
                '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
                '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
                "</Types>"
            ),
            "_rels/.rels": (
                '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
                "</Relationships>"
            ),
            "xl/workbook.xml": (
                f'<?xml version="1.0" encoding="UTF-8"?><workbook {ns} {rel_ns}><sheets>'
                '<sheet name="数据趋势" sheetId="1" r:id="rId1"/></sheets></workbook>'
            ),
            "xl/_rels/workbook.xml.rels": (
                '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
                "</Relationships>"
            ),
            "xl/worksheets/sheet1.xml": (
                f'<?xml version="1.0" encoding="UTF-8"?><worksheet {ns}><sheetData>{"".join(sheet_rows)}</sheetData></worksheet>'
            ),
        }
        path = self.path(name)
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
            for part, text in parts.items():
                archive.writestr(part, text)
        return path

    def zip_bomb(self, name: str = "bomb.xlsx") -> Path:
        """A valid-looking xlsx whose sheet expands a thousandfold (20 MB of zeros)."""
        good = self.xlsx("seed.xlsx", [["作品名称", "播放量"], ["a", "1"]])
        path = self.path(name)
        with zipfile.ZipFile(good) as source, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
            for item in source.infolist():
                target.writestr(item.filename, source.read(item.filename))
            with target.open("xl/media/padding.bin", "w") as member:
                block = b"\0" * (1 << 20)
                for _ in range(20):
                    member.write(block)
        return path

    def xml_bomb(self, name: str = "laughs.xlsx") -> Path:
        """An xlsx whose sheet XML defines nested entities (billion laughs)."""
        good = self.xlsx("seed2.xlsx", [["作品名称", "播放量"], ["a", "1"]])
        entities = '<!ENTITY lol "lol">' + "".join(
            f'<!ENTITY lol{i} "{"&lol" + (str(i - 1) if i > 1 else "") + ";"}{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 9}">'
            for i in range(1, 10)
        )
        bomb = (f'<?xml version="1.0"?><!DOCTYPE lolz [{entities}]>'
                '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
                '<row r="1"><c r="A1" t="inlineStr"><is><t>&lol9;</t></is></c></row></sheetData></worksheet>')
        path = self.path(name)
        with zipfile.ZipFile(good) as source, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
            for item in source.infolist():
                data = bomb.encode() if item.filename == "xl/worksheets/sheet1.xml" else source.read(item.filename)
                target.writestr(item.filename, data)
        return path

    def truncated(self, name: str = "cut.xlsx") -> Path:
        good = self.xlsx("whole.xlsx", [DOUYIN_HEADERS] + [douyin_row(f"作品{i}", "2026-07-26 03:33:18") for i in range(200)])
        data = good.read_bytes()
        path = self.path(name)
        path.write_bytes(data[: len(data) // 2])
        return path

    def encrypted(self, name: str = "locked.xlsx") -> Path:
        from msoffcrypto.format.ooxml import OOXMLFile

        good = self.xlsx("plain.xlsx", [DOUYIN_HEADERS, douyin_row("作品", "2026-07-26 03:33:18")])
        path = self.path(name)
        with good.open("rb") as source, path.open("wb") as target:
            OOXMLFile(source).encrypt("mima123", target)
        return path


def rows_of(store: Any, sql: str, *params: Any) -> list[dict[str, Any]]:
    """Rows read back from the store as dicts (what other tools and checks see), as SQLite gives them
    (`?` placeholders, times as text) on either engine: the store's own cursor speaks that on both."""
    with store.reading() as uow:
        cursor = uow.cursor()
        cursor.execute(sql, params)
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


@pytest.fixture
def db(store: Any) -> Any:
    """`db("SELECT …")` → list of dicts from the test store."""
    return lambda sql, *params: rows_of(store, sql, *params)


@pytest.fixture
def make(tmp_path: Path) -> Files:
    folder = tmp_path / "files"
    folder.mkdir()
    return Files(folder)
