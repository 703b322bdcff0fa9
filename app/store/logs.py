"""The log file in the data directory: where unexpected errors leave their traceback."""

from __future__ import annotations

import logging
from logging.handlers import RotatingFileHandler
from pathlib import Path

from app.i18n import QT_TRANSLATE_NOOP, UserError
from app.store.paths import log_file


class LogSetupError(UserError):
    pass

_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def setup_logging(data_dir: Path, level: int = logging.INFO) -> Path:
    """Send the `app` loggers to <data-dir>/logs/opsdesk.log (rotated at 2 MB, 5 kept)."""
    path = log_file(data_dir)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(path, maxBytes=2_000_000, backupCount=5, encoding="utf-8")
    except OSError as exc:  # nothing is logged yet, so say it here in plain words
        raise LogSetupError(
            QT_TRANSLATE_NOOP("errors", "没法在 {folder} 里写日志（{reason}）。请检查数据文件夹的写入权限，或换一个数据文件夹。"),
            folder=str(path.parent), reason=exc.strerror or str(exc),
        ) from exc
    logger = logging.getLogger("app")
    for old in list(logger.handlers):
        if isinstance(old, RotatingFileHandler):
            logger.removeHandler(old)
            old.close()
    handler.setFormatter(logging.Formatter(_FORMAT))
    logger.addHandler(handler)
    logger.setLevel(level)
    return path
