"""Revision 0008 trims two more indexes an import writes for every post and snapshot (issue 17):
the status index keeps only unpublished posts (what the drafts list and the reminders ask for) and
the snapshot-date index goes (every date lookup names the post too). Upgrading keeps every row and
the lookups indexed; downgrading restores both indexes."""

from __future__ import annotations

from pathlib import Path

import sqlalchemy as sa
from alembic import command
from alembic.config import Config

from app.store import schema
from app.store.db import create_store_engine

DRAFTS = ("SELECT post.id FROM post JOIN account ON account.id = post.account_id "
          "WHERE account.is_own = 1 AND post.status != :published")


def _indexes(conn: sa.Connection) -> dict[str, str | None]:
    return dict(conn.execute(sa.text(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name IN ('post', 'post_metrics')")).all())


def _plan(conn: sa.Connection, query: str, **params: object) -> str:
    return " ".join(str(row[-1]) for row in conn.execute(sa.text("EXPLAIN QUERY PLAN " + query), params))


def test_0008_keeps_unpublished_posts_indexed_drops_snapshot_date_index_and_keeps_rows(tmp_path: Path) -> None:
    engine = create_store_engine(tmp_path / "opsdesk.db")
    config = Config()
    config.set_main_option("script_location", str(schema.VERSIONS_DIR.parent))
    with engine.connect() as conn:
        with conn.begin():
            config.attributes["connection"] = conn
            command.upgrade(config, "0007")
            conn.execute(sa.text("INSERT INTO account (id, platform, name, is_own, created_at, updated_at) "
                                 "VALUES (1, 'douyin', '主号', 1, '2026-03-01', '2026-03-01')"))
            for post_id, status in ((1, "published"), (2, "drafting")):
                conn.execute(sa.text(
                    "INSERT INTO post (id, account_id, title, title_key, format, status, scenes, hashtags, "
                    "aux_channels, review, created_at, updated_at) VALUES (:id, 1, '一', '一', 'video', :status, "
                    "'[]', '[]', '[]', '{}', '2026-03-01', '2026-03-01')"), {"id": post_id, "status": status})
            conn.execute(sa.text("INSERT INTO post_metrics (post_id, captured_on, views) VALUES (1, '2026-03-06', 5)"))
            conn.execute(sa.text(  # an imported account's worth of published posts, so the plan is the real one
                "WITH RECURSIVE n(i) AS (SELECT 3 UNION ALL SELECT i + 1 FROM n WHERE i < 2000) "
                "INSERT INTO post (id, account_id, title, title_key, format, status, scenes, hashtags, aux_channels, "
                "review, created_at, updated_at) SELECT i, 1, 'x' || i, 'x' || i, 'video', 'published', '[]', '[]', "
                "'[]', '{}', '2026-03-01', '2026-03-01' FROM n"))
        with conn.begin():
            command.upgrade(config, "0008")
            conn.execute(sa.text("ANALYZE"))
        indexes = _indexes(conn)
        assert "ix_post_metrics_captured_on" not in indexes
        assert (indexes["ix_post_status"] or "").endswith("WHERE status != 'published'")
        assert "ix_post_published_at" in indexes
        assert conn.execute(sa.text("SELECT count(*) FROM post_metrics")).scalar_one() == 1
        assert conn.execute(sa.text(DRAFTS), {"published": "published"}).scalars().all() == [2]
        assert "ix_post_status" in _plan(conn, "SELECT id FROM post WHERE status != :published", published="published")
        assert "sqlite_autoindex_post_metrics" in _plan(
            conn, "SELECT views FROM post_metrics WHERE post_id = 1 AND captured_on <= '2026-03-07' "
                  "ORDER BY captured_on DESC LIMIT 1")
        conn.commit()
        with conn.begin():
            command.downgrade(config, "0007")
        indexes = _indexes(conn)
        assert "ix_post_metrics_captured_on" in indexes
        assert "WHERE" not in (indexes["ix_post_status"] or "")
        assert conn.execute(sa.text("SELECT count(*) FROM post")).scalar_one() == 2000
    engine.dispose()
