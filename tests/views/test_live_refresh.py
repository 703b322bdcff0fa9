"""Live refresh on a team store (issue 21): two stores on one PostgreSQL server, as two operators'
windows — a topic saved in one appears in the other's 选题库 within 5 s, and saving a stale copy
asks before overwriting. On the local store nothing listens."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from app.services import team, topics
from app.store import Store
from app.views.main_window import MainWindow
from app.views.topics_tab import TopicsTab
from tests.views.conftest import make_ctx, seed_store
from tests.views.test_team_views import answer_stale


@pytest.fixture(autouse=True)
def _own_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPSDESK_CONFIG_DIR", str(tmp_path / "config"))


@pytest.fixture
def window(store: Store, qtbot: Any) -> Iterator[MainWindow]:
    seed_store(store)
    win = MainWindow(make_ctx(store))
    qtbot.addWidget(win)
    win.resize(1400, 900)
    win.show()
    win.tabs.setCurrentIndex(1)  # 选题库
    yield win
    win.close()


@pytest.fixture
def other(store: Store, tmp_path: Path) -> Iterator[Store]:
    """The second operator's store: the same server database opened on its own."""
    opened = Store.open(tmp_path / "other", database_url=None if store.url is None else
                        store.url.render_as_string(hide_password=False))
    yield opened
    opened.close()


def titles(window: MainWindow) -> list[str]:
    tab = window.tab_by_name["topicsTab"]
    assert isinstance(tab, TopicsTab)
    model = tab.table.model
    return [model.row_values(row)["title"] for row in range(model.rowCount())]


@pytest.mark.both_engines
def test_a_topic_saved_in_another_window_appears_within_five_seconds(window: MainWindow, other: Store,
                                                                      engine: str, qtbot: Any) -> None:
    if engine == "sqlite":
        assert window.live_refresh is not None and not window.live_refresh.start()
        return
    qtbot.waitUntil(lambda: window.live_refresh._thread is not None, timeout=2000)
    qtbot.wait(300)  # the listener's LISTEN is in place
    assert "双12 囤货清单" not in titles(window)
    topics.create_topic(other, "双12 囤货清单")
    qtbot.waitUntil(lambda: "双12 囤货清单" in titles(window), timeout=5000)
    window.grab().save("/tmp/h11_live.png")


@pytest.mark.both_engines
def test_a_stale_copy_in_an_open_window_asks_before_overwriting(window: MainWindow, other: Store, engine: str,
                                                                qtbot: Any) -> None:
    if engine == "sqlite":
        return
    tab = window.tab_by_name["topicsTab"]
    assert isinstance(tab, TopicsTab)
    tab.editor.load(1)
    tab.editor.title.setText("阿强在改的标题")  # unsaved typing in this window
    team.set_my_name("小美")
    topics.update_topic(other, 1, title="小美改好的标题")  # the other operator saves first
    qtbot.waitUntil(lambda: "小美改好的标题" in titles(window), timeout=5000)
    assert tab.editor.title.text() == "阿强在改的标题"  # the live refresh keeps the typing
    team.set_my_name("阿强")
    asked: list[str] = []
    answer_stale("cancel", asked)
    tab.editor.save()
    assert len(asked) == 1 and "小美" in asked[0]
    assert topics.get_topic(other, 1).title == "小美改好的标题"
