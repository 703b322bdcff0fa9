"""用户与社群: seven pages (社群 / 用户 / 分层 / 画像 / 反馈与需求 / 社群活跃 / 问卷) over the community,
segments, feedback and survey services. Only the page on screen re-reads the store; the others catch up when shown."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from app.views.base import DataTab
from app.views.community_tab.activity import ActivityPage
from app.views.community_tab.communities import CommunitiesPage
from app.views.community_tab.feedback import FeedbackPage
from app.views.community_tab.members import MembersPage
from app.views.community_tab.personas import PersonaPage
from app.views.community_tab.segments import SegmentsPage
from app.views.community_tab.surveys import SurveysPage
from app.views.context import ViewContext


class CommunityTab(DataTab):
    """Communities, members, segments, personas and the feedback log with the needs list.

    Signals:
        openItem(str, int): ("topic", id) after feedback became a topic and the user wants to open it.
    """

    tables = frozenset({"member", "community", "feedback", "segment_snapshot", "setting", "topic", "community_daily",
                        "survey", "survey_response"})

    def __init__(self, ctx: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.communities = CommunitiesPage(ctx)
        self.members = MembersPage(ctx)
        self.segments = SegmentsPage(ctx)
        self.personas = PersonaPage(ctx)
        self.feedback = FeedbackPage(ctx)
        self.activity = ActivityPage(ctx)
        self.surveys = SurveysPage(ctx)
        self.pages = QTabWidget(self)
        self.pages.setObjectName("communityPages")
        self.pages.setDocumentMode(True)
        for page, title, name in ((self.communities, self.tr("社群"), "communitiesPage"),
                                  (self.members, self.tr("用户"), "membersPage"),
                                  (self.segments, self.tr("分层"), "segmentsPage"),
                                  (self.personas, self.tr("画像"), "personasPage"),
                                  (self.feedback, self.tr("反馈与需求"), "feedbackPage"),
                                  (self.activity, self.tr("社群活跃"), "activityPage"),
                                  (self.surveys, self.tr("问卷"), "surveysPage")):
            page.setObjectName(name)
            self.pages.addTab(page, title)
        self._stale_pages: set[QWidget] = set()
        self.pages.currentChanged.connect(self._page_shown)
        # Writes made on a page go through the app-wide signal, so the calendar sees rituals and
        # the topics tab sees new topics; this tab then refreshes like every other.
        self.communities.changed.connect(lambda: ctx.signals.notify("community"))
        self.communities.showMembers.connect(self.show_community_members)
        self.members.imported.connect(lambda: ctx.signals.notify("member", "community", "segment_snapshot",
                                                                 "import_batch"))
        self.members.feedbackAdded.connect(lambda: ctx.signals.notify("feedback"))
        self.segments.changed.connect(lambda: ctx.signals.notify("member", "segment_snapshot", "setting"))
        self.feedback.changed.connect(lambda tables: ctx.signals.notify(*tables))
        self.feedback.openItem.connect(self.openItem)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)

    def refresh(self) -> None:
        """Mark every page stale and re-read the one on screen."""
        self._stale_pages = {self.pages.widget(i) for i in range(self.pages.count())}
        self._page_shown(self.pages.currentIndex())

    def _page_shown(self, index: int) -> None:
        page = self.pages.widget(index)
        if page in self._stale_pages:
            self._stale_pages.discard(page)
            page.refresh()  # type: ignore[attr-defined]

    def show_page(self, page: QWidget) -> None:
        self.pages.setCurrentWidget(page)

    def show_community_members(self, community_id: int) -> None:
        self.show_page(self.members)
        self.members.set_filter("community_id", community_id)

    def show_feedback(self, feedback_id: int) -> bool:
        """Show a feedback entry (the main window routes "feedback" items here) on the 反馈与需求 page."""
        self.show_page(self.feedback)
        self.feedback.select(feedback_id)
        return self.feedback.current_id() == feedback_id

    def show_item(self, member_id: int) -> bool:
        """Show a member (the main window routes "member" here) on the 用户 page."""
        self.show_page(self.members)
        return self.members.show_member(member_id)
