"""The ops manual (运营手册) as an HTML sheet: lessons grouped by area, newest month first."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtGui import QPagedPaintDevice

from app.i18n import Translate
from app.report.html import heading, mark, para, table, text
from app.report.sheet import make_document, paint_pages, pdf_writer


def manual_title(translate: Translate) -> str:
    return translate("ReviewSheet", "运营手册")


def manual_html(manual: dict[str, Any], brand: str, translate: Translate) -> str:
    parts = [heading(f"{brand} · {manual_title(translate)}", 1)]
    filters = manual["filters"]
    summary = translate(
        "ReviewSheet", "共 {count} 条经验：成功经验 {success} 条，失败教训 {failure} 条。"
    ).format(count=manual["count"], success=manual["success"], failure=manual["failure"])
    if filters.get("search"):
        summary += translate("ReviewSheet", "（搜索：{words}）").format(
            words=filters["search"]
        )
    parts.append(para(text(summary)))
    if not manual["groups"]:
        parts.append(
            para(
                text(
                    translate(
                        "ReviewSheet",
                        "还没有经验教训。在月度复盘或活动复盘里记下成功和失败的做法，它们会汇集到这里。",
                    )
                )
            )
        )
    for group in manual["groups"]:
        rows = []
        for lesson in group["lessons"]:
            detail = text(lesson["detail"] or "")
            if lesson["campaign_name"]:
                detail += ("<br/>" if detail else "") + text(
                    translate("ReviewSheet", "活动：{name}").format(
                        name=lesson["campaign_name"]
                    )
                )
            rows.append(
                [
                    text(lesson["month"]),
                    mark(lesson["kind"] == "success", lesson["kind_label"], lesson["kind_label"]),
                    text(lesson["title"]),
                    text(lesson["evidence"] or ""),
                    detail,
                ]
            )
        parts.append(
            table(
                [
                    translate("ReviewSheet", "月份"),
                    translate("ReviewSheet", "类型"),
                    translate("ReviewSheet", "经验"),
                    translate("ReviewSheet", "依据"),
                    translate("ReviewSheet", "做法与说明"),
                ],
                rows,
                widths=[9, 11, 30, 25, 25],
                caption=group["label"],
            )
        )
    return "".join(parts)


def render_manual(device: QPagedPaintDevice, manual: dict[str, Any], brand: str, *, translate: Translate) -> int:
    """Paint the ops manual on `device`; returns the page count."""

    def build(width: float) -> Any:
        return make_document(manual_html(manual, brand, translate), {}, width)

    footer = translate("ReviewSheet", "OpsDesk 运营台 · 运营手册")
    return paint_pages(device, build, brand, manual_title(translate), footer, translate)


def write_manual_pdf(path: str | Path, manual: dict[str, Any], brand: str, *, translate: Translate) -> int:
    with pdf_writer(path, f"{brand} {manual_title(translate)}") as writer:
        return render_manual(writer, manual, brand, translate=translate)
