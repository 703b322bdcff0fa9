"""用户 page: the 100,000-member table (ids in memory, rows by page, filtered and sorted in SQL),
its filters, a detail panel, the members template, import and export of the current view."""

from __future__ import annotations

import functools
import html
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.i18n import QT_TRANSLATE_NOOP
from app.report.workbooks import write_members_xlsx
from app.services import community, privacy
from app.services.community import MemberFilter
from app.services.progress import CancelledError
from app.services.queries import Column
from app.services.segments import SEGMENTS
from app.store import Store
from app.views.base import EmptyState, make_table_view
from app.views.community_tab.feedback import FeedbackDialog
from app.views.context import ViewContext
from app.views.export_actions import ask_save_path, tell_saved
from app.views.table_models import SqlTableModel, label, platform_icon, platform_name

if TYPE_CHECKING:
    from app.services.importing import ImportPlan, ImportResult

#: Shown columns: (member column key, header, display kind). Headers use context "columns".
_SHOWN: tuple[tuple[str, str, str], ...] = (
    ("nickname", QT_TRANSLATE_NOOP("columns", "昵称"), "text"),
    ("platform", QT_TRANSLATE_NOOP("columns", "平台"), "platform"),
    ("community", QT_TRANSLATE_NOOP("columns", "社群"), "text"),
    ("segment", QT_TRANSLATE_NOOP("columns", "分层"), "label:segment"),
    ("phone", QT_TRANSLATE_NOOP("columns", "手机"), "text"),
    ("email", QT_TRANSLATE_NOOP("columns", "邮箱"), "text"),
    ("region", QT_TRANSLATE_NOOP("columns", "地区"), "text"),
    ("gender", QT_TRANSLATE_NOOP("columns", "性别"), "text"),
    ("last_active", QT_TRANSLATE_NOOP("columns", "最近活跃"), "date"),
    ("active_days_30", QT_TRANSLATE_NOOP("columns", "近30天活跃天数"), "int"),
    ("purchases", QT_TRANSLATE_NOOP("columns", "购买次数"), "int"),
    ("spend", QT_TRANSLATE_NOOP("columns", "消费金额"), "money"),
    ("tags", QT_TRANSLATE_NOOP("columns", "标签"), "text"),
)
#: The filters the model passes on as `equals` keys (MemberFilter fields).
FILTER_KEYS = ("segment", "community_id", "platform", "region", "tag")


class MemberQuery:
    """The members list for `SqlTableModel`: ids and pages come from `community.member_ids`/`member_rows`.

    Quacks like `app.services.queries.TableQuery`; the model's search text and `equals` filters
    become a `MemberFilter`, its sort key one of `community.COLUMN_KEYS`. Phone and e-mail come
    masked unless the operator chose to see them in full (read again with each new list of ids).
    """

    columns = tuple(Column(key, title, "", kind) for key, title, kind in _SHOWN)
    _positions = tuple(community.COLUMN_KEYS.index(key) for key, _, _ in _SHOWN)

    def __init__(self, store: Store) -> None:
        self._store = store
        self.full_personal = privacy.shows_personal_data(store)

    @staticmethod
    def member_filter(text: str, equals: dict[str, Any]) -> MemberFilter:
        return MemberFilter(search=text, **{k: v for k, v in equals.items() if k in FILTER_KEYS and v is not None})

    def ids(self, engine: Any, text: str = "", equals: dict[str, Any] | None = None,
            sort_key: str | None = None, descending: bool = False) -> list[int]:
        self.full_personal = privacy.shows_personal_data(self._store)
        return community.member_ids(self._store, self.member_filter(text, equals or {}), sort_key or "id", descending)

    def rows(self, engine: Any, ids: Sequence[int]) -> dict[int, tuple[Any, ...]]:
        fetched = community.member_rows(self._store, ids)
        shown = (lambda _key, value: value) if self.full_personal else privacy.masked
        return {i: tuple(shown(key, row[p]) for (key, _, _), p in zip(_SHOWN, self._positions, strict=True))
                for i, row in fetched.items()}


def ask_full_personal(parent: QWidget, store: Store) -> bool | None:
    """Whether an export shows phone and e-mail in full: False (masked) without asking when none is
    stored, else the operator's answer — 否 (the default) masks, 取消 gives None (no export)."""
    stored = privacy.stored_personal_data(store)
    if not stored:
        return False
    text = QCoreApplication.translate("MembersPage", (
        "有 %1 位用户存了手机号或邮箱。导出时默认打码（如 138****5678、a***@example.com）。\n\n"
        "要导出完整的手机号和邮箱吗？只在确实要用它们联系客户时选“是”，用完请妥善保管文件。")).replace("%1", str(stored))
    answer = QMessageBox.question(
        parent, QCoreApplication.translate("MembersPage", "手机号和邮箱"), text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.No)
    if answer == QMessageBox.StandardButton.Cancel:
        return None
    return answer == QMessageBox.StandardButton.Yes


def _dash(value: Any) -> str:
    return "—" if value is None or value == "" else html.escape(str(value))


class MemberDetail(QTextBrowser):
    """Everything about one member: profile, tags, notes, activity, purchases and the feedback they gave."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("memberDetail")
        self.setOpenLinks(False)
        self.member_id: int | None = None
        #: Show phone and e-mail in full (the page keeps it in step with its list).
        self.full_personal = False
        self.show_member(None)

    def show_member(self, detail: dict[str, Any] | None) -> None:
        if detail is None:
            self.member_id = None
            hint = self.tr("在左边的列表里点一位用户，这里显示TA的资料、标签、活跃、购买和反馈。")
            self.setHtml(f"<p style='color:#888'>{html.escape(hint)}</p>")
            return
        profile, activity, bought = detail["profile"], detail["activity"], detail["purchases"]
        self.member_id = profile["id"]
        segment = label("segment", profile["segment"]) if profile["segment"] else None
        facts = [platform_name(profile["platform"]) or None, profile["community"], segment, profile["region"],
                 profile["gender"]]
        parts = [f"<h3>{html.escape(profile['nickname'])}</h3>",
                 f"<p>{' · '.join(html.escape(str(f)) for f in facts if f)}</p>"]
        if profile["external_id"]:
            user_id = html.escape(self.tr("用户ID：{id}")).format(id=_dash(profile["external_id"]))
            parts.append(f"<p>{user_id}</p>")
        contact = [(self.tr("手机"), profile["phone"]), (self.tr("邮箱"), profile["email"])]
        shown = " · ".join(f"{html.escape(name)}：{_dash(value if self.full_personal else privacy.masked(key, value))}"
                           for (name, value), key in zip(contact, privacy.PERSONAL_FIELDS, strict=True) if value)
        if shown:
            parts.append(f"<p>{shown}</p>")
        tags = "　".join(f"<span style='background:#EEF2F7'>&nbsp;{html.escape(t)}&nbsp;</span>" for t in detail["tags"])
        tags_title, notes_title = html.escape(self.tr("标签")), html.escape(self.tr("备注"))
        parts += [f"<h4>{tags_title}</h4><p>{tags or '—'}</p>",
                  f"<h4>{notes_title}</h4><p>{_dash(detail['notes'])}</p>"]
        hour = activity["active_hour"]
        rows = [(self.tr("首次关注"), activity["first_seen"]), (self.tr("最近活跃"), activity["last_active"]),
                (self.tr("近30天活跃天数"), activity["active_days_30"]),
                (self.tr("近30天浏览分钟"), activity["browse_minutes_30"]),
                (self.tr("常活跃时段"), None if hour is None else self.tr("%1 点前后").replace("%1", str(hour))),
                (self.tr("购买次数"), bought["purchases"]),
                (self.tr("消费金额"), None if bought["spend"] is None else f"¥{bought['spend']:,.2f}")]
        activity_title = html.escape(self.tr("活跃与购买"))
        parts.append(f"<h4>{activity_title}</h4><table cellspacing='2'>")
        parts += [f"<tr><td style='color:#666'>{html.escape(name)}</td><td>&nbsp;{_dash(value)}</td></tr>"
                  for name, value in rows]
        parts.append("</table>")
        given = detail["feedback"]
        feedback_title = html.escape(self.tr("TA给过的反馈（%n 条）", "", len(given)))
        parts.append(f"<h4>{feedback_title}</h4>")
        if not given:
            parts.append("<p>—</p>")
        turned = html.escape(self.tr("已转选题"))
        for item in given:
            meta = " · ".join([str(item["received_at"])[:10],
                               label("feedback_source", item["source"]),
                               label("feedback_category", item["category"]),
                               label("feedback_status", item["status"])])
            topic = f" → {turned} #{item['topic_id']}" if item["topic_id"] else ""
            parts.append(f"<p><span style='color:#666'>{html.escape(meta)}{topic}</span><br>{html.escape(item['text'])}</p>")
        self.setHtml("".join(parts))


class MembersPage(QWidget):
    """Filters, the lazy members table, the detail panel and the import/export buttons.

    Signals:
        imported(): members came in through the import pipeline (the tab tells the other tabs).
        feedbackAdded(): feedback was logged for the selected member.
    """

    imported = Signal()
    feedbackAdded = Signal()
    SEARCH_DELAY_MS = 150

    def __init__(self, ctx: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.query = MemberQuery(ctx.store)
        self.model = SqlTableModel(ctx.store, self.query, self)
        self.view = make_table_view(self.model, self)
        for key, width in (("nickname", 130), ("platform", 80), ("community", 150), ("segment", 80), ("region", 70),
                           ("gender", 50), ("last_active", 95), ("active_days_30", 105), ("purchases", 75),
                           ("spend", 95), ("phone", 105), ("email", 150)):
            self.view.setColumnWidth([k for k, _, _ in _SHOWN].index(key), width)
        self.sort_key, self.descending = "id", False
        self.view.horizontalHeader().sortIndicatorChanged.connect(self._sorted)

        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("搜索昵称、标签、备注…"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(220)
        self.filters: dict[str, QComboBox] = {}
        for key, everything in (("segment", self.tr("全部分层")), ("community_id", self.tr("全部社群")),
                                ("platform", self.tr("全部平台")), ("region", self.tr("全部地区")),
                                ("tag", self.tr("全部标签"))):
            box = QComboBox(self)
            box.addItem(everything, None)
            box.setMinimumContentsLength(6)
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            box.currentIndexChanged.connect(lambda _i, k=key, b=box: self.model.setEquals(k, b.currentData()))
            self.filters[key] = box
        for code in SEGMENTS:
            self.filters["segment"].addItem(label("segment", code), code)
        self.count = QLabel(self)
        self.count.setObjectName("rowCount")
        self.template_button = QPushButton(self.tr("下载导入模板…"))
        self.import_button = QPushButton(self.tr("导入用户…"))
        self.export_button = QPushButton(self.tr("导出当前列表…"))
        self.feedback_button = QPushButton(self.tr("为TA记一条反馈…"))
        self.feedback_button.setEnabled(False)
        self.feedback_button.clicked.connect(self.add_feedback)
        self.template_button.clicked.connect(self.save_template)
        self.import_button.clicked.connect(self.import_members)
        self.export_button.clicked.connect(self.export_view)

        filters = QHBoxLayout()
        filters.addWidget(self.search, 2)
        for box in self.filters.values():
            filters.addWidget(box, 1)
        actions = QHBoxLayout()
        actions.addWidget(self.count)
        actions.addStretch(1)
        for button in (self.feedback_button, self.template_button, self.import_button, self.export_button):
            actions.addWidget(button)
        self.stack = EmptyState(self.view, self.tr(
            "还没有用户数据 — 点“下载导入模板”，把各平台后台导出的粉丝/会员名单按模板整理好，再点“导入用户…”"))
        self.detail = MemberDetail(self)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.stack)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 1)
        splitter.setSizes([1000, 340])
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addLayout(actions)
        layout.addWidget(splitter, 1)

        self._timer = QTimer(self, singleShot=True, interval=self.SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.apply_search)
        self.search.textChanged.connect(self._timer.start)
        self.model.reloaded.connect(self._reloaded)
        self.model.modelReset.connect(self._current_changed)
        self.view.selectionModel().currentRowChanged.connect(self._current_changed)

    # -- data ---------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Refill the filter choices (keeping what is picked), re-query the ids, keep the selected member."""
        choices = community.filter_choices(self.ctx.store)
        self._refill(self.filters["community_id"], choices["communities"])
        self._refill(self.filters["platform"], [(p, platform_name(p)) for p in choices["platforms"]])
        self._refill(self.filters["region"], [(r, r) for r in choices["regions"]])
        self._refill(self.filters["tag"], [(t, t) for t in choices["tags"]])
        shown = self.detail.member_id
        personal = privacy.any_personal_data(self.ctx.store)
        for key in privacy.PERSONAL_FIELDS:  # two empty columns only for operators who keep them
            self.view.setColumnHidden([k for k, _, _ in _SHOWN].index(key), not personal)
        self.model.reload()
        row = self.model.row_of(shown) if shown is not None else -1
        if row >= 0:  # keep the member the user was looking at
            self.view.setCurrentIndex(self.model.index(row, 0))

    def _refill(self, box: QComboBox, items: Sequence[tuple[Any, str]]) -> None:
        current = box.currentData()
        box.blockSignals(True)
        while box.count() > 1:
            box.removeItem(1)
        for value, text in items:
            if box is self.filters["platform"]:
                box.addItem(platform_icon(value), text, value)
            else:
                box.addItem(text, value)
        index = box.findData(current) if current is not None else 0
        box.setCurrentIndex(max(index, 0))
        box.blockSignals(False)
        if index < 0:
            self.model.setEquals(self._key_of(box), None)

    def _key_of(self, box: QComboBox) -> str:
        return next(key for key, b in self.filters.items() if b is box)

    def apply_search(self) -> None:
        self._timer.stop()
        self.model.setSearchText(self.search.text())

    def current_filter(self) -> MemberFilter:
        """What the table shows now, for the export."""
        equals = {key: box.currentData() for key, box in self.filters.items()}
        return MemberQuery.member_filter(self.search.text(), equals)

    def set_filter(self, key: str, value: Any) -> None:
        box = self.filters[key]
        box.setCurrentIndex(max(box.findData(value), 0))

    def _sorted(self, section: int, order: Qt.SortOrder) -> None:
        self.sort_key = _SHOWN[section][0] if section >= 0 else "id"
        self.descending = order == Qt.SortOrder.DescendingOrder

    def _reloaded(self, n: int) -> None:
        filtered = any(b.currentIndex() > 0 for b in self.filters.values()) or bool(self.search.text().strip())
        self.count.setText(self.tr("共 %n 位用户", "", n))
        self.stack.setEmpty(n == 0 and not filtered)
        self.export_button.setEnabled(n > 0)

    def _current_changed(self) -> None:
        index = self.view.currentIndex()
        self.detail.full_personal = self.query.full_personal
        detail = community.member_detail(self.ctx.store, self.model.id_at(index.row())) if index.isValid() else None
        self.detail.show_member(detail)
        self.feedback_button.setEnabled(detail is not None)

    def add_feedback(self) -> None:
        """Log what the selected member said, linked to them; the detail panel shows it at once."""
        member_id = self.detail.member_id
        if member_id is None:
            return
        detail = community.member_detail(self.ctx.store, member_id)
        if detail is None:
            return
        dialog = FeedbackDialog(self.ctx.store, None, self, member=(member_id, detail["profile"]["nickname"]))
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.detail.show_member(community.member_detail(self.ctx.store, member_id))
            self.feedbackAdded.emit()

    def show_member(self, member_id: int) -> bool:
        """Select a member, clearing the filters when they hide it."""
        if self.model.row_of(member_id) < 0:
            self.search.clear()
            self.apply_search()
            for box in self.filters.values():
                box.setCurrentIndex(0)
        row = self.model.row_of(member_id)
        if row < 0:
            return False
        self.view.setCurrentIndex(self.model.index(row, 0))
        self.view.scrollTo(self.model.index(row, 0))
        return True

    # -- files --------------------------------------------------------------------------------
    def save_template(self) -> None:
        path = ask_save_path(self, self.tr("保存用户名单导入模板"), self.tr("用户名单导入模板.xlsx"))
        if path is None:
            return
        from app.services.importing.templates import write_template

        write_template("members", path)
        QMessageBox.information(self, self.tr("模板已保存"), self.tr(
            "模板已保存到：\n%1\n\n按表头填好（昵称必填；有“用户ID”时按平台+用户ID更新，没有时按昵称+社群更新），"
            "再点“导入用户…”。").replace("%1", str(path)))

    def export_view(self) -> None:
        full = ask_full_personal(self, self.ctx.store)
        if full is None:
            return
        path = ask_save_path(self, self.tr("导出当前列表"), self.tr("用户名单.xlsx"))
        if path is None:
            return
        rows = community.member_export_rows(self.ctx.store, self.current_filter(), self.sort_key, self.descending,
                                            full_personal=full)
        self.ctx.tasks.run(write_members_xlsx, path, rows, translate=QCoreApplication.translate,
                           on_result=lambda n: tell_saved(self, path, self.tr("已导出 %n 行到：", "", n)),
                           progress=self.tr("正在导出…"), parent=self)

    def import_members(self) -> None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        name, _ = QFileDialog.getOpenFileName(self, self.tr("选择用户名单文件"), folder,
                                              self.tr("表格文件 (*.xlsx *.xls *.csv)"))
        if not name:
            return
        from app.services.importing import analyse_file

        self.ctx.tasks.run(analyse_file, self.ctx.store, Path(name), kind="members", on_result=self._analysed,
                           progress=self.tr("正在读取文件…"), parent=self)

    def _analysed(self, plan: ImportPlan) -> None:
        if plan.duplicate_of is not None:
            QMessageBox.information(self, self.tr("导入用户"), self.tr("这个文件已经导入过了，没有再导一次。"))
            return
        counts = plan.counts or {}
        text = self.tr("“%1”共 %2 行：将新增 %3 位用户，更新 %4 位，%5 位没有变化。").replace(
            "%1", plan.file_name).replace("%2", str(plan.rows)).replace("%3", str(counts.get("inserted", 0))).replace(
            "%4", str(counts.get("updated", 0))).replace("%5", str(counts.get("unchanged", 0)))
        skip = bool(plan.errors)
        if skip:
            examples = "\n".join(self._error_line(e) for e in plan.errors[:5])
            text += "\n\n" + self.tr("有 %n 行读不出来，会跳过：", "", plan.bad_rows) + "\n" + examples
        if QMessageBox.question(self, self.tr("导入用户"), text + "\n\n" + self.tr("现在导入吗？")) != \
                QMessageBox.StandardButton.Yes:
            return
        from app.services.importing import execute

        holder: dict[str, Any] = {}

        def report(done: int, total: int, message: str) -> None:
            if "task" in holder:
                holder["task"].progressed.emit(done, total, QCoreApplication.translate("import", message))

        def cancelled() -> bool:
            return "task" in holder and holder["task"].is_cancelled

        job = functools.partial(execute, progress=report, cancel=cancelled)
        holder["task"] = self.ctx.tasks.run(
            job, self.ctx.store, plan, skip_bad_rows=skip, on_result=self._imported, on_error=self._import_failed, progress=self.tr("正在导入用户…"),
            parent=self, writes=True)

    @staticmethod
    def _error_line(error: Any) -> str:
        row = error.as_dict(QCoreApplication.translate)
        return f"· {row['row']} {row['column']}: {row['message']}"

    def _imported(self, result: ImportResult) -> None:
        if result.status == "imported":
            self.imported.emit()
            QMessageBox.information(self, self.tr("导入完成"), self.tr(
                "新增 %1 位用户，更新 %2 位，跳过 %3 行。分层已重新计算。").replace("%1", str(result.inserted)).replace(
                "%2", str(result.updated)).replace("%3", str(result.skipped)))
        elif result.status == "duplicate":
            QMessageBox.information(self, self.tr("导入用户"), self.tr("这个文件已经导入过了，没有再导一次。"))
        else:
            QMessageBox.warning(self, self.tr("没有导入"), self.tr("文件里有读不出来的行，什么也没有改。"))

    def _import_failed(self, error: BaseException) -> None:
        if isinstance(error, CancelledError):
            QMessageBox.information(self, self.tr("已取消"), self.tr("导入已取消，用户名单没有任何改动。"))
            return
        sys.excepthook(type(error), error, error.__traceback__)
