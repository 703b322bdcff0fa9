"""Accounts: the own ones the welcome sets up, and every later change to an account — add, rename,
merge two into one, archive — each in one transaction, for the GUI and the CLI alike."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

import sqlalchemy as sa

from app.i18n import QT_TRANSLATE_NOOP, UserError
from app.models import Account, Platform, now
from app.models.vocabulary import platform_name
from app.store import Store
from app.store.db import UnitOfWork, upsert
from app.store.sql import to_minute


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
    with store.writing() as uow:
        conn = uow.connection()
        conn.execute(upsert(conn, Account.__table__, ("platform", "name")),  # type: ignore[arg-type]
                     [{"platform": p, "name": n, "is_own": True, "created_at": stamp, "updated_at": stamp}
                      for p, n in clean])
        return [int(conn.execute(sa.text("SELECT id FROM account WHERE platform = :p AND name = :n"),
                                 {"p": p, "n": n}).scalar_one()) for p, n in clean]


#: Longest account name accepted (platform nicknames are far shorter; this catches pasted text).
MAX_NAME = 60


def _clean_name(name: str) -> str:
    clean = " ".join((name or "").split())
    if not clean:
        raise AccountError(QT_TRANSLATE_NOOP("errors", "账号名称不能为空。"))
    if len(clean) > MAX_NAME:
        raise AccountError(QT_TRANSLATE_NOOP("errors", "账号名称太长了（最多 {n} 个字）。"), n=MAX_NAME)
    return clean


def _account(conn: sa.Connection, account_id: int) -> dict[str, Any]:
    row = conn.execute(sa.text("SELECT id, platform, name, is_own, archived FROM account WHERE id = :id"),
                       {"id": account_id}).mappings().first()
    if row is None:
        raise AccountError(QT_TRANSLATE_NOOP("errors", "没有编号为 {id} 的账号。"), id=account_id)
    return {"id": int(row["id"]), "platform": str(row["platform"]), "name": str(row["name"]),
            "is_own": bool(row["is_own"]), "archived": bool(row["archived"])}


def _name_free(conn: sa.Connection, platform: str, name: str, except_id: int | None = None) -> None:
    taken = conn.execute(sa.text("SELECT id FROM account WHERE platform = :p AND name = :n AND id <> :me"),
                         {"p": platform, "n": name, "me": except_id or 0}).first()
    if taken is not None:
        raise AccountError(QT_TRANSLATE_NOOP("errors", "{platform}已经有一个叫「{name}」的账号（编号 {id}）。"
                                                       "如果是同一个账号，请用“合并”把两个合成一个。"),
                           platform=platform_name(platform), name=name, id=int(taken[0]))


def account_list(store: Store, *, include_archived: bool = True) -> list[dict[str, Any]]:
    """Every account with its post count and the span of its data, own ones first: what the
    operator needs to see before renaming, merging or archiving."""
    where = "" if include_archived else "WHERE a.archived = FALSE"
    sql = sa.text(f"""
        SELECT a.id, a.platform, a.name, a.is_own, a.archived,
               (SELECT count(*) FROM post p WHERE p.account_id = a.id) AS posts,
               (SELECT min(day) FROM account_daily d WHERE d.account_id = a.id) AS first_day,
               (SELECT max(day) FROM account_daily d WHERE d.account_id = a.id) AS last_day
        FROM account a {where} ORDER BY a.is_own DESC, a.archived, a.platform, a.id""")
    with store.reading() as uow:
        conn = uow.connection()
        rows = conn.execute(sql).mappings().all()
    return [{"id": int(r["id"]), "platform": str(r["platform"]), "name": str(r["name"]), "is_own": bool(r["is_own"]),
             "archived": bool(r["archived"]), "posts": int(r["posts"]),
             "first_day": None if r["first_day"] is None else dt.date.fromisoformat(str(r["first_day"])[:10]),
             "last_day": None if r["last_day"] is None else dt.date.fromisoformat(str(r["last_day"])[:10])}
            for r in rows]


def own_account_id(store: Store, platform: str | None, account: str | None) -> int | None:
    """The one own account a `--platform` and/or `--account` (name or id) points at; None for neither.

    Refused in plain words when nothing matches or when a platform has several own accounts.
    """
    if platform is None and account is None:
        return None
    sql = "SELECT id, name FROM account WHERE is_own = TRUE"
    params: dict[str, Any] = {}
    if platform is not None:
        sql += " AND platform = :platform"
        params["platform"] = platform
    if account is not None:
        sql += " AND (name = :account OR CAST(id AS TEXT) = :account)"
        params["account"] = account
    with store.reading() as uow:
        rows = uow.connection().execute(sa.text(sql), params).all()
    if len(rows) == 1:
        return int(rows[0][0])
    if not rows:
        raise AccountError(QT_TRANSLATE_NOOP("errors", "找不到符合条件的自有账号（平台 {platform}，账号 {account}）。"),
                           platform=platform or "-", account=account or "-")
    raise AccountError(QT_TRANSLATE_NOOP("errors", "平台 {platform} 有多个自有账号：{names}。请用 --account 指定。"),
                       platform=platform or "-", names="、".join(r[1] for r in rows))


def add_account(store: Store, platform: str, name: str) -> dict[str, Any]:
    """A new own account; refused when the platform already has an account of that name."""
    if platform not in {p.value for p in Platform}:
        raise AccountError(QT_TRANSLATE_NOOP("errors", "没有平台 {platform}。"), platform=platform)
    clean = _clean_name(name)
    stamp = now()
    with store.writing() as uow:
        conn = uow.connection()
        _name_free(conn, platform, clean)
        new_id = conn.execute(sa.text(
            "INSERT INTO account (platform, name, is_own, archived, created_at, updated_at) "
            "VALUES (:p, :n, TRUE, FALSE, :stamp, :stamp) RETURNING id"), {"p": platform, "n": clean, "stamp": stamp}).scalar_one()
        return _account(conn, int(new_id))


def rename_account(store: Store, account_id: int, name: str) -> dict[str, Any]:
    """Give an account a new name (its posts and numbers stay with it); returns it renamed."""
    clean = _clean_name(name)
    with store.writing() as uow:
        conn = uow.connection()
        account = _account(conn, account_id)
        _name_free(conn, account["platform"], clean, except_id=account_id)
        conn.execute(sa.text("UPDATE account SET name = :n, updated_at = :stamp WHERE id = :id"),
                     {"n": clean, "stamp": now(), "id": account_id})
        return _account(conn, account_id)


def set_archived(store: Store, account_id: int, archived: bool) -> dict[str, Any]:
    """Archive (hide from pickers and own-account lists, data kept) or bring an account back."""
    with store.writing() as uow:
        conn = uow.connection()
        _account(conn, account_id)
        conn.execute(sa.text("UPDATE account SET archived = :a, updated_at = :stamp WHERE id = :id"),
                     {"a": archived, "stamp": now(), "id": account_id})
        return _account(conn, account_id)


def _account_tables() -> list[sa.Table]:
    """Every table with an `account_id` pointing at `account` (read from the models, so a table
    added later moves with a merge too)."""
    from sqlmodel import SQLModel  # app.models, imported above, put every table on its metadata

    return sorted((t for t in SQLModel.metadata.tables.values() if "account_id" in t.c
                   and any(fk.column.table.name == "account" for fk in t.c.account_id.foreign_keys)),
                  key=lambda t: t.name)


def _fill_gaps(conn: sa.Connection, table: sa.Table, keys: tuple[str, ...], ids: dict[str, int]) -> int:
    """Where both accounts have a row with the same `keys`, fill the kept row's empty columns from
    the merged one's and drop the merged one; returns how many rows met."""
    name = table.name
    pair = " AND ".join(f"m.{k} = k.{k}" for k in keys) or "1 = 1"
    clashing = f"SELECT m.id FROM {name} m JOIN {name} k ON k.account_id = :into AND {pair} WHERE m.account_id = :from"
    met = int(conn.execute(sa.text(f"SELECT count(*) FROM ({clashing}) AS c"), ids).scalar_one())
    if not met:
        return 0
    same_key = "".join(f" AND m.{k} = {name}.{k}" for k in keys)
    sets = ", ".join(f"{c} = coalesce({c}, (SELECT m.{c} FROM {name} m WHERE m.account_id = :from{same_key}))"
                     for c in (col.name for col in table.c) if c not in {"id", "account_id", *keys})
    if sets:
        conn.execute(sa.text(f"UPDATE {name} SET {sets} WHERE account_id = :into"), ids)
    conn.execute(sa.text(f"DELETE FROM {name} WHERE id IN ({clashing})"), ids)
    return met


def _same_works(uow: UnitOfWork, ids: dict[str, int]) -> list[dict[str, Any]]:
    """Posts of the merged account that look like a post already in the kept one: the same
    platform id, or the same title published at the same minute. They are kept as two posts."""
    minute = {side: uow.sql(to_minute(f"{side}.published_at")) for side in "fk"}
    rows = uow.connection().execute(sa.text(f"""
        SELECT f.id AS post_id, k.id AS kept_id, f.title AS title, f.external_id = k.external_id AS same_id
        FROM post f JOIN post k ON k.account_id = :into
         AND (f.external_id = k.external_id
              OR (f.title_key = k.title_key AND f.title_key != '' AND {minute["f"]} = {minute["k"]}))
        WHERE f.account_id = :from ORDER BY f.id"""), ids).mappings().all()
    seen: set[int] = set()
    pairs = []
    for r in rows:
        if int(r["post_id"]) not in seen:
            seen.add(int(r["post_id"]))
            pairs.append({"post_id": int(r["post_id"]), "kept_id": int(r["kept_id"]), "title": str(r["title"]),
                          "same_platform_id": bool(r["same_id"])})
    return pairs


def _mergeable(source: dict[str, Any], target: dict[str, Any]) -> None:
    if source["platform"] != target["platform"]:
        raise AccountError(QT_TRANSLATE_NOOP("errors", "「{a}」在{pa}，「{b}」在{pb}：不同平台的账号不能合并。"),
                           a=source["name"], pa=platform_name(source["platform"]),
                           b=target["name"], pb=platform_name(target["platform"]))
    if source["is_own"] != target["is_own"]:
        raise AccountError(QT_TRANSLATE_NOOP("errors", "「{a}」和「{b}」一个是自己的账号、一个是对标账号，不能合并。"),
                           a=source["name"], b=target["name"])


def merge_accounts(store: Store, from_id: int, into_id: int) -> dict[str, Any]:
    """Move everything of account `from_id` to `into_id` and delete `from_id`, in one transaction.

    Both must be on one platform and both own or both benchmark accounts. Where both accounts hold
    a row for the same key — a day of `account_daily`, a month's goal for a metric, a benchmark
    profile — the kept account's row stays and only its empty columns are filled from the merged
    one (never summed: two accounts of the same platform merged are one account counted twice, so
    a sum would double its followers). Posts are never merged into one another: a work found in
    both accounts stays as two posts, listed in `same_work` (the moved copy gives up its platform
    id, which the kept post still carries, so later imports update the kept one). A backup is
    taken first (a merge deletes `from_id`), once the two accounts are known to be mergeable.
    """
    if from_id == into_id:
        raise AccountError(QT_TRANSLATE_NOOP("errors", "不能把账号合并到它自己。"))
    ids = {"from": from_id, "into": into_id}
    with store.reading() as uow:
        conn = uow.connection()
        _mergeable(_account(conn, from_id), _account(conn, into_id))
    store.backup(reason="before-merge")
    with store.writing() as uow:
        conn = uow.connection()
        source, target = _account(conn, from_id), _account(conn, into_id)
        _mergeable(source, target)
        same_work = _same_works(uow, ids)
        clashing = [p["post_id"] for p in same_work if p["same_platform_id"]]
        if clashing:
            conn.execute(sa.text("UPDATE post SET external_id = NULL WHERE id IN :ids").bindparams(
                sa.bindparam("ids", expanding=True)), {"ids": clashing})
        combined = {"account_daily": _fill_gaps(conn, _table("account_daily"), ("day",), ids),
                    "goal": _fill_gaps(conn, _table("goal"), ("month", "metric"), ids),
                    "competitor": _fill_gaps(conn, _table("competitor"), (), ids)}
        moved = {}
        for table in _account_tables():
            moved[table.name] = conn.execute(sa.text(f"UPDATE {table.name} SET account_id = :into "
                                                     "WHERE account_id = :from"), ids).rowcount
        conn.execute(sa.text("DELETE FROM account WHERE id = :from"), ids)
        conn.execute(sa.text("UPDATE account SET updated_at = :stamp WHERE id = :into"), {**ids, "stamp": now()})
        return {"from": source, "into": _account(conn, into_id), "moved": moved, "combined": combined,
                "same_work": same_work}


def _table(name: str) -> sa.Table:
    return next(t for t in _account_tables() if t.name == name)
