"""Who is at this computer: the operator's name ("我的名字"), kept per computer, not in the store.

Each operator of a team store names themselves once; the name stamps the rows they create and change
(`created_by`/`updated_by`), the batches they import and the draft versions they save. It lives in a
small file in the user's configuration folder (OPSDESK_CONFIG_DIR moves it, for tests), so two people
sharing one server store each keep their own, and the CLI reads the same name as the window.
"""

from __future__ import annotations

import json
import os
from functools import cache
from pathlib import Path

import platformdirs

ENV_CONFIG_DIR = "OPSDESK_CONFIG_DIR"
#: Longest name kept (a name, not a paragraph).
MAX_NAME = 40


def local_settings_file() -> Path:
    folder = os.environ.get(ENV_CONFIG_DIR) or platformdirs.user_config_dir("OpsDesk", appauthor=False, roaming=True)
    return Path(folder).expanduser() / "local.json"


def _read(path: Path) -> dict[str, object]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


@cache
def _cached_name(path: Path) -> str | None:
    value = _read(path).get("operator_name")
    return str(value).strip() or None if value else None


def operator_name() -> str | None:
    """The name this computer's operator gave, or None when they never named themselves."""
    return _cached_name(local_settings_file())


def set_operator_name(name: str | None) -> str | None:
    """Keep `name` (trimmed, at most MAX_NAME characters; empty forgets it) for this computer."""
    cleaned = " ".join((name or "").split())[:MAX_NAME] or None
    path = local_settings_file()
    data = _read(path)
    data["operator_name"] = cleaned
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
    tmp.replace(path)
    _cached_name.cache_clear()
    return cleaned
