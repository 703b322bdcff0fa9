"""How app/views is laid out (issue 17): one list model, tab packages named by job, helpers once."""

from __future__ import annotations

import ast
from pathlib import Path

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
