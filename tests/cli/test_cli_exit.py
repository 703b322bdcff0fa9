"""`opsdesk-cli` as a process hands what its command made to the exit frozen, out of the collector's
last pass (issue 17: that pass cost an import ~0.2 s of CPU), and still exits with the command's code."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

PROBE = """
import atexit, gc, sys
atexit.register(lambda: print("frozen at exit:", gc.get_freeze_count() > 10_000))
from app.cli import main
sys.argv[0] = "opsdesk-cli"
main()
"""


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", PROBE, *args], capture_output=True, text=True, timeout=120,
                          check=False)


def test_the_cli_process_exits_with_its_objects_frozen_and_its_exit_code(tmp_path: Path) -> None:
    done = _cli("--data-dir", str(tmp_path / "data"), "imports", "--json")
    assert done.returncode == 0, done.stderr
    document, _, tail = done.stdout.rpartition("}")
    assert json.loads(document + "}") == {"batches": []}
    assert tail.strip() == "frozen at exit: True"
    refused = _cli("--data-dir", str(tmp_path / "data"), "import", str(tmp_path / "missing.xlsx"), "--json")
    assert refused.returncode == 2 and refused.stdout.rstrip().endswith("frozen at exit: True")
