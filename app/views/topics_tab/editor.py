"""The topic editor panel: every field of one topic, the similar-title warning and live scoring."""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QDate, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app import clock
from app.models import Platform, Priority, TopicSource, TopicStatus
from app.services import topics
from app.services.feedback import list_feedback
from app.services.hotdates import HotDateItem, hot_date_row, stored_hot_date, upcoming_hot_dates
from app.store import Store
from app.views.content_common import month_choices
from app.views.context import ViewContext
from app.views.loop_notes import LoopNotes
from app.views.stale import on_stale_save
from app.views.table_models import label, label_choices, platform_name

_TAG_SPLIT = re.compile(r"[,，、;；\s]+")


def split_tags(text: str) -> list[str]:
    """Tags typed as "护肤, 敏感肌 换季" (commas, 、 or spaces)."""
    return [t.strip("#＃") for t in _TAG_SPLIT.split(text) if t.strip("#＃")]


def _save_topic(store: Store, topic_id: int | None, values: dict[str, Any], hot_item: HotDateItem | None,
                seen_version: int | None = None) -> int:
    """Create or update one topic (runs on the writer thread); a picked generated hot date gets its row.
    An update against `seen_version` is refused (StaleEditError) when someone saved the topic since."""
    values = dict(values)
    if hot_item is not None:
        values["hot_date_id"] = hot_item.id or hot_date_row(store, hot_item)
    if topic_id is None:
        title = values.pop("title")
        return topics.create_topic(store, title, **values)
    topics.update_topic(store, topic_id, seen_version=seen_version, **values)
    return topic_id


class TopicEditor(QWidget):
    """Edits one topic or a new one.

    `dirty` is set by any field edit and cleared by `new`, `load` and a finished save; callers ask
    `settle()` before replacing the content so unsaved typing is never dropped silently.

    Signals:
        saved(int): the topic id after a save (new or existing).
        deleted(int): the id of a topic the user deleted.
        draftsRequested(int): the user asked to make drafts from this topic.
    """

    saved = Signal(int)
    deleted = Signal(int)
    draftsRequested = Signal(int)

    def __init__(self, ctx: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.topic_id: int | None = None
        #: The loaded topic's version: a save is checked against it (someone may have saved since).
        self.version: int | None = None
        self._hot_date_id: int | None = None
        self.dirty = False
        self._loading = False
        # Bumped by every new/load, so a save finishing after the user moved on does not pull the editor back.
        self._generation = 0
        self.heading = QLabel(self)
        self.heading.setObjectName("editorHeading")
        self.title = QLineEdit(self)
        self.title.setPlaceholderText(self.tr("一句话写清楚这个选题，例如：换季敏感肌怎么护理"))
        self.similar = QLabel(self)
        self.similar.setObjectName("similarWarning")
        self.similar.setWordWrap(True)
        self.similar.setStyleSheet("color: #B35C00;")
        self.similar.hide()
        self.description = QPlainTextEdit(self)
        self.description.setPlaceholderText(self.tr("想讲什么、给谁看、有什么素材"))
        self.description.setFixedHeight(72)
        self.source = QComboBox(self)
        for code in TopicSource:
            self.source.addItem(label("topic_source", code.value), code.value)
        self.hot_date = QComboBox(self)
        self.hot_date.setMinimumContentsLength(16)
        self.feedback_note = QLabel(self)
        self.feedback_note.setWordWrap(True)
        self.feedback_note.setObjectName("linkedFeedback")
        self.tags = QLineEdit(self)
        self.tags.setPlaceholderText(self.tr("用逗号或空格分开，例如：敏感肌, 换季"))
        self.search_keywords = QLineEdit(self)
        self.search_keywords.setObjectName("searchKeywords")
        self.search_keywords.setPlaceholderText(self.tr("用户会搜的词，例如：面霜推荐, 干皮面霜"))
        self.search_keywords.setToolTip(self.tr("写草稿时，小红书标题会检查有没有这些词；标签只用来整理选题库。"))
        self.platform_boxes: dict[str, QCheckBox] = {}
        platforms = QGridLayout()
        platforms.setContentsMargins(0, 0, 0, 0)
        for i, code in enumerate(Platform):
            box = QCheckBox(platform_name(code), self)
            self.platform_boxes[code.value] = box
            platforms.addWidget(box, i // 3, i % 3)
        self.month = QComboBox(self)
        self.month.setEditable(True)
        self.month.lineEdit().setPlaceholderText(self.tr("未定"))
        self.due_enabled = QCheckBox(self.tr("有截止日期"), self)
        self.due = QDateEdit(self)
        self.due.setCalendarPopup(True)
        self.due.setDisplayFormat("yyyy-MM-dd")
        self.due.setDate(QDate(clock.today()))
        self.due.setEnabled(False)
        self.scores: dict[str, QSpinBox] = {}
        scores = QHBoxLayout()
        for key, text in (("timeliness", self.tr("时效性")), ("value", self.tr("价值度")),
                          ("conversion", self.tr("转化力"))):
            spin = QSpinBox(self)
            spin.setRange(1, 5)
            spin.setValue(3)
            spin.setObjectName(f"score_{key}")
            self.scores[key] = spin
            scores.addWidget(QLabel(text, self))
            scores.addWidget(spin)
        scores.addStretch(1)
        self.score_note = QLabel(self)
        self.score_note.setObjectName("scoreNote")
        self.priority = QComboBox(self)
        self.priority.addItem(self.tr("自动（按加权分）"), None)
        for code in Priority:
            self.priority.addItem(self.tr("手动：") + label("priority", code.value), code.value)
        self.status = QComboBox(self)
        for code in TopicStatus:
            self.status.addItem(label("topic_status", code.value), code.value)

        self.save_button = QPushButton(self.tr("保存"), self)
        self.save_button.setDefault(True)
        self.drafts_button = QPushButton(self.tr("生成草稿…"), self)
        self.delete_button = QPushButton(self.tr("删除"), self)

        self._build_layout(platforms, scores)
        self._similar_timer = QTimer(self, singleShot=True, interval=300)
        self._similar_timer.timeout.connect(self.check_similar)
        self.title.textChanged.connect(self._similar_timer.start)
        for spin in self.scores.values():
            spin.valueChanged.connect(self._update_score_note)
        self.source.currentIndexChanged.connect(self._source_changed)
        self.hot_date.currentIndexChanged.connect(self._hot_date_picked)
        self.due_enabled.toggled.connect(self.due.setEnabled)
        self.save_button.clicked.connect(self.save)
        self.drafts_button.clicked.connect(lambda: self.topic_id and self.draftsRequested.emit(self.topic_id))
        self.delete_button.clicked.connect(self.delete)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        self.tags.editingFinished.connect(self.show_lessons)
        self.search_keywords.editingFinished.connect(self.show_lessons)
        for signal in (self.title.textChanged, self.description.textChanged, self.source.currentIndexChanged,
                       self.hot_date.currentIndexChanged, self.tags.textChanged, self.search_keywords.textChanged,
                       self.month.currentTextChanged,
                       self.due_enabled.toggled, self.due.dateChanged, self.priority.currentIndexChanged,
                       self.status.currentIndexChanged,
                       *(box.toggled for box in self.platform_boxes.values()),
                       *(spin.valueChanged for spin in self.scores.values())):
            signal.connect(self._mark_dirty)
        self.new()

    def _build_layout(self, platforms: QGridLayout, scores: QHBoxLayout) -> None:
        form = self.form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        title_box = QVBoxLayout()
        title_box.setSpacing(2)
        title_box.addWidget(self.title)
        title_box.addWidget(self.similar)
        form.addRow(self.tr("标题"), title_box)
        form.addRow(self.tr("说明"), self.description)
        form.addRow(self.tr("来源"), self.source)
        form.addRow(self.tr("热点"), self.hot_date)
        form.addRow("", self.feedback_note)
        form.addRow(self.tr("标签"), self.tags)
        form.addRow(self.tr("搜索关键词"), self.search_keywords)
        form.addRow(self.tr("适合平台"), platforms)
        form.addRow(self.tr("计划月份"), self.month)
        due = QHBoxLayout()
        due.addWidget(self.due_enabled)
        due.addWidget(self.due, 1)
        form.addRow(self.tr("截止"), due)
        form.addRow(self.tr("评分（1–5）"), scores)
        form.addRow("", self.score_note)
        form.addRow(self.tr("优先级"), self.priority)
        form.addRow(self.tr("状态"), self.status)
        buttons = QHBoxLayout()
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        buttons.addWidget(self.drafts_button)
        buttons.addWidget(self.save_button)
        # Lessons of the 运营手册 that share a keyword with this topic (issue 18).
        self.loop_notes = LoopNotes(self.ctx, None, self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        layout.addWidget(self.loop_notes)
        layout.addLayout(buttons)
        layout.addStretch(1)

    # -- loading ------------------------------------------------------------------------------
    def new(self, **prefill: Any) -> None:
        """Clear the editor for a new topic (optionally prefilled: title, month, source …)."""
        self._loading = True
        self.topic_id = None
        self.version = None
        self._hot_date_id = None
        self.heading.setText(self.tr("新选题"))
        self.title.setText(prefill.get("title", ""))
        self.description.setPlainText(prefill.get("description", ""))
        self._set_combo(self.source, prefill.get("source", TopicSource.other.value))
        self.tags.setText("、".join(prefill.get("tags", [])))
        self.search_keywords.setText("、".join(prefill.get("search_keywords", [])))
        for box in self.platform_boxes.values():
            box.setChecked(False)
        self._fill_months(prefill.get("month"))
        self.due_enabled.setChecked(False)
        for spin in self.scores.values():
            spin.setValue(3)
            spin.setSuffix("")
            spin.setToolTip("")
        self.priority.setCurrentIndex(0)
        self._set_combo(self.status, TopicStatus.idea.value)
        self.drafts_button.setEnabled(False)
        self.delete_button.setEnabled(False)
        self._source_changed()
        self._update_score_note()
        self.similar.hide()
        self._loaded()

    def load(self, topic_id: int) -> None:
        """Show one topic."""
        row = topics.get_topic(self.ctx.store, topic_id)
        self._loading = True
        self.topic_id = row.id
        self.version = row.version
        self._hot_date_id = row.hot_date_id
        self.heading.setText(self.tr("编辑选题 #{id}").format(id=row.id))
        self.title.blockSignals(True)
        self.title.setText(row.title)
        self.title.blockSignals(False)
        self.description.setPlainText(row.description or "")
        self._set_combo(self.source, row.source.value)
        self.tags.setText("、".join(row.tags))
        self.search_keywords.setText("、".join(row.search_keywords))
        for code, box in self.platform_boxes.items():
            box.setChecked(code in row.platforms)
        self._fill_months(row.month)
        self.due_enabled.setChecked(row.due_date is not None)
        if row.due_date is not None:
            self.due.setDate(QDate(row.due_date.year, row.due_date.month, row.due_date.day))
        for key, spin in self.scores.items():
            spin.setValue(getattr(row, f"score_{key}"))
            manual = key in row.scores_manual
            spin.setSuffix(self.tr("（手动）") if manual else "")
            spin.setToolTip(self.tr("手动打的分，不会被建议分替换") if manual else
                            self.tr("建议分：{reason}").format(reason=row.score_reasons[key]) if key in row.score_reasons else "")
        self._set_combo(self.priority, row.effective_priority.value if row.priority_is_override else None)
        self._set_combo(self.status, row.status.value)
        self.drafts_button.setEnabled(True)
        self.delete_button.setEnabled(True)
        self._source_changed()
        self._update_score_note()
        self.similar.hide()
        self._loaded()

    def _loaded(self) -> None:
        self._loading = False
        self.dirty = False
        self._generation += 1
        self.show_lessons()

    def show_lessons(self) -> None:
        """The newest lessons sharing a tag or search keyword with the topic (after loading and
        after a keyword is typed)."""
        words = split_tags(self.tags.text()) + split_tags(self.search_keywords.text())
        self.loop_notes.show_for(keywords=words)

    def _mark_dirty(self) -> None:
        if not self._loading:
            self.dirty = True

    # -- leaving unsaved edits ----------------------------------------------------------------
    def ask_unsaved(self) -> str:
        """"save", "discard" or "cancel" from the 保存 / 不保存 / 取消 question (tests monkeypatch it)."""
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("这个选题有没保存的修改"),
                          self.tr("这个选题有没保存的修改，要先保存吗？"), parent=self)
        save = box.addButton(self.tr("保存"), QMessageBox.ButtonRole.AcceptRole)
        discard = box.addButton(self.tr("不保存"), QMessageBox.ButtonRole.DestructiveRole)
        cancel = box.addButton(self.tr("取消"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(save)
        box.setEscapeButton(cancel)
        box.exec()
        clicked = box.clickedButton()
        return "save" if clicked is save else "discard" if clicked is discard else "cancel"

    def settle(self) -> bool:
        """Before the editor's content is replaced: True when it may go (saved, discarded or clean),
        False when the user cancelled and the edits stay."""
        if not self.dirty:
            return True
        answer = self.ask_unsaved()
        if answer == "cancel":
            return False
        if answer == "save":
            self.save()
        else:
            self.revert()
        return True

    def revert(self) -> None:
        """Drop the edits: show the stored topic again (or an empty new one)."""
        if self.topic_id is None:
            self.new()
        else:
            self.load(self.topic_id)

    def _fill_months(self, month: str | None) -> None:
        self.month.clear()
        self.month.addItem("")
        self.month.addItems(month_choices(extra=[month] if month else []))
        self.month.setCurrentText(month or "")

    @staticmethod
    def _set_combo(combo: QComboBox, data: Any) -> None:
        index = combo.findData(data)
        combo.setCurrentIndex(max(index, 0))

    def _source_changed(self) -> None:
        source = self.source.currentData()
        self.form.setRowVisible(self.hot_date, source == TopicSource.hot_date.value)
        self.form.setRowVisible(self.feedback_note, source == TopicSource.user_need.value)
        if source == TopicSource.hot_date.value:
            self._fill_hot_dates()
        elif source == TopicSource.user_need.value:
            self._show_feedback()

    def _fill_hot_dates(self) -> None:
        self.hot_date.blockSignals(True)
        self.hot_date.clear()
        self.hot_date.addItem(self.tr("（选一个热点）"), None)
        current = None if self._hot_date_id is None else stored_hot_date(self.ctx.store, self._hot_date_id)
        if current is not None:
            self.hot_date.addItem(f"{current.date:%m-%d} {current.name}", ("id", current.id))
            self.hot_date.setCurrentIndex(1)
        for upcoming in upcoming_hot_dates(self.ctx.store, clock.today(), days=90):
            item = upcoming.item
            self.hot_date.addItem(
                self.tr("{date} {name}（还有 {days} 天）").format(
                    date=item.date.strftime("%m-%d"), name=item.name, days=upcoming.days_until),
                ("item", item))
        self.hot_date.blockSignals(False)

    def _hot_date_picked(self) -> None:
        data = self.hot_date.currentData()
        if not data or data[0] != "item":
            return
        item: HotDateItem = data[1]
        if not self.month.currentText().strip():
            self.month.setCurrentText(item.date.strftime("%Y-%m"))
        if not self.due_enabled.isChecked():
            self.due_enabled.setChecked(True)
            self.due.setDate(QDate(item.date.year, item.date.month, item.date.day))
        if not self.title.text().strip():
            self.title.setText(item.name)

    def _show_feedback(self) -> None:
        if self.topic_id is None:
            self.feedback_note.setText(self.tr("用户需求类选题可以在「本月计划」的用户需求清单里一键创建，并自动关联反馈。"))
            return
        linked = [f for f in list_feedback(self.ctx.store) if f["topic_id"] == self.topic_id]
        if not linked:
            self.feedback_note.setText(self.tr("还没有关联的用户反馈。"))
            return
        lines = [self.tr("关联反馈 %n 条：", "", len(linked))]
        lines += [f"· #{f['id']} {f['text'][:40]}" for f in linked[:3]]
        self.feedback_note.setText("\n".join(lines))

    # -- live hints ---------------------------------------------------------------------------
    def check_similar(self) -> None:
        """Warn when the title is close to an existing topic's."""
        found = topics.similar_titles(self.ctx.store, self.title.text(), exclude_id=self.topic_id, limit=3)
        if not found:
            self.similar.hide()
            return
        items = self.tr("；").join(self.tr("「{title}」（相似度 {ratio}%）").format(title=s.title, ratio=round(s.ratio * 100))
                         for s in found)
        self.similar.setText(self.tr("和已有选题很像：{items}").format(items=items))
        self.similar.show()

    def _update_score_note(self) -> None:
        weights = topics.topic_weights(self.ctx.store)
        score = topics.weighted_score(*(self.scores[k].value() for k in topics.SCORE_KEYS), weights)
        computed = topics.priority_for(score)
        self.score_note.setText(self.tr("加权分 {score:.2f}，按分数优先级为「{priority}」").format(
            score=score, priority=label("priority", computed.value)))

    # -- saving -------------------------------------------------------------------------------
    def values(self) -> dict[str, Any]:
        """The editor's fields as `create_topic` / `update_topic` keywords."""
        due = self.due.date().toPython() if self.due_enabled.isChecked() else None
        return {
            "title": self.title.text(),
            "description": self.description.toPlainText().strip() or None,
            "source": self.source.currentData(),
            "tags": split_tags(self.tags.text()),
            "search_keywords": split_tags(self.search_keywords.text()),
            "platforms": [code for code, box in self.platform_boxes.items() if box.isChecked()],
            "target_month": self.month.currentText().strip() or None,
            "due_date": due,
            "score_timeliness": self.scores["timeliness"].value(),
            "score_value": self.scores["value"].value(),
            "score_conversion": self.scores["conversion"].value(),
            "priority_override": self.priority.currentData(),
            "status": self.status.currentData(),
        }

    def save(self, seen_version: int | None = None) -> None:
        """Save on the writer; against the version loaded (or `seen_version`, after 覆盖), so a copy
        someone else saved meanwhile asks before it overwrites (app/views/stale.py)."""
        values = self.values()
        hot_item = None
        data = self.hot_date.currentData() if values["source"] == TopicSource.hot_date.value else None
        if data and data[0] == "item":
            hot_item = data[1]
        elif data and data[0] == "id":
            values["hot_date_id"] = data[1]
        generation = self._generation
        self.ctx.tasks.run(_save_topic, self.ctx.store, self.topic_id, values, hot_item,
                           seen_version if seen_version is not None else self.version,
                           on_result=lambda topic_id: self._saved(topic_id, generation),
                           on_error=on_stale_save(self, self.save, self.revert),
                           parent=self, writes=True)

    def _saved(self, topic_id: int, generation: int) -> None:
        current = generation == self._generation
        if current:
            self.load(topic_id)
        self.ctx.signals.notify("topic", "hot_date")
        if current:
            self.saved.emit(topic_id)

    def delete(self) -> None:
        if self.topic_id is None:
            return
        answer = QMessageBox.question(
            self, self.tr("删除选题"),
            self.tr("删除选题「{title}」？它的草稿和已发布内容会保留。").format(title=self.title.text()))
        if answer != QMessageBox.StandardButton.Yes:
            return
        topic_id = self.topic_id
        self.ctx.tasks.run(topics.delete_topic, self.ctx.store, topic_id,
                           on_result=lambda _: self._deleted(topic_id), parent=self, writes=True)

    def _deleted(self, topic_id: int) -> None:
        self.new()
        self.ctx.signals.notify("topic")
        self.deleted.emit(topic_id)


def status_labels() -> list[tuple[str, str]]:
    """(code, label) of every topic status, for combos and bulk actions."""
    return label_choices("topic_status")
