"""Revision 0009 drops the post title-key index no query used (issue 17): upgrading keeps every
post and the topics' title-key index; downgrading restores the post one."""

from __future__ import annotations

from pathlib import Path

import sqlalchemy as sa
from alembic import command

from tests.store.migration_steps import add_account, add_post, indexes, store_at


def test_0009_drops_the_post_title_key_index_keeps_rows_and_topic_index(tmp_path: Path) -> None:
    with store_at(tmp_path, "0008") as (conn, config):
        with conn.begin():
            add_account(conn)
            add_post(conn, 1, title="一条")
            assert "ix_post_title_key" in indexes(conn, "post")
        with conn.begin():
            command.upgrade(config, "0009")
            after = indexes(conn, "post", "topic")
            assert "ix_post_title_key" not in after and "ix_topic_title_key" in after
            assert {"ix_post_account_published", "ix_post_published_at"} <= set(after)
            assert conn.execute(sa.text("SELECT title_key FROM post")).scalars().all() == ["一条"]
        with conn.begin():
            command.downgrade(config, "0008")
            assert "ix_post_title_key" in indexes(conn, "post")
