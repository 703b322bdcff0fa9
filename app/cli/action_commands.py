"""`actions`: the month's action items (行动项) from the review, and ticking them done."""

from __future__ import annotations

import argparse
from typing import Any

from app.cli.core import Context, Outcome


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("actions", parents=[common], help="行动项：复盘定下的下月要改的事，列出、标记完成")
    p.add_argument("--month", metavar="YYYY-MM", help="哪个月的行动项（默认：本月）")
    p.set_defaults(func=cmd_actions)
    verbs = p.add_subparsers(dest="actions_verb", metavar="ACTION", parser_class=type(p))
    for verb, done, text in (("done", True, "把行动项标记为已完成"), ("undone", False, "取消已完成标记")):
        v = verbs.add_parser(verb, parents=[common], help=text)
        v.add_argument("id", type=int, metavar="ID", help="行动项编号（见 actions 列表）")
        v.set_defaults(func=cmd_done, done=done)


def _line(item: dict[str, Any]) -> str:
    due = f" ({item['due_date']:%m-%d})" if item["due_date"] else ""
    return f"  #{item['id']} {'✓' if item['done'] else '☐'} {item['platform_name']} {item['text']}{due}"


def cmd_actions(args: argparse.Namespace, ctx: Context) -> Outcome:
    from app import clock
    from app.models.vocabulary import Month
    from app.services.actions import action_items

    month = args.month or str(Month.of(clock.today()))
    items = action_items(ctx.store(), month, translate=ctx.translate)
    lines = [ctx.translate("cli", "{month} 行动项：{total} 项，已完成 {done} 项").format(
        month=month, total=len(items), done=sum(i["done"] for i in items))]
    lines += [_line(i) for i in items]
    return Outcome({"month": month, "actions": items}, "\n".join(lines))


def cmd_done(args: argparse.Namespace, ctx: Context) -> Outcome:
    from app.services.actions import set_done

    item = set_done(ctx.store(), args.id, args.done)
    text = (ctx.translate("cli", "已完成：{text}") if item["done"] else ctx.translate("cli", "已改回未完成：{text}"))
    return Outcome({"action": item}, text.format(text=item["text"]))
