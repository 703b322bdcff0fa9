"""Shared fixtures: offscreen Qt before anything imports it, and a fresh store per test."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.fonts.warning=false")

import pytest  # noqa: E402

from app import clock  # noqa: E402
from app.store import Store  # noqa: E402
from tests.postgres import Cluster, start_cluster  # noqa: E402

#: The moment every test runs at unless it moves the clock (`clock.fix(...)`): a mid-month
#: Wednesday morning, so no test depends on the machine's date, time or zone.
FIXED_NOW = dt.datetime(2026, 11, 18, 10, 30)


@pytest.fixture(scope="session", autouse=True)
def _clock_fixed_for_the_session() -> Iterator[None]:
    """Module- and session-scoped fixtures (the demo store) are built at the fixed moment too."""
    clock.fix(FIXED_NOW)
    yield
    clock.fix(None)


@pytest.fixture(autouse=True)
def fixed_clock() -> Iterator[dt.datetime]:
    """Every test starts at FIXED_NOW, whatever an earlier test moved the clock to."""
    clock.fix(FIXED_NOW)
    yield FIXED_NOW
    clock.fix(FIXED_NOW)


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "both_engines: run the test on the local SQLite store and on a "
                                       "PostgreSQL team store (tests/postgres.py starts the server)")


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """Tests marked `both_engines` that use the store (or its data folder) run once per engine."""
    if metafunc.definition.get_closest_marker("both_engines") and "engine" in metafunc.fixturenames:
        metafunc.parametrize("engine", ["sqlite", "postgresql"], indirect=True)


@pytest.fixture
def engine(request: pytest.FixtureRequest) -> str:
    """The store's engine: "sqlite" unless the test is marked `both_engines`."""
    return getattr(request, "param", "sqlite")


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[Cluster]:
    """The session's throwaway PostgreSQL cluster (skipped without the server package; failed on CI)."""
    yield from start_cluster()


@pytest.fixture
def database_url(engine: str, request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Iterator[str | None]:
    """None for SQLite; for PostgreSQL a fresh migrated database, which OPSDESK_DATABASE_URL points to
    (so the CLI opens it too), dropped afterwards."""
    if engine == "sqlite":
        yield None
        return
    cluster: Cluster = request.getfixturevalue("pg_cluster")
    name = cluster.create_database()
    url = cluster.url(name)
    monkeypatch.setenv("OPSDESK_DATABASE_URL", url)
    yield url
    cluster.drop_database(name)


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, database_url: str | None) -> Path:
    """An empty data directory that OPSDESK_DATA_DIR points to, so nothing touches the user's."""
    folder = tmp_path / "data"
    monkeypatch.setenv("OPSDESK_DATA_DIR", str(folder))
    return folder


@pytest.fixture
def store(data_dir: Path, database_url: str | None) -> Iterator[Store]:
    opened = Store.open(data_dir, database_url=database_url)
    yield opened
    opened.close()
