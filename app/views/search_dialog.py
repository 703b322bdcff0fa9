"""The Ctrl+K search popup: one box, results grouped by kind, arrow keys and Enter open the item.

The dialog knows nothing about tabs: it emits `openItem(kind, id)` and the main window routes it
(`MainWindow.open_item`), the same way a tab's own links do.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFont, QIcon, QPainter, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from app.resources import resource_path
from app.services import search
from app.store import Store

#: The icon of each kind's results (the icon of the tab that shows them).
KIND_ICONS = {"topic": "topics", "post": "drafts", "member": "community", "campaign": "campaigns",
              "feedback": "community", "lesson": "review"}
KIND_ROLE = Qt.ItemDataRole.UserRole
ID_ROLE = Qt.ItemDataRole.UserRole + 1
SUBTITLE_ROLE = Qt.ItemDataRole.UserRole + 2


class _HitDelegate(QStyledItemDelegate):
    """A result on two lines: the title, then where it belongs in the muted colour."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        subtitle = index.data(SUBTITLE_ROLE)
        if not subtitle:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        title = str(index.data(Qt.ItemDataRole.ToolTipRole) or "")
        opt.text = ""
        widget = opt.widget  # type: ignore[attr-defined]
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, widget).adjusted(2, 2, -2, -2)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)  # type: ignore[attr-defined]
        palette = opt.palette  # type: ignore[attr-defined]
        metrics = opt.fontMetrics  # type: ignore[attr-defined]
        painter.save()
        painter.setPen(palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text))
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop),
                         metrics.elidedText(title, Qt.TextElideMode.ElideRight, rect.width()))
        painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom),
                         metrics.elidedText(str(subtitle), Qt.TextElideMode.ElideRight, rect.width()))
        painter.restore()


class SearchDialog(QDialog):
    """Search everything and jump to it.

    Signals:
        openItem(str, int): the user chose a result (kind, id); the dialog closes itself.
    """

    openItem = Signal(str, int)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setObjectName("searchDialog")
        self.setWindowTitle(self.tr("搜索"))
        self.resize(620, 480)
        self.box = QLineEdit(self)
        self.box.setObjectName("searchBox")
        self.box.setPlaceholderText(self.tr("搜索选题、内容、用户、活动、反馈和经验…"))
        self.box.setClearButtonEnabled(True)
        self.results = QListWidget(self)
        self.results.setObjectName("searchResults")
        self.results.setUniformItemSizes(False)
        self.results.setWordWrap(False)
        self.results.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.results.setItemDelegate(_HitDelegate(self.results))
        self.hint = QLabel(self)
        self.hint.setObjectName("searchHint")
        self.hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.box)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.hint)
        self._timer = QTimer(self, singleShot=True, interval=150)
        self._timer.timeout.connect(self.run_search)
        self.box.textChanged.connect(self._timer.start)
        self.box.installEventFilter(self)
        self.results.itemActivated.connect(self._activated)
        self.results.itemClicked.connect(self._activated)
        self._show_hint()

    def _show_hint(self, text: str = "") -> None:
        if not text.strip():
            self.hint.setText(self.tr("输入关键词，↑↓ 选择，回车打开，Esc 关闭。多个词用空格隔开表示同时包含。"))
        elif self.results.count() == 0:
            self.hint.setText(self.tr("没有找到「{text}」。换个词试试，或少输几个字。").format(text=text.strip()))
        else:
            self.hint.setText(self.tr("↑↓ 选择，回车打开，Esc 关闭。"))

    def run_search(self) -> None:
        """Search now for what is in the box (the box does this 150 ms after the last keystroke)."""
        self._timer.stop()
        text = self.box.text()
        groups = search.search(self.store, text, translate=QCoreApplication.translate)
        self.results.clear()
        heading_font = QFont(self.results.font())
        heading_font.setBold(True)
        for group in groups:
            more = self.tr("（只显示前 {n} 条）").format(n=len(group.hits)) if group.more else ""
            heading = QListWidgetItem(f"{group.label}{more}")
            heading.setFlags(Qt.ItemFlag.NoItemFlags)
            heading.setFont(heading_font)
            self.results.addItem(heading)
            icon = QIcon(str(resource_path("icons", f"{KIND_ICONS[group.kind]}.svg")))
            for hit in group.hits:
                item = QListWidgetItem(icon, f"{hit.title}\n{hit.subtitle}" if hit.subtitle else hit.title)
                item.setData(KIND_ROLE, hit.kind)
                item.setData(ID_ROLE, hit.id)
                item.setData(SUBTITLE_ROLE, hit.subtitle)
                item.setToolTip(hit.title)
                self.results.addItem(item)
        first = next((i for i in range(self.results.count()) if self.results.item(i).data(KIND_ROLE)), None)
        if first is not None:
            self.results.setCurrentRow(first)
        self._show_hint(text)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Up/Down/PageUp/PageDown in the box move through the results; Enter opens the selected one
        (handled here, so QDialog never treats it as "press the default button")."""
        if watched is self.box and event.type() == QEvent.Type.KeyPress:
            key = event.key()  # type: ignore[attr-defined]
            if key in (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
                self.step_selection(key)
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.open_current()
                return True
        return super().eventFilter(watched, event)

    def step_selection(self, key: Qt.Key) -> None:
        """Select the next/previous result, skipping the group headings (searching first if typing is pending)."""
        if self._timer.isActive():
            self.run_search()
        rows = [i for i in range(self.results.count()) if self.results.item(i).data(KIND_ROLE)]
        if not rows:
            return
        current = self.results.currentRow()
        step = {Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1, Qt.Key.Key_PageUp: -5, Qt.Key.Key_PageDown: 5}[key]
        position = rows.index(current) if current in rows else (-1 if step > 0 else len(rows))
        target = rows[max(0, min(len(rows) - 1, position + step))]
        self.results.setCurrentRow(target)
        self.results.scrollToItem(self.results.item(target))

    def open_current(self) -> None:
        """Enter: open the selected result (searching first if the box changed since the last search)."""
        if self._timer.isActive():
            self.run_search()
        item = self.results.currentItem()
        if item is not None and item.data(KIND_ROLE):
            self._activated(item)

    def _activated(self, item: QListWidgetItem) -> None:
        kind = item.data(KIND_ROLE)
        if not kind:
            return
        self.accept()
        self.openItem.emit(str(kind), int(item.data(ID_ROLE)))
