"""The one restore flow (文件 → 从备份恢复… and 设置 → 数据与备份): ask, replace, tell every tab."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget

from app.store import Store
from app.store.backup import list_backups
from app.views.context import ViewContext
from app.views.restore import confirm_and_restore


def _topics(store: Store) -> int:
    with store.engine.connect() as conn:
        return int(conn.exec_driver_sql("SELECT count(*) FROM topic").scalar_one())


def test_asks_first_restores_and_tells_every_tab(ctx: ViewContext, qtbot: object, tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)  # type: ignore[attr-defined]
    store = ctx.store
    store.backup()
    backup = list_backups(store.data_dir)[0]
    with store.engine.begin() as conn:
        conn.exec_driver_sql("DELETE FROM topic")
    changed: list[set[str]] = []
    ctx.signals.dataChanged.connect(changed.append)

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Cancel)
    assert not confirm_and_restore(parent, ctx, backup)
    assert _topics(store) == 0 and changed == []  # cancelled: nothing replaced

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: warnings.append(text))
    bad = tmp_path / "not-a-backup.db"
    bad.write_bytes(b"hello")
    assert not confirm_and_restore(parent, ctx, bad)
    assert warnings and "没有恢复" in warnings[0] and _topics(store) == 0 and changed == []

    assert confirm_and_restore(parent, ctx, backup)
    assert _topics(store) == 3 and changed == [{"*"}]
