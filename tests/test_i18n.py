"""Translations: the committed .ts is up to date with the code and every message is translated."""

from __future__ import annotations

import importlib.util
import xml.etree.ElementTree as ET
from pathlib import Path

from app.resources import resource_path

ROOT = Path(__file__).resolve().parent.parent


def _script():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("update_translations", ROOT / "scripts" / "update_translations.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def messages(ts: Path) -> set[tuple[str, str]]:
    return {
        (context.findtext("name", ""), message.findtext("source", ""))
        for context in ET.parse(ts).getroot().iter("context")
        for message in context.iter("message")
    }


def test_committed_ts_has_every_source_string(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.ts"
    _script().lupdate(fresh)
    missing = messages(fresh) - messages(resource_path("i18n", "opsdesk_en.ts"))
    assert not missing, (
        f"{len(missing)} strings are not in resources/i18n/opsdesk_en.ts — run "
        f"`uv run python scripts/update_translations.py` and translate them: {sorted(missing)[:10]}"
    )


def test_every_message_has_a_finished_translation() -> None:
    todo = _script().unfinished(resource_path("i18n", "opsdesk_en.ts"))
    assert not todo, f"{len(todo)} strings have no English translation yet: {todo[:10]}"


def test_numerus_messages_have_both_english_forms() -> None:
    root = ET.parse(resource_path("i18n", "opsdesk_en.ts")).getroot()
    numerus = [m for m in root.iter("message") if m.get("numerus") == "yes"]
    assert numerus
    for message in numerus:
        forms = [f.text for f in message.iter("numerusform")]
        assert len(forms) == 2 and all(forms), message.findtext("source")


def test_compiled_qm_is_committed_next_to_the_ts() -> None:
    qm = resource_path("i18n", "opsdesk_en.qm")
    assert qm.is_file() and qm.stat().st_size > 1000
