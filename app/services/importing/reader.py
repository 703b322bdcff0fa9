"""Read any file a platform back-end gives into plain rows, deciding by the bytes, not the extension.

`.xlsx`/`.ods` (zip, checked for zip and XML bombs first), `.xls` (BIFF/OLE), HTML tables saved as
`.xls`, and CSV text (UTF-8 with or without BOM, GB18030/GBK; delimiter sniffed), alone or several
in a .zip (抖店). Spreadsheets go
through python-calamine; xlsx files it cannot open (some WPS-written ones) are read from their XML
with defusedxml. Row `i` of a sheet is Excel's row `i + 1`, so errors can name the row the
operator sees.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import gc
import hashlib
import io
import itertools
import re
import stat
import threading
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

from app.i18n import QT_TRANSLATE_NOOP
from app.services.importing import errors
from app.services.importing.errors import ImportRefusedError

MAX_ROWS = 1_000_000
#: The most characters a cell can hold: Excel's own limit, so a longer CSV or HTML cell was never a cell.
MAX_CELL_CHARS = 32_767
CELL_TOO_LONG = QT_TRANSLATE_NOOP("import", "这一格超过 32,767 个字，太长了（Excel 的一格也放不下）")
UNCLOSED_QUOTE = QT_TRANSLATE_NOOP("import", "这一行的引号（\"）没有配对，读不出各列的值")
#: Whole-archive and per-member limits on what a zip may expand to, and the most suspicious ratio.
MAX_UNCOMPRESSED = 1_000_000_000
MAX_MEMBERS = 10_000
MAX_RATIO = 200
RATIO_FLOOR = 5_000_000
#: Shanghai is UTC+8 all year; docProps times are UTC.
SHANGHAI = dt.timezone(dt.timedelta(hours=8))

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC = b"PK\x03\x04"
_BINARY_MAGIC = (b"%PDF", b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"\x1f\x8b", b"Rar!", b"7z\xbc\xaf", b"BZh")
_ENCRYPTED_STREAMS = ("EncryptionInfo", "EncryptedPackage")


@dataclass
class Sheet:
    """A sheet's rows; `problems` names rows the reader could not read whole: {row index: (column or None, why)}."""

    name: str
    rows: list[list[Any]]
    problems: dict[int, tuple[int | None, str]] = field(default_factory=dict)


@dataclass
class Workbook:
    """A file's tables as plain rows, plus what it says about when it was exported."""

    format: str  # xlsx, xls, ods, html, csv
    sheets: list[Sheet] = field(default_factory=list)
    modified: dt.datetime | None = None
    #: The file's SHA-256, from the bytes read here (how the import knows a file it has seen).
    sha256: str = ""


def _refuse(template: str, path: Path, **params: Any) -> ImportRefusedError:
    return ImportRefusedError(template, file=path.name, **params)


#: Files being read ahead on a worker thread: path → (size and mtime when started, thread, result).
_AHEAD: dict[Path, tuple[tuple[int, int], threading.Thread, list[Workbook]]] = {}


def _stamp(path: Path) -> tuple[int, int] | None:
    try:
        info = path.stat()
    except OSError:
        return None
    return info.st_size, info.st_mtime_ns


def read_ahead(path: Path) -> None:
    """Start reading `path` on a worker thread; the next `read_workbook(path)` takes that reading.

    Calamine parses a sheet without holding the GIL, so a 100,000-row export is read while the
    command imports the engine and opens the store. A file changed meanwhile, or one that
    could not be read there, is simply read again (and refused) by `read_workbook` itself.
    """
    stamp = _stamp(path)
    if stamp is None or path in _AHEAD:
        return
    result: list[Workbook] = []

    def work() -> None:
        try:
            with gc_paused():
                result.append(_read_workbook(path))
        except Exception:  # noqa: BLE001 - read_workbook reads again and refuses in plain words
            return

    thread = threading.Thread(target=work, name="read-ahead", daemon=True)
    _AHEAD[path] = (stamp, thread, result)
    thread.start()


def read_workbook(path: Path) -> Workbook:
    """All sheets of the file at `path`; raises `ImportRefusedError` for anything unusable."""
    ahead = _AHEAD.pop(path, None)
    if ahead is not None:
        stamp, thread, result = ahead
        thread.join()
        if result and _stamp(path) == stamp:
            return result[0]
    with gc_paused():
        return _read_workbook(path)


#: Pauses in force (any thread) and whether the collector ran before the first: `gc_paused` nests
#: across threads, so a read-ahead that ends mid-import does not switch the collector back on.
_PAUSES = {"depth": 0, "was_enabled": False}
_PAUSES_LOCK = threading.Lock()


@contextmanager
def gc_paused() -> Iterator[None]:
    """Keep the cyclic collector off while an import makes its cells, records and rows: hundreds of
    thousands of new containers and no cycles among them, which it would only rescan over and over
    (with every object the engine and the models made, once they are loaded)."""
    with _PAUSES_LOCK:
        if not _PAUSES["depth"]:
            _PAUSES["was_enabled"] = gc.isenabled()
            gc.disable()
        _PAUSES["depth"] += 1
    try:
        yield
    finally:
        with _PAUSES_LOCK:
            _PAUSES["depth"] -= 1
            if not _PAUSES["depth"] and _PAUSES["was_enabled"]:
                gc.enable()


def _read_workbook(path: Path) -> Workbook:
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        raise _refuse(errors.NOT_FOUND, path) from None
    except OSError as exc:
        raise _refuse(errors.UNREADABLE, path, reason=exc.strerror or str(exc)) from None
    if not stat.S_ISREG(mode):  # a folder, pipe or device: opening a FIFO would wait for ever
        raise _refuse(errors.NOT_A_FILE, path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise _refuse(errors.UNREADABLE, path, reason=exc.strerror or str(exc)) from None
    head = data[:8]
    if not data.strip(b" \t\r\n\x00\xef\xbb\xbf"):
        raise _refuse(errors.EMPTY, path)
    if head.startswith(OLE_MAGIC[:4]):
        book = _read_ole(path, data)
    elif head.startswith(ZIP_MAGIC) or head.startswith(b"PK\x05\x06"):
        book = _read_zip(path)
    elif head.startswith(_BINARY_MAGIC):
        raise _refuse(errors.NOT_SPREADSHEET, path)
    else:
        book = _read_text(path, data)
    book.sha256 = hashlib.sha256(data).hexdigest()
    for sheet in book.sheets:
        if len(sheet.rows) > MAX_ROWS:
            raise _refuse(errors.TOO_MANY_ROWS, path, limit=f"{MAX_ROWS:,}")
    if not any(any(_filled(c) for c in row) for sheet in book.sheets for row in sheet.rows):
        raise _refuse(errors.EMPTY, path)
    return book


class _TooManyRowsError(ValueError):
    """A sheet longer than `MAX_ROWS` (kept apart from the ValueErrors of a damaged file)."""


def _filled(cell: Any) -> bool:
    return cell is not None and cell != ""


# --- spreadsheets through calamine -------------------------------------------------------------


def _calamine_sheets(path: Path) -> list[Sheet]:
    from python_calamine import CalamineWorkbook

    sheets = []
    with CalamineWorkbook.from_path(str(path)) as book:
        for index, name in enumerate(book.sheet_names):
            sheet = book.get_sheet_by_index(index)
            rows = sheet.to_python(skip_empty_area=False)
            if len(rows) > MAX_ROWS:
                raise _TooManyRowsError()
            sheets.append(Sheet(name, rows))
    return sheets


def _read_ole(path: Path, data: bytes) -> Workbook:
    from python_calamine import CalamineError, PasswordError

    if any(name.encode("utf-16-le") in data for name in _ENCRYPTED_STREAMS):
        raise _refuse(errors.ENCRYPTED, path)
    try:
        sheets = _calamine_sheets(path)
    except PasswordError:
        raise _refuse(errors.ENCRYPTED, path) from None
    except _TooManyRowsError:
        raise _refuse(errors.TOO_MANY_ROWS, path, limit=f"{MAX_ROWS:,}") from None
    except ValueError:
        raise _refuse(errors.TRUNCATED, path) from None
    except (CalamineError, OSError):
        if len(data) < 1536 or len(data) % 512:
            raise _refuse(errors.TRUNCATED, path) from None
        raise _refuse(errors.NOT_SPREADSHEET, path) from None
    except BaseException as exc:  # calamine panics surface as pyo3 PanicException
        if type(exc).__name__ == "PanicException":
            raise _refuse(errors.TRUNCATED, path) from None
        raise
    return Workbook("xls", sheets)


# --- zip containers: xlsx (Excel or WPS) and ods -----------------------------------------------


def _check_zip(path: Path, archive: zipfile.ZipFile) -> None:
    members = archive.infolist()
    if len(members) > MAX_MEMBERS:
        raise _refuse(errors.ZIP_BOMB, path)
    total = 0
    for info in members:
        total += info.file_size
        if info.file_size > RATIO_FLOOR and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise _refuse(errors.ZIP_BOMB, path)
    if total > MAX_UNCOMPRESSED:
        raise _refuse(errors.ZIP_BOMB, path)


def _check_xml_heads(path: Path, archive: zipfile.ZipFile) -> None:
    """A DTD has no business in an Office file: entity expansion is how XML bombs work."""
    for info in archive.infolist():
        if not info.filename.lower().endswith((".xml", ".rels", ".vml")):
            continue
        with archive.open(info) as member:
            head = member.read(4096)
        if b"<!DOCTYPE" in head.upper() or b"<!ENTITY" in head.upper():
            raise _refuse(errors.XML_BOMB, path)


def _docprops_modified(archive: zipfile.ZipFile) -> dt.datetime | None:
    from defusedxml import ElementTree

    try:
        root = ElementTree.fromstring(archive.read("docProps/core.xml"))
    except (KeyError, ElementTree.ParseError, ValueError):
        return None
    for element in root:
        if element.tag.endswith("}modified") and element.text:
            try:
                stamp = dt.datetime.fromisoformat(element.text.strip().replace("Z", "+00:00"))
            except ValueError:
                return None
            if stamp.tzinfo is not None:
                stamp = stamp.astimezone(SHANGHAI).replace(tzinfo=None)
            return stamp
    return None


def _read_zip(path: Path) -> Workbook:
    from python_calamine import CalamineError, PasswordError

    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, EOFError):
        raise _refuse(errors.TRUNCATED, path) from None
    with archive:
        _check_zip(path, archive)
        names = {info.filename for info in archive.infolist()}
        is_ods = "content.xml" in names and b"opendocument.spreadsheet" in _safe_read(archive, "mimetype")
        if not is_ods and not any(name.lower() == "xl/workbook.xml" for name in names):
            return _csv_archive(path, archive)
        _check_xml_heads(path, archive)
        modified = None if is_ods else _docprops_modified(archive)
        try:
            sheets = _calamine_sheets(path)
        except PasswordError:
            raise _refuse(errors.ENCRYPTED, path) from None
        except _TooManyRowsError:
            raise _refuse(errors.TOO_MANY_ROWS, path, limit=f"{MAX_ROWS:,}") from None
        except (CalamineError, ValueError, OSError):
            if is_ods:
                raise _refuse(errors.TRUNCATED, path) from None
            sheets = _xlsx_from_xml(path, archive)
        except BaseException as exc:
            if type(exc).__name__ != "PanicException":
                raise
            sheets = _xlsx_from_xml(path, archive)
    return Workbook("ods" if is_ods else "xlsx", sheets, modified)


def _csv_archive(path: Path, archive: zipfile.ZipFile) -> Workbook:
    """A .zip of CSV files (抖店 hands large order exports over so): each CSV a sheet named after it."""
    sheets = []
    for info in archive.infolist():
        if info.is_dir() or not info.filename.lower().endswith(".csv"):
            continue
        name = info.filename  # without the UTF-8 flag, Python read the name as cp437: Chinese Windows wrote GBK
        if not info.flag_bits & 0x800:
            name = name.encode("cp437").decode("gb18030", "replace")
        sheet = _read_text(path, archive.read(info)).sheets[0]
        sheet.name = Path(name).stem
        sheets.append(sheet)
    if not sheets:
        raise _refuse(errors.NOT_SPREADSHEET, path)
    return Workbook("csv", sheets)


def _safe_read(archive: zipfile.ZipFile, name: str) -> bytes:
    try:
        return archive.read(name)[:200]
    except KeyError:
        return b""


_CELL_REF = re.compile(r"([A-Z]+)(\d+)")


def _column_index(letters: str) -> int:
    index = 0
    for char in letters:
        index = index * 26 + ord(char) - 64
    return index - 1


def _xlsx_from_xml(path: Path, archive: zipfile.ZipFile) -> list[Sheet]:
    """Read the sheet XML directly (WPS files with inline strings or odd parts that break readers)."""
    from defusedxml import DefusedXmlException
    from defusedxml import ElementTree as SafeTree

    lookup = {name.lower(): name for name in archive.namelist()}

    def part(name: str) -> bytes | None:
        real = lookup.get(name.lower().lstrip("/"))
        return archive.read(real) if real else None

    try:
        shared: list[str] = []
        strings_xml = part("xl/sharedStrings.xml")
        if strings_xml:
            for si in SafeTree.fromstring(strings_xml):
                shared.append("".join(t.text or "" for t in si.iter() if t.tag.endswith("}t")))
        targets: list[tuple[str, str]] = []
        book_xml = part("xl/workbook.xml")
        rels_xml = part("xl/_rels/workbook.xml.rels")
        rels = {}
        if rels_xml:
            for rel in SafeTree.fromstring(rels_xml):
                rels[rel.get("Id")] = rel.get("Target", "")
        if book_xml:
            for element in SafeTree.fromstring(book_xml).iter():
                if element.tag.endswith("}sheet"):
                    rid = next((v for k, v in element.attrib.items() if k.endswith("}id")), None)
                    target = rels.get(rid, "")
                    target = target.lstrip("/") if target.startswith("/") else "xl/" + target
                    targets.append((element.get("name", ""), target))
        if not targets:
            targets = [(Path(n).stem, n) for n in sorted(lookup.values()) if n.lower().startswith("xl/worksheets/sheet")]
        sheets = []
        for name, target in targets:
            xml = part(target)
            if xml is None:
                continue
            sheets.append(Sheet(name, _sheet_rows(SafeTree, xml, shared)))
    except _TooManyRowsError:
        raise _refuse(errors.TOO_MANY_ROWS, path, limit=f"{MAX_ROWS:,}") from None
    except (DefusedXmlException, SafeTree.ParseError):
        raise _refuse(errors.XML_BOMB if b"<!" in (strings_xml or b"") else errors.TRUNCATED, path) from None
    except (zipfile.BadZipFile, OSError, EOFError, KeyError, ValueError):
        raise _refuse(errors.TRUNCATED, path) from None
    if not sheets:
        raise _refuse(errors.TRUNCATED, path)
    return sheets


def _sheet_rows(tree: Any, xml: bytes, shared: list[str]) -> list[list[Any]]:
    rows: dict[int, dict[int, Any]] = {}
    next_row = 0
    for event, element in tree.iterparse(io.BytesIO(xml), events=("end",)):
        del event
        if not element.tag.endswith("}row"):
            continue
        row_number = int(element.get("r") or next_row + 1) - 1
        next_row = row_number + 1
        cells: dict[int, Any] = {}
        next_col = 0
        for cell in element:
            if not cell.tag.endswith("}c"):
                continue
            ref = _CELL_REF.match(cell.get("r", ""))
            col = _column_index(ref.group(1)) if ref else next_col
            next_col = col + 1
            kind = cell.get("t", "n")
            value: Any = None
            if kind == "inlineStr":
                value = "".join(t.text or "" for t in cell.iter() if t.tag.endswith("}t"))
            else:
                raw = next((v.text for v in cell if v.tag.endswith("}v")), None)
                if raw is not None:
                    if kind == "s":
                        value = shared[int(raw)]
                    elif kind in ("str", "e"):
                        value = raw
                    elif kind == "b":
                        value = raw == "1"
                    else:
                        value = float(raw)
            if value is not None:
                cells[col] = value
        rows[row_number] = cells
        element.clear()
        if len(rows) > MAX_ROWS:
            raise _TooManyRowsError()
    if not rows:
        return []
    width = max((max(c) + 1 for c in rows.values() if c), default=0)
    table = []
    for index in range(max(rows) + 1):
        cells = rows.get(index, {})
        table.append([cells.get(col, "") for col in range(width)])
    return table


# --- text: HTML pretending to be .xls, and CSV --------------------------------------------------


def _decode(path: Path, data: bytes) -> str:
    if data.startswith(codecs.BOM_UTF8):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("gb18030")
    except UnicodeDecodeError:
        raise _refuse(errors.NOT_SPREADSHEET, path) from None


def _read_text(path: Path, data: bytes) -> Workbook:
    if b"\x00" in data[:4096] and not data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise _refuse(errors.NOT_SPREADSHEET, path)
    text = _decode(path, data)
    start = text.lstrip()[:512].lower()
    if start.startswith("<") and ("<table" in text[:200_000].lower() or start.startswith(("<!doctype", "<html"))):
        tables = _TableParser.parse(text)
        if not tables:
            raise _refuse(errors.NOT_SPREADSHEET, path)
        return Workbook("html", [_flag_long_cells(Sheet(f"table{i + 1}", rows)) for i, rows in enumerate(tables)])
    if start.startswith("<?xml") or start.startswith("<"):
        raise _refuse(errors.NOT_SPREADSHEET, path)
    sheet = Sheet(path.stem, [])
    sheet.rows = _csv_rows(text, sheet.problems)
    return Workbook("csv", [_flag_long_cells(sheet)])


def _flag_long_cells(sheet: Sheet) -> Sheet:
    """Cells longer than Excel allows become problems of their rows (the cell keeps only its start)."""
    if max(map(len, itertools.chain.from_iterable(sheet.rows)), default=0) <= MAX_CELL_CHARS:
        return sheet
    for index, row in enumerate(sheet.rows):
        for col, cell in enumerate(row):
            if len(cell) > MAX_CELL_CHARS:
                sheet.problems.setdefault(index, (col, CELL_TOO_LONG))
                row[col] = cell[:40] + "…"
    return sheet


def _csv_rows(text: str, problems: dict[int, tuple[int | None, str]]) -> list[list[Any]]:
    """The CSV's rows; a row opening a quote that never closes is read as plain text and named in `problems`.

    Without that, the open quote would swallow every line after it into one cell.
    """
    sample = "\n".join(text.splitlines()[:30])
    delimiter = ","
    counts = {d: sample.count(d) for d in (",", "\t", ";", "|")}
    try:
        delimiter = csv.Sniffer().sniff(sample, delimiters=",\t;|").delimiter
    except csv.Error:
        best = max(counts, key=lambda d: counts[d])
        if counts[best]:
            delimiter = best
    if counts.get(delimiter, 0) == 0 and counts[","]:
        delimiter = ","
    csv.field_size_limit(max(csv.field_size_limit(), len(text) + 1))  # a long cell is a bad row, not an error
    rows: list[list[Any]] = []
    source = io.StringIO(text, newline="")
    while True:
        reader = csv.reader(source, delimiter=delimiter)
        last_start = end = 0
        for row in reader:
            last_start, end = end, reader.line_num
            rows.append(row)
        if end - last_start <= 1:
            return rows
        source.seek(0)
        for _ in range(last_start):
            source.readline()
        first_line = source.readline()
        rest = source.read()
        try:
            list(csv.reader(io.StringIO(first_line + rest, newline=""), delimiter=delimiter, strict=True))
        except csv.Error:  # the last record runs to the end of the file inside a quote
            cells = next(csv.reader([first_line.rstrip("\r\n")], delimiter=delimiter, quoting=csv.QUOTE_NONE), [])
            rows[-1] = cells
            problems[len(rows) - 1] = (next((i for i, c in enumerate(cells) if '"' in c), None), UNCLOSED_QUOTE)
            source = io.StringIO(rest, newline="")
            continue
        return rows


class _TableParser(HTMLParser):
    """Rows of every `<table>` (WeChat's user_analysis.xls is one); colspans keep columns aligned."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tables: list[list[list[str]]] = []
        self._stack: list[list[list[str]]] = []
        self._row: list[str] | None = None
        self._cell: list[str] | None = None
        self._span = 1

    @classmethod
    def parse(cls, text: str) -> list[list[list[str]]]:
        parser = cls()
        parser.feed(text)
        parser.close()
        return [t for t in parser.tables if t]

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "table":
            self._stack.append([])
        elif tag == "tr" and self._stack:
            self._finish_row()
            self._row = []
        elif tag in ("td", "th") and self._stack:
            if self._row is None:
                self._row = []
            self._finish_cell()
            self._cell = []
            span = dict(attrs).get("colspan") or "1"
            self._span = int(span) if span.isdigit() else 1
        elif tag == "br" and self._cell is not None:
            self._cell.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("td", "th"):
            self._finish_cell()
        elif tag == "tr":
            self._finish_row()
        elif tag == "table" and self._stack:
            self._finish_row()
            self.tables.append(self._stack.pop())

    def handle_data(self, data: str) -> None:
        if self._cell is not None:
            self._cell.append(data)

    def _finish_cell(self) -> None:
        if self._cell is not None and self._row is not None:
            self._row.append("".join(self._cell).strip())
            self._row.extend([""] * (min(self._span, 100) - 1))
        self._cell = None
        self._span = 1

    def _finish_row(self) -> None:
        self._finish_cell()
        if self._row is not None and self._stack:
            self._stack[-1].append(self._row)
        self._row = None


# --- stacked sub-tables: one sheet holding titled blocks one under another -----------------------


@dataclass
class Block:
    """A run of non-blank rows: its title (a lone cell on the first row, if any) and the rows under it."""

    title: str
    first_row: int  # sheet index of the first row under the title
    rows: list[list[Any]]


def _cells(row: list[Any]) -> list[Any]:
    return [c for c in row if _filled(c)]


def split_blocks(rows: list[list[Any]], start: int = 0) -> list[Block]:
    """The sheet's sub-tables from row `start` on, split at blank rows (WeChat single-article detail, 蝉妈妈)."""
    blocks: list[Block] = []
    run: list[list[Any]] = []
    run_start = start
    for index in range(start, len(rows) + 1):
        row = rows[index] if index < len(rows) else []
        if _cells(row):
            if not run:
                run_start = index
            run.append(row)
            continue
        if run:
            lead = _cells(run[0])
            if len(lead) == 1 and len(run) > 1:
                blocks.append(Block(str(lead[0]).strip(), run_start + 1, run[1:]))
            else:
                blocks.append(Block("", run_start, run))
            run = []
    return blocks


def block_fields(block: Block) -> dict[str, Any] | None:
    """A key-value block as {label: value}: label/value rows, or one header row over one value row; else None."""
    rows = [_cells(r) for r in block.rows]
    if all(len(r) <= 2 for r in rows) and any(len(r) == 2 for r in rows):
        return {str(r[0]).strip(): (r[1] if len(r) == 2 else None) for r in rows}
    if len(block.rows) == 2:
        header, values = block.rows
        return {str(h).strip(): (values[i] if i < len(values) else None) for i, h in enumerate(header) if _filled(h)}
    return None


def block_table(block: Block) -> list[dict[str, Any]]:
    """A block with a header row as one dict per data row (header → cell), blank cells left out."""
    header, *body = block.rows
    names = {i: str(h).strip() for i, h in enumerate(header) if _filled(h)}
    return [{name: row[i] for i, name in names.items() if i < len(row) and _filled(row[i])} for row in body]
