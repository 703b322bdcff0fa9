"""Revision 0004 trims the indexes an import writes for every post (issue 17 item 4) without
slowing a lookup: the dropped ones repeat another index's first column, and the topic and
schedule indexes keep only posts that have one. Upgrading keeps every row; downgrading restores."""

from __future__ import annotations

from pathlib import Path

import sqlalchemy as sa
from alembic import command
from alembic.config import Config

from app.store import schema
from app.store.db import create_store_engine


def _indexes(conn: sa.Connection) -> dict[str, str | None]:
    return dict(conn.execute(sa.text(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name IN ('post', 'post_metrics')")).all())


def _plan(conn: sa.Connection, query: str) -> str:
    return " ".join(str(row[-1]) for row in conn.execute(sa.text("EXPLAIN QUERY PLAN " + query)))


def test_0004_drops_repeated_indexes_keeps_lookups_indexed_and_every_row(tmp_path: Path) -> None:
    engine = create_store_engine(tmp_path / "opsdesk.db")
    config = Config()
    config.set_main_option("script_location", str(schema.VERSIONS_DIR.parent))
    with engine.connect() as conn:
        with conn.begin():
            config.attributes["connection"] = conn
            command.upgrade(config, "0003")
            conn.execute(sa.text("INSERT INTO account (id, platform, name, is_own, created_at, updated_at) "
                                 "VALUES (1, 'douyin', '主号', 1, '2026-03-01', '2026-03-01')"))
            conn.execute(sa.text(
                "INSERT INTO post (id, account_id, title, title_key, format, status, scenes, hashtags, aux_channels, "
                "review, created_at, updated_at, scheduled_at) VALUES (1, 1, '一', '一', 'video', 'scheduled', '[]', "
                "'[]', '[]', '{}', '2026-03-01', '2026-03-01', '2026-03-05 10:00:00')"))
            conn.execute(sa.text("INSERT INTO post_metrics (post_id, captured_on, views) VALUES (1, '2026-03-06', 5)"))
        with conn.begin():
            command.upgrade(config, "0004")
        indexes = _indexes(conn)
        assert "ix_post_account_id" not in indexes and "ix_post_metrics_post_id" not in indexes
        assert (indexes["ix_post_topic_id"] or "").endswith("WHERE topic_id IS NOT NULL")
        assert (indexes["ix_post_scheduled_at"] or "").endswith("WHERE scheduled_at IS NOT NULL")
        assert conn.execute(sa.text("SELECT count(*) FROM post_metrics")).scalar_one() == 1
        assert "ix_post_account_published" in _plan(conn, "SELECT id FROM post WHERE account_id = 1")
        assert "ix_post_topic_id" in _plan(conn, "SELECT id FROM post WHERE topic_id = 1")
        assert "ix_post_scheduled_at" in _plan(
            conn, "SELECT id FROM post WHERE scheduled_at >= '2026-03-01' AND scheduled_at < '2026-04-01'")
        assert "sqlite_autoindex_post_metrics" in _plan(conn, "SELECT views FROM post_metrics WHERE post_id = 1")
        conn.commit()
        with conn.begin():
            command.downgrade(config, "0003")
        indexes = _indexes(conn)
        assert "ix_post_account_id" in indexes and "ix_post_metrics_post_id" in indexes
        assert "WHERE" not in (indexes["ix_post_topic_id"] or "")
        assert conn.execute(sa.text("SELECT title FROM post")).scalar_one() == "一"
    engine.dispose()
