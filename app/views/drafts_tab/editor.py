"""The draft editor: fields shaped by the platform, live checks with highlights, the workflow bar.

Above the fields, the month's open action items for this platform's drafts (tick when done) and
the 运营手册's newest lessons for the platform or the topic's keywords (`loop_notes.LoopNotes`).
Checks run 250 ms after the last keystroke (`checks.lint` through `drafts.lint_post`). Their
offsets are Python code points; Qt text positions are UTF-16 units, so an emoji before a flagged
word shifts it by one more in Qt — `utf16_offset` converts. The 公众号 body is rich text: pasted
HTML (秀米/135编辑器) is kept, its plain text is what gets checked, and "复制发布文案" puts the
HTML and the plain text on the clipboard.
"""

from __future__ import annotations

import datetime as dt
import re
import sys
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QDateTime, QMimeData, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QKeyEvent,
    QKeySequence,
    QPalette,
    QShortcut,
    QTextCharFormat,
    QTextCursor,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStyle,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from app import clock
from app.i18n import UserError
from app.models import Platform, PostStatus
from app.models.vocabulary import PLATFORM_NAMES
from app.services import checks, drafts
from app.services.checks import FIELD_LABELS, Finding
from app.services.topics import get_topic
from app.store.errors import StaleEditError
from app.views.content_common import utf16_offset
from app.views.context import ViewContext
from app.views.drafts_tab.dialogs import (
    FeedbackDialog,
    HistoryDialog,
    ReviewDialog,
    WhenDialog,
    proposed_publish_time,
)
from app.views.errors import user_message
from app.views.loop_notes import LoopNotes
from app.views.stale import on_stale_save
from app.views.table_models import label, platform_name

_TAG = re.compile(r"[^\s#＃,，、;；]+")
_LIST_SPLIT = re.compile(r"[,，、;；\s]+")
_QUOTED = re.compile(r"[“\"「]([^”\"」]+)[”\"」]")
CHANNELS = [*PLATFORM_NAMES.values(), "社群", "朋友圈", "视频号直播"]
SEVERITY_COLORS = {"error": QColor("#D93025"), "warning": QColor("#E37400"), "hint": QColor("#1A73E8")}
SEVERITY_BACKGROUNDS = {"error": QColor("#FDE2E0"), "warning": QColor("#FFF0D6"), "hint": QColor("#E3EEFD")}


def replacement_options(suggestion: str) -> list[str]:
    """The replacements a word list's suggestion offers: "很好、更好" → ["很好", "更好"];
    "删除，…" → [""] (remove the words); prose without a short alternative → []."""
    text = suggestion.strip()
    if not text:
        return []
    if text.startswith("删除"):
        return [""]
    quoted = _QUOTED.findall(text)
    if quoted:
        return list(dict.fromkeys(quoted))
    parts = [p.strip() for p in re.split(r"[、，,/／]", text) if p.strip()]
    return [p for p in dict.fromkeys(parts) if len(p) <= 8]


class TextField(QPlainTextEdit):
    """A plain-text field that can show highlights; `single_line` makes it behave like a line edit."""

    def __init__(self, parent: QWidget | None = None, *, single_line: bool = False, lines: int = 4) -> None:
        super().__init__(parent)
        self.single_line = single_line
        self.setTabChangesFocus(True)
        metrics = self.fontMetrics()
        if single_line:
            self.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
            self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            self.setFixedHeight(metrics.lineSpacing() + 16)
        else:
            self.setMinimumHeight(metrics.lineSpacing() * lines + 16)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.single_line and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.ignore()
            return
        super().keyPressEvent(event)

    def insertFromMimeData(self, source: QMimeData) -> None:
        if self.single_line and source.hasText():
            self.insertPlainText(" ".join(source.text().split()))
            return
        super().insertFromMimeData(source)

    def text(self) -> str:
        return self.toPlainText()

    def setText(self, text: str) -> None:
        self.setPlainText(text)


class RichBody(QTextEdit):
    """The 公众号 body: keeps pasted HTML (秀米/135编辑器), checked as its plain text.

    HTML pasted into an empty body (or loaded from the store) is kept exactly as it came until
    the operator edits it here; after an edit the body is Qt's HTML of what is shown.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptRichText(True)
        self.setMinimumHeight(260)
        self._original = ""

    def text(self) -> str:
        return self.toPlainText()

    def setText(self, value: str) -> None:
        if drafts.plain_text(value) != value:
            self.setHtml(value)
            self._original = value
        else:
            self.setPlainText(value)
            self._original = ""
        self.document().setModified(False)

    def insertFromMimeData(self, source: QMimeData) -> None:
        whole = not self.toPlainText().strip() and source.hasHtml()
        super().insertFromMimeData(source)
        if whole:
            self._original = source.html()
            self.document().setModified(False)

    def html(self) -> str:
        if not self.toPlainText().strip():
            return ""
        if self._original and not self.document().isModified():
            return self._original
        return self.toHtml()


class DraftEditor(QWidget):
    """Edits one draft of one platform.

    Signals:
        changed(): the draft was saved or moved (the list should reload).
        topicRequested(int): the user wants to see the draft's topic in the topic library.
    """

    changed = Signal()
    topicRequested = Signal(int)

    def __init__(self, ctx: ViewContext, platform: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.platform = platform
        self.rules = checks.platform_rules(platform)
        self.post_id: int | None = None
        #: The loaded draft's version: a save is checked against it (someone may have saved since).
        self.version: int | None = None
        self.status = PostStatus.drafting
        self.keywords: list[str] = []
        self.topic_title = ""
        self.review: dict[str, Any] = {}
        self.test_feedback: str | None = None
        self.findings: list[Finding] = []
        self._wordlists: checks.WordLists | None = None
        self._loading = False
        self.dirty = False
        self.fields: dict[str, TextField | RichBody] = {}
        self.counters: dict[str, QLabel] = {}

        self._build_workflow_bar()
        form_widget = QWidget(self)
        form = QFormLayout(form_widget)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        shown = [f for f in self.rules.draft_fields if f not in ("pain_point", "method", "cta")]
        for name in shown:
            form.addRow(self._field_label(name), self._field_row(name))
        structure = QGroupBox(self.tr("内容结构：开头痛点 → 方法 → 行动号召"), form_widget)
        structure_form = QFormLayout(structure)
        structure_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for name in ("pain_point", "method", "cta"):
            structure_form.addRow(self._field_label(name), self._field_row(name))
        form.addRow(structure)
        self.visual_style = QLineEdit(form_widget)
        self.visual_style.setPlaceholderText(self.tr("例如：浅色干净背景、真人出镜、大字幕"))
        self.main_channel = QComboBox(form_widget)
        self.main_channel.setEditable(True)
        self.main_channel.addItems(["", *CHANNELS])
        self.aux_channels = QLineEdit(form_widget)
        self.aux_channels.setPlaceholderText(self.tr("用逗号分开，例如：社群、朋友圈"))
        self.scheduled_enabled = QCheckBox(self.tr("计划发布"), form_widget)
        self.scheduled = QDateTimeEdit(form_widget)
        self.scheduled.setCalendarPopup(True)
        self.scheduled.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.scheduled.setDateTime(QDateTime(proposed_publish_time()))
        self.scheduled.setEnabled(False)
        self.scheduled_enabled.toggled.connect(self.scheduled.setEnabled)
        form.addRow(self.tr("视觉风格"), self.visual_style)
        channels = QHBoxLayout()
        channels.addWidget(self.main_channel, 1)
        channels.addWidget(QLabel(self.tr("辅助渠道"), form_widget))
        channels.addWidget(self.aux_channels, 2)
        form.addRow(self.tr("主渠道"), channels)
        when = QHBoxLayout()
        when.addWidget(self.scheduled_enabled)
        when.addWidget(self.scheduled, 1)
        form.addRow(self.tr("排期"), when)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(form_widget)

        self.findings_list = QListWidget(self)
        self.findings_list.setObjectName("findings")
        self.findings_list.setWordWrap(True)
        self.findings_summary = QLabel(self)
        self.findings_summary.setObjectName("findingsSummary")
        self.findings_summary.setWordWrap(True)
        self.replace_button = QPushButton(self.tr("替换为建议"), self)
        self.replace_button.setEnabled(False)
        side = QWidget(self)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(6, 0, 0, 0)
        side_layout.addWidget(QLabel(self.tr("检查结果"), side))
        side_layout.addWidget(self.findings_summary)
        side_layout.addWidget(self.findings_list, 1)
        side_layout.addWidget(self.replace_button)
        splitter = QSplitter(self)
        splitter.addWidget(scroll)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([620, 280])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.workflow)
        self.loop_notes = LoopNotes(ctx, "drafts", self)
        layout.addWidget(self.loop_notes)
        layout.addWidget(splitter, 1)

        self._timer = QTimer(self, singleShot=True, interval=250)
        self._timer.timeout.connect(self.run_checks)
        for name, widget in self.fields.items():
            widget.textChanged.connect(self._timer.start)
            widget.textChanged.connect(self._mark_dirty)
            if name in self.counters:
                widget.textChanged.connect(lambda n=name: self._update_counter(n))
        for signal in (self.visual_style.textChanged, self.aux_channels.textChanged,
                       self.main_channel.currentTextChanged, self.scheduled.dateTimeChanged,
                       self.scheduled_enabled.toggled):
            signal.connect(self._mark_dirty)
        self.findings_list.currentRowChanged.connect(self._finding_selected)
        self.findings_list.itemClicked.connect(lambda _: self._finding_selected(self.findings_list.currentRow()))
        self.replace_button.clicked.connect(self._replace_clicked)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)

    # -- building -----------------------------------------------------------------------------
    def _field_label(self, name: str) -> str:
        labels = {"hook": self.tr("开头 3 秒钩子"), "scenes": self.tr("分镜脚本"), "cover_text": self.tr("封面文字"),
                  "caption": self.tr("文案"), "hashtags": self.tr("话题标签")}
        if name == "caption" and self.platform == Platform.channels.value:
            return self.tr("描述")
        return labels.get(name) or QCoreApplication.translate("checks", FIELD_LABELS.get(name, name))

    def _field_row(self, name: str) -> QWidget:
        if name == "body" and self.platform == Platform.wechat.value:
            widget: TextField | RichBody = RichBody(self)
        elif name in ("title", "author", "hook", "cover_text", "hashtags"):
            widget = TextField(self, single_line=True)
        else:
            widget = TextField(self, lines={"body": 12, "caption": 6, "scenes": 6, "digest": 3}.get(name, 2))
        widget.setObjectName(f"field_{name}")
        placeholders = {
            "title": self.tr("小红书标题把关键词放最前面") if self.platform == Platform.xiaohongshu.value else "",
            "hook": self.tr("开头 3 秒说什么，留住人"),
            "scenes": self.tr("一行一个镜头，例如：近景 手背涂抹 → 字幕「3 秒吸收」"),
            "hashtags": self.tr("#话题 用空格分开"),
            "pain_point": self.tr("读者正在为什么发愁"),
            "method": self.tr("你给的办法"),
            "cta": self.tr("希望读者看完做什么：关注、收藏、评论、点链接 …"),
            "cover_text": self.tr("封面上的大字"),
        }
        if placeholders.get(name):
            widget.setPlaceholderText(placeholders[name])
        self.fields[name] = widget
        row = QWidget(self)
        box = QHBoxLayout(row)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(widget, 1)
        if self.rules.max_length(name):
            counter = QLabel(row)
            counter.setObjectName(f"counter_{name}")
            counter.setMinimumWidth(64)
            counter.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            self.counters[name] = counter
            box.addWidget(counter, 0, Qt.AlignmentFlag.AlignTop)
        if name == "title":
            helper = QPushButton(self.tr("标题助手"), row)
            helper.setObjectName("titleHelper")
            helper.clicked.connect(lambda: self._title_menu(helper))
            box.addWidget(helper, 0, Qt.AlignmentFlag.AlignTop)
        return row

    def _build_workflow_bar(self) -> None:
        self.workflow = QFrame(self)
        self.workflow.setObjectName("workflowBar")
        self.workflow.setFrameShape(QFrame.Shape.StyledPanel)
        self.status_label = QLabel(self.workflow)
        self.status_label.setObjectName("draftStatus")
        self.topic_button = QPushButton(self.workflow)
        self.topic_button.setObjectName("draftTopic")
        self.topic_button.setFlat(True)
        self.topic_button.setToolTip(self.tr("在选题库里打开这个选题"))
        self.topic_id: int | None = None
        self.move_buttons: dict[PostStatus, QPushButton] = {}
        self.save_button = QPushButton(self.tr("保存"), self.workflow)
        self.review_button = QPushButton(self.tr("填写内审…"), self.workflow)
        self.feedback_button = QPushButton(self.tr("测试反馈…"), self.workflow)
        self.copy_button = QPushButton(self.tr("复制发布文案"), self.workflow)
        self.history_button = QPushButton(self.tr("历史版本…"), self.workflow)
        bar = QHBoxLayout(self.workflow)
        bar.setContentsMargins(8, 4, 8, 4)
        bar.addWidget(self.status_label)
        bar.addWidget(self.topic_button)
        bar.addSpacing(8)
        for status, text in ((PostStatus.internal_review, self.tr("送内审")),
                             (PostStatus.small_test, self.tr("小范围测试")),
                             (PostStatus.revising, self.tr("退回修改")),
                             (PostStatus.scheduled, self.tr("排期…")),
                             (PostStatus.published, self.tr("标记已发布…"))):
            button = QPushButton(text, self.workflow)
            button.setObjectName(f"move_{status.value}")
            button.clicked.connect(lambda _=False, s=status: self.move(s))
            self.move_buttons[status] = button
            bar.addWidget(button)
        bar.addWidget(self.review_button)
        bar.addWidget(self.feedback_button)
        bar.addStretch(1)
        bar.addWidget(self.history_button)
        bar.addWidget(self.copy_button)
        bar.addWidget(self.save_button)
        self.save_button.clicked.connect(self.save)
        self.review_button.clicked.connect(self.open_review)
        self.feedback_button.clicked.connect(self.open_feedback)
        self.copy_button.clicked.connect(self.copy_for_publishing)
        self.history_button.clicked.connect(self.open_history)
        self.topic_button.clicked.connect(lambda: self.topic_id is not None and self.topicRequested.emit(self.topic_id))

    # -- loading ------------------------------------------------------------------------------
    @property
    def wordlists(self) -> checks.WordLists:
        if self._wordlists is None:
            self._wordlists = checks.load_wordlists(self.ctx.store)
        return self._wordlists

    def reload_wordlists(self) -> None:
        """The user edited the word lists: merge them again on the next check."""
        self._wordlists = None

    def load(self, post_id: int) -> None:
        post = drafts.get_draft(self.ctx.store, post_id)
        values = drafts.draft_values(post)
        self.post_id = post_id
        self.version = post.version
        self.status = PostStatus(post.status)
        self.review = dict(post.review or {})
        self.test_feedback = post.test_feedback
        self.keywords, self.topic_title = [], ""
        if post.topic_id is not None:
            try:
                topic = get_topic(self.ctx.store, post.topic_id)
            except UserError:
                topic = None
            if topic is not None:
                self.keywords, self.topic_title = list(topic.search_keywords), topic.title
        self.topic_id = post.topic_id if self.topic_title else None
        self.topic_button.setText(self.tr("选题：{title}").format(title=self.topic_title[:16]))
        self.topic_button.setVisible(self.topic_id is not None)
        self._loading = True
        for name, widget in self.fields.items():
            value = values.get(name)
            if name == "scenes":
                widget.setText("\n".join(value or []))
            elif name == "hashtags":
                widget.setText(" ".join(f"#{t}" for t in value or []))
            else:
                widget.setText(value or "")
        self.visual_style.setText(values.get("visual_style") or "")
        self.main_channel.setCurrentText(values.get("main_channel") or "")
        self.aux_channels.setText("、".join(values.get("aux_channels") or []))
        scheduled = post.scheduled_at
        self.scheduled_enabled.setChecked(scheduled is not None)
        self.scheduled.setDateTime(QDateTime(scheduled or proposed_publish_time()))
        self._loading = False
        self.dirty = False
        for name in self.counters:
            self._update_counter(name)
        self._update_workflow()
        self.loop_notes.show_for(self.platform, keywords=self.keywords)
        self.run_checks()

    def _mark_dirty(self) -> None:
        if not self._loading:
            self.dirty = True

    def _update_workflow(self) -> None:
        status_text = label("post_status", self.status)
        review = ""
        if self.review:
            review = self.tr("（内审{result}，{who}）").format(
                result=self.tr("已通过") if drafts.review_passed(self.review) else self.tr("未通过"),
                who=self.review.get("reviewer", ""))
        self.status_label.setText(self.tr("状态：{status}{review}").format(status=status_text, review=review))
        allowed = drafts.allowed_transitions(self.status)
        for status, button in self.move_buttons.items():
            button.setVisible(status in allowed)
        if self.status == PostStatus.scheduled:
            self.move_buttons[PostStatus.scheduled].setVisible(True)
            self.move_buttons[PostStatus.scheduled].setText(self.tr("改排期…"))
        else:
            self.move_buttons[PostStatus.scheduled].setText(self.tr("排期…"))
        self.review_button.setVisible(self.status == PostStatus.internal_review)
        self.feedback_button.setVisible(self.status == PostStatus.small_test or bool(self.test_feedback))

    # -- values, counters and checks ----------------------------------------------------------
    def _items(self, name: str) -> list[tuple[str, int]]:
        """A list field's items with the code-point offset where each starts in the field's text."""
        text = self.fields[name].text()
        if name == "hashtags":
            return [(m.group(), m.start()) for m in _TAG.finditer(text)]
        items, offset = [], 0
        for line in text.split("\n"):
            items.append((line, offset))
            offset += len(line) + 1
        return items

    def values(self) -> dict[str, Any]:
        """The draft's fields as `save_draft` takes them (the 公众号 body as HTML)."""
        values: dict[str, Any] = {}
        for name, widget in self.fields.items():
            if name in ("scenes", "hashtags"):
                values[name] = [t for t, _ in self._items(name) if t.strip()]
            elif isinstance(widget, RichBody):
                values[name] = widget.html()
            else:
                values[name] = widget.text()
        values["visual_style"] = self.visual_style.text().strip() or None
        values["main_channel"] = self.main_channel.currentText().strip() or None
        values["aux_channels"] = [c for c in _LIST_SPLIT.split(self.aux_channels.text()) if c]
        values["scheduled_at"] = (self.scheduled.dateTime().toPython().replace(second=0, microsecond=0)
                                  if self.scheduled_enabled.isChecked() else None)
        return values

    def lint_values(self) -> dict[str, Any]:
        """The fields as the checks see them: plain text, list items as typed (offsets line up)."""
        values: dict[str, Any] = {}
        for name, widget in self.fields.items():
            values[name] = [t for t, _ in self._items(name)] if name in ("scenes", "hashtags") else widget.text()
        return values

    def _update_counter(self, name: str) -> None:
        limit = self.rules.max_length(name)
        if limit is None:
            return
        count = len(self.fields[name].text())
        counter = self.counters[name]
        counter.setText(f"{count}/{limit}")
        counter.setStyleSheet("color: #D93025; font-weight: bold;" if count > limit else "color: #6B7280;")

    def run_checks(self) -> None:
        """Lint the live values, then highlight and list what was found."""
        self._timer.stop()
        self.findings = drafts.lint_post(self.platform, self.lint_values(), keywords=self.keywords,
                                         wordlists=self.wordlists)
        self._highlight()
        self._list_findings()

    def _locate(self, finding: Finding) -> tuple[TextField | RichBody, int, int] | None:
        """The widget and Qt positions (UTF-16) of a finding's flagged text, None when it has none."""
        name, _, index = finding.field.partition("[")
        widget = self.fields.get(name)
        if widget is None:
            return None
        if finding.start is None or finding.end is None:
            return widget, -1, -1
        text = widget.text()
        base = 0
        if index:
            items = self._items(name)
            i = int(index.rstrip("]"))
            if i >= len(items):
                return widget, -1, -1
            base = items[i][1]
        return widget, utf16_offset(text, base + finding.start), utf16_offset(text, base + finding.end)

    def highlight_ranges(self) -> dict[str, list[tuple[int, int, str]]]:
        """Each field's highlighted (start, end, severity) in Qt positions (for tests and the view)."""
        out: dict[str, list[tuple[int, int, str]]] = {}
        for finding in self.findings:
            located = self._locate(finding)
            if located is None or located[1] < 0:
                continue
            widget, start, end = located
            name = widget.objectName().removeprefix("field_")
            out.setdefault(name, []).append((start, end, finding.severity))
        return out

    def _highlight(self) -> None:
        ranges = self.highlight_ranges()
        for name, widget in self.fields.items():
            selections = []
            for start, end, severity in ranges.get(name, []):
                selection = QTextEdit.ExtraSelection()
                fmt = QTextCharFormat()
                fmt.setBackground(SEVERITY_BACKGROUNDS[severity])
                fmt.setForeground(QColor("#1F2329"))  # dark on the light mark, also in the dark theme
                fmt.setUnderlineColor(SEVERITY_COLORS[severity])
                fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline if severity == "error"
                                      else QTextCharFormat.UnderlineStyle.SingleUnderline)
                selection.format = fmt  # type: ignore[attr-defined]
                cursor = QTextCursor(widget.document())
                cursor.setPosition(start)
                cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
                selection.cursor = cursor  # type: ignore[attr-defined]
                selections.append(selection)
            widget.setExtraSelections(selections)

    def _list_findings(self) -> None:
        self.findings_list.clear()
        icons = {"error": QStyle.StandardPixmap.SP_MessageBoxCritical,
                 "warning": QStyle.StandardPixmap.SP_MessageBoxWarning,
                 "hint": QStyle.StandardPixmap.SP_MessageBoxInformation}
        for finding in self.findings:
            message = finding.translated(QCoreApplication.translate)
            name = finding.field.split("[")[0]
            item = QListWidgetItem(self.style().standardIcon(icons[finding.severity]),
                                   self.tr("【{field}】{message}").format(field=self._field_label(name), message=message))
            item.setForeground(SEVERITY_COLORS[finding.severity] if finding.severity == "error" else self.palette().color(QPalette.ColorRole.Text))
            self.findings_list.addItem(item)
        errors = sum(f.severity == "error" for f in self.findings)
        others = len(self.findings) - errors
        if not self.findings:
            self.findings_summary.setText(self.tr("✓ 没有发现问题"))
            self.findings_summary.setStyleSheet("color: #1E8449;")
        else:
            self.findings_summary.setText(
                self.tr("{errors} 处必须改，{others} 条建议").format(errors=errors, others=others) if errors
                else self.tr("没有必须改的，{others} 条建议可以看看").format(others=others))
            self.findings_summary.setStyleSheet("color: #D93025;" if errors else "color: #B35C00;")
        self.replace_button.setEnabled(False)

    def _finding_selected(self, row: int) -> None:
        if row < 0 or row >= len(self.findings):
            self.replace_button.setEnabled(False)
            return
        finding = self.findings[row]
        self.select_finding(finding)
        self.replace_button.setEnabled(finding.start is not None and bool(replacement_options(finding.suggestion))
                                       and finding.rule in checks.CATEGORIES)

    def select_finding(self, finding: Finding) -> None:
        """Put the cursor on (and select) the words a finding is about."""
        located = self._locate(finding)
        if located is None:
            return
        widget, start, end = located
        widget.setFocus()
        if start < 0:
            return
        cursor = widget.textCursor()
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        widget.setTextCursor(cursor)
        widget.ensureCursorVisible()

    def replace_finding(self, finding: Finding, replacement: str) -> None:
        """Replace a finding's flagged words with `replacement` (keeps rich formatting around it)."""
        located = self._locate(finding)
        if located is None or located[1] < 0:
            return
        widget, start, end = located
        cursor = QTextCursor(widget.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        cursor.insertText(replacement)
        self.run_checks()

    def _replace_clicked(self) -> None:
        row = self.findings_list.currentRow()
        if row < 0 or row >= len(self.findings):
            return
        finding = self.findings[row]
        options = replacement_options(finding.suggestion)
        if len(options) == 1:
            self.replace_finding(finding, options[0])
            return
        menu = QMenu(self)
        for option in options:
            menu.addAction(option or self.tr("删除"), lambda o=option: self.replace_finding(finding, o))
        menu.exec(self.replace_button.mapToGlobal(self.replace_button.rect().bottomLeft()))

    def _title_menu(self, button: QPushButton) -> None:
        base = self.topic_title or self.fields["title"].text()
        ideas = checks.suggest_titles(self.platform, base, self.keywords, wordlists=self.wordlists)
        menu = QMenu(self)
        if not ideas:
            menu.addAction(self.tr("先写个标题或关联选题，再来找灵感")).setEnabled(False)
        for idea in ideas:
            menu.addAction(idea, lambda t=idea: self.fields["title"].setText(t))
        menu.exec(button.mapToGlobal(button.rect().bottomLeft()))

    # -- saving and the workflow --------------------------------------------------------------
    def _run(self, fn: Callable[..., Any], *args: Any, then: Callable[[Any], None] | None = None,
             seen_version: int | None = None, **kwargs: Any) -> None:
        """Save the editor's values, then run a workflow step; both on the writer thread.

        The save is checked against the version loaded (or `seen_version`, after 覆盖): a draft
        someone else saved meanwhile asks before it is overwritten (app/views/stale.py)."""
        post_id = self.post_id
        if post_id is None:
            return
        values = self.values()
        seen = seen_version if seen_version is not None else self.version

        def work() -> Any:
            drafts.save_draft(self.ctx.store, post_id, values, seen_version=seen)
            return fn(self.ctx.store, post_id, *args, **kwargs) if fn is not None else None

        def done(result: Any) -> None:
            self.ctx.signals.notify("post", "post_revision", "topic")
            if self.post_id == post_id:
                self.load(post_id)
            self.changed.emit()
            if then is not None:
                then(result)

        def overwrite(version: int) -> None:
            self._run(fn, *args, then=then, seen_version=version, **kwargs)

        stale = on_stale_save(self, overwrite, lambda: self.load(post_id))
        self.ctx.tasks.run(work, on_result=done, parent=self, writes=True,
                           on_error=lambda exc: stale(exc) if isinstance(exc, StaleEditError) else self._failed(exc))

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, UserError):
            QMessageBox.warning(self, self.tr("无法完成"), user_message(exc))
            if self.post_id is not None:
                self.load(self.post_id)
            return
        sys.excepthook(type(exc), exc, exc.__traceback__)

    def save(self) -> None:
        self._run(lambda store, post_id: None)

    def move(self, status: PostStatus) -> None:
        if status == PostStatus.scheduled:
            when = self.ask_when(self.tr("排期"), self.tr("计划什么时候发布？"), self.values()["scheduled_at"])
            if when is not None:
                self._run(drafts.schedule, when[0], wordlists=self.wordlists)
            return
        if status == PostStatus.published:
            when = self.ask_when(self.tr("标记已发布"), self.tr("什么时候发的？链接是什么？"), clock.now(),
                                 with_url=True)
            if when is not None:
                self._run(drafts.mark_published, when[0], when[1])
            return
        self._run(drafts.move_to, status, wordlists=self.wordlists)

    def ask_when(self, title: str, prompt: str, when: dt.datetime | None, *,
                 with_url: bool = False) -> tuple[dt.datetime, str | None] | None:
        """The date-time (and link) the user enters, or None when cancelled."""
        dialog = WhenDialog(title, prompt, when, with_url=with_url, parent=self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.value(), dialog.url.text().strip() or None

    def open_review(self) -> None:
        dialog = ReviewDialog(self.review, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            checklist, reviewer, note = dialog.result_values()
            self._run(drafts.submit_review, checklist, reviewer, note=note)

    def open_feedback(self) -> None:
        dialog = FeedbackDialog(self.test_feedback, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._run(drafts.record_test_feedback, dialog.feedback())

    def open_history(self) -> None:
        if self.post_id is None:
            return
        self.save()
        dialog = HistoryDialog(self.ctx.store, self.post_id, self)
        dialog.exec()
        if dialog.restored is not None:
            self.ctx.signals.notify("post", "post_revision")
            self.load(self.post_id)
            self.changed.emit()

    def copy_for_publishing(self) -> None:
        """Save, then put the platform-ready text on the clipboard — or say what is still wrong."""
        body = self.fields.get("body")
        html = body.html() if isinstance(body, RichBody) else ""
        self._run(lambda store, post_id: drafts.publishing_text(store, post_id, wordlists=self.wordlists),
                  then=lambda text: self._copied(text, html))

    def _copied(self, text: str, html: str) -> None:
        mime = QMimeData()
        mime.setText(text)
        if html:
            mime.setHtml(html)
        QGuiApplication.clipboard().setMimeData(mime)
        QMessageBox.information(self, self.tr("复制发布文案"),
                                self.tr("发布文案已复制，去{platform}后台粘贴即可。").format(
                                    platform=platform_name(self.platform)))
