"""Import commands: `import`, `undo-import`, `imports` (history) and `template` (DESIGN §5.1)."""

from __future__ import annotations

import argparse
import gc
import sys
from pathlib import Path
from typing import Any

from app.cli.core import EXIT_OK, EXIT_PARTIAL, Context, Outcome, date_option
from app.i18n import QT_TRANSLATE_NOOP

#: The OpsDesk templates (`resources/profiles/templates.json`), named here so `--help` stays instant.
TEMPLATE_KINDS = ("members", "topics", "goals", "campaign_daily", "promotions", "comments", "conversions",
                  "shop_orders")


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("import", parents=[common], help="导入平台后台导出的数据文件或 OpsDesk 模板")
    p.add_argument("files", nargs="+", metavar="FILE", help="要导入的文件（可以一次给多个）")
    p.add_argument("--platform", help="平台（抖音、公众号、小红书 … 或 douyin、wechat …），默认自动识别")
    p.add_argument("--account", metavar="NAME", help="导入到哪个自己的账号（同一平台有多个账号时必须指定）")
    p.add_argument("--as-of", metavar="YYYY-MM-DD", help="数据的统计日期（默认取文件里的日期，没有就用今天）")
    p.add_argument("--profile", help="指定导入格式（默认按表头自动识别）")
    p.add_argument("--dry-run", action="store_true", help="只检查和预估，不写入")
    p.add_argument("--skip-bad-rows", action="store_true", help="跳过有问题的行，导入其余的行")
    p.add_argument("--community", metavar="NAME", help="把企业微信客户或统计归到这个社群（没有就新建）")
    p.set_defaults(func=cmd_import)

    p = sub.add_parser("undo-import", parents=[common], help="撤销一次导入（删除它新增的数据，恢复它改过的数据）")
    p.add_argument("batch_id", type=int, metavar="BATCH_ID", help="导入记录编号（见 opsdesk-cli imports）")
    p.set_defaults(func=cmd_undo)

    p = sub.add_parser("imports", parents=[common], help="列出导入记录")
    p.set_defaults(func=cmd_imports)

    p = sub.add_parser("template", parents=[common], help="生成 OpsDesk 导入模板（中文表头和一行示例）")
    p.add_argument("kind", choices=TEMPLATE_KINDS, metavar="KIND", help="、".join(TEMPLATE_KINDS))
    p.add_argument("out", metavar="OUT.xlsx", help="保存到这个文件")
    p.set_defaults(func=cmd_template)


def cmd_import(args: argparse.Namespace, ctx: Context) -> Outcome:
    from app.services.importing.reader import gc_paused

    with gc_paused():  # the engine's objects and a big file's rows: nothing the collector would free
        outcome = _import(args, ctx)
        if ctx.whole_process:  # the process ends with the import: no collection pass over all it loaded
            gc.freeze()
        return outcome


def _import(args: argparse.Namespace, ctx: Context) -> Outcome:
    from app.services.importing.reader import read_ahead

    read_ahead(Path(args.files[0]).expanduser())  # read while the engine and the store load
    from app.services.importing import ImportOptions, import_files, platform_code

    as_of = date_option(args.as_of, "--as-of")
    if args.platform:
        platform_code(args.platform)
    options = ImportOptions(platform=args.platform, account=args.account, as_of=as_of, profile=args.profile,
                            skip_bad_rows=args.skip_bad_rows, dry_run=args.dry_run, community=args.community)
    run = import_files(ctx.store(), args.files, options)
    files: list[dict[str, Any]] = []
    lines: list[str] = []
    code = EXIT_OK
    for result in run.results:
        entry = result.as_dict(ctx.translate)
        files.append(entry)
        if result.refusal is not None:
            print(f"✗ {result.file}：{entry['message']}", file=sys.stderr)
            code = max(code, result.refusal.exit_code)
            continue
        if result.errors and (result.status in ("refused", "imported") or not args.skip_bad_rows):
            code = max(code, EXIT_PARTIAL)
        lines.append(_describe(result, result.profile_label or "", ctx))
        for error in entry["errors"][:20]:
            lines.append("    " + ctx.translate("cli", "第 {row} 行「{column}」= {value}：{message}").format(**error))
        if len(entry["errors"]) > 20:
            lines.append("    " + ctx.translate("cli", "……还有 {n} 处问题").format(n=len(entry["errors"]) - 20))
    return Outcome({"files": files}, "\n".join(lines), code)


def _describe(result: Any, label: str, ctx: Context) -> str:
    if result.status == "duplicate":
        return ctx.translate("cli", "= {file}：这个文件已经导入过（导入记录 {batch}），没有改动。").format(
            file=result.file, batch=result.batch_id)
    if result.status == "refused":
        return ctx.translate("cli", "✗ {file}（{label}）：有 {n} 处数据读不出来，整个文件没有导入。可以修正后重新导入，或加 --skip-bad-rows 跳过这些行。").format(
            file=result.file, label=label, n=len(result.errors))
    head = ctx.translate("cli", "✓ {file}（{label}，统计日期 {date}）：新增 {inserted}，更新 {updated}，未变 {unchanged}") if result.status == "imported" \
        else ctx.translate("cli", "… {file}（{label}，统计日期 {date}）预计：新增 {inserted}，更新 {updated}，未变 {unchanged}")
    text = head.format(file=result.file, label=label, date=result.captured_on, inserted=result.inserted,
                       updated=result.updated, unchanged=result.unchanged)
    if result.linked:
        text += ctx.translate("cli", "，其中 {n} 条对应到 OpsDesk 里的草稿").format(n=result.linked)
    if result.skipped:
        text += ctx.translate("cli", "，跳过 {n} 行").format(n=result.skipped)
    if result.batch_id:
        text += ctx.translate("cli", "（导入记录 {batch}）").format(batch=result.batch_id)
    return text


def cmd_undo(args: argparse.Namespace, ctx: Context) -> Outcome:
    from app.services.importing import undo_batch

    summary = undo_batch(ctx.store(), args.batch_id)
    text = ctx.translate("cli", "已撤销导入记录 {batch_id}（{file}）：删除 {deleted} 行，恢复 {restored} 行。").format(**summary)
    return Outcome(summary, text)


def cmd_imports(_args: argparse.Namespace, ctx: Context) -> Outcome:
    from app.services.importing import list_batches

    batches = list_batches(ctx.store())
    status = {"imported": ctx.translate("cli", "已导入"), "undone": ctx.translate("cli", "已撤销")}
    lines = [
        f"{b['id']:>5}  {b['imported_at']}  {status.get(b['status'], b['status'])}  {b['file_name']}  "
        f"{b['profile']}  +{b['inserted']} ~{b['updated']} ={b['unchanged']}"
        for b in batches
    ]
    return Outcome({"batches": batches}, "\n".join(lines) or ctx.translate("cli", "还没有导入记录。"))


def cmd_template(args: argparse.Namespace, ctx: Context) -> Outcome:
    from app.services.importing.templates import write_template

    out = Path(args.out).expanduser()
    try:
        write_template(args.kind, out)
    except OSError as exc:
        from app.i18n import UserError

        raise UserError(QT_TRANSLATE_NOOP("errors", "无法写入 {path}：{reason}"), path=str(out),
                        reason=exc.strerror or str(exc)) from exc
    return Outcome({"template": args.kind, "file": str(out)},
                   ctx.translate("cli", "模板已保存到 {path}").format(path=out), EXIT_OK)
