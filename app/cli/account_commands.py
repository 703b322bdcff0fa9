"""Account commands (账号): list, add, rename, merge two into one, archive and bring back.

    opsdesk-cli accounts list [--active]
        → {"accounts": [{"id", "platform", "name", "is_own", "archived", "posts", "first_day", "last_day"}]}
    opsdesk-cli accounts add --platform P --name N      → {"account": {...}}
    opsdesk-cli accounts rename ID NAME                 → {"account": {...}}
    opsdesk-cli accounts merge FROM_ID INTO_ID
        → {"from", "into", "moved": {table: rows}, "combined": {table: rows}, "same_work": [...]}
    opsdesk-cli accounts archive ID | unarchive ID      → {"account": {...}}

Every change is one transaction in `app.services.accounts`; a refused one (unknown id, a name the
platform already has, a merge across platforms or of an own with a benchmark account) exits 2 and
writes nothing.
"""

from __future__ import annotations

import argparse
from typing import Any

from app.cli.core import Context, Outcome
from app.vocabulary import Platform


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("accounts", parents=[common], help="账号：列出、添加、改名、合并、归档")
    actions = p.add_subparsers(dest="accounts_action", metavar="ACTION", parser_class=type(p))
    actions.required = True
    ls = actions.add_parser("list", parents=[common], help="列出全部账号（含对标账号和已归档的）")
    ls.add_argument("--active", action="store_true", help="不列已归档的账号")
    ls.set_defaults(func=cmd_list)
    a = actions.add_parser("add", parents=[common], help="添加自己的账号")
    a.add_argument("--platform", required=True, choices=[p.value for p in Platform], help="平台")
    a.add_argument("--name", required=True, help="账号名称")
    a.set_defaults(func=cmd_add)
    r = actions.add_parser("rename", parents=[common], help="给账号改名（数据不变）")
    r.add_argument("id", type=int, help="账号编号（见 accounts list）")
    r.add_argument("name", help="新名称")
    r.set_defaults(func=cmd_rename)
    m = actions.add_parser("merge", parents=[common],
                           help="把一个账号的全部数据并入另一个（同平台、同为自己的或同为对标账号），然后删掉前者")
    m.add_argument("from_id", type=int, metavar="FROM_ID", help="要并掉的账号编号")
    m.add_argument("into_id", type=int, metavar="INTO_ID", help="保留的账号编号")
    m.set_defaults(func=cmd_merge)
    for name, archived, text in (("archive", True, "归档账号：数据保留，不再出现在选择框和账号列表里"),
                                 ("unarchive", False, "取消归档")):
        x = actions.add_parser(name, parents=[common], help=text)
        x.add_argument("id", type=int, help="账号编号")
        x.set_defaults(func=cmd_archive, archived=archived)


def _line(ctx: Context, account: dict[str, Any]) -> str:
    from app.models.vocabulary import platform_name

    kind = ctx.translate("cli", "自己的") if account["is_own"] else ctx.translate("cli", "对标")
    marks = [kind] + ([ctx.translate("cli", "已归档")] if account["archived"] else [])
    platform = platform_name(account["platform"], ctx.translate)
    return f"{account['id']:>4}  {platform}  {account['name']}（{'，'.join(marks)}）"


def cmd_list(args: argparse.Namespace, ctx: Context) -> Outcome:
    from app.services.accounts import account_list

    rows = account_list(ctx.store(), include_archived=not args.active)
    posts = ctx.translate("cli", "{n} 篇作品")
    lines = [f"{_line(ctx, r)}  {posts.format(n=r['posts'])}" for r in rows]
    return Outcome({"accounts": rows}, "\n".join(lines) or ctx.translate("cli", "还没有账号。"))


def cmd_add(args: argparse.Namespace, ctx: Context) -> Outcome:
    from app.services.accounts import add_account

    account = add_account(ctx.store(), args.platform, args.name)
    return Outcome({"account": account}, ctx.translate("cli", "已添加账号：") + _line(ctx, account))


def cmd_rename(args: argparse.Namespace, ctx: Context) -> Outcome:
    from app.services.accounts import rename_account

    account = rename_account(ctx.store(), args.id, args.name)
    return Outcome({"account": account}, ctx.translate("cli", "已改名：") + _line(ctx, account))


def cmd_merge(args: argparse.Namespace, ctx: Context) -> Outcome:
    from app.services.accounts import merge_accounts

    report = merge_accounts(ctx.store(), args.from_id, args.into_id)
    lines = [ctx.translate("cli", "已把「{a}」并入「{b}」：作品 {posts} 篇、每日数据 {days} 天移了过去，「{a}」已删除。").format(
        a=report["from"]["name"], b=report["into"]["name"], posts=report["moved"].get("post", 0),
        days=report["moved"].get("account_daily", 0) + report["combined"]["account_daily"])]
    if report["combined"]["account_daily"] or report["combined"]["goal"]:
        lines.append(ctx.translate("cli", "两个账号都有的 {days} 天数据和 {goals} 个月度目标：保留「{b}」的数字，空着的用「{a}」的补上。").format(
            days=report["combined"]["account_daily"], goals=report["combined"]["goal"],
            a=report["from"]["name"], b=report["into"]["name"]))
    if report["same_work"]:
        lines.append(ctx.translate("cli", "下面 {n} 篇看起来是同一作品，两篇都保留了，请核对后删掉多余的一篇：").format(
            n=len(report["same_work"])))
        lines += [f"  #{p['post_id']} {p['title']} ↔ #{p['kept_id']}" for p in report["same_work"]]
    return Outcome(report, "\n".join(lines))


def cmd_archive(args: argparse.Namespace, ctx: Context) -> Outcome:
    from app.services.accounts import set_archived

    account = set_archived(ctx.store(), args.id, args.archived)
    text = ctx.translate("cli", "已归档：") if args.archived else ctx.translate("cli", "已取消归档：")
    return Outcome({"account": account}, text + _line(ctx, account))
