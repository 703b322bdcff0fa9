"""Pieces the 用户与社群 pages share: section headings and translated templates.

The short lists of this tab (communities, feedback, needs, monthly history) are
`ListTableModel`s that load from a service; the 100,000-member table is a `SqlTableModel`.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from app.services import community


def heading(text: str, parent: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
    label.setObjectName("sectionHeading")
    return label


def translated(context: str, text: str, **params: Any) -> str:
    """A Qt-free module's marked template, translated, then filled in."""
    return QCoreApplication.translate(context, text).format(**params)


def refill_communities(box: QComboBox, store: Any) -> None:
    """Reload a community picker whose first item is "all", keeping the chosen community (or "all"
    when it is gone) and emitting no change: the caller redraws once."""
    current = box.currentData()
    box.blockSignals(True)
    while box.count() > 1:
        box.removeItem(1)
    for row in community.list_communities(store):
        box.addItem(row["name"], row["id"])
    box.setCurrentIndex(max(box.findData(current), 0) if current is not None else 0)
    box.blockSignals(False)
