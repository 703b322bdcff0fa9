"""Settings that services read (weights, thresholds, word lists, posting plan, language).

They live in the `setting` table so the GUI and the CLI agree; QSettings keeps only window state.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.engine import Engine
from sqlalchemy.orm.attributes import flag_modified
from sqlmodel import select

from app.models import Setting
from app.store.db import read_session, write_session


def get_setting(engine: Engine, key: str, default: Any = None) -> Any:
    with read_session(engine) as session:
        row = session.get(Setting, key)
        return default if row is None else row.value


def set_setting(engine: Engine, key: str, value: Any) -> None:
    with write_session(engine) as session:
        row = session.get(Setting, key)
        if row is None:
            session.add(Setting(key=key, value=value))
        else:
            row.value = value
            flag_modified(row, "value")
            session.add(row)


def all_settings(engine: Engine) -> dict[str, Any]:
    with read_session(engine) as session:
        return {row.key: row.value for row in session.exec(select(Setting))}
