"""Models, store and services stay Qt-free (STYLE.md: Anki's split)."""

from __future__ import annotations

import subprocess
import sys


def test_models_store_services_load_no_pyside6() -> None:
    code = (
        "import sys, pkgutil, importlib\n"
        "import app.models, app.store, app.services\n"
        "for mod in pkgutil.walk_packages(app.services.__path__, 'app.services.'):\n"
        "    importlib.import_module(mod.name)\n"
        "for mod in pkgutil.walk_packages(app.store.__path__, 'app.store.'):\n"
        "    if '.migrations' not in mod.name: importlib.import_module(mod.name)\n"
        "print('PySide6' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_report_package_and_workbooks_load_no_pyside6() -> None:
    """`import app.report` is free and the workbook writers need no Qt: the CLI's `--xlsx` and
    `segments export` pay for none."""
    code = "import sys, app.report, app.report.workbooks\nprint('PySide6' in sys.modules)\n"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
