"""The drafts tab's dialogs: internal review, small-test feedback, schedule, mark published and
the revision history (diff with highlighted changes, restore)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication, QDateTime, Qt
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QCheckBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from app import clock
from app.services import drafts
from app.store import Store
from app.views.base import dialog_buttons
from app.views.content_common import utf16_offset
from app.views.table_models import label

DELETED_BG = QColor("#FAD7D4")
INSERTED_BG = QColor("#D4F0DC")


#: When a draft without a date is proposed to go out: tomorrow evening, when most posts go out.
USUAL_PUBLISH_TIME = dt.time(20, 0)


def proposed_publish_time() -> dt.datetime:
    """The date-time offered for a draft that has none yet — never another draft's date."""
    return dt.datetime.combine(clock.today() + dt.timedelta(days=1), USUAL_PUBLISH_TIME)


def _qdatetime(value: dt.datetime | None) -> QDateTime:
    return QDateTime(proposed_publish_time() if value is None else value)


class ReviewDialog(QDialog):
    """内审: the checklist (合规、品牌调性、事实、行动号召), who reviewed and a note."""

    def __init__(self, review: dict[str, Any] | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("内审"))
        review = review or {}
        checked = review.get("checklist") or {}
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("逐项核对，全部勾选并填写审核人才算通过："), self))
        self.boxes: dict[str, QCheckBox] = {}
        for key, text in drafts.REVIEW_CHECKLIST.items():
            box = QCheckBox(QCoreApplication.translate("drafts", text), self)
            box.setChecked(bool(checked.get(key)))
            self.boxes[key] = box
            layout.addWidget(box)
        form = QFormLayout()
        self.reviewer = QLineEdit(review.get("reviewer") or "", self)
        self.reviewer.setPlaceholderText(self.tr("谁审的"))
        self.note = QPlainTextEdit(review.get("note") or "", self)
        self.note.setPlaceholderText(self.tr("需要修改的地方（可不填）"))
        self.note.setFixedHeight(80)
        form.addRow(self.tr("审核人"), self.reviewer)
        form.addRow(self.tr("意见"), self.note)
        layout.addLayout(form)
        layout.addWidget(dialog_buttons(self, ok_text=self.tr("提交内审结果")))

    def result_values(self) -> tuple[dict[str, bool], str, str | None]:
        return ({k: b.isChecked() for k, b in self.boxes.items()}, self.reviewer.text(),
                self.note.toPlainText().strip() or None)


class FeedbackDialog(QDialog):
    """小范围测试: what the test readers said."""

    def __init__(self, feedback: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("小范围测试反馈"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("把草稿发给几位老用户或同事看，记下他们的反馈："), self))
        self.text = QPlainTextEdit(feedback or "", self)
        self.text.setPlaceholderText(self.tr("例如：开头太长，第二段没看懂；标题很想点"))
        layout.addWidget(self.text)
        layout.addWidget(dialog_buttons(self, ok_text=self.tr("保存反馈")))
        self.resize(460, 300)

    def feedback(self) -> str:
        return self.text.toPlainText().strip()


class WhenDialog(QDialog):
    """A date-time (排期 or 发布时间), optionally with the published link."""

    def __init__(self, title: str, prompt: str, when: dt.datetime | None, *, with_url: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(prompt, self))
        form = QFormLayout()
        self.when = QDateTimeEdit(_qdatetime(when), self)
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat("yyyy-MM-dd HH:mm")
        form.addRow(self.tr("时间"), self.when)
        self.url = QLineEdit(self)
        self.url.setPlaceholderText(self.tr("发布后的链接（可不填）"))
        if with_url:
            form.addRow(self.tr("链接"), self.url)
        else:
            self.url.hide()
        layout.addLayout(form)
        layout.addWidget(dialog_buttons(self, ok_text=self.tr("确定")))
        self.setMinimumWidth(420)

    def value(self) -> dt.datetime:
        return self.when.dateTime().toPython().replace(second=0, microsecond=0)


def highlight_ranges(edit: QTextEdit, text: str, ranges: list[tuple[int, int]], color: QColor) -> None:
    """Show `text` in `edit` with the code-point ranges given shaded (diff highlights)."""
    edit.setPlainText(text)
    fmt = QTextCharFormat()
    fmt.setBackground(color)
    for start, end in ranges:
        if end <= start:
            continue
        cursor = QTextCursor(edit.document())
        cursor.setPosition(utf16_offset(text, start))
        cursor.setPosition(utf16_offset(text, end), QTextCursor.MoveMode.KeepAnchor)
        cursor.mergeCharFormat(fmt)


class HistoryDialog(QDialog):
    """A draft's saved revisions, newest first; each shown as a diff against the one before it,
    with deleted text shaded red on the left and inserted text green on the right; 恢复 restores."""

    def __init__(self, store: Store, post_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.post_id = post_id
        self.restored: int | None = None
        self.setWindowTitle(self.tr("历史版本"))
        self.list = QListWidget(self)
        self.list.setObjectName("revisionList")
        self.changes = QListWidget(self)
        self.changes.setObjectName("revisionChanges")
        self.before = QTextEdit(self)
        self.before.setReadOnly(True)
        self.after = QTextEdit(self)
        self.after.setReadOnly(True)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.restore_button = QPushButton(self.tr("恢复到这个版本"), self)
        close = QPushButton(self.tr("关闭"), self)

        texts = QSplitter(Qt.Orientation.Horizontal, self)
        for caption, edit in ((self.tr("改之前"), self.before), (self.tr("改之后"), self.after)):
            box = QWidget(texts)
            box_layout = QVBoxLayout(box)
            box_layout.setContentsMargins(0, 0, 0, 0)
            box_layout.addWidget(QLabel(caption, box))
            box_layout.addWidget(edit)
            texts.addWidget(box)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.summary)
        right_layout.addWidget(QLabel(self.tr("改动的字段"), right))
        right_layout.addWidget(self.changes)
        right_layout.addWidget(texts, 1)
        self.changes.setMaximumHeight(110)
        splitter = QSplitter(self)
        splitter.addWidget(self.list)
        splitter.addWidget(right)
        splitter.setSizes([260, 640])
        buttons = QDialogButtonBox(self)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(close, QDialogButtonBox.ButtonRole.RejectRole)
        close.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)
        self.resize(980, 600)

        self.revisions = drafts.revisions(store, post_id)
        self._field_changes: list[drafts.FieldChange] = []
        for revision in self.revisions:
            status = label("post_status", revision.status)
            note = QCoreApplication.translate("drafts", revision.note) if revision.note else self.tr("保存")
            who = f"  {revision.saved_by}" if revision.saved_by else ""
            item = QListWidgetItem(f"{revision.saved_at:%m-%d %H:%M}{who}  {note}\n{status} · {revision.title[:24]}")
            item.setData(Qt.ItemDataRole.UserRole, revision.id)
            self.list.addItem(item)
        self.list.currentRowChanged.connect(self.show_revision)
        self.changes.currentRowChanged.connect(self.show_change)
        self.restore_button.clicked.connect(self.restore)
        if self.revisions:
            self.list.setCurrentRow(0)

    def show_revision(self, row: int) -> None:
        """Diff this revision against the one saved before it."""
        self.changes.clear()
        self._field_changes = []
        self.before.clear()
        self.after.clear()
        if row < 0:
            return
        self.restore_button.setEnabled(row > 0)
        if row + 1 >= len(self.revisions):
            self.summary.setText(self.tr("这是最早的版本。"))
            return
        self._field_changes = drafts.diff(self.store, self.revisions[row + 1].id, self.revisions[row].id)
        self.summary.setText(self.tr("和上一个版本相比改了 %n 个字段。", "", len(self._field_changes))
                             if self._field_changes else self.tr("和上一个版本相比没有改动文字。"))
        for change in self._field_changes:
            self.changes.addItem(QCoreApplication.translate("checks", change.label))
        if self._field_changes:
            self.changes.setCurrentRow(0)

    def show_change(self, row: int) -> None:
        if row < 0 or row >= len(self._field_changes):
            return
        change = self._field_changes[row]
        removed = [(i1, i2) for tag, i1, i2, _, _ in change.opcodes if tag in ("replace", "delete")]
        added = [(j1, j2) for tag, _, _, j1, j2 in change.opcodes if tag in ("replace", "insert")]
        highlight_ranges(self.before, change.before, removed, DELETED_BG)
        highlight_ranges(self.after, change.after, added, INSERTED_BG)

    def restore(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        self.restored = drafts.restore_revision(self.store, item.data(Qt.ItemDataRole.UserRole))
        self.accept()
