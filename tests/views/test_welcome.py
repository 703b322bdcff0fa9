"""The first-run welcome: it creates the operator's accounts, loads demo data only when asked, and
the app shows it only on an interactive start with an empty store."""

from __future__ import annotations

from typing import Any

import pytest
import sqlalchemy as sa
from PySide6.QtWidgets import QDialog

from app.services.accounts import add_own_accounts
from app.store import Store
from app.views.main_window import MainWindow
from app.views.welcome import WelcomeDialog, offer_welcome
from tests.views.conftest import make_ctx


def own_accounts(store: Store) -> list[tuple[str, str]]:
    with store.engine.connect() as conn:
        rows = conn.execute(sa.text("SELECT platform, name FROM account WHERE is_own = 1 ORDER BY id")).all()
    return [(str(p), str(n)) for p, n in rows]


@pytest.fixture
def window(store: Store, qtbot: Any) -> MainWindow:
    win = MainWindow(make_ctx(store))
    qtbot.addWidget(win)
    return win


def fill_and_accept(rows: list[tuple[int, str, str]], demo: bool) -> Any:
    def run(self: WelcomeDialog) -> int:
        for row, platform, name in rows:
            if row >= self.table.rowCount():
                self.add_row(platform)
            self.set_row(row, platform, name)
        (self.demo if demo else self.empty).setChecked(True)
        self.accept()
        return int(QDialog.DialogCode.Accepted)

    return run


def test_dialog_starts_with_three_platforms_and_reads_named_rows(qtbot: Any) -> None:
    dialog = WelcomeDialog()
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 3 and dialog.accounts() == []
    assert dialog.demo.isChecked() and dialog.wants_demo()  # demo data by default: something to see at once
    dialog.set_row(1, "douyin", "  肌理研究所 ")
    dialog.add_row("bilibili", "肌理实验室")
    assert dialog.accounts() == [("douyin", "肌理研究所"), ("bilibili", "肌理实验室")]


def test_welcome_creates_the_accounts_and_starts_empty(window: MainWindow, store: Store,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(WelcomeDialog, "exec", fill_and_accept(
        [(0, "wechat", "肌理研究所"), (2, "xiaohongshu", "肌理小研"), (3, "weibo", "肌理研究所官博")], demo=False))
    called: list[object] = []
    monkeypatch.setattr("app.services.demo.fill_demo", lambda *a, **k: called.append(a) or {})
    seen: list[set[str]] = []
    window.ctx.signals.dataChanged.connect(seen.append)
    assert offer_welcome(window)
    assert own_accounts(store) == [("wechat", "肌理研究所"), ("xiaohongshu", "肌理小研"), ("weibo", "肌理研究所官博")]
    assert called == [] and seen == [{"*"}]
    assert not store.is_empty()
    drafts = window.tab_by_name["draftsTab"]
    drafts.refresh()
    assert sorted(drafts.pages) == ["wechat", "weibo", "xiaohongshu"]  # type: ignore[attr-defined]


def test_welcome_with_demo_loads_demo_then_adds_the_accounts(window: MainWindow, store: Store,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(WelcomeDialog, "exec", fill_and_accept([(1, "douyin", "我的抖音号")], demo=True))
    assert offer_welcome(window)
    accounts = own_accounts(store)
    assert ("douyin", "我的抖音号") in accounts and len(accounts) > 1  # the demo brand's accounts too
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM topic").scalar_one() > 10


def test_later_creates_nothing(window: MainWindow, store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(WelcomeDialog, "exec", lambda _self: int(QDialog.DialogCode.Rejected))
    assert not offer_welcome(window)
    assert store.is_empty()


def test_the_app_offers_the_welcome_only_on_an_interactive_empty_start(window: MainWindow, store: Store,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    import app.gui as gui

    offered: list[object] = []
    monkeypatch.setattr("app.views.welcome.offer_welcome", offered.append)
    monkeypatch.setattr("app.views.reminders.start_reminders", lambda _w: None)
    monkeypatch.setattr(window.watch, "after_start", lambda: None)
    gui._after_start(window, store)
    assert offered == [window]
    add_own_accounts(store, [("wechat", "A")])
    gui._after_start(window, store)
    assert offered == [window]


def test_demo_runs_on_the_typed_accounts_without_doubling_them(window: MainWindow, store: Store,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    """Typed 公众号 and 抖音, chose demo: the demo's posts and numbers land on those two accounts;
    only the platforms left empty (小红书, 视频号) get the demo brand's account — never two own
    accounts on one platform."""
    monkeypatch.setattr(WelcomeDialog, "exec", fill_and_accept(
        [(0, "wechat", "我的公众号"), (1, "douyin", "我的抖音号")], demo=True))
    assert offer_welcome(window)
    accounts = own_accounts(store)
    platforms = [p for p, _ in accounts]
    assert len(platforms) == len(set(platforms)) == 4
    assert ("wechat", "我的公众号") in accounts and ("douyin", "我的抖音号") in accounts
    with store.engine.connect() as conn:
        posts = dict(conn.execute(sa.text(
            "SELECT a.name, count(p.id) FROM account a LEFT JOIN post p ON p.account_id = a.id "
            "WHERE a.is_own = 1 AND a.platform IN ('wechat', 'douyin') GROUP BY a.id")).all())
    assert posts["我的公众号"] > 10 and posts["我的抖音号"] > 10
