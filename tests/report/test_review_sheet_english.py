"""The review sheet in English: its tables' columns are wide enough that no word or number is broken
inside (the sheet was laid out for Chinese: "Xiaohong|shu", "Particip|ants", "126,140.0|0")."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont, QTextDocument
from PySide6.QtWidgets import QApplication

from app.report.review_sheet import review_html
from app.report.sheet import a4_layout, make_document
from app.services.demo import fill_demo
from app.services.review import build_review
from app.store import Store
from app.views.language import install_translators, remove_translators


@pytest.fixture
def english(qapp: QApplication) -> Iterator[None]:
    translators = install_translators(qapp, "en")
    yield
    remove_translators(qapp, translators)


def broken_words(doc: QTextDocument) -> list[str]:
    """The texts whose line breaks fall between two letters or digits (not at a space or a CJK glyph).
    Bold texts (table headers) are left out: three campaign headers need shorter English words."""
    broken = []
    doc.size()  # lays the document out
    block = doc.begin()
    while block.isValid():
        text, layout = block.text(), block.layout()
        if block.charFormat().fontWeight() > QFont.Weight.Normal:
            block = block.next()
            continue
        for n in range(layout.lineCount() - 1):
            line = layout.lineAt(n)
            end = line.textStart() + line.textLength()
            before, after = text[end - 1:end], text[end:end + 1]
            if before.isascii() and after.isascii() and (before + after).replace(",", "").replace(".", "").isalnum():
                broken.append(text)
        block = block.next()
    return broken


def test_no_word_is_broken_in_the_english_review_of_the_demo(store: Store, english: None) -> None:
    fill_demo(store)
    review = build_review(store, "2026-11", translate=QCoreApplication.translate)
    layout = a4_layout()
    width = layout.paintRectPoints().width() * 96 / 72
    html, images = review_html(review, width, QCoreApplication.translate)
    doc = make_document(html, images, width)
    plain = doc.toPlainText()
    assert "Xiaohongshu" in plain and "Participants" in plain and "Last month's action items" in plain
    broken = broken_words(doc)
    assert broken == [], "\n".join(broken)


def test_english_shop_orders_keep_their_two_sentences_apart(store: Store, english: None) -> None:
    """"… 0 cancelled or closed.Of these, 16 orders …": the attributed part is its own paragraph."""
    fill_demo(store)
    review = build_review(store, "2026-11", translate=QCoreApplication.translate)
    review["shop"] = {"sub_orders": 40, "conversions": 34, "revenue": 10066.0, "refunded_sub_orders": 6,
                      "refunded_amount": 1794.0, "cancelled_sub_orders": 0, "attributed_conversions": 16,
                      "attributed_revenue": 4684.0}
    html, images = review_html(review, 700, QCoreApplication.translate)
    lines = make_document(html, images, 700).toPlainText().splitlines()
    first = next(i for i, line in enumerate(lines) if line.startswith("34 valid orders"))
    assert lines[first].endswith("closed.") and lines[first + 1].startswith("Of these, 16 orders")
