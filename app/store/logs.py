"""The log file in the data directory: where unexpected errors leave their traceback."""

from __future__ import annotations

import logging
from logging.handlers import RotatingFileHandler
from pathlib import Path

from app.store.paths import log_file

_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def setup_logging(data_dir: Path, level: int = logging.INFO) -> Path:
    """Send the `app` loggers to <data-dir>/logs/opsdesk.log (rotated at 2 MB, 5 kept)."""
    path = log_file(data_dir)
    path.parent.mkdir(parents=True, exist_ok=True)
    logger = logging.getLogger("app")
    for handler in list(logger.handlers):
        if isinstance(handler, RotatingFileHandler):
            logger.removeHandler(handler)
            handler.close()
    handler = RotatingFileHandler(path, maxBytes=2_000_000, backupCount=5, encoding="utf-8")
    handler.setFormatter(logging.Formatter(_FORMAT))
    logger.addHandler(handler)
    logger.setLevel(level)
    return path
