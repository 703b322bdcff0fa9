"""Review commands: `review` (the month's review: JSON, PDF, Excel) and `manual` (the ops manual:
list it, print it, `manual add` a lesson with its source)."""

from __future__ import annotations

import argparse
from typing import Any

from app.cli.core import Context, Outcome, UsageError, date_option
from app.i18n import QT_TRANSLATE_NOOP


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("review", parents=[common],
                       help="月度复盘：目标完成、内容、用户、活动和投放数据，亮点与不足；可导出 PDF 和 Excel")
    p.add_argument("--month", metavar="YYYY-MM", help="复盘哪个月（默认：上个月）")
    p.add_argument("--pdf", metavar="OUT.pdf", help="把复盘打印成 A4 PDF")
    p.add_argument("--xlsx", metavar="OUT.xlsx", help="把复盘导出为 Excel（每部分一个工作表）")
    p.add_argument("--as-of", metavar="YYYY-MM-DD", help="内容数据取到哪天的快照（默认：今天）")
    p.set_defaults(func=cmd_review)

    p = sub.add_parser("manual", parents=[common], help="运营手册：历月的经验教训，可按领域、类型筛选和搜索，导出 PDF/Excel")
    _manual_list_options(p, None)
    actions = p.add_subparsers(dest="manual_action", metavar="ACTION", parser_class=type(p))
    _manual_list_options(actions.add_parser("list", parents=[common], help="列出经验教训（同 manual）"),
                         argparse.SUPPRESS)
    a = actions.add_parser("add", parents=[common], help="记一条经验教训，可注明来源（投放、活动、复盘、诊断）和适用的平台、工具")
    a.add_argument("--title", required=True, help="一句话的经验，如：薯条涨粉投放成本过高，停")
    a.add_argument("--kind", choices=("success", "failure"), help="成功经验（默认）或失败教训")
    a.add_argument("--area", choices=("content", "users", "campaigns", "channels", "data"), help="领域（默认按来源，否则内容）")
    a.add_argument("--month", metavar="YYYY-MM", help="哪个月的经验（默认按来源，否则本月）")
    a.add_argument("--evidence", help="数据依据")
    a.add_argument("--detail", help="下次具体怎么做")
    a.add_argument("--source", metavar="KIND:ID",
                   help="来源：promotion:投放编号、campaign:活动编号、review:highlights|shortfalls、finding:诊断规则")
    a.add_argument("--platform", help="适用平台（代码，如 xiaohongshu；默认按来源）")
    a.add_argument("--tool", choices=("dou_plus", "guangdiantong", "shutiao", "fensitong", "other"),
                   help="适用的投放工具（默认按来源）")
    a.add_argument("--campaign-type", choices=("referral", "checkin", "interactive", "live", "other"),
                   help="适用的活动类型（默认按来源）")
    a.add_argument("--keywords", metavar="词,词", help="关键词，选题有相同的词时会提示这条经验")
    a.add_argument("--keep-doing", action="store_true", help="标记为“继续做”，下月计划会据此提选题")
    a.set_defaults(func=cmd_manual_add)


def _manual_list_options(p: argparse.ArgumentParser, default: Any) -> None:
    p.add_argument("--area", choices=("content", "users", "campaigns", "channels", "data"), default=default,
                   help="只看一个领域")
    p.add_argument("--kind", choices=("success", "failure"), default=default, help="只看成功经验或失败教训")
    p.add_argument("--search", metavar="词", default=default, help="在标题、依据和说明里搜索（空格分开的词都要出现）")
    p.add_argument("--pdf", metavar="OUT.pdf", default=default, help="把手册打印成 A4 PDF")
    p.add_argument("--xlsx", metavar="OUT.xlsx", default=default, help="把手册导出为 Excel")
    p.set_defaults(func=cmd_manual)


def cmd_review(args: argparse.Namespace, ctx: Context) -> Outcome:
    from app.report.workbooks import write_review_xlsx
    from app.services.review import build_review, default_month, fmt_count, fmt_rate

    if args.pdf:
        from app.report.sheet import offscreen_app

        offscreen_app()
    month = args.month or default_month()
    review = build_review(ctx.store(), month, as_of=date_option(args.as_of, "--as-of"), translate=ctx.translate)
    summary = review["kpi_summary"]
    lines = [ctx.translate("cli", "{brand} {month} 复盘：目标 {total} 项，达成 {achieved} 项，未达成 {missed} 项").format(
        brand=review["brand"], month=month, **summary) if review["complete"] else
        ctx.translate("cli", "{brand} {month} 复盘（本月未结束）：目标 {total} 项，已达成 {achieved} 项，进度落后 {behind} 项").format(
        brand=review["brand"], month=month, **summary)]
    total = review["content"]["total"]
    lines.append(ctx.translate("cli", "发布 {posts} 篇，阅读/播放 {views}，互动率 {rate}，净增粉丝 {net}").format(
        posts=fmt_count(total["posts"]), views=fmt_count(total["views"]), rate=fmt_rate(total["engagement_rate"]),
        net=fmt_count(review["users"]["total"]["net"])))
    lines += [f["text"] for f in review["freshness"]]
    lines += ["+ " + h["text"] for h in review["highlights"]] + ["- " + s["text"] for s in review["shortfalls"]]
    if review["action_recap"]:
        lines.append(ctx.translate("cli", "上月行动项回顾："))
        lines += [_recap_line(item, ctx) for item in review["action_recap"]]
    if args.xlsx:
        write_review_xlsx(review, args.xlsx, translate=ctx.translate)
        review["xlsx"] = args.xlsx
        lines.append(ctx.translate("cli", "Excel 已保存：{path}").format(path=args.xlsx))
    if args.pdf:
        from app.report.review_sheet import write_pdf

        pages = write_pdf(args.pdf, review, translate=ctx.translate)
        review["pdf"] = {"path": args.pdf, "pages": pages}
        lines.append(ctx.translate("cli", "PDF 已保存：{path}（{pages} 页）").format(path=args.pdf, pages=pages))
    return Outcome(review, "\n".join(lines))


def _recap_line(item: dict[str, Any], ctx: Context) -> str:
    """"  ✓ 抖音 开头 3 秒上痛点（完播率中位数 0.3% → 0.4%）"."""
    from app.services.review import fmt_value

    line = f"  {'✓' if item['done'] else '✗'} {item['platform_name']} {item['text']}"
    if item["metric"]:
        line += ctx.translate("cli", "（{metric} {before} → {after}）").format(
            metric=item["metric_label"], before=fmt_value(item["metric_kind"], item["baseline"]),
            after=fmt_value(item["metric_kind"], item["after"]))
    return line


def cmd_manual(args: argparse.Namespace, ctx: Context) -> Outcome:
    from app.report.workbooks import write_manual_xlsx
    from app.services.manual import manual
    from app.services.review import brand_name

    if args.pdf:
        from app.report.sheet import offscreen_app

        offscreen_app()
    store = ctx.store()
    data = manual(store, area=args.area, kind=args.kind, search=args.search, translate=ctx.translate)
    lines = [ctx.translate("cli", "运营手册：{count} 条（成功 {success}，失败 {failure}）").format(**data)]
    for group in data["groups"]:
        lines.append(f"[{group['label']}]")
        lines += [f"  {r['month']} {r['kind_label']}：{r['title']}" for r in group["lessons"]]
    if args.xlsx:
        write_manual_xlsx(data, args.xlsx, translate=ctx.translate)
        data["xlsx"] = args.xlsx
        lines.append(ctx.translate("cli", "Excel 已保存：{path}").format(path=args.xlsx))
    if args.pdf:
        from app.report.manual_sheet import write_manual_pdf

        pages = write_manual_pdf(args.pdf, data, brand_name(store), translate=ctx.translate)
        data["pdf"] = {"path": args.pdf, "pages": pages}
        lines.append(ctx.translate("cli", "PDF 已保存：{path}（{pages} 页）").format(path=args.pdf, pages=pages))
    return Outcome(data, "\n".join(lines))


def _source(value: str | None) -> tuple[str | None, int | None, str | None]:
    """`promotion:12` → ("promotion", 12, None); `finding:low_completion` → ("finding", None, ref)."""
    if not value:
        return None, None, None
    kind, _sep, ref = value.partition(":")
    if kind in ("promotion", "campaign"):
        if not ref.strip().isdigit():
            raise UsageError(QT_TRANSLATE_NOOP("errors", "--source {kind}: 后面要写编号，如 {kind}:12。"), kind=kind)
        return kind, int(ref), None
    return kind, None, ref.strip() or None


def cmd_manual_add(args: argparse.Namespace, ctx: Context) -> Outcome:
    from app import clock
    from app.models.vocabulary import Month
    from app.services.manual import lessons, save_lesson, source_fields

    store = ctx.store()
    kind, source_id, ref = _source(args.source)
    fields = source_fields(store, kind, source_id, ref) if kind else {}
    given = {"kind": args.kind, "area": args.area, "month": args.month, "platform": args.platform,
             "tool": args.tool, "campaign_type": args.campaign_type}
    fields.update({k: v for k, v in given.items() if v is not None})
    fields.setdefault("month", str(Month.of(clock.today())))
    lesson_id = save_lesson(store, title=args.title, evidence=args.evidence, detail=args.detail,
                            keywords=args.keywords or [], keep_doing=args.keep_doing, **fields)
    row = next(r for r in lessons(store, translate=ctx.translate) if r["id"] == lesson_id)
    text = ctx.translate("cli", "已记入运营手册 #{id}（{month} {kind}）：{title}").format(
        id=lesson_id, month=row["month"], kind=row["kind_label"], title=row["title"])
    return Outcome({"lesson": row}, text)
