"""Smoke test of a built bundle (CI runs it after `scripts/build.py`): does the packaged app start?

    uv run python scripts/bundle_smoke.py [dist/OpsDesk]

With the bundle's own programs and a throw-away data folder: `opsdesk-cli demo` fills it,
`opsdesk --screenshot` paints every tab (each PNG must exist and be more than 10 kB, the log
must hold no ERROR), `opsdesk-cli check --json` must say the store is sound, and
`opsdesk-cli install-shortcut` must point the desktop entry at the bundle. Exit 1 on any failure.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TABS = ("calendarTab", "topicsTab", "draftsTab", "communityTab", "chartsTab", "campaignsTab", "reviewTab")
MIN_PNG_BYTES = 10_000
TIMEOUT = 300


def run(argv: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    started = time.perf_counter()
    done = subprocess.run(argv, env=env, capture_output=True, text=True, timeout=TIMEOUT, check=False)
    print(f"{Path(argv[0]).name} {' '.join(argv[1:])}: exit {done.returncode} "
          f"in {time.perf_counter() - started:.1f} s")
    if done.returncode != 0:
        print(done.stdout[-3000:], done.stderr[-3000:], sep="\n", file=sys.stderr)
    return done


def main() -> int:
    bundle = Path(sys.argv[1] if len(sys.argv) > 1 else ROOT / "dist" / "OpsDesk").resolve()
    suffix = ".exe" if sys.platform == "win32" else ""
    gui, cli = bundle / f"opsdesk{suffix}", bundle / f"opsdesk-cli{suffix}"
    problems: list[str] = []
    with tempfile.TemporaryDirectory(prefix="opsdesk-smoke-") as tmp:
        data, shots, share = Path(tmp) / "data store", Path(tmp) / "shots", Path(tmp) / "share"
        env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
                   XDG_DATA_HOME=str(share))
        if run([str(cli), "--data-dir", str(data), "demo"], env).returncode != 0:
            problems.append("opsdesk-cli demo failed")
        if run([str(gui), "--data-dir", str(data), "--screenshot", str(shots)], env).returncode != 0:
            problems.append("opsdesk --screenshot failed")
        for tab in TABS:
            png = shots / f"{tab}.png"
            size = png.stat().st_size if png.exists() else 0
            print(f"  {png.name}: {size / 1000:.0f} kB")
            if size <= MIN_PNG_BYTES:
                problems.append(f"{png.name} missing or nearly empty ({size} bytes)")
        for log in (data / "logs").glob("*.log"):
            errors = [line for line in log.read_text(encoding="utf-8").splitlines() if " ERROR " in line]
            problems += [f"{log.name}: {line}" for line in errors]

        check = run([str(cli), "--data-dir", str(data), "check", "--json"], env)
        if check.returncode != 0 or json.loads(check.stdout or "{}").get("integrity") != "ok":
            problems.append("opsdesk-cli check did not report integrity ok")

        if sys.platform.startswith("linux"):
            shortcut = run([str(cli), "--data-dir", str(data), "install-shortcut", "--json"], env)
            entry = share / "applications" / "opsdesk.desktop"
            exec_line = next((line for line in entry.read_text(encoding="utf-8").splitlines()
                              if line.startswith("Exec=")), "") if entry.exists() else ""
            if shortcut.returncode != 0 or f'Exec="{gui}"' not in exec_line:
                problems.append(f"desktop entry does not start {gui}: {exec_line!r}")

    for problem in problems:
        print("FAIL:", problem, file=sys.stderr)
    print("bundle smoke test " + ("failed" if problems else "passed"))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
