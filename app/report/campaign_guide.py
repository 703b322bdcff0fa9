"""The 活动优化指南: every campaign lesson (keep doing / avoid) and a line per past campaign.

`render_campaign_guide(device, guide, today, translate=…)` paints it on any paged device — the
preview's printer (`paintRequested`), a printer or a PDF (`write_campaign_guide_pdf`) — with the
sheets' bundled font, header and page footer. `guide` is `app.services.campaigns.optimisation_guide`.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtGui import QPagedPaintDevice

from app.i18n import Translate
from app.models.vocabulary import label
from app.report.html import heading, para, table, text
from app.report.sheet import make_document, paint_pages, pdf_writer


def _pct(value: float | None) -> str:
    return "—" if value is None else f"{value * 100:.1f}%"


def _count(value: int | None) -> str:
    return "—" if value is None else f"{value:,}"


def campaign_guide_title(translate: Translate) -> str:
    return translate("CampaignGuide", "活动优化指南")


def _campaign_type(code: str | None, translate: Translate) -> str:
    return label("campaign_type", code, translate)


def campaign_guide_html(guide: dict[str, Any], today: dt.date, translate: Translate) -> str:
    """The guide as the HTML a sheet document renders."""
    parts = [
        heading(campaign_guide_title(translate), 1),
        para(text(translate("CampaignGuide", "整理自历次活动复盘，共 {n} 条经验。生成于 {day}。").format(
            n=len(guide["keep"]) + len(guide["avoid"]), day=today.isoformat())), small=True, color="#555555"),
    ]
    if guide["campaigns"]:
        parts.append(heading(translate("CampaignGuide", "一、历次活动结果")))
        rows = []
        for c in guide["campaigns"]:
            res, tgt = c["results"], c["targets"]
            rows.append([text(c["name"]), text(_campaign_type(c["type"], translate)),
                         text(f"{c['start_day']:%m-%d} ~ {c['end_day']:%m-%d}"),
                         text(f"{_count(res['participants'])} / {_count(tgt['participants'])}"),
                         _pct(c["ratios"]["share_rate"]), _count(res["new_followers"]),
                         "—" if c["roi"] is None else f"{c['roi']:.2f}"])
        parts.append(table(
            [translate("CampaignGuide", "活动"), translate("CampaignGuide", "类型"), translate("CampaignGuide", "时间"),
             translate("CampaignGuide", "参与/目标"), translate("CampaignGuide", "分享率"),
             translate("CampaignGuide", "涨粉"), translate("CampaignGuide", "ROI")],
            rows, numeric=[False, False, False, True, True, True, True], widths=[28, 12, 14, 16, 10, 10, 10]))
    for title, rows, color in ((translate("CampaignGuide", "二、继续做（成功经验）"), guide["keep"], "#0E9F6E"),
                               (translate("CampaignGuide", "三、要避免（失败教训）"), guide["avoid"], "#B42318")):
        parts.append(heading(title, color=color))
        if not rows:
            parts.append(para(text(translate("CampaignGuide", "还没有。"))))
            continue
        items = []
        for row in rows:
            source = row["campaign_name"] or translate("CampaignGuide", "未关联活动")
            detail = f"{text(source)} · {text(row['month'])}"
            if row.get("evidence"):
                detail += " · " + text(translate("CampaignGuide", "依据：")) + text(row["evidence"])
            items.append(f"<li style='margin-bottom:6px'><b>{text(row['title'])}</b><br/>"
                         f"<span style='color:#4E5561'>{detail}</span></li>")
        parts.append("<ol>" + "".join(items) + "</ol>")
    if guide["avoid"]:
        parts.append(heading(translate("CampaignGuide", "四、下次活动前逐条检查")))
        parts.append(para("<br/>".join("□ " + text(row["title"]) for row in guide["avoid"])))
    return "".join(parts)


def render_campaign_guide(device: QPagedPaintDevice, guide: dict[str, Any], today: dt.date, *,
                          translate: Translate) -> int:
    """Paint the guide on `device` (its page layout set by the caller); returns the page count."""
    footer = translate("CampaignGuide", "OpsDesk 运营台 · 活动优化指南")
    return paint_pages(device, lambda width: make_document(campaign_guide_html(guide, today, translate), {}, width),
                       campaign_guide_title(translate), today.isoformat(), footer, translate)


def write_campaign_guide_pdf(path: str | Path, guide: dict[str, Any], today: dt.date, *,
                             translate: Translate) -> int:
    """The guide as an A4 PDF at `path`; returns the page count."""
    with pdf_writer(path, campaign_guide_title(translate)) as writer:
        return render_campaign_guide(writer, guide, today, translate=translate)
