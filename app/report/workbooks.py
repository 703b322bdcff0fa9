"""Workbooks (.xlsx) an operator reads or hands on: the monthly review, the ops manual, a member
list or one segment of it for outreach, and the user needs list.

Each writer takes the data a service built and an explicit `translate`, so sheet names and
headers come out in the caller's language (the CLI's `--lang`, the GUI's translator); the contexts
are the ones these strings always had. The cells go through the shared writer in
`app.services.excel` (typed cells, quote-prefixed formula-like text, atomic save), which the
whole-store export uses too — a data exchange, not a document, so it stays in services and this
layer depends on it, never the other way round. No Qt here.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from app.i18n import QT_TRANSLATE_NOOP, Translate, UserError
from app.models.vocabulary import label
from app.services.excel import Cell, Column, export_rows, new_workbook, write_sheet
from app.services.review import ALL_PLATFORMS

# -- the monthly review (月度复盘) ----------------------------------------------------------------

def _h(*names: tuple[str, str]) -> list[tuple[str, str]]:
    return list(names)


#: Sheets of the review workbook: (sheet name, [(header, kind)]) — headers translated with context "review".
#: How an action item's metric is written before and after (`actions.metric_kind`): a rate as a percentage.
_CELL_KINDS = {"rate": "rate", "money": "money", "count": "int"}

XLSX_SHEETS: dict[str, tuple[str, list[tuple[str, str]]]] = {
    "kpis": (QT_TRANSLATE_NOOP("review", "KPI完成"), _h(
        (QT_TRANSLATE_NOOP("review", "平台"), "text"), (QT_TRANSLATE_NOOP("review", "账号"), "text"),
        (QT_TRANSLATE_NOOP("review", "指标"), "text"), (QT_TRANSLATE_NOOP("review", "目标"), "float"),
        (QT_TRANSLATE_NOOP("review", "实际"), "float"), (QT_TRANSLATE_NOOP("review", "完成率"), "rate"),
        (QT_TRANSLATE_NOOP("review", "状态"), "text"))),
    "content": (QT_TRANSLATE_NOOP("review", "内容数据"), _h(
        (QT_TRANSLATE_NOOP("review", "平台"), "text"), (QT_TRANSLATE_NOOP("review", "发布篇数"), "int"),
        (QT_TRANSLATE_NOOP("review", "有数据篇数"), "int"), (QT_TRANSLATE_NOOP("review", "阅读/播放"), "int"),
        (QT_TRANSLATE_NOOP("review", "篇均阅读/播放"), "float"), (QT_TRANSLATE_NOOP("review", "互动率"), "rate"),
        (QT_TRANSLATE_NOOP("review", "篇均互动率"), "rate"), (QT_TRANSLATE_NOOP("review", "涨粉"), "int"),
        (QT_TRANSLATE_NOOP("review", "篇均涨粉"), "float"), (QT_TRANSLATE_NOOP("review", "转化"), "int"),
        (QT_TRANSLATE_NOOP("review", "篇均转化"), "float"), (QT_TRANSLATE_NOOP("review", "转化率"), "rate"),
        (QT_TRANSLATE_NOOP("review", "成交金额"), "money"))),
    "posts": (QT_TRANSLATE_NOOP("review", "最高与最低"), _h(
        (QT_TRANSLATE_NOOP("review", "榜单"), "text"), (QT_TRANSLATE_NOOP("review", "名次"), "int"),
        (QT_TRANSLATE_NOOP("review", "平台"), "text"), (QT_TRANSLATE_NOOP("review", "标题"), "text"),
        (QT_TRANSLATE_NOOP("review", "发布时间"), "datetime"), (QT_TRANSLATE_NOOP("review", "阅读/播放"), "int"),
        (QT_TRANSLATE_NOOP("review", "互动率"), "rate"), (QT_TRANSLATE_NOOP("review", "涨粉"), "int"),
        (QT_TRANSLATE_NOOP("review", "转化"), "int"), (QT_TRANSLATE_NOOP("review", "转化率"), "rate"))),
    "users": (QT_TRANSLATE_NOOP("review", "用户数据"), _h(
        (QT_TRANSLATE_NOOP("review", "平台"), "text"), (QT_TRANSLATE_NOOP("review", "期初粉丝"), "int"),
        (QT_TRANSLATE_NOOP("review", "期末粉丝"), "int"), (QT_TRANSLATE_NOOP("review", "新增关注"), "int"),
        (QT_TRANSLATE_NOOP("review", "取消关注"), "int"), (QT_TRANSLATE_NOOP("review", "净增"), "int"),
        (QT_TRANSLATE_NOOP("review", "流失率"), "rate"))),
    "segments": (QT_TRANSLATE_NOOP("review", "用户分层"), _h(
        (QT_TRANSLATE_NOOP("review", "分层"), "text"), (QT_TRANSLATE_NOOP("review", "本月人数"), "int"),
        (QT_TRANSLATE_NOOP("review", "上月人数"), "int"), (QT_TRANSLATE_NOOP("review", "变化"), "int"))),
    "community": (QT_TRANSLATE_NOOP("review", "社群活跃度"), _h(
        (QT_TRANSLATE_NOOP("review", "成员"), "text"), (QT_TRANSLATE_NOOP("review", "统计天数"), "int"),
        (QT_TRANSLATE_NOOP("review", "有消息天数"), "int"), (QT_TRANSLATE_NOOP("review", "群消息"), "int"),
        (QT_TRANSLATE_NOOP("review", "日均发言人数"), "float"), (QT_TRANSLATE_NOOP("review", "新增客户"), "int"),
        (QT_TRANSLATE_NOOP("review", "最冷清的一天"), "date"), (QT_TRANSLATE_NOOP("review", "当天群消息"), "int"))),
    "campaigns": (QT_TRANSLATE_NOOP("review", "活动"), _h(
        (QT_TRANSLATE_NOOP("review", "活动"), "text"), (QT_TRANSLATE_NOOP("review", "开始"), "date"),
        (QT_TRANSLATE_NOOP("review", "结束"), "date"), (QT_TRANSLATE_NOOP("review", "参与"), "int"),
        (QT_TRANSLATE_NOOP("review", "目标参与"), "int"), (QT_TRANSLATE_NOOP("review", "完成率"), "rate"),
        (QT_TRANSLATE_NOOP("review", "分享"), "int"), (QT_TRANSLATE_NOOP("review", "分享率"), "rate"),
        (QT_TRANSLATE_NOOP("review", "新增关注"), "int"), (QT_TRANSLATE_NOOP("review", "转化"), "int"),
        (QT_TRANSLATE_NOOP("review", "成交额"), "money"), (QT_TRANSLATE_NOOP("review", "花费"), "money"),
        (QT_TRANSLATE_NOOP("review", "ROI"), "float"))),
    "promotions": (QT_TRANSLATE_NOOP("review", "推广投放"), _h(
        (QT_TRANSLATE_NOOP("review", "投放"), "text"), (QT_TRANSLATE_NOOP("review", "平台"), "text"),
        (QT_TRANSLATE_NOOP("review", "花费"), "money"), (QT_TRANSLATE_NOOP("review", "成交额"), "money"),
        (QT_TRANSLATE_NOOP("review", "ROI"), "float"), (QT_TRANSLATE_NOOP("review", "涨粉"), "int"),
        (QT_TRANSLATE_NOOP("review", "转化"), "int"))),
    "shop": (QT_TRANSLATE_NOOP("review", "店铺订单"), _h(
        (QT_TRANSLATE_NOOP("review", "子订单"), "int"), (QT_TRANSLATE_NOOP("review", "有效订单"), "int"),
        (QT_TRANSLATE_NOOP("review", "成交金额"), "money"), (QT_TRANSLATE_NOOP("review", "退款笔数"), "int"),
        (QT_TRANSLATE_NOOP("review", "退款金额"), "money"), (QT_TRANSLATE_NOOP("review", "取消或关闭"), "int"),
        (QT_TRANSLATE_NOOP("review", "归到内容的订单（估算）"), "int"),
        (QT_TRANSLATE_NOOP("review", "归到内容的金额（估算）"), "money"))),
    "watch": (QT_TRANSLATE_NOOP("review", "品牌舆情"), _h(
        (QT_TRANSLATE_NOOP("review", "预警"), "int"), (QT_TRANSLATE_NOOP("review", "紧急"), "int"),
        (QT_TRANSLATE_NOOP("review", "已解决"), "int"), (QT_TRANSLATE_NOOP("review", "未处理完"), "int"),
        (QT_TRANSLATE_NOOP("review", "首次回复中位数（小时）"), "float"),
        (QT_TRANSLATE_NOOP("review", "最慢（小时）"), "float"), (QT_TRANSLATE_NOOP("review", "超时"), "int"),
        (QT_TRANSLATE_NOOP("review", "24 小时内回复"), "rate"), (QT_TRANSLATE_NOOP("review", "负面提及"), "int"),
        (QT_TRANSLATE_NOOP("review", "主要词"), "text"))),
    "findings": (QT_TRANSLATE_NOOP("review", "亮点与不足"), _h(
        (QT_TRANSLATE_NOOP("review", "类别"), "text"), (QT_TRANSLATE_NOOP("review", "内容"), "text"),
        (QT_TRANSLATE_NOOP("review", "原因"), "text"), (QT_TRANSLATE_NOOP("review", "把握"), "text"))),
    "actions": (QT_TRANSLATE_NOOP("review", "上月行动项回顾"), _h(
        (QT_TRANSLATE_NOOP("review", "平台"), "text"), (QT_TRANSLATE_NOOP("review", "行动项"), "text"),
        (QT_TRANSLATE_NOOP("review", "完成"), "text"), (QT_TRANSLATE_NOOP("review", "完成时间"), "datetime"),
        (QT_TRANSLATE_NOOP("review", "指标"), "text"), (QT_TRANSLATE_NOOP("review", "之前"), "float"),
        (QT_TRANSLATE_NOOP("review", "之后"), "float"), (QT_TRANSLATE_NOOP("review", "变化"), "float"))),
    "notes": (QT_TRANSLATE_NOOP("review", "运营复盘"), _h(
        (QT_TRANSLATE_NOOP("review", "项目"), "text"), (QT_TRANSLATE_NOOP("review", "内容"), "text"))),
    "lessons": (QT_TRANSLATE_NOOP("review", "经验教训"), _h(
        (QT_TRANSLATE_NOOP("review", "类型"), "text"), (QT_TRANSLATE_NOOP("review", "领域"), "text"),
        (QT_TRANSLATE_NOOP("review", "经验"), "text"), (QT_TRANSLATE_NOOP("review", "依据"), "text"),
        (QT_TRANSLATE_NOOP("review", "做法与说明"), "text"))),
}
NOTE_LABELS = {
    "highlights": QT_TRANSLATE_NOOP("review", "本月亮点"), "problems": QT_TRANSLATE_NOOP("review", "问题与不足"),
    "next_changes": QT_TRANSLATE_NOOP("review", "下月策略调整"), "notes": QT_TRANSLATE_NOOP("review", "备注"),
}
FINDING_LABELS = {
    "highlight": QT_TRANSLATE_NOOP("review", "亮点"), "shortfall": QT_TRANSLATE_NOOP("review", "不足"),
}
DONE_LABELS = {True: QT_TRANSLATE_NOOP("review", "已完成"), False: QT_TRANSLATE_NOOP("review", "未完成")}


def _xlsx_rows(review: dict[str, Any], translate: Translate) -> dict[str, list[list[Any]]]:
    c = review["content"]
    total = translate("review", ALL_PLATFORMS)

    def content_row(name: str, r: dict[str, Any]) -> list[Any]:
        return [name, r["posts"], r["posts_with_data"], r["views"], r["avg_views"], r["engagement_rate"],
                r["avg_engagement_rate"], r["follows_gained"], r["avg_follows_gained"], r["conversions"],
                r["avg_conversions"], r["conversion_rate"], r["revenue"]]

    def user_row(name: str, r: dict[str, Any]) -> list[Any]:
        return [name, r["followers_start"], r["followers_end"], r["gained"], r["lost"], r["net"], r["churn_rate"]]

    posts = [[translate("review", label), i, p["platform_name"], p["title"], p["published_at"], p["views"],
              p["engagement_rate"], p["follows_gained"], p["conversions"], p["conversion_rate"]]
             for key, label in (("top", QT_TRANSLATE_NOOP("review", "最高")), ("bottom", QT_TRANSLATE_NOOP("review", "最低")))
             for i, p in enumerate(c[key], start=1)]
    promo_total = review["promotions"]["total"]
    shop, watch = review["shop"], review["watch"]
    return {
        "kpis": [[k["platform_name"], k["account"], k["metric_label"], k["target"], k["actual"], k["ratio"],
                  k["status_label"]] for k in review["kpis"]],
        "content": [content_row(p["platform_name"], p) for p in c["platforms"]] + [content_row(total, c["total"])],
        "posts": posts,
        "users": [user_row(p["platform_name"], p) for p in review["users"]["platforms"]]
        + [user_row(total, review["users"]["total"])],
        "segments": [[r["label"], r["members"], r["previous"], r["change"]] for r in review["users"]["segments"]["rows"]],
        "community": [[r["staff"], r["days"], r["active_days"], r["group_messages"], r["speakers_per_day"],
                       r["new_customers"], r["quietest_day"], r["quietest_messages"]]
                      for r in review["community_activity"]["staff"]],
        "campaigns": [[x["name"], x["start_day"], x["end_day"], x["participants"], x["target_participants"],
                       x["participants_vs_target"], x["shares"], x["share_rate"], x["new_followers"], x["conversions"],
                       x["revenue"], x["cost"], x["roi"]] for x in review["campaigns"]],
        "promotions": [[p["name"] or p["post_title"], p["platform_name"], p["spend"], p["revenue"], p["roi"],
                        p["follows_gained"], p["conversions"]] for p in review["promotions"]["rows"]]
        + ([[total, None, promo_total["spend"], promo_total["revenue"], promo_total["roi"],
             promo_total["follows_gained"], promo_total["conversions"]]] if review["promotions"]["rows"] else []),
        "shop": [[shop["sub_orders"], shop["conversions"], shop["revenue"], shop["refunded_sub_orders"],
                  shop["refunded_amount"], shop["cancelled_sub_orders"], shop["attributed_conversions"],
                  shop["attributed_revenue"]]] if shop["sub_orders"] else [],
        "watch": [[watch["alerts"], watch["urgent"], watch["resolved"], watch["open"], watch["median_response_hours"],
                   watch["worst_response_hours"], watch["overdue"], watch["within_24h_rate"], watch["negative_mentions"],
                   translate("review", "、").join(f"{t}×{n}" for t, n in watch["top_terms"])]],
        "findings": [[translate("review", FINDING_LABELS["highlight"]), h["text"], None, None] for h in review["highlights"]]
        + [[translate("review", FINDING_LABELS["shortfall"]), s["text"], None, None] for s in review["shortfalls"]]
        + [[f["severity_label"] + "·" + f["rule_label"], f["text"], f["cause_label"], f["confidence_label"]]
           for f in review["diagnosis"]],
        "actions": [[a["platform_name"], a["text"], translate("review", DONE_LABELS[a["done"]]), a["done_at"],
                     a["metric_label"], *(Cell(a[k], _CELL_KINDS[a["metric_kind"]]) for k in ("baseline", "after", "change"))]
                    for a in review["action_recap"]],
        "notes": [[translate("review", label), review["notes"][key]] for key, label in NOTE_LABELS.items()],
        "lessons": [[x["kind_label"], x["area_label"], x["title"], x["evidence"], x["detail"]] for x in review["lessons"]],
    }


def write_review_xlsx(review: dict[str, Any], path: str | Path, *, translate: Translate) -> int:
    """The review as a workbook, one sheet per section; returns the number of sheets."""
    rows = _xlsx_rows(review, translate)
    with new_workbook(Path(path)) as (workbook, formats):
        for key, (sheet, columns) in XLSX_SHEETS.items():
            write_sheet(workbook, formats, translate("review", sheet),
                        [Column(translate("review", header), kind) for header, kind in columns], rows[key])
    return len(XLSX_SHEETS)


# -- the ops manual (运营手册) --------------------------------------------------------------------

MANUAL_COLUMNS: tuple[tuple[str, str], ...] = (
    (QT_TRANSLATE_NOOP("manual", "月份"), "text"), (QT_TRANSLATE_NOOP("manual", "类型"), "text"),
    (QT_TRANSLATE_NOOP("manual", "领域"), "text"), (QT_TRANSLATE_NOOP("manual", "经验"), "text"),
    (QT_TRANSLATE_NOOP("manual", "依据"), "text"), (QT_TRANSLATE_NOOP("manual", "做法与说明"), "text"),
    (QT_TRANSLATE_NOOP("manual", "活动"), "text"),
)


def write_manual_xlsx(data: dict[str, Any], path: str | Path, *, translate: Translate) -> int:
    """The manual's lessons (as filtered) to one sheet; returns the row count."""
    rows = [[r["month"], r["kind_label"], r["area_label"], r["title"], r["evidence"], r["detail"], r["campaign_name"]]
            for group in data["groups"] for r in group["lessons"]]
    columns = [Column(translate("manual", header), kind) for header, kind in MANUAL_COLUMNS]
    return export_rows(Path(path), translate("manual", QT_TRANSLATE_NOOP("manual", "运营手册")), columns, rows)


# -- members, a segment, the needs list ---------------------------------------------------------

#: Columns of a member list or segment export, in `segments.export_row` order; the Chinese headers
#: are the members import template's, so an edited export imports back (the template also knows
#: their English translations, context "community").
MEMBER_COLUMNS: tuple[tuple[str, str], ...] = (
    (QT_TRANSLATE_NOOP("community", "用户ID"), "text"), (QT_TRANSLATE_NOOP("community", "昵称"), "text"),
    (QT_TRANSLATE_NOOP("community", "平台"), "text"), (QT_TRANSLATE_NOOP("community", "社群"), "text"),
    (QT_TRANSLATE_NOOP("community", "地区"), "text"), (QT_TRANSLATE_NOOP("community", "性别"), "text"),
    (QT_TRANSLATE_NOOP("community", "首次关注时间"), "date"), (QT_TRANSLATE_NOOP("community", "最近活跃时间"), "date"),
    (QT_TRANSLATE_NOOP("community", "近30天活跃天数"), "int"), (QT_TRANSLATE_NOOP("community", "近30天浏览分钟"), "float"),
    (QT_TRANSLATE_NOOP("community", "购买次数"), "int"), (QT_TRANSLATE_NOOP("community", "消费金额"), "money"),
    (QT_TRANSLATE_NOOP("community", "标签"), "text"), (QT_TRANSLATE_NOOP("community", "备注"), "text"),
    (QT_TRANSLATE_NOOP("community", "分层"), "text"),
    (QT_TRANSLATE_NOOP("community", "手机"), "text"), (QT_TRANSLATE_NOOP("community", "邮箱"), "text"),
)

#: Columns of the needs list, headers as the 用户需求清单 table says them (context "columns").
NEEDS_COLUMNS: tuple[tuple[str, str], ...] = (
    (QT_TRANSLATE_NOOP("columns", "需求主题"), "text"), (QT_TRANSLATE_NOOP("columns", "反馈条数"), "int"),
    (QT_TRANSLATE_NOOP("columns", "未处理"), "int"), (QT_TRANSLATE_NOOP("columns", "已转选题"), "int"),
    (QT_TRANSLATE_NOOP("columns", "主要类别"), "text"), (QT_TRANSLATE_NOOP("columns", "最近反馈时间"), "datetime"),
    (QT_TRANSLATE_NOOP("columns", "最新反馈"), "text"),
)


class ExportError(UserError):
    """The export file cannot be written where the operator asked."""


def write_members_xlsx(path: str | Path, rows: Iterable[Sequence[Any]], *, translate: Translate) -> int:
    """The member list (rows from `community.member_export_rows`, as filtered and sorted); returns rows written."""
    return _save(path, translate("community", QT_TRANSLATE_NOOP("community", "用户名单")),
                 _columns("community", MEMBER_COLUMNS, translate), rows)


def write_segment_xlsx(path: str | Path, segment: str | None, rows: Iterable[Sequence[Any]], *,
                       translate: Translate) -> int:
    """One segment's members for outreach (rows from `segments.segment_members`; all members for None)."""
    title = label("segment", segment, translate) if segment else translate("segments", QT_TRANSLATE_NOOP("segments", "全部用户"))
    return _save(path, title, _columns("community", MEMBER_COLUMNS, translate), rows)


def write_needs_xlsx(path: str | Path, needs: Iterable[dict[str, Any]], *, translate: Translate) -> int:
    """The user needs list (`feedback.needs_list`), one row per theme, newest examples joined; returns themes written."""
    rows = ([theme["theme"], theme["count"], theme["open"], theme["with_topic"],
             label("feedback_category", theme["category"], translate), theme["latest_at"],
             "\n".join(f"· {example['text']}" for example in theme["latest"])]
            for theme in needs)
    return _save(path, translate("feedback", QT_TRANSLATE_NOOP("feedback", "用户需求清单")),
                 _columns("columns", NEEDS_COLUMNS, translate), rows)


def _columns(context: str, columns: Sequence[tuple[str, str]], translate: Translate) -> list[Column]:
    return [Column(translate(context, header), kind) for header, kind in columns]


def _save(path: str | Path, title: str, columns: Sequence[Column], rows: Iterable[Sequence[Any]]) -> int:
    """`export_rows`, with a file that cannot be written reported in plain words."""
    from xlsxwriter.exceptions import FileCreateError

    target = Path(path)
    try:
        return export_rows(target, title, columns, rows)
    except (OSError, FileCreateError) as exc:
        raise ExportError(QT_TRANSLATE_NOOP("errors", "无法写入 {path}：{reason}。请换一个位置，或先关掉正在打开它的 Excel。"),
                          path=str(target), reason=str(exc)) from exc
