"""The team store: the same schema and units of work on a PostgreSQL server (issue 21).

A server store has no data file, so none of the SQLite machinery applies: no lock file (the server
takes many writers, and unique constraints keep concurrent imports from doubling rows), no file
backups before a migration (Alembic's DDL runs in one PostgreSQL transaction, undone whole on
failure), no integrity pragma. Migrations to head run under a transaction-scoped advisory lock, so
two operators opening a new server store at the same moment migrate it once.

The local data folder still holds the logs and the `pg_dump` backups.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.i18n import QT_TRANSLATE_NOOP, UserError

if TYPE_CHECKING:
    import sqlalchemy as sa
    from sqlalchemy.engine import URL, Engine

ENV_DATABASE_URL = "OPSDESK_DATABASE_URL"
#: Seconds to wait for a server before telling the operator it cannot be reached.
CONNECT_TIMEOUT = 10
#: pg_advisory_xact_lock key that serialises migrations of one server database ("OPSD").
MIGRATION_LOCK = 0x4F505344


class ServerUnreachableError(UserError):
    pass


class ServerStoreError(UserError):
    pass


def parse_url(url: str) -> URL:
    """A SQLAlchemy URL for a PostgreSQL store; anything else is refused in plain words."""
    import sqlalchemy as sa

    try:
        parsed = sa.engine.make_url(url)
    except sa.exc.ArgumentError:
        parsed = None
    if parsed is None or parsed.get_backend_name() != "postgresql":
        raise ServerStoreError(
            QT_TRANSLATE_NOOP("errors", "团队数据库地址“{url}”不对，应写成 postgresql+psycopg://用户@主机:端口/数据库名。"),
            url=_hide_password(url),
        )
    if parsed.drivername == "postgresql":
        parsed = parsed.set(drivername="postgresql+psycopg")
    return parsed


def _hide_password(url: str) -> str:
    try:
        import sqlalchemy as sa

        return sa.engine.make_url(url).render_as_string(hide_password=True)
    except Exception:
        return url.split("@")[-1]


def host_of(url: URL) -> str:
    """Where the server is, as an operator would name it: host (and port), or the socket folder."""
    host = url.host or url.query.get("host") or "localhost"
    if isinstance(host, tuple):
        host = ",".join(host)
    return f"{host}:{url.port}" if url.port else str(host)


def describe(url: URL) -> str:
    """"PostgreSQL opsdesk@db.example.com" for the title and status bars."""
    return f"PostgreSQL {url.database or ''}@{host_of(url)}"


def create_server_engine(url: URL) -> Engine:
    import sqlalchemy as sa

    from app.store.pgcursor import advance_before_insert

    engine = sa.create_engine(url, pool_pre_ping=True, connect_args={"connect_timeout": CONNECT_TIMEOUT})
    # Enumerations as plain text columns, as SQLite keeps them: the services compare them with text
    # ('live', a CASE that yields 'core'), which PostgreSQL's own enum types would refuse.
    engine.dialect.supports_native_enum = False
    sa.event.listen(engine, "handle_error", _unreachable(url))
    sa.event.listen(engine, "before_cursor_execute", advance_before_insert)
    return engine


def _unreachable(url: URL) -> Any:
    """`handle_error`: a connection the server refuses or never answers becomes a message naming it."""

    def handle(context: sa.engine.ExceptionContext) -> None:
        original = context.original_exception
        if context.connection is None and _is_connection_failure(original):
            raise unreachable(url, original) from original
        if _is_collision(original):
            from app.store.errors import busy

            raise busy() from original

    return handle


def _is_collision(exc: BaseException) -> bool:
    """Two operators' transactions that PostgreSQL could not both let through (the later one is
    rolled back whole, like SQLite's busy writer)."""
    import psycopg.errors

    return isinstance(exc, psycopg.errors.SerializationFailure | psycopg.errors.DeadlockDetected)


def _is_connection_failure(exc: BaseException) -> bool:
    import psycopg

    return isinstance(exc, psycopg.OperationalError)


def unreachable(url: URL, exc: BaseException) -> ServerUnreachableError:
    reason = str(exc).strip().splitlines()[-1] if str(exc).strip() else type(exc).__name__
    return ServerUnreachableError(
        QT_TRANSLATE_NOOP("errors", "连不上团队数据库 {host}（数据库 {database}）：{reason}。"
                                    "请检查网络、地址、用户名和密码，或先打开这台电脑上的本地数据。"),
        host=host_of(url), database=url.database or "", reason=reason,
    )


def stored_revision(conn: sa.Connection) -> str | None:
    import sqlalchemy as sa

    if not sa.inspect(conn).has_table("alembic_version"):
        return None
    return conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()


def ensure_schema(engine: Engine, url: URL) -> bool:
    """Migrate the server database to head (once, whoever comes first); True when a migration ran.

    A database written by a newer OpsDesk is refused untouched, as a newer file is.
    """
    from alembic import command
    from alembic.config import Config

    from app.store import schema

    try:
        with engine.connect() as conn:
            stored = stored_revision(conn)
    except UserError:
        raise
    if stored == schema.head_revision():
        return False
    if stored is not None and stored not in schema.known_revisions():
        raise schema.NewerStoreError(
            QT_TRANSLATE_NOOP("errors", "团队数据库 {file} 是更新版本的 OpsDesk 写的（版本 {stored}），这个版本打不开。"
                                        "请升级 OpsDesk 后再打开，数据没有改动。"),
            file=describe(url), stored=stored,
        )
    config = Config()
    config.set_main_option("script_location", str(schema.VERSIONS_DIR.parent))
    with engine.connect() as conn, conn.begin():
        conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({MIGRATION_LOCK})")
        if stored_revision(conn) == schema.head_revision():  # another operator migrated it meanwhile
            return False
        config.attributes["connection"] = conn
        command.upgrade(config, "head")
    return True


def read_setting(engine: Engine, key: str, default: Any = None) -> Any:
    import sqlalchemy as sa

    from app.models import Setting

    with engine.connect() as conn:
        row = conn.execute(sa.select(Setting.__table__.c.value).where(Setting.__table__.c.key == key)).first()
    return default if row is None else row[0]


def is_empty(engine: Engine) -> bool:
    with engine.connect() as conn:
        return not any(conn.exec_driver_sql(f"SELECT 1 FROM {table} LIMIT 1").first()
                       for table in ("account", "post", "topic"))


def pg_dump(url: URL, dest: Path) -> Path:
    """A custom-format dump (`pg_restore` reads it) written next to its final name, then moved."""
    from app.store.files import saving_to

    executable = shutil.which("pg_dump")
    assert executable is not None
    env = dict(os.environ)
    if url.password:
        env["PGPASSWORD"] = str(url.password)
    args = [executable, "--format=custom", "--no-owner", "--dbname", _libpq_url(url)]
    with saving_to(dest) as tmp:
        done = subprocess.run([*args, "--file", str(tmp)], env=env, capture_output=True, text=True, timeout=3600)
        if done.returncode != 0:
            raise ServerStoreError(
                QT_TRANSLATE_NOOP("errors", "pg_dump 没有备份成功：{reason}"),
                reason=(done.stderr.strip().splitlines() or ["?"])[-1],
            )
    return dest


def _libpq_url(url: URL) -> str:
    """The URL as libpq (pg_dump, psql) reads it: no driver name, no password (PGPASSWORD carries it)."""
    return url.set(drivername="postgresql", password=None).render_as_string(hide_password=False)


def has_pg_dump() -> bool:
    return shutil.which("pg_dump") is not None


def probe(url: URL) -> str:
    """Connect once (the settings page's 测试连接) and return the server's version, or raise
    ServerUnreachableError naming the host."""
    import psycopg

    try:
        with psycopg.connect(_libpq_url(url), password=url.password, connect_timeout=CONNECT_TIMEOUT) as conn:
            row = conn.execute("SHOW server_version").fetchone()
    except psycopg.Error as exc:
        raise unreachable(url, exc) from exc
    return f"PostgreSQL {row[0] if row else ''}".strip()
