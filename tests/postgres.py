"""A throwaway PostgreSQL cluster for the team-store tests (issue 21).

Debian's server binaries (`postgresql` package, /usr/lib/postgresql/<version>/bin) make a cluster
with `initdb` in a temporary folder owned by the `postgres` user, listening on a Unix socket in that
folder only (no TCP port to collide with anything), started with `pg_ctl` and stopped when the test
run ends. Tests run as root on CI, and PostgreSQL refuses to run as root, so the commands run as
`postgres` through `runuser`; as any other user they run as that user.

Each test gets a fresh database copied from a template migrated once (CREATE DATABASE … TEMPLATE
is a file copy: far faster than running the migrations per test).
"""

from __future__ import annotations

import glob
import os
import shutil
import signal
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

#: The migrated template every test database is copied from.
TEMPLATE = "opsdesk_template"


def server_binaries() -> Path | None:
    """The newest installed PostgreSQL's bin folder (None when the package is missing)."""
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(Path(p).parent.parent.name))
    return Path(found[-1]).parent if found else None


def _as_owner(argv: list[str]) -> list[str]:
    if os.geteuid() == 0:
        runuser = shutil.which("runuser")
        return [runuser, "-u", "postgres", "--", *argv] if runuser else ["su", "postgres", "-c", " ".join(argv)]
    return argv


class Cluster:
    """One started cluster: `url(name)` for a database in it, `create_database`, `drop_database`."""

    def __init__(self, bin_dir: Path) -> None:
        self.bin_dir = bin_dir
        self.root = Path(tempfile.mkdtemp(prefix="opsdesk-pg-"))
        self.pgdata = self.root / "data"
        self.socket_dir = self.root
        self.user = "postgres" if os.geteuid() == 0 else (os.environ.get("USER") or "postgres")
        self._counter = 0

    def _run(self, *argv: str) -> None:
        subprocess.run(_as_owner([str(self.bin_dir / argv[0]), *argv[1:]]), check=True, capture_output=True,
                       cwd=self.root, timeout=120)

    def start(self) -> None:
        if os.geteuid() == 0:
            shutil.chown(self.root, "postgres", "postgres")
        self._run("initdb", "-D", str(self.pgdata), "-U", self.user, "-A", "trust", "-E", "UTF8",
                  "--locale=C.UTF-8", "--no-sync")
        options = (f"-c listen_addresses='' -c unix_socket_directories='{self.socket_dir}' "
                   "-c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=60")
        self._run("pg_ctl", "-D", str(self.pgdata), "-o", options, "-l", str(self.root / "server.log"),
                  "-w", "-t", "60", "start")

    def stop(self) -> None:
        try:
            self._run("pg_ctl", "-D", str(self.pgdata), "-m", "immediate", "-w", "stop")
        finally:
            shutil.rmtree(self.root, ignore_errors=True)

    def url(self, database: str) -> str:
        """A SQLAlchemy URL for a database of this cluster, over its Unix socket."""
        return f"postgresql+psycopg://{self.user}@/{database}?host={self.socket_dir}"

    def admin(self, statement: str) -> None:
        """Run one statement outside a transaction (CREATE/DROP DATABASE) in the `postgres` database."""
        import psycopg

        with psycopg.connect(host=str(self.socket_dir), user=self.user, dbname="postgres", autocommit=True) as conn:
            conn.execute(statement)

    def create_database(self, template: str | None = TEMPLATE) -> str:
        """A new, empty-or-migrated database; returns its name."""
        self._counter += 1
        name = f"opsdesk_test_{self._counter}"
        self.admin(f'CREATE DATABASE "{name}"' + (f' TEMPLATE "{template}"' if template else ""))
        return name

    def drop_database(self, name: str) -> None:
        self.admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def start_cluster() -> Iterator[Cluster]:
    """Start a cluster with the migrated template for the test run, and stop it afterwards.

    Without the server package the PostgreSQL tests are skipped on a developer's machine, but on CI
    (`CI=true`, where .ci/run installs the package) a missing server fails them.
    """
    import pytest

    bin_dir = server_binaries()
    if bin_dir is None:
        message = "PostgreSQL's server binaries (/usr/lib/postgresql/*/bin, Debian package postgresql) are missing"
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)
    cluster = Cluster(bin_dir)
    cluster.start()
    # A run stopped with SIGTERM (`timeout`, CI cancelling) tears down like Ctrl+C, so the server stops
    # too instead of outliving the run.
    previous = signal.signal(signal.SIGTERM, _interrupt)
    try:
        from app.store import Store

        cluster.admin(f'CREATE DATABASE "{TEMPLATE}"')
        Store.open(cluster.root / "template-data", database_url=cluster.url(TEMPLATE)).close()
        yield cluster
    finally:
        signal.signal(signal.SIGTERM, previous)
        cluster.stop()


def _interrupt(_signum: int, _frame: object) -> None:
    raise KeyboardInterrupt
