"""How the watch shows a mention: terms highlighted, times, where it came from, sentiment colours.
Highlighting uses the terms stored with each mention, so painting needs no segmenter."""

from __future__ import annotations

import html
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMainWindow, QWidget

from app.views.table_models import platform_name

translate = QCoreApplication.translate

HIGHLIGHT = "#FFE08A"
SENTIMENT_COLORS = {"negative": "#B42318", "neutral": "#4E5561", "positive": "#0E9F6E"}


def highlight_html(text: str, terms: Sequence[str]) -> str:
    """The text as HTML with every occurrence of the found terms marked (longest first)."""
    marks: list[tuple[int, int]] = []
    for term in sorted({t for t in terms if t}, key=len, reverse=True):
        start = text.find(term)
        while start >= 0:
            end = start + len(term)
            if not any(s < end and start < e for s, e in marks):
                marks.append((start, end))
            start = text.find(term, end)
    out, pos = [], 0
    for start, end in sorted(marks):
        out.append(html.escape(text[pos:start]))
        out.append(f"<span style='background:{HIGHLIGHT};font-weight:bold'>{html.escape(text[start:end])}</span>")
        pos = end
    out.append(html.escape(text[pos:]))
    return "".join(out).replace("\n", "<br/>")


def when(value: Any) -> str:
    return value.strftime("%Y-%m-%d %H:%M") if value else ""


def hours_text(hours: float | None) -> str:
    """A wait in the unit an operator would say: 40 分钟, 3.5 小时, 6.6 天 (from two days on)."""
    if hours is None:
        return ""
    if hours < 1:
        return translate("WatchPanel", "{m} 分钟").format(m=round(hours * 60))
    if hours >= 48:
        return translate("WatchPanel", "{d} 天").format(d=f"{hours / 24:.1f}")
    return translate("WatchPanel", "{h} 小时").format(h=f"{hours:.1f}")


def source_text(row: dict[str, Any]) -> str:
    """Where a mention came from: 抖音·评论, 反馈, 粘贴 …"""
    names = {"comment": translate("WatchPanel", "评论"), "feedback": translate("WatchPanel", "反馈"),
             "pasted": translate("WatchPanel", "粘贴"), "spike": translate("WatchPanel", "激增")}
    source = names.get(row["source"], row["source"])
    return f"{platform_name(row['platform'])}·{source}" if row["platform"] else source


def terms_text(row: dict[str, Any]) -> str:
    return translate("WatchPanel", "、").join(row["terms"])


def show_status(widget: QWidget, message: str) -> None:
    """A short message in the status bar of the window the widget sits in."""
    window = widget.window()
    if isinstance(window, QMainWindow):
        window.statusBar().showMessage(message, 8000)
