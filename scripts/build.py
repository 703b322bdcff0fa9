"""Build the OpsDesk desktop app with PyInstaller (Windows, macOS and Linux alike).

    uv run --group build python scripts/build.py

Runs `packaging/opsdesk.spec` and leaves one folder, `dist/OpsDesk/`, holding the window
executable `opsdesk` (`opsdesk.exe` on Windows) and the console tool `opsdesk-cli` next to the
libraries they share; on macOS `dist/OpsDesk.app` as well. PyInstaller cannot cross-compile: build
on each system for that system. The folder is zipped for handing out with `--zip`.
Prints the build time and the size of the folder.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "packaging" / "opsdesk.spec"
DIST = ROOT / "dist"
WORK = ROOT / "build" / "pyinstaller"
BUNDLE = DIST / "OpsDesk"


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def executables(bundle: Path) -> list[Path]:
    """The two programs a finished bundle must contain."""
    suffix = ".exe" if sys.platform == "win32" else ""
    return [bundle / f"opsdesk{suffix}", bundle / f"opsdesk-cli{suffix}"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build dist/OpsDesk/ with PyInstaller")
    parser.add_argument("--zip", action="store_true", help="also write dist/OpsDesk-<system>.zip")
    args = parser.parse_args(argv)

    import PyInstaller.__main__

    started = time.perf_counter()
    PyInstaller.__main__.run([str(SPEC), "--noconfirm", "--clean", "--log-level", "WARN",
                              "--distpath", str(DIST), "--workpath", str(WORK)])
    elapsed = time.perf_counter() - started

    missing = [str(p) for p in executables(BUNDLE) if not p.is_file()]
    if missing:
        print("build finished without: " + ", ".join(missing), file=sys.stderr)
        return 1
    print(f"built {BUNDLE.relative_to(ROOT)} in {elapsed:.0f} s, "
          f"{folder_size(BUNDLE) / 1e6:.0f} MB on disk")
    if args.zip:
        system = {"win32": "windows", "darwin": "macos"}.get(sys.platform, "linux")
        archive = shutil.make_archive(str(DIST / f"OpsDesk-{system}"), "zip", DIST, "OpsDesk")
        print(f"zipped to {Path(archive).relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
