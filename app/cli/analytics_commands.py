"""Analytics commands: `diagnose` (the month's findings and their causes), `promotions` (paid boosts,
their ratios against break-even) and `promotions candidates` (值得加热: what to boost next)."""

from __future__ import annotations

import argparse
from typing import Any

from app.cli.core import Context, Outcome, date_option

#: The promotion fields `promotions --json` carries, in order.
PROMOTION_FIELDS = (
    "id", "name", "post_id", "post_title", "account_id", "platform", "campaign_id", "tool", "objective",
    "audience_age", "audience_gender", "audience_regions", "audience_interests", "start_at", "hours",
    "budget", "spend", "impressions", "clicks", "follows_gained", "conversions", "revenue", "ctr", "cvr",
    "cpa", "roi", "break_even_roi", "gross_margin", "cost_per_follower", "usual_cost_per_follower", "baseline",
    "baseline_text", "flag", "flag_reason", "stop_suggestion",
)


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("diagnose", parents=[common], help="数据诊断：找出某月内容、投放、粉丝和目标的问题，并给出建议")
    p.add_argument("--month", metavar="YYYY-MM", help="诊断哪个月（默认：最近有发布内容的月份）")
    p.set_defaults(func=cmd_diagnose)

    p = sub.add_parser("promotions", parents=[common], help="列出推广投放及点击率、转化率、ROI、单粉成本，标出该停的投放")
    p.set_defaults(func=cmd_promotions)
    actions = p.add_subparsers(dest="promotions_action", metavar="ACTION", parser_class=type(p))
    c = actions.add_parser("candidates", parents=[common],
                           help="值得加热：最近开局比平时好的内容，附建议工具、预算、人群和理由")
    c.add_argument("--today", metavar="YYYY-MM-DD", help="按这一天计算（默认今天），便于复现结果")
    c.set_defaults(func=cmd_promotion_candidates)


def cmd_diagnose(args: argparse.Namespace, ctx: Context) -> Outcome:
    from app.services.dashboard import Period
    from app.services.diagnosis import (
        CAUSE_LABELS,
        CONFIDENCE_LABELS,
        RULE_LABELS,
        SEVERITY_LABELS,
        default_month,
        diagnose,
    )

    store = ctx.store()
    month = args.month or default_month(store)
    Period.month(month)
    findings = diagnose(store, month, translate=ctx.translate)
    data = {"month": month, "findings": [f.as_dict() for f in findings]}
    lines = [ctx.translate("cli", "{month} 诊断：{count} 条发现").format(month=month, count=len(findings))]
    line = ctx.translate("cli", "[{severity}] {rule}（{cause}，{confidence}）：{text}")
    for finding in findings:
        lines.append(line.format(
            severity=ctx.translate("diagnosis", SEVERITY_LABELS[finding.severity]),
            rule=ctx.translate("diagnosis", RULE_LABELS[finding.rule]),
            cause=ctx.translate("diagnosis", CAUSE_LABELS[finding.cause]),
            confidence=ctx.translate("diagnosis", CONFIDENCE_LABELS[finding.confidence]),
            text=finding.suggestion,
        ))
    return Outcome(data, "\n".join(lines))


def cmd_promotions(_args: argparse.Namespace, ctx: Context) -> Outcome:
    from app.services.promotions import promotion_figures

    rows = promotion_figures(ctx.store(), translate=ctx.translate)
    data = {"promotions": [{key: row[key] for key in PROMOTION_FIELDS} for row in rows]}
    lines = [ctx.translate("cli", "共 {count} 条投放，{flagged} 条建议停投").format(
        count=len(rows), flagged=sum(1 for row in rows if row["flag"]))]
    spend_label, break_even = ctx.translate("cli", "花费"), ctx.translate("cli", "保本")
    for row in rows:
        roi = "-" if row["roi"] is None else f"{row['roi']:.2f}"
        spend = "-" if row["spend"] is None else f"{row['spend']:.2f}"
        mark = "⚠ " if row["flag"] else ""
        title = row["name"] or row["post_title"] or f"#{row['id']}"
        lines.append(f"{mark}{title}  {spend_label} {spend}  ROI {roi}"
                     + (f" ({break_even} {row['break_even_roi']:.2f})" if row["objective"] == "conversion" else ""))
        if row["stop_suggestion"]:
            lines.append(f"    {row['stop_suggestion']}")
    return Outcome(data, "\n".join(lines))


#: The fields of one candidate in `promotions candidates --json`, in order.
CANDIDATE_FIELDS = (
    "post_id", "title", "platform", "account_id", "format", "published_at", "age_days", "score", "figures", "medians",
    "tool", "tool_label", "budget", "audience", "past_boosts", "past_cpa", "past_cost_per_follower", "reasons", "why",
)


def cmd_promotion_candidates(args: argparse.Namespace, ctx: Context) -> Outcome:
    from app.services.promotions import boost_candidates

    rows = boost_candidates(ctx.store(), date_option(args.today, "--today"), translate=ctx.translate)
    data = {"candidates": [{key: row[key] for key in CANDIDATE_FIELDS} for row in rows]}
    lines = [ctx.translate("cli", "值得加热：{count} 篇").format(count=len(rows))]
    budget = ctx.translate("cli", "预算")
    for row in rows:
        lines.append(f"{row['title']}  {row['tool_label']}  {budget} ¥{row['budget']:.0f}"
                     + (f"  {row['audience']}" if row["audience"] else ""))
        lines.append(f"    {row['why']}")
    return Outcome(data, "\n".join(lines))
