"""The one way code reaches `resources/`: in the source tree, an installed wheel or a PyInstaller bundle."""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


@cache
def resources_root() -> Path:
    candidates = []
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        candidates.append(Path(bundle) / "resources")
    candidates += [_PACKAGE_DIR / "resources", _PACKAGE_DIR.parent / "resources"]
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError("OpsDesk resources folder not found; looked in: " + ", ".join(map(str, candidates)))


def resource_path(*parts: str) -> Path:
    """Path of a file under resources/, e.g. resource_path("wordlists", "ad_law.txt")."""
    return resources_root().joinpath(*parts)
