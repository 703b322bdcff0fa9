"""The goals editor (目标): an annual target per metric, split into months and shared among platforms.

The operator types the year's target, picks an even split or their own month weights (e.g. more
in 6 and 11 for 618 and 双11), and either keeps it as one all-accounts goal or shares it among
their own accounts; every month stays editable in the table below. All writes go through
`app.services.goals`, the same functions the `opsdesk-cli goals` command uses.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.i18n import UserError
from app.models import GoalMetric
from app.services.calendar import OwnAccount, own_accounts
from app.services.goals import (
    DECIMALS,
    allocate_annual_target,
    annual_targets,
    goal_conflicts,
    goal_versions,
    set_annual_target,
    set_month_target,
)
from app.store.errors import StaleEditError
from app.views.context import ViewContext
from app.views.errors import user_message
from app.views.language import year_suffix
from app.views.stale import on_stale_save
from app.views.table_models import label, platform_icon, platform_name

#: Row key of the all-accounts goal in the month table.
ALL = None


class GoalsDialog(QDialog):
    """Set and edit the year's goals; `changed` is True once anything was written."""

    def __init__(self, ctx: ViewContext, year: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.changed = False
        self.accounts: list[OwnAccount] = own_accounts(ctx.store)
        self.setObjectName("goalsDialog")
        self.setWindowTitle(self.tr("目标"))
        self.year = QSpinBox(self)
        self.year.setRange(2000, 2100)
        self.year.setValue(year)
        self.year.setSuffix(year_suffix())
        self.metric_box = QComboBox(self)
        for metric in GoalMetric:
            self.metric_box.addItem(label("goal_metric", metric), metric.value)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("年份"), self))
        top.addWidget(self.year)
        top.addSpacing(12)
        top.addWidget(QLabel(self.tr("指标"), self))
        top.addWidget(self.metric_box)
        top.addStretch(1)

        # -- the annual target and how it is split
        self.total = QDoubleSpinBox(self)
        self.total.setObjectName("annualTotal")
        self.total.setRange(0, 1e12)
        self.total.setGroupSeparatorShown(True)
        self.total.setMinimumWidth(160)
        self.even = QRadioButton(self.tr("平均分到 12 个月"), self)
        self.weighted = QRadioButton(self.tr("按月份权重分"), self)
        self.even.setChecked(True)
        split_group = QButtonGroup(self)
        split_group.addButton(self.even)
        split_group.addButton(self.weighted)
        self.weights: list[QDoubleSpinBox] = []
        weights_box = QWidget(self)
        weights_grid = QGridLayout(weights_box)
        weights_grid.setContentsMargins(0, 0, 0, 0)
        for m in range(12):
            spin = QDoubleSpinBox(weights_box)
            spin.setObjectName(f"weight{m + 1}")
            spin.setRange(0, 100)
            spin.setDecimals(1)
            spin.setValue(1)
            spin.setPrefix(self.tr("{m}月 ").format(m=m + 1))
            self.weights.append(spin)
            weights_grid.addWidget(spin, m // 6, m % 6)
        self.weights_box = weights_box
        self.weighted.toggled.connect(weights_box.setEnabled)
        weights_box.setEnabled(False)

        self.to_all = QRadioButton(self.tr("算作全部账号的总目标"), self)
        self.to_accounts = QRadioButton(self.tr("按比例分给各平台账号"), self)
        self.to_all.setChecked(True)
        target_group = QButtonGroup(self)
        target_group.addButton(self.to_all)
        target_group.addButton(self.to_accounts)
        self.shares: dict[int, QDoubleSpinBox] = {}
        shares_box = QWidget(self)
        shares_row = QHBoxLayout(shares_box)
        shares_row.setContentsMargins(0, 0, 0, 0)
        for account in self.accounts:
            spin = QDoubleSpinBox(shares_box)
            spin.setObjectName(f"share_{account.id}")
            spin.setRange(0, 100)
            spin.setDecimals(0)
            spin.setValue(round(100 / max(1, len(self.accounts))))
            spin.setSuffix(" %")
            spin.setPrefix(f"{platform_name(account.platform)} ")
            spin.setToolTip(f"{platform_name(account.platform)} · {account.name}")
            self.shares[account.id] = spin
            shares_row.addWidget(spin)
        shares_row.addStretch(1)
        self.shares_box = shares_box
        self.to_accounts.toggled.connect(shares_box.setEnabled)
        shares_box.setEnabled(False)
        self.to_accounts.setEnabled(bool(self.accounts))

        self.apply_button = QPushButton(self.tr("拆分到各月"), self)
        self.apply_button.setObjectName("applyAnnual")
        self.apply_button.clicked.connect(self.apply_annual)
        annual = QGroupBox(self.tr("年度目标"), self)
        form = QFormLayout(annual)
        form.addRow(self.tr("全年目标"), self.total)
        split_row = QHBoxLayout()
        split_row.addWidget(self.even)
        split_row.addWidget(self.weighted)
        split_row.addStretch(1)
        form.addRow(self.tr("怎么拆"), split_row)
        form.addRow("", weights_box)
        to_row = QHBoxLayout()
        to_row.addWidget(self.to_all)
        to_row.addWidget(self.to_accounts)
        to_row.addStretch(1)
        form.addRow(self.tr("分给谁"), to_row)
        form.addRow("", shares_box)
        apply_row = QHBoxLayout()
        apply_row.addStretch(1)
        apply_row.addWidget(self.apply_button)
        form.addRow(apply_row)

        # -- the months, editable
        self.model = QStandardItemModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("monthTargets")
        self.table.setModel(self.model)
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.model.itemChanged.connect(self._month_edited)
        months_box = QGroupBox(self.tr("每月目标（双击格子修改，清空表示不设）"), self)
        months_layout = QVBoxLayout(months_box)
        months_layout.addWidget(self.table)
        self.sum_label = QLabel(self)
        self.sum_label.setObjectName("goalSum")
        months_layout.addWidget(self.sum_label)
        self.conflicts = QLabel(self)
        self.conflicts.setObjectName("goalConflicts")
        self.conflicts.setWordWrap(True)
        self.conflicts.setStyleSheet("color: #D93025;")
        months_layout.addWidget(self.conflicts)

        self.message = QLabel(self)
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("关闭"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(annual)
        layout.addWidget(months_box, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.resize(980, 640)
        self.year.valueChanged.connect(self.reload)
        self.metric_box.currentIndexChanged.connect(self.reload)
        self._filling = False
        self.reload()

    # -- reading ----------------------------------------------------------------------------------
    def current_metric(self) -> GoalMetric:
        return GoalMetric(self.metric_box.currentData())

    def rows(self) -> list[tuple[int | None, str]]:
        return [(ALL, self.tr("全部账号")), *((a.id, f"{platform_name(a.platform)} · {a.name}") for a in self.accounts)]

    def reload(self) -> None:
        metric = self.current_metric()
        decimals = DECIMALS[metric]
        self.total.setDecimals(decimals)
        targets = annual_targets(self.ctx.store, self.year.value())
        #: The versions shown: a month's save is checked against its (someone may have saved since).
        self.versions = goal_versions(self.ctx.store, self.year.value())
        self._filling = True
        self.model.clear()
        self.model.setHorizontalHeaderLabels(
            [self.tr("{m}月").format(m=m) for m in range(1, 13)] + [self.tr("全年")])
        rows = self.rows()
        for account_id, _name in rows:
            months = targets.get((account_id, metric), [None] * 12)
            items = []
            for value in months:
                item = QStandardItem("" if value is None else _text(value, decimals))
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                items.append(item)
            known = [v for v in months if v is not None]
            total = QStandardItem(_text(sum(known), decimals) if known else "")
            total.setEditable(False)
            total.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.model.appendRow([*items, total])
        for index, (account_id, name) in enumerate(rows):
            header = QStandardItem(name)
            if account_id is not None:
                platform = next(a.platform for a in self.accounts if a.id == account_id)
                header.setIcon(platform_icon(platform))
            self.model.setVerticalHeaderItem(index, header)
        self._filling = False
        self._update_sum()
        self._prefill_annual()
        months = [f"{self.year.value():04d}-{m:02d}" for m in range(1, 13)]
        found = [c for c in goal_conflicts(self.ctx.store, months) if c.metric == metric]
        self.conflicts.setText("\n".join(c.message(QCoreApplication.translate) for c in found))
        self.conflicts.setVisible(bool(found))

    def _prefill_annual(self) -> None:
        """Start the annual form from what is set: the year's total and each account's share of it."""
        per_account = {a.id: self.row_total(a.id) for a in self.accounts}
        accounts_total = sum(per_account.values())
        self.total.setValue(self.row_total(ALL) or accounts_total)
        if accounts_total > 0:
            for account_id, spin in self.shares.items():
                spin.setValue(round(100 * per_account[account_id] / accounts_total))

    def row_total(self, account_id: int | None) -> float:
        """The sum of a row's months as shown in the table."""
        row = [key for key, _name in self.rows()].index(account_id)
        return sum(_number(self.model.item(row, m).text()) or 0.0 for m in range(12))

    def _update_sum(self) -> None:
        metric_name = self.metric_box.currentText()
        parts = [self.tr("全部账号合计 {total}").format(total=_text(self.row_total(ALL), DECIMALS[self.current_metric()]))]
        if self.accounts:
            accounts_total = sum(self.row_total(a.id) for a in self.accounts)
            parts.append(self.tr("各账号合计 {total}").format(
                total=_text(accounts_total, DECIMALS[self.current_metric()])))
        self.sum_label.setText(self.tr("{year} 年{metric}：").format(year=self.year.value(), metric=metric_name)
                               + self.tr("；").join(parts))

    # -- writing ----------------------------------------------------------------------------------
    def month_weights(self) -> list[float] | None:
        return [spin.value() for spin in self.weights] if self.weighted.isChecked() else None

    def apply_annual(self) -> None:
        """Split the annual target into months (and among accounts) and write it."""
        metric, year, total, weights = self.current_metric(), self.year.value(), self.total.value(), self.month_weights()
        if self.to_accounts.isChecked():
            shares = {account_id: spin.value() for account_id, spin in self.shares.items()}
            fn, args = allocate_annual_target, (self.ctx.store, year, metric, total, shares)
        else:
            fn, args = set_annual_target, (self.ctx.store, year, metric, total)
        # checked against the months shown; 覆盖 writes them anyway
        self._write(fn, *args, weights=weights, seen_versions=self.versions,
                    overwrite=lambda _version: self._write(fn, *args, weights=weights))

    def _month_edited(self, item: QStandardItem) -> None:
        if self._filling or item.column() >= 12:
            return
        account_id = self.rows()[item.row()][0]
        text = item.text().strip()
        value = _number(text)
        if text and value is None:
            self.say(self.tr("“{text}”不是数字，请填数字，或清空表示不设目标").format(text=text), error=True)
            self.reload()
            return
        month = f"{self.year.value():04d}-{item.column() + 1:02d}"
        self.save_month(month, account_id, value)

    def save_month(self, month: str, account_id: int | None, value: float | None, seen_version: int | None = None) -> None:
        """Write one month's target against the version shown (or `seen_version`, after 覆盖)."""
        metric = self.current_metric()
        seen = self.versions.get((account_id, metric, month), 0) if seen_version is None else seen_version
        self._write(set_month_target, self.ctx.store, month, metric, value, account_id=account_id, seen_version=seen,
                    overwrite=lambda version: self.save_month(month, account_id, value, version))

    def _write(self, fn: Any, *args: Any, overwrite: Callable[[int], None] | None = None, **kwargs: Any) -> None:
        def done(_result: Any) -> None:
            self.changed = True
            self.say(self.tr("已保存"))
            self.reload()

        def failed(exc: BaseException) -> None:
            if isinstance(exc, StaleEditError) and overwrite is not None:
                on_stale_save(self, overwrite, self.reload)(exc)
                return
            if not isinstance(exc, UserError):
                sys.excepthook(type(exc), exc, exc.__traceback__)
                return
            self.say(user_message(exc), error=True)
            self.reload()

        self.ctx.tasks.run(fn, *args, on_result=done, on_error=failed, writes=True, **kwargs)

    def say(self, text: str, *, error: bool = False) -> None:
        self.message.setStyleSheet("color: #D93025;" if error else "color: #2F9E44;")
        self.message.setText(text)


def _text(value: float, decimals: int) -> str:
    return f"{value:.{decimals}f}" if decimals else f"{value:.0f}"


def _number(text: str) -> float | None:
    text = text.strip().replace(",", "").replace("，", "")
    if not text:
        return None
    try:
        return float(text)
    except ValueError:
        return None
