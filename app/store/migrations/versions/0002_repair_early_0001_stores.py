"""repair stores made by early builds of 0001

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-06 02:00:00

Before the first release, 0001 was edited in place (feedback.extra and feedback.import_batch_id,
then hot_date.yearly were added to it), so a store made by an earlier build says "0001" but lacks
what the released 0001 creates, and fails with "no such column". This revision builds the released
0001 schema in memory (by running 0001 itself) and adds to the store every table, column and index
it lacks. On a store made by the release (commit 3f568ac) it changes nothing.

Columns are added with ALTER TABLE ADD COLUMN (no table is dropped, so no foreign-key action fires);
a NOT NULL column gets its declared default, else zero or an empty text, for the rows already there.
"""

import importlib.util
import types
from pathlib import Path

import sqlalchemy as sa
from alembic import op
from alembic.migration import MigrationContext
from alembic.operations import Operations

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None

_NUMERIC_TYPES = ("INT", "BOOL", "FLOAT", "REAL", "NUMERIC", "DECIMAL", "DOUBLE")


def _released_0001(connection: sa.Connection) -> None:
    """Run the released 0001's upgrade() against `connection` (not the store being migrated)."""
    path = next(Path(__file__).parent.glob("0001_*.py"))
    spec = importlib.util.spec_from_file_location("opsdesk_released_0001", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    namespace = dict(vars(module), op=Operations(MigrationContext.configure(connection)))
    types.FunctionType(module.upgrade.__code__, namespace)()


def _column_definition(released: sa.Connection, table: str, column: str) -> str:
    info = next(r for r in released.exec_driver_sql(f'PRAGMA table_info("{table}")') if r[1] == column)
    _cid, name, kind, notnull, default, _pk = info
    definition = f'"{name}" {kind}'
    if notnull:
        fill = default if default is not None else ("0" if kind.upper().startswith(_NUMERIC_TYPES) else "''")
        definition += f" NOT NULL DEFAULT {fill}"
    elif default is not None:
        definition += f" DEFAULT {default}"
    for fk in released.exec_driver_sql(f'PRAGMA foreign_key_list("{table}")'):
        if fk[3] == column:
            definition += f' REFERENCES "{fk[2]}" ("{fk[4]}") ON DELETE {fk[6]}'
    return definition


def upgrade() -> None:
    store = op.get_bind()
    if store.dialect.name != "sqlite":  # early 0001 stores were SQLite files; a server store starts current
        return
    engine = sa.create_engine("sqlite://")
    with engine.begin() as released:
        _released_0001(released)
        tables = [r[0] for r in released.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY rowid")]
        for table in tables:
            present = {r[1] for r in store.exec_driver_sql(f'PRAGMA table_info("{table}")')}
            if not present:
                store.exec_driver_sql(released.exec_driver_sql(
                    "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", (table,)).scalar_one())
                continue
            for column in [r[1] for r in released.exec_driver_sql(f'PRAGMA table_info("{table}")')]:
                if column not in present:
                    store.exec_driver_sql(
                        f'ALTER TABLE "{table}" ADD COLUMN {_column_definition(released, table, column)}')
        indexes = released.exec_driver_sql(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL").all()
        existing = {r[0] for r in store.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'index'")}
        for name, sql in indexes:
            if name not in existing:
                store.exec_driver_sql(sql)
    engine.dispose()


def downgrade() -> None:
    """Nothing to undo: what this adds belongs to 0001's schema."""
