"""The global exception hook: bugs are logged and shown with 打开日志; UserErrors are plain warnings."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox

from app.i18n import QT_TRANSLATE_NOOP, UserError
from app.store.logs import setup_logging
from app.views.errors import ExceptionHook


def raised(exc: BaseException) -> tuple[type[BaseException], BaseException, Any]:
    try:
        raise exc
    except BaseException as caught:
        return type(caught), caught, caught.__traceback__


def test_bug_is_logged_with_traceback_and_shown(tmp_path: Path, qapp: object, monkeypatch: pytest.MonkeyPatch) -> None:
    log_path = setup_logging(tmp_path)
    shown: list[tuple[str, str, list[str]]] = []

    def fake_exec(box: QMessageBox) -> int:
        shown.append((box.text(), box.informativeText(), [b.text() for b in box.buttons()]))
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    hook = ExceptionHook(log_path)
    hook(*raised(RuntimeError("boom in a slot")))
    for handler in logging.getLogger("app").handlers:
        handler.flush()
    text = log_path.read_text(encoding="utf-8")
    assert "RuntimeError: boom in a slot" in text
    assert "Traceback" in text
    assert len(shown) == 1
    assert "意外错误" in shown[0][0]
    assert str(log_path) in shown[0][1]
    assert "打开日志" in shown[0][2]


def test_user_error_shows_its_message_as_a_warning(tmp_path: Path, qapp: object,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *a: warnings.append(text))
    monkeypatch.setattr(QMessageBox, "exec", lambda _box: pytest.fail("no bug dialog for a user error"))
    hook = ExceptionHook(tmp_path / "opsdesk.log")
    hook(*raised(UserError(QT_TRANSLATE_NOOP("errors", "找不到备份文件 {file}。"), file="x.db")))
    assert warnings == ["找不到备份文件 x.db。"]
