"""活动: campaigns from plan to post-mortem, paid promotions, collaborations and competitors.

Four pages: 活动 (list + detail: 策划, 时间线与任务, 实时数据, 复盘), 推广投放, 合作, 竞品. The
活动优化指南 (lessons across campaigns) prints or saves as PDF from the tab's toolbar.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app import clock
from app.services.campaigns import optimisation_guide
from app.views.base import DataTab
from app.views.campaigns_tab.campaigns import CampaignsPage
from app.views.campaigns_tab.collaborations import CollaborationsPage
from app.views.campaigns_tab.competitors import CompetitorsPage
from app.views.campaigns_tab.promotions import PromotionsPage
from app.views.context import ViewContext

__all__ = ["CampaignsTab"]


class CampaignsTab(DataTab):
    """The 活动 tab.

    Signals:
        openItem(str, int): not emitted yet (campaigns open in place).
    """

    tables = frozenset({"campaign", "campaign_daily", "campaign_task", "promotion", "collaboration", "competitor",
                        "account", "account_daily", "lesson", "post", "hot_date"})

    def __init__(self, ctx: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.campaigns = CampaignsPage(ctx, self)
        self.promotions = PromotionsPage(ctx, self)
        self.collaborations = CollaborationsPage(ctx, self)
        self.competitors = CompetitorsPage(ctx, self)
        self.pages = QTabWidget(self)
        self.pages.setObjectName("platformTabs")
        self.pages.addTab(self.campaigns, self.tr("活动"))
        self.pages.addTab(self.promotions, self.tr("推广投放"))
        self.pages.addTab(self.collaborations, self.tr("合作"))
        self.pages.addTab(self.competitors, self.tr("竞品"))
        self._stale_pages: set[QWidget] = set()
        self.pages.currentChanged.connect(self._page_shown)
        for page in (self.campaigns, self.promotions, self.collaborations, self.competitors):
            page.changed.connect(self._written)
        preview = QPushButton(self.tr("活动优化指南…"), self)
        preview.setToolTip(self.tr("历次活动复盘里的经验教训，整理成一份可打印的指南"))
        preview.clicked.connect(self.preview_guide)
        pdf = QPushButton(self.tr("导出指南 PDF…"), self)
        pdf.clicked.connect(self.export_guide)
        corner = QWidget(self)
        corner_layout = QHBoxLayout(corner)
        corner_layout.setContentsMargins(0, 0, 4, 2)
        corner_layout.addWidget(preview)
        corner_layout.addWidget(pdf)
        self.pages.setCornerWidget(corner)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)

    def refresh(self) -> None:
        """Refresh the page on show; the others when they are next shown."""
        current = self.pages.currentWidget()
        self._stale_pages = {self.campaigns, self.promotions, self.collaborations, self.competitors} - {current}
        current.refresh()  # type: ignore[attr-defined]

    def _page_shown(self, _index: int) -> None:
        page = self.pages.currentWidget()
        if page in self._stale_pages:
            self._stale_pages.discard(page)
            page.refresh()  # type: ignore[attr-defined]

    def _written(self, tables: set[str]) -> None:
        self.ctx.signals.notify(*tables)

    def show_item(self, campaign_id: int) -> bool:
        self.pages.setCurrentWidget(self.campaigns)
        if self._stale:
            self._refresh_now()
        return self.campaigns.select(campaign_id)

    # -- 活动优化指南 ------------------------------------------------------------------------------
    def preview_guide(self) -> None:
        self.ctx.tasks.run(optimisation_guide, self.ctx.store, on_result=self._preview, parent=self,
                           progress=self.tr("正在整理经验…"))

    def _preview(self, data: dict) -> None:
        from app.views.campaigns_tab import guide  # QtPrintSupport: only when printing

        guide.preview(self, data, clock.today())

    def export_guide(self) -> None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        name, _ = QFileDialog.getSaveFileName(self, self.tr("导出活动优化指南"),
                                              str(Path(folder) / self.tr("活动优化指南.pdf")), self.tr("PDF 文件 (*.pdf)"))
        if not name:
            return
        path = Path(name if name.lower().endswith(".pdf") else name + ".pdf")

        def save(data: dict) -> None:
            from app.report.campaign_guide import write_campaign_guide_pdf

            write_campaign_guide_pdf(path, data, clock.today(), translate=QCoreApplication.translate)
            QMessageBox.information(self, self.tr("已导出"), self.tr("活动优化指南已保存到：") + f"\n{path}")

        self.ctx.tasks.run(optimisation_guide, self.ctx.store, on_result=save, parent=self,
                           progress=self.tr("正在整理经验…"))
