"""The monthly review (月度复盘) as a printed sheet: HTML with its chart images, painted on pages.

`render(device, review)` paints a review built by `app.services.review.build_review` onto any
paged device — the preview dialog's QPrinter (`paintRequested`), a real printer, or a QPdfWriter
(`write_pdf`) — so preview, paper and PDF are the same pages.

Every number comes from the review dict (`app.services.review.build_review`) through the same
formatters the JSON's readers are told about: counts with thousands separators, rates as
percentages with one decimal, money to the cent, ROI as a multiple.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtGui import QImage, QPagedPaintDevice

from app.i18n import Translate
from app.models.vocabulary import Month
from app.report.charts import BAD, GOOD, MUTED, NEUTRAL, Bar, BarRow, bar_chart
from app.report.html import BAD_BG, GOOD_BG, heading, image, mark, para, table, text
from app.report.sheet import make_document, paint_pages, pdf_writer
from app.services.review import fmt_avg, fmt_count, fmt_money, fmt_rate, fmt_ratio, fmt_value


def title(review: dict[str, Any], translate: Translate) -> str:
    month = Month.parse(review["month"])
    return translate("ReviewSheet", "{year} 年 {month} 月运营复盘").format(year=month.year, month=month.number)


def kpi_summary_text(review: dict[str, Any], translate: Translate) -> str:
    """"共 5 项目标：达成 2 项，未达成 3 项。", or the pace of a month still running."""
    summary = review["kpi_summary"]
    if review["complete"]:
        return translate(
            "ReviewSheet", "共 {total} 项目标：达成 {achieved} 项，未达成 {missed} 项。").format(**summary)
    return translate(
        "ReviewSheet", "共 {total} 项目标（本月未结束）：已达成 {achieved} 项，进度正常 {on_track} 项，进度落后 {behind} 项。"
    ).format(**summary)


def review_html(review: dict[str, Any], width: float, translate: Translate) -> tuple[str, dict[str, QImage]]:
    """The sheet's HTML and its charts, laid out for a page `width` layout pixels wide."""
    images: dict[str, QImage] = {}
    parts = [heading(f"{review['brand']} · {title(review, translate)}", 1)]
    parts.append(
        para(
            text(
                translate(
                    "ReviewSheet",
                    "统计期 {start} 至 {end}（按发布时间计入当月）；内容数据取截至 {as_of} 的最新快照；生成于 {at}",
                ).format(
                    start=review["start"].isoformat(),
                    end=review["end"].isoformat(),
                    as_of=review["as_of"].isoformat(),
                    at=review["generated_at"].strftime("%Y-%m-%d %H:%M"),
                )
            ),
            small=True,
            color="#555555",
        )
    )
    for fresh in review["freshness"]:
        if fresh["text"]:
            parts.append(para(text(fresh["text"]), small=True, color="#555555"))
    parts += _kpi_section(review, width, images, translate)
    parts += _content_section(review, width, images, translate)
    parts += _users_section(review, width, images, translate)
    parts += _community_activity_section(review, translate)
    parts += _shop_section(review, translate)
    parts += _campaign_section(review, translate)
    parts += _watch_section(review, translate)
    parts += _findings_section(review, translate)
    parts += _notes_section(review, translate)
    return "".join(parts), images


def _kpi_section(review: dict[str, Any], width: float, images: dict[str, QImage], translate: Translate) -> list[str]:
    out = [heading(translate("ReviewSheet", "一、KPI 完成情况"))]
    kpis = review["kpis"]
    if not kpis:
        return out + [
            para(
                text(
                    translate(
                        "ReviewSheet", "这个月没有设定目标。在「目标」里设定后，这里会对比目标和实际。"
                    )
                )
            )
        ]
    out.append(para(text(kpi_summary_text(review, translate))))
    rows, colors = [], []
    for k in kpis:
        name = k["platform_name"] + (
            translate("ReviewSheet", "（分平台相加）") if k["summed"] else ""
        )
        rows.append(
            [
                text(name),
                text(k["metric_label"]),
                fmt_value(k["kind"], k["target"]),
                fmt_value(k["kind"], k["actual"]),
                fmt_rate(k["ratio"]),
                mark(
                    k["status"] == "achieved" if k["status"] != "no_data" else None,
                    k["status_label"],
                    k["status_label"],
                    k["status_label"],
                ),
            ]
        )
        colors.append(
            GOOD_BG if k["status"] == "achieved" else BAD_BG if k["status"] in ("missed", "behind") else None
        )
    bars = [
        BarRow(
            f"{k['platform_name']} {k['metric_label']}",
            [Bar(k["ratio"], GOOD if k["status"] == "achieved" else BAD, fmt_rate(k["ratio"]))],
        )
        for k in kpis
        if k["ratio"] is not None
    ]
    if bars:
        images["kpi"] = bar_chart(
            bars,
            width,
            reference=1.0,
            reference_text=translate("ReviewSheet", "目标 100%"),
            legend=[
                (translate("ReviewSheet", "达成"), GOOD),
                (translate("ReviewSheet", "未达成"), BAD),
            ],
        )
        out.append(image("kpi", images["kpi"]))
    out.append(
        table(
            [
                translate("ReviewSheet", "平台"),
                translate("ReviewSheet", "指标"),
                translate("ReviewSheet", "目标"),
                translate("ReviewSheet", "实际"),
                translate("ReviewSheet", "完成率"),
                translate("ReviewSheet", "状态"),
            ],
            rows,
            numeric=[False, False, True, True, True, False],
            widths=[20, 18, 17, 17, 14, 14],
            row_colors=colors,
        )
    )
    return out


def _content_row(name: str, c: dict[str, Any]) -> list[str]:
    return [
        text(name),
        fmt_count(c["posts"]),
        fmt_count(c["views"]),
        fmt_avg(c["avg_views"]),
        fmt_rate(c["engagement_rate"]),
        fmt_count(c["follows_gained"]),
        fmt_count(c["conversions"]),
        fmt_rate(c["conversion_rate"]),
    ]


def _post_rows(posts: list[dict[str, Any]]) -> list[list[str]]:
    return [
        [
            str(i),
            text(p["platform_name"]),
            text(p["title"]),
            p["published_at"].strftime("%m-%d"),
            fmt_count(p["views"]),
            fmt_rate(p["engagement_rate"]),
            fmt_count(p["follows_gained"]),
            fmt_count(p["conversions"]),
        ]
        for i, p in enumerate(posts, start=1)
    ]


def _content_section(review: dict[str, Any], width: float, images: dict[str, QImage], translate: Translate) -> list[str]:
    content = review["content"]
    out = [heading(translate("ReviewSheet", "二、内容数据"))]
    if not content["total"]["posts"]:
        return out + [para(text(translate("ReviewSheet", "这个月没有发布内容。")))]
    headers = [
        translate("ReviewSheet", "平台"),
        translate("ReviewSheet", "发布篇数"),
        translate("ReviewSheet", "阅读/播放"),
        translate("ReviewSheet", "篇均阅读/播放"),
        translate("ReviewSheet", "互动率"),
        translate("ReviewSheet", "涨粉"),
        translate("ReviewSheet", "转化"),
        translate("ReviewSheet", "转化率"),
    ]
    rows = [_content_row(p["platform_name"], p) for p in content["platforms"]]
    rows.append(_content_row(translate("ReviewSheet", "合计"), content["total"]))
    out.append(table(headers, rows, numeric=[False] + [True] * 7, bold_last=True))
    total = content["total"]
    out.append(
        para(
            text(
                translate(
                    "ReviewSheet",
                    "篇均互动率 {avg_rate}，篇均涨粉 {follows}，篇均转化 {conversions}；成交金额 {revenue} 元。"
                    "互动率 = 互动数 ÷ 阅读/播放（有两项数据的内容合计）；篇均按有该项数据的内容计算。",
                ).format(
                    avg_rate=fmt_rate(total["avg_engagement_rate"]),
                    follows=fmt_avg(total["avg_follows_gained"]),
                    conversions=fmt_avg(total["avg_conversions"]),
                    revenue=fmt_money(total["revenue"]),
                )
            ),
            small=True,
            color="#555555",
        )
    )
    bars = [
        BarRow(p["platform_name"], [Bar(p["views"], NEUTRAL, fmt_count(p["views"]))])
        for p in content["platforms"]
    ]
    images["views"] = bar_chart(
        bars,
        width,
        legend=[(translate("ReviewSheet", "阅读/播放（各平台）"), NEUTRAL)],
        label_share=0.14,
    )
    out.append(image("views", images["views"]))
    post_headers = [
        translate("ReviewSheet", "#"),
        translate("ReviewSheet", "平台"),
        translate("ReviewSheet", "标题"),
        translate("ReviewSheet", "发布"),
        translate("ReviewSheet", "阅读/播放"),
        translate("ReviewSheet", "互动率"),
        translate("ReviewSheet", "涨粉"),
        translate("ReviewSheet", "转化"),
    ]
    numeric = [True, False, False, False, True, True, True, True]
    widths = [4, 12, 28, 8, 11, 13, 11, 13]  # wide enough for Xiaohongshu / Conversions in English
    out.append(para(""))
    out.append(table(post_headers, _post_rows(content["top"]), numeric=numeric, widths=widths,
                     caption=translate("ReviewSheet", "阅读/播放最高的 5 篇")))
    if content["bottom"]:
        out.append(para(""))
        out.append(table(post_headers, _post_rows(content["bottom"]), numeric=numeric, widths=widths,
                         caption=translate("ReviewSheet", "阅读/播放最低的 5 篇")))
    if content["live_left_out"]:
        out.append(para(translate("ReviewSheet", "另有 {n} 场直播不参与排名（直播按场累计观看，和内容放在一起比不公平）。")
                        .format(n=content["live_left_out"]), small=True))
    return out


def _users_section(review: dict[str, Any], width: float, images: dict[str, QImage], translate: Translate) -> list[str]:
    users = review["users"]
    out = [heading(translate("ReviewSheet", "三、用户数据"))]
    if users["platforms"]:

        def row(name: str, f: dict[str, Any]) -> list[str]:
            net = "—" if f["net"] is None else f"{f['net']:+,}"
            return [
                text(name),
                fmt_count(f["followers_start"]),
                fmt_count(f["followers_end"]),
                fmt_count(f["gained"]),
                fmt_count(f["lost"]),
                net,
                fmt_rate(f["churn_rate"]),
            ]

        rows = [row(f["platform_name"], f) for f in users["platforms"]] + [
            row(translate("ReviewSheet", "合计"), users["total"])
        ]
        out.append(
            table(
                [
                    translate("ReviewSheet", "平台"),
                    translate("ReviewSheet", "期初粉丝"),
                    translate("ReviewSheet", "期末粉丝"),
                    translate("ReviewSheet", "新增关注"),
                    translate("ReviewSheet", "取消关注"),
                    translate("ReviewSheet", "净增"),
                    translate("ReviewSheet", "流失率"),
                ],
                rows,
                numeric=[False] + [True] * 6,
                bold_last=True,
            )
        )
        out.append(
            para(
                text(translate("ReviewSheet", "流失率 = 本月取消关注 ÷ 期初粉丝。")),
                small=True,
                color="#555555",
            )
        )
        bars = [
            BarRow(
                f["platform_name"],
                [Bar(f["gained"], GOOD, fmt_count(f["gained"])), Bar(f["lost"], BAD, fmt_count(f["lost"]))],
            )
            for f in users["platforms"]
        ]
        images["followers"] = bar_chart(
            bars,
            width,
            legend=[
                (translate("ReviewSheet", "新增关注"), GOOD),
                (translate("ReviewSheet", "取消关注"), BAD),
            ],
            label_share=0.14,
        )
        out.append(image("followers", images["followers"]))
    else:
        out.append(
            para(
                text(
                    translate(
                        "ReviewSheet", "这个月没有粉丝数据：导入各平台的粉丝/用户数据后再看。"
                    )
                )
            )
        )
    seg = users["segments"]
    out.append(heading(translate("ReviewSheet", "用户分层"), 3))
    if seg["month"] is None:
        out.append(
            para(
                text(
                    translate(
                        "ReviewSheet",
                        "这个月没有分层记录（在「用户与社群」里重新计算分层时会记下当月人数）。",
                    )
                )
            )
        )
        return out
    rows = []
    for r in seg["rows"]:
        change = "—" if r["change"] is None else f"{r['change']:+,}"
        rows.append([text(r["label"]), fmt_count(r["members"]), fmt_count(r["previous"]), change])
    rows.append([translate("ReviewSheet", "合计"), fmt_count(seg["total"]), "", ""])
    out.append(
        table(
            [
                translate("ReviewSheet", "分层"),
                translate("ReviewSheet", "本月人数"),
                translate("ReviewSheet", "上月人数"),
                translate("ReviewSheet", "变化"),
            ],
            rows,
            numeric=[False, True, True, True],
            bold_last=True,
        )
    )
    out.append(
        para(
            text(
                translate(
                    "ReviewSheet", "流失用户占比 {share}；本月新增流失率 {rate}。"
                ).format(share=fmt_rate(seg["churned_share"]), rate=fmt_rate(seg["churn_rate"]))
            ),
            small=True,
            color="#555555",
        )
    )
    return out


def _community_activity_section(review: dict[str, Any], translate: Translate) -> list[str]:
    """社群活跃度: each 企业微信 staff member's groups and chats over the month (nothing when not imported)."""
    activity = review.get("community_activity") or {}
    if not activity.get("staff"):
        return []
    rows = [[text(r["staff"]), f"{r['active_days']} / {r['days']}", fmt_count(r["group_messages"]),
             "—" if r["speakers_per_day"] is None else f"{r['speakers_per_day']:.1f}", fmt_count(r["new_customers"]),
             "—" if r["quietest_day"] is None else f"{r['quietest_day']:%m-%d}（{r['quietest_messages']:,}）"]
            for r in activity["staff"]]
    return [heading(translate("ReviewSheet", "社群活跃度"), 3), table(
        [translate("ReviewSheet", "成员"), translate("ReviewSheet", "有消息天数"), translate("ReviewSheet", "群消息"),
         translate("ReviewSheet", "日均发言人数"), translate("ReviewSheet", "新增客户"), translate("ReviewSheet", "最冷清的一天")],
        rows, numeric=[False, True, True, True, True, False])]


def _shop_section(review: dict[str, Any], translate: Translate) -> list[str]:
    """店铺订单: the month's 抖店 orders that count, what refunds and cancellations took out, and the
    part attributed to content (an estimate); nothing when no orders were imported."""
    shop = review.get("shop") or {}
    if not shop.get("sub_orders"):
        return []
    line = translate("ReviewSheet", "有效订单 {orders} 单，成交 {revenue} 元；退款 {refunds} 笔（{refunded} 元），取消或关闭 {void} 笔。").format(
        orders=fmt_count(shop["conversions"]), revenue=fmt_money(shop["revenue"]),
        refunds=fmt_count(shop["refunded_sub_orders"]), refunded=fmt_money(shop["refunded_amount"]),
        void=fmt_count(shop["cancelled_sub_orders"]))
    out = [heading(translate("ReviewSheet", "店铺订单（抖店）"), 3), para(text(line))]
    if shop["attributed_conversions"]:  # its own paragraph: English needs a break between the sentences
        out.append(para(text(translate("ReviewSheet", "其中 {orders} 单、{revenue} 元按达人和下单时间归到了直播或视频（估算）。").format(
            orders=fmt_count(shop["attributed_conversions"]), revenue=fmt_money(shop["attributed_revenue"])))))
    return out


def _campaign_section(review: dict[str, Any], translate: Translate) -> list[str]:
    out = [heading(translate("ReviewSheet", "四、活动与推广"))]
    if review["campaigns"]:
        rows = []
        for c in review["campaigns"]:
            rows.append(
                [
                    text(c["name"]),
                    f"{c['start_day']:%m-%d}–{c['end_day']:%m-%d}",
                    fmt_count(c["participants"]),
                    fmt_count(c["target_participants"]),
                    fmt_rate(c["participants_vs_target"]),
                    fmt_rate(c["share_rate"]),
                    fmt_count(c["new_followers"]),
                    fmt_count(c["conversions"]),
                    fmt_money(c["revenue"]),
                    fmt_money(c["cost"]),
                    fmt_ratio(c["roi"]),
                ]
            )
        out.append(
            table(
                [
                    translate("ReviewSheet", "活动"),
                    translate("ReviewSheet", "日期"),
                    translate("ReviewSheet", "参与"),
                    translate("ReviewSheet", "目标"),
                    translate("ReviewSheet", "完成率"),
                    translate("ReviewSheet", "分享率"),
                    translate("ReviewSheet", "新增关注"),
                    translate("ReviewSheet", "转化"),
                    translate("ReviewSheet", "成交额"),
                    translate("ReviewSheet", "花费"),
                    translate("ReviewSheet", "ROI"),
                ],
                rows,
                numeric=[False, False] + [True] * 9,
                widths=[11, 9, 10, 7, 10, 7, 8, 10, 11, 10, 7],  # 126,140.00 and 21.67 whole in English
                caption=translate("ReviewSheet", "活动"),  # the title never ends a page without its table
            )
        )
    else:
        out.append(heading(translate("ReviewSheet", "活动"), 3))
        out.append(para(text(translate("ReviewSheet", "这个月没有进行中的活动。"))))
    out.append(heading(translate("ReviewSheet", "推广投放"), 3))
    promos = review["promotions"]
    if promos["rows"]:
        rows = [
            [
                text(p["name"] or p["post_title"] or f"#{p['id']}"),
                text(p["platform_name"] or "—"),
                fmt_money(p["spend"]),
                fmt_money(p["revenue"]),
                fmt_ratio(p["roi"]),
                fmt_count(p["follows_gained"]),
                fmt_count(p["conversions"]),
            ]
            for p in promos["rows"]
        ]
        t = promos["total"]
        rows.append(
            [
                translate("ReviewSheet", "合计"),
                "",
                fmt_money(t["spend"]),
                fmt_money(t["revenue"]),
                fmt_ratio(t["roi"]),
                fmt_count(t["follows_gained"]),
                fmt_count(t["conversions"]),
            ]
        )
        out.append(
            table(
                [
                    translate("ReviewSheet", "投放"),
                    translate("ReviewSheet", "平台"),
                    translate("ReviewSheet", "花费（元）"),
                    translate("ReviewSheet", "成交（元）"),
                    translate("ReviewSheet", "ROI"),
                    translate("ReviewSheet", "涨粉"),
                    translate("ReviewSheet", "转化"),
                ],
                rows,
                numeric=[False, False] + [True] * 5,
                bold_last=True,
            )
        )
    else:
        out.append(para(text(translate("ReviewSheet", "这个月没有推广投放。"))))
    return out


def _watch_section(review: dict[str, Any], translate: Translate) -> list[str]:
    """The month's brand and public-opinion alerts and how fast they were answered (issue 12)."""
    w = review["watch"]
    out = [heading(translate("ReviewSheet", "品牌舆情"), 3)]
    if not w["alerts"] and not w["negative_mentions"]:
        out.append(para(text(translate("ReviewSheet", "这个月没有舆情预警。"))))
        return out
    terms = translate("ReviewSheet", "、").join(f"{t}×{n}" for t, n in w["top_terms"]) or "—"
    hours = "—" if w["median_response_hours"] is None else fmt_avg(w["median_response_hours"])
    worst = "—" if w["worst_response_hours"] is None else fmt_avg(w["worst_response_hours"])
    out.append(
        table(
            [
                translate("ReviewSheet", "预警"),
                translate("ReviewSheet", "紧急"),
                translate("ReviewSheet", "已解决"),
                translate("ReviewSheet", "未处理完"),
                translate("ReviewSheet", "首次回复中位数（小时）"),
                translate("ReviewSheet", "最慢（小时）"),
                translate("ReviewSheet", "超时"),
                translate("ReviewSheet", "24 小时内回复"),
                translate("ReviewSheet", "主要词"),
            ],
            [[fmt_count(w["alerts"]), fmt_count(w["urgent"]), fmt_count(w["resolved"]), fmt_count(w["open"]),
              hours, worst, fmt_count(w["overdue"]), fmt_rate(w["within_24h_rate"]), text(terms)]],
            numeric=[True] * 8 + [False],
        )
    )
    return out


def _bullets(items: list[dict[str, Any]], sign: str, color: str) -> str:
    return "".join(
        para(f'<span style="color:{color}; font-weight:600">{sign}</span> {text(i["text"])}') for i in items
    )


def _findings_section(review: dict[str, Any], translate: Translate) -> list[str]:
    out = [heading(translate("ReviewSheet", "五、亮点与不足（自动发现）"))]
    out.append(heading(translate("ReviewSheet", "亮点"), 3))
    out.append(
        _bullets(review["highlights"], "+", "#1E7B45")
        if review["highlights"]
        else para(text(translate("ReviewSheet", "（无）")))
    )
    out.append(heading(translate("ReviewSheet", "不足"), 3))
    out.append(
        _bullets(review["shortfalls"], "−", "#B52B27")
        if review["shortfalls"]
        else para(text(translate("ReviewSheet", "（无）")))
    )
    if review["diagnosis"]:
        out.append(heading(translate("ReviewSheet", "数据诊断"), 3))
        colon = translate("ReviewSheet", "：")
        for f in review["diagnosis"]:
            cause = translate("ReviewSheet", "（原因：{cause}）").format(cause=f["cause_label"]) if f["severity"] != "info" else ""
            out.append(
                para(
                    f'<span style="color:#1F3A5F; font-weight:600">[{text(f["severity_label"])}] '
                    f"{text(f['rule_label'])}{text(cause)}</span>{text(colon)}{text(f['text'])}"
                )
            )
    return out


def _action_recap_section(review: dict[str, Any], translate: Translate) -> list[str]:
    """上月行动项回顾: the month's action items, done or not, and their metric before and after."""
    items = review.get("action_recap") or []
    if not items:
        return []
    done_text = translate("ReviewSheet", "已完成")
    rows = []
    for item in items:
        kind = item["metric_kind"]
        change = item["change"]
        sign = "+" if change is not None and change > 0 else ""
        rows.append([
            text(item["platform_name"]),
            text(item["text"]),
            mark(item["done"], done_text + (item["done_at"].strftime(" %m-%d") if item["done_at"] else ""),
                 translate("ReviewSheet", "未完成")),
            text(item["metric_label"] or "—"),
            fmt_value(kind, item["baseline"]),
            fmt_value(kind, item["after"]),
            "—" if change is None else sign + fmt_value(kind, change),
        ])
    done = sum(i["done"] for i in items)
    return [
        heading(translate("ReviewSheet", "上月行动项回顾"), 3),
        para(text(translate("ReviewSheet", "{total} 项行动项，完成 {done} 项；指标“之前”是定计划时的数，“之后”是本月的数。")
                  .format(total=len(items), done=done)), small=True, color="#555555"),
        table(
            [
                translate("ReviewSheet", "平台"),
                translate("ReviewSheet", "行动项"),
                translate("ReviewSheet", "完成"),
                translate("ReviewSheet", "指标"),
                translate("ReviewSheet", "之前"),
                translate("ReviewSheet", "之后"),
                translate("ReviewSheet", "变化"),
            ],
            rows,
            numeric=[False] * 4 + [True] * 3,
            widths=[14, 30, 12, 16, 9, 9, 10],  # Xiaohongshu, All platforms whole
        ),
    ]


def _notes_section(review: dict[str, Any], translate: Translate) -> list[str]:
    notes = review["notes"]
    out = [heading(translate("ReviewSheet", "六、运营复盘"))]
    out += _action_recap_section(review, translate)
    unfilled = translate("ReviewSheet", "（未填写）")
    for key, label in (
        ("highlights", translate("ReviewSheet", "本月亮点")),
        ("problems", translate("ReviewSheet", "问题与不足")),
        ("next_changes", translate("ReviewSheet", "下月策略调整")),
        ("notes", translate("ReviewSheet", "备注")),
    ):
        out.append(heading(label, 3))
        out.append(
            para(
                text(notes[key])
                if notes[key]
                else f'<span style="color:{MUTED}">{text(unfilled)}</span>'
            )
        )
    out.append(heading(translate("ReviewSheet", "经验教训（记入运营手册）"), 3))
    if review["lessons"]:
        rows = [
            [
                mark(lesson["kind"] == "success", lesson["kind_label"], lesson["kind_label"]),
                text(lesson["area_label"]),
                text(lesson["title"]),
                text(lesson["evidence"] or ""),
            ]
            for lesson in review["lessons"]
        ]
        out.append(
            table(
                [
                    translate("ReviewSheet", "类型"),
                    translate("ReviewSheet", "领域"),
                    translate("ReviewSheet", "经验"),
                    translate("ReviewSheet", "依据"),
                ],
                rows,
                widths=[12, 13, 42, 33],  # Campaigns, Members whole
            )
        )
    else:
        none_yet = translate("ReviewSheet", "（本月还没有记录经验教训）")
        out.append(para(f'<span style="color:{MUTED}">{text(none_yet)}</span>'))
    return out


def render(device: QPagedPaintDevice, review: dict[str, Any], *, translate: Translate) -> int:
    """Paint the review on `device` (its page layout set by the caller); returns the page count."""

    def build(width: float) -> Any:
        html, images = review_html(review, width, translate)
        return make_document(html, images, width)

    footer = translate("ReviewSheet", "OpsDesk 运营台 · 月度复盘")
    return paint_pages(device, build, review["brand"], title(review, translate), footer, translate)


def write_pdf(path: str | Path, review: dict[str, Any], *, translate: Translate) -> int:
    """The review as an A4 PDF at `path`; returns the page count."""
    with pdf_writer(path, f"{review['brand']} {title(review, translate)}") as writer:
        return render(writer, review, translate=translate)
