"""User-operations commands: `segments` (recompute, thresholds, export, history), `needs`, `feedback`.

    opsdesk-cli segments [--today YYYY-MM-DD] [--set KEY=VALUE ...]
    opsdesk-cli segments export SEGMENT OUT.xlsx [--today YYYY-MM-DD] [--full-personal-data]
    opsdesk-cli members privacy [--keep-personal-data on|off [--erase]] [--show-full on|off]
    opsdesk-cli segments history
    opsdesk-cli needs [--all]
    opsdesk-cli needs export OUT.xlsx [--all]
    opsdesk-cli feedback add TEXT [--source dm|group|survey|comment|other] [--category …] [--tag T …] [--member-id N]
    opsdesk-cli feedback list [--status …]
    opsdesk-cli feedback topic ID

`segments` and `segments export` recompute first, so what they report is current.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from app.cli.core import Context, Outcome, date_option
from app.i18n import QT_TRANSLATE_NOOP, UserError
from app.vocabulary import label

SEGMENT_CHOICES = ("core", "potential", "churned", "new")


class DateArgumentError(UserError):
    pass


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("segments", parents=[common], help="重新计算用户分层并显示各层人数、阈值；可导出某一层")
    _today_option(p, argparse_default=None)
    p.add_argument("--set", action="append", metavar="KEY=VALUE", default=[],
                   help="修改分层阈值后再计算（可重复），如 --set core_spend=800")
    p.set_defaults(func=cmd_segments)
    actions = p.add_subparsers(dest="segments_action", metavar="ACTION", parser_class=type(p))
    e = actions.add_parser("export", parents=[common], help="把某一层用户导出成 Excel，方便触达")
    e.add_argument("segment", choices=SEGMENT_CHOICES, help="core 核心 / potential 潜力 / churned 流失 / new 新用户")
    e.add_argument("out", metavar="OUT.xlsx", help="要写入的 .xlsx 文件")
    _today_option(e, argparse_default=argparse.SUPPRESS)
    e.add_argument("--full-personal-data", action="store_true", help="手机号和邮箱不打码，完整导出")
    e.set_defaults(func=cmd_segments_export)
    h = actions.add_parser("history", parents=[common], help="每月各层人数和流失率")
    h.set_defaults(func=cmd_segments_history)

    p = sub.add_parser("members", parents=[common], help="用户名单的设置：是否保存客户的手机号和邮箱")
    actions = p.add_subparsers(dest="members_action", metavar="ACTION", parser_class=type(p))
    actions.required = True
    v = actions.add_parser("privacy", parents=[common], help="显示或修改个人信息（手机号、邮箱）的设置")
    v.add_argument("--keep-personal-data", choices=("on", "off"), help="导入时是否保存客户的手机号和邮箱")
    v.add_argument("--erase", action="store_true", help="和 --keep-personal-data off 一起用：清除已保存的手机号和邮箱")
    v.add_argument("--show-full", choices=("on", "off"), help="用户列表里是否显示完整的手机号和邮箱（off 为打码）")
    v.set_defaults(func=cmd_members_privacy)

    p = sub.add_parser("needs", parents=[common], help="用户需求清单：按主题汇总的反馈")
    p.add_argument("--all", action="store_true", help="包括已完成和不做的反馈")
    p.set_defaults(func=cmd_needs)
    actions = p.add_subparsers(dest="needs_action", metavar="ACTION", parser_class=type(p))
    e = actions.add_parser("export", parents=[common], help="把用户需求清单导出成 Excel")
    e.add_argument("out", metavar="OUT.xlsx", help="要写入的 .xlsx 文件")
    e.add_argument("--all", action="store_true", default=argparse.SUPPRESS, help="包括已完成和不做的反馈")
    e.set_defaults(func=cmd_needs_export)

    p = sub.add_parser("feedback", parents=[common], help="反馈记录：添加、查看、转成选题")
    actions = p.add_subparsers(dest="feedback_action", metavar="ACTION", parser_class=type(p))
    actions.required = True
    a = actions.add_parser("add", parents=[common], help="记一条反馈")
    a.add_argument("text", help="反馈内容")
    a.add_argument("--source", default="other", help="来源：dm 私信 / group 社群 / survey 问卷 / comment 评论 / other")
    a.add_argument("--category", default="content", help="类别：content 内容 / product 产品 / service 服务 / other")
    a.add_argument("--tag", action="append", default=[], metavar="TAG", help="标签（可重复）")
    a.add_argument("--member-id", type=int, help="提出反馈的用户编号")
    a.set_defaults(func=cmd_feedback_add)
    s = actions.add_parser("list", parents=[common], help="列出反馈（最新在前）")
    s.add_argument("--status", choices=("new", "planned", "done", "wont_do"), help="只看这个状态")
    s.set_defaults(func=cmd_feedback_list)
    t = actions.add_parser("topic", parents=[common], help="把一条反馈转成选题（来源：用户需求），双向关联")
    t.add_argument("id", type=int, help="反馈编号")
    t.set_defaults(func=cmd_feedback_topic)


def _today_option(parser: argparse.ArgumentParser, argparse_default: Any) -> None:
    parser.add_argument("--today", metavar="YYYY-MM-DD", default=argparse_default,
                        help="按这一天计算（默认今天），便于复现结果")


def _pairs(raw: list[str]) -> dict[str, str]:
    values = {}
    for item in raw:
        key, sep, value = item.partition("=")
        if not sep:
            raise DateArgumentError(QT_TRANSLATE_NOOP("errors", "阈值 {value} 要写成 名称=数值，如 core_spend=800。"),
                                    value=item)
        values[key.strip()] = value.strip()
    return values


def cmd_segments(args: argparse.Namespace, ctx: Context) -> Outcome:
    from app.services import segments

    store = ctx.store()
    today = date_option(getattr(args, "today", None), "--today")
    changes = _pairs(args.set)
    if changes:
        counts = segments.set_thresholds(store, changes, today=today)
    else:
        counts = segments.recompute_segments(store, today)
    thresholds = segments.get_thresholds(store)
    lines = [f"{label('segment', code, ctx.translate)} ({code}): {counts[code]}"
             for code in segments.SEGMENTS]
    lines.append(ctx.translate("cli", "合计 {n} 人").format(n=sum(counts.values())))
    lines += [f"  {key} = {value}" for key, value in thresholds.items()]
    return Outcome({"thresholds": thresholds, "segments": counts}, "\n".join(lines))


def cmd_segments_export(args: argparse.Namespace, ctx: Context) -> Outcome:
    from app.report.workbooks import write_segment_xlsx
    from app.services import segments

    store = ctx.store()
    segments.recompute_segments(store, date_option(getattr(args, "today", None), "--today"))
    out = Path(args.out).expanduser().resolve()
    rows = segments.segment_members(store, args.segment, full_personal=args.full_personal_data)
    n = write_segment_xlsx(out, args.segment, rows, translate=ctx.translate)
    text = ctx.translate("cli", "已把 {n} 位{segment}导出到 {file}").format(
        n=n, segment=label("segment", args.segment, ctx.translate), file=out)
    return Outcome({"segment": args.segment, "members": n, "file": str(out)}, text)


def cmd_members_privacy(args: argparse.Namespace, ctx: Context) -> Outcome:
    from app.services import privacy

    store = ctx.store()
    keep = privacy.keeps_personal_data(store)
    if args.keep_personal_data is not None:
        keep = args.keep_personal_data == "on"
    erased = 0
    if args.keep_personal_data is not None or args.show_full is not None or args.erase:
        show = None if args.show_full is None else args.show_full == "on"
        erased = privacy.set_personal_data(store, keep, erase=args.erase, show=show)["erased"]
    data = {"keep_personal_data": privacy.keeps_personal_data(store), "show_full": privacy.shows_personal_data(store),
            "stored": privacy.stored_personal_data(store), "erased": erased}
    on_off = {True: ctx.translate("cli", "开"), False: ctx.translate("cli", "关")}
    lines = [ctx.translate("cli", "保存客户的手机号和邮箱：{state}").format(state=on_off[data["keep_personal_data"]]),
             ctx.translate("cli", "用户列表显示完整手机号和邮箱：{state}").format(state=on_off[data["show_full"]]),
             ctx.translate("cli", "存有手机号或邮箱的用户：{n} 位").format(n=data["stored"])]
    if erased:
        lines.append(ctx.translate("cli", "已清除 {n} 位用户的手机号和邮箱").format(n=erased))
    return Outcome(data, "\n".join(lines))


def cmd_segments_history(_args: argparse.Namespace, ctx: Context) -> Outcome:
    from app.services import segments

    history = segments.segment_history(ctx.store())
    lines = []
    churn = ctx.translate("cli", "流失率")
    for h in history:
        rate = "-" if h["churn_rate"] is None else f"{h['churn_rate']:.1%}"
        counts = "  ".join(f"{code} {h[code]}" for code in segments.SEGMENTS)
        lines.append(f"{h['month']}  {counts}  {churn} {rate}")
    return Outcome({"history": history}, "\n".join(lines) or ctx.translate("cli", "还没有分层记录。"))


def cmd_needs(args: argparse.Namespace, ctx: Context) -> Outcome:
    from app.services.feedback import needs_list

    needs = needs_list(ctx.store(), include_closed=args.all)
    still_open = ctx.translate("cli", "未处理")
    lines = [f"{n['theme']}  {n['count']}  ({still_open} {n['open']})  "
             f"{n['latest'][0]['text'][:40]}" for n in needs]
    return Outcome({"needs": needs}, "\n".join(lines) or ctx.translate("cli", "还没有反馈。"))


def cmd_needs_export(args: argparse.Namespace, ctx: Context) -> Outcome:
    from app.report.workbooks import write_needs_xlsx
    from app.services.feedback import needs_list

    out = Path(args.out).expanduser().resolve()
    n = write_needs_xlsx(out, needs_list(ctx.store(), include_closed=getattr(args, "all", False)), translate=ctx.translate)
    return Outcome({"themes": n, "file": str(out)},
                   ctx.translate("cli", "已把 {n} 个需求主题导出到 {file}").format(n=n, file=out))


def cmd_feedback_add(args: argparse.Namespace, ctx: Context) -> Outcome:
    from app.services.feedback import add_feedback

    fid = add_feedback(ctx.store(), args.text, source=args.source, category=args.category, tags=args.tag,
                       member_id=args.member_id)
    return Outcome({"id": fid}, ctx.translate("cli", "已记下反馈 #{id}").format(id=fid))


def cmd_feedback_list(args: argparse.Namespace, ctx: Context) -> Outcome:
    from app.services.feedback import list_feedback

    items = list_feedback(ctx.store(), status=args.status)
    lines = [f"#{f['id']}  {f['received_at']:%Y-%m-%d}  {f['source']}/{f['category']}/{f['status']}  {f['text'][:50]}"
             for f in items]
    return Outcome({"feedback": items}, "\n".join(lines) or ctx.translate("cli", "还没有反馈。"))


def cmd_feedback_topic(args: argparse.Namespace, ctx: Context) -> Outcome:
    from app.services.feedback import make_topic_from_feedback

    topic_id = make_topic_from_feedback(ctx.store(), args.id)
    return Outcome({"feedback_id": args.id, "topic_id": topic_id},
                   ctx.translate("cli", "反馈 #{id} 已转成选题 #{topic}").format(id=args.id, topic=topic_id))
