"""设置 → 团队数据库: the operator's own name, and the team store on a PostgreSQL server (issue 21).

我的名字 is kept on this computer (app/services/team.py), never in the shared store: each operator
names themselves, and what they save and import carries the name. The server's address is kept in
QSettings (it belongs to this computer, like the data folder); its password goes to the system
keyring and nowhere else — with no keyring, the page says to use ~/.pgpass. 测试连接 connects on a
worker; 使用团队数据库 reopens the window on the server (app/gui.py reads `team_database_url()`),
改用本地数据 reopens this computer's own store.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QWidget,
)

from app.i18n import UserError
from app.services import team
from app.services.team import SSL_MODES, TeamServer
from app.views.context import ViewContext
from app.views.errors import show_user_error, user_message
from app.views.settings.page import SettingsPage, note_label

#: QSettings group of the team server's address (never its password) and whether to open it.
GROUP = "teamStore"


def remembered_server() -> TeamServer | None:
    """The team server this computer was set up for (None when never set)."""
    settings = QSettings()
    host = settings.value(f"{GROUP}/host", "")
    if not isinstance(host, str) or not host:
        return None
    return TeamServer(host=host, port=int(settings.value(f"{GROUP}/port", 5432)),
                      database=str(settings.value(f"{GROUP}/database", "opsdesk")),
                      user=str(settings.value(f"{GROUP}/user", "")),
                      sslmode=str(settings.value(f"{GROUP}/sslmode", "prefer")))


def remember_server(server: TeamServer, *, use: bool | None = None) -> None:
    settings = QSettings()
    for name in ("host", "port", "database", "user", "sslmode"):
        settings.setValue(f"{GROUP}/{name}", getattr(server, name))
    if use is not None:
        settings.setValue(f"{GROUP}/use", use)


def team_database_url() -> str | None:
    """The URL the window opens when 使用团队数据库 was chosen on this computer (the password from
    the keyring, or none and libpq reads ~/.pgpass); None for the local store."""
    server = remembered_server()
    if server is None or str(QSettings().value(f"{GROUP}/use", "false")).lower() not in ("true", "1"):
        return None
    return server.url_text(team.saved_password(server))


class TeamPage(SettingsPage):
    """我的名字, and the team database: address, TLS mode, password, test, switch."""

    key = "team"

    def __init__(self, ctx: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.name = QLineEdit(self)
        self.name.setObjectName("myName")
        self.name.setMaxLength(40)
        self.name.setPlaceholderText(self.tr("例如：小美"))
        mine = QGroupBox(self.tr("我的名字"), self)
        mine_form = QFormLayout(mine)
        mine_form.addRow(self.tr("我的名字"), self.name)
        mine_form.addRow(note_label(self.tr("你新建和修改的选题、草稿、目标、活动，导入的文件，保存的草稿版本都会记上这个名字；"
                                            "和别人同时改同一条时，对方也能看到是谁改的。名字只存在这台电脑上。")))

        self.host = QLineEdit(self)
        self.host.setObjectName("teamHost")
        self.host.setPlaceholderText(self.tr("例如：db.example.com 或 192.168.1.20"))
        self.port = QSpinBox(self)
        self.port.setObjectName("teamPort")
        self.port.setRange(1, 65535)
        self.port.setValue(5432)
        self.database = QLineEdit("opsdesk", self)
        self.database.setObjectName("teamDatabase")
        self.user = QLineEdit(self)
        self.user.setObjectName("teamUser")
        self.sslmode = QComboBox(self)
        self.sslmode.setObjectName("teamSslMode")
        for mode, text in zip(SSL_MODES, (self.tr("不加密（disable）"), self.tr("可以不加密（allow）"),
                                          self.tr("优先加密（prefer）"), self.tr("必须加密（require）"),
                                          self.tr("加密并核对证书（verify-ca）"),
                                          self.tr("加密并核对证书和主机名（verify-full）")), strict=True):
            self.sslmode.addItem(text, mode)
        self.password = QLineEdit(self)
        self.password.setObjectName("teamPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("留空：用已保存的密码或 ~/.pgpass"))
        self.test_button = QPushButton(self.tr("测试连接"), self)
        self.test_button.setObjectName("teamTest")
        self.test_button.clicked.connect(self.test_connection)
        self.use_button = QPushButton(self.tr("使用团队数据库"), self)
        self.use_button.setObjectName("teamUse")
        self.use_button.clicked.connect(self.use_team)
        self.local_button = QPushButton(self.tr("改用本地数据"), self)
        self.local_button.setObjectName("teamLocal")
        self.local_button.clicked.connect(self.use_local)
        self.result = QLabel(self)
        self.result.setObjectName("teamResult")
        self.result.setWordWrap(True)
        self.current = QLabel(self)
        self.current.setObjectName("teamCurrent")
        self.current.setWordWrap(True)
        server_box = QGroupBox(self.tr("团队数据库（PostgreSQL）"), self)
        form = QFormLayout(server_box)
        form.addRow(self.current)
        form.addRow(self.tr("主机"), self.host)
        form.addRow(self.tr("端口"), self.port)
        form.addRow(self.tr("数据库"), self.database)
        form.addRow(self.tr("用户名"), self.user)
        form.addRow(self.tr("加密方式"), self.sslmode)
        form.addRow(self.tr("密码"), self.password)
        buttons = QHBoxLayout()
        buttons.addWidget(self.test_button)
        buttons.addWidget(self.use_button)
        buttons.addWidget(self.local_button)
        buttons.addStretch(1)
        form.addRow(buttons)
        form.addRow(self.result)
        form.addRow(note_label(self.tr(
            "几个人一起用一份数据：把 OpsDesk 连到同一个 PostgreSQL 数据库。密码只存进系统的钥匙串，不会写进设置或日志；"
            "这台电脑没有钥匙串时，请把密码写进 ~/.pgpass。同一条内容两个人同时改，后保存的人会被问要不要覆盖；"
            "别人的修改几秒内会出现在你的窗口里。")))
        self.layout_.addWidget(mine)
        self.layout_.addWidget(server_box)
        self.layout_.addStretch(1)

    def title(self) -> str:
        return self.tr("团队数据库")

    def load(self) -> None:
        self.name.setText(team.my_name() or "")
        server = remembered_server()
        if server is not None:
            self.host.setText(server.host)
            self.port.setValue(server.port)
            self.database.setText(server.database)
            self.user.setText(server.user)
            self.sslmode.setCurrentIndex(max(self.sslmode.findData(server.sslmode), 0))
        is_team, where = team.store_place(self.ctx.store)
        text = (self.tr("现在打开的是团队数据库 {where}。") if is_team
                else self.tr("现在打开的是这台电脑上的本地数据（{where}）。"))
        self.current.setText(text.format(where=where))
        self.local_button.setVisible(is_team)

    def server(self) -> TeamServer:
        return TeamServer(host=self.host.text().strip(), port=self.port.value(), database=self.database.text().strip(),
                          user=self.user.text().strip(), sslmode=self.sslmode.currentData())

    def save(self) -> set[str]:
        """The name, the address (QSettings) and a typed password (the keyring). No store table changes."""
        team.set_my_name(self.name.text())
        if self.host.text().strip():
            remember_server(self.server())
            self._keep_password()
        return set()

    def _keep_password(self) -> bool:
        """Put a typed password into the keyring (and out of the field); False when there is no keyring."""
        if not self.password.text():
            return True
        try:
            team.save_password(self.server(), self.password.text())
        except UserError as exc:
            show_user_error(exc, self)
            return False
        self.password.clear()
        return True

    def test_connection(self) -> None:
        try:
            server = self.server().check()
        except UserError as exc:
            self.result.setText(user_message(exc))
            return
        self.result.setText(self.tr("正在连接 {host}…").format(host=server.host))
        self.ctx.tasks.run(team.check_connection, server, self.password.text() or None,
                           on_result=lambda version: self.result.setText(
                               self.tr("连接成功：{server}").format(server=version)),
                           on_error=self._test_failed, parent=self)

    def _test_failed(self, exc: BaseException) -> None:
        if not isinstance(exc, UserError):
            raise exc
        self.result.setText(user_message(exc))

    def use_team(self) -> None:
        """Remember the server, keep the password, and reopen the window on it."""
        try:
            server = self.server().check()
        except UserError as exc:
            show_user_error(exc, self)
            return
        team.set_my_name(self.name.text())
        if not self._keep_password():
            return
        answer = QMessageBox.question(
            self, self.tr("使用团队数据库"),
            self.tr("以后 OpsDesk 打开团队数据库 {where}，这台电脑上的本地数据原样留着，随时可以改回来。\n\n"
                    "现在就重新打开 OpsDesk 吗？").format(where=server.label),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Yes)
        if answer != QMessageBox.StandardButton.Yes:
            return
        remember_server(server, use=True)
        self.reopen()

    def use_local(self) -> None:
        QSettings().setValue(f"{GROUP}/use", False)
        self.reopen()

    def reopen(self) -> None:
        """Close the window and let `app.gui.main` open the chosen store in the same process."""
        from app.gui import RESTART_EXIT_CODE

        window = self.window().parent()
        if window is not None and hasattr(window, "save_state"):
            window.save_state(QSettings())
            self.window().close()
            window.hide()  # type: ignore[attr-defined]
        QCoreApplication.exit(RESTART_EXIT_CODE)
