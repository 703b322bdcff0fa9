"""Content commands: `topics` (the ranked topic library) and `lint` (checks a title and body)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from app.cli.core import EXIT_OK, EXIT_PARTIAL, Context, Outcome
from app.i18n import QT_TRANSLATE_NOOP, UserError


class BodyFileError(UserError):
    pass


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("topics", parents=[common], help="按优先级和加权分列出选题")
    p.add_argument("--month", metavar="YYYY-MM", help="只列这个月的选题")
    p.set_defaults(func=cmd_topics)

    p = sub.add_parser("lint", parents=[common], help="检查标题和正文：字数、结构、话题数、违禁词和风险词")
    p.add_argument("--platform", required=True, metavar="P",
                   help="平台代码：wechat、douyin、xiaohongshu、channels、weibo、bilibili、zhihu、kuaishou、toutiao")
    p.add_argument("--title", metavar="T", help="标题")
    p.add_argument("--body-file", metavar="F", help="正文文件（UTF-8 或 GB18030 编码的文本）")
    p.add_argument("--text", metavar="T", help="正文（短的直接写，不用存文件）")
    p.add_argument("--hook", metavar="T", help="开头钩子（抖音等视频的开头 3 秒）")
    p.add_argument("--keywords", nargs="+", metavar="K", default=[], help="搜索关键词（小红书检查标题里有没有）")
    p.add_argument("--topic", type=int, metavar="N", help="用这个选题的搜索关键词")
    p.set_defaults(func=cmd_lint)


def cmd_topics(args: argparse.Namespace, ctx: Context) -> Outcome:
    from app.services.topics import ranked_topics

    rows = ranked_topics(ctx.store(), args.month)
    data = {"month": args.month, "count": len(rows), "topics": [row.to_dict() for row in rows]}
    if not rows:
        return Outcome(data, ctx.translate("cli", "没有选题。"))
    override = ctx.translate("cli", "（手动）")
    lines = [
        f"{row.id:>5}  {row.weighted_score:4.2f}  {row.effective_priority.value:<6}"
        f"{override if row.priority_is_override else '':<4}  {row.status.value:<13}  {row.month or '-':<7}  "
        f"{row.score_timeliness}/{row.score_value}/{row.score_conversion}  {row.title}"
        for row in rows
    ]
    header = ctx.translate("cli", "编号  加权分  优先级  状态  月份  时效/价值/转化  标题")
    return Outcome(data, "\n".join([header, *lines]))


def read_body(path: str) -> str:
    """A text file in UTF-8 (with or without BOM) or GB18030, as operators save them on Windows."""
    try:
        raw = Path(path).expanduser().read_bytes()
    except OSError as exc:
        raise BodyFileError(QT_TRANSLATE_NOOP("errors", "读不了正文文件 {path}：{reason}。"),
                            path=path, reason=exc.strerror or str(exc)) from exc
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise BodyFileError(QT_TRANSLATE_NOOP("errors", "正文文件 {path} 不是文本文件（既不是 UTF-8 也不是 GB18030 编码）。"),
                        path=path)


def cmd_lint(args: argparse.Namespace, ctx: Context) -> Outcome:
    from app.services.checks import fails_check, lint, load_wordlists, platform_rules

    platform_rules(args.platform)  # an unknown platform stops here with a plain message (exit 2)
    if args.body_file and args.text is not None:
        raise BodyFileError(QT_TRANSLATE_NOOP("errors", "正文请用 --body-file 或 --text 给出，二选一。"))
    body = read_body(args.body_file) if args.body_file else args.text
    keywords = list(args.keywords)
    if args.topic is not None:
        from app.services.topics import get_topic

        keywords += [k for k in get_topic(ctx.store(), args.topic).search_keywords if k not in keywords]
    fields = {"hook": args.hook} if args.hook is not None else None
    findings = lint(args.platform, args.title, body, fields=fields, keywords=keywords,
                    wordlists=load_wordlists(ctx.store()))
    data = {"findings": [f.to_dict(ctx.translate) for f in findings]}
    code = EXIT_PARTIAL if fails_check(findings) else EXIT_OK
    if not findings:
        return Outcome(data, ctx.translate("cli", "没有发现问题。"), code)
    severity = {"error": ctx.translate("cli", "必须改"), "warning": ctx.translate("cli", "警告"),
                "hint": ctx.translate("cli", "提示")}
    lines = []
    for f in findings:
        where = f"{f.field}" + (f" {f.start}–{f.end}" if f.start is not None else "")
        lines.append(f"[{severity[f.severity]}] {where}: {f.to_dict(ctx.translate)['message']}")
    return Outcome(data, "\n".join(lines), code)
