"""Qt item models for tables, reused by every tab that shows one.

`SqlTableModel` follows Anki's browser model: it holds only the ordered ids of the matching rows
and fetches the rows of the visible page on demand; sorting (`sort()`) and filtering
(`setSearchText()`, `setEquals()`) re-run one SQL query for the ids. The SQL itself lives in
`app.services.queries`.

`ListTableModel` is for the short lists a service hands over (what worked, drafts, boosts,
alerts): rows in a Python list, sorted in its own `sort()`. No `QSortFilterProxyModel` anywhere
(30 s to sort 100,000 rows here, see STYLE.md).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QIcon, QPainter, QPixmap

from app.models import vocabulary
from app.models.base import Platform
from app.models.vocabulary import PLATFORM_COLORS
from app.services.queries import Column, TableQuery
from app.store import Store
from app.views.theme import is_dark

_NUMERIC = {"int", "float", "money", "rate", "ratio"}
_ALIGN_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_ALIGN_LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)


def platform_name(code: str | None) -> str:
    """The name the UI shows for a platform code, in the UI's language; other codes as they are.

    Every view shows platform names through here (one "platforms" context), so the English UI
    never shows 公众号 and a code such as `qq` never shows raw.
    """
    return vocabulary.platform_name(code, QCoreApplication.translate)


#: Platform colours that vanish on the dark theme's greys, and what they are drawn in there.
DARK_THEME_COLORS = {Platform.douyin: "#7A7A80"}


def platform_color(code: str | None) -> QColor:
    try:
        platform = Platform(code or "")
    except ValueError:
        return QColor("#8A8F98")
    if platform in DARK_THEME_COLORS and is_dark():
        return QColor(DARK_THEME_COLORS[platform])
    return QColor(PLATFORM_COLORS[platform])


_swatches: dict[tuple[str, int], QIcon] = {}


def swatch_icon(colour: QColor | str, size: int = 12) -> QIcon:
    """A small round swatch in `colour` (a platform, a kind of calendar item), for cells and lists."""
    key = (QColor(colour).name(), size)
    if key not in _swatches:
        pix = QPixmap(size, size)
        pix.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pix)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setBrush(QColor(colour))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawEllipse(1, 1, size - 2, size - 2)
        painter.end()
        _swatches[key] = QIcon(pix)
    return _swatches[key]


def platform_icon(code: str | None) -> QIcon:
    """The platform's swatch (in its dark-theme colour on the dark theme)."""
    return swatch_icon(platform_color(code))


def label(group: str, code: object) -> str:
    """The display label of a stored code in the UI's language (the vocabulary's "labels")."""
    return vocabulary.label(group, code, QCoreApplication.translate)


def label_choices(group: str) -> list[tuple[str, str]]:
    """(code, label) of every code of a group, in the vocabulary's order: for combo boxes."""
    return [(code, label(group, code)) for code in vocabulary.labels(group)]


def _json_list(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        try:
            value = json.loads(value)
        except ValueError:
            return [value]
    return [str(v) for v in value] if isinstance(value, list) else [str(value)]


def format_value(kind: str, value: Any) -> str:
    """How a stored value reads in a table cell; a missing value is an empty cell, never 0."""
    if value is None:
        return ""
    if kind == "ratio":  # a plain number with two decimals (ROI)
        return f"{float(value):.2f}"
    if kind == "int":
        return f"{int(value):,}"
    if kind == "float":
        return f"{float(value):,.1f}"
    if kind == "money":
        return f"¥{float(value):,.2f}"
    if kind == "rate":
        return f"{float(value) * 100:.1f}%"
    if kind == "date":
        return str(value)[:10]
    if kind == "datetime":
        return str(value)[:16]
    if kind == "platform":
        return platform_name(str(value))
    if kind == "platform_list":
        return QCoreApplication.translate("labels", "、").join(platform_name(v) for v in _json_list(value))
    if kind == "json_list":
        return QCoreApplication.translate("labels", "、").join(_json_list(value))
    if kind.startswith("label:"):
        return label(kind[6:], value)
    return str(value)


class _Filters:
    """The search text and equality filters both table models take; a change reloads a loaded model."""

    _text = ""
    _loaded = False  # nothing is read before the first reload(): hidden tabs cost nothing
    _equals: dict[str, Any]  # set by the model's __init__

    def reload(self) -> None:
        raise NotImplementedError

    def setSearchText(self, text: str) -> None:
        if text != self._text:
            self._text = text
            if self._loaded:
                self.reload()

    def setEquals(self, key: str, value: Any) -> None:
        """Keep only rows whose column `key` equals `value` (None removes the condition)."""
        if self._equals.get(key) != value:
            self._equals[key] = value
            if self._loaded:
                self.reload()


class SqlTableModel(_Filters, QAbstractTableModel):
    """A read-only, lazily fetched table over a `TableQuery`.

    Signals:
        reloaded(int): the number of matching rows after the ids were queried again.
    """

    reloaded = Signal(int)
    PAGE = 200
    MAX_CACHED_PAGES = 64

    def __init__(self, store: Store, query: TableQuery, parent: Any = None) -> None:
        super().__init__(parent)
        self._store = store
        self._query = query
        self._ids: list[int] = []
        self._pages: dict[int, dict[int, tuple[Any, ...]]] = {}
        self._equals = {}
        self._sort: tuple[str, bool] | None = None

    # -- what to show -------------------------------------------------------------------------
    @property
    def query(self) -> TableQuery:
        return self._query

    def setQuery(self, query: TableQuery) -> None:
        self._query = query
        self.reload()

    def reload(self) -> None:
        """Query the matching ids again (after a data change, a filter or a sort)."""
        self.beginResetModel()
        key, desc = self._sort if self._sort else (None, False)
        self._ids = self._query.ids(self._store, self._text, self._equals, key, desc)
        self._pages.clear()
        self._loaded = True
        self.endResetModel()
        self.reloaded.emit(len(self._ids))

    def id_at(self, row: int) -> int:
        return self._ids[row]

    def row_of(self, row_id: int) -> int:
        """The row showing this id, or -1."""
        try:
            return self._ids.index(row_id)
        except ValueError:
            return -1

    def row_values(self, row: int) -> dict[str, Any]:
        """The raw values of a row by column key (for dialogs and exports)."""
        values = self._fetch(row)
        return {c.key: v for c, v in zip(self._query.columns, values, strict=True)}

    # -- Qt model interface -------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._query.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal:
            column = self._query.columns[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return QCoreApplication.translate("columns", column.title)
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return _ALIGN_RIGHT if column.kind in _NUMERIC else _ALIGN_LEFT
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        column = self._query.columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            text = format_value(column.kind, self._fetch(index.row())[index.column()])
            return text if role == Qt.ItemDataRole.DisplayRole or len(text) > 20 else None
        if role == Qt.ItemDataRole.EditRole:
            return self._fetch(index.row())[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _ALIGN_RIGHT if column.kind in _NUMERIC else _ALIGN_LEFT
        if role == Qt.ItemDataRole.DecorationRole and column.kind == "platform":
            value = self._fetch(index.row())[index.column()]
            return platform_icon(value) if value else None
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort in SQL; column -1 means the table's natural order (by id)."""
        descending = order == Qt.SortOrder.DescendingOrder
        self._sort = (self._query.columns[column].key, descending) if column >= 0 else None
        if not self._loaded:
            return
        self.layoutAboutToBeChanged.emit()
        key, desc = self._sort if self._sort else (None, False)
        self._ids = self._query.ids(self._store, self._text, self._equals, key, desc)
        self._pages.clear()
        self.layoutChanged.emit()

    # -- fetching -----------------------------------------------------------------------------
    def _fetch(self, row: int) -> tuple[Any, ...]:
        page = row // self.PAGE
        rows = self._pages.get(page)
        if rows is None:
            if len(self._pages) >= self.MAX_CACHED_PAGES:
                self._pages.clear()
            ids = self._ids[page * self.PAGE : (page + 1) * self.PAGE]
            rows = self._pages[page] = self._query.rows(self._store, ids)
        return rows.get(self._ids[row]) or (None,) * len(self._query.columns)


#: Colours a `ListTableModel` draws a flagged row in (a boost to stop, an over-budget partner).
FLAG_BACKGROUND = QColor("#FDECEC")
FLAG_TEXT = QColor("#B42318")
#: The background of a highlighted row (the own accounts beside their competitors).
HIGHLIGHT_BACKGROUND = QColor("#EEF3FF")


@dataclass(frozen=True)
class ListColumn:
    """A column of a `ListTableModel`.

    `value(row)` is what the column sorts by (and the EditRole); the cell reads `text(row)` when
    given, else the value formatted by `kind` (`format_value`: "int", "money", "platform" with its
    swatch, …). Numeric kinds, or `numeric`, align right. `key` names the column (widths, exports).
    """

    title: str
    value: Callable[[Any], Any]
    text: Callable[[Any], str] | None = None
    numeric: bool = False
    kind: str = "text"
    key: str = ""

    @property
    def right_aligned(self) -> bool:
        return self.numeric or self.kind in _NUMERIC


def key_column(key: str, title: str, kind: str = "text") -> ListColumn:
    """A column showing `row[key]` of dict rows, formatted by `kind`."""
    return ListColumn(title, lambda row: row.get(key), kind=kind, key=key)


def query_columns(columns: Sequence[Column]) -> list[ListColumn]:
    """`app.services.queries` columns (titles marked in the "columns" context) for a `ListTableModel`."""
    return [key_column(c.key, QCoreApplication.translate("columns", c.title), c.kind) for c in columns]


#: What a `ListTableModel` asks for its rows: (search text, equality filters that are set) → rows.
Loader = Callable[[str, dict[str, Any]], Sequence[Any]]


def _sort_value(value: Any) -> Any:
    return value.value if hasattr(value, "value") else value


def _get(row: Any, key: str) -> Any:
    return row.get(key) if isinstance(row, dict) else getattr(row, key, None)


class ListTableModel(_Filters, QAbstractTableModel):
    """A read-only table over a short list of rows (dicts or plain objects), sorted in `sort()`
    with missing values last; the sort order holds across `set_rows()`.

    Options: `foreground(row, column)` colours a cell's text (a QColor or "#hex"); `flagged(row)`
    draws the whole row in red on pink; `highlighted(row)` draws it bold on light blue; `tooltip(row)`
    is the row's tooltip (where it gives none, a long cell shows its whole text); `check_key`
    makes the first column a checkbox bound to that boolean key of dict rows — a click sets it
    and emits `toggled` (the owner writes it and reloads).

    With `load`, the model fetches its own rows: `reload()` asks `load(search text, filters)`
    again, `setSearchText()` / `setEquals()` change what it asks for (the same calls as
    `SqlTableModel`, so a short service list and a big SQL table sit behind the same widgets).

    Signals:
        toggled(object, bool): the row whose checkbox was clicked and its new state.
        reloaded(int): the number of rows after `reload()`.
    """

    toggled = Signal(object, bool)
    reloaded = Signal(int)

    def __init__(self, columns: Sequence[ListColumn], parent: Any = None, *,
                 foreground: Callable[[Any, int], QColor | str | None] | None = None,
                 flagged: Callable[[Any], bool] | None = None,
                 highlighted: Callable[[Any], bool] | None = None,
                 tooltip: Callable[[Any], str | None] | None = None,
                 check_key: str | None = None, load: Loader | None = None, id_key: str = "id") -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self._load = load
        self._id_key = id_key
        self._equals = {}
        self._rows: list[Any] = []
        self._foreground = foreground
        self._flagged = flagged
        self._highlighted = highlighted
        self._tooltip = tooltip
        self._check_key = check_key
        self._sort: tuple[int, Qt.SortOrder] | None = None

    # -- rows -----------------------------------------------------------------------------------
    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        if self._sort is not None:
            self._rows = self._sorted(*self._sort)
        self.endResetModel()

    def rows(self) -> list[Any]:
        return list(self._rows)

    def reload(self) -> None:
        """Ask `load` for the rows again (after a data change or a filter)."""
        if self._load is None:
            raise TypeError("reload() needs a model made with load=")
        self._loaded = True
        self.set_rows(self._load(self._text, {k: v for k, v in self._equals.items() if v is not None}))
        self.reloaded.emit(len(self._rows))

    def id_at(self, row: int) -> Any:
        """The id (`id_key`) of the row shown at `row`."""
        return _get(self._rows[row], self._id_key)

    def record(self, row_id: Any) -> Any:
        """The whole row with this id (more than the shown columns), or None."""
        return self.row_at(self.row_of(row_id, self._id_key))

    def row_at(self, row: int) -> Any:
        """The row object shown at `row`, or None outside the table."""
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, value: Any, key: str = "id") -> int:
        """The table row whose `key` (a dict key or an attribute) equals `value`, or -1."""
        return next((i for i, r in enumerate(self._rows) if _get(r, key) == value), -1)

    # -- Qt model interface ---------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal:
            if role == Qt.ItemDataRole.DisplayRole:
                return self.columns[section].title
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return _ALIGN_RIGHT if self.columns[section].right_aligned else _ALIGN_LEFT
        return None

    def _cell_text(self, column: ListColumn, row: Any) -> str:
        return column.text(row) if column.text is not None else format_value(column.kind, column.value(row))

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_at(index.row()) if index.isValid() else None
        if row is None:
            return None
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._cell_text(column, row)
        if role == Qt.ItemDataRole.EditRole:
            return column.value(row)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _ALIGN_RIGHT if column.right_aligned else _ALIGN_LEFT
        if role == Qt.ItemDataRole.DecorationRole and column.kind == "platform":
            value = column.value(row)
            return platform_icon(value) if value else None
        if role == Qt.ItemDataRole.CheckStateRole and self._check_key and index.column() == 0:
            return Qt.CheckState.Checked if row.get(self._check_key) else Qt.CheckState.Unchecked
        flagged = self._flagged is not None and self._flagged(row)
        highlighted = self._highlighted is not None and self._highlighted(row)
        if role == Qt.ItemDataRole.BackgroundRole and (flagged or highlighted):
            return QBrush(FLAG_BACKGROUND if flagged else HIGHLIGHT_BACKGROUND)
        if role == Qt.ItemDataRole.FontRole and highlighted:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole:
            if flagged:
                return QBrush(FLAG_TEXT)
            color = self._foreground(row, index.column()) if self._foreground is not None else None
            return QColor(color) if isinstance(color, str) else color
        if role == Qt.ItemDataRole.ToolTipRole:
            if self._tooltip is not None and (tip := self._tooltip(row)):
                return tip
            text = self._cell_text(column, row)
            return text if len(text) > 16 else None
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        if self._check_key and index.column() == 0:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def setData(self, index: QModelIndex | QPersistentModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        row = self.row_at(index.row()) if index.isValid() else None
        if row is None or role != Qt.ItemDataRole.CheckStateRole or not self._check_key or index.column() != 0:
            return False
        checked = Qt.CheckState(value) == Qt.CheckState.Checked
        row[self._check_key] = checked
        self.dataChanged.emit(index, index)
        self.toggled.emit(row, checked)
        return True

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if column < 0:
            return
        self.layoutAboutToBeChanged.emit()
        self._sort = (column, order)
        self._rows = self._sorted(column, order)
        self.layoutChanged.emit()

    def _sorted(self, column: int, order: Qt.SortOrder) -> list[Any]:
        value = self.columns[column].value
        known = [r for r in self._rows if value(r) is not None]
        missing = [r for r in self._rows if value(r) is None]
        known.sort(key=lambda r: _sort_value(value(r)), reverse=order == Qt.SortOrder.DescendingOrder)
        return known + missing
