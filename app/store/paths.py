"""Where OpsDesk keeps its files: one place decides the data directory for the GUI, CLI and tests."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

ENV_DATA_DIR = "OPSDESK_DATA_DIR"
DB_NAME = "opsdesk.db"

#: Folder names of sync tools that corrupt SQLite files they copy mid-write (DESIGN §7).
SYNC_FOLDER_MARKERS = (
    "onedrive", "dropbox", "icloud", "icloud drive", "mobile documents", "google drive", "googledrive",
    "坚果云", "nutstore", "jianguoyun", "百度网盘", "baidunetdisk", "baiduyun", "seafile", "nextcloud",
    "owncloud", "box sync", "sync", "synologydrive", "wps云盘", "wpsdrive",
)


def default_data_dir() -> Path:
    return Path(platformdirs.user_data_dir("OpsDesk", appauthor=False, roaming=True))


def resolve_data_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    """`--data-dir` wins, then OPSDESK_DATA_DIR, then the platform's application-data folder."""
    chosen = explicit or os.environ.get(ENV_DATA_DIR) or default_data_dir()
    return Path(chosen).expanduser().resolve()


def db_path(data_dir: Path) -> Path:
    return data_dir / DB_NAME


def backups_dir(data_dir: Path) -> Path:
    return data_dir / "backups"


def logs_dir(data_dir: Path) -> Path:
    return data_dir / "logs"


def log_file(data_dir: Path) -> Path:
    return logs_dir(data_dir) / "opsdesk.log"


def sync_folder_of(data_dir: Path) -> str | None:
    """The sync tool's folder name when the data directory lies inside one, else None."""
    for part in data_dir.resolve().parts:
        lowered = part.lower()
        if any(lowered == marker or lowered.startswith(marker + " ") or lowered.startswith(marker + "-")
               for marker in SYNC_FOLDER_MARKERS):
            return part
    return None
