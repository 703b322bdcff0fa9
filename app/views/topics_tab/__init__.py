"""选题库: the topic library (filters, scores, priority, bulk actions, editor), the month's plan
and what worked; "生成草稿" fans a topic out into per-platform drafts."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.models import Platform, TopicSource
from app.services import topics
from app.services.drafts import create_drafts_from_topic
from app.services.queries import own_platforms
from app.views.base import DataTab, SearchableTable, dialog_buttons
from app.views.content_common import month_choices
from app.views.context import ViewContext
from app.views.table_models import label, platform_icon, platform_name
from app.views.topics_tab.editor import TopicEditor, split_tags, status_labels
from app.views.topics_tab.plan import PlanView, WorkedView

__all__ = ["TopicsTab", "priority_text"]

_PRIORITY_CODES = ("high", "medium", "low")
_PRIORITY_COLORS = {"high": QColor("#C0392B"), "medium": QColor("#B35C00"), "low": QColor("#6B7280")}


def priority_text(sort_key: float | None, override: str | None) -> str:
    """"高", or "高（手动）" when the operator set it, from the table's priority sort key."""
    if sort_key is None:
        return ""
    code = override or _PRIORITY_CODES[min(int(sort_key // 10), 2)]
    text = label("priority", code)
    return QCoreApplication.translate("TopicsTab", "{priority}（手动）").format(priority=text) if override else text


class _PriorityDelegate(QStyledItemDelegate):
    """Shows the priority column's sort key as 高/中/低, marked when set by hand."""

    def __init__(self, override_column: int, parent: QWidget) -> None:
        super().__init__(parent)
        self.override_column = override_column

    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        super().initStyleOption(option, index)
        override = index.siblingAtColumn(self.override_column).data(Qt.ItemDataRole.EditRole)
        option.text = priority_text(index.data(Qt.ItemDataRole.EditRole), override)  # type: ignore[attr-defined]
        key = index.data(Qt.ItemDataRole.EditRole)
        if key is not None:
            code = override or _PRIORITY_CODES[min(int(key // 10), 2)]
            option.palette.setColor(option.palette.ColorRole.Text, _PRIORITY_COLORS[code])  # type: ignore[attr-defined]
        option.displayAlignment = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter  # type: ignore[attr-defined]


class _ScoreDelegate(QStyledItemDelegate):
    """Weighted scores with two decimals, as the CLI prints them."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        super().initStyleOption(option, index)
        value = index.data(Qt.ItemDataRole.EditRole)
        option.text = "" if value is None else f"{float(value):.2f}"  # type: ignore[attr-defined]


class CreateDraftsDialog(QDialog):
    """Pick the own platforms to write this topic for (the topic's own platforms pre-ticked)."""

    def __init__(self, title: str, codes: list[str], ticked: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("生成草稿"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("为选题「{title}」生成哪些平台的草稿？每个平台的每个自有账号一篇，标题和说明已填好。")
                       .format(title=title), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.boxes: dict[str, QCheckBox] = {}
        for code in codes:
            box = QCheckBox(platform_name(code), self)
            box.setIcon(platform_icon(code))
            box.setChecked(code in ticked or not ticked)
            self.boxes[code] = box
            layout.addWidget(box)
        layout.addWidget(dialog_buttons(self, ok_text=self.tr("生成")))

    def chosen(self) -> list[str]:
        return [code for code, box in self.boxes.items() if box.isChecked()]


class WeightsDialog(QDialog):
    """The weights of 时效性、价值度、转化力 in the weighted score (setting `topics.weights`)."""

    def __init__(self, weights: dict[str, float], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("评分权重"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("加权分 = 三项评分按权重加权平均。默认三项一样重要；比如更看重转化，就把转化力调到 2。"), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.spins: dict[str, QDoubleSpinBox] = {}
        for key, text in (("timeliness", self.tr("时效性")), ("value", self.tr("价值度")),
                          ("conversion", self.tr("转化力"))):
            spin = QDoubleSpinBox(self)
            spin.setRange(0, 10)
            spin.setSingleStep(0.5)
            spin.setDecimals(1)
            spin.setValue(weights[key])
            self.spins[key] = spin
            form.addRow(text, spin)
        layout.addLayout(form)
        layout.addWidget(dialog_buttons(self))

    def weights(self) -> dict[str, float]:
        return {key: spin.value() for key, spin in self.spins.items()}


class TopicsTab(DataTab):
    """The topic library, the month's plan and what worked.

    Signals:
        openItem(str, int): ("post", id) to open a draft made from a topic.
    """

    tables = frozenset({"topic", "post", "post_metrics", "conversion", "feedback", "hot_date", "setting", "account"})

    def __init__(self, ctx: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._filters: dict[str, Any] = {}
        self.table = SearchableTable(
            ctx, topics.topics_table(),
            self.tr("还没有选题 — 点「新建选题」把想到的选题记进来，或在「本月计划」里用热点、用户需求建选题"),
            self,
            widths={"title": 280, "priority": 80, "weighted": 64, "timeliness": 56, "value": 56,
                    "conversion": 56, "status": 90, "source": 70, "target_month": 76, "due_date": 90,
                    "platforms": 150},
        )
        self._columns = [c.key for c in self.table.model.query.columns]
        self.table.view.setColumnHidden(self._columns.index("override"), True)
        self.table.view.setItemDelegateForColumn(
            self._columns.index("priority"), _PriorityDelegate(self._columns.index("override"), self.table.view))
        self.table.view.setItemDelegateForColumn(self._columns.index("weighted"), _ScoreDelegate(self.table.view))
        self.table.view.setSelectionMode(self.table.view.SelectionMode.ExtendedSelection)
        self.table.view.sortByColumn(self._columns.index("priority"), Qt.SortOrder.AscendingOrder)
        self.table.search.setMaximumWidth(200)
        self.table.count.setMinimumWidth(self.table.count.fontMetrics().horizontalAdvance("共 99,999 条") + 16)
        self.filter_boxes: dict[str, QComboBox] = {}
        for position, (key, text) in enumerate((("status", self.tr("全部状态")), ("source", self.tr("全部来源")),
                                                 ("month", self.tr("全部月份")), ("tag", self.tr("全部标签")),
                                                 ("platform", self.tr("全部平台"))), start=1):
            box = QComboBox(self.table)
            box.setObjectName(f"filter_{key}")
            box.addItem(text, None)
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            box.currentIndexChanged.connect(self._apply_filters)
            self.filter_boxes[key] = box
            self.table.toolbar.insertWidget(position, box)
        for code, text in status_labels():
            self.filter_boxes["status"].addItem(text, code)
        for code in TopicSource:
            self.filter_boxes["source"].addItem(label("topic_source", code.value), code.value)
        self.filter_boxes["month"].addItem(self.tr("未排月份"), "")
        for code in Platform:
            self.filter_boxes["platform"].addItem(platform_icon(code.value), platform_name(code), code.value)

        self.new_button = QPushButton(self.tr("新建选题"), self)
        self.bulk_buttons = {
            "month": QPushButton(self.tr("设月份…"), self),
            "status": QPushButton(self.tr("设状态…"), self),
            "tags": QPushButton(self.tr("加标签…"), self),
            "shelve": QPushButton(self.tr("搁置"), self),
        }
        self.weights_button = QPushButton(self.tr("评分权重…"), self)
        self.selection_label = QLabel(self)
        actions = QHBoxLayout()
        actions.addWidget(self.new_button)
        actions.addSpacing(12)
        actions.addWidget(self.selection_label)
        for button in self.bulk_buttons.values():
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.weights_button)

        self.editor = TopicEditor(ctx, self)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.editor)
        scroll.setMinimumWidth(380)
        library = QWidget(self)
        library_layout = QVBoxLayout(library)
        library_layout.setContentsMargins(0, 0, 0, 0)
        library_layout.addLayout(actions)
        library_layout.addWidget(self.table, 1)
        self.splitter = QSplitter(self)
        self.splitter.addWidget(library)
        self.splitter.addWidget(scroll)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([940, 420])

        self.plan = PlanView(ctx, self)
        self.worked = WorkedView(ctx, self)
        self.pages = QTabWidget(self)
        self.pages.setObjectName("topicPages")
        self.pages.addTab(self.splitter, self.tr("选题库"))
        self.pages.addTab(self.plan, self.tr("本月计划"))
        self.pages.addTab(self.worked, self.tr("效果回看"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)

        self.table.view.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.model.modelReset.connect(self._selection_changed)
        self.table.model.reloaded.connect(self._reloaded)
        self.new_button.clicked.connect(self.new_topic)
        self.bulk_buttons["month"].clicked.connect(self.bulk_set_month)
        self.bulk_buttons["status"].clicked.connect(self.bulk_set_status)
        self.bulk_buttons["tags"].clicked.connect(self.bulk_add_tags)
        self.bulk_buttons["shelve"].clicked.connect(self.bulk_shelve)
        self.weights_button.clicked.connect(self.edit_weights)
        self.editor.saved.connect(self._topic_saved)
        self.editor.draftsRequested.connect(self.create_drafts)
        self.plan.topicActivated.connect(self.show_item)
        self.worked.topicActivated.connect(self.show_item)
        self.pages.currentChanged.connect(self._page_switched)
        self._loaded_pages: set[int] = set()
        self._selection_changed()

    # -- data ---------------------------------------------------------------------------------
    def refresh(self) -> None:
        self.ctx.tasks.run(topics.refresh_proposed_scores, self.ctx.store, once_a_day=True,
                           translate=QCoreApplication.translate, writes=True,
                           on_result=lambda changed: changed and self.ctx.signals.notify("topic"))
        self._fill_choices("tag", topics.topic_tags(self.ctx.store))
        self._fill_choices("month", month_choices(extra=topics.topic_months(self.ctx.store)), keep=2)
        self._apply_filters()
        self._refresh_editor()
        self._loaded_pages = set()
        self._page_changed(self.pages.currentIndex())

    def _refresh_editor(self) -> None:
        """Keep the edited topic selected; show its stored values again unless the user has unsaved edits."""
        topic_id = self.editor.topic_id
        if topic_id is None:
            return
        if self.editor.dirty:
            self.table.select_id(topic_id)
            return
        try:
            self.editor.load(topic_id)
        except topics.TopicNotFoundError:
            self.editor.new()
            return
        self.table.select_id(topic_id)

    def _fill_choices(self, key: str, values: list[str], keep: int = 1) -> None:
        box = self.filter_boxes[key]
        current = box.currentData()
        box.blockSignals(True)
        while box.count() > keep:
            box.removeItem(keep)
        for value in values:
            box.addItem(value, value)
        box.setCurrentIndex(max(box.findData(current), 0) if current is not None else 0)
        box.blockSignals(False)

    def _apply_filters(self) -> None:
        filters = {key: box.currentData() for key, box in self.filter_boxes.items()}
        self._filters = filters
        self.table.model.setQuery(topics.topics_table(topics.topic_weights(self.ctx.store), **filters))

    def _reloaded(self, count: int) -> None:
        if count == 0 and any(v is not None for v in self._filters.values()):
            self.table.stack.setEmpty(False)
            self.table.search.setEnabled(True)

    def set_filter(self, key: str, value: Any) -> None:
        """Choose a filter value by its code (tests and other callers)."""
        box = self.filter_boxes[key]
        box.setCurrentIndex(box.findData(value))

    def _page_switched(self, index: int) -> None:
        if self.pages.widget(index) is not self.splitter and not self.editor.settle():
            self.pages.setCurrentWidget(self.splitter)
            return
        self._page_changed(index)

    def _page_changed(self, index: int) -> None:
        if index in self._loaded_pages:
            return
        self._loaded_pages.add(index)
        page = self.pages.widget(index)
        if page is self.plan or page is self.worked:
            page.refresh()

    def show_item(self, topic_id: int) -> bool:
        """Open a topic in the library's editor (clearing filters that hide it); False when it is not
        shown or the user chose to stay with unsaved edits."""
        self.pages.setCurrentWidget(self.splitter)
        if topic_id != self.editor.topic_id and not self.editor.settle():
            return False
        if self.table.model.row_of(topic_id) < 0:
            self.table.search.clear()
            self.table.model.setSearchText("")
            for box in self.filter_boxes.values():
                box.blockSignals(True)
                box.setCurrentIndex(0)
                box.blockSignals(False)
            self._apply_filters()
        shown = self.table.select_id(topic_id)
        self.editor.load(topic_id)
        return shown

    # -- selection and editing ----------------------------------------------------------------
    def selected_ids(self) -> list[int]:
        rows = sorted({index.row() for index in self.table.view.selectionModel().selectedRows()})
        return [self.table.model.id_at(row) for row in rows]

    def _selection_changed(self, *_: Any) -> None:
        ids = self.selected_ids()
        for button in self.bulk_buttons.values():
            button.setEnabled(bool(ids))
        self.selection_label.setText(self.tr("已选 %n 个：", "", len(ids)) if ids else "")
        if len(ids) == 1 and ids[0] != self.editor.topic_id:
            target = ids[0]
            if not self.editor.settle():
                self._reselect_editor()
                return
            self.editor.load(target)
            self.table.select_id(target)

    def _reselect_editor(self) -> None:
        """Put the selection back on what the editor shows (the user cancelled leaving it)."""
        if self.editor.topic_id is None or not self.table.select_id(self.editor.topic_id):
            self.table.view.clearSelection()

    def new_topic(self) -> None:
        self.pages.setCurrentWidget(self.splitter)
        if not self.editor.settle():
            return
        self.table.view.clearSelection()
        self.editor.new()
        self.editor.title.setFocus()

    def _topic_saved(self, topic_id: int) -> None:
        self.table.select_id(topic_id)

    # -- bulk actions -------------------------------------------------------------------------
    def _bulk(self, fn: Any, *args: Any, **kwargs: Any) -> None:
        ids = self.selected_ids()
        if ids:
            self.ctx.tasks.run(fn, self.ctx.store, ids, *args, on_result=lambda _: self.ctx.signals.notify("topic"),
                               parent=self, writes=True, **kwargs)

    def bulk_set_month(self) -> None:
        none = self.tr("不排月份")
        months = month_choices(extra=topics.topic_months(self.ctx.store))
        current = self.plan.current_month()
        month, ok = QInputDialog.getItem(self, self.tr("设月份"), self.tr("把选中的选题排进哪个月？"),
                                         [*months, none], months.index(current) if current in months else 0, False)
        if ok:
            self._bulk(topics.bulk_set_month, None if month == none else month)

    def bulk_set_status(self) -> None:
        choices = status_labels()
        text, ok = QInputDialog.getItem(self, self.tr("设状态"), self.tr("选中的选题改成什么状态？"),
                                        [t for _, t in choices], 0, False)
        if ok:
            self._bulk(topics.bulk_set_status, dict((t, c) for c, t in choices)[text])

    def bulk_add_tags(self) -> None:
        text, ok = QInputDialog.getText(self, self.tr("加标签"), self.tr("给选中的选题加上标签（逗号或空格分开）："))
        if ok and split_tags(text):
            self._bulk(topics.bulk_set_tags, add=split_tags(text))

    def bulk_shelve(self) -> None:
        self._bulk(topics.bulk_shelve)

    def edit_weights(self) -> None:
        dialog = WeightsDialog(topics.topic_weights(self.ctx.store), self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.ctx.tasks.run(topics.set_topic_weights, self.ctx.store, dialog.weights(),
                               on_result=lambda _: self.ctx.signals.notify("setting", "topic"),
                               parent=self, writes=True)

    # -- drafts -------------------------------------------------------------------------------
    def ask_platforms(self, topic: topics.TopicRow, own: list[str]) -> list[str] | None:
        """The platforms the user ticks in the dialog, or None when cancelled."""
        dialog = CreateDraftsDialog(topic.title, own, [p for p in topic.platforms if p in own], self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.chosen()

    def create_drafts(self, topic_id: int) -> None:
        own = own_platforms(self.ctx.store)
        if not own:
            QMessageBox.information(self, self.tr("生成草稿"),
                                    self.tr("还没有自己的账号。先添加你运营的公众号、抖音、小红书账号，再生成草稿。"))
            return
        chosen = self.ask_platforms(topics.get_topic(self.ctx.store, topic_id), own)
        if not chosen:
            return
        self.ctx.tasks.run(create_drafts_from_topic, self.ctx.store, topic_id, chosen,
                           on_result=self._drafts_created, progress=self.tr("正在生成草稿…"),
                           parent=self, writes=True)

    def _drafts_created(self, post_ids: list[int]) -> None:
        self.ctx.signals.notify("post", "post_revision", "topic")
        if not post_ids:
            return
        answer = QMessageBox.question(
            self, self.tr("生成草稿"),
            self.tr("已生成 %n 篇草稿。现在去「草稿」里打开第一篇吗？", "", len(post_ids)))
        if answer == QMessageBox.StandardButton.Yes:
            self.openItem.emit("post", post_ids[0])
