"""One OpsDesk per data directory: a second start says so instead of corrupting state (DESIGN §7).

The operating system drops the lock when the process dies, so a crash never leaves it stuck.
"""

from __future__ import annotations

from pathlib import Path

from filelock import FileLock, Timeout

from app.i18n import QT_TRANSLATE_NOOP, UserError

LOCK_NAME = "opsdesk.lock"


class StoreLockedError(UserError):
    pass


class InstanceLock:
    def __init__(self, data_dir: Path) -> None:
        self.path = data_dir / LOCK_NAME
        self._lock = FileLock(self.path, timeout=0, thread_local=False)

    def acquire(self) -> None:
        try:
            self._lock.acquire()
        except Timeout as exc:
            raise StoreLockedError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "OpsDesk 已经在使用数据文件夹 {folder}（另一个窗口开着）。请切换到已打开的窗口，或先关掉它。",
                ),
                folder=str(self.path.parent),
            ) from exc

    def release(self) -> None:
        self._lock.release(force=True)

    @property
    def held(self) -> bool:
        return self._lock.is_locked
