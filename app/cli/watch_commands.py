"""Brand and public-opinion watch commands (品牌与舆情).

    opsdesk-cli watch add TERM [--kind brand|product|person|negative] [--off]
    opsdesk-cli watch list | remove TERM | on TERM | off TERM
    opsdesk-cli watch scan FILE | --text T [--save]
        → {"mentions": [{"text", "terms", "sentiment", "alert"}], "alert": true|false}
    opsdesk-cli watch collect [--since YYYY-MM-DD] [--today YYYY-MM-DD]
    opsdesk-cli watch alerts [--status new|responding|resolved] [--today YYYY-MM-DD]
        → {"alerts": [{…, "waited_hours", "overdue", "severity", "limit_hours", "kinds",
           "templates": [ids of the reply templates for its kind]}], "counts", "spike", "limits"}
    opsdesk-cli watch respond ID (--template N | --text T) [--resolve]
    opsdesk-cli watch response-times [--negative H] [--neutral H]
        → {"limits": {"negative": 2, "neutral": 24}}  (hours allowed for a first reply)
    opsdesk-cli watch resolve ID
    opsdesk-cli watch guide [--pdf OUT.pdf]

`scan` judges only the text given (one mention per non-empty line of FILE, or the one --text);
spikes are not judged there. `alerts` first collects new mentions from feedback and imported
comments and checks the volume of every day of the spike window, so it is current after an
import; overdue unanswered alerts come first (response times: 设置 → 投放、活动与舆情).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from app.cli.core import Context, Outcome, date_option
from app.i18n import QT_TRANSLATE_NOOP, UserError
from app.vocabulary import label

KINDS = ("brand", "product", "person", "negative")


class WatchArgumentError(UserError):
    pass


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("watch", parents=[common], help="品牌与舆情：监测词、扫描评论、预警和回复")
    actions = p.add_subparsers(dest="watch_action", metavar="ACTION", parser_class=type(p))
    actions.required = True
    a = actions.add_parser("add", parents=[common], help="添加监测词（已有的改种类）")
    a.add_argument("term", help="要监测的词，如品牌名、产品名")
    a.add_argument("--kind", choices=KINDS, default="brand",
                   help="brand 品牌 / product 产品 / person 人物 / negative 负面词（默认 brand）")
    a.add_argument("--off", action="store_true", help="先加上但不启用")
    a.set_defaults(func=cmd_add)
    s = actions.add_parser("list", parents=[common], help="列出全部监测词")
    s.set_defaults(func=cmd_list)
    r = actions.add_parser("remove", parents=[common], help="删除监测词")
    r.add_argument("term", help="监测词或编号")
    r.set_defaults(func=cmd_remove)
    for name, enabled, text in (("on", True, "启用监测词"), ("off", False, "停用监测词（保留，不再匹配）")):
        o = actions.add_parser(name, parents=[common], help=text)
        o.add_argument("term", help="监测词或编号")
        o.set_defaults(func=cmd_switch, enabled=enabled)
    c = actions.add_parser("scan", parents=[common], help="判断给定文字：命中哪些监测词、情感、是否预警")
    c.add_argument("file", nargs="?", metavar="FILE", help="文本文件，每行一条评论")
    c.add_argument("--text", help="直接给一段文字")
    c.add_argument("--save", action="store_true", help="把命中监测词的行存为提及（默认只判断不保存）")
    c.set_defaults(func=cmd_scan)
    g = actions.add_parser("collect", parents=[common], help="从反馈记录和导入的评论里收集新的提及")
    g.add_argument("--since", metavar="YYYY-MM-DD", help="只看这一天以后的反馈和评论")
    _today_option(g)
    g.set_defaults(func=cmd_collect)
    e = actions.add_parser("alerts", parents=[common], help="预警列表（先收集新提及并检查负面激增）")
    e.add_argument("--status", choices=("new", "responding", "resolved"), help="只看这个状态")
    _today_option(e)
    e.set_defaults(func=cmd_alerts)
    d = actions.add_parser("respond", parents=[common], help="回复一条预警：用模板或自己写，记录首次响应时间")
    d.add_argument("id", type=int, help="预警编号")
    d.add_argument("--template", type=int, metavar="N", help="回复模板编号")
    d.add_argument("--text", help="回复内容")
    d.add_argument("--resolve", action="store_true", help="回复后标记为已解决")
    d.set_defaults(func=cmd_respond)
    t = actions.add_parser("response-times", parents=[common], help="查看或设置预警的回复时限（小时）")
    t.add_argument("--negative", type=float, metavar="H", help="负面预警多少小时内要首次回复（默认 2）")
    t.add_argument("--neutral", type=float, metavar="H", help="一般预警多少小时内要首次回复（默认 24）")
    t.set_defaults(func=cmd_response_times)
    v = actions.add_parser("resolve", parents=[common], help="把预警标记为已解决")
    v.add_argument("id", type=int, help="预警编号")
    v.set_defaults(func=cmd_resolve)
    b = actions.add_parser("guide", parents=[common], help="品牌手册：语气、视觉规范、客服用语和禁用词；可打印成 PDF")
    b.add_argument("--pdf", metavar="OUT.pdf", help="把品牌手册打印成 A4 PDF")
    b.set_defaults(func=cmd_guide)


def _today_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--today", metavar="YYYY-MM-DD", help="把这一天当作今天（检查负面激增用）")


def _kind_name(ctx: Context, kind: str) -> str:
    return label("watch_kind", kind, ctx.translate)


def cmd_add(args: argparse.Namespace, ctx: Context) -> Outcome:
    from app.services import watch

    row = watch.add_keyword(ctx.store(), args.term, args.kind, enabled=not args.off)
    text = ctx.translate("cli", "已添加监测词「{term}」（{kind}）").format(term=row["term"], kind=_kind_name(ctx, row["kind"]))
    return Outcome({"keyword": row}, text)


def cmd_list(_args: argparse.Namespace, ctx: Context) -> Outcome:
    from app.services import watch

    store = ctx.store()
    watch.ensure_starter_keywords(store)
    rows = watch.keywords(store)
    off = ctx.translate("cli", "（停用）")
    lines = [f"{r['id']:>4}  {_kind_name(ctx, r['kind'])}  {r['term']}{'' if r['enabled'] else off}" for r in rows]
    return Outcome({"keywords": rows}, "\n".join(lines) or ctx.translate("cli", "还没有监测词。"))


def cmd_remove(args: argparse.Namespace, ctx: Context) -> Outcome:
    from app.services import watch

    term = watch.remove_keyword(ctx.store(), args.term)
    return Outcome({"removed": term}, ctx.translate("cli", "已删除监测词「{term}」").format(term=term))


def cmd_switch(args: argparse.Namespace, ctx: Context) -> Outcome:
    from app.services import watch

    watch.set_keyword_enabled(ctx.store(), args.term, args.enabled)
    text = ctx.translate("cli", "已启用监测词「{term}」") if args.enabled else ctx.translate("cli", "已停用监测词「{term}」")
    return Outcome({"term": args.term, "enabled": args.enabled}, text.format(term=args.term))


def _read_lines(raw: str) -> list[str]:
    path = Path(raw).expanduser()
    try:
        data = path.read_bytes()
    except OSError:
        raise WatchArgumentError(QT_TRANSLATE_NOOP("errors", "读不了文件 {file}：请检查路径是否正确。"), file=raw) from None
    if b"\0" in data[:4096]:
        raise WatchArgumentError(QT_TRANSLATE_NOOP("errors", "{file} 不是文本文件：请把评论存成每行一条的 .txt。"),
                                 file=raw)
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(encoding).splitlines()
        except UnicodeDecodeError:
            continue
    raise WatchArgumentError(QT_TRANSLATE_NOOP("errors", "{file} 的编码看不懂：请存成 UTF-8 文本。"), file=raw)


def cmd_scan(args: argparse.Namespace, ctx: Context) -> Outcome:
    from app.services import watch, watch_text

    if (args.file is None) == (args.text is None):
        raise WatchArgumentError(QT_TRANSLATE_NOOP("errors", "请给一个文本文件，或者用 --text 给一段文字（二选一）。"))
    texts = [args.text.strip()] if args.text is not None else [s.strip() for s in _read_lines(args.file)]
    texts = [t for t in texts if t]
    store = ctx.store()
    watch.ensure_starter_keywords(store)
    words = watch.enabled_keywords(store)
    items = [watch_text.result_dict(watch_text.scan_text(t, words), t) for t in texts]
    if args.save:
        watch.add_pasted(store, "\n".join(texts))
    flagged = sum(1 for i in items if i["alert"])
    lines = []
    for item in items:
        mark = ctx.translate("cli", "【预警】") if item["alert"] else ""
        sentiment = label("sentiment", item["sentiment"], ctx.translate)
        terms = "、".join(item["terms"]) or "-"
        lines.append(f"{mark}{sentiment}  {terms}  {item['text']}")
    lines.append(ctx.translate("cli", "共 {n} 条，{alerts} 条预警").format(n=len(items), alerts=flagged))
    return Outcome({"mentions": items, "alert": flagged > 0}, "\n".join(lines))


def cmd_collect(args: argparse.Namespace, ctx: Context) -> Outcome:
    from app.services import watch

    report = watch.scan_store(ctx.store(), date_option(args.since, "--since"), today=date_option(args.today, "--today"))
    text = ctx.translate("cli", "检查了 {scanned} 条反馈和评论，新增 {added} 条提及，其中 {alerts} 条预警").format(**report)
    return Outcome(report, text)


def cmd_alerts(args: argparse.Namespace, ctx: Context) -> Outcome:
    from app.services import watch

    store = ctx.store()
    today = date_option(args.today, "--today")
    watch.scan_store(store, today=today)
    rows = watch.alerts(store, args.status)
    counts = watch.alert_counts(store)
    spike = watch.spike_status(store, today)
    templates = watch.reply_templates(store)
    lines = []
    for r in rows:
        r["templates"] = [t["id"] for t in watch.templates_for(r, templates) if t["matched"]]
        status = label("alert_status", r["status"] or "new", ctx.translate)
        urgent = ctx.translate("cli", "【紧急】") if r["urgent"] else ""
        late = ctx.translate("cli", "【超时】") if watch.is_waiting_overdue(r) else ""
        if r["response_hours"] is not None:
            hours = ctx.translate("cli", "  {h} 小时内响应").format(h=r["response_hours"])
        elif r["waited_hours"] is not None:
            hours = ctx.translate("cli", "  已等 {h} 小时").format(h=r["waited_hours"])
        else:
            hours = ""
        lines.append(f"{r['id']:>5}  {r['mentioned_at']:%Y-%m-%d %H:%M}  {status}{hours}  {late}{urgent}{r['text'][:60]}")
    lines.append(ctx.translate("cli", "待处理 {new} 条，处理中 {responding} 条，已解决 {resolved} 条，超时未回复 {overdue} 条")
                 .format(**counts))
    return Outcome({"alerts": rows, "counts": counts, "spike": spike, "limits": watch.response_limits(store)},
                   "\n".join(lines))


def cmd_respond(args: argparse.Namespace, ctx: Context) -> Outcome:
    from app.services import watch

    if (args.template is None) == (args.text is None):
        raise WatchArgumentError(QT_TRANSLATE_NOOP("errors", "请用 --template 选一个回复模板，或用 --text 写回复（二选一）。"))
    store = ctx.store()
    reply = watch.respond(store, args.id, args.template, args.text, resolve=args.resolve)
    alert = next(a for a in watch.alerts(store) if a["id"] == args.id)
    return Outcome({"alert": alert, "reply": reply},
                   ctx.translate("cli", "已记录回复：\n{reply}").format(reply=reply))


def cmd_response_times(args: argparse.Namespace, ctx: Context) -> Outcome:
    from app.services import watch

    store = ctx.store()
    if args.negative is None and args.neutral is None:
        limits = watch.response_limits(store)
    else:
        limits = watch.set_response_limits(store, negative=args.negative, neutral=args.neutral)
    text = ctx.translate("cli", "回复时限：负面 {negative:g} 小时，一般 {neutral:g} 小时").format(**limits)
    return Outcome({"limits": limits}, text)


def cmd_resolve(args: argparse.Namespace, ctx: Context) -> Outcome:
    from app.services import watch

    watch.set_alert_status(ctx.store(), args.id, "resolved")
    return Outcome({"id": args.id, "status": "resolved"}, ctx.translate("cli", "预警 {id} 已解决").format(id=args.id))


def cmd_guide(args: argparse.Namespace, ctx: Context) -> Outcome:
    import dataclasses

    from app.services.brand import load_guide

    guide = load_guide(ctx.store())
    data: dict[str, Any] = dataclasses.asdict(guide)
    text = ctx.translate("cli", "品牌手册：{brand}").format(brand=guide.brand or "-")
    if args.pdf:
        from app.report.brand_guide import write_brand_guide_pdf
        from app.report.sheet import offscreen_app

        offscreen_app()
        pages = write_brand_guide_pdf(args.pdf, guide, translate=ctx.translate)
        data["pdf"] = {"path": args.pdf, "pages": pages}
        text += "\n" + ctx.translate("cli", "PDF 已保存：{path}（{pages} 页）").format(path=args.pdf, pages=pages)
    return Outcome(data, text)
