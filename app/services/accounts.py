"""The operator's own accounts (platform + name), as the first-run welcome sets them up."""

from __future__ import annotations

from collections.abc import Iterable

import sqlalchemy as sa

from app.i18n import QT_TRANSLATE_NOOP, UserError
from app.models import Platform, now
from app.store import Store, write_lock


class AccountError(UserError):
    pass


def add_own_accounts(store: Store, accounts: Iterable[tuple[str, str]]) -> list[int]:
    """Create own accounts from (platform code, name) pairs in one transaction; returns their ids.

    Blank names are skipped; an account that already exists (same platform and name) is kept as it
    is and its id returned, so running the welcome twice creates nothing twice.
    """
    known = {p.value for p in Platform}
    clean: list[tuple[str, str]] = []
    for platform, name in accounts:
        name = (name or "").strip()
        if not name:
            continue
        if platform not in known:
            raise AccountError(QT_TRANSLATE_NOOP("errors", "没有平台 {platform}。"), platform=platform)
        if (platform, name) not in clean:
            clean.append((platform, name))
    if not clean:
        return []
    stamp = now()
    with write_lock(), store.engine.begin() as conn:
        conn.execute(sa.text(
            "INSERT INTO account (platform, name, is_own, created_at, updated_at) "
            "VALUES (:platform, :name, 1, :stamp, :stamp) ON CONFLICT (platform, name) DO NOTHING"),
            [{"platform": p, "name": n, "stamp": stamp} for p, n in clean])
        return [int(conn.execute(sa.text("SELECT id FROM account WHERE platform = :p AND name = :n"),
                                 {"p": p, "n": n}).scalar_one()) for p, n in clean]
