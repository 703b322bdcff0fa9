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


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty data directory that OPSDESK_DATA_DIR points to, so nothing touches the user's."""
    folder = tmp_path / "data"
    monkeypatch.setenv("OPSDESK_DATA_DIR", str(folder))
    return folder


@pytest.fixture
def store(data_dir: Path) -> Iterator[Store]:
    opened = Store.open(data_dir)
    yield opened
    opened.close()
