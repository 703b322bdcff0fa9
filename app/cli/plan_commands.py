"""下月计划 from the command line.

    opsdesk-cli plan [--month YYYY-MM] [--accept | --take-back]
        → {"month", "goals": [{"account_id", "platform", "metric", "target", "basis", "existing"}],
           "topics": [{"title", "reason", "sources": [{"kind", "id"}], "scores", "explain"}],
           "actions": [{"platform", "text", "applies_to", "source"}]}

`--accept` writes the whole plan (goals not set yet, topics planned for the month, action items) in
one transaction; a month accepted before writes nothing. `--take-back` deletes what the accept wrote.
What was written is said on stderr, so stdout stays the one JSON document.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from app.cli.core import Context, Outcome
from app.i18n import QT_TRANSLATE_NOOP
from app.vocabulary import label, platform_name

T_WRITTEN = QT_TRANSLATE_NOOP("cli", "已接受 {month} 的计划：{goal} 个目标，{topic} 个选题（另有 {carried} 个从上月顺延），{action_item} 个行动项。")
T_ALREADY = QT_TRANSLATE_NOOP("cli", "{month} 的计划之前已经接受过，这次没有写入新内容。")
T_TAKEN_BACK = QT_TRANSLATE_NOOP("cli", "已撤回 {month} 的计划：删除 {goal} 个目标、{topic} 个选题、{action_item} 个行动项。")


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("plan", parents=[common], help="下月计划：目标、选题和行动项（依据上月复盘和数据）")
    p.add_argument("--month", default=None, help="计划哪个月 YYYY-MM（默认：最近复盘月份的下一个月）")
    what = p.add_mutually_exclusive_group()
    what.add_argument("--accept", action="store_true", help="接受计划：写入目标、选题和行动项")
    what.add_argument("--take-back", action="store_true", help="撤回已接受的计划")
    p.set_defaults(func=cmd_plan)


def cmd_plan(args: argparse.Namespace, ctx: Context) -> Outcome:
    from app.services.plan import accept_plan, month_plan, take_back_plan

    store = ctx.store()
    message = None
    if args.take_back:
        plan = month_plan(store, args.month, translate=ctx.translate)
        counts = take_back_plan(store, plan.month)
        message = ctx.translate("cli", T_TAKEN_BACK).format(month=plan.month, **counts)
        plan = month_plan(store, plan.month, translate=ctx.translate)
    else:
        plan = month_plan(store, args.month, translate=ctx.translate)
        if args.accept:
            accepted = accept_plan(store, plan)
            message = ctx.translate("cli", T_WRITTEN if accepted.new else T_ALREADY).format(
                month=plan.month, **accepted.counts())
            plan = month_plan(store, plan.month, translate=ctx.translate)
    if message and ctx.json:
        print(message, file=sys.stderr)
    return Outcome(plan.to_dict(), "\n".join(filter(None, [_text(plan, ctx), message if not ctx.json else None])))


def _text(plan: Any, ctx: Context) -> str:
    from app.services.plan import reason_label

    translate = ctx.translate
    everyone = translate("cli", "全部账号")
    lines = [translate("cli", "{month} 计划（依据 {reviewed} 的复盘）").format(month=plan.month, reviewed=plan.reviewed_month),
             translate("cli", "目标：")]
    for g in plan.goals:
        mark = translate("cli", "（已设）") if g.existing else ""
        lines.append(f"  {platform_name(g.platform, translate) or everyone}  {label('goal_metric', g.metric, translate)}: "
                     f"{g.target:g}{mark}  {g.basis.get('text', '')}")
    lines.append(translate("cli", "选题："))
    for i, t in enumerate(plan.topics, start=1):
        s = t.scores
        lines.append(f"  {i:2d}. [{reason_label(t.reason, translate)}] {t.title}  "
                     f"{s['timeliness']}/{s['value']}/{s['conversion']}")
    lines.append(translate("cli", "行动项："))
    lines.extend(f"  - {a.text}" for a in plan.actions)
    return "\n".join(lines)
