"""Start-up time: process start to the window's first paint, median of 5 (DESIGN §6 target ≤ 1.0 s).

    uv run python bench/startup.py [--data-dir DIR] [--runs 5]

Without --data-dir a demo store is made once in a temp folder (`opsdesk-cli demo`). Each run
spawns `uv run opsdesk --data-dir DIR --quit-after-paint`; the app prints the seconds from its
own process creation to the first paint event of the main window, and the CPU seconds it used
(a figure that other busy processes on the machine disturb less), then the same for the moment the
first tab is painted with its data (the tabs are built right after the first paint). The wall time
from spawning `uv run` (which adds its own start-up) is printed too.
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def demo_store() -> Path:
    folder = Path(tempfile.mkdtemp(prefix="opsdesk-bench-")) / "data"
    subprocess.run(["uv", "run", "opsdesk-cli", "--data-dir", str(folder), "demo"], check=True,
                   stdout=subprocess.DEVNULL)
    return folder


def one_run(data_dir: Path) -> tuple[float, float, float, float]:
    env = {**os.environ}
    env.setdefault("QT_QPA_PLATFORM", "offscreen" if not os.environ.get("DISPLAY") else "")
    if not env["QT_QPA_PLATFORM"]:
        del env["QT_QPA_PLATFORM"]
    started = time.perf_counter()
    result = subprocess.run(["uv", "run", "opsdesk", "--data-dir", str(data_dir), "--quit-after-paint"],
                            capture_output=True, text=True, env=env, check=False, timeout=60)
    wall = time.perf_counter() - started
    match = re.search(r"first paint after ([0-9.]+) s \(cpu ([0-9.]+) s\); first tab filled after ([0-9.]+) s",
                      result.stdout)
    if result.returncode != 0 or not match:
        raise SystemExit(f"opsdesk failed ({result.returncode}): {result.stdout}{result.stderr}")
    return float(match.group(1)), float(match.group(2)), float(match.group(3)), wall


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data-dir", type=Path)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    data_dir = args.data_dir or demo_store()
    one_run(data_dir)  # warm the OS file cache once; not counted
    app_times, cpu_times, filled_times, wall_times = [], [], [], []
    for i in range(args.runs):
        app_time, cpu, filled, wall = one_run(data_dir)
        app_times.append(app_time)
        cpu_times.append(cpu)
        filled_times.append(filled)
        wall_times.append(wall)
        print(f"run {i + 1}: {app_time:.3f} s from process start to first paint, {cpu:.3f} s CPU; "
              f"first tab filled after {filled:.3f} s ({wall:.3f} s including `uv run`)")
    print(f"median: {statistics.median(app_times):.3f} s to first paint, {statistics.median(cpu_times):.3f} s CPU "
          f"(target ≤ 1.0 s); first tab filled after {statistics.median(filled_times):.3f} s "
          f"({statistics.median(wall_times):.3f} s including `uv run`)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
