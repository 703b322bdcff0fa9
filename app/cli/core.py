"""The frame every `opsdesk-cli` command runs in (DESIGN §5.1).

Global options go before or after the subcommand; with `--json` stdout carries exactly one JSON
document whatever happens; messages go to stderr; exit codes are 0 done, 1 partly refused,
2 unusable input — always with a plain message, never a traceback.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import enum
import json
import logging
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, NoReturn

from app.i18n import QT_TRANSLATE_NOOP, UserError

log = logging.getLogger(__name__)

EXIT_OK = 0
EXIT_PARTIAL = 1
EXIT_UNUSABLE = 2


class UsageError(UserError):
    """Arguments argparse could not make sense of."""


@dataclasses.dataclass
class Outcome:
    """What a command hands back: the JSON document, the text for people, the exit code."""

    data: Any
    text: str = ""
    exit_code: int = EXIT_OK


def to_json(value: Any) -> str:
    def default(obj: Any) -> Any:
        if isinstance(obj, dt.datetime):
            return obj.strftime("%Y-%m-%d %H:%M:%S")
        if isinstance(obj, dt.date):
            return obj.isoformat()
        if isinstance(obj, enum.Enum):
            return obj.value
        if isinstance(obj, Path):
            return str(obj)
        if isinstance(obj, set | frozenset | tuple):
            return list(obj)
        raise TypeError(f"not JSON serialisable: {type(obj).__name__}")

    return json.dumps(value, ensure_ascii=False, default=default, indent=2)


class Context:
    """Per-invocation state: the parsed options, the store (opened on first use), translation."""

    def __init__(self, args: argparse.Namespace, *, whole_process: bool = False) -> None:
        self.args = args
        #: The process ends with this command (`opsdesk-cli` itself, not `main(argv)` called in-process).
        self.whole_process = whole_process
        self._store: Any = None
        self._translator: Callable[[str, str], str] | None = None

    @property
    def data_dir(self) -> str | None:
        return getattr(self.args, "data_dir", None)

    @property
    def database_url(self) -> str | None:
        return getattr(self.args, "database_url", None)

    @property
    def json(self) -> bool:
        return bool(getattr(self.args, "json", False))

    def store(self) -> Any:
        """The store, created and migrated when needed (every command may need it)."""
        if self._store is None:
            from app.store import Store
            from app.store.logs import setup_logging

            self._store = Store.open(self.data_dir, database_url=self.database_url)
            setup_logging(self._store.data_dir)
        return self._store

    def translate(self, context: str, text: str) -> str:
        if self._translator is None:
            self._translator = load_translator(getattr(self.args, "lang", None) or "zh")
        return self._translator(context, text)

    def plain_error(self, exc: Exception) -> UserError | None:
        """A damaged or busy store behind an unexpected error, said plainly (None: a bug)."""
        if self._store is None:
            return None
        from app.store.errors import plain_error

        return plain_error(exc, self._store.db_file)

    def close(self) -> None:
        if self._store is not None:
            self._store.close()


def load_translator(lang: str) -> Callable[[str, str], str]:
    """Chinese is the source language; English looks strings up in the app's .qm through QtCore.

    The translator is asked directly rather than installed on an application, so nothing outside
    this command (another command in the same process, a test's QApplication) changes language.
    """
    if lang != "en":
        return lambda _context, text: text
    from PySide6.QtCore import QTranslator

    from app.resources import resource_path

    translator = QTranslator()
    translator.load(str(resource_path("i18n", "opsdesk_en.qm")))
    return lambda context, text: translator.translate(context, text) or text


def date_option(value: str | None, option: str) -> dt.date | None:
    """A `YYYY-MM-DD` option's value as a date (None when not given); a plain refusal otherwise."""
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise UsageError(QT_TRANSLATE_NOOP("errors", "{option} 的日期“{value}”不对，请写成 YYYY-MM-DD，例如 2026-05-31。"),
                         option=option, value=value) from None


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise UsageError(QT_TRANSLATE_NOOP("errors", "命令参数不对：{detail}。运行 opsdesk-cli --help 查看用法。"),
                         detail=message)


def add_global_options(parser: argparse.ArgumentParser, *, suppress: bool) -> None:
    default = argparse.SUPPRESS if suppress else None
    parser.add_argument("--data-dir", metavar="DIR", default=default, help="数据文件夹（默认：系统的应用数据位置）")
    parser.add_argument("--database-url", metavar="URL", default=default,
                        help="打开团队数据库（PostgreSQL），例如 postgresql+psycopg://用户@主机/opsdesk；"
                             "也可以用环境变量 OPSDESK_DATABASE_URL")
    parser.add_argument("--json", action="store_true", default=argparse.SUPPRESS if suppress else False,
                        help="只在标准输出打印一个 JSON 文档")
    parser.add_argument("--lang", choices=("zh", "en"), default=default, help="界面语言（默认中文）")


def build_parser(registrars: list[Callable[[Any, argparse.ArgumentParser], None]]) -> argparse.ArgumentParser:
    parser = _Parser(prog="opsdesk-cli", description="OpsDesk 运营台命令行：导入、导出、复盘、备份和检查。")
    add_global_options(parser, suppress=False)
    common = _Parser(add_help=False)
    add_global_options(common, suppress=True)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    sub.required = True
    for register in registrars:
        register(sub, common)
    return parser


def run(parser: argparse.ArgumentParser, argv: list[str], *, whole_process: bool = False) -> int:
    want_json = "--json" in argv
    lang = "en" if _option_value(argv, "--lang") == "en" else "zh"
    translate = load_translator(lang) if lang == "en" else (lambda _c, t: t)
    context: Context | None = None
    try:
        args = parser.parse_args(argv)
        context = Context(args, whole_process=whole_process)
        outcome: Outcome = args.func(args, context)
    except UserError as exc:
        message = exc.message(translate)
        _emit({"error": message}, "", want_json)
        print(message, file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print(translate("errors", "已取消。"), file=sys.stderr)
        _emit({"error": "cancelled"}, "", want_json)
        return EXIT_UNUSABLE
    except Exception as exc:  # a bug: log it with its traceback, tell the user plainly
        plain = context.plain_error(exc) if context is not None else None
        if plain is not None:  # a raw sqlite3 call met a damaged or busy store: not a bug
            message = plain.message(translate)
            _emit({"error": message}, "", want_json)
            print(message, file=sys.stderr)
            return plain.exit_code
        log.exception("opsdesk-cli failed")
        message = translate("errors", "OpsDesk 出错了（{kind}），没有写入任何数据。详情见数据文件夹里的日志。").format(
            kind=type(exc).__name__
        )
        _emit({"error": message}, "", want_json)
        print(message, file=sys.stderr)
        return EXIT_UNUSABLE
    finally:
        if context is not None:
            context.close()
    _emit(outcome.data, outcome.text, context.json)
    return outcome.exit_code


def _option_value(argv: list[str], name: str) -> str | None:
    for i, token in enumerate(argv):
        if token == name and i + 1 < len(argv):
            return argv[i + 1]
        if token.startswith(name + "="):
            return token.split("=", 1)[1]
    return None


def _emit(data: Any, text: str, as_json: bool) -> None:
    if as_json:
        sys.stdout.write(to_json(data) + "\n")
    elif text:
        sys.stdout.write(text.rstrip("\n") + "\n")
