"""画像 page: gender, region (top 10), active hours and tags as bar charts, plus the
需求—痛点—偏好 summary lines; pyqtgraph is imported the first time the page is shown."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox, QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from app.services import community, surveys
from app.services.segments import SEGMENTS
from app.views.base import EmptyState
from app.views.community_tab.common import heading, refill_communities, translated
from app.views.table_models import label


class PersonaPage(QWidget):
    """Persona charts for all members, one segment or one community."""

    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.segment = QComboBox()
        self.segment.addItem(self.tr("全部分层"), None)
        for code in SEGMENTS:
            self.segment.addItem(label("segment", code), code)
        self.community = QComboBox()
        self.community.addItem(self.tr("全部社群"), None)
        self.community.setMinimumContentsLength(10)
        self.members = QLabel()
        self.members.setObjectName("rowCount")
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("看谁：")))
        bar.addWidget(self.segment)
        bar.addWidget(self.community)
        bar.addStretch(1)
        bar.addWidget(self.members)
        self.summary = QLabel()
        self.summary.setObjectName("personaSummary")
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet("background: #F5F7FA; padding: 8px; border-radius: 4px;")
        self.grid_holder = QWidget()
        self.grid = QGridLayout(self.grid_holder)
        self.grid.setContentsMargins(0, 0, 0, 0)
        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        body_layout.addWidget(heading(self.tr("需求—痛点—偏好")))
        body_layout.addWidget(self.summary)
        body_layout.addWidget(self.grid_holder, 1)
        self.empty_text = self.tr("这里还没有用户 — 导入粉丝/会员名单（带性别、地区、标签），就能看到用户画像")
        self.stack = EmptyState(body, self.empty_text)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.stack, 1)
        self.plots: dict[str, Any] = {}
        self.segment.currentIndexChanged.connect(self._redraw)
        self.community.currentIndexChanged.connect(self._redraw)

    def refresh(self) -> None:
        refill_communities(self.community, self.ctx.store)
        self._redraw()

    def _survey_lines(self) -> list[str]:
        """What imported surveys said about 性别/年龄/地区/职业 (answers are not tied to members)."""
        lines = []
        for question in surveys.persona_questions(self.ctx.store):
            total = sum(n for _, n in question["counts"]) or 1
            shares = self.tr("、").join(f"{option} {n / total:.0%}" for option, n in question["counts"][:4])
            lines.append(self.tr("问卷「{survey}」· {role}：{shares}").format(
                survey=question["survey"], role=translated("labels", surveys.ROLE_NAMES[question["role"]]), shares=shares))
        return lines

    def _make_plots(self) -> None:
        import pyqtgraph as pg  # heavy: only when the persona page is first shown

        pg.setConfigOptions(antialias=True, background="w", foreground="#333")
        titles = {"gender": self.tr("性别"), "region": self.tr("地区（前 10）"), "hours": self.tr("活跃时段（点）"),
                  "tags": self.tr("标签（前 15）")}
        for n, (key, title) in enumerate(titles.items()):
            plot = pg.PlotWidget(title=title)
            plot.setObjectName(f"persona_{key}")
            plot.setMouseEnabled(x=False, y=False)
            plot.hideButtons()
            plot.setMinimumHeight(220)
            plot.getAxis("left").enableAutoSIPrefix(False)
            plot.getAxis("bottom").enableAutoSIPrefix(False)
            self.plots[key] = plot
            self.grid.addWidget(plot, n // 2, n % 2)

    def _redraw(self) -> None:
        data = community.persona(self.ctx.store, self.segment.currentData(), self.community.currentData())
        self.data = data
        filtered = self.segment.currentIndex() > 0 or self.community.currentIndex() > 0
        self.stack.message.setText(self.tr("这个范围里没有用户 — 换一个分层或社群看看") if filtered else self.empty_text)
        self.stack.setEmpty(data["members"] == 0)
        self.members.setText(self.tr("共 %n 位用户", "", data["members"]))
        lines = [translated("community", line["template"], **line["params"]) for line in data["summary"]]
        if not filtered:
            lines += self._survey_lines()
        self.summary.setText("<br>".join(lines) if lines else self.tr(
            "还没有足够的标签和反馈来总结 — 给用户打标签、在“反馈与需求”里记录用户说的话，这里会总结出需求、痛点和偏好。"))
        if data["members"] == 0:
            return
        if not self.plots:
            self._make_plots()
        other = self.tr("其他")
        unknown = self.tr("未知")
        self._columns("gender", [(g or unknown, n) for g, n in data["gender"]], "#2F6FEB")
        self._rows("region", [(r or other, n) for r, n in data["region"]], "#1A9E75")
        self._columns("hours", [(str(h), n) for h, n in enumerate(data["active_hours"])], "#E8A317", every=3)
        self._rows("tags", data["tags"][:15], "#8E5BD6")

    def _columns(self, key: str, items: list[tuple[str, int]], color: str, every: int = 1) -> None:
        import pyqtgraph as pg

        plot = self.plots[key]
        plot.clear()
        xs = list(range(len(items)))
        plot.addItem(pg.BarGraphItem(x=xs, height=[n for _, n in items], width=0.6, brush=color, pen=None))
        plot.getAxis("bottom").setTicks([[(x, name) for x, (name, _) in zip(xs, items, strict=True) if x % every == 0]])
        plot.getAxis("left").setTicks(None)
        plot.setXRange(-0.6, max(len(items) - 0.4, 0.6), padding=0)

    def _rows(self, key: str, items: list[tuple[str, int]], color: str) -> None:
        """Horizontal bars, biggest on top, names on the left axis (long Chinese labels stay readable)."""
        import pyqtgraph as pg

        plot = self.plots[key]
        plot.clear()
        ys = list(range(len(items)))[::-1]
        plot.addItem(pg.BarGraphItem(x0=0, y=ys, width=[n for _, n in items], height=0.6, brush=color, pen=None))
        plot.getAxis("left").setTicks([[(y, name) for y, (name, _) in zip(ys, items, strict=True)]])
        plot.getAxis("left").setWidth(70)
        plot.getAxis("bottom").setTicks(None)
        plot.setYRange(-0.6, max(len(items) - 0.4, 0.6), padding=0)
