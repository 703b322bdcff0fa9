"""设置: every preference in one place — sections in a list on the left, one page each on the right.

Pages with numbers (weights, thresholds, posting plan, language, theme) save on 确定/应用; pages
that act (moving the data folder, backups, word lists) act at once and say so. After a save the
dialog tells the tabs through `ctx.signals.notify(...)`, so a changed weight re-ranks topics and a
changed threshold re-segments members without a restart.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.i18n import UserError
from app.views.context import ViewContext
from app.views.errors import show_user_error
from app.views.settings.accounts import AccountsPage
from app.views.settings.alerts import AlertsPage
from app.views.settings.data import DataPage
from app.views.settings.diagnosis import DiagnosisPage
from app.views.settings.general import GeneralPage
from app.views.settings.page import SettingsPage
from app.views.settings.posting_plan import PostingPlanPage
from app.views.settings.privacy import PrivacyPage
from app.views.settings.segments import SegmentsPage
from app.views.settings.team import TeamPage
from app.views.settings.topic_weights import TopicWeightsPage
from app.views.settings.word_lists import WordListsPage

PAGES: tuple[type[SettingsPage], ...] = (GeneralPage, AccountsPage, DataPage, TeamPage, TopicWeightsPage, SegmentsPage,
                                         PrivacyPage,
                                         DiagnosisPage, AlertsPage, WordListsPage, PostingPlanPage)


class SettingsDialog(QDialog):
    """File → 设置…. 确定 saves every page and closes, 应用 saves and stays, 取消 (Esc) drops unsaved numbers."""

    def __init__(self, ctx: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("设置"))
        self.resize(900, 640)
        self.sections = QListWidget(self)
        self.sections.setObjectName("settingsSections")
        self.sections.setFixedWidth(170)
        self.stack = QStackedWidget(self)
        self.pages: dict[str, SettingsPage] = {}
        for cls in PAGES:
            page = cls(ctx, self)
            self.pages[page.key] = page
            self.sections.addItem(page.title())
            holder = QWidget(self)
            column = QVBoxLayout(holder)
            heading = QLabel(page.title(), holder)
            heading.setObjectName("settingsTitle")
            column.addWidget(heading)
            column.addWidget(page, 1)
            scroll = QScrollArea(self)
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QScrollArea.Shape.NoFrame)
            scroll.setObjectName("settingsPage")
            scroll.setWidget(holder)
            self.stack.addWidget(scroll)
        self.sections.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.Apply, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.buttons.button(QDialogButtonBox.StandardButton.Apply).clicked.connect(self.apply)
        body = QHBoxLayout()
        body.addWidget(self.sections)
        body.addWidget(self.stack, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(self.buttons)
        for page in self.pages.values():
            page.load()
        self.sections.setCurrentRow(0)
        self.sections.setFocus()

    def show_page(self, key: str) -> None:
        """Open one section ("general", "accounts", "data", "topics", "segments", "privacy", "diagnosis", "alerts", "wordlists", "plan")."""
        self.sections.setCurrentRow(list(self.pages).index(key))

    def apply(self) -> bool:
        """Save every page; on a refused value show why, open that page and return False."""
        changed: set[str] = set()
        for key, page in self.pages.items():
            try:
                changed |= page.save()
            except UserError as exc:
                self.show_page(key)
                show_user_error(exc, self)
                return False
        if changed:
            self.ctx.signals.notify(*sorted(changed))
        return True

    def accept(self) -> None:
        if self.apply():
            super().accept()
