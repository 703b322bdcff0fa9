"""Rebuild the translation files: `uv run python scripts/update_translations.py`.

1. `pyside6-lupdate` scans every .py under app/ (self.tr, QCoreApplication.translate,
   QT_TRANSLATE_NOOP) into resources/i18n/opsdesk_en.ts — Chinese source, English target —
   keeping existing translations and dropping strings no longer in the code;
2. `pyside6-lrelease` compiles it into resources/i18n/opsdesk_en.qm, which the app loads for
   `--lang en` or the `language` setting "en".

Translate the new entries (Qt Linguist: `pyside6-linguist resources/i18n/opsdesk_en.ts`, or by
editing the XML), run the script again, and commit both files. tests/test_i18n.py fails while a
string is missing from the .ts or has no finished translation.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "i18n" / "opsdesk_en.ts"
QM = TS.with_suffix(".qm")


def tool(name: str) -> str:
    """A Qt tool from the same environment as this Python (uv's .venv), else from PATH."""
    here = Path(sys.executable).parent / name
    found = str(here) if here.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: run this script with `uv run`")
    return found


def sources() -> list[Path]:
    return sorted((ROOT / "app").rglob("*.py"))


def lupdate(ts: Path) -> None:
    """Extract every translatable string of app/ into `ts` (created or updated)."""
    files = [str(p.relative_to(ROOT)) for p in sources()]
    subprocess.run(
        [tool("pyside6-lupdate"), *files, "-source-language", "zh_CN", "-target-language", "en",
         "-locations", "none", "-no-obsolete", "-silent", "-ts", str(ts)],
        cwd=ROOT, check=True,
    )


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], cwd=ROOT, check=True)


def unfinished(ts: Path) -> list[tuple[str, str]]:
    """(context, source) of every message without a finished translation."""
    missing = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            forms = [] if translation is None else (
                [f.text for f in translation.iter("numerusform")] or [translation.text])
            if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete") \
                    or not all(f and f.strip() for f in forms):
                missing.append((name, message.findtext("source", "")))
    return missing


def main() -> int:
    TS.parent.mkdir(parents=True, exist_ok=True)
    lupdate(TS)
    lrelease(TS, QM)
    todo = unfinished(TS)
    print(f"{TS.relative_to(ROOT)}: {len(todo)} strings still need an English translation")
    for context, source in todo:
        print(f"  [{context}] {source}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
