"""自定义列对应: tell OpsDesk what each column of a file means.

Each column of the file gets a field, 保留原样 (kept as exported, with the post's other columns)
or 忽略; the date and title columns are required. Opened on a file OpsDesk recognised, every
column starts as the recognised format reads it, and saving a mapping that drops a column the
format reads asks first. The preview below shows the first rows as they would be stored, re-read
by the import engine on the worker a moment after each change. 保存 stores the mapping as a named
profile in the store (`save_mapping_profile`), so the next file with the same headers uses it.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app import clock
from app.i18n import QT_TRANSLATE_NOOP, UserError
from app.models.vocabulary import PLATFORM_NAMES
from app.services.importing import ImportPlan, analyse_file, save_mapping_profile
from app.services.importing.profiles import FIELD_TYPES, KIND_FIELDS, REQUIRED_FIELDS, builtin_profiles
from app.services.importing.reader import read_workbook
from app.services.importing.values import Capped, header_key
from app.services.metrics import METRICS
from app.views.base import dialog_buttons
from app.views.context import ViewContext
from app.views.errors import user_message
from app.views.table_models import format_value, platform_name

IGNORE = "ignore"
#: Keep the column as exported, in the record's other columns (`extra`): nothing the file carried is lost.
KEEP = "extra"
#: How many sample values of each column the editor shows next to it.
SAMPLES = 3
#: Rows scanned for the header row (the first row with two or more filled cells, as detection does).
HEADER_SCAN = 25

_OWN_LABELS = {
    "title": QT_TRANSLATE_NOOP("MappingEditor", "标题"),
    "published_at": QT_TRANSLATE_NOOP("MappingEditor", "发布时间"),
    "external_id": QT_TRANSLATE_NOOP("MappingEditor", "作品ID"),
    "url": QT_TRANSLATE_NOOP("MappingEditor", "链接"),
    "format": QT_TRANSLATE_NOOP("MappingEditor", "体裁"),
    "views": QT_TRANSLATE_NOOP("MappingEditor", "播放/阅读量"),
    "day": QT_TRANSLATE_NOOP("MappingEditor", "日期"),
    "channel": QT_TRANSLATE_NOOP("MappingEditor", "渠道"),
    "sub_order_id": QT_TRANSLATE_NOOP("MappingEditor", "子订单编号"),
    "order_id": QT_TRANSLATE_NOOP("MappingEditor", "主订单编号"),
    "product": QT_TRANSLATE_NOOP("MappingEditor", "商品"),
    "product_id": QT_TRANSLATE_NOOP("MappingEditor", "商品ID"),
    "quantity": QT_TRANSLATE_NOOP("MappingEditor", "商品数量"),
    "amount": QT_TRANSLATE_NOOP("MappingEditor", "订单应付金额"),
    "submitted_at": QT_TRANSLATE_NOOP("MappingEditor", "下单时间"),
    "paid_at": QT_TRANSLATE_NOOP("MappingEditor", "支付时间"),
    "finished_at": QT_TRANSLATE_NOOP("MappingEditor", "完成时间"),
    "status": QT_TRANSLATE_NOOP("MappingEditor", "订单状态"),
    "after_sale": QT_TRANSLATE_NOOP("MappingEditor", "售后状态"),
    "cancel_reason": QT_TRANSLATE_NOOP("MappingEditor", "取消原因"),
    "traffic_source": QT_TRANSLATE_NOOP("MappingEditor", "流量来源"),
    "traffic_kind": QT_TRANSLATE_NOOP("MappingEditor", "流量体裁"),
    "traffic_type": QT_TRANSLATE_NOOP("MappingEditor", "流量类型"),
    "creator_id": QT_TRANSLATE_NOOP("MappingEditor", "达人ID"),
    "creator_name": QT_TRANSLATE_NOOP("MappingEditor", "达人昵称"),
    "province": QT_TRANSLATE_NOOP("MappingEditor", "省"),
    "city": QT_TRANSLATE_NOOP("MappingEditor", "市"),
}
KIND_LABELS = {
    "posts": QT_TRANSLATE_NOOP("MappingEditor", "内容数据（每行一条内容）"),
    "account_daily": QT_TRANSLATE_NOOP("MappingEditor", "账号每日数据（每行一天）"),
    "shop_orders": QT_TRANSLATE_NOOP("MappingEditor", "店铺订单（每行一个子订单）"),
}


def field_label(name: str) -> str:
    """The operator's word for an import field (a metric's own name where there is one)."""
    if name in _OWN_LABELS:
        return QCoreApplication.translate("MappingEditor", _OWN_LABELS[name])
    metric = METRICS.get(name)
    if metric is not None:
        return QCoreApplication.translate("metrics", metric.name)
    return name


def display(field: str, value: Any) -> str:
    """A stored value as the preview shows it (rates as percentages, missing as empty, `10w+` as ≥100,000)."""
    if isinstance(value, Capped):
        return "≥" + display(field, int(value))
    kind = {"rate": "rate", "money": "money", "count": "int", "datetime": "datetime", "date": "date",
            "seconds": "float", "format": "label:post_format"}.get(FIELD_TYPES.get(field, "count" if field in
                                                                                     METRICS else "text"), "text")
    try:
        text = format_value(kind, value)
    except (TypeError, ValueError):
        return str(value)
    return QCoreApplication.translate("MappingEditor", "{n} 秒").format(n=text) if text and FIELD_TYPES.get(field) == "seconds" else text


def fill_preview(table: QTableWidget, rows: list[dict[str, Any]]) -> None:
    """Show previewed rows as they would be stored: the Excel row first, then every field any row has."""
    keys: list[str] = []
    for record in rows:
        keys += [k for k in record if k != "row" and k not in keys]
    table.clear()
    table.setColumnCount(len(keys) + 1)
    table.setHorizontalHeaderLabels([QCoreApplication.translate("MappingEditor", "Excel 行")]
                                    + [field_label(k) for k in keys])
    table.setRowCount(len(rows))
    for r, record in enumerate(rows):
        table.setItem(r, 0, QTableWidgetItem(str(record["row"])))
        for c, key in enumerate(keys, start=1):
            table.setItem(r, c, QTableWidgetItem(display(key, record.get(key))))
    table.resizeColumnsToContents()


def read_columns(path: Path) -> tuple[list[str], list[list[Any]]]:
    """The header row's texts and a few sample values per column (runs on the worker)."""
    book = read_workbook(path)
    for sheet in book.sheets:
        for index, row in enumerate(sheet.rows[:HEADER_SCAN]):
            filled = [c for c, v in enumerate(row) if v is not None and str(v).strip() != ""]
            if len(filled) < 2:
                continue
            headers = [str(row[c]).strip() for c in filled]
            below = [r for r in sheet.rows[index + 1:] if any(v not in (None, "") for v in r)][:SAMPLES]
            samples = [[r[c] if c < len(r) else None for r in below] for c in filled]
            return headers, samples
    return [], []


def report_bug(exc: BaseException) -> None:
    """Not the user's file: hand the error to the global hook (log + dialog)."""
    sys.excepthook(type(exc), exc, exc.__traceback__)


def guess_field(header: str, kind: str) -> str:
    """A first guess from the header text, so the operator mostly confirms instead of choosing.

    A header any built-in format knows gets that format's field; a column nothing recognises is
    kept as exported (保留原样), never dropped unasked.
    """
    key = header_key(header)
    for profile in builtin_profiles():
        for spec in profile.columns if profile.kind == kind else ():
            if key in spec.aliases and spec.field in KIND_FIELDS[kind]:
                return spec.field
    text = header.lower()
    for field in KIND_FIELDS[kind]:
        if field_label(field) in header or field in text:
            return field
    if kind == "posts" and any(w in header for w in ("时间", "日期")):
        return "published_at"
    if kind == "posts" and any(w in header for w in ("标题", "名称", "内容")):
        return "title"
    if kind == "account_daily" and any(w in header for w in ("日期", "时间")):
        return "day"
    return KEEP


class MappingEditor(QDialog):
    """Map each column of `path` to a field; live preview; save as a named profile.

    Signals:
        saved(str): the profile name, after it was stored.
    """

    saved = Signal(str)

    def __init__(self, ctx: ViewContext, path: Path, platform: str | None = None,
                 parent: QWidget | None = None, recognised: ImportPlan | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.path = path
        self.headers: list[str] = []
        #: What OpsDesk recognised the file as (its format's mapping is where every column starts).
        self.recognised = recognised if recognised is not None and recognised.kind in KIND_LABELS else None
        if self.recognised is not None:
            platform = self.recognised.platform
        self.setObjectName("mappingEditor")
        self.setWindowTitle(self.tr("自定义列对应 — {file}").format(file=path.name))
        self.resize(980, 720)

        if self.recognised is not None:
            intro = self.tr("OpsDesk 认出这是“{format}”，每一列已经按它填好，只需改对错了的列。"
                            "要原样留着的列选“保留原样”，不需要的列选“忽略”。保存后，同样表头的文件都按这里的对应导入。").format(
                format=QCoreApplication.translate("import", self.recognised.profile_label))
        else:
            intro = self.tr("OpsDesk 认不出这个文件。请告诉它每一列是什么：要原样留着的列选“保留原样”，不需要的列选“忽略”。"
                            "“标题”和“发布时间”（账号数据是“日期”）必须选。保存后，下次同样表头的文件会自动识别。")
        self.intro = QLabel(intro)
        self.intro.setWordWrap(True)
        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("profileName")
        self.name_edit.setText(path.stem)
        self.platform_box = QComboBox(self)
        self.platform_box.setObjectName("platformBox")
        for code in PLATFORM_NAMES:
            self.platform_box.addItem(platform_name(code), str(code))
        if platform:
            self.platform_box.setCurrentIndex(max(self.platform_box.findData(platform), 0))
        self.kind_box = QComboBox(self)
        self.kind_box.setObjectName("kindBox")
        for kind, text in KIND_LABELS.items():
            self.kind_box.addItem(QCoreApplication.translate("MappingEditor", text), kind)
        if self.recognised is not None:
            self.kind_box.setCurrentIndex(self.kind_box.findData(self.recognised.kind))
        form = QFormLayout()
        form.addRow(self.tr("格式名称"), self.name_edit)
        form.addRow(self.tr("平台"), self.platform_box)
        form.addRow(self.tr("数据类型"), self.kind_box)

        self.columns = QTableWidget(0, 3, self)
        self.columns.setObjectName("mappingColumns")
        self.columns.setHorizontalHeaderLabels([self.tr("文件里的列"), self.tr("对应到"), self.tr("示例值")])
        self.columns.verticalHeader().setVisible(False)
        self.columns.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.columns.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.columns.setColumnWidth(0, 200)
        self.columns.setColumnWidth(1, 200)
        self.status = QLabel(self)
        self.status.setObjectName("mappingStatus")
        self.status.setWordWrap(True)
        self.preview = QTableWidget(0, 0, self)
        self.preview.setObjectName("mappingPreview")
        self.preview.verticalHeader().setVisible(False)
        self.preview.setWordWrap(False)
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.buttons = dialog_buttons(self, QDialogButtonBox.StandardButton.Save, ok_text=self.tr("保存并使用"),
                                      cancel_text=self.tr("取消"), on_accept=self.save)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.columns, 3)
        layout.addWidget(self.status)
        layout.addWidget(QLabel(self.tr("预览（按这样对应后存进去的样子）")))
        layout.addWidget(self.preview, 2)
        layout.addWidget(self.buttons)

        self._timer = QTimer(self, singleShot=True, interval=300)
        self._timer.timeout.connect(self.update_preview)
        self._generation = 0
        self.kind_box.currentIndexChanged.connect(self._kind_changed)
        self.platform_box.currentIndexChanged.connect(self._timer.start)
        self._set_ready(False)
        ctx.tasks.run(read_columns, path, on_result=self._columns_read, on_error=self._failed)

    # -- building -----------------------------------------------------------------------------
    @property
    def kind(self) -> str:
        return str(self.kind_box.currentData())

    @property
    def platform(self) -> str:
        return str(self.platform_box.currentData())

    def _columns_read(self, found: tuple[list[str], list[list[Any]]]) -> None:
        self.headers, samples = found
        self.columns.setRowCount(len(self.headers))
        for row, (header, values) in enumerate(zip(self.headers, samples, strict=True)):
            self.columns.setItem(row, 0, QTableWidgetItem(header))
            box = QComboBox(self.columns)
            box.setObjectName(f"field_{row}")
            self.columns.setCellWidget(row, 1, box)
            self.columns.setItem(row, 2, QTableWidgetItem("  |  ".join("" if v is None else str(v) for v in values)))
            box.currentIndexChanged.connect(self._timer.start)
        self._fill_boxes()

    def _kind_changed(self) -> None:
        self._fill_boxes()

    def _fill_boxes(self) -> None:
        for row, header in enumerate(self.headers):
            box = self.field_box(row)
            box.blockSignals(True)
            box.clear()
            box.addItem(self.tr("保留原样"), KEEP)
            box.addItem(self.tr("忽略"), IGNORE)
            for field in KIND_FIELDS[self.kind]:
                box.addItem(field_label(field), field)
            box.setCurrentIndex(max(box.findData(self._start_field(header)), 0))
            box.blockSignals(False)
        self.update_preview()

    def _start_field(self, header: str) -> str:
        """The recognised format's field for `header` (same kind), else a guess."""
        known = self.recognised.mapping if self.recognised is not None and self.recognised.kind == self.kind else {}
        return known.get(header) or guess_field(header, self.kind)

    def dropped(self) -> list[str]:
        """Columns the recognised format reads that this mapping would ignore (or keep only as raw text)."""
        if self.recognised is None:
            return []
        mapping = self.mapping()
        return [h for h, field in self.recognised.mapping.items()
                if mapping.get(h) == IGNORE or (mapping.get(h) == KEEP and field != KEEP)]

    def field_box(self, row: int) -> QComboBox:
        box = self.columns.cellWidget(row, 1)
        assert isinstance(box, QComboBox)
        return box

    def set_field(self, header: str, field: str) -> None:
        """Point the column `header` at `field` (or `IGNORE`)."""
        box = self.field_box(self.headers.index(header))
        box.setCurrentIndex(box.findData(field))

    def mapping(self) -> dict[str, str]:
        return {h: str(self.field_box(r).currentData()) for r, h in enumerate(self.headers)}

    def missing(self) -> list[str]:
        chosen = set(self.mapping().values())
        return [f for f in REQUIRED_FIELDS[self.kind] if f not in chosen]

    # -- live preview -------------------------------------------------------------------------
    def update_preview(self) -> None:
        self._generation += 1
        missing = self.missing()
        if not self.headers:
            return
        if missing:
            self._set_ready(False)
            self.status.setText(self.tr("还没有指定：{fields}").format(fields=self.tr("、").join(field_label(f) for f in missing)))
            self.preview.setRowCount(0)
            return
        generation = self._generation
        self.status.setText(self.tr("正在按这样的对应读取文件…"))
        self.ctx.tasks.run(
            analyse_file, self.ctx.store, self.path, platform=self.platform, mapping=self.mapping(), kind=self.kind,
            as_of=clock.today(), simulate=False, ask_account=True,
            on_result=lambda plan: self._previewed(generation, plan),
            on_error=lambda exc: self._preview_failed(generation, exc),
        )

    def _previewed(self, generation: int, plan: Any) -> None:
        if generation != self._generation:
            return
        fill_preview(self.preview, plan.preview())
        bad = plan.bad_rows
        self.status.setText(
            self.tr("能读出 %n 行", "", plan.rows - bad)
            + (self.tr("，%n 行有问题（导入时可以选择跳过）", "", bad) if bad else "")
        )
        self._set_ready(True)

    def _preview_failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        if not isinstance(exc, UserError):
            report_bug(exc)
            return
        self.status.setText(user_message(exc))
        self._set_ready(False)

    def _failed(self, exc: BaseException) -> None:
        if not isinstance(exc, UserError):
            report_bug(exc)
            return
        self.status.setText(user_message(exc))

    def _set_ready(self, ready: bool) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(ready)

    # -- saving -------------------------------------------------------------------------------
    def save(self) -> None:
        name = self.name_edit.text().strip()
        if not name:
            self.status.setText(self.tr("请给这个格式起个名字，比如“视频号 作品列表（我的整理版）”。"))
            self.name_edit.setFocus()
            return
        dropped = self.dropped()
        if dropped and self.recognised is not None and QMessageBox.question(
                self, self.tr("有列会被丢掉"),
                self.tr("“{format}”会读取这些列，按现在的对应它们不会再存成数据：{columns}。\n\n仍然保存吗？").format(
                    format=QCoreApplication.translate("import", self.recognised.profile_label),
                    columns=self.tr("、").join(dropped)),
                QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel) != QMessageBox.StandardButton.Save:
            return
        self.ctx.tasks.run(
            save_mapping_profile, self.ctx.store, name, self.headers, self.mapping(), self.platform, self.kind,
            on_result=lambda _none: self._saved(name), on_error=self._failed, writes=True,
        )

    def _saved(self, name: str) -> None:
        self.ctx.signals.notify("setting")
        self.saved.emit(name)
        self.accept()
