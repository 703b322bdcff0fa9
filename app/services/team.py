"""The team store from an operator's side: their name, the server they connect to, its password.

Qt-free so the settings page and the CLI agree. The name is kept per computer (app/store/operator.py),
never in the shared store, since each operator names themselves. The server's address (host, port,
database, user, TLS mode) is plain data the window keeps; its password goes to the system keyring
(the `keyring` library) and is read back only to connect — never into the settings table or a log.
Without a usable keyring the operator puts it in ~/.pgpass, which libpq reads by itself.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from app.i18n import QT_TRANSLATE_NOOP, UserError
from app.store.operator import operator_name, set_operator_name

if TYPE_CHECKING:
    from sqlalchemy.engine.url import URL

    from app.store import Store

__all__ = ["SSL_MODES", "TeamServer", "TeamStoreError", "my_name", "set_my_name", "store_place"]

#: libpq's TLS modes, from none to full checking, as the settings page lists them.
SSL_MODES = ("disable", "allow", "prefer", "require", "verify-ca", "verify-full")
#: The keyring's service name the passwords are kept under (one entry per user@host:port/database).
KEYRING_SERVICE = "OpsDesk team store"


class TeamStoreError(UserError):
    pass


def my_name() -> str | None:
    """The name this computer's operator gave (设置 → 我的名字), or None."""
    return operator_name()


def set_my_name(name: str | None) -> str | None:
    """Keep the operator's name on this computer; returns it as kept (trimmed), None when emptied."""
    return set_operator_name(name)


@dataclass(frozen=True)
class TeamServer:
    """Where the team store is: everything but the password."""

    host: str
    port: int = 5432
    database: str = "opsdesk"
    user: str = ""
    sslmode: str = "prefer"

    def check(self) -> TeamServer:
        """Refuse an address that cannot work, in plain words."""
        if not self.host.strip():
            raise TeamStoreError(QT_TRANSLATE_NOOP("errors", "请填写团队数据库的主机地址。"))
        if not self.database.strip() or not self.user.strip():
            raise TeamStoreError(QT_TRANSLATE_NOOP("errors", "请填写数据库名和用户名。"))
        if self.sslmode not in SSL_MODES:
            raise TeamStoreError(QT_TRANSLATE_NOOP("errors", "加密方式“{mode}”不认识。"), mode=self.sslmode)
        if not 0 < self.port < 65536:
            raise TeamStoreError(QT_TRANSLATE_NOOP("errors", "端口 {port} 不对，应在 1 到 65535 之间。"), port=self.port)
        return self

    def url(self, password: str | None = None) -> URL:
        """The SQLAlchemy URL to open the store with (the password only in memory)."""
        from sqlalchemy.engine.url import URL

        host = self.host.strip()
        if host.startswith("/"):  # a Unix socket folder goes in the query, as libpq reads it
            return URL.create("postgresql+psycopg", username=self.user.strip(), password=password or None,
                              database=self.database.strip(), query={"host": host, "port": str(self.port),
                                                                      "sslmode": self.sslmode})
        return URL.create("postgresql+psycopg", username=self.user.strip(), password=password or None,
                          host=host, port=self.port, database=self.database.strip(), query={"sslmode": self.sslmode})

    def url_text(self, password: str | None = None) -> str:
        return self.url(password).render_as_string(hide_password=False)

    @property
    def keyring_user(self) -> str:
        return f"{self.user.strip()}@{self.host.strip()}:{self.port}/{self.database.strip()}"

    @property
    def label(self) -> str:
        """"opsdesk@db.example.com" as the title and status bars name it."""
        return f"{self.database.strip()}@{self.host.strip()}"


def save_password(server: TeamServer, password: str) -> None:
    """Keep the password in the system keyring; a TeamStoreError (use ~/.pgpass) when there is none."""
    try:
        import keyring
        from keyring.errors import KeyringError

        try:
            keyring.set_password(KEYRING_SERVICE, server.keyring_user, password)
        except KeyringError as exc:
            raise _no_keyring() from exc
    except RuntimeError as exc:  # keyring's "no recommended backend"
        raise _no_keyring() from exc


def _no_keyring() -> TeamStoreError:
    return TeamStoreError(QT_TRANSLATE_NOOP(
        "errors", "这台电脑没有可用的密码保管（系统钥匙串），密码没有保存。请把密码写进 ~/.pgpass "
                  "（一行：主机:端口:数据库:用户名:密码），OpsDesk 连接时会从那里读。"))


def saved_password(server: TeamServer) -> str | None:
    """The password kept in the keyring for this server, or None (libpq then reads ~/.pgpass)."""
    try:
        import keyring

        return keyring.get_password(KEYRING_SERVICE, server.keyring_user)
    except Exception:  # no usable keyring on this computer: ~/.pgpass is the way
        return None


def check_connection(server: TeamServer, password: str | None = None) -> str:
    """Connect once and return the server's version ("PostgreSQL 16.4"); a plain error naming the
    host when it cannot be reached or refuses the login. Runs on a worker (it may wait)."""
    from app.store.server import probe

    return probe(server.check().url(password or saved_password(server)))


def store_place(store: Store) -> tuple[bool, str]:
    """(is_team, where) for the title and status bars: (True, "opsdesk@db.example.com:5432") for a
    team store, (False, the local data folder) for this computer's own."""
    if store.url is not None:
        from app.store.server import host_of

        return True, f"{store.url.database or ''}@{host_of(store.url)}"
    return False, str(store.data_dir)
