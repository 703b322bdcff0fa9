"""The PyInstaller spec ships everything the app reaches at run time; the icon set is complete.

The spec is executed with PyInstaller's build steps replaced by recorders (PyInstaller itself is in
the `build` group, not needed here). Building and starting the real bundle is CI's job (`.ci/run`).
"""

from __future__ import annotations

import sys
import types
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QImage

from app.cli import COMMAND_MODULES

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "packaging" / "opsdesk.spec"
ICONS = ROOT / "resources" / "icons" / "app"


class Recorder:
    """Stands in for Analysis/PYZ/EXE/COLLECT/BUNDLE: keeps the arguments it was built with."""

    made: list[Recorder]

    def __init__(self, kind: str, *args: Any, **kwargs: Any) -> None:
        self.kind, self.args, self.kwargs = kind, args, kwargs
        Recorder.made.append(self)
        if kind == "Analysis":
            scripts = args[0]
            self.scripts = [("pyi_rth_fake", "/rth.py", "PYSOURCE")] + [
                (Path(s).stem, s, "PYSOURCE") for s in scripts]
            self.pure, self.binaries, self.datas = [], [], []


@pytest.fixture
def spec(monkeypatch: pytest.MonkeyPatch) -> dict[str, list[Recorder] | list[str]]:
    collected: list[str] = []
    hooks = types.ModuleType("PyInstaller.utils.hooks")
    hooks.collect_data_files = lambda package, **_kw: collected.append(f"data:{package}") or []
    hooks.collect_submodules = lambda package, **_kw: collected.append(f"modules:{package}") or [f"{package}.*"]
    for name in ("PyInstaller", "PyInstaller.utils"):
        monkeypatch.setitem(sys.modules, name, types.ModuleType(name))
    monkeypatch.setitem(sys.modules, "PyInstaller.utils.hooks", hooks)
    Recorder.made = []
    namespace: dict[str, Any] = {"SPECPATH": str(SPEC.parent), "__file__": str(SPEC)}
    for kind in ("Analysis", "PYZ", "EXE", "COLLECT", "BUNDLE"):
        namespace[kind] = lambda *a, _kind=kind, **kw: Recorder(_kind, *a, **kw)
    exec(compile(SPEC.read_text(encoding="utf-8"), str(SPEC), "exec"), namespace)
    return {"made": Recorder.made, "collected": collected}


def built(spec: dict[str, Any], kind: str) -> list[Recorder]:
    return [r for r in spec["made"] if r.kind == kind]


def bundled_paths(analysis: Recorder) -> dict[Path, str]:
    return {Path(src): dest for src, dest in analysis.kwargs["datas"]}


def test_every_resources_subfolder_lands_in_meipass_resources(spec: dict[str, Any]) -> None:
    datas = bundled_paths(built(spec, "Analysis")[0])
    subfolders = [p for p in (ROOT / "resources").iterdir() if p.is_dir()]
    assert {p.name for p in subfolders} >= {"icons", "i18n", "wordlists", "profiles", "style"}
    for folder in subfolders:
        homes = [(src, dest) for src, dest in datas.items() if folder == src or src in folder.parents]
        assert homes, f"resources/{folder.name} is not in the bundle"
        src, dest = homes[0]
        assert Path(dest) / folder.relative_to(src) == Path("resources") / folder.name


def test_migrations_ship_as_files_where_schema_looks(spec: dict[str, Any]) -> None:
    from app.store.schema import VERSIONS_DIR

    datas = bundled_paths(built(spec, "Analysis")[0])
    assert datas[VERSIONS_DIR] == VERSIONS_DIR.relative_to(ROOT).as_posix()
    env = VERSIONS_DIR.parent / "env.py"
    assert datas[env] == env.parent.relative_to(ROOT).as_posix()


def test_what_the_migrations_import_is_bundled(spec: dict[str, Any]) -> None:
    """Migration files ship as data, so PyInstaller never reads their imports: each must be named
    (revision 0002's `alembic.migration` once broke the bundle's `demo` and `check`)."""
    import ast

    from app.store.schema import VERSIONS_DIR

    hidden = set(built(spec, "Analysis")[0].kwargs["hiddenimports"])
    imported = set()
    for path in [*VERSIONS_DIR.glob("*.py"), VERSIONS_DIR.parent / "env.py"]:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                imported.add(node.module)
            elif isinstance(node, ast.Import):
                imported.update(alias.name for alias in node.names)
    # alembic itself, sqlalchemy and the standard library are reached by the analysed code anyway
    own = {m for m in imported if m.startswith("alembic.")}
    assert own <= hidden, sorted(own - hidden)


def test_hidden_imports_and_excludes(spec: dict[str, Any]) -> None:
    analysis = built(spec, "Analysis")[0]
    assert {"modules:app", "modules:holidays", "data:holidays"} <= set(spec["collected"])
    assert "app.*" in analysis.kwargs["hiddenimports"]  # covers COMMAND_MODULES, imported by name
    assert all(name.startswith("app.cli.") for name in COMMAND_MODULES)
    # pyqtgraph imports QtOpenGL at run time; excluding it broke the charts tab once.
    assert {"PySide6.QtOpenGL", "PySide6.QtOpenGLWidgets", "PySide6.QtSvg"} <= set(analysis.kwargs["hiddenimports"])
    excludes = set(analysis.kwargs["excludes"])
    assert {"pyarrow", "tkinter", "matplotlib"} <= excludes
    assert not excludes & set(analysis.kwargs["hiddenimports"])


def test_two_programs_in_one_folder(spec: dict[str, Any]) -> None:
    exes = {exe.kwargs["name"]: exe for exe in built(spec, "EXE")}
    assert set(exes) == {"opsdesk", "opsdesk-cli"}
    assert exes["opsdesk"].kwargs["console"] is False
    assert exes["opsdesk-cli"].kwargs["console"] is True
    for name, script in {"opsdesk": "opsdesk_gui", "opsdesk-cli": "opsdesk_cli"}.items():
        entries = [item[0] for item in exes[name].args[1] if not item[0].startswith("pyi_rth")]
        assert entries == [script]
    collect, = built(spec, "COLLECT")
    assert collect.kwargs["name"] == "OpsDesk"
    assert set(collect.args[:2]) == set(exes.values())


def test_entry_scripts_exist(spec: dict[str, Any]) -> None:
    scripts = built(spec, "Analysis")[0].args[0]
    assert len(scripts) == 2
    assert all(Path(script).is_file() for script in scripts)


@pytest.mark.parametrize("size", [16, 32, 48, 64, 128, 256, 512])
def test_icon_png_sizes(size: int) -> None:
    image = QImage(str(ICONS / f"opsdesk-{size}.png"))
    assert (image.width(), image.height()) == (size, size)
    assert image.hasAlphaChannel()
    assert image.pixelColor(size // 2, size // 2).alpha() == 255  # drawn, not blank


def test_ico_and_icns_headers() -> None:
    assert (ICONS / "opsdesk.ico").read_bytes()[:4] == b"\0\0\1\0"
    assert (ICONS / "opsdesk.icns").read_bytes()[:4] == b"icns"
