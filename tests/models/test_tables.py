"""The tables' validation schemas are built when a table is first validated or dumped, not when the
models are imported: start-up and an import load every table but validate rows of few (issue 17)."""

from __future__ import annotations

import subprocess
import sys

PROBE = """
from sqlmodel import SQLModel
import app.models as m

tables = [c for c in (getattr(m, n) for n in m.__all__) if isinstance(c, type) and issubclass(c, SQLModel)]
print("built on import:", sum(t.__pydantic_complete__ for t in tables), "of", len(tables))
topic = m.Topic.model_validate({"title": "早八通勤妆"})
post = m.Post(title="开箱", account_id=1)
print("used:", topic.title, topic.status.value, post.model_dump()["status"],
      m.Topic.__pydantic_complete__, m.Post.__pydantic_complete__, m.PostMetrics.__pydantic_complete__)
"""


def test_models_build_their_validation_when_first_used_and_then_validate() -> None:
    result = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, timeout=120, check=True)
    assert "built on import: 0 of " in result.stdout
    assert "used: 早八通勤妆 idea drafting True True False" in result.stdout


DIALECT_PROBE = """
import sys
import app.models, app.store, app.services.importing.files
print("postgresql dialect loaded:", "sqlalchemy.dialects.postgresql" in sys.modules)
"""


def test_loading_the_data_layer_leaves_the_postgresql_dialect_unloaded() -> None:
    result = subprocess.run([sys.executable, "-c", DIALECT_PROBE], capture_output=True, text=True, timeout=120,
                            check=True)
    assert "postgresql dialect loaded: False" in result.stdout


def test_partial_indexes_read_the_same_on_postgresql_once_a_server_store_is_used() -> None:
    import sqlalchemy as sa
    from sqlalchemy.dialects import postgresql, sqlite
    from sqlmodel import SQLModel

    from app.models.base import partial_indexes_for_postgresql

    metadata = sa.MetaData()
    for table in SQLModel.metadata.tables.values():
        table.to_metadata(metadata)
    partial = {i.name: i for t in metadata.tables.values() for i in t.indexes
               if i.dialect_options["sqlite"]["where"] is not None}
    assert {"ix_post_topic_id", "ix_post_scheduled_at", "ix_post_status"} <= set(partial)
    partial_indexes_for_postgresql(metadata)
    for index in partial.values():
        on_sqlite = str(sa.schema.CreateIndex(index).compile(dialect=sqlite.dialect()))
        on_server = str(sa.schema.CreateIndex(index).compile(dialect=postgresql.dialect()))
        assert " WHERE " in on_server and on_server == on_sqlite
