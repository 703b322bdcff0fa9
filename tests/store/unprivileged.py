"""Run a command as an ordinary user, so a read-only folder is read-only even when the tests run as root."""

from __future__ import annotations

import os


def as_unprivileged() -> list[str]:
    """The prefix for a subprocess: a user namespace where root's files are not writable by force."""
    return ["unshare", "--user", "--map-user=1000"] if os.geteuid() == 0 else []
