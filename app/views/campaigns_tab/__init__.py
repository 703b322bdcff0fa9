"""活动: the campaign list with dates, status, goal and targets."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from app.services.queries import CAMPAIGNS
from app.views.base import DataTab, SearchableTable
from app.views.context import ViewContext


class CampaignsTab(DataTab):
    """Campaigns.

    Signals:
        openItem(str, int): ("campaign", id) when a campaign is opened.
    """

    tables = frozenset({"campaign", "campaign_daily", "campaign_task"})

    def __init__(self, ctx: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.table = SearchableTable(
            ctx,
            CAMPAIGNS,
            self.tr("还没有活动 — 策划一场活动：定好类型、目标人数、时间和预算"),
            self,
            widths={"name": 260, "start_day": 100, "end_day": 100},
        )
        self.table.activated.connect(lambda campaign_id: self.openItem.emit("campaign", campaign_id))
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)

    def refresh(self) -> None:
        self.table.reload()

    def show_item(self, campaign_id: int) -> bool:
        return self.table.select_id(campaign_id)
