"""社群 page: the communities with channel, theme, owner, member counts and rituals; create, edit, archive."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from app.i18n import QT_TRANSLATE_NOOP, UserError
from app.models.vocabulary import PLATFORM_NAMES
from app.services import community
from app.services.queries import Column
from app.store import Store
from app.views.base import EmptyState, dialog_buttons, make_table_view
from app.views.community_tab.common import heading
from app.views.context import ViewContext
from app.views.errors import show_user_error
from app.views.table_models import ListTableModel, label_choices, platform_icon, platform_name, query_columns


def weekday_name(weekday: int) -> str:
    return QCoreApplication.translate("community", community.WEEKDAYS[weekday])


def rituals_text(rituals: list[dict[str, Any]]) -> str:
    """'周三 20:00 案例拆解直播（60分钟）；…' for the list and the calendar-minded reader."""
    line = QCoreApplication.translate("CommunitiesPage", "{weekday} {time} {title}（{minutes} 分钟）")
    return QCoreApplication.translate("CommunitiesPage", "；").join(
        line.format(weekday=weekday_name(r["weekday"]), time=r["time"], title=r["title"], minutes=r["minutes"])
        for r in rituals)


_COLUMNS = (
    Column("name", QT_TRANSLATE_NOOP("columns", "社群"), ""),
    Column("channel", QT_TRANSLATE_NOOP("columns", "渠道"), "", "label:community_channel"),
    Column("platform", QT_TRANSLATE_NOOP("columns", "平台"), "", "platform"),
    Column("theme", QT_TRANSLATE_NOOP("columns", "主题"), ""),
    Column("owner", QT_TRANSLATE_NOOP("columns", "群主"), ""),
    Column("members", QT_TRANSLATE_NOOP("columns", "成员数（名单）"), "", "int"),
    Column("size_entered", QT_TRANSLATE_NOOP("columns", "群人数（填写）"), "", "int"),
    Column("rituals_text", QT_TRANSLATE_NOOP("columns", "固定活动"), ""),
    Column("state", QT_TRANSLATE_NOOP("columns", "状态"), ""),
)


class RitualTable(QTableWidget):
    """Editable rituals: title, weekday, start time, minutes — one row each."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 4, parent)
        self.setHorizontalHeaderLabels([self.tr("活动名称"), self.tr("星期"), self.tr("开始时间"), self.tr("时长（分钟）")])
        self.verticalHeader().setVisible(False)
        self.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column, width in ((1, 80), (2, 90), (3, 100)):
            self.setColumnWidth(column, width)
        self.setMinimumHeight(150)

    def add_ritual(self, ritual: dict[str, Any] | None = None) -> None:
        ritual = ritual or {"title": "", "weekday": 2, "time": "20:00", "minutes": 60}
        row = self.rowCount()
        self.insertRow(row)
        title = QLineEdit(ritual["title"])
        title.setPlaceholderText(self.tr("如：案例拆解直播"))
        weekday = QComboBox()
        for day in range(7):
            weekday.addItem(weekday_name(day), day)
        weekday.setCurrentIndex(int(ritual["weekday"]))
        start = QTimeEdit(QTime.fromString(ritual["time"], "HH:mm"))
        start.setDisplayFormat("HH:mm")
        minutes = QSpinBox()
        minutes.setRange(5, 600)
        minutes.setSingleStep(15)
        minutes.setValue(int(ritual["minutes"]))
        for column, widget in enumerate((title, weekday, start, minutes)):
            self.setCellWidget(row, column, widget)

    def remove_current(self) -> None:
        if self.currentRow() >= 0:
            self.removeRow(self.currentRow())

    def rituals(self) -> list[dict[str, Any]]:
        result = []
        for row in range(self.rowCount()):
            title, weekday, start, minutes = (self.cellWidget(row, c) for c in range(4))
            assert isinstance(title, QLineEdit) and isinstance(weekday, QComboBox)
            assert isinstance(start, QTimeEdit) and isinstance(minutes, QSpinBox)
            result.append({"title": title.text().strip(), "weekday": weekday.currentData(),
                           "time": start.time().toString("HH:mm"), "minutes": minutes.value()})
        return result


class CommunityDialog(QDialog):
    """Create or edit one community, rituals included; saving goes through the community service."""

    def __init__(self, store: Store, current: dict[str, Any] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.community_id: int | None = current["id"] if current else None
        self.setWindowTitle(self.tr("编辑社群") if current else self.tr("新建社群"))
        self.resize(620, 560)
        current = current or {}
        self.name = QLineEdit(current.get("name") or "")
        self.name.setPlaceholderText(self.tr("如：肌理粉丝1群"))
        self.channel = QComboBox()
        for code, name in label_choices("community_channel"):
            self.channel.addItem(name, code)
        self.channel.setCurrentIndex(max(self.channel.findData(current.get("channel") or "wechat_group"), 0))
        self.platform = QComboBox()
        self.platform.addItem(self.tr("（不属于某个平台）"), None)
        for code in PLATFORM_NAMES:
            self.platform.addItem(platform_icon(code.value), platform_name(code), code.value)
        self.platform.setCurrentIndex(max(self.platform.findData(current.get("platform")), 0))
        self.theme = QLineEdit(current.get("theme") or "")
        self.theme.setPlaceholderText(self.tr("如：护肤答疑、会员福利"))
        self.owner = QLineEdit(current.get("owner") or "")
        self.size = QSpinBox()
        self.size.setRange(0, 10_000_000)
        self.size.setSpecialValueText(self.tr("未填写"))
        self.size.setValue(current.get("size_entered") or 0)
        self.notes = QPlainTextEdit(current.get("notes") or "")
        self.notes.setMaximumHeight(70)
        self.rituals = RitualTable()
        for ritual in current.get("rituals") or []:
            self.rituals.add_ritual(ritual)
        add = QPushButton(self.tr("添加固定活动"))
        add.clicked.connect(lambda: self.rituals.add_ritual())
        remove = QPushButton(self.tr("删除选中活动"))
        remove.clicked.connect(self.rituals.remove_current)
        ritual_buttons = QHBoxLayout()
        ritual_buttons.addWidget(add)
        ritual_buttons.addWidget(remove)
        ritual_buttons.addStretch(1)

        form = QFormLayout()
        form.addRow(self.tr("社群名称"), self.name)
        form.addRow(self.tr("渠道"), self.channel)
        form.addRow(self.tr("平台"), self.platform)
        form.addRow(self.tr("主题"), self.theme)
        form.addRow(self.tr("群主"), self.owner)
        form.addRow(self.tr("群人数（群里显示的）"), self.size)
        form.addRow(self.tr("备注"), self.notes)
        hint = QLabel(self.tr("固定活动会按周重复显示在日历上，例如每周三 20:00 案例拆解直播。"))
        hint.setWordWrap(True)
        buttons = dialog_buttons(self, QDialogButtonBox.StandardButton.Save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(heading(self.tr("固定活动")))
        layout.addWidget(hint)
        layout.addWidget(self.rituals, 1)
        layout.addLayout(ritual_buttons)
        layout.addWidget(buttons)

    def values(self) -> dict[str, Any]:
        return {"name": self.name.text(), "channel": self.channel.currentData(),
                "platform": self.platform.currentData(), "theme": self.theme.text().strip() or None,
                "owner": self.owner.text().strip() or None, "size_entered": self.size.value() or None,
                "notes": self.notes.toPlainText().strip() or None, "rituals": self.rituals.rituals()}

    def accept(self) -> None:
        """Save; a refused input keeps the dialog open with the reason, so nothing typed is lost."""
        values = self.values()
        try:
            if self.community_id is None:
                self.community_id = community.create_community(self.store, values.pop("name"), **values)
            else:
                community.update_community(self.store, self.community_id, **values)
        except UserError as error:
            show_user_error(error, self)
            return
        super().accept()


class CommunitiesPage(QWidget):
    """The communities list and its buttons.

    Signals:
        changed(): a community was created, edited, archived or restored.
        showMembers(int): the user wants to see this community's members.
    """

    changed = Signal()
    showMembers = Signal(int)

    def __init__(self, ctx: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.show_archived = QCheckBox(self.tr("显示已归档"))
        self.model = ListTableModel(query_columns(_COLUMNS), self, load=self._load)
        self.view = make_table_view(self.model, self)
        for key, width in (("name", 200), ("channel", 100), ("platform", 80), ("theme", 150), ("owner", 80),
                           ("members", 110), ("size_entered", 110), ("rituals_text", 380)):
            self.view.setColumnWidth([c.key for c in _COLUMNS].index(key), width)
        self.stack = EmptyState(self.view, self.tr("还没有社群 — 点“新建社群”，把你的粉丝群、会员群和每周固定活动记进来"))
        self.new_button = QPushButton(self.tr("新建社群…"))
        self.edit_button = QPushButton(self.tr("编辑…"))
        self.archive_button = QPushButton(self.tr("归档"))
        self.members_button = QPushButton(self.tr("查看成员"))
        self.count = QLabel()
        self.count.setObjectName("rowCount")
        bar = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.archive_button, self.members_button):
            bar.addWidget(button)
        bar.addWidget(self.show_archived)
        bar.addStretch(1)
        bar.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.stack, 1)
        self.new_button.clicked.connect(lambda: self.edit(None))
        self.edit_button.clicked.connect(lambda: self.edit(self.current_id()))
        self.archive_button.clicked.connect(self.toggle_archived)
        self.members_button.clicked.connect(self._show_members)
        self.view.doubleClicked.connect(lambda _index: self.edit(self.current_id()))
        self.show_archived.toggled.connect(self.model.reload)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.model.reloaded.connect(self._reloaded)

    def _load(self, _text: str, _equals: dict[str, Any]) -> list[dict[str, Any]]:
        rows = community.list_communities(self.ctx.store, include_archived=self.show_archived.isChecked())
        for row in rows:
            row["rituals_text"] = rituals_text(row["rituals"])
            row["state"] = self.tr("已归档") if row["archived"] else self.tr("活跃")
        return rows

    def refresh(self) -> None:
        self.model.reload()

    def _reloaded(self, n: int) -> None:
        self.count.setText(self.tr("共 %n 个社群", "", n))
        self.stack.setEmpty(n == 0)
        self._update_buttons()

    def current_id(self) -> int | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.id_at(rows[0].row()) if rows else None

    def select(self, community_id: int) -> bool:
        row = self.model.row_of(community_id)
        if row >= 0:
            self.view.selectRow(row)
        return row >= 0

    def _update_buttons(self) -> None:
        current = self.current_id()
        record = self.model.record(current) if current is not None else None
        for button in (self.edit_button, self.archive_button, self.members_button):
            button.setEnabled(record is not None)
        self.archive_button.setText(self.tr("恢复") if record and record["archived"] else self.tr("归档"))

    def edit(self, community_id: int | None) -> None:
        current = self.model.record(community_id) if community_id is not None else None
        dialog = CommunityDialog(self.ctx.store, current, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.changed.emit()
            if dialog.community_id is not None:
                self.select(dialog.community_id)

    def toggle_archived(self) -> None:
        current = self.current_id()
        record = self.model.record(current) if current is not None else None
        if record is None:
            return
        if not record["archived"]:
            answer = QMessageBox.question(
                self, self.tr("归档社群"),
                self.tr("归档“%1”？成员和记录都会保留，它的固定活动不再显示在日历上。").replace("%1", record["name"]))
            if answer != QMessageBox.StandardButton.Yes:
                return
        community.archive_community(self.ctx.store, record["id"], not record["archived"])
        self.changed.emit()

    def _show_members(self) -> None:
        current = self.current_id()
        if current is not None:
            self.showMembers.emit(current)
