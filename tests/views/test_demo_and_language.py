"""Tabs on the demo store, the first-start offer, the English UI and lazy heavy imports."""

from __future__ import annotations

import subprocess
import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from app.store import Store
from app.views.base import EmptyState
from app.views.language import install_translators, remove_translators
from app.views.main_window import MainWindow
from tests.views.conftest import make_ctx


def test_every_tab_opens_with_data_on_the_demo_store(demo_store: Store, qtbot: object) -> None:
    win = MainWindow(make_ctx(demo_store))
    qtbot.addWidget(win)  # type: ignore[attr-defined]
    win.resize(1400, 900)
    win.show()
    for i in range(win.tabs.count()):
        win.tabs.setCurrentIndex(i)
        tab = win.tabs.widget(i)
        shown = [s for s in tab.findChildren(EmptyState) if s.isVisibleTo(win)]
        assert not any(s.isEmpty() for s in shown), tab.objectName()


def test_english_changes_visible_strings(seeded_store: Store, qtbot: object) -> None:
    app = QApplication.instance()
    assert isinstance(app, QCoreApplication)
    translators = install_translators(app, "en")
    try:
        win = MainWindow(make_ctx(seeded_store))
        qtbot.addWidget(win)  # type: ignore[attr-defined]
        titles = [win.tabs.tabText(i) for i in range(win.tabs.count())]
        assert titles[0] == "Calendar"
        assert titles[1] == "Topic library"
        assert win.menuBar().actions()[0].text() == "&File"
    finally:
        remove_translators(app, translators)
    chinese = MainWindow(make_ctx(seeded_store))
    qtbot.addWidget(chinese)  # type: ignore[attr-defined]
    assert chinese.tabs.tabText(0) == "日历"


def test_heavy_libraries_wait_for_the_tab_that_needs_them(seeded_store: Store) -> None:
    script = f"""
import sys
from PySide6.QtWidgets import QApplication
app = QApplication([])
from app.store import Store
from app.views.context import DataSignals, ViewContext
from app.views.main_window import MainWindow
from app.views.tasks import TaskRunner
store = Store.open({str(seeded_store.data_dir)!r})
win = MainWindow(ViewContext(store, TaskRunner(synchronous=True), DataSignals()))
win.show()
app.processEvents()
heavy = [m for m in ("pandas", "pyqtgraph", "alembic", "openpyxl") if m in sys.modules]
assert not heavy, heavy
win.tabs.setCurrentWidget(win.tab_by_name["chartsTab"])
assert "pyqtgraph" in sys.modules
print("ok")
"""
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=False,
                            env={"QT_QPA_PLATFORM": "offscreen", "PATH": ""}, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"
