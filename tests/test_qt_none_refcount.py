"""Guard: PySide6 6.12.0 on CPython 3.11 drops a reference to None on each void call, then crashes.

pyproject pins PySide6 below 6.12 on Python 3.11; this test fails if a build with the bug slips in.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QWidget


def test_void_qt_calls_keep_none_refcount(qapp: object) -> None:
    widget = QWidget()
    before = sys.getrefcount(None)
    for i in range(50_000):
        widget.setEnabled(i % 2 == 0)
    after = sys.getrefcount(None)
    assert after >= before - 100, f"None lost {before - after} references over 50,000 void calls"
