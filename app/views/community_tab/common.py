"""Pieces the 用户与社群 pages share: section headings and translated templates.

The short lists of this tab (communities, feedback, needs, monthly history) are
`ListTableModel`s that load from a service; the 100,000-member table is a `SqlTableModel`.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QWidget


def heading(text: str, parent: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
    label.setObjectName("sectionHeading")
    return label


def translated(context: str, text: str, **params: Any) -> str:
    """A Qt-free module's marked template, translated, then filled in."""
    return QCoreApplication.translate(context, text).format(**params)
