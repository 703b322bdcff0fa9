"""Revision 0009 drops the post title-key index no query used (issue 17): upgrading keeps every
post and leaves the account merge's plan on the account index; downgrading restores the index."""

from __future__ import annotations

from pathlib import Path

import sqlalchemy as sa
from alembic import command
from alembic.config import Config

from app.store import schema
from app.store.db import create_store_engine


def _post_indexes(conn: sa.Connection) -> set[str]:
    return set(conn.execute(sa.text(
        "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'post'")).scalars())


def test_0009_drops_the_post_title_key_index_keeps_rows_and_topic_index(tmp_path: Path) -> None:
    engine = create_store_engine(tmp_path / "opsdesk.db")
    config = Config()
    config.set_main_option("script_location", str(schema.VERSIONS_DIR.parent))
    with engine.connect() as conn:
        with conn.begin():
            config.attributes["connection"] = conn
            command.upgrade(config, "0008")
            conn.execute(sa.text("INSERT INTO account (id, platform, name, is_own, created_at, updated_at) "
                                 "VALUES (1, 'douyin', '主号', 1, '2026-03-01', '2026-03-01')"))
            conn.execute(sa.text(
                "INSERT INTO post (id, account_id, title, title_key, format, status, scenes, hashtags, aux_channels, "
                "review, created_at, updated_at) VALUES (1, 1, '一条', '一条', 'video', 'published', '[]', '[]', "
                "'[]', '{}', '2026-03-01', '2026-03-01')"))
        assert "ix_post_title_key" in _post_indexes(conn)
        conn.commit()
        with conn.begin():
            command.upgrade(config, "0009")
        assert "ix_post_title_key" not in _post_indexes(conn)
        assert {"ix_post_account_published", "ix_post_published_at"} <= _post_indexes(conn)
        assert conn.execute(sa.text("SELECT title_key FROM post")).scalars().all() == ["一条"]
        topic_indexes = conn.execute(sa.text(
            "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'topic'")).scalars().all()
        assert "ix_topic_title_key" in topic_indexes
        conn.commit()
        with conn.begin():
            command.downgrade(config, "0008")
        assert "ix_post_title_key" in _post_indexes(conn)
    engine.dispose()
