"""Review commands: `review` (the month's review: JSON, PDF, Excel) and `manual` (the ops manual)."""

from __future__ import annotations

import argparse
from typing import Any

from app.cli.core import Context, Outcome, date_option


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("review", parents=[common],
                       help="月度复盘：目标完成、内容、用户、活动和投放数据，亮点与不足；可导出 PDF 和 Excel")
    p.add_argument("--month", metavar="YYYY-MM", help="复盘哪个月（默认：上个月）")
    p.add_argument("--pdf", metavar="OUT.pdf", help="把复盘打印成 A4 PDF")
    p.add_argument("--xlsx", metavar="OUT.xlsx", help="把复盘导出为 Excel（每部分一个工作表）")
    p.add_argument("--as-of", metavar="YYYY-MM-DD", help="内容数据取到哪天的快照（默认：今天）")
    p.set_defaults(func=cmd_review)

    p = sub.add_parser("manual", parents=[common], help="运营手册：历月的经验教训，可按领域、类型筛选和搜索，导出 PDF/Excel")
    p.add_argument("--area", choices=("content", "users", "campaigns", "channels", "data"), help="只看一个领域")
    p.add_argument("--kind", choices=("success", "failure"), help="只看成功经验或失败教训")
    p.add_argument("--search", metavar="词", help="在标题、依据和说明里搜索（空格分开的词都要出现）")
    p.add_argument("--pdf", metavar="OUT.pdf", help="把手册打印成 A4 PDF")
    p.add_argument("--xlsx", metavar="OUT.xlsx", help="把手册导出为 Excel")
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
