"""The first-run welcome: the operator's own accounts, then demo data or an empty start.

With demo data the demo runs on the accounts typed here (one per platform); only platforms left
empty get the demo brand's account. A clean start later is a new, empty data folder
(设置 → 数据与备份 → 换一个数据文件夹…, an empty folder), which is what the note here promises.

Shown by `app.gui` after the first paint of an interactive start on an empty store — never with
`--screenshot` or `--quit-after-paint` (those paths do not call `offer_welcome`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from app.models import Platform
from app.services.accounts import add_own_accounts
from app.store import Store
from app.views.table_models import platform_icon, platform_name

if TYPE_CHECKING:
    from app.views.main_window import MainWindow

#: The rows the table starts with: the three platforms most operators run.
STARTING_PLATFORMS = (Platform.wechat, Platform.douyin, Platform.xiaohongshu)


class WelcomeDialog(QDialog):
    """Accounts (platform, name) and the demo-or-empty choice; `accounts()` and `wants_demo()` read it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcomeDialog")
        self.setWindowTitle(self.tr("欢迎使用 OpsDesk"))
        self.resize(600, 520)
        heading = QLabel(self.tr("欢迎使用 OpsDesk 运营台"), self)
        heading.setObjectName("settingsTitle")
        intro = QLabel(self.tr("先花一分钟：写下你运营的账号，再选择先看演示数据还是直接开始。这些以后都能改。"), self)
        intro.setWordWrap(True)
        accounts_title = QLabel(self.tr("1. 你运营的账号（没有的平台留空即可）"), self)
        accounts_title.setObjectName("sectionHeading")
        self.table = QTableWidget(0, 2, self)
        self.table.setObjectName("welcomeAccounts")
        self.table.setHorizontalHeaderLabels([self.tr("平台"), self.tr("账号名称")])
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setColumnWidth(0, 150)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        for platform in STARTING_PLATFORMS:
            self.add_row(platform.value)
        add = QPushButton(self.tr("再加一个账号"), self)
        add.setObjectName("addAccountRow")
        add.clicked.connect(lambda: self.add_row(Platform.channels.value, focus=True))
        start_title = QLabel(self.tr("2. 怎么开始"), self)
        start_title.setObjectName("sectionHeading")
        self.demo = QRadioButton(self.tr("载入演示数据：一个护肤品牌一年的运营记录，记在上面填的账号上"
                                         "（没填的平台用演示品牌的账号），先看看每个页面的效果"), self)
        self.demo.setObjectName("startDemo")
        self.empty = QRadioButton(self.tr("从空白开始：只建上面的账号，然后导入本周的平台数据"), self)
        self.empty.setObjectName("startEmpty")
        self.demo.setChecked(True)  # a newcomer first sees every page filled (README: the first start)
        note = QLabel(self.tr("演示数据可以随便改。想从干净的数据重新开始时，在「设置 → 数据与备份」里点"
                              "「换一个数据文件夹…」选一个空文件夹：演示数据原样留在旧文件夹里，随时可以换回去。"), self)
        note.setObjectName("settingsNote")
        note.setWordWrap(True)
        self.buttons = QDialogButtonBox(self)
        self.start_button = self.buttons.addButton(self.tr("开始使用"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.start_button.setDefault(True)
        self.buttons.addButton(self.tr("以后再说"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(add)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addSpacing(6)
        layout.addWidget(accounts_title)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addSpacing(6)
        layout.addWidget(start_title)
        layout.addWidget(self.demo)
        layout.addWidget(self.empty)
        layout.addWidget(note)
        layout.addWidget(self.buttons)
        first = self.table.cellWidget(0, 1)
        if first is not None:
            first.setFocus()

    def add_row(self, platform: str, name: str = "", *, focus: bool = False) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        box = QComboBox(self.table)
        for code in Platform:
            box.addItem(platform_icon(code.value), platform_name(code), code.value)
        box.setCurrentIndex(box.findData(platform))
        edit = QLineEdit(name, self.table)
        edit.setPlaceholderText(self.tr("账号名称，如「肌理研究所」"))
        edit.returnPressed.connect(self.accept)
        self.table.setCellWidget(row, 0, box)
        self.table.setCellWidget(row, 1, edit)
        self.table.setRowHeight(row, max(self.table.rowHeight(row), edit.sizeHint().height() + 6))
        if focus:
            edit.setFocus()

    def set_row(self, row: int, platform: str, name: str) -> None:
        box, edit = self.table.cellWidget(row, 0), self.table.cellWidget(row, 1)
        assert isinstance(box, QComboBox) and isinstance(edit, QLineEdit)
        box.setCurrentIndex(box.findData(platform))
        edit.setText(name)

    def accounts(self) -> list[tuple[str, str]]:
        """(platform code, name) of every row with a name."""
        out = []
        for row in range(self.table.rowCount()):
            box, edit = self.table.cellWidget(row, 0), self.table.cellWidget(row, 1)
            if isinstance(box, QComboBox) and isinstance(edit, QLineEdit) and edit.text().strip():
                out.append((str(box.currentData()), edit.text().strip()))
        return out

    def wants_demo(self) -> bool:
        return self.demo.isChecked()


def first_start(store: Store, accounts: list[tuple[str, str]], demo: bool) -> dict[str, Any]:
    """What the welcome's 开始使用 does, on the writer: the accounts first, then the demo data (if
    chosen), which fills those accounts instead of adding the demo brand's beside them."""
    own = add_own_accounts(store, accounts)
    counts: dict[str, Any] = {}
    if demo:
        from app.services.demo import fill_demo

        counts = fill_demo(store)
    counts["own_accounts"] = own
    return counts


def offer_welcome(window: MainWindow) -> bool:
    """Show the welcome; on 开始使用 create the accounts (and demo data). True when something was set up."""
    dialog = WelcomeDialog(window)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    accounts, demo = dialog.accounts(), dialog.wants_demo()
    if not accounts and not demo:
        return False
    window.ctx.tasks.run(
        first_start, window.ctx.store, accounts, demo,
        on_result=lambda _counts: window.ctx.signals.notify(),
        progress=window.tr("正在载入演示数据…") if demo else None,
        parent=window,
        writes=True,
    )
    return True
