"""Own accounts from the welcome: created once, blank names skipped, unknown platforms refused."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from app.services.accounts import AccountError, add_own_accounts
from app.store import Store


def own_accounts(store: Store) -> list[tuple[str, str]]:
    with store.engine.connect() as conn:
        rows = conn.execute(sa.text("SELECT platform, name FROM account WHERE is_own = 1 ORDER BY id")).all()
    return [(str(p), str(n)) for p, n in rows]


def test_add_own_accounts_is_idempotent_and_checks_platforms(store: Store) -> None:
    first = add_own_accounts(store, [("wechat", "A"), ("douyin", "A"), ("wechat", " "), ("wechat", "A")])
    assert len(first) == 2
    assert add_own_accounts(store, [("douyin", "A")]) == [first[1]]
    with pytest.raises(AccountError):
        add_own_accounts(store, [("myspace", "A")])
    assert len(own_accounts(store)) == 2
