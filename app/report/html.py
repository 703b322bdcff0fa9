"""Small HTML pieces the sheets are written in (the subset QTextDocument renders well)."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from PySide6.QtGui import QImage

from app.report.charts import sheet_size

GOOD_BG = "#E3F4EA"
BAD_BG = "#FBE5E4"
HEAD_BG = "#EEF2F7"


def text(value: object) -> str:
    """Escaped text; newlines kept as line breaks."""
    return escape("" if value is None else str(value)).replace("\n", "<br/>")


def table(
    headers: Sequence[str],
    rows: Sequence[Sequence[str]],
    *,
    numeric: Sequence[bool] | None = None,
    widths: Sequence[int] | None = None,
    row_colors: Sequence[str | None] | None = None,
    bold_last: bool = False,
    caption: str | None = None,
) -> str:
    """A full-width table with a repeated header row; cells are pre-escaped HTML. A `caption`
    (plain text) is a first header row across the table, so a table's title never ends a page
    without its table and comes back on every page the table reaches."""
    numeric = numeric or [False] * len(headers)
    head = "".join(
        f'<th bgcolor="{HEAD_BG}" align="{"right" if numeric[i] else "left"}"'
        + (f' width="{widths[i]}%"' if widths else "")
        + f">{h}</th>"
        for i, h in enumerate(headers)
    )
    body = []
    for r, row in enumerate(rows):
        color = row_colors[r] if row_colors else None
        weight = ' style="font-weight:600"' if bold_last and r == len(rows) - 1 else ""
        cells = "".join(
            f'<td align="{"right" if numeric[i] else "left"}"'
            + (f' bgcolor="{color}"' if color else "")
            + f">{c}</td>"
            for i, c in enumerate(row)
        )
        body.append(f"<tr{weight}>{cells}</tr>")
    return (
        '<table width="100%" cellspacing="0" cellpadding="3" border="1" '
        'style="border-collapse: collapse; border-color: #C9CFD8">'
        f"<thead>{_caption(caption, len(headers))}<tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>"
    )


def _caption(caption: str | None, columns: int) -> str:
    if not caption:
        return ""
    return (f'<tr><th colspan="{columns}" align="left" style="font-size:14px; color:#1F3A5F; padding-top:6px">'
            f"{text(caption)}</th></tr>")


def image(name: str, chart: QImage) -> str:
    width, height = sheet_size(chart)
    return f'<p><img src="chart:{name}" width="{width:.0f}" height="{height:.0f}"/></p>'


def heading(title: str, level: int = 2, color: str = "#1F3A5F") -> str:
    size = {1: 20, 2: 15, 3: 13}[level]
    top = {1: 0, 2: 14, 3: 8}[level]
    return (
        f'<h{level} style="font-size:{size}px; margin-top:{top}px; margin-bottom:5px; color:{color}">'
        f"{text(title)}</h{level}>"
    )


def para(html: str, *, small: bool = False, color: str | None = None) -> str:
    style = []
    if small:
        style.append("font-size:11px")
    if color:
        style.append(f"color:{color}")
    return f'<p style="margin-top:2px; margin-bottom:2px; {"; ".join(style)}">{html}</p>'


def mark(ok: bool | None, yes: str, no: str, none: str = "—") -> str:
    """A coloured 达成 / 未达成 mark."""
    if ok is None:
        return text(none)
    color = "#1E7B45" if ok else "#B52B27"
    return f'<span style="color:{color}; font-weight:600">{text(yes if ok else no)}</span>'
