"""Revision 0008 trims two more indexes an import writes for every post and snapshot (issue 17):
the status index keeps only unpublished posts (what the drafts list and the reminders ask for) and
the snapshot-date index goes (every date lookup names the post too). Upgrading keeps every row and
the lookups indexed; downgrading restores both indexes."""

from __future__ import annotations

from pathlib import Path

import sqlalchemy as sa
from alembic import command

from tests.store.migration_steps import add_account, add_post, indexes, plan, store_at

DRAFTS = ("SELECT post.id FROM post JOIN account ON account.id = post.account_id "
          "WHERE account.is_own = 1 AND post.status != :published")


def test_0008_keeps_unpublished_posts_indexed_drops_snapshot_date_index_and_keeps_rows(tmp_path: Path) -> None:
    with store_at(tmp_path, "0007") as (conn, config):
        with conn.begin():
            add_account(conn)
            add_post(conn, 1)
            add_post(conn, 2, status="drafting")
            conn.execute(sa.text("INSERT INTO post_metrics (post_id, captured_on, views) VALUES (1, '2026-03-06', 5)"))
            conn.execute(sa.text(  # an imported account's worth of published posts, so the plan is the real one
                "WITH RECURSIVE n(i) AS (SELECT 3 UNION ALL SELECT i + 1 FROM n WHERE i < 2000) "
                "INSERT INTO post (id, account_id, title, title_key, format, status, scenes, hashtags, aux_channels, "
                "review, created_at, updated_at) SELECT i, 1, 'x' || i, 'x' || i, 'video', 'published', '[]', '[]', "
                "'[]', '{}', '2026-03-01', '2026-03-01' FROM n"))
        with conn.begin():
            command.upgrade(config, "0008")
            conn.execute(sa.text("ANALYZE"))
        found = indexes(conn, "post", "post_metrics")
        assert "ix_post_metrics_captured_on" not in found
        assert (found["ix_post_status"] or "").endswith("WHERE status != 'published'")
        assert "ix_post_published_at" in found
        assert conn.execute(sa.text("SELECT count(*) FROM post_metrics")).scalar_one() == 1
        assert conn.execute(sa.text(DRAFTS), {"published": "published"}).scalars().all() == [2]
        assert "ix_post_status" in plan(conn, "SELECT id FROM post WHERE status != :published", published="published")
        assert "sqlite_autoindex_post_metrics" in plan(
            conn, "SELECT views FROM post_metrics WHERE post_id = 1 AND captured_on <= '2026-03-07' "
                  "ORDER BY captured_on DESC LIMIT 1")
        conn.commit()
        with conn.begin():
            command.downgrade(config, "0007")
        found = indexes(conn, "post", "post_metrics")
        assert "ix_post_metrics_captured_on" in found
        assert "WHERE" not in (found["ix_post_status"] or "")
        assert conn.execute(sa.text("SELECT count(*) FROM post")).scalar_one() == 2000
