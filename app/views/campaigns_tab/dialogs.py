"""Dialogs of the 活动 tab: new campaign from a template, task, lesson, boost, collaboration, benchmark."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate, QDateTime, Qt
from PySide6.QtGui import QDoubleValidator, QIntValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app import clock
from app.models.base import Platform
from app.services.accounts import account_list
from app.services.campaigns import campaign_templates
from app.services.promotions import ratios
from app.views.base import dialog_buttons
from app.views.context import ViewContext
from app.views.loop_notes import LoopNotes
from app.views.table_models import label_choices, platform_name


class NumberEdit(QLineEdit):
    """A line edit for an optional number: empty means missing (None), never 0."""

    def __init__(self, money: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.money = money
        validator = QDoubleValidator(0, 1e12, 2, self) if money else QIntValidator(0, 2_000_000_000, self)
        if money:
            validator.setNotation(QDoubleValidator.Notation.StandardNotation)
        self.setValidator(validator)
        self.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.setPlaceholderText("—")

    def value(self) -> Any:
        text = self.text().replace(",", "").strip()
        if not text:
            return None
        return round(float(text), 2) if self.money else int(text)

    def setValue(self, value: Any) -> None:
        self.setText("" if value is None else (f"{float(value):.2f}" if self.money else str(int(value))))


def qdate(day: dt.date | None) -> QDate:
    day = day or clock.today()
    return QDate(day.year, day.month, day.day)


def pydate(edit: QDateEdit) -> dt.date:
    return edit.date().toPython()  # type: ignore[no-any-return]


def date_edit(day: dt.date | None, parent: QWidget | None = None) -> QDateEdit:
    edit = QDateEdit(qdate(day), parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


def combo(items: list[tuple[Any, str]], current: Any = None, parent: QWidget | None = None) -> QComboBox:
    box = QComboBox(parent)
    for code, text in items:
        box.addItem(text, code)
    if current is not None:
        index = box.findData(current)
        if index >= 0:
            box.setCurrentIndex(index)
    return box


class NewCampaignDialog(QDialog):
    """Pick a type template (or a blank plan), a name and the launch day; shows what will be prefilled."""

    def __init__(self, parent: QWidget | None = None, today: dt.date | None = None,
                 ctx: ViewContext | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("新建活动"))
        self.templates = campaign_templates()
        self.template = QComboBox(self)
        for t in self.templates:
            self.template.addItem(t["label"], t["key"])
        self.template.addItem(self.tr("空白活动（自己填）"), None)
        self.name = QLineEdit(self)
        self.start = date_edit((today or clock.today()) + dt.timedelta(days=7), self)
        self.preview = QLabel(self)
        self.preview.setWordWrap(True)
        self.preview.setObjectName("templatePreview")
        form = QFormLayout()
        form.addRow(self.tr("模板"), self.template)
        form.addRow(self.tr("活动名称"), self.name)
        form.addRow(self.tr("正式开始"), self.start)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.preview)
        # This month's action items for campaigns and the lessons of campaigns of the chosen type.
        self.loop_notes = LoopNotes(ctx, "campaigns", self) if ctx is not None else None
        if self.loop_notes is not None:
            layout.addWidget(self.loop_notes)
        layout.addWidget(dialog_buttons(self))
        self.template.currentIndexChanged.connect(self._template_changed)
        self._template_changed()
        self.resize(520, 320)

    def _template_changed(self) -> None:
        key = self.template.currentData()
        found = next((t for t in self.templates if t["key"] == key), None)
        if self.loop_notes is not None:
            self.loop_notes.show_for(campaign_type=found["type"] if found else None)
        if found is None:
            self.preview.setText(self.tr("空白活动：只填名称和日期，其余在“策划”里补充。"))
            return
        self.name.setText(found["name"])
        self.preview.setText(self.tr("会预填：规则“%1”；奖品“%2”；预算 ¥%3；渠道 %4；活动 %5 天，提前 %6 天预热；"
                                     "%7 项任务（海报、落地页、奖品、推送文案…）。")
                             .replace("%1", found["rules"]).replace("%2", found["prizes"])
                             .replace("%3", f"{found['budget']:,.0f}").replace("%4", self.tr("、").join(found["channels"]))
                             .replace("%5", str(found["days"])).replace("%6", str(found["warmup_days"]))
                             .replace("%7", str(len(found["tasks"]))))

    def values(self) -> dict[str, Any]:
        return {"template": self.template.currentData(), "name": self.name.text().strip(),
                "start_day": pydate(self.start)}


class TaskDialog(QDialog):
    def __init__(self, task: dict[str, Any] | None = None, default_due: dt.date | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        task = task or {}
        self.setWindowTitle(self.tr("编辑任务") if task else self.tr("添加任务"))
        self.title = QLineEdit(task.get("title") or "", self)
        self.title.setPlaceholderText(self.tr("如：活动海报定稿、落地页上线、奖品采购、推送文案"))
        self.owner = QLineEdit(task.get("owner") or "", self)
        self.due = date_edit(task.get("due_date") or default_due, self)
        self.done = QCheckBox(self.tr("已完成"), self)
        self.done.setChecked(bool(task.get("done")))
        form = QFormLayout(self)
        form.addRow(self.tr("任务"), self.title)
        form.addRow(self.tr("负责人"), self.owner)
        form.addRow(self.tr("截止日期"), self.due)
        form.addRow("", self.done)
        form.addRow(dialog_buttons(self))
        self.resize(420, 0)

    def values(self) -> dict[str, Any]:
        return {"title": self.title.text(), "owner": self.owner.text(), "due_date": pydate(self.due),
                "done": self.done.isChecked()}


class LessonDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("写一条经验"))
        self.kind = combo([("success", self.tr("成功经验（下次继续）")), ("failure", self.tr("失败教训（下次避免）"))],
                          parent=self)
        self.title = QLineEdit(self)
        self.title.setPlaceholderText(self.tr("一句话，如：奖品发放晚了 5 天，差评变多"))
        self.evidence = QLineEdit(self)
        self.evidence.setPlaceholderText(self.tr("数据依据，如：第 3–4 天新增参与接近 0"))
        self.detail = QPlainTextEdit(self)
        self.detail.setPlaceholderText(self.tr("下次具体怎么做"))
        self.detail.setFixedHeight(80)
        form = QFormLayout(self)
        form.addRow(self.tr("类型"), self.kind)
        form.addRow(self.tr("经验"), self.title)
        form.addRow(self.tr("依据"), self.evidence)
        form.addRow(self.tr("做法"), self.detail)
        form.addRow(dialog_buttons(self))
        self.resize(480, 0)

    def values(self) -> dict[str, Any]:
        return {"kind": self.kind.currentData(), "title": self.title.text(), "evidence": self.evidence.text(),
                "detail": self.detail.toPlainText()}


class PromotionDialog(QDialog):
    """A boost's fields with its ratios worked out as the numbers are typed."""

    def __init__(self, choices: dict[str, list[tuple[int, str]]], row: dict[str, Any] | None = None,
                 parent: QWidget | None = None, ctx: ViewContext | None = None) -> None:
        super().__init__(parent)
        row = row or {}
        self.setWindowTitle(self.tr("编辑投放") if row else self.tr("新增投放"))
        none = [(None, self.tr("（不关联）"))]
        self.name = QLineEdit(row.get("name") or "", self)
        posts = list(choices["posts"])
        if row.get("post_id") and all(pid != row["post_id"] for pid, _t in posts):
            posts.insert(0, (row["post_id"], row.get("post_title") or f"#{row['post_id']}"))  # an older post
        self.post = combo(none + posts, row.get("post_id"), self)
        self.post.setMaximumWidth(360)
        self.account = combo(none + choices["accounts"], row.get("account_id"), self)
        self.campaign = combo(none + choices["campaigns"], row.get("campaign_id"), self)
        self.tool = combo(label_choices("promotion_tool"), row.get("tool"), self)
        self.objective = combo(label_choices("promotion_objective"), row.get("objective"), self)
        self.age = QLineEdit(row.get("audience_age") or "", self)
        self.age.setPlaceholderText("25-35")
        self.gender = QLineEdit(row.get("audience_gender") or "", self)
        self.regions = QLineEdit(row.get("audience_regions") or "", self)
        self.regions.setPlaceholderText(self.tr("广东,浙江"))
        self.interests = QLineEdit(row.get("audience_interests") or "", self)
        start = row.get("start_at") or clock.now().replace(minute=0, second=0, microsecond=0)
        self.start = QDateTimeEdit(QDateTime(start), self)
        self.start.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.start.setCalendarPopup(True)
        self.hours = NumberEdit(True, self)
        self.numbers: dict[str, NumberEdit] = {}
        for key, money in (("budget", True), ("spend", True), ("impressions", False), ("clicks", False),
                           ("follows_gained", False), ("conversions", False), ("revenue", True)):
            self.numbers[key] = NumberEdit(money, self)
            self.numbers[key].setValue(row.get(key))
            self.numbers[key].textChanged.connect(self._update_ratios)
        self.hours.setValue(row.get("hours"))
        self.notes = QLineEdit(row.get("notes") or "", self)
        self.ratios = QLabel(self)
        self.ratios.setWordWrap(True)

        grid = QGridLayout()
        pairs = [
            (self.tr("名称"), self.name), (self.tr("关联内容"), self.post), (self.tr("账号"), self.account),
            (self.tr("所属活动"), self.campaign), (self.tr("工具"), self.tool), (self.tr("目标"), self.objective),
            (self.tr("人群年龄"), self.age), (self.tr("人群性别"), self.gender), (self.tr("人群地域"), self.regions),
            (self.tr("人群兴趣"), self.interests), (self.tr("开始时间"), self.start), (self.tr("时长(小时)"), self.hours),
            (self.tr("预算"), self.numbers["budget"]), (self.tr("花费"), self.numbers["spend"]),
            (self.tr("曝光"), self.numbers["impressions"]), (self.tr("点击"), self.numbers["clicks"]),
            (self.tr("涨粉"), self.numbers["follows_gained"]), (self.tr("转化"), self.numbers["conversions"]),
            (self.tr("成交金额"), self.numbers["revenue"]), (self.tr("备注"), self.notes),
        ]
        for i, (text, widget) in enumerate(pairs):
            grid.addWidget(QLabel(text, self), i // 2, (i % 2) * 2)
            grid.addWidget(widget, i // 2, (i % 2) * 2 + 1)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(self.ratios)
        self.loop_notes: LoopNotes | None = None
        if ctx is not None and not row:  # a new boost: this month's action items and lessons of this tool
            self.loop_notes = LoopNotes(ctx, "promotions", self)
            self._platforms = {a["id"]: a["platform"] for a in account_list(ctx.store)}
            layout.addWidget(self.loop_notes)
            self.tool.currentIndexChanged.connect(self._update_notes)
            self.account.currentIndexChanged.connect(self._update_notes)
            self._update_notes()
        layout.addWidget(dialog_buttons(self))
        self._update_ratios()

    def _update_notes(self) -> None:
        assert self.loop_notes is not None
        self.loop_notes.show_for(self._platforms.get(self.account.currentData()), tool=self.tool.currentData())

    def _update_ratios(self) -> None:
        n = {k: e.value() for k, e in self.numbers.items()}
        r = ratios(n["spend"], n["impressions"], n["clicks"], n["conversions"], n["revenue"], n["follows_gained"])

        def fmt(value: float | None, kind: str) -> str:
            if value is None:
                return "—"
            return f"{value * 100:.2f}%" if kind == "rate" else f"¥{value:,.2f}" if kind == "money" else f"{value:.2f}"

        self.ratios.setText(self.tr("点击率 %1 · 转化率 %2 · 单次转化成本 %3 · ROI %4 · 单粉成本 %5")
                            .replace("%1", fmt(r["ctr"], "rate")).replace("%2", fmt(r["cvr"], "rate"))
                            .replace("%3", fmt(r["cpa"], "money")).replace("%4", fmt(r["roi"], "ratio"))
                            .replace("%5", fmt(r["cost_per_follower"], "money")))

    def values(self) -> dict[str, Any]:
        out = {k: e.value() for k, e in self.numbers.items()}
        out.update(name=self.name.text(), post_id=self.post.currentData(), account_id=self.account.currentData(),
                   campaign_id=self.campaign.currentData(), tool=self.tool.currentData(),
                   objective=self.objective.currentData(), audience_age=self.age.text(),
                   audience_gender=self.gender.text(), audience_regions=self.regions.text(),
                   audience_interests=self.interests.text(), hours=self.hours.value(), notes=self.notes.text(),
                   start_at=self.start.dateTime().toPython().replace(second=0, microsecond=0))
        return out


def platform_items() -> list[tuple[str, str]]:
    return [(p.value, platform_name(p)) for p in Platform]


class CollaborationDialog(QDialog):
    def __init__(self, row: dict[str, Any] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = row or {}
        self.setWindowTitle(self.tr("编辑合作") if row else self.tr("新增合作"))
        self.partner = QLineEdit(row.get("partner") or "", self)
        self.partner_kind = combo(label_choices("partner_kind"), row.get("partner_kind"), self)
        self.platform = combo([(None, self.tr("（不限）")), *platform_items()], row.get("platform"), self)
        self.kind = combo(label_choices("collaboration_kind"), row.get("kind"), self)
        self.day = date_edit(row.get("day"), self)
        self.cost = NumberEdit(True, self)
        self.cost.setValue(row.get("cost"))
        self.followers = NumberEdit(False, self)
        self.followers.setValue(row.get("new_followers"))
        self.conversions = NumberEdit(False, self)
        self.conversions.setValue(row.get("conversions"))
        self.notes = QPlainTextEdit(row.get("notes") or "", self)
        self.notes.setFixedHeight(70)
        form = QFormLayout(self)
        form.addRow(self.tr("合作方"), self.partner)
        form.addRow(self.tr("合作方类型"), self.partner_kind)
        form.addRow(self.tr("平台"), self.platform)
        form.addRow(self.tr("合作方式"), self.kind)
        form.addRow(self.tr("日期"), self.day)
        form.addRow(self.tr("花费"), self.cost)
        form.addRow(self.tr("新增关注"), self.followers)
        form.addRow(self.tr("转化"), self.conversions)
        form.addRow(self.tr("备注"), self.notes)
        form.addRow(dialog_buttons(self))
        self.resize(440, 0)

    def values(self) -> dict[str, Any]:
        return {"partner": self.partner.text(), "partner_kind": self.partner_kind.currentData(),
                "platform": self.platform.currentData(), "kind": self.kind.currentData(), "day": pydate(self.day),
                "cost": self.cost.value(), "new_followers": self.followers.value(),
                "conversions": self.conversions.value(), "notes": self.notes.toPlainText()}


class CompetitorDialog(QDialog):
    def __init__(self, row: dict[str, Any] | None = None, platform: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = row or {}
        self.setWindowTitle(self.tr("编辑竞品") if row else self.tr("新增竞品"))
        self.name = QLineEdit(row.get("name") or "", self)
        self.platform = combo(platform_items(), row.get("platform") or platform, self)
        self.platform.setEnabled(not row)
        self.texts: dict[str, QLineEdit] = {}
        hints = {
            "content_types": (self.tr("内容类型"), self.tr("如：口播科普、测评对比、vlog")),
            "update_frequency": (self.tr("更新频率"), self.tr("如：日更、周更3条")),
            "interaction_style": (self.tr("互动方式"), self.tr("如：评论区置顶答疑、抽奖")),
            "strengths": (self.tr("做得好的"), ""),
            "reuse": (self.tr("可借鉴"), self.tr("我们可以学的做法")),
            "gaps": (self.tr("可突破的空白"), self.tr("对方没做好、我们能抢的地方")),
            "notes": (self.tr("备注"), ""),
        }
        form = QFormLayout(self)
        form.addRow(self.tr("账号名称"), self.name)
        form.addRow(self.tr("平台"), self.platform)
        self.traffic = combo([(None, self.tr("（不清楚）")), *label_choices("traffic_source")],
                             row.get("traffic_source"), self)
        for key, (text, hint) in hints.items():
            self.texts[key] = QLineEdit(row.get(key) or "", self)
            self.texts[key].setPlaceholderText(hint)
            form.addRow(text, self.texts[key])
            if key == "interaction_style":
                form.addRow(self.tr("流量来源"), self.traffic)
        form.addRow(dialog_buttons(self))
        self.resize(480, 0)

    def values(self) -> dict[str, Any]:
        out: dict[str, Any] = {k: e.text() for k, e in self.texts.items()}
        out.update(name=self.name.text(), platform=self.platform.currentData(),
                   traffic_source=self.traffic.currentData())
        return out


class SnapshotDialog(QDialog):
    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("记录粉丝数"))
        self.day = date_edit(clock.today(), self)
        self.followers = NumberEdit(False, self)
        form = QFormLayout(self)
        form.addRow(self.tr("账号"), QLabel(name, self))
        form.addRow(self.tr("日期"), self.day)
        form.addRow(self.tr("粉丝数"), self.followers)
        form.addRow(dialog_buttons(self))

    def values(self) -> dict[str, Any]:
        return {"day": pydate(self.day), "followers": self.followers.value()}
