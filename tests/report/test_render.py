"""The printed review: one render() for PDF and printer, Chinese text that extracts, headers that repeat."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from PySide6.QtPrintSupport import QPrinter

from app.i18n import untranslated
from app.report.charts import OVERSAMPLE, Bar, BarRow, bar_chart
from app.report.fonts import cjk_families
from app.report.html import table
from app.report.manual_sheet import write_manual_pdf
from app.report.review_sheet import render, write_pdf
from app.report.sheet import a4_layout, make_document, paint_pages, pdf_writer
from app.services.manual import manual
from app.services.review import build_review
from app.store import Store
from tests.services.review_fixture import AS_OF, MONTH, build_month


def pdf_text(path: Path, page: int | None = None) -> str:
    pages = ["-f", str(page), "-l", str(page)] if page else []
    return subprocess.run(["pdftotext", "-layout", *pages, str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


def pdf_pages(path: Path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))


@pytest.fixture
def review(store: Store, qapp: object) -> dict:
    build_month(store)
    return build_review(store, MONTH, as_of=AS_OF)


def test_pdf_carries_the_review_numbers_in_chinese(review: dict, tmp_path: Path) -> None:
    path = tmp_path / "review.pdf"
    pages = write_pdf(path, review, translate=untranslated)
    assert 2 <= pages <= 6 and pdf_pages(path) == pages
    text = pdf_text(path)
    for expected in (
        "测试研究所 · 2026 年 3 月运营复盘",  # ordinary hanzi, not Kangxi radicals (⽉)
        "公众号数据截至 03-25，覆盖 2/2 篇", "抖音数据截至 04-05，覆盖 1/2 篇",
        "KPI 完成情况", "达成", "未达成", "124.0%", "12,500", "4,166.7", "80.0", "5.0%", "1,248", "-310", "18.6%",
        "打卡活动", "25.0%", "3.00", "1,000.00", "0.60",
        "公众号「涨粉」248，超目标 24.0%", "抖音净掉粉 310 人", "打卡 3 天门槛太高", "核心用户",
    ):
        assert expected in text, expected
    squeezed = "".join(text.split())  # pdftotext drops the thin spaces of the footer
    assert f"第1/{pages}页" in squeezed and f"第{pages}/{pages}页" in squeezed
    assert "⽉" not in text and "⼩" not in text


def test_pdf_embeds_the_named_chinese_font(review: dict, tmp_path: Path) -> None:
    path = tmp_path / "review.pdf"
    write_pdf(path, review, translate=untranslated)
    fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    first = cjk_families()[0].replace(" ", "")
    assert first in fonts
    assert all(" yes " in line for line in fonts.splitlines()[2:])  # every font embedded


def test_the_same_render_prints_on_a_printer(review: dict, tmp_path: Path) -> None:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printer.pdf"))
    printer.setPageLayout(a4_layout())
    pages = render(printer, review, translate=untranslated)
    assert pages == write_pdf(tmp_path / "writer.pdf", review, translate=untranslated)
    assert "测试研究所 · 2026 年 3 月运营复盘" in pdf_text(tmp_path / "printer.pdf")
    size = subprocess.run(["pdfinfo", str(tmp_path / "printer.pdf")], capture_output=True, text=True).stdout
    assert "595.2" in size and "841.9" in size or "A4" in size


def test_long_tables_repeat_their_header_row(qapp: object, tmp_path: Path) -> None:
    rows = [[f"第{i}行", f"{i * 1000:,}"] for i in range(1, 121)]
    html = table(["表头甲", "表头乙"], rows, numeric=[False, True])
    path = tmp_path / "long.pdf"
    with pdf_writer(str(path), "t") as writer:
        pages = paint_pages(writer, lambda width: make_document(html, {}, width), "左", "右", "脚", untranslated)
    assert pages >= 3
    for page in range(1, pages + 1):
        text = pdf_text(path, page)
        assert "表头甲" in text and "表头乙" in text, page
    last = pdf_text(path, pages)
    assert "第120行" in last and "120,000" in last


def test_charts_are_drawn_at_print_resolution(qapp: object) -> None:
    image = bar_chart([BarRow("公众号", [Bar(1.2, "#2E9E5B", "120.0%")]), BarRow("抖音", [Bar(None, "#D9534F", "—")])],
                      600, reference=1.0, reference_text="目标 100%")
    assert isinstance(image, QImage)
    assert image.width() == round(600 * OVERSAMPLE)  # 300 dpi on the sheet


def test_manual_pdf(store: Store, qapp: object, tmp_path: Path) -> None:
    build_month(store)
    path = tmp_path / "manual.pdf"
    pages = write_manual_pdf(path, manual(store), "测试研究所", translate=untranslated)
    text = pdf_text(path)
    assert pages == 1
    for expected in ("测试研究所 · 运营手册", "共 2 条经验", "活动", "打卡 3 天门槛太高", "打卡活动参与率仅 10%",
                     "成分科普系列涨粉好"):
        assert expected in text, expected
    assert "第1/1页" in "".join(text.split())
