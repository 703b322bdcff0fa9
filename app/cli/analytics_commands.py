"""Analytics commands: `diagnose` (the month's findings) and `promotions` (paid boosts and their ratios)."""

from __future__ import annotations

import argparse
from typing import Any

from app.cli.core import Context, Outcome

#: The promotion fields `promotions --json` carries, in order.
PROMOTION_FIELDS = (
    "id", "name", "post_id", "post_title", "account_id", "platform", "campaign_id", "tool", "objective",
    "audience_age", "audience_gender", "audience_regions", "audience_interests", "start_at", "hours",
    "budget", "spend", "impressions", "clicks", "follows_gained", "conversions", "revenue", "ctr", "cvr",
    "cpa", "roi", "cost_per_follower", "usual_cost_per_follower", "flag", "flag_reason", "stop_suggestion",
)


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("diagnose", parents=[common], help="数据诊断：找出某月内容、投放、粉丝和目标的问题，并给出建议")
    p.add_argument("--month", metavar="YYYY-MM", help="诊断哪个月（默认：最近有发布内容的月份）")
    p.set_defaults(func=cmd_diagnose)

    p = sub.add_parser("promotions", parents=[common], help="列出推广投放及点击率、转化率、ROI、单粉成本，标出该停的投放")
    p.set_defaults(func=cmd_promotions)


def cmd_diagnose(args: argparse.Namespace, ctx: Context) -> Outcome:
    from app.services.dashboard import Period
    from app.services.diagnosis import RULE_LABELS, SEVERITY_LABELS, default_month, diagnose

    store = ctx.store()
    month = args.month or default_month(store)
    Period.month(month)
    findings = diagnose(store, month, translate=ctx.translate)
    data = {"month": month, "findings": [f.as_dict() for f in findings]}
    lines = [ctx.translate("cli", "{month} 诊断：{count} 条发现").format(month=month, count=len(findings))]
    for finding in findings:
        lines.append("[{severity}] {rule}：{text}".format(
            severity=ctx.translate("diagnosis", SEVERITY_LABELS[finding.severity]),
            rule=ctx.translate("diagnosis", RULE_LABELS[finding.rule]),
            text=finding.suggestion,
        ))
    return Outcome(data, "\n".join(lines))


def cmd_promotions(_args: argparse.Namespace, ctx: Context) -> Outcome:
    from app.services.promotions import promotion_figures

    rows = promotion_figures(ctx.store(), translate=ctx.translate)
    data = {"promotions": [{key: row[key] for key in PROMOTION_FIELDS} for row in rows]}
    lines = [ctx.translate("cli", "共 {count} 条投放，{flagged} 条建议停投").format(
        count=len(rows), flagged=sum(1 for row in rows if row["flag"]))]
    spend_label = ctx.translate("cli", "花费")
    for row in rows:
        roi = "-" if row["roi"] is None else f"{row['roi']:.2f}"
        spend = "-" if row["spend"] is None else f"{row['spend']:.2f}"
        mark = "⚠ " if row["flag"] else ""
        title = row["name"] or row["post_title"] or f"#{row['id']}"
        lines.append(f"{mark}{title}  {spend_label} {spend}  ROI {roi}")
        if row["stop_suggestion"]:
            lines.append(f"    {row['stop_suggestion']}")
    return Outcome(data, "\n".join(lines))
