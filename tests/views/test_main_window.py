"""The main window and its tabs on a small store: order, data, empty states, routing, backups."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox, QTableView

from app.store import Store
from app.store.backup import list_backups
from app.views.base import EmptyState
from app.views.context import DataSignals, ViewContext
from app.views.main_window import MainWindow
from app.views.tasks import TaskRunner
from tests.views.conftest import make_ctx

TAB_ORDER = [
    ("calendarTab", "日历"),
    ("topicsTab", "选题库"),
    ("draftsTab", "草稿"),
    ("communityTab", "用户与社群"),
    ("chartsTab", "图表"),
    ("campaignsTab", "活动"),
    ("reviewTab", "复盘"),
]


@pytest.fixture
def window(ctx: ViewContext, qtbot: object) -> MainWindow:
    win = MainWindow(ctx)
    qtbot.addWidget(win)  # type: ignore[attr-defined]
    win.resize(1400, 900)
    win.show()
    return win


def visit_all(win: MainWindow) -> None:
    for i in range(win.tabs.count()):
        win.tabs.setCurrentIndex(i)


def empty_states(win: MainWindow, name: str) -> list[EmptyState]:
    return [s for s in win.tab_by_name[name].findChildren(EmptyState) if s.isVisibleTo(win)]


def topic_count(store: Store) -> int:
    with store.engine.connect() as conn:
        return int(conn.exec_driver_sql("SELECT count(*) FROM topic").scalar_one())


def test_tabs_in_order_with_object_names(window: MainWindow) -> None:
    assert [(window.tabs.widget(i).objectName(), window.tabs.tabText(i)) for i in range(7)] == TAB_ORDER


def test_every_tab_shows_data_not_an_empty_state(window: MainWindow) -> None:
    visit_all(window)
    for name, _title in TAB_ORDER:
        window.tabs.setCurrentWidget(window.tab_by_name[name])
        assert not any(s.isEmpty() for s in empty_states(window, name)), name
        tables = [t for t in window.tab_by_name[name].findChildren(QTableView)
                  if t.isVisibleTo(window) and t.model() is not None]
        assert all(t.model().rowCount() > 0 for t in tables), name


def test_empty_store_says_what_to_do(store: Store, qtbot: object) -> None:
    win = MainWindow(make_ctx(store))
    qtbot.addWidget(win)  # type: ignore[attr-defined]
    win.show()
    for name, _title in TAB_ORDER:
        win.tabs.setCurrentWidget(win.tab_by_name[name])
        hints = [label.text() for label in win.tab_by_name[name].findChildren(QLabel)
                 if label.isVisibleTo(win) and "—" in label.text()]
        assert hints, f"{name} shows no hint of what to do"


def test_hidden_tabs_refresh_on_show_only(window: MainWindow) -> None:
    campaigns = window.tab_by_name["campaignsTab"]
    calls: list[str] = []
    original = campaigns.refresh
    campaigns.refresh = lambda: (calls.append("refresh"), original())  # type: ignore[method-assign]
    window.tabs.setCurrentWidget(window.tab_by_name["calendarTab"])
    window.ctx.signals.notify("campaign")
    assert calls == []
    window.tabs.setCurrentWidget(campaigns)
    assert calls == ["refresh"]
    window.ctx.signals.notify("campaign")  # visible: at once
    assert calls == ["refresh", "refresh"]


def test_open_item_routes_to_the_owning_tab(window: MainWindow) -> None:
    window.open_item("member", 7)
    assert window.tabs.currentWidget().objectName() == "communityTab"
    window.open_item("campaign", 1)
    assert window.tabs.currentWidget().objectName() == "campaignsTab"
    window.open_item("post", 3)
    assert window.tabs.currentWidget().objectName() == "draftsTab"


def test_geometry_and_last_tab_remembered(window: MainWindow, ctx: ViewContext, qtbot: object) -> None:
    window.tabs.setCurrentWidget(window.tab_by_name["campaignsTab"])
    window.save_state(QSettings())
    again = MainWindow(ctx)
    qtbot.addWidget(again)  # type: ignore[attr-defined]
    again.restore_state(QSettings())
    assert again.tabs.currentWidget().objectName() == "campaignsTab"


def test_a_new_data_folder_opens_on_the_first_tab(window: MainWindow, tmp_path: Path, qtbot: object) -> None:
    """Issue 16: a new data folder opened on the tab another folder was left on."""
    window.tabs.setCurrentWidget(window.tab_by_name["campaignsTab"])
    window.save_state(QSettings())
    other = Store.open(tmp_path / "another folder")
    try:
        fresh = MainWindow(make_ctx(other))
        qtbot.addWidget(fresh)  # type: ignore[attr-defined]
        fresh.restore_state(QSettings())
        assert fresh.tabs.currentIndex() == 0
    finally:
        other.close()


def test_backup_now_and_restore(window: MainWindow, seeded_store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    assert "还没有备份" in window.backup_label.text()
    window.backup_now()
    backups = list_backups(seeded_store.data_dir)
    assert len(backups) == 1
    assert "上次备份" in window.backup_label.text()

    with seeded_store.writing() as session:
        from app.models import Topic

        session.add(Topic(title="备份之后加的"))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(backups[0]), ""))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    assert topic_count(seeded_store) == 4
    changed: list[set[str]] = []
    window.ctx.signals.dataChanged.connect(changed.append)
    window.restore_backup()
    assert topic_count(seeded_store) == 3
    assert changed == [{"*"}]  # every tab is told to reload


def test_restore_refuses_a_bad_file_and_keeps_data(window: MainWindow, tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    bad = tmp_path / "not-a-backup.db"
    bad.write_bytes(b"hello")
    warnings: list[str] = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(bad), ""))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: warnings.append(text))
    window.restore_backup()
    assert warnings and "没有恢复" in warnings[0]
    assert topic_count(window.ctx.store) == 3


def test_sync_folder_warning_banner(tmp_path: Path, qtbot: object) -> None:
    with Store.open(tmp_path / "OneDrive" / "OpsDesk") as synced:
        win = MainWindow(make_ctx(synced))
        qtbot.addWidget(win)  # type: ignore[attr-defined]
        win.show()
        assert win.banner.isVisible()
        assert "OneDrive" in win.banner.text()


def test_built_menu_entries_are_enabled(window: MainWindow) -> None:
    assert window.actions["import"].isEnabled() and window.actions["export"].isEnabled()
    assert window.actions["import_history"].isEnabled()
    assert window.actions["backup"].isEnabled()
    assert window.actions["restore"].isEnabled()


def test_a_deferred_window_paints_first_then_builds_its_tabs(ctx: ViewContext, qtbot: object) -> None:
    win = MainWindow(ctx, deferred=True)
    qtbot.addWidget(win)  # type: ignore[attr-defined]
    settings = QSettings()
    settings.setValue("mainWindow/tab", "campaignsTab")
    settings.setValue("mainWindow/tabFolder", str(Path(ctx.store.data_dir).resolve()))
    win.restore_state(settings)
    assert win.tabs.count() == 0 and not win.actions
    with qtbot.waitSignal(win.contentReady, timeout=10_000):  # type: ignore[attr-defined]
        win.show()
    assert [(win.tabs.widget(i).objectName(), win.tabs.tabText(i)) for i in range(7)] == TAB_ORDER
    assert win.tabs.currentWidget().objectName() == "campaignsTab"
    assert win.actions["import"].isEnabled()
    review = win.tab("reviewTab")  # asked for before its turn: built at once, in its place
    assert win.tabs.widget(6) is review and win.tabs.currentWidget() is win.tab_by_name["campaignsTab"]
    qtbot.waitUntil(lambda: len(win.tab_by_name) == 7, timeout=20_000)  # type: ignore[attr-defined]
    assert [win.tabs.widget(i) for i in range(7)] == [win.tab_by_name[name] for name, _title in TAB_ORDER]


def test_a_deferred_window_paints_its_first_tab_with_data_before_background_work_and_other_tabs(
        seeded_store: Store, qtbot: object, monkeypatch: pytest.MonkeyPatch) -> None:
    from app.views.calendar_tab import tab as calendar_module

    monkeypatch.setattr(calendar_module, "_WARM_YEARS", set())  # this process has not computed hot dates yet
    ctx = ViewContext(seeded_store, TaskRunner(), DataSignals())
    win = MainWindow(ctx, deferred=True)
    qtbot.addWidget(win)  # type: ignore[attr-defined]
    events: list[str] = []
    at_paint: dict[str, object] = {}

    def painted() -> None:
        events.append("first tab painted")
        calendar = win.tab_by_name["calendarTab"]
        at_paint["tabs built"] = sorted(win.tab_by_name)
        at_paint["posts shown"] = len(calendar.visible_posts())  # type: ignore[attr-defined]
        at_paint["hot dates"] = calendar.upcoming_list.item(0).text()  # type: ignore[attr-defined]

    # work started while the first tab is built (as the calendar's hot dates and the alert count are)
    win.contentReady.connect(lambda: ctx.tasks.run(events.append, "background work"))
    win.firstTabPainted.connect(painted)
    win.resize(1400, 900)
    with qtbot.waitSignal(win.firstTabPainted, timeout=10_000):  # type: ignore[attr-defined]
        win.show()
    assert at_paint["tabs built"] == ["calendarTab"]
    assert at_paint["posts shown"] > 0  # type: ignore[operator]
    assert at_paint["hot dates"] == "正在加载热点…"  # their worker had not started
    qtbot.waitUntil(lambda: len(win.tab_by_name) == 7, timeout=20_000)  # type: ignore[attr-defined]
    ctx.tasks.wait()
    assert events == ["first tab painted", "background work"]
    qtbot.waitUntil(  # type: ignore[attr-defined]
        lambda: win.tab_by_name["calendarTab"].upcoming_list.item(0).text() != "正在加载热点…")  # type: ignore[attr-defined]
    ctx.tasks.shutdown()


def test_a_deferred_window_hidden_before_its_first_tab_paints_still_goes_on(ctx: ViewContext, qtbot: object) -> None:
    win = MainWindow(ctx, deferred=True)
    qtbot.addWidget(win)  # type: ignore[attr-defined]
    ran: list[str] = []
    win.contentReady.connect(lambda: (ctx.tasks.run(ran.append, "held work"), win.hide()))  # minimised at once
    with qtbot.waitSignal(win.contentReady, timeout=10_000):  # type: ignore[attr-defined]
        win.show()
    assert ran == []
    with qtbot.waitSignal(win.firstTabPainted, timeout=5_000):  # type: ignore[attr-defined]
        pass  # after MainWindow.FIRST_TAB_PAINT_WAIT_MS without a paint
    assert ran == ["held work"]
    qtbot.waitUntil(lambda: len(win.tab_by_name) == 7, timeout=20_000)  # type: ignore[attr-defined]


def test_a_first_tab_that_fails_to_build_holds_no_background_work(ctx: ViewContext, qtbot: object,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    from app.views.calendar_tab import tab as calendar_module

    ran: list[str] = []

    def failing_refresh(_tab: object) -> None:
        ctx.tasks.run(ran.append, "held work")
        raise RuntimeError("a bug in the first tab")

    monkeypatch.setattr(calendar_module.CalendarTab, "refresh", failing_refresh)
    win = MainWindow(ctx, deferred=True)
    qtbot.addWidget(win)  # type: ignore[attr-defined]
    with (qtbot.capture_exceptions() as exceptions,  # type: ignore[attr-defined]
          qtbot.waitSignal(win.firstTabPainted, timeout=10_000)):  # type: ignore[attr-defined]
        win.show()
    assert len(exceptions) == 1 and "a bug in the first tab" in str(exceptions[0][1])
    assert ran == ["held work"]
