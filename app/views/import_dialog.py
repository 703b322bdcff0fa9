"""File → 导入… (and files dropped on the window): several platform exports at once.

For each file the import engine (`app.services.importing`) says, on the worker, what it is (the
platform and format with its confidence, changeable to an alternative), which account and
capture date it goes under, the first rows as they will be stored, the rows it cannot read (Excel
row, column, value, reason) and what importing would do. 导入 writes the files one by one on the
writer thread with a progress bar and 取消 (a cancelled file is rolled back whole); the window
stays usable meanwhile, and the tabs are told which tables changed.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QObject, QStandardPaths, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.i18n import UserError
from app.services.calendar import own_accounts
from app.services.importing import (
    ImportOptions,
    ImportPlan,
    ImportResult,
    ImportRun,
    analyse_file,
    import_files,
    opsdesk_workbook,
    saved_profiles,
)
from app.services.importing import errors as import_errors
from app.services.importing.profiles import builtin_profiles
from app.services.importing.service import PLATFORM_KINDS
from app.store import Store
from app.views.context import ViewContext
from app.views.errors import user_message
from app.views.mapping_editor import (
    KIND_LABELS,
    MappingEditor,
    fill_preview,
    report_bug,
)
from app.views.table_models import platform_icon, platform_name

#: The tables an import of each kind can change (what the tabs are told after it).
KIND_TABLES: dict[str, tuple[str, ...]] = {
    "posts": ("post", "post_metrics", "account"),
    "account_daily": ("account_daily", "account"),
    "summary": ("account_daily", "account"),
    "members": ("member", "community", "segment_snapshot"),
    "topics": ("topic",),
    "goals": ("goal",),
    "campaign_daily": ("campaign_daily", "campaign"),
    "promotions": ("promotion", "post"),
    "comments": ("feedback", "mention", "member"),
    "conversions": ("conversion", "post_metrics", "post"),
    "customers": ("member", "community", "segment_snapshot"),
    "community_daily": ("community_daily", "community"),
    "survey": ("survey", "survey_response", "feedback"),
}
#: Kinds whose rows the operator may put into a community (企业微信 customers and statistics).
COMMUNITY_KINDS = frozenset({"customers", "community_daily"})


@dataclass
class FileEntry:
    """One file in the dialog: the options chosen for it and what the engine said."""

    path: Path
    profile: str | None = None
    account: str | None = None
    as_of: dt.date | None = None
    community: str | None = None
    plan: ImportPlan | None = None
    error: str | None = None
    unknown_shape: bool = False
    result: ImportResult | None = None
    busy: bool = False
    generation: int = 0
    item: QListWidgetItem | None = field(default=None, repr=False)

    @property
    def platform(self) -> str | None:
        return self.plan.platform if self.plan is not None else None

    @property
    def importable(self) -> bool:
        return (self.plan is not None and self.plan.duplicate_of is None and not self.plan.needs_account
                and self.result is None and not self.busy)


def profile_label(store: Store, name: str) -> str:
    """The operator's name of an import format (saved mappings first)."""
    if name == opsdesk_workbook.PROFILE:
        return QCoreApplication.translate("import", opsdesk_workbook.LABEL)
    for profile in (*saved_profiles(store), *builtin_profiles()):
        if profile.name == name:
            return QCoreApplication.translate("import", profile.label)
    return name


class _Relay(QObject):
    """Carries the worker's progress reports to the UI thread (a queued signal)."""

    progressed = Signal(int, int, int, str)


class ImportDialog(QDialog):
    """The import dialog (see the module docstring). Non-modal: the main window stays usable.

    Signals:
        imported(list): the `ImportResult`s of an import run, after the tabs were notified.
    """

    imported = Signal(list)

    def __init__(self, ctx: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.entries: list[FileEntry] = []
        self._cancel = threading.Event()
        self._relay = _Relay(self)
        self._relay.progressed.connect(self._progressed)
        self._importing: list[FileEntry] = []
        self._updating = False
        self.setObjectName("importDialog")
        self.setWindowTitle(self.tr("导入数据"))
        self.setAcceptDrops(True)
        self.resize(1180, 760)
        self._build()

    # -- layout -------------------------------------------------------------------------------
    def _build(self) -> None:
        hint = QLabel(self.tr("把各平台后台导出的文件拖到这里，或点“添加文件…”。可以一次放好几个文件；"
                              "导入前会先显示识别结果和将要发生的改动。"))
        hint.setWordWrap(True)
        self.files = QListWidget(self)
        self.files.setObjectName("importFiles")
        self.files.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.files.setWordWrap(True)
        self.files.setSpacing(3)
        self.files.currentRowChanged.connect(lambda _row: self._show_current())
        add = QPushButton(self.tr("添加文件…"), self)
        add.setObjectName("addFiles")
        add.clicked.connect(self.choose_files)
        self.remove_button = QPushButton(self.tr("移除"), self)
        self.remove_button.clicked.connect(self.remove_current)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.files, 1)
        row = QHBoxLayout()
        row.addWidget(add)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        left_layout.addLayout(row)

        self.file_title = QLabel(self)
        self.file_title.setObjectName("importFileTitle")
        self.file_title.setStyleSheet("font-weight: bold; font-size: 15px;")
        self.message = QLabel(self)
        self.message.setObjectName("importMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.profile_box = QComboBox(self)
        self.profile_box.setObjectName("profileBox")
        self.profile_box.activated.connect(self._profile_chosen)
        self.mapping_button = QPushButton(self.tr("自定义列对应…"), self)
        self.mapping_button.setObjectName("mappingButton")
        self.mapping_button.clicked.connect(self.edit_mapping)
        profile_row = QHBoxLayout()
        profile_row.addWidget(self.profile_box, 1)
        profile_row.addWidget(self.mapping_button)
        self.account_box = self._name_box("accountBox", self.tr("选一个自己的账号，或输入新账号的名字"),
                                          self.tr("选择账号"), self._account_chosen)
        self.date_edit = QDateEdit(self)
        self.date_edit.setObjectName("asOfDate")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.date_edit.dateChanged.connect(lambda _d: self._date_chosen())
        self.date_source = QLabel(self)
        date_row = QHBoxLayout()
        date_row.addWidget(self.date_edit)
        date_row.addWidget(self.date_source, 1)
        self.form = QFormLayout()
        self.form.addRow(self.tr("识别为"), profile_row)
        self.form.addRow(self.tr("导入到账号"), self.account_box)
        self.form.addRow(self.tr("统计日期"), date_row)
        self.community_box = self._name_box(
            "communityBox", self.tr("这些客户或统计属于哪个社群；不选就不归入社群，输入新名字会新建社群"),
            self.tr("不归入社群"), self._community_chosen)
        self.form.addRow(self.tr("归入社群"), self.community_box)
        self.plan_summary = QLabel(self)
        self.plan_summary.setObjectName("planSummary")
        self.plan_summary.setWordWrap(True)
        self.plan_summary.setStyleSheet("font-size: 14px;")
        self.preview = self._table("previewTable")
        self.bad_rows = self._table("badRowsTable")
        self.details = QTabWidget(self)
        self.details.addTab(self.preview, self.tr("预览"))
        self.details.addTab(self.bad_rows, self.tr("有问题的行"))
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.file_title)
        right_layout.addWidget(self.message)
        right_layout.addLayout(self.form)
        right_layout.addWidget(self.plan_summary)
        right_layout.addWidget(self.details, 1)

        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([330, 850])

        self.skip_bad = QCheckBox(self.tr("跳过有问题的行，导入其余的行"), self)
        self.skip_bad.setObjectName("skipBadRows")
        self.skip_bad.toggled.connect(lambda _on: self._update_buttons())
        self.progress = QProgressBar(self)
        self.progress.setObjectName("importProgress")
        self.progress.hide()
        self.cancel_button = QPushButton(self.tr("取消导入"), self)
        self.cancel_button.setObjectName("cancelImport")
        self.cancel_button.clicked.connect(self.cancel_import)
        self.cancel_button.hide()
        self.outcome = QLabel(self)
        self.outcome.setObjectName("importOutcome")
        self.outcome.setWordWrap(True)
        self.import_button = QPushButton(self.tr("导入"), self)
        self.import_button.setObjectName("importButton")
        self.import_button.setDefault(True)
        self.import_button.clicked.connect(self.start_import)
        close = QPushButton(self.tr("关闭"), self)
        close.clicked.connect(self.close)
        bottom = QHBoxLayout()
        bottom.addWidget(self.skip_bad)
        bottom.addWidget(self.progress, 1)
        bottom.addWidget(self.cancel_button)
        bottom.addStretch(0)
        bottom.addWidget(self.import_button)
        bottom.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.outcome)
        layout.addLayout(bottom)
        self._show_current()

    def _table(self, name: str) -> QTableWidget:
        table = QTableWidget(0, 0, self)
        table.setObjectName(name)
        table.verticalHeader().setVisible(False)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.horizontalHeader().setStretchLastSection(True)
        return table

    # -- files --------------------------------------------------------------------------------
    def choose_files(self) -> None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DownloadLocation)
        names, _ = QFileDialog.getOpenFileNames(
            self, self.tr("选择要导入的文件"), folder,
            self.tr("表格文件 (*.xlsx *.xls *.csv *.xlsm *.ods *.txt);;所有文件 (*)"))
        self.add_files([Path(n) for n in names])

    def add_files(self, paths: list[Path]) -> None:
        """Add files and start recognising them on the worker; a file already listed is shown, and said so."""
        known = {e.path.resolve(): e for e in self.entries}
        repeated: list[FileEntry] = []
        for path in paths:
            if path.resolve() in known:
                repeated.append(known[path.resolve()])
                continue
            if path.is_dir():
                continue
            entry = FileEntry(path)
            entry.item = QListWidgetItem(path.name)
            self.files.addItem(entry.item)
            self.entries.append(entry)
            known[path.resolve()] = entry
            self.analyse(entry)
        if repeated:
            self.outcome.setText(self.tr("这个文件已经在列表里了：{files}").format(
                files=self.tr("、").join(e.path.name for e in repeated)))
            self.files.setCurrentRow(self.entries.index(repeated[-1]))
        if self.files.currentRow() < 0 and self.entries:
            self.files.setCurrentRow(0)

    def remove_current(self) -> None:
        entry = self.current()
        if entry is None or entry in self._importing:
            return
        row = self.entries.index(entry)
        self.entries.pop(row)
        self.files.takeItem(row)
        self._show_current()

    def current(self) -> FileEntry | None:
        row = self.files.currentRow()
        return self.entries[row] if 0 <= row < len(self.entries) else None

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        self.add_files([Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()])
        event.acceptProposedAction()

    # -- analysis -----------------------------------------------------------------------------
    def analyse(self, entry: FileEntry) -> None:
        """(Re-)recognise a file with its current options; the answer lands in `_analysed`."""
        entry.generation += 1
        entry.busy = True
        generation = entry.generation
        self._update_item(entry)
        if entry is self.current():
            self._show_current()
        self.ctx.tasks.run(
            analyse_file, self.ctx.store, entry.path, account=entry.account, as_of=entry.as_of,
            profile=entry.profile, ask_account=True, community=entry.community,
            on_result=lambda plan: self._analysed(entry, generation, plan, None),
            on_error=lambda exc: self._analysed(entry, generation, None, exc),
        )

    def _analysed(self, entry: FileEntry, generation: int, plan: ImportPlan | None, exc: BaseException | None) -> None:
        if generation != entry.generation or entry not in self.entries:
            return
        entry.busy = False
        entry.plan, entry.error, entry.unknown_shape = plan, None, False
        if exc is not None:
            if not isinstance(exc, UserError):
                report_bug(exc)
            entry.error = user_message(exc) if isinstance(exc, UserError) else self.tr("读这个文件时出错了，详情见日志。")
            template = getattr(exc, "template", None)
            entry.unknown_shape = template == import_errors.UNKNOWN_SHAPE
        self._update_item(entry)
        if entry is self.current():
            self._show_current()
        self._update_buttons()

    def _profile_chosen(self, index: int) -> None:
        entry = self.current()
        name = self.profile_box.itemData(index)
        if entry is None or not name or (entry.plan is not None and entry.plan.profile == name):
            return
        entry.profile = str(name)
        self.analyse(entry)

    def _account_chosen(self) -> None:
        entry = self.current()
        name = self.account_box.currentText().strip()
        if self._updating or entry is None or not name:
            return
        if entry.plan is not None and entry.plan.account_name == name:
            return
        entry.account = name
        self.analyse(entry)

    def _community_chosen(self) -> None:
        entry = self.current()
        name = self.community_box.currentText().strip() or None
        if self._updating or entry is None or entry.plan is None or name == entry.plan.community:
            return
        entry.community = name
        self.analyse(entry)

    def _date_chosen(self) -> None:
        entry = self.current()
        if self._updating or entry is None or entry.plan is None:
            return
        day = self.date_edit.date().toPython()
        if day != entry.plan.captured_on:
            entry.as_of = day
            self.analyse(entry)

    def edit_mapping(self) -> None:
        entry = self.current()
        if entry is None:
            return
        editor = MappingEditor(self.ctx, entry.path, entry.platform, self, recognised=entry.plan)
        editor.saved.connect(lambda _name: self._mapping_saved(entry))
        editor.open()
        self.mapping_editor = editor

    def _mapping_saved(self, entry: FileEntry) -> None:
        entry.profile = None
        for other in self.entries:  # files with the same headers are recognised now too
            if other.unknown_shape or other is entry:
                self.analyse(other)

    # -- showing ------------------------------------------------------------------------------
    def _item_text(self, entry: FileEntry) -> str:
        name = entry.path.name
        if entry.busy:
            return name + "\n" + self.tr("正在识别…")
        if entry.result is not None:
            return name + "\n" + self._result_text(entry.result)
        if entry.error:
            return name + "\n✗ " + (self.tr("认不出格式，可以自定义列对应") if entry.unknown_shape
                                     else self.tr("需要处理，见右侧说明"))
        plan = entry.plan
        assert plan is not None
        head = profile_label(self.ctx.store, plan.profile)
        if plan.duplicate_of is not None:
            return name + "\n" + head + "\n= " + self._imported_before(plan)
        if plan.needs_account:
            return name + "\n" + head + "\n" + self.tr("→ 请选择导入到哪个账号")
        counts = plan.counts or {}
        line = self.tr("可信度 {confidence}% · 新增 {inserted} · 更新 {updated} · 未变 {unchanged}").format(
            confidence=round(plan.confidence * 100), inserted=counts.get("inserted", 0),
            updated=counts.get("updated", 0), unchanged=counts.get("unchanged", 0))
        if plan.errors:
            line += " · " + self.tr("%n 行有问题", "", plan.bad_rows)
        return name + "\n" + head + "\n" + line

    def _update_item(self, entry: FileEntry) -> None:
        if entry.item is None:
            return
        entry.item.setText(self._item_text(entry))
        entry.item.setIcon(platform_icon(entry.platform) if entry.platform else platform_icon(None))
        entry.item.setToolTip(str(entry.path))

    def _show_current(self) -> None:
        entry = self.current()
        self._updating = True
        try:
            self._fill_details(entry)
        finally:
            self._updating = False
        self._update_buttons()

    def _fill_details(self, entry: FileEntry | None) -> None:
        has_plan = entry is not None and entry.plan is not None
        for widget in (self.profile_box, self.account_box, self.date_edit):
            widget.setEnabled(has_plan and entry is not None and entry.result is None)
        self.remove_button.setEnabled(entry is not None)
        self.mapping_button.setVisible(entry is not None and (
            entry.unknown_shape or (entry.plan is not None and entry.plan.kind in KIND_LABELS)))
        self.profile_box.clear()
        self.plan_summary.clear()
        self.date_source.clear()
        self.preview.setRowCount(0)
        self.preview.setColumnCount(0)
        self.bad_rows.setRowCount(0)
        self.bad_rows.setColumnCount(0)
        self.details.setTabText(0, self.tr("预览"))
        self.details.setTabText(1, self.tr("有问题的行"))
        # An account and a capture date mean something for a platform's content and account data only.
        per_account = has_plan and entry.plan.kind in PLATFORM_KINDS  # type: ignore[union-attr]
        self.form.setRowVisible(1, per_account)
        self.form.setRowVisible(2, per_account)
        self.form.setRowVisible(3, has_plan and entry is not None and entry.plan is not None
                                and entry.plan.kind in COMMUNITY_KINDS)
        self.mapping_button.setDefault(entry is not None and entry.unknown_shape)
        if entry is None:
            self.file_title.setText(self.tr("还没有文件"))
            self.message.setText(self.tr("把平台后台导出的 Excel/CSV 文件拖进来，或点“添加文件…”。"))
            self._fill_accounts(None, None)
            return
        self.file_title.setText(entry.path.name)
        if entry.busy:
            self.message.setText(self.tr("正在识别这个文件…"))
        elif entry.result is not None:
            self.message.setText(self._result_text(entry.result))
        elif entry.error:
            self.message.setText(entry.error)
        else:
            self.message.clear()
        plan = entry.plan
        if plan is None:
            self._fill_accounts(None, None)
            return
        self._fill_profiles(plan)
        self.account_box.setEnabled(entry.result is None and plan.platform is not None)
        self._fill_accounts(plan.platform, plan.account_name)
        self._fill_communities(plan.community)
        self.community_box.setEnabled(entry.result is None)
        self.date_edit.setDate(QDate(plan.captured_on.year, plan.captured_on.month, plan.captured_on.day))
        self.date_source.setText({"file": self.tr("（取自文件）"), "today": self.tr("（文件里没有日期，用的是今天）"),
                                  "option": self.tr("（手动指定）")}.get(plan.captured_on_source, ""))
        if plan.duplicate_of is not None:
            self.message.setText(self._imported_before(plan) + self.tr(
                "如果要重新导入，先在“导入记录”里撤销那一次。"))
        elif plan.needs_account and entry.result is None:
            self.message.setText(self.tr("{platform}有好几个自己的账号（{names}），请在“导入到账号”里选一个。").format(
                platform=platform_name(plan.platform), names=self.tr("、").join(plan.account_choices)))
        if plan.duplicate_of is None and entry.result is None:
            self.plan_summary.setText(self._plan_text(plan))
        self._fill_preview(plan)
        self._fill_bad_rows(plan)

    def _imported_before(self, plan: ImportPlan) -> str:
        """Said for a file whose bytes were imported already (same hash in the import history)."""
        day = plan.duplicate_on
        if day is None:
            return self.tr("这个文件已经导入过，再导入不会重复（导入记录 {batch}）。").format(batch=plan.duplicate_of)
        return self.tr("这个文件 {month} 月 {day} 日已经导入过，再导入不会重复（导入记录 {batch}）。").format(
            month=day.month, day=day.day, batch=plan.duplicate_of)

    def _plan_text(self, plan: ImportPlan) -> str:
        if plan.needs_account:
            return self.tr("选好账号后，这里会显示导入后新增、更新多少条。")
        counts = plan.counts or {}
        what = self.tr("条内容") if plan.kind == "posts" else self.tr("行")
        text = self.tr("导入后：新增 {inserted} {what}，更新 {updated} {what}，{unchanged} {what}没有变化").format(
            inserted=counts.get("inserted", 0), updated=counts.get("updated", 0),
            unchanged=counts.get("unchanged", 0), what=what)
        if plan.kind == "posts":
            text += self.tr("；其中 {linked} 条对应到 OpsDesk 里的草稿").format(linked=counts.get("linked", 0))
        if plan.errors:
            text += "\n" + self.tr("有 %n 行读不出来：", "", plan.bad_rows) + (
                self.tr("勾选“跳过有问题的行”只导入其余的行，或改好文件后重新添加。") if not self.skip_bad.isChecked()
                else self.tr("这些行会被跳过。"))
        return text

    def _fill_profiles(self, plan: ImportPlan) -> None:
        self.profile_box.addItem(
            self.tr("{label}（可信度 {confidence}%）").format(
                label=profile_label(self.ctx.store, plan.profile), confidence=round(plan.confidence * 100)),
            plan.profile)
        for name, score in plan.alternatives:
            self.profile_box.addItem(
                self.tr("{label}（可信度 {confidence}%）").format(
                    label=profile_label(self.ctx.store, name), confidence=round(score * 100)), name)
        self.profile_box.setCurrentIndex(0)

    def _name_box(self, object_name: str, tip: str, placeholder: str, chosen: Callable[[], None]) -> QComboBox:
        """A box to pick a stored name or type a new one; `chosen` runs when either is settled."""
        box = QComboBox(self)
        box.setObjectName(object_name)
        box.setEditable(True)
        box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        box.setToolTip(tip)
        box.lineEdit().setPlaceholderText(placeholder)
        box.activated.connect(lambda _i: chosen())
        box.lineEdit().editingFinished.connect(chosen)
        return box

    def _fill_accounts(self, platform: str | None, chosen: str | None) -> None:
        self.account_box.clear()
        if platform:
            for account in own_accounts(self.ctx.store):
                if account.platform == platform:
                    self.account_box.addItem(account.name)
        if chosen and self.account_box.findText(chosen) < 0:
            self.account_box.addItem(chosen)
            self.account_box.setItemData(self.account_box.count() - 1, self.tr("新账号，导入时创建"),
                                         Qt.ItemDataRole.ToolTipRole)
        self.account_box.setCurrentIndex(self.account_box.findText(chosen) if chosen else -1)

    def _fill_communities(self, chosen: str | None) -> None:
        from app.services.community import list_communities

        self.community_box.clear()
        self.community_box.addItem("")
        for row in list_communities(self.ctx.store):
            self.community_box.addItem(row["name"])
        if chosen and self.community_box.findText(chosen) < 0:
            self.community_box.addItem(chosen)
        self.community_box.setCurrentIndex(self.community_box.findText(chosen) if chosen else 0)

    def _fill_preview(self, plan: ImportPlan) -> None:
        if plan.table_counts is not None:
            self._fill_table_counts(plan.table_counts)
            return
        rows = plan.preview()
        fill_preview(self.preview, rows)
        self.details.setTabText(0, self.tr("预览（前 %n 行，按存进去的样子）", "", len(rows)))

    def _fill_table_counts(self, per_table: dict[str, dict[str, int]]) -> None:
        """An OpsDesk workbook: what each table would get, instead of a row preview."""
        self.preview.setColumnCount(4)
        self.preview.setHorizontalHeaderLabels([self.tr("表"), self.tr("新增"), self.tr("更新"), self.tr("未变")])
        self.preview.setRowCount(len(per_table))
        for r, (table, counts) in enumerate(per_table.items()):
            values = [table, counts["inserted"], counts["updated"], counts["unchanged"]]
            for c, value in enumerate(values):
                self.preview.setItem(r, c, QTableWidgetItem(str(value)))
        self.preview.resizeColumnsToContents()
        self.details.setTabText(0, self.tr("每张表的改动"))

    def _fill_bad_rows(self, plan: ImportPlan) -> None:
        self.bad_rows.setColumnCount(4)
        self.bad_rows.setHorizontalHeaderLabels([self.tr("Excel 行"), self.tr("列"), self.tr("值"), self.tr("原因")])
        self.bad_rows.setRowCount(len(plan.errors))
        for r, error in enumerate(plan.errors):
            values = [str(error.row), error.column, "" if error.value is None else str(error.value),
                      QCoreApplication.translate("import", error.message)]
            for c, text in enumerate(values):
                self.bad_rows.setItem(r, c, QTableWidgetItem(text))
        self.bad_rows.resizeColumnsToContents()
        self.details.setTabText(1, self.tr("有问题的行（%n）", "", plan.bad_rows))
        if plan.errors and self.details.currentIndex() == 0 and not plan.preview():
            self.details.setCurrentIndex(1)

    def _result_text(self, result: ImportResult) -> str:
        if result.status == "duplicate":
            return self.tr("= 已经导入过（导入记录 {batch}），没有改动").format(batch=result.batch_id)
        if result.refusal is not None:
            return "✗ " + user_message(result.refusal)
        if result.status == "refused":
            return self.tr("✗ 有 %n 处数据读不出来，整个文件没有导入", "", len(result.errors))
        text = self.tr("✓ 已导入：新增 {inserted}，更新 {updated}，未变 {unchanged}").format(
            inserted=result.inserted, updated=result.updated, unchanged=result.unchanged)
        if result.linked:
            text += self.tr("，对应到草稿 {n}").format(n=result.linked)
        if result.skipped:
            text += self.tr("，跳过 {n} 行").format(n=result.skipped)
        return text

    def _update_buttons(self) -> None:
        running = bool(self._importing)
        ready = [e for e in self.entries if e.importable]
        self.import_button.setEnabled(not running and bool(ready) and not any(e.busy for e in self.entries))
        self.import_button.setText(self.tr("导入 %n 个文件", "", len(ready)) if ready else self.tr("导入"))
        self.skip_bad.setEnabled(not running and any(e.plan is not None and e.plan.errors for e in ready))
        entry = self.current()
        if entry is not None and entry.plan is not None and entry.result is None and entry.plan.duplicate_of is None:
            self.plan_summary.setText(self._plan_text(entry.plan))

    # -- importing ----------------------------------------------------------------------------
    def start_import(self) -> None:
        """Import every recognised file that is not a duplicate, on the writer thread."""
        ready = [e for e in self.entries if e.importable]
        if not ready or self._importing:
            return
        self._importing = ready
        self._cancel.clear()
        self.outcome.clear()
        self.progress.setRange(0, 0)
        self.progress.show()
        self.cancel_button.show()
        self.cancel_button.setEnabled(True)
        self._update_buttons()
        self.ctx.tasks.run(
            import_files, self.ctx.store, [e.plan for e in ready], ImportOptions(skip_bad_rows=self.skip_bad.isChecked()),
            self._relay.progressed.emit, self._cancel.is_set,
            on_result=self._imported, on_error=self._import_failed, writes=True,
        )

    def cancel_import(self) -> None:
        self._cancel.set()
        self.cancel_button.setEnabled(False)
        self.progress.setFormat(self.tr("正在取消…"))

    def _progressed(self, index: int, done: int, total: int, text: str) -> None:
        if not self._importing:
            return
        name = self._importing[min(index, len(self._importing) - 1)].path.name
        self.progress.setRange(0, max(total, 0))
        self.progress.setValue(min(done, total) if total else 0)
        if not self._cancel.is_set():
            self.progress.setFormat(self.tr("{text}：{file}（第 {n}/{of} 个）").format(
                text=QCoreApplication.translate("import", text), file=name, n=index + 1, of=len(self._importing)))

    def _imported(self, run: ImportRun) -> None:
        results, cancelled = run.results, run.cancelled
        importing, self._importing = self._importing, []
        for entry, result in zip(importing, results, strict=False):
            entry.result = result
            self._update_item(entry)
        self.progress.hide()
        self.cancel_button.hide()
        written = [r for r in results if r.status == "imported"]
        tables: set[str] = {"import_batch"}
        everything = False
        for result in written:
            known = KIND_TABLES.get(result.kind or "")
            everything = everything or known is None
            tables.update(known or ())
        if written:
            if everything:
                self.ctx.signals.notify()
            else:
                self.ctx.signals.notify(*sorted(tables))
        lines = [self.tr("导入完成：%n 个文件已导入", "", len(written))]
        refused = sum(r.status == "refused" for r in results)
        if refused:
            lines.append(self.tr("%n 个文件有读不出来的行，没有导入", "", refused))
        if cancelled:
            lines = [self.tr("已取消：“{file}”没有写入任何数据").format(file=importing[len(results)].path.name)]
            if written:
                lines.append(self.tr("取消之前已导入 %n 个文件", "", len(written)))
        self.outcome.setText(self.tr("；").join(lines) + self.tr("。"))
        self._show_current()
        self.imported.emit(results)

    def _import_failed(self, exc: BaseException) -> None:
        self._importing = []
        self.progress.hide()
        self.cancel_button.hide()
        self._update_buttons()
        if isinstance(exc, UserError):
            self.outcome.setText(user_message(exc))
            return
        report_bug(exc)
