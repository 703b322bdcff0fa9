"""反馈与需求 page: the feedback log (filters, add/edit, 转成选题) and the 用户需求清单 built from it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QDateTime, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app import clock
from app.i18n import QT_TRANSLATE_NOOP, UserError
from app.report.workbooks import write_needs_xlsx
from app.services import community, feedback
from app.services.queries import Column
from app.store import Store
from app.views.base import EmptyState, dialog_buttons, make_table_view
from app.views.community_tab.common import heading, translated
from app.views.context import ViewContext
from app.views.errors import show_user_error
from app.views.export_actions import ask_save_path, tell_saved
from app.views.table_models import ListTableModel, label, label_choices, query_columns

_LOG = (
    Column("received_at", QT_TRANSLATE_NOOP("columns", "收到时间"), "", "datetime"),
    Column("source_name", QT_TRANSLATE_NOOP("columns", "来源"), ""),
    Column("category_name", QT_TRANSLATE_NOOP("columns", "类别"), ""),
    Column("status_name", QT_TRANSLATE_NOOP("columns", "状态"), ""),
    Column("text_line", QT_TRANSLATE_NOOP("columns", "内容"), ""),
    Column("member", QT_TRANSLATE_NOOP("columns", "用户"), ""),
    Column("tags", QT_TRANSLATE_NOOP("columns", "标签"), "", "json_list"),
    Column("topic", QT_TRANSLATE_NOOP("columns", "已转选题"), ""),
)
_NEEDS = (
    Column("theme", QT_TRANSLATE_NOOP("columns", "需求主题"), ""),
    Column("count", QT_TRANSLATE_NOOP("columns", "反馈条数"), "", "int"),
    Column("open", QT_TRANSLATE_NOOP("columns", "未处理"), "", "int"),
    Column("with_topic", QT_TRANSLATE_NOOP("columns", "已转选题"), "", "int"),
    Column("category_name", QT_TRANSLATE_NOOP("columns", "主要类别"), ""),
    Column("latest_at", QT_TRANSLATE_NOOP("columns", "最近反馈"), "", "datetime"),
    Column("examples", QT_TRANSLATE_NOOP("columns", "最新的几条"), ""),
)


def _combo(group: str, everything: str | None = None) -> QComboBox:
    box = QComboBox()
    if everything is not None:
        box.addItem(everything, None)
    for code, text in label_choices(group):
        box.addItem(text, code)
    return box


class FeedbackDialog(QDialog):
    """Log or edit one piece of feedback; saving goes through the feedback service."""

    def __init__(self, store: Store, current: dict[str, Any] | None = None, parent: QWidget | None = None,
                 *, member: tuple[int, str] | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.feedback_id: int | None = current["id"] if current else None
        self.setWindowTitle(self.tr("编辑反馈") if current else self.tr("记一条反馈"))
        self.resize(520, 420)
        current = current or {}
        self.member_id = current.get("member_id") if current else (member[0] if member else None)
        nickname = current.get("member") if current else (member[1] if member else None)
        self.text = QPlainTextEdit(current.get("text") or "")
        self.text.setPlaceholderText(self.tr("用户原话，如：能不能出一期油皮夏天的护肤步骤？"))
        self.source = _combo("feedback_source")
        self.source.setCurrentIndex(max(self.source.findData(current.get("source") or "dm"), 0))
        self.category = _combo("feedback_category")
        self.category.setCurrentIndex(max(self.category.findData(current.get("category") or "content"), 0))
        self.status = _combo("feedback_status")
        self.status.setCurrentIndex(max(self.status.findData(current.get("status") or "new"), 0))
        self.tags = QLineEdit("、".join(current.get("tags") or []))
        self.tags.setPlaceholderText(self.tr("如：油皮、夏季护肤（用顿号或逗号隔开）"))
        self.received = QDateTimeEdit(QDateTime(current.get("received_at") or clock.now().replace(second=0)))
        self.received.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.received.setCalendarPopup(True)
        form = QFormLayout()
        form.addRow(self.tr("内容"), self.text)
        form.addRow(self.tr("来源"), self.source)
        form.addRow(self.tr("类别"), self.category)
        form.addRow(self.tr("状态"), self.status)
        form.addRow(self.tr("标签（需求主题）"), self.tags)
        form.addRow(self.tr("收到时间"), self.received)
        form.addRow(self.tr("用户"), QLabel(nickname or self.tr("（未关联用户）")))
        buttons = dialog_buttons(self, QDialogButtonBox.StandardButton.Save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def values(self) -> dict[str, Any]:
        return {"text": self.text.toPlainText().strip(), "source": self.source.currentData(),
                "category": self.category.currentData(), "status": self.status.currentData(),
                "tags": community.split_tags(self.tags.text()), "member_id": self.member_id,
                "received_at": self.received.dateTime().toPython().replace(microsecond=0)}

    def accept(self) -> None:
        values = self.values()
        try:
            if self.feedback_id is None:
                self.feedback_id = feedback.add_feedback(self.store, values.pop("text"), **values)
            else:
                feedback.update_feedback(self.store, self.feedback_id, **values)
        except UserError as error:
            show_user_error(error, self)
            return
        super().accept()


class FeedbackPage(QWidget):
    """The feedback log above, the needs list below.

    Signals:
        changed(set): the tables written (feedback, and topic when a topic was made).
        openItem(str, int): ("topic", id) after 转成选题 when the user wants to open it.
    """

    changed = Signal(set)
    openItem = Signal(str, int)

    def __init__(self, ctx: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = ListTableModel(query_columns(_LOG), self, load=self._load)
        self.view = make_table_view(self.model, self)
        for n, width in enumerate((120, 60, 60, 70, 420, 110, 140)):
            self.view.setColumnWidth(n, width)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("搜索反馈内容、标签…"))
        self.search.setClearButtonEnabled(True)
        self.filters = {"source": _combo("feedback_source", self.tr("全部来源")),
                        "category": _combo("feedback_category", self.tr("全部类别")),
                        "status": _combo("feedback_status", self.tr("全部状态"))}
        for key, box in self.filters.items():
            box.currentIndexChanged.connect(lambda _i, k=key, b=box: self.model.setEquals(k, b.currentData()))
        self.count = QLabel()
        self.count.setObjectName("rowCount")
        self.add_button = QPushButton(self.tr("记一条反馈…"))
        self.edit_button = QPushButton(self.tr("编辑…"))
        self.topic_button = QPushButton(self.tr("转成选题"))
        self.add_button.clicked.connect(lambda: self.edit(None))
        self.edit_button.clicked.connect(lambda: self.edit(self.current_id()))
        self.topic_button.clicked.connect(self.make_topic)
        self.view.doubleClicked.connect(lambda _index: self.edit(self.current_id()))
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        bar = QHBoxLayout()
        bar.addWidget(self.search, 2)
        for box in self.filters.values():
            bar.addWidget(box, 1)
        bar.addWidget(self.count)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.topic_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.stack = EmptyState(self.view, self.tr(
            "还没有反馈 — 把私信、群聊、问卷和评论里用户说的话点“记一条反馈”记下来，好的需求可以直接转成选题"))
        self._timer = QTimer(self, singleShot=True, interval=150)
        self._timer.timeout.connect(lambda: self.model.setSearchText(self.search.text()))
        self.search.textChanged.connect(self._timer.start)
        self.model.reloaded.connect(self._reloaded)

        self.include_closed = QCheckBox(self.tr("包括已完成和不做的"))
        self.needs_model = ListTableModel(query_columns(_NEEDS), self, load=self._needs)
        self.needs_view = make_table_view(self.needs_model, self)
        for n, width in enumerate((160, 70, 60, 70, 70, 120)):
            self.needs_view.setColumnWidth(n, width)
        self.needs_view.verticalHeader().setDefaultSectionSize(28)
        self.export_needs_button = QPushButton(self.tr("导出需求清单…"))
        self.export_needs_button.clicked.connect(self.export_needs)
        self.include_closed.toggled.connect(self.needs_model.reload)
        self.needs_stack = EmptyState(self.needs_view, self.tr("记下的反馈会按主题（标签）汇总到这里，出现越多的需求排在越前面"))
        self.needs_model.reloaded.connect(self._needs_reloaded)
        needs_bar = QHBoxLayout()
        needs_bar.addWidget(heading(self.tr("用户需求清单")))
        needs_bar.addWidget(self.include_closed)
        needs_bar.addStretch(1)
        needs_bar.addWidget(self.export_needs_button)

        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(heading(self.tr("反馈记录")))
        top_layout.addLayout(bar)
        top_layout.addLayout(buttons)
        top_layout.addWidget(self.stack, 1)
        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addLayout(needs_bar)
        bottom_layout.addWidget(self.needs_stack, 1)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        splitter.setSizes([480, 320])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    # -- data ---------------------------------------------------------------------------------
    def _load(self, text: str, equals: dict[str, Any]) -> list[dict[str, Any]]:
        rows = feedback.list_feedback(self.ctx.store, search=text, **equals)
        for row in rows:
            row["source_name"] = label("feedback_source", row["source"])
            row["category_name"] = label("feedback_category", row["category"])
            row["status_name"] = label("feedback_status", row["status"])
            row["text_line"] = " ".join(row["text"].split())
        return rows

    def _needs(self, _text: str, _equals: dict[str, Any]) -> list[dict[str, Any]]:
        rows = feedback.needs_list(self.ctx.store, include_closed=self.include_closed.isChecked())
        for row in rows:
            if row["tag"] is None:
                category = label("feedback_category", row["category"])
                row["theme"] = translated("feedback", feedback.UNTAGGED_THEME, category=category)
            row["category_name"] = label("feedback_category", row["category"])
            row["examples"] = " ｜ ".join(" ".join(e["text"].split()) for e in row["latest"])
        return rows

    def refresh(self) -> None:
        self.model.reload()
        self.needs_model.reload()

    def _reloaded(self, n: int) -> None:
        filtered = any(b.currentIndex() > 0 for b in self.filters.values()) or bool(self.search.text().strip())
        self.count.setText(self.tr("共 %n 条", "", n))
        self.stack.setEmpty(n == 0 and not filtered)
        self._update_buttons()

    def _needs_reloaded(self, n: int) -> None:
        self.needs_stack.setEmpty(n == 0)
        self.export_needs_button.setEnabled(n > 0)

    def current_id(self) -> int | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.id_at(rows[0].row()) if rows else None

    def select(self, feedback_id: int) -> None:
        row = self.model.row_of(feedback_id)
        if row >= 0:
            self.view.selectRow(row)

    def _update_buttons(self) -> None:
        current = self.current_id()
        record = self.model.record(current) if current is not None else None
        self.edit_button.setEnabled(record is not None)
        self.topic_button.setEnabled(record is not None)
        self.topic_button.setText(self.tr("打开选题") if record and record["topic_id"] else self.tr("转成选题"))

    # -- actions ------------------------------------------------------------------------------
    def edit(self, feedback_id: int | None, member: tuple[int, str] | None = None) -> None:
        current = self.model.record(feedback_id) if feedback_id is not None else None
        dialog = FeedbackDialog(self.ctx.store, current, self, member=member)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.changed.emit({"feedback"})
            if dialog.feedback_id is not None:
                self.select(dialog.feedback_id)

    def make_topic(self) -> None:
        """Turn the selected feedback into a 选题 (or find the one made before) and offer to open it."""
        current = self.current_id()
        record = self.model.record(current) if current is not None else None
        if record is None:
            return
        existed = record["topic_id"] is not None
        topic_id = feedback.make_topic_from_feedback(self.ctx.store, record["id"])
        if not existed:
            self.changed.emit({"feedback", "topic"})
            self.select(record["id"])
        question = (self.tr("这条反馈已经转成过选题，现在去选题库打开它吗？") if existed else
                    self.tr("已生成选题“%1”（来源：用户需求），现在去选题库打开它吗？").replace(
                        "%1", feedback.topic_title(record["text"])))
        if QMessageBox.question(self, self.tr("转成选题"), question) == QMessageBox.StandardButton.Yes:
            self.openItem.emit("topic", topic_id)

    def export_needs(self) -> None:
        path = ask_save_path(self, self.tr("导出用户需求清单"), self.tr("用户需求清单.xlsx"))
        if path is None:
            return
        store, include_closed = self.ctx.store, self.include_closed.isChecked()

        def export() -> int:
            return write_needs_xlsx(path, feedback.needs_list(store, include_closed), translate=QCoreApplication.translate)

        self.ctx.tasks.run(export,
                           on_result=lambda n: tell_saved(self, path, self.tr("已导出 %n 行到：", "", n)), progress=self.tr("正在导出…"), parent=self)
