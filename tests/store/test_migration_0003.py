"""Revision 0003 (account.archived) adds its column in place: even with foreign keys on, upgrading
a store keeps every day, post and goal of every account (a rebuilt `account` table would cascade)."""

from __future__ import annotations

from pathlib import Path

import sqlalchemy as sa
from alembic import command

from tests.store.migration_steps import add_account, store_at


def test_upgrade_to_0003_with_foreign_keys_on_keeps_every_row(tmp_path: Path) -> None:
    with store_at(tmp_path, "0002") as (conn, config):
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        conn.commit()
        with conn.begin():
            add_account(conn)
            conn.execute(sa.text("INSERT INTO account_daily (account_id, day, followers_total) "
                                 "VALUES (1, '2026-03-01', 1000)"))
        with conn.begin():
            command.upgrade(config, "0003")
        assert conn.execute(sa.text("SELECT count(*) FROM account_daily")).scalar_one() == 1
        assert conn.execute(sa.text("SELECT archived FROM account")).scalar_one() == 0
