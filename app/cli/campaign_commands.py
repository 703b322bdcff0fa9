"""Campaign commands: `campaigns` (targets, results, ratios, ROI; `new`, `review`, `templates`),
`collaborations` and `competitors` (`--side-by-side`)."""

from __future__ import annotations

import argparse
from typing import Any

from app.cli.core import Context, Outcome, date_option
from app.i18n import QT_TRANSLATE_NOOP, UserError


class DateArgumentError(UserError):
    pass


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("campaigns", parents=[common], help="列出活动：目标、实际结果、完成率、分享率、ROI，以及进度提醒")
    p.add_argument("--id", type=int, metavar="N", help="只看这个活动")
    _today_option(p, None)
    p.set_defaults(func=cmd_campaigns)
    actions = p.add_subparsers(dest="campaigns_action", metavar="ACTION", parser_class=type(p))
    t = actions.add_parser("templates", parents=[common], help="列出活动模板（裂变、打卡、抽奖、直播）")
    t.set_defaults(func=cmd_templates)
    n = actions.add_parser("new", parents=[common], help="用模板新建一个活动（字段和任务清单都会预填）")
    n.add_argument("template", metavar="TEMPLATE", help="模板：referral / checkin / lottery / live")
    n.add_argument("--start", required=True, metavar="YYYY-MM-DD", help="正式开始日期")
    n.add_argument("--name", help="活动名称（默认用模板的名称）")
    n.set_defaults(func=cmd_new)
    r = actions.add_parser("review", parents=[common], help="活动复盘：结果对目标、分享率、ROI、反馈、问题和经验")
    r.add_argument("id", type=int, metavar="N", help="活动编号")
    _today_option(r, argparse.SUPPRESS)
    r.set_defaults(func=cmd_review)
    g = actions.add_parser("guide", parents=[common], help="活动优化指南：历次活动的经验教训；可打印成 PDF")
    g.add_argument("--pdf", metavar="OUT.pdf", help="把活动优化指南打印成 A4 PDF")
    _today_option(g, argparse.SUPPRESS)
    g.set_defaults(func=cmd_guide)

    p = sub.add_parser("collaborations", parents=[common], help="列出合作（KOL、品牌、机构）及花费、涨粉、转化")
    p.set_defaults(func=cmd_collaborations)

    p = sub.add_parser("competitors", parents=[common], help="列出竞品账号档案和粉丝数；--side-by-side 与自己的账号对比")
    p.add_argument("--platform", metavar="P", help="只看这个平台（douyin、抖音 …）")
    p.add_argument("--side-by-side", action="store_true", help="与自己的账号放在一起对比")
    _today_option(p, None)
    p.set_defaults(func=cmd_competitors)


def _today_option(parser: argparse.ArgumentParser, default: Any) -> None:
    parser.add_argument("--today", metavar="YYYY-MM-DD", default=default, help="按这一天计算（默认今天），便于复现结果")


def _pct(value: float | None) -> str:
    return "-" if value is None else f"{value * 100:.1f}%"


def _num(value: Any) -> str:
    return "-" if value is None else f"{value:,}" if isinstance(value, int) else f"{value:,.2f}"


def cmd_campaigns(args: argparse.Namespace, ctx: Context) -> Outcome:
    from app.services.campaigns import campaign_figures, overdue_tasks

    store = ctx.store()
    today = date_option(args.today, "--today")
    rows = campaign_figures(store, args.id, today, translate=ctx.translate)
    if args.id is not None and not rows:
        raise DateArgumentError(QT_TRANSLATE_NOOP("cli", "没有编号为 {id} 的活动。"), id=args.id)
    overdue = overdue_tasks(store, today, translate=ctx.translate)
    for row in rows:
        row["overdue_tasks"] = [t for t in overdue if t["campaign_id"] == row["id"]]
    lines = [ctx.translate("cli", "共 {count} 个活动").format(count=len(rows))]
    for row in rows:
        res, tgt, ratio = row["results"], row["targets"], row["ratios"]
        lines.append(f"#{row['id']} {row['name']}  [{row['status']}]  {row['start_day']} ~ {row['end_day']}")
        lines.append("    " + ctx.translate("cli", "参与 {p}/{tp}（{pp}）  涨粉 {f}/{tf}  转化 {c}/{tc}  分享率 {s}  花费 {cost}  ROI {roi}").format(
            p=_num(res["participants"]), tp=_num(tgt["participants"]), pp=_pct(ratio["participants_vs_target"]),
            f=_num(res["new_followers"]), tf=_num(tgt["followers"]), c=_num(res["conversions"]),
            tc=_num(tgt["conversions"]), s=_pct(ratio["share_rate"]), cost=_num(res["cost"]),
            roi="-" if row["roi"] is None else f"{row['roi']:.2f}"))
        if row["pace"]["hint"]:
            lines.append("    ⚠ " + row["pace"]["hint"])
        for task in row["overdue_tasks"]:
            lines.append("    ⚠ " + task["warning"])
    return Outcome({"campaigns": rows}, "\n".join(lines))


def cmd_templates(_args: argparse.Namespace, ctx: Context) -> Outcome:
    from app.services.campaigns import campaign_templates

    templates = campaign_templates()
    lines = [f"{t['key']:10} {t['label']}" for t in templates]
    return Outcome({"templates": templates}, "\n".join(lines))


def cmd_new(args: argparse.Namespace, ctx: Context) -> Outcome:
    from app.services.campaigns import campaign_figures, create_from_template

    start = date_option(args.start, "--start")
    assert start is not None
    overrides = {"name": args.name} if args.name else {}
    campaign_id = create_from_template(ctx.store(), args.template, start, **overrides)
    row = campaign_figures(ctx.store(), campaign_id)[0]
    text = ctx.translate("cli", "已新建活动 #{id}「{name}」：{start} ~ {end}，预热从 {warm} 开始").format(
        id=campaign_id, name=row["name"], start=row["start_day"], end=row["end_day"], warm=row["warmup_start"])
    return Outcome({"campaign": row}, text)


def cmd_review(args: argparse.Namespace, ctx: Context) -> Outcome:
    from app.services.campaigns import postmortem

    data = postmortem(ctx.store(), args.id, date_option(getattr(args, "today", None), "--today"), translate=ctx.translate)
    lines = [ctx.translate("cli", "活动复盘：{name}").format(name=data["name"])]
    for line in data["lines"]:
        mark = "" if line["met"] is None else ("✓ " if line["met"] else "✗ ")
        lines.append(f"  {mark}{line['label']}: {_num(line['actual'])} / {_num(line['target'])}  {_pct(line['ratio'])}")
    lines.append("  " + ctx.translate("cli", "分享率 {s}  ROI {roi}").format(
        s=_pct(data["share_rate"]), roi="-" if data["roi"] is None else f"{data['roi']:.2f}"))
    for key, title in (("feedback", ctx.translate("cli", "用户反馈")), ("problems", ctx.translate("cli", "执行问题"))):
        if data[key]:
            lines.append(f"  {title}：{data[key]}")
    for lesson in data["lessons"]:
        lines.append(f"  · {lesson['title']}")
    return Outcome({"review": data}, "\n".join(lines))


def cmd_guide(args: argparse.Namespace, ctx: Context) -> Outcome:
    from app import clock
    from app.services.campaigns import optimisation_guide

    guide = optimisation_guide(ctx.store(), translate=ctx.translate)
    lines = [ctx.translate("cli", "继续做：")] + [f"  · {r['title']}（{r['campaign_name'] or '-'}）" for r in guide["keep"]]
    lines += [ctx.translate("cli", "要避免：")] + [f"  · {r['title']}（{r['campaign_name'] or '-'}）" for r in guide["avoid"]]
    if args.pdf:
        from app.report.campaign_guide import write_campaign_guide_pdf
        from app.report.sheet import offscreen_app

        offscreen_app()
        today = date_option(getattr(args, "today", None), "--today") or clock.today()
        pages = write_campaign_guide_pdf(args.pdf, guide, today, translate=ctx.translate)
        guide["pdf"] = {"path": args.pdf, "pages": pages}
        lines.append(ctx.translate("cli", "PDF 已保存：{path}（{pages} 页）").format(path=args.pdf, pages=pages))
    return Outcome(guide, "\n".join(lines))


def cmd_collaborations(_args: argparse.Namespace, ctx: Context) -> Outcome:
    from app.services.collaborations import collaborations

    rows = collaborations(ctx.store())
    lines = [ctx.translate("cli", "共 {count} 个合作").format(count=len(rows))]
    cost, follows, conversions = ctx.translate("cli", "花费"), ctx.translate("cli", "涨粉"), ctx.translate("cli", "转化")
    for row in rows:
        lines.append(f"{row['day'] or '-'}  {row['partner']}  {cost} {_num(row['cost'])}  "
                     f"{follows} {_num(row['new_followers'])}  {conversions} {_num(row['conversions'])}")
    return Outcome({"collaborations": rows}, "\n".join(lines))


def cmd_competitors(args: argparse.Namespace, ctx: Context) -> Outcome:
    from app.models.vocabulary import platform_name
    from app.services.competitors import competitors, coverage, side_by_side
    from app.services.importing import platform_code

    store = ctx.store()
    today = date_option(args.today, "--today")
    platform = platform_code(args.platform) if args.platform else None
    followers = ctx.translate("cli", "粉丝")
    if args.side_by_side:
        rows = side_by_side(store, platform, today)
        lines = []
        last_30, weekly = ctx.translate("cli", "近30天"), ctx.translate("cli", "周更")
        for row in rows:
            own = ctx.translate("cli", "（自己）") if row["is_own"] else ""
            lines.append(f"{platform_name(row['platform'], ctx.translate)}  {row['name']}{own}  "
                         f"{followers} {_num(row['followers'])}  {last_30} {_num(row['followers_30d'])}  "
                         f"{weekly} {_num(row['posts_per_week'])}  {row['update_frequency'] or ''}")
        return Outcome({"accounts": rows}, "\n".join(lines))
    rows = competitors(store, platform, today)
    cover = coverage(store, translate=ctx.translate)
    lines = [f"{platform_name(r['platform'], ctx.translate)}  {r['name']}  {followers} "
             f"{_num(r['followers'])}  {r['content_types'] or ''}" for r in rows]
    lines += ["⚠ " + c["warning"] for c in cover if c["warning"]]
    return Outcome({"competitors": rows, "coverage": cover}, "\n".join(lines))
