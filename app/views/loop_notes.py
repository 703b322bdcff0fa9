"""What last month's review said, shown where the work happens (issue 18).

`LoopNotes` sits in the draft editor, the promotion and campaign dialogs and the topic editor: the
month's open action items (行动项) for that place and platform, each with a 完成 tick, and the
matching lessons of the 运营手册 (at most three, newest first). It hides itself while there is
nothing to say. `record_lesson` is the one "记入运营手册" flow: a prefilled lesson dialog, then the
lesson saved with its source on the writer thread.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.services.actions import open_actions, set_done
from app.services.manual import matching_lessons, save_lesson, source_fields
from app.views.base import clear_layout, dialog_buttons
from app.views.context import ViewContext
from app.views.table_models import label_choices


class LoopNotes(QFrame):
    """Open action items (tick to mark done) and matching lessons; hidden while empty.

    Signals:
        actionDone(int): an action item was ticked done (its id), after the write.
    """

    actionDone = Signal(int)

    def __init__(self, ctx: ViewContext, place: str | None, parent: QWidget | None = None) -> None:
        """`place`: where action items show (`actions.PLACES`); None for lessons only."""
        super().__init__(parent)
        self.ctx = ctx
        self.place = place
        self.setObjectName("loopNotes")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.setStyleSheet("#loopNotes { background: #FFF8E1; border: 1px solid #F0D58C; border-radius: 4px; }")
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(8, 6, 8, 6)
        self.layout_.setSpacing(3)
        self.actions: list[dict[str, Any]] = []
        self.lessons: list[dict[str, Any]] = []
        #: The widgets shown now (those of an earlier `show_for` are deleted later).
        self.ticks: list[QCheckBox] = []
        self.lesson_labels: list[QLabel] = []
        self.hide()

    def show_for(self, platform: str | None = None, *, tool: str | None = None, campaign_type: str | None = None,
                 keywords: Sequence[str] = ()) -> None:
        """Show what applies to `platform` (and tool, campaign type, keywords for the lessons)."""
        translate = QCoreApplication.translate
        self.actions = (open_actions(self.ctx.store, self.place, platform, translate=translate)
                        if self.place else [])
        self.lessons = matching_lessons(self.ctx.store, platform=platform, tool=tool, campaign_type=campaign_type,
                                        keywords=keywords, translate=translate)
        clear_layout(self.layout_)
        self.ticks: list[QCheckBox] = []
        self.lesson_labels: list[QLabel] = []
        if self.actions:
            self.layout_.addWidget(self._title(self.tr("本月行动项（上月复盘定下的）")))
            for action in self.actions:
                due = self.tr("（{date} 前）").format(date=f"{action['due_date']:%m-%d}") if action["due_date"] else ""
                tick = QCheckBox(f"{action['platform_name']}：{action['text']}{due}", self)
                tick.setObjectName(f"action{action['id']}")
                tick.setToolTip(self.tr("做完了就勾上，下月复盘会列出完成情况"))
                tick.toggled.connect(lambda on, i=action["id"]: on and self._done(i))
                self.layout_.addWidget(tick)
                self.ticks.append(tick)
        if self.lessons:
            self.layout_.addWidget(self._title(self.tr("运营手册里的经验")))
            for lesson in self.lessons:
                mark = "✓" if lesson["kind"] == "success" else "✗"
                text = f"{mark} {lesson['month']} {lesson['title']}"
                if lesson["detail"] and not lesson["detail"].startswith(lesson["title"]):
                    text += f" — {lesson['detail']}"
                note = QLabel(text, self)
                note.setObjectName("lesson")
                note.setWordWrap(True)
                note.setToolTip(lesson["evidence"] or "")
                self.layout_.addWidget(note)
                self.lesson_labels.append(note)
        self.setVisible(bool(self.actions or self.lessons))

    def _title(self, text: str) -> QLabel:
        return QLabel(f"<b>{text}</b>", self)

    def _done(self, action_id: int) -> None:
        def done(_row: object) -> None:
            self.actionDone.emit(action_id)
            self.ctx.signals.notify("action_item")

        self.ctx.tasks.run(set_done, self.ctx.store, action_id, writes=True, on_result=done)


class RecordLessonDialog(QDialog):
    """A lesson prefilled from where it was recorded: its title, kind and evidence, editable."""

    def __init__(self, title: str, kind: str, evidence: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("记入运营手册"))
        self.kind = QComboBox(self)
        for code, text in label_choices("lesson_kind"):
            self.kind.addItem(text, code)
        self.kind.setCurrentIndex(max(0, self.kind.findData(kind)))
        self.title = QLineEdit(title, self)
        self.evidence = QLineEdit(evidence or "", self)
        self.detail = QPlainTextEdit(self)
        self.detail.setPlaceholderText(self.tr("下次具体怎么做"))
        self.detail.setFixedHeight(70)
        self.keywords = QLineEdit(self)
        self.keywords.setPlaceholderText(self.tr("关键词，用逗号分开；选题有相同的词时会提示这条经验"))
        self.keep_doing = QCheckBox(self.tr("继续做（下月计划据此提选题）"), self)
        self.keep_doing.setChecked(kind == "success")
        form = QFormLayout(self)
        form.addRow(self.tr("类型"), self.kind)
        form.addRow(self.tr("经验"), self.title)
        form.addRow(self.tr("依据"), self.evidence)
        form.addRow(self.tr("做法"), self.detail)
        form.addRow(self.tr("关键词"), self.keywords)
        form.addRow("", self.keep_doing)
        form.addRow(dialog_buttons(self))
        self.resize(520, 0)

    def values(self) -> dict[str, Any]:
        return {"kind": self.kind.currentData(), "title": self.title.text(), "evidence": self.evidence.text(),
                "detail": self.detail.toPlainText(), "keywords": self.keywords.text(),
                "keep_doing": self.keep_doing.isChecked()}


def record_lesson(parent: QWidget, ctx: ViewContext, source: tuple[str, int | None, str | None], *,
                  title: str, kind: str, evidence: str | None = None, month: str | None = None,
                  on_saved: Callable[[int], None] | None = None, **where: Any) -> None:
    """"记入运营手册": ask with the lesson prefilled, then save it linked to `source`
    (kind, id, ref) with what the source says about where it applies (`where` adds to it)."""
    from app import clock
    from app.models.vocabulary import Month

    kind_, source_id, ref = source
    dialog = RecordLessonDialog(title, kind, evidence, parent)
    if not dialog.exec():
        return
    fields = {**source_fields(ctx.store, kind_, source_id, ref), **where, **dialog.values()}
    fields.setdefault("month", month or str(Month.of(clock.today())))
    if month:
        fields["month"] = month
    ctx.tasks.run(save_lesson, ctx.store, **fields, writes=True, on_result=on_saved)
