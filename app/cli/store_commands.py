"""Store commands: version, check, backup, restore, demo data, and moving a store to and from a team server."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from app.cli.core import EXIT_OK, EXIT_UNUSABLE, Context, Outcome
from app.i18n import QT_TRANSLATE_NOOP, UserError


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("version", parents=[common], help="显示版本")
    p.set_defaults(func=cmd_version)

    p = sub.add_parser("check", parents=[common], help="检查数据文件的完整性，并统计每张表的行数")
    p.set_defaults(func=cmd_check)

    p = sub.add_parser("backup", parents=[common], help="立即备份数据")
    p.add_argument("--to", metavar="FILE", help="备份到这个文件（默认放在数据文件夹的 backups 里）")
    p.set_defaults(func=cmd_backup)

    p = sub.add_parser("restore", parents=[common], help="从备份恢复（会先备份当前数据）")
    p.add_argument("file", metavar="FILE", help="备份文件")
    p.set_defaults(func=cmd_restore)

    p = sub.add_parser("demo", parents=[common], help="填入演示数据（一个运营者一年的数据）")
    p.add_argument("--force", action="store_true", help="已有数据时先备份，再用演示数据替换")
    p.add_argument("--seed", type=int, default=7, help="随机种子（同一个种子得到同样的数据）")
    p.set_defaults(func=cmd_demo)

    p = sub.add_parser("me", parents=[common],
                       help="显示或设置我的名字：团队数据库里谁改了什么、谁导入的，都署这个名字（记在这台电脑上）")
    who = p.add_mutually_exclusive_group()
    who.add_argument("--name", metavar="NAME", help="把我的名字设成 NAME")
    who.add_argument("--clear", action="store_true", help="清掉我的名字（之后的改动不署名）")
    p.set_defaults(func=cmd_me)

    p = sub.add_parser("push", parents=[common], help="把这台电脑上的数据复制到一个空的团队数据库（PostgreSQL）")
    p.add_argument("--to", metavar="URL", required=True, help="团队数据库地址，例如 postgresql+psycopg://用户@主机/opsdesk")
    p.set_defaults(func=cmd_push)

    p = sub.add_parser("pull", parents=[common], help="把团队数据库复制一份到这台电脑（--data-dir 指定的空文件夹）")
    p.add_argument("--from", dest="source", metavar="URL", help="团队数据库地址（默认：--database-url 或 OPSDESK_DATABASE_URL）")
    p.set_defaults(func=cmd_pull)


def cmd_version(_args: argparse.Namespace, ctx: Context) -> Outcome:
    from app import __version__
    from app.store.schema import head_revision

    data = {"version": __version__, "schema": head_revision()}
    schema = ctx.translate("cli", "数据版本")
    return Outcome(data, f"OpsDesk {__version__} ({schema} {data['schema']})")


def cmd_check(_args: argparse.Namespace, ctx: Context) -> Outcome:
    from app.services.maintenance import MISSING_COLUMN, MISSING_TABLE, check_store

    report = check_store(ctx.store())
    integrity = ctx.translate("cli", "完整性")
    lines = [f"{integrity}: {report['integrity']}"]
    if report["schema"]:
        lines.append(ctx.translate("cli", "数据文件的结构和这个版本不一致："))
        lines += [f"  {ctx.translate('errors', MISSING_COLUMN if p['column'] else MISSING_TABLE).format(**p)}"
                  for p in report["schema"]]
    lines += [f"  {name}: {count}" for name, count in report["tables"].items()]
    healthy = report["integrity"] == "ok" and not report["schema"]
    return Outcome(report, "\n".join(lines), EXIT_OK if healthy else EXIT_UNUSABLE)


def cmd_backup(args: argparse.Namespace, ctx: Context) -> Outcome:
    dest = Path(args.to).expanduser().resolve() if args.to else None
    path = ctx.store().backup(dest)
    return Outcome({"backup": str(path)}, ctx.translate("cli", "已备份到 {path}").format(path=path))


def cmd_restore(args: argparse.Namespace, ctx: Context) -> Outcome:
    store = ctx.store()
    safety = store.restore(Path(args.file).expanduser().resolve())
    data = {"restored": str(Path(args.file).resolve()), "previous_backup": str(safety) if safety else None}
    return Outcome(data, ctx.translate("cli", "已恢复。恢复前的数据备份在 {path}").format(path=safety))


class StoreNotEmptyError(UserError):
    pass


def cmd_demo(args: argparse.Namespace, ctx: Context) -> Outcome:
    from app.services.demo import fill_demo

    store = ctx.store()
    replaced_backup = None
    if not store.is_empty():
        if not args.force:
            raise StoreNotEmptyError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "数据文件夹 {folder} 里已经有数据，没有写入演示数据。要替换成演示数据，请加 --force（会先自动备份）。",
                ),
                folder=_where(store),
            )
        with store.alone(QT_TRANSLATE_NOOP(
            "errors", "OpsDesk 窗口正开着这个数据文件夹 {folder}，没有写入演示数据，数据没有改动。请先关掉窗口再替换。"
        )):
            replaced_backup = store.backup(reason="before-demo")
            counts = fill_demo(store, seed=args.seed, replace=True)
    else:
        counts = fill_demo(store, seed=args.seed, replace=bool(args.force))
    data = {"data_dir": str(store.data_dir), "store": store.describe(), "tables": counts,
            "previous_backup": str(replaced_backup) if replaced_backup else None}
    text = ctx.translate("cli", "演示数据已写入 {folder}").format(folder=_where(store))
    return Outcome(data, text)


def _where(store: Any) -> str:
    """The data folder, or the team store's "PostgreSQL db@host"."""
    return store.describe() if store.is_server else str(store.data_dir)


class NoServerError(UserError):
    pass


def _copy(ctx: Context, source: Any, target: Any) -> Outcome:
    from app.store.transfer import copy_store

    copied = copy_store(source, target)
    data = {"from": source.describe(), "to": target.describe(), "tables": copied, "rows": sum(copied.values())}
    text = ctx.translate("cli", "已把 {rows} 行从 {source} 复制到 {target}").format(
        rows=data["rows"], source=data["from"], target=data["to"])
    return Outcome(data, text)


def cmd_me(args: argparse.Namespace, ctx: Context) -> Outcome:
    """The name this computer's saves and imports are signed with (设置 → 团队数据库 → 我的名字)."""
    from app.services import team

    name = team.set_my_name(None if args.clear else args.name) if args.clear or args.name is not None \
        else team.my_name()
    text = (ctx.translate("cli", "我的名字：{name}（团队数据库里的改动和导入署这个名字）").format(name=name) if name
            else ctx.translate("cli", "还没有设置名字：改动和导入不署名。用 opsdesk-cli me --name 名字 设置。"))
    return Outcome({"name": name}, text)


def cmd_push(args: argparse.Namespace, ctx: Context) -> Outcome:
    """The local store (--data-dir, never a server) into an empty team store."""
    from app.store import Store, resolve_data_dir
    from app.store.logs import setup_logging

    folder = resolve_data_dir(ctx.data_dir)
    with Store.open(folder) as local:
        setup_logging(local.data_dir)
        with Store.open(folder, database_url=args.to) as team:
            return _copy(ctx, local, team)


def cmd_pull(args: argparse.Namespace, ctx: Context) -> Outcome:
    """A team store into the local folder (--data-dir), which must hold no data yet."""
    from app.store import Store, choose_database_url, resolve_data_dir
    from app.store.logs import setup_logging

    url = args.source or choose_database_url(ctx.database_url)
    if not url:
        raise NoServerError(QT_TRANSLATE_NOOP("errors", "没有说从哪个团队数据库复制：请加 --from postgresql+psycopg://…"))
    folder = resolve_data_dir(ctx.data_dir)
    with Store.open(folder, database_url=url) as team:
        setup_logging(folder)
        with Store.open(folder) as local:
            return _copy(ctx, team, local)
