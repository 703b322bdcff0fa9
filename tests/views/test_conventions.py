"""How app/views is laid out (issue 17): one list model, tab packages named by job, helpers once."""

from __future__ import annotations

import ast
from pathlib import Path
from typing import Any

VIEWS = Path(__file__).resolve().parents[2] / "app" / "views"


def _modules() -> dict[Path, ast.Module]:
    return {p: ast.parse(p.read_text(encoding="utf-8")) for p in sorted(VIEWS.rglob("*.py"))}


def test_tab_packages_name_their_modules_by_job() -> None:
    names = {p.name for p in VIEWS.rglob("*.py")}
    assert "others.py" not in names and "models.py" not in names
    stubs = []
    for path, tree in _modules().items():
        body = [n for n in tree.body if not (isinstance(n, ast.Expr) and isinstance(n.value, ast.Constant))]
        if path.name != "__init__.py" and all(isinstance(n, ast.ImportFrom | ast.Import | ast.Assign) for n in body):
            stubs.append(path.name)  # a module that only re-exports another
    assert not stubs


def test_one_list_table_model() -> None:
    """Table models live in table_models.py; the only other one is the editable daily numbers."""
    models = {}
    for path, tree in _modules().items():
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef) and any(
                    getattr(b, "id", getattr(b, "attr", "")) in ("QAbstractTableModel", "ListTableModel",
                                                                   "SqlTableModel") for b in node.bases):
                models[node.name] = path.relative_to(VIEWS).as_posix()
    assert models == {"SqlTableModel": "table_models.py", "ListTableModel": "table_models.py",
                      "DailyNumbersModel": "campaigns_tab/daily_numbers.py"}
    # nor a TableQuery look-alike over a Python list feeding the SQL model (the old community ListQuery)
    lookalikes = [p.name for p, tree in _modules().items() for n in ast.walk(tree)
                  if isinstance(n, ast.ClassDef)
                  and {"ids", "rows", "record"} <= {f.name for f in n.body if isinstance(f, ast.FunctionDef)}]
    assert not lookalikes


def test_helpers_that_existed_twice_exist_once() -> None:
    """One .xlsx save prompt, one restore flow, one preview filler, one swatch painter."""
    sources = {p.relative_to(VIEWS).as_posix(): p.read_text(encoding="utf-8") for p in VIEWS.rglob("*.py")}
    xlsx_prompts = [n for n, s in sources.items() if "getSaveFileName" in s and "(*.xlsx)" in s]
    assert xlsx_prompts == ["export_actions.py"]
    assert [n for n, s in sources.items() if ".store.restore(" in s] == ["restore.py"]
    assert [n for n, s in sources.items() if "drawEllipse(1, 1" in s] == ["table_models.py"]
    assert [n for n, s in sources.items() if "QTableWidgetItem(display(" in s] == ["mapping_editor.py"]


def test_every_tab_is_named_tab() -> None:
    """One tab convention: each of the window's tabs is a module or package `<job>_tab`."""
    from app.views.main_window import TAB_SPECS

    assert all(module.rsplit(".", 1)[1].endswith("_tab") for module, *_ in TAB_SPECS)
    assert all((VIEWS / module.rsplit(".", 1)[1]).is_dir() or (VIEWS / f"{module.rsplit('.', 1)[1]}.py").is_file()
               for module, *_ in TAB_SPECS)


def test_one_confirm_and_cancel_row() -> None:
    """Dialogs get their confirm + 取消 row from base.dialog_buttons, not each its own copy; the settings
    dialog's OK / Cancel / Apply row is the one other kind."""
    sources = {p.relative_to(VIEWS).as_posix(): p.read_text(encoding="utf-8") for p in VIEWS.rglob("*.py")}
    own_rows = sorted(n for n, s in sources.items() if "| QDialogButtonBox.StandardButton.Cancel" in s)
    assert own_rows == ["base.py", "settings/dialog.py"]


def test_dialog_buttons_confirm_through_the_given_step_and_cancel_rejects(qtbot: Any) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QDialog, QDialogButtonBox

    from app.views.base import dialog_buttons

    dialog = QDialog()
    qtbot.addWidget(dialog)
    saved: list[bool] = []
    buttons = dialog_buttons(dialog, QDialogButtonBox.StandardButton.Save, ok_text="保存并使用", cancel_text="取消",
                             on_accept=lambda: saved.append(True))
    save = buttons.button(QDialogButtonBox.StandardButton.Save)
    cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
    assert (save.text(), cancel.text()) == ("保存并使用", "取消")
    dialog.show()
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert saved == [True] and dialog.isVisible()  # the step decides whether the dialog closes
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Rejected and not dialog.isVisible()

    plain = QDialog()
    qtbot.addWidget(plain)
    ok = dialog_buttons(plain).button(QDialogButtonBox.StandardButton.Ok)
    plain.show()
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert plain.result() == QDialog.DialogCode.Accepted
