"""Bar charts for the printed sheets, drawn with QPainter on a QImage at print resolution.

Images are made `OVERSAMPLE` times their size on the sheet (300 dpi at 96-dpi layout units), so
bars and labels stay crisp on paper; a QImage may be painted off the GUI thread.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPen

from app.report.fonts import cjk_font

OVERSAMPLE = 300 / 96
GOOD = "#2E9E5B"
BAD = "#D9534F"
NEUTRAL = "#4A7BD0"
MUTED = "#A0A7B4"
TEXT = "#333333"
ROW_HEIGHT = 17.0
BAR_GAP = 2.0


@dataclass(frozen=True)
class Bar:
    """One bar of a row: its value (None draws nothing), colour and the text written after it."""

    value: float | None
    color: str
    text: str


@dataclass(frozen=True)
class BarRow:
    label: str
    bars: list[Bar] = field(default_factory=list)


def bar_chart(
    rows: list[BarRow],
    width: float,
    *,
    reference: float | None = None,
    reference_text: str = "",
    legend: list[tuple[str, str]] | None = None,
    label_share: float = 0.26,
) -> QImage:
    """Horizontal bars, one row per item (several bars per row are drawn one under another);
    `reference` draws a dashed vertical line (e.g. the 100 % target). `width` is in sheet pixels."""
    legend = legend or []
    per_row = max((len(r.bars) for r in rows), default=1)
    row_h = ROW_HEIGHT if per_row == 1 else ROW_HEIGHT * 0.65 * per_row
    top = 18.0 if (legend or reference is not None) else 4.0
    height = top + row_h * max(len(rows), 1) + 6
    image = QImage(
        round(width * OVERSAMPLE), round(height * OVERSAMPLE), QImage.Format.Format_ARGB32_Premultiplied
    )
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    painter.scale(OVERSAMPLE, OVERSAMPLE)
    label_w = width * label_share
    text_w = 92.0
    plot_left, plot_right = label_w + 6, width - text_w
    values = [b.value for r in rows for b in r.bars if b.value is not None and b.value > 0]
    vmax = max(values + ([reference * 1.15] if reference else []), default=1.0) or 1.0
    painter.setFont(cjk_font(10))
    x = plot_left
    for name, color in legend:
        painter.fillRect(QRectF(x, 5, 10, 8), QColor(color))
        painter.setPen(QColor(TEXT))
        painter.drawText(QRectF(x + 13, 0, 120, 18), Qt.AlignmentFlag.AlignVCenter, name)
        x += 16 + painter.fontMetrics().horizontalAdvance(name) + 14
    for i, row in enumerate(rows):
        y = top + i * row_h
        painter.setPen(QColor(TEXT))
        painter.drawText(
            QRectF(0, y, label_w, row_h),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            painter.fontMetrics().elidedText(row.label, Qt.TextElideMode.ElideRight, round(label_w)),
        )
        bar_h = (row_h - 2 * BAR_GAP) / max(len(row.bars), 1)
        for j, bar in enumerate(row.bars):
            by = y + BAR_GAP + j * bar_h
            length = (
                0.0 if bar.value is None or bar.value <= 0 else (plot_right - plot_left) * bar.value / vmax
            )
            painter.fillRect(QRectF(plot_left, by + 1.5, length, bar_h - 3), QColor(bar.color))
            painter.setPen(QColor(TEXT))
            painter.drawText(
                QRectF(plot_left + length + 4, by, text_w + plot_right - plot_left - length, bar_h),
                Qt.AlignmentFlag.AlignVCenter,
                bar.text,
            )
    painter.setPen(QPen(QColor(MUTED), 0.8))
    painter.drawLine(QPointF(plot_left, top - 2), QPointF(plot_left, top + row_h * len(rows)))
    if reference is not None:
        rx = plot_left + (plot_right - plot_left) * reference / vmax
        painter.setPen(QPen(QColor(TEXT), 0.8, Qt.PenStyle.DashLine))
        painter.drawLine(QPointF(rx, top - 2), QPointF(rx, top + row_h * len(rows)))
        painter.drawText(QRectF(rx - 60, 0, 120, 16), Qt.AlignmentFlag.AlignCenter, reference_text)
    painter.end()
    image.setText("sheet_size", f"{width:.1f}x{height:.1f}")
    return image


def sheet_size(image: QImage) -> tuple[float, float]:
    """The size an image from `bar_chart` takes on the sheet, in layout pixels."""
    w, h = image.text("sheet_size").split("x")
    return float(w), float(h)
