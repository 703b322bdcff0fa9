"""分层 page: each segment's size with its strategy card and rule, one-click export per segment,
the thresholds editor and the monthly history (sizes and churn rate)."""

from __future__ import annotations

import sys
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QDoubleSpinBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.i18n import QT_TRANSLATE_NOOP
from app.report.workbooks import write_segment_xlsx
from app.services import segments
from app.services.queries import Column
from app.views.base import EmptyState, make_table_view
from app.views.community_tab.common import heading, translated
from app.views.community_tab.members import ask_full_personal
from app.views.context import ViewContext
from app.views.export_actions import ask_save_path, tell_saved
from app.views.table_models import ListTableModel, label, query_columns

_HISTORY = (
    Column("month", QT_TRANSLATE_NOOP("columns", "月份"), ""),
    Column("core", QT_TRANSLATE_NOOP("columns", "核心用户"), "", "int"),
    Column("potential", QT_TRANSLATE_NOOP("columns", "潜力用户"), "", "int"),
    Column("churned", QT_TRANSLATE_NOOP("columns", "流失用户"), "", "int"),
    Column("new", QT_TRANSLATE_NOOP("columns", "新用户"), "", "int"),
    Column("total", QT_TRANSLATE_NOOP("columns", "合计"), "", "int"),
    Column("churned_share", QT_TRANSLATE_NOOP("columns", "流失占比"), "", "rate"),
    Column("churn_rate", QT_TRANSLATE_NOOP("columns", "当月流失率"), "", "rate"),
)

_CARD_COLORS = {"core": "#2F6FEB", "potential": "#1A9E75", "churned": "#D9534F", "new": "#E8A317"}


def _t(text: str) -> str:
    return QCoreApplication.translate("segments", text)


class SegmentCard(QFrame):
    """One segment: its size and share, the strategy, the rule and an export button.

    Signals:
        exportRequested(str): the segment code.
    """

    exportRequested = Signal(str)

    def __init__(self, code: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.code = code
        self.setObjectName(f"segmentCard_{code}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(f"#segmentCard_{code} {{ border-top: 4px solid {_CARD_COLORS[code]}; }}")
        card = segments.STRATEGY_CARDS[code]
        self.name = QLabel(f"<b>{label('segment', code)}</b>")
        self.size = QLabel()
        self.size.setObjectName("segmentSize")
        self.size.setStyleSheet("font-size: 22px; font-weight: 600;")
        title = self.tr("策略：{title}").format(title=_t(card["title"]))
        strategy = QLabel(f"<b>{title}</b><br>{_t(card['goal'])}")
        strategy.setWordWrap(True)
        actions = QLabel("<br>".join(f"· {_t(a)}" for a in card["actions"]))
        actions.setWordWrap(True)
        self.rule = QLabel()
        self.rule.setWordWrap(True)
        self.rule.setStyleSheet("color: #666;")
        self.export_button = QPushButton(self.tr("导出这一层…"))
        self.export_button.clicked.connect(lambda: self.exportRequested.emit(self.code))
        layout = QVBoxLayout(self)
        layout.addWidget(self.name)
        layout.addWidget(self.size)
        layout.addWidget(strategy)
        layout.addWidget(actions)
        layout.addWidget(self.rule)
        layout.addStretch(1)
        layout.addWidget(self.export_button)

    def show_counts(self, n: int, total: int, rule: str) -> None:
        share = f"{n / total * 100:.1f}%" if total else "—"
        self.size.setText(self.tr("%1 人").replace("%1", f"{n:,}") + f"  <span style='font-size:13px;color:#666'>{share}</span>")
        self.rule.setText(self.tr("规则：") + rule)
        self.export_button.setEnabled(n > 0)


class SegmentsPage(QWidget):
    """Cards, thresholds and history.

    Signals:
        changed(): thresholds were saved and the members re-segmented.
    """

    changed = Signal()

    def __init__(self, ctx: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.cards = {code: SegmentCard(code, self) for code in segments.SEGMENTS}
        cards = QGridLayout()
        for column, card in enumerate(self.cards.values()):
            card.exportRequested.connect(self.export_segment)
            cards.addWidget(card, 0, column)
        self.total = QLabel()
        self.order_note = QLabel(self.tr("每位用户只属于一层；规则重叠时按 新用户 > 核心用户 > 流失用户 > 潜力用户 的顺序归层。"))
        self.order_note.setWordWrap(True)

        self.inputs: dict[str, QDoubleSpinBox] = {}
        form = QFormLayout()
        for field in segments.THRESHOLD_FIELDS:
            box = QDoubleSpinBox()
            box.setDecimals(0 if field["integer"] else 1)
            box.setRange(field["minimum"], 1_000_000)
            box.setSuffix(" " + _t(field["unit"]))
            box.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.PlusMinus)
            box.setMinimumWidth(110)
            self.inputs[field["key"]] = box
            form.addRow(_t(field["label"]), box)
        self.save_button = QPushButton(self.tr("保存并重新分层"))
        self.defaults_button = QPushButton(self.tr("恢复默认值"))
        self.save_button.clicked.connect(self.save_thresholds)
        self.defaults_button.clicked.connect(self._fill_defaults)
        buttons = QHBoxLayout()
        buttons.addWidget(self.defaults_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        thresholds = QGroupBox(self.tr("分层门槛"))
        thresholds_layout = QVBoxLayout(thresholds)
        thresholds_layout.addLayout(form)
        thresholds_layout.addLayout(buttons)

        self.history_model = ListTableModel(query_columns(_HISTORY), self, load=self._history)
        self.history_view = make_table_view(self.history_model, self)
        self.history_view.setSortingEnabled(False)
        self.history_stack = EmptyState(self.history_view, self.tr(
            "还没有月度记录 — 每次重新分层都会记下当月各层人数，下个月起就能看到流失率的变化"))
        history = QGroupBox(self.tr("每月分层人数与流失率"))
        history_layout = QVBoxLayout(history)
        history_layout.addWidget(self.history_stack)
        self.history_model.reloaded.connect(lambda n: self.history_stack.setEmpty(n == 0))

        lower = QHBoxLayout()
        lower.addWidget(thresholds, 0)
        lower.addWidget(history, 1)
        content = QWidget()
        layout = QVBoxLayout(content)
        top = QHBoxLayout()
        top.addWidget(heading(self.tr("用户分层与运营策略")))
        top.addStretch(1)
        top.addWidget(self.total)
        layout.addLayout(top)
        layout.addWidget(self.order_note)
        layout.addLayout(cards)
        layout.addLayout(lower, 1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        self.stack = EmptyState(scroll, self.tr("还没有用户 — 先在“用户”页导入粉丝/会员名单，这里会自动分成四层并给出运营策略"))
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)

    def _history(self, _text: str, _equals: dict[str, Any]) -> list[dict[str, Any]]:
        return list(reversed(segments.segment_history(self.ctx.store)))

    def refresh(self) -> None:
        counts = segments.segment_counts(self.ctx.store)
        thresholds = segments.get_thresholds(self.ctx.store)
        total = sum(counts.values())
        self.stack.setEmpty(total == 0)
        shown = {key: int(value) if float(value).is_integer() else value for key, value in thresholds.items()}
        rules = {r["segment"]: translated("segments", r["rule"], **shown) for r in segments.rules_text(thresholds)}
        for code, card in self.cards.items():
            card.show_counts(counts.get(code, 0), total, rules[code])
        self.total.setText(self.tr("共 %n 位用户", "", total))
        for key, box in self.inputs.items():
            box.setValue(thresholds[key])
        self.history_model.reload()

    def _fill_defaults(self) -> None:
        for key, box in self.inputs.items():
            box.setValue(segments.DEFAULT_THRESHOLDS[key])

    def thresholds(self) -> dict[str, float]:
        return {key: box.value() for key, box in self.inputs.items()}

    def save_thresholds(self) -> None:
        self.save_button.setEnabled(False)
        self.ctx.tasks.run(segments.set_thresholds, self.ctx.store, self.thresholds(), on_result=self._saved,
                           on_error=self._save_failed, progress=self.tr("正在重新分层…"), parent=self, writes=True)

    def _saved(self, _counts: dict[str, int]) -> None:
        self.save_button.setEnabled(True)
        self.changed.emit()

    def _save_failed(self, error: BaseException) -> None:
        self.save_button.setEnabled(True)
        sys.excepthook(type(error), error, error.__traceback__)

    def export_segment(self, code: str) -> None:
        name = label("segment", code)
        full = ask_full_personal(self, self.ctx.store)
        if full is None:
            return
        path = ask_save_path(self, self.tr("导出这一层"), name + ".xlsx")
        if path is None:
            return
        self.ctx.tasks.run(write_segment_xlsx, path, code,
                           segments.segment_members(self.ctx.store, code, full_personal=full),
                           translate=QCoreApplication.translate,
                           on_result=lambda n: tell_saved(self, path, self.tr("已导出 %n 行到：", "", n)), progress=self.tr("正在导出…"), parent=self)

