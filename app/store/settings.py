"""Settings that services read (weights, thresholds, word lists, posting plan, language).

They live in the `setting` table so the GUI and the CLI agree; QSettings keeps only window state.
Reads go through the store's read-only sqlite3 connection (`backup.connect_source`, as the start-up
checks do), so the window can read its language before SQLAlchemy loads.
"""

from __future__ import annotations

import json
from contextlib import closing
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine


def read_setting(db_file: Path, key: str, default: Any = None) -> Any:
    """The stored value (JSON-decoded), or `default` when the key was never set."""
    from app.store.backup import connect_source

    with closing(connect_source(db_file)) as conn:
        row = conn.execute("SELECT value FROM setting WHERE key = ?", (key,)).fetchone()
    if row is None:
        return default
    # The column's JSON type has NUMERIC affinity: SQLite hands a stored 14 back as an int, not "14".
    return json.loads(row[0]) if isinstance(row[0], str) else row[0]


def set_setting(engine: Engine, key: str, value: Any) -> None:
    from sqlalchemy.orm.attributes import flag_modified

    from app.models import Setting
    from app.store.db import write_session

    with write_session(engine) as session:
        row = session.get(Setting, key)
        if row is None:
            session.add(Setting(key=key, value=value))
        else:
            row.value = value
            flag_modified(row, "value")
            session.add(row)
