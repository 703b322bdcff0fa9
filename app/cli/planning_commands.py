"""Planning commands: hot dates (热点日历), goals (KPI) and the content calendar with its .ics export.

    opsdesk-cli hotdates --year 2026 [--kind shopping]      → [{"date", "name", "kind", "end_date", "lead_days", "source", "id", "yearly"}]
    opsdesk-cli hotdates add --date 2026-05-18 --name 品牌日 [--end D] [--kind own] [--lead 14] [--yearly]
    opsdesk-cli hotdates remove ID
    opsdesk-cli hotdates upcoming [--days 30] [--today D]   → [{"date", "name", "days_until", "prepare_from", "start_now", ...}]
    opsdesk-cli goals --month 2026-03                       → {"month", "goals": [{"platform", "account", ...}]}
    opsdesk-cli goals set --year 2026 --metric views --target 1200000 [--platform douyin | --account NAME]
                          [--weights 1,1,1,1,1,2,1,1,1,1,3,2]   (or --month 2026-03 to set one month)
    opsdesk-cli calendar --month 2026-03 [--ics OUT.ics] [--platform douyin ...]
    opsdesk-cli calendar plan douyin=7 wechat=3               (posts per week; no pairs: show the plan)
"""

from __future__ import annotations

import argparse
from typing import Any

from app import clock
from app.cli.core import Context, Outcome, date_option
from app.i18n import QT_TRANSLATE_NOOP, UserError
from app.vocabulary import Month, label, platform_name


class PlanningArgumentError(UserError):
    pass


def _month(text: str | None) -> Month:
    """`--month` as typed, or this month when it is not given."""
    return Month.parse(text, PlanningArgumentError) if text else Month.of(clock.today())


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("hotdates", parents=[common], help="热点日历：某一年的节假日、节日、节气、大促和自定义日期")
    p.add_argument("--year", type=int, default=None, help="年份（默认今年）")
    p.add_argument("--kind", action="append", default=None,
                   help="只列这一类：holiday festival solar_term shopping season industry own（可重复）")
    p.set_defaults(func=cmd_hotdates)
    actions = p.add_subparsers(dest="action", metavar="ACTION", parser_class=type(p))
    a = actions.add_parser("add", parents=[common], help="添加自己的热点日期")
    a.add_argument("--date", required=True, help="日期 YYYY-MM-DD")
    a.add_argument("--name", required=True, help="名称")
    a.add_argument("--end", default=None, help="结束日期（持续多天时）")
    a.add_argument("--kind", default="own", help="类别（默认 own）")
    a.add_argument("--lead", type=int, default=None, help="提前几天准备")
    a.add_argument("--notes", default=None, help="备注")
    a.add_argument("--yearly", action="store_true", help="每年重复（同月同日，如周年庆、店庆）")
    a.set_defaults(func=cmd_hotdates_add)
    u = actions.add_parser("upcoming", parents=[common], help="接下来要准备的热点（选题灵感，含提前准备天数）")
    u.add_argument("--days", type=int, default=30, help="看未来几天（默认 30）")
    u.add_argument("--today", default=None, help="从哪一天算起（默认今天）")
    u.set_defaults(func=cmd_hotdates_upcoming)
    r = actions.add_parser("remove", parents=[common], help="删除自己添加的热点日期")
    r.add_argument("id", type=int, help="编号（hotdates --json 里的 id）")
    r.set_defaults(func=cmd_hotdates_remove)

    p = sub.add_parser("goals", parents=[common], help="月度目标完成情况（按平台和指标）")
    p.add_argument("--month", default=None, help="月份 YYYY-MM（默认本月）")
    p.add_argument("--today", default=None, help="按哪一天计算进度（默认今天）")
    p.set_defaults(func=cmd_goals)
    actions = p.add_subparsers(dest="action", metavar="ACTION", parser_class=type(p))
    s = actions.add_parser("set", parents=[common], help="设年度目标（自动拆到 12 个月）或某个月的目标")
    when = s.add_mutually_exclusive_group(required=True)
    when.add_argument("--year", type=int, help="年份：年度目标按月拆分")
    when.add_argument("--month", help="月份 YYYY-MM：只改这个月")
    s.add_argument("--metric", required=True,
                   help="指标：followers_gained views posts_published conversions revenue")
    s.add_argument("--target", required=True, type=float, help="目标值")
    s.add_argument("--platform", default=None, help="平台代码（该平台只有一个自有账号时）")
    s.add_argument("--account", default=None, help="账号名称或编号（默认：全部账号合计）")
    s.add_argument("--weights", default=None, help="12 个月的权重，用逗号分隔（默认平均）")
    s.set_defaults(func=cmd_goals_set)

    p = sub.add_parser("calendar", parents=[common], help="内容日历：某个月的内容、热点、活动和社群固定活动，可导出 .ics")
    p.add_argument("--month", default=None, help="月份 YYYY-MM（默认本月）")
    p.add_argument("--ics", metavar="OUT.ics", default=None, help="导出为日历文件（手机和电脑日历可导入）")
    p.add_argument("--platform", action="append", default=None, help="只看这个平台的内容（可重复）")
    p.set_defaults(func=cmd_calendar)
    actions = p.add_subparsers(dest="action", metavar="ACTION", parser_class=type(p))
    pl = actions.add_parser("plan", parents=[common], help="发布计划：每个平台每周发几篇，例如 douyin=7 wechat=3")
    pl.add_argument("pairs", nargs="*", metavar="PLATFORM=N", help="平台=每周篇数；0 表示取消；不写则只显示")
    pl.set_defaults(func=cmd_calendar_plan)


def cmd_hotdates(args: argparse.Namespace, ctx: Context) -> Outcome:
    from app.models import HotDateKind
    from app.services.hotdates import hot_dates

    year = args.year or clock.today().year
    kinds = set(args.kind or [])
    unknown = kinds - {k.value for k in HotDateKind}
    if unknown:
        raise PlanningArgumentError(QT_TRANSLATE_NOOP("errors", "没有类别 {kind}，可选：{choices}。"),
                                    kind=", ".join(sorted(unknown)), choices=" ".join(k.value for k in HotDateKind))
    items = [i for i in hot_dates(year, ctx.store()) if not kinds or i.kind in kinds]
    data = [{"date": i.date, "name": i.name, "kind": i.kind, "end_date": i.end_date, "lead_days": i.lead_days,
             "source": i.source, "id": i.id, "yearly": i.yearly} for i in items]
    lines = [f"{i.date}  {i.name}" + (f" ~ {i.end_date}" if i.end_date else "")
             + f"  ({label('hot_date_kind', i.kind, ctx.translate)})" for i in items]
    return Outcome(data, "\n".join(lines))


def cmd_hotdates_upcoming(args: argparse.Namespace, ctx: Context) -> Outcome:
    from app.services.hotdates import LEAD_HINT, upcoming_hot_dates

    today = date_option(args.today, "--today") or clock.today()
    upcoming = upcoming_hot_dates(ctx.store(), today, max(0, args.days))
    data = [{"date": u.item.date, "name": u.item.name, "kind": u.item.kind, "end_date": u.item.end_date,
             "lead_days": u.item.lead_days, "days_until": u.days_until, "prepare_from": u.prepare_from,
             "start_now": u.start_now} for u in upcoming]
    hint = ctx.translate("hotdates", LEAD_HINT)
    lines = [f"{u.item.date}  {u.item.name}  " + hint.format(n=u.item.lead_days) + (" ←" if u.start_now else "")
             for u in upcoming]
    return Outcome(data, "\n".join(lines))


def cmd_hotdates_add(args: argparse.Namespace, ctx: Context) -> Outcome:
    from app.models import HotDateKind
    from app.services.hotdates import add_hot_date

    try:
        kind = HotDateKind(args.kind)
    except ValueError:
        raise PlanningArgumentError(QT_TRANSLATE_NOOP("errors", "没有类别 {kind}，可选：{choices}。"),
                                    kind=args.kind, choices=" ".join(k.value for k in HotDateKind)) from None
    item = add_hot_date(ctx.store(), date_option(args.date, "--date"), args.name, kind=kind,
                        end_day=date_option(args.end, "--end"), lead_days=args.lead, notes=args.notes,
                        yearly=args.yearly)
    return Outcome(item.as_dict(), ctx.translate("cli", "已添加热点 {name}（编号 {id}）").format(name=item.name, id=item.id))


def cmd_hotdates_remove(args: argparse.Namespace, ctx: Context) -> Outcome:
    from app.services.hotdates import HotDateError, delete_hot_date

    if not delete_hot_date(ctx.store(), args.id):
        raise HotDateError(QT_TRANSLATE_NOOP("errors", "找不到编号为 {id} 的热点。"), id=args.id)
    return Outcome({"removed": args.id}, ctx.translate("cli", "已删除热点 {id}").format(id=args.id))


def cmd_goals(args: argparse.Namespace, ctx: Context) -> Outcome:
    from app.services.goals import goal_conflicts, goal_progress

    month = str(_month(args.month))
    today = date_option(args.today, "--today") or clock.today()
    rows = goal_progress(ctx.store(), month, today)
    conflicts = goal_conflicts(ctx.store(), [month])
    goals = [{"platform": r.platform, "account": r.account, "account_id": r.account_id, "metric": r.metric,
              "target": r.target, "actual": r.actual, "ratio": r.ratio, "expected": r.expected,
              "on_track": r.on_track} for r in rows]
    everyone = ctx.translate("cli", "全部账号")
    lines = [ctx.translate("cli", "{month} 目标完成情况").format(month=month)]
    for r in rows:
        ratio = "—" if r.ratio is None else f"{r.ratio:.0%}"
        actual = "—" if r.actual is None else f"{r.actual:g}"
        lines.append(f"  {platform_name(r.platform, ctx.translate) or everyone} {r.account or ''}  {label('goal_metric', r.metric, ctx.translate)}: "
                     f"{actual} / {r.target:g}  {ratio}")
    if not rows:
        lines.append(ctx.translate("cli", "  这个月还没有设目标。"))
    lines.extend("! " + c.message(ctx.translate) for c in conflicts)
    return Outcome({"month": month, "goals": goals, "conflicts": [c.as_dict() for c in conflicts]}, "\n".join(lines))


def cmd_goals_set(args: argparse.Namespace, ctx: Context) -> Outcome:
    from app.services.accounts import own_account_id
    from app.services.goals import set_annual_target, set_month_target

    store = ctx.store()
    account_id = own_account_id(store, args.platform, args.account)
    weights = None
    if args.weights:
        try:
            weights = [float(w) for w in args.weights.replace("，", ",").split(",")]
        except ValueError:
            raise PlanningArgumentError(QT_TRANSLATE_NOOP("errors", "权重 {value} 看不懂，请写 12 个用逗号分隔的数。"),
                                        value=args.weights) from None
    if args.year is not None:
        months = set_annual_target(store, args.year, args.metric, args.target, account_id=account_id, weights=weights)
        targets = {f"{args.year:04d}-{i:02d}": v for i, v in enumerate(months, start=1)}
    else:
        set_month_target(store, args.month, args.metric, args.target, account_id=account_id)
        targets = {args.month: args.target}
    data = {"metric": args.metric, "account_id": account_id, "platform": args.platform, "months": targets}
    text = "\n".join(f"{month}  {value:g}" for month, value in targets.items())
    return Outcome(data, ctx.translate("cli", "目标已保存：") + "\n" + text)


def cmd_calendar(args: argparse.Namespace, ctx: Context) -> Outcome:
    from pathlib import Path

    from app.services.calendar import month_items, plan_gaps
    from app.services.ics import export_month_ics

    period = _month(args.month)
    month, year, number = str(period), period.year, period.number
    store = ctx.store()
    items = month_items(store, year, number, args.platform)
    ics_path = None
    if args.ics:
        ics_path = Path(args.ics).expanduser().resolve()
        try:
            export_month_ics(store, year, number, ics_path, args.platform, translate=ctx.translate)
        except OSError as exc:
            raise PlanningArgumentError(QT_TRANSLATE_NOOP("errors", "无法写入 {path}：{reason}。"),
                                        path=str(ics_path), reason=exc.strerror or str(exc)) from None
    data = {
        "month": month,
        "ics": ics_path,
        "posts": [{"id": p.id, "title": p.title, "platform": p.platform, "account": p.account, "status": p.status,
                   "when": p.when} for p in items.posts],
        "hot_dates": [{"date": h.date, "name": h.name, "kind": h.kind, "end_date": h.end_date} for h in items.hot_dates],
        "campaigns": [{"campaign_id": c.campaign_id, "name": c.name, "phase": c.phase, "start": c.start, "end": c.end}
                      for c in items.campaigns],
        "rituals": [{"community_id": r.community_id, "title": r.title, "start": r.start, "minutes": r.minutes}
                    for r in items.rituals],
        "plan": [{"platform": g.platform, "per_week": g.per_week, "month_target": g.month_target,
                  "published": g.published, "planned": g.planned, "remaining": g.remaining,
                  "short_weeks": [w.week_start for w in g.weeks if w.short]} for g in plan_gaps(store, year, number)],
    }
    lines = [ctx.translate("cli", "{month}：{posts} 篇内容，{hot} 个热点，{campaigns} 段活动，{rituals} 次社群活动").format(
        month=month, posts=len(items.posts), hot=len(items.hot_dates), campaigns=len(items.campaigns),
        rituals=len(items.rituals))]
    for g in data["plan"]:
        lines.append(f"  {platform_name(g['platform'], ctx.translate)}: " + ctx.translate("calendar", "还需发 {n} 篇").format(n=g["remaining"]))
    if ics_path:
        lines.append(ctx.translate("cli", "日历文件已导出到 {path}").format(path=ics_path))
    return Outcome(data, "\n".join(lines))


def cmd_calendar_plan(args: argparse.Namespace, ctx: Context) -> Outcome:
    from app.services.calendar import posting_plan, set_posting_plan

    store = ctx.store()
    if args.pairs:
        plan = dict(posting_plan(store))
        for pair in args.pairs:
            platform, _, count = pair.partition("=")
            try:
                plan[platform.strip()] = int(count)
            except ValueError:
                raise PlanningArgumentError(QT_TRANSLATE_NOOP("errors", "{value} 看不懂，请写成 douyin=7 这样。"),
                                            value=pair) from None
        set_posting_plan(store, plan)
    plan = posting_plan(store)
    text = "\n".join(f"{platform_name(platform, ctx.translate)}: {n}/" + ctx.translate("cli", "周") for platform, n in plan.items())
    return Outcome(plan, text or ctx.translate("cli", "还没有设发布计划。"))
