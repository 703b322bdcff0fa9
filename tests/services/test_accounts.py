"""Accounts: the welcome's own accounts; add, rename, merge two into one, archive (issue 16 item 9)."""

from __future__ import annotations

import datetime as dt

import pytest
import sqlalchemy as sa

from app.services.accounts import (
    AccountError,
    account_list,
    add_account,
    add_own_accounts,
    merge_accounts,
    own_account_id,
    rename_account,
    set_archived,
)
from app.store import Store
from app.store.paths import backups_dir

#: Run on the local SQLite store and on a PostgreSQL team store (issue 21).
pytestmark = pytest.mark.both_engines


def own_accounts(store: Store) -> list[tuple[str, str]]:
    with store.engine.connect() as conn:
        rows = conn.execute(sa.text("SELECT platform, name FROM account WHERE is_own = TRUE ORDER BY id")).all()
    return [(str(p), str(n)) for p, n in rows]


def test_add_own_accounts_is_idempotent_and_checks_platforms(store: Store) -> None:
    first = add_own_accounts(store, [("wechat", "A"), ("douyin", "A"), ("wechat", " "), ("wechat", "A")])
    assert len(first) == 2
    assert add_own_accounts(store, [("douyin", "A")]) == [first[1]]
    with pytest.raises(AccountError):
        add_own_accounts(store, [("myspace", "A")])
    assert len(own_accounts(store)) == 2


def _two_douyin_accounts(store: Store) -> tuple[int, int]:
    """「主号」 and a duplicate 「主号2」 on Douyin, each with posts, days, goals, a boost and a profile."""
    from app.models import Account, AccountDaily, Goal, Post, Promotion

    day = dt.date(2026, 3, 1)
    with store.writing() as s:
        keep, dup = Account(platform="douyin", name="主号"), Account(platform="douyin", name="主号2")
        s.add_all([keep, dup])
        s.flush()
        assert keep.id is not None and dup.id is not None
        s.add_all([
            Post(account_id=keep.id, title="作品甲", title_key="作品甲", external_id="v1",
                 published_at=dt.datetime(2026, 3, 1, 18, 0)),
            Post(account_id=dup.id, title="作品乙", title_key="作品乙", external_id="v2",
                 published_at=dt.datetime(2026, 3, 1, 18, 1)),
            Post(account_id=dup.id, title="作品甲（重复导入）", title_key="作品甲重复导入", external_id="v1",
                 published_at=dt.datetime(2026, 3, 1, 18, 0)),
            AccountDaily(account_id=keep.id, day=day, followers_total=1000, new_follows=None),
            AccountDaily(account_id=dup.id, day=day, followers_total=999, new_follows=12),
            AccountDaily(account_id=dup.id, day=day + dt.timedelta(days=1), followers_total=1010),
            Goal(month="2026-03", account_id=keep.id, metric="followers", target=500),
            Goal(month="2026-03", account_id=dup.id, metric="followers", target=800),
            Goal(month="2026-03", account_id=dup.id, metric="views", target=9000),
            Promotion(account_id=dup.id, name="Dou+ 加热"),
        ])
        return int(keep.id), int(dup.id)


def _count(store: Store, sql: str, **params: object) -> int:
    with store.engine.connect() as conn:
        return int(conn.execute(sa.text(sql), params).scalar_one())


def test_merge_moves_everything_and_keeps_two_works_apart(store: Store) -> None:
    keep, dup = _two_douyin_accounts(store)
    report = merge_accounts(store, dup, keep)
    assert _count(store, "SELECT count(*) FROM account WHERE id = :id", id=dup) == 0
    # every post of both accounts is in the kept one; the same work twice stays two posts
    titles = {t for (t,) in store.engine.connect().execute(
        sa.text("SELECT title FROM post WHERE account_id = :id"), {"id": keep})}
    assert titles == {"作品甲", "作品乙", "作品甲（重复导入）"}
    assert [(p["title"], p["same_platform_id"]) for p in report["same_work"]] == [("作品甲（重复导入）", True)]
    assert _count(store, "SELECT count(*) FROM post WHERE external_id = 'v1'") == 1  # imports update the kept one
    # the day both had: the kept account's numbers, its gaps filled — never summed
    with store.engine.connect() as conn:
        days = conn.execute(sa.text("SELECT day, followers_total, new_follows FROM account_daily "
                                    "WHERE account_id = :id ORDER BY day"), {"id": keep}).all()
        goals = dict(conn.execute(sa.text("SELECT metric, target FROM goal WHERE account_id = :id"), {"id": keep}).all())
    assert [(str(d)[:10], f, n) for d, f, n in days] == [("2026-03-01", 1000, 12), ("2026-03-02", 1010, None)]
    assert goals == {"followers": 500, "views": 9000}
    assert _count(store, "SELECT count(*) FROM promotion WHERE account_id = :id", id=keep) == 1
    assert report["combined"]["account_daily"] == 1 and report["combined"]["goal"] == 1
    assert report["moved"]["post"] == 2
    assert [p.name for p in backups_dir(store.data_dir).iterdir() if "before-merge" in p.name]


def test_merge_refuses_other_platforms_and_own_with_benchmark(store: Store) -> None:
    own_douyin, own_wechat = add_own_accounts(store, [("douyin", "A"), ("wechat", "A")])
    from app.models import Account

    with store.writing() as s:
        rival = Account(platform="douyin", name="同行", is_own=False)
        s.add(rival)
        s.flush()
        rival_id = int(rival.id or 0)
    with pytest.raises(AccountError, match="不同平台"):
        merge_accounts(store, own_wechat, own_douyin)
    with pytest.raises(AccountError, match="对标账号"):
        merge_accounts(store, rival_id, own_douyin)
    with pytest.raises(AccountError, match="没有编号为 999"):
        merge_accounts(store, 999, own_douyin)
    assert _count(store, "SELECT count(*) FROM account") == 3


def test_rename_refuses_blank_and_taken_names(store: Store) -> None:
    a, b = add_own_accounts(store, [("douyin", "旧名"), ("douyin", "另一个")])
    assert rename_account(store, a, "  新名 ")["name"] == "新名"
    with pytest.raises(AccountError, match="已经有一个叫「另一个」"):
        rename_account(store, a, "另一个")
    with pytest.raises(AccountError, match="不能为空"):
        rename_account(store, b, "   ")
    assert [(p, n) for p, n in own_accounts(store)] == [("douyin", "新名"), ("douyin", "另一个")]


def test_archive_hides_from_pickers_and_keeps_data(store: Store) -> None:
    from app.services.calendar import own_accounts as picker_accounts

    keep, dup = _two_douyin_accounts(store)
    assert set_archived(store, dup, True)["archived"] is True
    assert [a.id for a in picker_accounts(store)] == [keep]
    assert [a["id"] for a in account_list(store, include_archived=False)] == [keep]
    assert {a["id"]: a["archived"] for a in account_list(store)} == {keep: False, dup: True}
    assert _count(store, "SELECT count(*) FROM post WHERE account_id = :id", id=dup) == 2
    set_archived(store, dup, False)
    assert [a.id for a in picker_accounts(store)] == [keep, dup]


def test_add_account_refuses_a_name_a_benchmark_has(store: Store) -> None:
    from app.services.competitors import add_competitor

    rival = add_competitor(store, "douyin", "同行")
    with pytest.raises(AccountError, match="已经有一个叫「同行」"):
        add_account(store, "douyin", "同行")
    added = add_account(store, "douyin", " 我的 号 ")
    assert added["name"] == "我的 号" and added["is_own"] and added["id"] != rival


def test_own_account_id_finds_one_account_by_platform_name_or_id(store: Store) -> None:
    douyin, first, second = add_own_accounts(store, [("douyin", "抖音号"), ("wechat", "号一"), ("wechat", "号二")])
    assert own_account_id(store, None, None) is None
    assert own_account_id(store, "douyin", None) == douyin
    assert own_account_id(store, "wechat", "号二") == second
    assert own_account_id(store, None, str(first)) == first
    with pytest.raises(AccountError, match="号一、号二"):
        own_account_id(store, "wechat", None)
    with pytest.raises(AccountError, match="找不到"):
        own_account_id(store, "weibo", None)
