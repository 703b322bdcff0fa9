"""复盘: pick a month and see its headline numbers, overall and per platform."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QFrame, QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from app.services.queries import MonthHeadline, month_headline, months_with_data
from app.views.base import DataTab, EmptyState, clear_layout
from app.views.context import ViewContext
from app.views.table_models import format_value, platform_icon, platform_name


class KpiCard(QFrame):
    """A big number with its caption."""

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kpiCard")
        self.value = QLabel("—", self)
        self.value.setObjectName("kpiValue")
        self.caption = QLabel(caption, self)
        self.caption.setObjectName("kpiCaption")
        layout = QVBoxLayout(self)
        layout.addWidget(self.value)
        layout.addWidget(self.caption)

    def set_value(self, text: str) -> None:
        self.value.setText(text or "—")


class ReviewTab(DataTab):
    """The monthly review (first: the month's headline numbers).

    Signals:
        openItem(str, int): not emitted yet.
    """

    tables = frozenset({"post", "post_metrics", "account_daily", "campaign", "account"})

    def __init__(self, ctx: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.month = QComboBox(self)
        self.month.setMinimumWidth(140)
        self.month.currentIndexChanged.connect(self._show_month)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("复盘月份"), self))
        bar.addWidget(self.month)
        bar.addStretch(1)

        content = QWidget(self)
        cards = QGridLayout()
        self.cards = {
            "posts": KpiCard(self.tr("发布内容（条）")),
            "views": KpiCard(self.tr("阅读 / 播放")),
            "interactions": KpiCard(self.tr("互动（赞评转藏）")),
            "follows": KpiCard(self.tr("净增粉丝")),
            "conversions": KpiCard(self.tr("转化")),
            "revenue": KpiCard(self.tr("收入")),
            "campaigns": KpiCard(self.tr("活动（场）")),
        }
        for i, card in enumerate(self.cards.values()):
            cards.addWidget(card, i // 4, i % 4)
        self.platform_heading = QLabel(self.tr("分平台"), content)
        self.platform_heading.setObjectName("sectionHeading")
        self.platform_grid = QGridLayout()
        self.platform_grid.setHorizontalSpacing(24)
        content_layout = QVBoxLayout(content)
        content_layout.setContentsMargins(0, 0, 0, 0)
        content_layout.addLayout(cards)
        content_layout.addSpacing(12)
        content_layout.addWidget(self.platform_heading)
        content_layout.addLayout(self.platform_grid)
        content_layout.addStretch(1)
        self.stack = EmptyState(
            content, self.tr("还没有可以复盘的数据 — 导入本月各平台的内容数据和粉丝数据"), self
        )
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.stack, 1)

    def refresh(self) -> None:
        current = self.month.currentData()
        months = months_with_data(self.ctx.store.engine)
        this_month = dt.date.today().strftime("%Y-%m")
        self.month.blockSignals(True)
        self.month.clear()
        for month in months:
            year, number = month.split("-")
            self.month.addItem(self.tr("{year} 年 {month} 月").format(year=year, month=int(number)), month)
        default = current if current in months else next((m for m in months if m <= this_month), None)
        if default is not None:
            self.month.setCurrentIndex(months.index(default))
        self.month.blockSignals(False)
        self.stack.setEmpty(not months)
        self._show_month()

    def _show_month(self) -> None:
        month = self.month.currentData()
        if month is None:
            return
        self._fill(month_headline(self.ctx.store.engine, month))

    def _fill(self, h: MonthHeadline) -> None:
        self.cards["posts"].set_value(format_value("int", h.posts_published))
        self.cards["views"].set_value(format_value("int", h.views))
        self.cards["interactions"].set_value(format_value("int", h.interactions))
        self.cards["follows"].set_value(_signed(h.follows_net))
        self.cards["conversions"].set_value(format_value("int", h.conversions))
        self.cards["revenue"].set_value(format_value("money", h.revenue))
        self.cards["campaigns"].set_value(format_value("int", h.campaigns))
        clear_layout(self.platform_grid)
        headers = [self.tr("平台"), self.tr("发布（条）"), self.tr("阅读 / 播放"), self.tr("净增粉丝")]
        for col, text in enumerate(headers):
            head = QLabel(text)
            head.setObjectName("gridHeader")
            self.platform_grid.addWidget(head, 0, col)
        for row, (code, numbers) in enumerate(sorted(h.by_platform.items()), start=1):
            name = QLabel(platform_name(code))
            icon = QLabel()
            icon.setPixmap(platform_icon(code).pixmap(12, 12))
            cell = QHBoxLayout()
            cell.setSpacing(6)
            cell.addWidget(icon)
            cell.addWidget(name)
            cell.addStretch(1)
            self.platform_grid.addLayout(cell, row, 0)
            for col, text in enumerate(
                (format_value("int", numbers["posts"]), format_value("int", numbers["views"]),
                 _signed(numbers["follows_net"])),
                start=1,
            ):
                value = QLabel(text or "—")
                value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.platform_grid.addWidget(value, row, col)
        self.platform_grid.setColumnStretch(4, 1)


def _signed(value: int | None) -> str:
    return "" if value is None else f"{value:+,}"
