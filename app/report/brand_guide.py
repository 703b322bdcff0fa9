"""The printable 品牌手册: tone, visual rules, service phrasing, banned words and notes.

`render_brand_guide(device, guide, translate=…)` paints it on any paged device — the preview's
printer (`paintRequested`), a printer or a PDF (`write_brand_guide_pdf`) — with the sheets'
bundled font, header and page footer. `guide` is `app.services.brand.load_guide`'s (or the form's).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QPagedPaintDevice

from app.i18n import Translate
from app.report.html import heading, para, text
from app.report.sheet import make_document, paint_pages, pdf_writer
from app.services.brand import BrandGuide


def brand_guide_title(guide: BrandGuide, translate: Translate) -> str:
    if guide.brand:
        return translate("BrandGuide", "{brand}品牌手册").format(brand=guide.brand)
    return translate("BrandGuide", "品牌手册")


def brand_guide_html(guide: BrandGuide, translate: Translate) -> str:
    """The guide as the HTML a sheet document renders; empty sections are left out."""
    visual = [
        guide.avatar and translate("BrandGuide", "头像：{v}").format(v=guide.avatar),
        guide.cover_style and translate("BrandGuide", "封面：{v}").format(v=guide.cover_style),
        guide.colors and translate("BrandGuide", "品牌色：{v}").format(v=guide.colors),
    ]
    sections = [
        (translate("BrandGuide", "一、语气"), guide.tone),
        (translate("BrandGuide", "二、视觉规范"), "\n".join(filter(None, visual))),
        (translate("BrandGuide", "三、客服用语"), guide.service_phrasing),
        (translate("BrandGuide", "四、禁用词"), translate("BrandGuide", "、").join(guide.taboo)),
        (translate("BrandGuide", "五、其他"), guide.notes),
    ]
    parts = [heading(title) + para(text(body)) for title, body in sections if body]
    if not parts:
        parts = [para(text(translate("BrandGuide", "还没有填写品牌手册。")))]
    return heading(brand_guide_title(guide, translate), 1) + "".join(parts)


def render_brand_guide(device: QPagedPaintDevice, guide: BrandGuide, *, translate: Translate) -> int:
    """Paint the guide on `device` (its page layout set by the caller); returns the page count."""
    footer = translate("BrandGuide", "OpsDesk 运营台 · 品牌手册")
    return paint_pages(device, lambda width: make_document(brand_guide_html(guide, translate), {}, width),
                       guide.brand, brand_guide_title(guide, translate), footer, translate)


def write_brand_guide_pdf(path: str | Path, guide: BrandGuide, *, translate: Translate) -> int:
    """The guide as an A4 PDF at `path`; returns the page count."""
    with pdf_writer(path, brand_guide_title(guide, translate)) as writer:
        return render_brand_guide(writer, guide, translate=translate)
