"""Imported surveys and 企业微信 activity: `surveys`, `surveys show ID [--pdf F]`, `activity`.

    opsdesk-cli surveys
    opsdesk-cli surveys show ID [--pdf OUT.pdf]
    opsdesk-cli activity [--from YYYY-MM-DD] [--to YYYY-MM-DD]
"""

from __future__ import annotations

import argparse
import datetime as dt
from typing import Any

from app.cli.core import Context, Outcome, date_option


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("surveys", parents=[common], help="导入的问卷（问卷星）和每道题的统计")
    p.set_defaults(func=cmd_surveys)
    actions = p.add_subparsers(dest="surveys_action", metavar="ACTION", parser_class=type(p))
    s = actions.add_parser("show", parents=[common], help="一份问卷每道选择题各选项的人数；可打印成 PDF")
    s.add_argument("survey_id", type=int, metavar="ID", help="问卷编号（见 opsdesk-cli surveys）")
    s.add_argument("--pdf", metavar="OUT.pdf", help="把问卷结果打印成 A4 PDF")
    s.set_defaults(func=cmd_survey_show)
    p = sub.add_parser("activity", parents=[common], help="企业微信社群活跃：每天的群消息、发言人数、新增客户，和每位成员的合计")
    p.add_argument("--from", dest="first", metavar="YYYY-MM-DD", help="从哪天起（默认 30 天前）")
    p.add_argument("--to", dest="last", metavar="YYYY-MM-DD", help="到哪天（默认今天）")
    p.set_defaults(func=cmd_activity)


def cmd_surveys(args: argparse.Namespace, ctx: Context) -> Outcome:
    from app.services.surveys import list_surveys

    surveys = list_surveys(ctx.store())
    lines = [f"{s['id']}  {s['title']}  ({s['responses']})" for s in surveys]
    return Outcome({"surveys": surveys}, "\n".join(lines) or ctx.translate("cli", "还没有导入问卷。"))


def cmd_survey_show(args: argparse.Namespace, ctx: Context) -> Outcome:
    from app import clock
    from app.services.surveys import survey_results

    results = survey_results(ctx.store(), args.survey_id)
    lines = [f"{results['title']}  ({results['responses']})"]
    for question in results["questions"]:
        lines.append(f"{question['no']}. {question['text']}")
        lines += [f"    {option}  {n}" for option, n in question.get("counts", [])]
    if args.pdf:
        from app.report.sheet import offscreen_app
        from app.report.survey_sheet import write_survey_pdf

        offscreen_app()
        pages = write_survey_pdf(args.pdf, results, clock.today(), translate=ctx.translate)
        results["pdf"] = {"path": args.pdf, "pages": pages}
        lines.append(ctx.translate("cli", "PDF 已保存：{path}（{pages} 页）").format(path=args.pdf, pages=pages))
    return Outcome(results, "\n".join(lines))


def cmd_activity(args: argparse.Namespace, ctx: Context) -> Outcome:
    from app import clock
    from app.services.surveys import daily_activity

    last = date_option(args.last, "--to") or clock.today()
    first = date_option(args.first, "--from") or last - dt.timedelta(days=29)
    activity = daily_activity(ctx.store(), first, last)
    lines = [f"{d['day']}  {d['group_messages']}  {d['active_group_members']}  {d['new_customers']}" for d in activity["days"]]
    return Outcome({"from": first, "to": last, **activity},
                   "\n".join(lines) or ctx.translate("cli", "这段时间没有企业微信统计。"))
