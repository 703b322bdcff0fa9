"""`opsdesk-cli`: the services headless, for automation and checks (DESIGN §5.1).

Each command lives in a module of this package with a `register(subparsers, common)` function;
heavy imports happen inside the command, so `opsdesk-cli --help` stays instant.
"""

from __future__ import annotations

import gc
import importlib
import sys
from pathlib import Path

from app.cli.core import build_parser, run

#: The modules that add commands, in the order `--help` lists them.
COMMAND_MODULES = (
    "app.cli.store_commands",
    "app.cli.import_commands",
    "app.cli.export_commands",
    "app.cli.planning_commands",
    "app.cli.content_commands",
    "app.cli.community_commands",
    "app.cli.survey_commands",
    "app.cli.analytics_commands",
    "app.cli.campaign_commands",
    "app.cli.watch_commands",
    "app.cli.review_commands",
    "app.cli.plan_commands",
    "app.cli.action_commands",
    "app.cli.shortcut_commands",
    "app.cli.account_commands",
)


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if argv is None:
        _read_ahead(args)
    registrars = [importlib.import_module(name).register for name in COMMAND_MODULES]
    code = run(build_parser(registrars), args, whole_process=argv is None)
    if argv is None:
        # Everything the command made goes with the process: spare the interpreter's collection pass
        # at exit walking it (the engine, the models and an import's rows: ~0.2 s of CPU).
        gc.freeze()
        sys.exit(code)
    return code


def _read_ahead(args: list[str]) -> None:
    """`import FILE …`: start reading the first file before the commands load. Calamine lets go of
    the GIL, so a big export is read while the engine and the models are imported; a wrong guess
    (an option's value that names a file) is only a reading nobody takes."""
    if "import" not in args:
        return
    for arg in args[args.index("import") + 1:]:
        path = Path(arg).expanduser()
        if not arg.startswith("-") and path.is_file():
            from app.services.importing.reader import read_ahead

            read_ahead(path)
            return
