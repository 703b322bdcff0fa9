"""Revision 0004 trims the indexes an import writes for every post (issue 17 item 4) without
slowing a lookup: the dropped ones repeat another index's first column, and the topic and
schedule indexes keep only posts that have one. Upgrading keeps every row; downgrading restores."""

from __future__ import annotations

from pathlib import Path

import sqlalchemy as sa
from alembic import command

from tests.store.migration_steps import add_account, add_post, indexes, plan, store_at


def test_0004_drops_repeated_indexes_keeps_lookups_indexed_and_every_row(tmp_path: Path) -> None:
    with store_at(tmp_path, "0003") as (conn, config):
        with conn.begin():
            add_account(conn)
            add_post(conn, 1, status="scheduled", scheduled_at="2026-03-05 10:00:00")
            conn.execute(sa.text("INSERT INTO post_metrics (post_id, captured_on, views) VALUES (1, '2026-03-06', 5)"))
        with conn.begin():
            command.upgrade(config, "0004")
        found = indexes(conn, "post", "post_metrics")
        assert "ix_post_account_id" not in found and "ix_post_metrics_post_id" not in found
        assert (found["ix_post_topic_id"] or "").endswith("WHERE topic_id IS NOT NULL")
        assert (found["ix_post_scheduled_at"] or "").endswith("WHERE scheduled_at IS NOT NULL")
        assert conn.execute(sa.text("SELECT count(*) FROM post_metrics")).scalar_one() == 1
        assert "ix_post_account_published" in plan(conn, "SELECT id FROM post WHERE account_id = 1")
        assert "ix_post_topic_id" in plan(conn, "SELECT id FROM post WHERE topic_id = 1")
        assert "ix_post_scheduled_at" in plan(
            conn, "SELECT id FROM post WHERE scheduled_at >= '2026-03-01' AND scheduled_at < '2026-04-01'")
        assert "sqlite_autoindex_post_metrics" in plan(conn, "SELECT views FROM post_metrics WHERE post_id = 1")
        conn.commit()
        with conn.begin():
            command.downgrade(config, "0003")
        found = indexes(conn, "post", "post_metrics")
        assert "ix_post_account_id" in found and "ix_post_metrics_post_id" in found
        assert "WHERE" not in (found["ix_post_topic_id"] or "")
        assert conn.execute(sa.text("SELECT title FROM post")).scalar_one() == "一"
