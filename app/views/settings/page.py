"""The base of every 设置 page (`load()` / `save()`), and the small note under a group."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from app.views.context import ViewContext


def note_label(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("settingsNote")
    label.setWordWrap(True)
    return label


class SettingsPage(QWidget):
    """One section. `load()` fills it from the store; `save()` writes what changed and returns the
    store tables the tabs must re-read (empty when nothing changed)."""

    #: Key for `SettingsDialog.show_page()`.
    key = ""

    def __init__(self, ctx: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)

    def title(self) -> str:
        raise NotImplementedError

    def load(self) -> None:
        """Show the stored values."""

    def save(self) -> set[str]:
        return set()
