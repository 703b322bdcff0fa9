"""Tabs on the demo store, the first-start offer, the English UI and lazy heavy imports."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QAbstractButton, QApplication, QFileDialog, QLabel, QWidget

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


def _english_words(dialog: QWidget) -> list[str]:
    texts = [w.text() for w in dialog.findChildren(QLabel)] + [w.text() for w in dialog.findChildren(QAbstractButton)]
    return [t for t in texts if re.search(r"[A-Za-z]{3}", t) and not re.search(r"[\u4e00-\u9fff]", t)]


def test_qt_file_and_print_dialogs_speak_the_ui_language(tmp_path: Path) -> None:
    """Issue 16: Qt's own file and print dialogs showed English labels inside the Chinese UI."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    printer = QPrinter()
    translators = install_translators(app, "zh")
    try:
        files = QFileDialog(None, "", str(tmp_path))
        files.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        assert _english_words(files) == []
        assert {"查找范围(&L)：", "文件类型(&T)："} <= {w.text() for w in files.findChildren(QLabel)}
        printing = QPrintDialog(printer)
        assert _english_words(printing) == []
        assert QCoreApplication.translate("QAbstractFileIconProvider", "Folder", "All other platforms") == "文件夹"
        assert QCoreApplication.translate("columns", "选题") == "选题"  # the app's own strings untouched
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "取消"
        files.deleteLater()
        printing.deleteLater()
    finally:
        remove_translators(app, translators)
    translators = install_translators(app, "en")
    try:
        files = QFileDialog(None, "", str(tmp_path))
        files.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        assert "&Look in:" in {w.text() for w in files.findChildren(QLabel)}
        files.deleteLater()
    finally:
        remove_translators(app, translators)
