"""Data out to Excel: a table view exactly as shown, and File → 导出… (the whole store).

`export_table(table)` writes the rows a `SearchableTable` shows — its search, filters and sort
applied — with the view's own column titles and typed cells (numbers, rates as percentages,
dates as dates). `export_store_as(ctx, parent)` writes every table to one workbook on the worker
with a progress dialog and 取消 (`app.services.workbook.export_store`); that workbook imports back
through File → 导入….
"""

from __future__ import annotations

import datetime as dt
import functools
import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, QStandardPaths, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from app import clock
from app.i18n import UserError
from app.services.excel import Column, export_rows
from app.services.progress import CancelledError
from app.store import Store
from app.views.context import ViewContext
from app.views.errors import show_user_error
from app.views.mapping_editor import report_bug
from app.views.table_models import ListTableModel, format_value, platform_name

if TYPE_CHECKING:
    from app.views.base import SearchableTable

#: View column kinds that stay typed in Excel; every other kind is written as the text the view shows.
TYPED = {"int": "int", "float": "float", "money": "money", "rate": "rate", "date": "date", "datetime": "datetime"}


def excel_value(kind: str, value: Any) -> Any:
    """A view cell's raw value as a typed Excel value (None stays an empty cell, never 0)."""
    if value is None or value == "":
        return None
    try:
        if kind in ("int", "float", "money", "rate"):
            number = float(value)
            return int(number) if kind == "int" and number.is_integer() else number
        if kind == "date":
            return value if isinstance(value, dt.date) and not isinstance(value, dt.datetime) else \
                dt.date.fromisoformat(str(value)[:10])
        if kind == "datetime":
            return value if isinstance(value, dt.datetime) else dt.datetime.fromisoformat(str(value)[:19])
    except (TypeError, ValueError):
        return str(value)
    if kind == "platform":
        return platform_name(str(value))
    return format_value(kind, value) or None


def write_view(store: Store, query: Any, ids: Sequence[int], headers: Sequence[str], path: Path,
               sheet: str) -> int:
    """Write the rows `ids` of `query` (in this order) with these headers; runs on the worker."""
    kinds = [c.kind for c in query.columns]
    columns = [Column(h, TYPED.get(k, "text")) for h, k in zip(headers, kinds, strict=True)]

    def rows() -> Any:
        for start in range(0, len(ids), 2000):
            part = list(ids[start:start + 2000])
            fetched = query.rows(store, part)
            for row_id in part:
                values = fetched.get(row_id)
                if values is not None:
                    yield [excel_value(k, v) for k, v in zip(kinds, values, strict=True)]

    return export_rows(path, sheet, columns, rows())


def ask_save_path(parent: QWidget, title: str, file_name: str) -> Path | None:
    """Where to save an .xlsx (Documents by default); None when the user cancelled."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    name, _ = QFileDialog.getSaveFileName(parent, title, str(Path(folder) / file_name),
                                          QCoreApplication.translate("ExportActions", "Excel 工作簿 (*.xlsx)"))
    if not name:
        return None
    return Path(name) if name.lower().endswith(".xlsx") else Path(name + ".xlsx")


def tell_saved(parent: QWidget, path: Path, message: str) -> None:
    """Say where an export went; `message` is the caller's translated "已导出 %n 行到：" (its plural forms)."""
    QMessageBox.information(parent, QCoreApplication.translate("ExportActions", "已导出"), f"{message}\n{path}")


def export_table(table: SearchableTable) -> None:
    """「导出到 Excel」 of a table view: exactly the rows it shows, in its order, with its columns."""
    name = getattr(table, "export_name", "") or QCoreApplication.translate("ExportActions", "表格")
    path = ask_save_path(table, QCoreApplication.translate("ExportActions", "导出到 Excel"), f"{name}-{clock.today():%Y%m%d}.xlsx")
    if path is None:
        return
    from app.views.base import SearchableTable  # base builds its export button from this module

    model = table.model
    headers = [str(model.headerData(c, Qt.Orientation.Horizontal)) for c in range(model.columnCount())]
    if isinstance(model, ListTableModel):  # a short list: its rows are at hand, in the order shown
        columns = [Column(h, TYPED.get(c.kind, "text")) for h, c in zip(headers, model.columns, strict=True)]
        rows = [[excel_value(c.kind, c.value(r)) for c in model.columns] for r in model.rows()]
        job: tuple[Any, ...] = (export_rows, path, name, columns, rows)
    else:
        ids = [model.id_at(row) for row in range(model.rowCount())]
        job = (write_view, table.ctx.store, model.query, ids, headers, path, name)
    table.ctx.tasks.run(*job,
                        on_result=lambda n: tell_saved(table, path, SearchableTable.tr("已导出 %n 行到：", "", n)), on_error=lambda exc: failed(table, exc),
                        progress=QCoreApplication.translate("ExportActions", "正在导出…"), parent=table)


def failed(parent: QWidget, exc: BaseException) -> None:
    if isinstance(exc, UserError):
        show_user_error(exc, parent)
    elif isinstance(exc, OSError):
        QMessageBox.warning(parent, QCoreApplication.translate("ExportActions", "无法完成"), QCoreApplication.translate("ExportActions", "无法写入文件：{reason}\n文件可能正在 Excel 里打开，关掉后再试。").format(
            reason=exc.strerror or exc))
    else:
        report_bug(exc)


class _Relay(QObject):
    """The worker's progress, carried to the UI thread."""

    progressed = Signal(int, int, str)


def run_cancellable(ctx: ViewContext, parent: QWidget, label: str, fn: Callable[..., Any], *args: Any,
                    on_result: Callable[[Any], None], on_cancelled: Callable[[], None] | None = None,
                    writes: bool = False) -> threading.Event:
    """Run `fn(*args, progress, cancel)` (the services' callback style) with a progress dialog and 取消.

    The two callables go last and by position: `progress=` is the task runner's own keyword.
    """
    cancel = threading.Event()
    relay = _Relay(parent)
    dialog = QProgressDialog(label, QCoreApplication.translate("ExportActions", "取消"), 0, 0, parent)
    dialog.setObjectName("exportProgress")
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.canceled.connect(cancel.set)

    def report(done: int, total: int, text: str) -> None:
        dialog.setMaximum(max(total, 0))
        dialog.setValue(min(done, total) if total else 0)
        if text:
            dialog.setLabelText(f"{label}\n{text}")

    relay.progressed.connect(report)

    def finish() -> None:
        dialog.reset()
        dialog.deleteLater()
        relay.deleteLater()

    def succeeded(result: Any) -> None:
        finish()
        on_result(result)

    def errored(exc: BaseException) -> None:
        finish()
        if isinstance(exc, CancelledError):
            if on_cancelled is not None:
                on_cancelled()
            return
        failed(parent, exc)

    ctx.tasks.run(fn, *args, relay.progressed.emit, cancel.is_set, on_result=succeeded, on_error=errored,
                  writes=writes)
    return cancel


def export_store_as(ctx: ViewContext, parent: QWidget, path: Path | None = None) -> threading.Event | None:
    """File → 导出…: the whole store to one .xlsx on the worker (asks where when `path` is None; asks
    first whether members' phone and e-mail go too, when any are stored — 否, the default, leaves them out)."""
    from app.services.privacy import any_personal_data
    from app.services.workbook import export_store

    personal = False
    if any_personal_data(ctx.store):
        answer = QMessageBox.question(
            parent, QCoreApplication.translate("ExportActions", "手机号和邮箱"), QCoreApplication.translate(
                "ExportActions", "有用户存了手机号或邮箱（个人信息）。导出全部数据时默认不带它们，"
                "改好再导回来时已保存的保持不变。\n\n要连同手机号和邮箱一起导出吗？"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.No)
        if answer == QMessageBox.StandardButton.Cancel:
            return None
        personal = answer == QMessageBox.StandardButton.Yes
    path = path or ask_save_path(parent, QCoreApplication.translate("ExportActions", "导出全部数据"), f"OpsDesk-{clock.today():%Y%m%d}.xlsx")
    if path is None:
        return None

    def done(counts: dict[str, int]) -> None:
        QMessageBox.information(parent, QCoreApplication.translate("ExportActions", "已导出"), QCoreApplication.translate(
            "ExportActions", "已把 {tables} 张表、{rows} 行导出到：\n{path}\n\n在 Excel 里改好后，用“文件 → 导入…”可以再导回来。").format(
                tables=len(counts), rows=sum(counts.values()), path=path))

    def cancelled() -> None:
        QMessageBox.information(parent, QCoreApplication.translate("ExportActions", "已取消"), QCoreApplication.translate("ExportActions", "导出已取消，没有留下文件。"))

    return run_cancellable(ctx, parent, QCoreApplication.translate("ExportActions", "正在导出全部数据…"),
                           functools.partial(export_store, personal=personal), ctx.store, path, None,
                           on_result=done, on_cancelled=cancelled)
