"""`opsdesk-cli export`: the whole store (or chosen tables) to one typed .xlsx."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from app.cli.core import Context, Outcome


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("export", parents=[common], help="把整个数据库（或指定的表）导出成一个 Excel 工作簿")
    p.add_argument("out", metavar="OUT.xlsx", help="要写入的 .xlsx 文件")
    p.add_argument("--table", action="append", metavar="NAME", help="只导出这张表（可重复）")
    p.add_argument("--with-personal-data", action="store_true", help="连同用户的手机号和邮箱一起导出（默认不导出）")
    p.set_defaults(func=cmd_export)


def cmd_export(args: argparse.Namespace, ctx: Context) -> Outcome:
    from app.services.workbook import export_store

    out = Path(args.out).expanduser().resolve()
    counts = export_store(ctx.store(), out, tables=args.table, personal=args.with_personal_data)
    data = {"file": str(out), "sheets": counts}
    text = ctx.translate("cli", "已导出 {n} 张表、{rows} 行到 {file}").format(
        n=len(counts), rows=sum(counts.values()), file=out
    )
    return Outcome(data, text)
