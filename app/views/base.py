"""Building blocks every tab shares: the tab base class, empty states and a searchable table.

Strings here are translated with explicit contexts (`QCoreApplication.translate`, or `Class.tr()`
where a count needs plural forms), because `self.tr()` in a base class takes the subclass's
context (STYLE.md).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services.queries import TableQuery
from app.views.context import ViewContext
from app.views.table_models import ListTableModel, SqlTableModel


class DataTab(QWidget):
    """Base of the seven tabs (the contract is in `app.views`' docstring).

    A subclass lists the store tables it shows in `tables` and implements `refresh()`. When
    `dataChanged` names one of them, a visible tab refreshes at once and a hidden one on its next
    show, so a week's import does not make six hidden tabs re-query.

    Signals:
        openItem(str, int): ask the main window to show an item (kind, id) in whichever tab owns it.
    """

    openItem = Signal(str, int)

    #: Store tables whose change makes this tab refresh.
    tables: frozenset[str] = frozenset()

    def __init__(self, ctx: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._stale = True
        ctx.signals.dataChanged.connect(self._data_changed)

    def refresh(self) -> None:
        """Re-read what the tab shows from the store."""
        raise NotImplementedError

    def _data_changed(self, changed: set[str]) -> None:
        if "*" in changed or changed & self.tables:
            self._stale = True
            if self.isVisible():
                self._refresh_now()

    def _refresh_now(self) -> None:
        self._stale = False
        self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._refresh_now()


class EmptyState(QStackedWidget):
    """Shows `content`, or in its place a sentence that says what to do when there is nothing yet."""

    def __init__(self, content: QWidget, message: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.message = QLabel(message)
        self.message.setObjectName("emptyState")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.addWidget(content)
        self.addWidget(self.message)

    def setEmpty(self, empty: bool) -> None:
        self.setCurrentIndex(1 if empty else 0)

    def isEmpty(self) -> bool:
        return self.currentIndex() == 1


class HeaderFitter(QObject):
    """Widens every column of a table narrower than its header's text, so no header is cut off.

    Tabs set their column widths right after building a view, for Chinese headers; English ones
    run longer. Fits once those widths are set (next event-loop turn) and after each model reset;
    it only ever widens, so a column the user made narrower stays until the next reload. A child
    of the view, so its connections end with the view.
    """

    def __init__(self, view: QTableView) -> None:
        super().__init__(view)
        self.view = view
        QTimer.singleShot(0, self, self.fit)
        if view.model() is not None:
            view.model().modelReset.connect(self.fit)

    def fit(self) -> None:
        header = self.view.horizontalHeader()
        model = self.view.model()
        if model is None:
            return
        metrics = header.fontMetrics()
        margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
        arrow = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None, header)
        for section in range(header.count()):
            text = model.headerData(section, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
            if header.isSectionHidden(section) or not text:
                continue
            # room for the text, the margins and the sort arrow a click on the header adds
            need = max(metrics.horizontalAdvance(line) for line in str(text).split("\n")) + 3 * margin + arrow
            if header.sectionSize(section) < need:
                header.resizeSection(section, need)


def make_table_view(model: QAbstractItemModel, parent: QWidget | None = None, *,
                    single_selection: bool = False) -> QTableView:
    """A QTableView set up the same way everywhere: sortable in the model, rows selected whole
    (one at a time with `single_selection`: the short lists with a detail beside them)."""
    view = QTableView(parent)
    view.setModel(model)
    view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
    view.setSortingEnabled(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    if single_selection:
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(28)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    header.setDefaultSectionSize(110)
    header.setHighlightSections(False)
    HeaderFitter(view)
    return view


class SearchableTable(QWidget):
    """A search box, a row count and a table, with an empty state: a lazy SQL table over a
    `TableQuery`, or a `ListTableModel` that loads its rows from a service.

    The search runs 200 ms after the last keystroke (in SQL, or in the list model's loader).
    `model` and `view` are public so tabs can add filters, context menus and double-click handling.

    Signals:
        activated(int): the id of the row the user double-clicked or pressed Enter on.
    """

    activated = Signal(int)

    def __init__(
        self,
        ctx: ViewContext,
        source: TableQuery | ListTableModel,
        empty_message: str,
        parent: QWidget | None = None,
        *,
        widths: dict[str, int] | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        #: Sheet and default file name of 「导出到 Excel」 (tabs set it, e.g. "选题库").
        self.export_name = ""
        self.model = source if isinstance(source, ListTableModel) else SqlTableModel(ctx.store, source, self)
        self.view = make_table_view(self.model, self)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(QCoreApplication.translate("SearchableTable", "搜索…"))
        self.search.setClearButtonEnabled(True)
        self.search.setMaximumWidth(320)
        self.count = QLabel(self)
        self.count.setObjectName("rowCount")
        self.toolbar = QHBoxLayout()
        self.toolbar.addWidget(self.search)
        self.toolbar.addStretch(1)
        self.toolbar.addWidget(self.count)
        self.export_button = QPushButton(QCoreApplication.translate("SearchableTable", "导出到 Excel…"), self)
        self.export_button.setObjectName("exportButton")
        self.export_button.setToolTip(
            QCoreApplication.translate("SearchableTable", "把现在显示的行（搜索、筛选和排序都算上）存成 Excel 表格"))
        self.export_button.clicked.connect(self.export_to_excel)
        self.toolbar.addWidget(self.export_button)
        self.stack = EmptyState(self.view, empty_message, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.toolbar)
        layout.addWidget(self.stack, 1)
        self._timer = QTimer(self, singleShot=True, interval=200)
        self._timer.timeout.connect(lambda: self.model.setSearchText(self.search.text()))
        self.search.textChanged.connect(self._timer.start)
        self.model.reloaded.connect(self._reloaded)
        self.view.activated.connect(lambda index: self.activated.emit(self.model.id_at(index.row())))
        for i, column in enumerate(source.columns):
            if widths and column.key in widths:
                self.view.setColumnWidth(i, widths[column.key])

    def reload(self) -> None:
        self.model.reload()

    def export_to_excel(self) -> None:
        """Write exactly what the table shows to an .xlsx (asks where)."""
        from app.views.export_actions import export_table

        export_table(self)

    def _reloaded(self, n: int) -> None:
        searching = bool(self.search.text().strip())
        self.count.setText(SearchableTable.tr("共 %n 条", "", n))
        self.stack.setEmpty(n == 0 and not searching)
        self.search.setEnabled(n > 0 or searching)
        self.export_button.setEnabled(n > 0)

    def select_id(self, row_id: int) -> bool:
        """Scroll to and select the row of this id; False when it is not shown."""
        row = self.model.row_of(row_id)
        if row < 0:
            return False
        index = self.model.index(row, 0)
        self.view.selectRow(row)
        self.view.scrollTo(index)
        return True


def dialog_buttons(dialog: QDialog, ok: QDialogButtonBox.StandardButton = QDialogButtonBox.StandardButton.Ok, *,
                   ok_text: str | None = None, cancel_text: str | None = None,
                   on_accept: Callable[[], Any] | None = None) -> QDialogButtonBox:
    """A dialog's confirm + 取消 row, wired to `on_accept` (else the dialog's accept) and reject, so every
    dialog closes the same way. Texts are translated by the caller, in its own context."""
    buttons = QDialogButtonBox(ok | QDialogButtonBox.StandardButton.Cancel, dialog)
    if ok_text is not None:
        buttons.button(ok).setText(ok_text)
    if cancel_text is not None:
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(cancel_text)
    buttons.accepted.connect(on_accept or dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


def clear_layout(layout: Any) -> None:
    """Remove and delete every widget of a layout (for views rebuilt on refresh)."""
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget()
        if widget is not None:
            widget.deleteLater()
        elif item.layout() is not None:
            clear_layout(item.layout())
