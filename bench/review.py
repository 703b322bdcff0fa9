"""How long the monthly review PDF takes on the demo store (target ≤ 2 s, DESIGN §6).

Fills a demo store (or uses `--data-dir`), then times:
- the whole `opsdesk-cli review --month M --pdf OUT.pdf` process (what the operator waits for),
  three runs, wall and CPU time of the child process;
- inside this process: building the review data, rendering the PDF alone (fonts registered,
  charts drawn, pages painted), and the Excel export.

    uv run python bench/review.py [--data-dir DIR] [--month YYYY-MM]
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def child_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", help="an existing store (default: a fresh demo store in a temp folder)")
    parser.add_argument("--month", help="YYYY-MM (default: the last full month)")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from app.i18n import untranslated
    from app.report.workbooks import write_review_xlsx
    from app.services.review import build_review, default_month
    from app.store import Store

    month = args.month or default_month()
    with tempfile.TemporaryDirectory() as tmp:
        data_dir = Path(args.data_dir or Path(tmp) / "store")
        if not args.data_dir:
            from app.services.demo import fill_demo

            store = Store.open(data_dir)
            fill_demo(store)
            store.close()
        script = Path(sys.executable).with_name("opsdesk-cli")
        command = [str(script)] if script.exists() else [sys.executable, "-c", "from app.cli import main; main()"]
        cli = [*command, "--data-dir", str(data_dir), "review", "--month", month,
               "--pdf", str(Path(tmp) / "review.pdf")]
        subprocess.run(cli, check=True, capture_output=True)  # warm the OS file cache once
        print(f"monthly review {month}, store {data_dir}")
        for run in range(1, 4):
            cpu, start = child_cpu(), time.perf_counter()
            subprocess.run(cli, check=True, capture_output=True)
            print(f"  opsdesk-cli review --pdf, run {run}: {time.perf_counter() - start:.2f} s wall, "
                  f"{child_cpu() - cpu:.2f} s CPU (target ≤ 2 s)")

        from PySide6.QtGui import QGuiApplication

        from app.report.fonts import cjk_families
        from app.report.review_sheet import write_pdf

        app = QGuiApplication([sys.argv[0]])
        store = Store.open(data_dir)
        start, cpu = time.perf_counter(), time.process_time()
        review = build_review(store, month)
        print(f"  build_review: {time.perf_counter() - start:.3f} s wall, {time.process_time() - cpu:.3f} s CPU")
        cjk_families()
        for label in ("render PDF (first)", "render PDF (again)"):
            start, cpu = time.perf_counter(), time.process_time()
            pages = write_pdf(Path(tmp) / "inside.pdf", review, translate=untranslated)
            print(f"  {label}: {time.perf_counter() - start:.3f} s wall, {time.process_time() - cpu:.3f} s CPU, "
                  f"{pages} pages")
        start = time.perf_counter()
        write_review_xlsx(review, Path(tmp) / "review.xlsx", translate=untranslated)
        print(f"  Excel export: {time.perf_counter() - start:.3f} s")
        store.close()
        del app


if __name__ == "__main__":
    main()
