"""`opsdesk`: open the window (also `python -m app`).

Options: `--data-dir DIR`, `--lang zh|en`, `--theme system|light|dark`, `--screenshot OUT_DIR` (save every tab as
`OUT_DIR/<objectName>.png` at 1400×900 and exit, never showing a dialog) and the hidden
`--quit-after-paint` used by `bench/startup.py`. Exit codes: 0 fine, 1 the data folder is in use
by another OpsDesk, 2 the store cannot be opened (corrupt, newer version, no permission).

The data folder: `--data-dir` > `OPSDESK_DATA_DIR` > the folder remembered in QSettings (`dataDir`,
set when 设置 → 数据 moves it) > the system's application-data folder. After a move the window
exits with `RESTART_EXIT_CODE` and `main()` opens the new folder in the same process.
"""

from __future__ import annotations

import time

_STARTED = time.perf_counter()

import argparse  # noqa: E402
import gc  # noqa: E402
import os  # noqa: E402
import sys  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402


def seconds_since_start() -> float:
    """Seconds since this process was created (Linux), else since this module was imported."""
    try:
        with open("/proc/self/stat", encoding="ascii") as stat:
            start_ticks = int(stat.read().rsplit(")", 1)[1].split()[19])
        return time.clock_gettime(time.CLOCK_BOOTTIME) - start_ticks / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, AttributeError, IndexError):
        return time.perf_counter() - _STARTED


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="opsdesk", description="OpsDesk 运营台")
    parser.add_argument("--data-dir", metavar="DIR", help="数据文件夹（默认：系统的应用数据位置）")
    parser.add_argument("--database-url", metavar="URL",
                        help="打开团队数据库（PostgreSQL），例如 postgresql+psycopg://用户@主机/opsdesk；"
                             "也可以用环境变量 OPSDESK_DATABASE_URL")
    parser.add_argument("--lang", choices=("zh", "en"), help="界面语言（默认看设置，没有设置就是中文）")
    parser.add_argument("--theme", choices=("system", "light", "dark"), help="外观（默认看设置：跟随系统）")
    parser.add_argument("--screenshot", metavar="OUT_DIR", help="给每个页面截图保存到 OUT_DIR 后退出")
    parser.add_argument("--quit-after-paint", action="store_true", help=argparse.SUPPRESS)
    return parser.parse_args(argv)


def _fail(app: Any, exc: Any, *, quiet: bool) -> None:
    """Tell the user why the store cannot be opened: a dialog, or stderr when no dialog may show."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    from app.views.errors import user_message

    message = user_message(exc)
    print(message, file=sys.stderr)
    if not quiet:
        QMessageBox.critical(None, QCoreApplication.translate("errors", "OpsDesk 打不开"), message)


def _set_fonts(app: Any) -> None:
    """Prefer each system's Chinese UI font so Chinese never falls back to boxes or odd glyphs."""
    font = app.font()
    font.setFamilies(["Microsoft YaHei UI", "PingFang SC", "Noto Sans CJK SC", "Source Han Sans SC",
                      "WenQuanYi Micro Hei", font.family()])
    if font.pointSizeF() < 10:
        font.setPointSizeF(10)
    app.setFont(font)


#: What the window's exit code is when it asks to be opened again (after the data folder moved).
RESTART_EXIT_CODE = 75


def chosen_data_dir(explicit: str | None) -> str | None:
    """`--data-dir`, else OPSDESK_DATA_DIR, else the folder remembered in QSettings, else None (default)."""
    from PySide6.QtCore import QSettings

    from app.store.paths import ENV_DATA_DIR

    if explicit or os.environ.get(ENV_DATA_DIR):
        return explicit or os.environ[ENV_DATA_DIR]
    remembered = QSettings().value("dataDir")
    return remembered if isinstance(remembered, str) and remembered else None


def chosen_database_url(explicit_data_dir: str | None) -> str | None:
    """The team store chosen in 设置 → 团队数据库 on this computer, unless a local folder was named
    (`--data-dir`, OPSDESK_DATA_DIR) or OPSDESK_DATABASE_URL names a server (Store.open reads that)."""
    from app.store.paths import ENV_DATA_DIR
    from app.store.server import ENV_DATABASE_URL

    if explicit_data_dir or os.environ.get(ENV_DATA_DIR) or os.environ.get(ENV_DATABASE_URL):
        return None
    from app.views.settings.team import team_database_url

    return team_database_url()


def open_chosen_store(args: argparse.Namespace, *, quiet: bool) -> Any:
    """Open the store the options, the environment and 设置 choose: `--database-url`, else a named
    folder, else OPSDESK_DATABASE_URL, else the team server chosen in 设置, else the local folder.

    A team server that cannot be reached is named; unless `quiet`, the operator may open this
    computer's local store instead (`_open_local_instead`).
    """
    from app.store import Store, choose_database_url, resolve_data_dir
    from app.store.server import ServerUnreachableError

    folder = chosen_data_dir(args.data_dir)
    url = args.database_url or chosen_database_url(args.data_dir) or choose_database_url(None, args.data_dir)
    try:
        return Store.open(folder, exclusive=True, database_url=url)
    except ServerUnreachableError as exc:
        if quiet or not _open_local_instead(exc):
            raise
        return Store.open(resolve_data_dir(folder), exclusive=True)


def _open_local_instead(exc: Any) -> bool:
    """Ask whether to open the local store when the team server cannot be reached."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    from app.views.errors import user_message

    text = user_message(exc) + "\n\n" + QCoreApplication.translate("errors", "要改为打开这台电脑上的本地数据吗？")
    answer = QMessageBox.question(None, QCoreApplication.translate("errors", "连不上团队数据库"), text,
                                  QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


def main(argv: list[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from app.resources import resource_path

    QCoreApplication.setOrganizationName("OpsDesk")
    QCoreApplication.setApplicationName("OpsDesk")
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setWindowIcon(QIcon(str(resource_path("icons", "app", "opsdesk.svg"))))
    app.setDesktopFileName("opsdesk")  # Wayland matches the window to the installed desktop entry
    _set_fonts(app)
    while True:
        # Opening imports SQLAlchemy, SQLModel and the models: ~150,000 objects that all live on.
        # Collection passes over them would only cost start-up time (~15 % of those imports), so
        # the collector waits until the first tab has painted (or the run ends).
        gc.disable()
        try:
            exit_code, moved_to = _run(app, args)
        finally:
            gc.enable()
        if exit_code != RESTART_EXIT_CODE:
            return exit_code
        args.data_dir = moved_to


def _run(app: Any, args: argparse.Namespace) -> tuple[int, str | None]:
    """Open the store and the window once; returns the exit code and, on a restart, the folder to open."""
    quiet = bool(args.screenshot or args.quit_after_paint)

    from PySide6.QtCore import QSettings, QTimer

    from app.store import StoreLockedError, UserError
    from app.store.logs import setup_logging
    from app.views.language import install_translators
    from app.views.theme import SETTING_KEY as THEME_KEY
    from app.views.theme import apply_theme

    try:
        store = open_chosen_store(args, quiet=quiet)
    except StoreLockedError as exc:
        install_translators(app, args.lang or "zh")
        _fail(app, exc, quiet=quiet)
        return 1, None
    except UserError as exc:
        install_translators(app, args.lang or "zh")
        _fail(app, exc, quiet=quiet)
        return 2, None

    from app.views.context import DataSignals, ViewContext
    from app.views.errors import install_exception_hook
    from app.views.main_window import MainWindow
    from app.views.tasks import TaskRunner

    try:
        log_path = setup_logging(store.data_dir)
    except UserError as exc:  # before the log exists: a plain message, not a traceback
        store.close()
        install_translators(app, args.lang or "zh")
        _fail(app, exc, quiet=quiet)
        return 2, None
    previous_hook = sys.excepthook
    install_exception_hook(log_path, quiet=quiet, db_file=store.db_file)
    lang = args.lang or store.setting("language", "zh")
    translators = install_translators(app, lang if lang in ("zh", "en") else "zh")
    apply_theme(app, args.theme or store.setting(THEME_KEY, "system"))

    tasks = TaskRunner(app)
    # Interactive starts paint the window first and build the tabs right after (DESIGN §6).
    window = MainWindow(ViewContext(store, tasks, DataSignals(app)), deferred=not args.screenshot)
    exit_code = 0
    try:
        if args.screenshot:
            gc.enable()
            window.resize(1400, 900)
            window.show()
            QTimer.singleShot(0, lambda: _screenshots(app, window, Path(args.screenshot)))
        else:
            window.restore_state(QSettings())
            window.firstTabPainted.connect(_collector_on)
            window.show()
            if args.quit_after_paint:
                _quit_after_first_paint(app, window)
            else:
                window.firstTabPainted.connect(lambda: QTimer.singleShot(0, lambda: _after_start(window, store)))
        exit_code = app.exec()
    finally:
        tasks.shutdown()
        window.deleteLater()
        store.close()
        for translator in translators:
            app.removeTranslator(translator)
        sys.excepthook = previous_hook
    return exit_code, getattr(window, "restart_data_dir", None)


def _collector_on() -> None:
    """Let the collector run again once the first tab has painted. What start-up made (modules, classes,
    the models, ~150,000 objects) lives as long as the window, so it is frozen out of every later pass —
    else the first pass right after the paint walks all of it (~0.1 s)."""
    gc.freeze()
    gc.enable()


def _after_start(window: Any, store: Any) -> None:
    """What follows the first tab's paint: the welcome on a first start, the daily backup, the watch's
    scan, then today's reminders."""
    if store.is_empty():
        from app.views.welcome import offer_welcome

        offer_welcome(window)
    window.daily_backup()
    window.watch.after_start()
    from app.views.reminders import start_reminders

    window.reminders = start_reminders(window)


def _screenshots(app: Any, window: Any, out_dir: Path) -> None:
    """Visit every tab, let it paint, save `<objectName>.png`, quit with 0."""
    from PySide6.QtCore import QEventLoop, QTimer

    out_dir.mkdir(parents=True, exist_ok=True)
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        loop = QEventLoop()
        QTimer.singleShot(250, loop.quit)  # layouts settle, charts draw
        loop.exec()
        window.ctx.tasks.wait()  # what a tab loads on the worker (e.g. the calendar's hot dates) is in the picture
        tab = window.tabs.widget(index)
        window.grab().save(str(out_dir / f"{tab.objectName()}.png"))
    app.exit(0)


def _quit_after_first_paint(app: Any, window: Any) -> None:
    """For bench/startup.py: print when the window first painted and when its first tab had painted
    with its data (that tab is built right after the first paint), then quit."""
    from PySide6.QtCore import QEvent, QObject, QTimer

    class Paints(QObject):
        first: tuple[float, float] | None = None
        ready = False

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and self.first is None:
                self.first = (seconds_since_start(), time.process_time())
            return False

        def first_tab_painted(self) -> None:
            filled = (seconds_since_start(), time.process_time())
            assert self.first is not None
            print(f"first paint after {self.first[0]:.3f} s (cpu {self.first[1]:.3f} s); "
                  f"first tab filled after {filled[0]:.3f} s (cpu {filled[1]:.3f} s)", flush=True)
            QTimer.singleShot(0, lambda: app.exit(0))

    watcher = Paints(window)
    window.installEventFilter(watcher)
    window.firstTabPainted.connect(watcher.first_tab_painted)


if __name__ == "__main__":
    sys.exit(main())
