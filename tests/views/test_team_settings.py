"""设置 → 团队数据库 (issue 21): 我的名字, the server's address, the connection test, the password kept
in the keyring only, and the title and status bars naming the open store."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.errors import NoKeyringError
from PySide6.QtCore import QSettings

from app import gui
from app.services import team
from app.store import Store
from app.views.context import ViewContext
from app.views.main_window import MainWindow
from app.views.settings import team as team_page
from app.views.settings.dialog import SettingsDialog
from app.views.settings.team import TeamPage
from tests.views.conftest import make_ctx


class MemoryKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.kept: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.kept.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.kept[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.kept.pop((service, username), None)


class NoKeyring(MemoryKeyring):
    def set_password(self, service: str, username: str, password: str) -> None:
        raise NoKeyringError("no backend")


@pytest.fixture(autouse=True)
def _own_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPSDESK_CONFIG_DIR", str(tmp_path / "config"))


@pytest.fixture
def memory_keyring() -> Any:
    previous = keyring.get_keyring()
    kept = MemoryKeyring()
    keyring.set_keyring(kept)
    yield kept
    keyring.set_keyring(previous)


@pytest.fixture
def page(ctx: ViewContext, qtbot: Any) -> Any:
    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show_page("team")
    found = dialog.pages["team"]
    assert isinstance(found, TeamPage)
    yield found
    dialog.close()


def fill(page: TeamPage, host: str, port: int = 5432, database: str = "opsdesk", user: str = "xiaomei",
         password: str = "") -> None:
    page.host.setText(host)
    page.port.setValue(port)
    page.database.setText(database)
    page.user.setText(user)
    page.sslmode.setCurrentIndex(page.sslmode.findData("require"))
    page.password.setText(password)


def test_my_name_is_saved_for_this_computer_and_stamps_what_i_change(page: TeamPage, ctx: ViewContext) -> None:
    from app.services import topics

    page.name.setText("  小美 ")
    page.save()
    assert team.my_name() == "小美"
    topics.update_topic(ctx.store, 1, title="换季敏感肌怎么护理（改）")
    assert topics.get_topic(ctx.store, 1).updated_by == "小美"
    page.load()
    assert page.name.text() == "小美"


def test_the_password_goes_to_the_keyring_never_to_the_settings(page: TeamPage, ctx: ViewContext,
                                                                memory_keyring: MemoryKeyring) -> None:
    fill(page, "db.example.com", password="s3cret-pw")
    page.save()
    assert memory_keyring.kept == {(team.KEYRING_SERVICE, "xiaomei@db.example.com:5432/opsdesk"): "s3cret-pw"}
    assert page.password.text() == ""
    settings = QSettings()
    settings.sync()
    assert "s3cret-pw" not in Path(settings.fileName()).read_text(encoding="utf-8")
    assert "s3cret-pw" not in str(ctx.store.setting("teamStore", ""))
    assert team_page.remembered_server() == team.TeamServer("db.example.com", 5432, "opsdesk", "xiaomei", "require")
    assert team_page.team_database_url() is None  # set up, not chosen yet
    QSettings().setValue("teamStore/use", True)
    assert team_page.team_database_url() == "postgresql+psycopg://xiaomei:s3cret-pw@db.example.com:5432/opsdesk?sslmode=require"


def test_without_a_keyring_the_page_says_to_use_pgpass(page: TeamPage, monkeypatch: pytest.MonkeyPatch) -> None:
    previous = keyring.get_keyring()
    keyring.set_keyring(NoKeyring())
    shown: list[str] = []
    monkeypatch.setattr(team_page, "show_user_error", lambda exc, _parent: shown.append(exc.message()))
    try:
        fill(page, "db.example.com", password="s3cret-pw")
        page.save()
    finally:
        keyring.set_keyring(previous)
    assert len(shown) == 1 and "~/.pgpass" in shown[0]
    assert page.password.text() == "s3cret-pw"  # kept in the field, not lost


def test_a_failed_connection_test_names_the_host(page: TeamPage) -> None:
    fill(page, "127.0.0.1", port=1)
    page.test_button.click()
    assert "连不上团队数据库 127.0.0.1:1" in page.result.text()


def test_an_empty_host_is_refused_in_plain_words(page: TeamPage) -> None:
    fill(page, "")
    page.test_button.click()
    assert page.result.text() == "请填写团队数据库的主机地址。"


def test_the_connection_test_reaches_a_real_server(page: TeamPage, pg_cluster: Any) -> None:
    name = pg_cluster.create_database()
    try:
        fill(page, str(pg_cluster.socket_dir), database=name, user=pg_cluster.user)
        page.sslmode.setCurrentIndex(page.sslmode.findData("disable"))
        page.test_button.click()
        assert page.result.text().startswith("连接成功：PostgreSQL ")
        page.window().resize(1000, 760)
        page.window().grab().save("/tmp/h11_team_page.png")
    finally:
        pg_cluster.drop_database(name)


def test_the_window_chooses_the_team_store_only_when_no_folder_is_named(monkeypatch: pytest.MonkeyPatch,
                                                                        memory_keyring: MemoryKeyring,
                                                                        tmp_path: Path) -> None:
    team_page.remember_server(team.TeamServer("db.example.com", 5432, "opsdesk", "xiaomei"), use=True)
    monkeypatch.setenv("OPSDESK_DATA_DIR", str(tmp_path))
    assert gui.chosen_database_url(None) is None  # OPSDESK_DATA_DIR names a local folder
    monkeypatch.delenv("OPSDESK_DATA_DIR")
    monkeypatch.delenv("OPSDESK_DATABASE_URL", raising=False)
    assert gui.chosen_database_url("/some/folder") is None
    assert gui.chosen_database_url(None) == "postgresql+psycopg://xiaomei@db.example.com:5432/opsdesk?sslmode=prefer"


def test_title_and_status_bar_name_the_local_folder(ctx: ViewContext, qtbot: Any) -> None:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    assert window.windowTitle() == f"OpsDesk 运营台 — 本地 {ctx.store.data_dir}"
    assert window.data_label.text() == f"本地数据：{ctx.store.data_dir}"


@pytest.mark.both_engines
def test_title_and_status_bar_name_the_team_database(store: Store, engine: str, qtbot: Any) -> None:
    if engine == "sqlite":
        return
    window = MainWindow(make_ctx(store))
    qtbot.addWidget(window)
    assert store.url is not None
    where = f"{store.url.database}@{store.url.query['host']}"
    assert window.windowTitle() == f"OpsDesk 运营台 — 团队 {where}"
    assert window.data_label.text() == f"团队数据库：{where}"
