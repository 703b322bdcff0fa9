"""诊断: the diagnosis findings of a month as a filterable list with the cause each points to and how
sure it is; the details name the numbers compared and, for an unknown cause, the data that would
tell. A click on a finding's subject opens it (a post, or a promotion's campaign or post) through
`openItem`."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.models.vocabulary import Month, labels
from app.services.diagnosis import (
    CAUSE_LABELS,
    CONFIDENCE_LABELS,
    METRIC_WORDS,
    RULE_LABELS,
    SEVERITIES,
    SEVERITY_LABELS,
    Finding,
    diagnose,
)
from app.services.metrics import METRICS, Unit
from app.services.promotions import promotion_figures
from app.store import Store
from app.views.base import EmptyState
from app.views.context import ViewContext
from app.views.metric_help import qt_translate
from app.views.table_models import label as code_label
from app.views.table_models import platform_icon, platform_name

SEVERITY_COLORS = {"critical": "#B91C1C", "warning": "#C2410C", "suggestion": "#15803D", "info": "#6B7280"}
COL_SEVERITY, COL_RULE, COL_CAUSE, COL_SUBJECT, COL_PLATFORM, COL_SUGGESTION = range(6)
CONFIDENCE_COLORS = {"high": "#15803D", "medium": "#B45309", "low": "#6B7280"}
#: How a finding's subject kind opens: kinds the main window routes.
OPENABLE = {"post", "campaign"}


def load_findings(store: Store, month: str) -> dict[str, Any]:
    """The month's findings and, for promotion subjects, what to open (its campaign, else its post)."""
    findings = diagnose(store, month, translate=qt_translate)
    links: dict[int, tuple[str, int]] = {}
    if any(f.subject["kind"] == "promotion" for f in findings):
        for promo in promotion_figures(store):
            if promo["campaign_id"] is not None:
                links[promo["id"]] = ("campaign", promo["campaign_id"])
            elif promo["post_id"] is not None:
                links[promo["id"]] = ("post", promo["post_id"])
    return {"month": month, "findings": findings, "promotion_links": links}


def target(finding: Finding, promotion_links: dict[int, tuple[str, int]]) -> tuple[str, int] | None:
    """(kind, id) to open for a finding's subject, or None when it has no page of its own."""
    subject = finding.subject
    if subject["kind"] == "promotion":
        return promotion_links.get(subject["id"])
    if subject["kind"] in OPENABLE and subject["id"] is not None:
        return subject["kind"], int(subject["id"])
    return None


class FindingsPanel(QWidget):
    """The findings list with severity / rule / platform filters and the selected finding's details.

    Signals:
        openItem(str, int): open the subject of a finding.
    """

    openItem = Signal(str, int)

    def __init__(self, ctx: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.month = QComboBox(self)
        self.month.setObjectName("findingsMonth")
        self.severity = QComboBox(self)
        self.severity.setObjectName("findingsSeverity")
        self.rule = QComboBox(self)
        self.rule.setObjectName("findingsRule")
        self.platform = QComboBox(self)
        self.platform.setObjectName("findingsPlatform")
        for combo in (self.month, self.severity, self.rule, self.platform):  # filled after the first show
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.count = QLabel(self)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("findingsList")
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setHeaderLabels([self.tr("级别"), self.tr("规则"), self.tr("原因"), self.tr("对象"), self.tr("平台"),
                                   self.tr("建议")])
        for column, width in ((COL_SEVERITY, 60), (COL_RULE, 100), (COL_CAUSE, 150), (COL_SUBJECT, 240),
                              (COL_PLATFORM, 70)):
            self.tree.setColumnWidth(column, width)
        self.detail = QTextBrowser(self)
        self.detail.setObjectName("findingDetail")
        self.detail.setOpenLinks(False)
        self.detail.anchorClicked.connect(lambda _url: self.open_current())
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.tree)
        splitter.addWidget(self.detail)
        splitter.setSizes([420, 180])
        self.stack = EmptyState(splitter, self.tr("这个月没有发现问题 — 导入内容和账号数据后，这里会按规则给出诊断和建议。"), self)
        filters = QHBoxLayout()
        for label, combo in ((self.tr("诊断月份"), self.month), (self.tr("级别"), self.severity),
                             (self.tr("规则"), self.rule), (self.tr("平台"), self.platform)):
            filters.addWidget(QLabel(label, self))
            filters.addWidget(combo)
        filters.addStretch(1)
        filters.addWidget(self.count)
        self.lesson_button = QPushButton(self.tr("记入运营手册…"), self)
        self.lesson_button.setToolTip(self.tr("把选中的诊断写成一条经验，记入运营手册"))
        self.lesson_button.clicked.connect(self.record_lesson)
        filters.addWidget(self.lesson_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addLayout(filters)
        layout.addWidget(self.stack, 1)
        self.findings: list[Finding] = []
        self.links: dict[int, tuple[str, int]] = {}
        self._generation = 0
        self.severity.currentIndexChanged.connect(self.apply_filter)
        self.rule.currentIndexChanged.connect(self.apply_filter)
        self.platform.currentIndexChanged.connect(self.apply_filter)
        self.month.currentIndexChanged.connect(lambda _i: self.load())
        self.tree.itemClicked.connect(self._clicked)
        self.tree.itemActivated.connect(lambda item, _c: self.open_item(item))
        self.tree.currentItemChanged.connect(lambda item, _old: self.show_detail(item))

    def set_months(self, months: list[str], current: str) -> None:
        """Offer these months (newest first) and load `current`."""
        self.month.blockSignals(True)
        self.month.clear()
        for month in reversed(months):
            shown = Month.parse(month)
            self.month.addItem(self.tr("{year}年{month}月").format(
                year=shown.year, month=shown.number,
                month_name=QLocale().monthName(shown.number, QLocale.FormatType.ShortFormat)), month)
        self.month.setCurrentIndex(max(self.month.findData(current), 0))
        self.month.blockSignals(False)
        self.load()

    def load(self) -> None:
        month = self.month.currentData()
        if month is None:
            return
        self._generation += 1
        generation = self._generation
        self.count.setText(self.tr("正在诊断…"))
        self.ctx.tasks.run(load_findings, self.ctx.store, month,
                           on_result=lambda result: self._loaded(generation, result))

    def _loaded(self, generation: int, result: dict[str, Any]) -> None:
        if generation != self._generation:
            return
        self.findings, self.links = result["findings"], result["promotion_links"]
        self._fill_filters()
        self.tree.clear()
        link_font = QFont(self.tree.font())
        link_font.setUnderline(True)
        for index, finding in enumerate(self.findings):
            subject = finding.subject
            item = QTreeWidgetItem([
                qt_translate("diagnosis", SEVERITY_LABELS[finding.severity]),
                qt_translate("diagnosis", RULE_LABELS.get(finding.rule, finding.rule)),
                self._cause_text(finding),
                self._subject_text(finding),
                platform_name(subject.get("platform")),
                finding.suggestion,
            ])
            item.setData(0, Qt.ItemDataRole.UserRole, index)
            item.setForeground(COL_SEVERITY, QBrush(QColor(SEVERITY_COLORS[finding.severity])))
            if finding.severity != "info":
                item.setForeground(COL_CAUSE, QBrush(QColor(CONFIDENCE_COLORS.get(finding.confidence, "#6B7280"))))
                item.setToolTip(COL_CAUSE, self._confidence_tip(finding))
            if subject.get("platform"):
                item.setIcon(COL_PLATFORM, platform_icon(subject["platform"]))
            if target(finding, self.links) is not None:
                item.setForeground(COL_SUBJECT, QBrush(QColor("#2B64E3")))
                item.setFont(COL_SUBJECT, link_font)
                item.setToolTip(COL_SUBJECT, self.tr("点击打开"))
            item.setToolTip(COL_SUGGESTION, finding.suggestion)
            self.tree.addTopLevelItem(item)
        for column in (COL_SEVERITY, COL_RULE, COL_PLATFORM):  # English labels run longer than the set widths
            self.tree.setColumnWidth(column, max(self.tree.columnWidth(column), self.tree.sizeHintForColumn(column)))
        self.stack.setEmpty(not self.findings)
        self.apply_filter()

    def _cause_text(self, finding: Finding) -> str:
        """"开头太慢 · 把握大": the cause and how sure (a note that data is missing has no sureness)."""
        cause = qt_translate("diagnosis", CAUSE_LABELS.get(finding.cause, finding.cause))
        if finding.severity == "info":
            return cause
        return self.tr("{cause} · {confidence}").format(
            cause=cause,
            confidence=qt_translate("diagnosis", CONFIDENCE_LABELS.get(finding.confidence, finding.confidence)))

    def _confidence_tip(self, finding: Finding) -> str:
        return {"high": self.tr("把握大：两个独立的数据都指向这个原因，或是确切的计数"),
                "medium": self.tr("有一定把握：一个数据明显超出账号平时"),
                "low": self.tr("推测：数据不够，按排除法判断")}.get(finding.confidence, "")

    def _subject_text(self, finding: Finding) -> str:
        subject = finding.subject
        kinds = {"post": self.tr("内容"), "account": self.tr("账号"), "platform": self.tr("平台"),
                 "channel": self.tr("渠道"), "promotion": self.tr("投放"), "goal": self.tr("目标"),
                 "plan": self.tr("发布计划"), "campaign": self.tr("活动")}
        kind = kinds.get(subject["kind"], subject["kind"])
        platform = platform_name(subject["platform"]) if subject.get("platform") else ""
        title = platform if subject["kind"] == "platform" else subject.get("title") or platform  # 抖音 → Douyin
        return self.tr("{kind}：{title}").format(kind=kind, title=title) if title else kind

    def _fill_filters(self) -> None:
        for combo, everything, values in (
            (self.severity, self.tr("全部级别"),
             [(s, qt_translate("diagnosis", SEVERITY_LABELS[s])) for s in reversed(SEVERITIES)]),
            (self.rule, self.tr("全部规则"),
             [(r, qt_translate("diagnosis", RULE_LABELS.get(r, r)))
              for r in dict.fromkeys(f.rule for f in self.findings)]),
            (self.platform, self.tr("全部平台"),
             [(p, platform_name(p)) for p in sorted({f.subject["platform"] for f in self.findings
                                                     if f.subject.get("platform")})]),
        ):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything, None)
            for code, text in values:
                combo.addItem(text, code)
            combo.setCurrentIndex(max(combo.findData(current), 0) if current is not None else 0)
            combo.blockSignals(False)

    def apply_filter(self) -> None:
        """Hide the findings the three filters leave out; count the rest."""
        severity, rule, platform = self.severity.currentData(), self.rule.currentData(), self.platform.currentData()
        shown = 0
        for row in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(row)
            finding = self.findings[item.data(0, Qt.ItemDataRole.UserRole)]
            hide = ((severity is not None and finding.severity != severity)
                    or (rule is not None and finding.rule != rule)
                    or (platform is not None and finding.subject.get("platform") != platform))
            item.setHidden(hide)
            shown += not hide
        self.count.setText(self.tr("共 %n 条", "", shown))
        first = next((self.tree.topLevelItem(r) for r in range(self.tree.topLevelItemCount())
                      if not self.tree.topLevelItem(r).isHidden()), None)
        self.tree.setCurrentItem(first)
        self.show_detail(first)

    def visible_findings(self) -> list[Finding]:
        return [self.findings[self.tree.topLevelItem(r).data(0, Qt.ItemDataRole.UserRole)]
                for r in range(self.tree.topLevelItemCount()) if not self.tree.topLevelItem(r).isHidden()]

    def show_detail(self, item: QTreeWidgetItem | None) -> None:
        if item is None:
            self.detail.clear()
            return
        finding = self.findings[item.data(0, Qt.ItemDataRole.UserRole)]
        sureness = "" if finding.severity == "info" else "<span style='color:{}'>{}</span>".format(
            CONFIDENCE_COLORS.get(finding.confidence, "#6B7280"),
            self.tr("（%1）").replace("%1", self._confidence_tip(finding)))
        lines = [f"<p><b>{self._subject_text(finding)}</b></p>",
                 "<p><b>{}</b>{}{}</p>".format(self.tr("原因："), self._cause_text(finding), sureness),
                 f"<p>{finding.suggestion}</p>"]
        if finding.missing:
            lines.append("<p style='color:#B45309'>{}{}</p>".format(
                self.tr("补上这些数据就能判断原因："), self.tr("、").join(code_name(code) for code in finding.missing)))
        if target(finding, self.links) is not None:
            open_link = self.tr("打开")
            lines.append(f"<p><a href='open'>{open_link}</a></p>")
        evidence = "".join(f"<tr><td style='color:#6B7280;padding-right:12px'>{label}</td><td>{value}</td></tr>"
                           for label, value in evidence_lines(finding.evidence))
        if evidence:
            basis = self.tr("依据")
            lines.append(f"<p style='margin-bottom:2px'><b>{basis}</b></p><table>{evidence}</table>")
        self.detail.setHtml("".join(lines))

    def _clicked(self, item: QTreeWidgetItem, column: int) -> None:
        if column == COL_SUBJECT:
            self.open_item(item)

    def record_lesson(self) -> None:
        """A lesson from the selected finding (a problem → a failure to avoid, an opportunity → a
        success to repeat), linked to the finding's rule and subject."""
        from app.views.loop_notes import record_lesson

        item = self.tree.currentItem()
        if item is None:
            return
        finding = self.findings[item.data(0, Qt.ItemDataRole.UserRole)]
        subject = finding.subject
        subject_id = subject.get("id") if isinstance(subject.get("id"), int) else None
        record_lesson(self, self.ctx, ("finding", subject_id, finding.rule), title=finding.suggestion,
                      kind="success" if finding.severity == "suggestion" else "failure",
                      evidence=self._subject_text(finding), month=self.month.currentData(),
                      platform=subject.get("platform"), on_saved=lambda _id: self.ctx.signals.notify("lesson"))

    def open_current(self) -> None:
        item = self.tree.currentItem()
        if item is not None:
            self.open_item(item)

    def open_item(self, item: QTreeWidgetItem) -> None:
        """Open the subject of the finding in this row, when it has a page."""
        where = target(self.findings[item.data(0, Qt.ItemDataRole.UserRole)], self.links)
        if where is not None:
            self.openItem.emit(*where)


def _evidence_names() -> dict[str, str]:
    return {
        "snapshot_on": QCoreApplication.translate("FindingsPanel", "取数日期"),
        "age_days": QCoreApplication.translate("FindingsPanel", "发布后天数"),
        "published_at": QCoreApplication.translate("FindingsPanel", "发布时间"),
        "posts": QCoreApplication.translate("FindingsPanel", "篇数"),
        "missing": QCoreApplication.translate("FindingsPanel", "缺少的数据"),
        "share": QCoreApplication.translate("FindingsPanel", "占比"),
        "total": QCoreApplication.translate("FindingsPanel", "合计"),
        "day": QCoreApplication.translate("FindingsPanel", "日期"),
        "trailing_average": QCoreApplication.translate("FindingsPanel", "此前日均"),
        "trailing_days": QCoreApplication.translate("FindingsPanel", "对比天数"),
        "published": QCoreApplication.translate("FindingsPanel", "已发布"),
        "expected": QCoreApplication.translate("FindingsPanel", "应有"),
        "per_week": QCoreApplication.translate("FindingsPanel", "每周计划"),
        "target": QCoreApplication.translate("FindingsPanel", "目标"),
        "actual": QCoreApplication.translate("FindingsPanel", "实际"),
        "ratio": QCoreApplication.translate("FindingsPanel", "完成比例"),
        "month": QCoreApplication.translate("FindingsPanel", "月份"),
        "objective": QCoreApplication.translate("FindingsPanel", "投放目的"),
        "usual_cost_per_follower": QCoreApplication.translate("FindingsPanel", "平时单个粉丝成本"),
        "baseline_posts": QCoreApplication.translate("FindingsPanel", "可比篇数"),
        "needed": QCoreApplication.translate("FindingsPanel", "至少需要"),
        "metric": QCoreApplication.translate("FindingsPanel", "指标"),
        "finished": QCoreApplication.translate("FindingsPanel", "已结束"),
        "reason": QCoreApplication.translate("FindingsPanel", "原因"),
        "days": QCoreApplication.translate("FindingsPanel", "天数"),
        "spike_days": QCoreApplication.translate("FindingsPanel", "异常日期"),
        "min_age_days": QCoreApplication.translate("FindingsPanel", "至少天数"),
        "platforms": QCoreApplication.translate("FindingsPanel", "各平台"),
        "readers": QCoreApplication.translate("FindingsPanel", "阅读人数"),
        "format": QCoreApplication.translate("FindingsPanel", "形式"),
        "early_views": QCoreApplication.translate("FindingsPanel", "开头几天浏览量"),
        "early_age_days": QCoreApplication.translate("FindingsPanel", "开头几天"),
        "views_gained_after": QCoreApplication.translate("FindingsPanel", "之后增加的浏览量"),
        "break_even_roi": QCoreApplication.translate("FindingsPanel", "保本投入产出比"),
        "gross_margin": QCoreApplication.translate("FindingsPanel", "毛利率"),
        "baseline": QCoreApplication.translate("FindingsPanel", "平时的依据"),
        "tool": QCoreApplication.translate("FindingsPanel", "投放工具"),
        **{key: qt_translate("diagnosis", METRIC_WORDS[key]) for key in DERIVED_RATES},
    }


def code_name(code: str) -> str:
    """The operator's word for a metric or data code a finding names (指标, 缺少的数据): the
    metric dictionary first, then the goal metrics, never the code itself."""
    if code in METRICS:
        return qt_translate("metrics", METRICS[code].name)
    if code in labels("goal_metric"):
        return code_label("goal_metric", code)
    if code == "calendar.posting_plan":
        return QCoreApplication.translate("FindingsPanel", "发布计划")
    return code


def number(value: float, unit: Unit | None = None) -> str:
    """A number as the operator reads it: counts whole (an average of small counts to one
    decimal), money in yuan to the fen only when it has fen, rates in percent."""
    if unit == Unit.rate:
        return f"{value:.1%}"
    if unit == Unit.yuan:
        return f"¥{value:,.0f}" if float(value).is_integer() else f"¥{value:,.2f}"
    if float(value).is_integer() or abs(value) >= 100:
        return f"{value:,.0f}"
    return f"{value:,.1f}"


#: Rates a finding's evidence carries that the metric dictionary does not list (diagnosis derives them).
DERIVED_RATES = ("click_rate", "profile_rate", "conversions_per_click", "like_rate")
#: Evidence keys whose numbers are in the unit of the finding's own metric (a goal's target …).
_IN_METRIC_UNIT = {"target", "actual", "expected"}


def _value(key: str, value: Any, unit: Unit | None = None) -> str:
    base = key.removesuffix("_median").removeprefix("usual_")
    entry = METRICS.get(base)
    if isinstance(value, bool):
        return QCoreApplication.translate("FindingsPanel", "是") if value else QCoreApplication.translate(
            "FindingsPanel", "否")
    if isinstance(value, str) and key in {"metric", "missing"}:
        return code_name(value)
    if isinstance(value, str) and key == "objective":
        return code_label("promotion_objective", value)
    if isinstance(value, str) and key in {"format", "tool"}:
        return code_label("post_format" if key == "format" else "promotion_tool", value)
    if isinstance(value, str) and key == "baseline":
        return (QCoreApplication.translate("FindingsPanel", "同账号、同工具的其他投放") if value == "same_account_tool"
                else QCoreApplication.translate("FindingsPanel", "没有可比的投放（按上限）"))
    if isinstance(value, int | float):
        if base in {"roi", "break_even_roi"}:  # a multiple (成交 ÷ 花费), not a share
            return f"{value:.2f}"
        if key in {"share", "ratio", "gross_margin"} or base in DERIVED_RATES:
            return number(value, Unit.rate)
        return number(value, unit if key in _IN_METRIC_UNIT else entry.unit if entry is not None else None)
    if isinstance(value, dt.datetime):
        return f"{value:%Y-%m-%d %H:%M}"
    if isinstance(value, list):
        return (QCoreApplication.translate("FindingsPanel", "、").join(_value(key, v, unit) for v in value[:10])
                + ("…" if len(value) > 10 else ""))
    if isinstance(value, dict):
        return QCoreApplication.translate("FindingsPanel", "；").join(
            f"{platform_name(k)} {_value(key, v, unit)}" for k, v in value.items())
    return str(value)


def evidence_lines(evidence: dict[str, Any]) -> list[tuple[str, str]]:
    """The numbers a finding compared, as (label, value) in the operator's words; thresholds
    (`*_factor`, `*_ratio` settings) and the flag's code (the rule's name says it) are left out —
    the suggestion says what they mean. Post ids become a count of posts."""
    names = _evidence_names()
    metric = METRICS.get(str(evidence.get("metric")))
    unit = Unit.yuan if evidence.get("metric") == "revenue" else metric.unit if metric else Unit.count
    out = []
    for key, value in evidence.items():
        if value is None or key.endswith(("_factor", "_share")) or key in {"posting_plan_ratio", "goal_pace_ratio",
                                                                           "source", "channel_share", "reason"}:
            continue
        if key == "posts" and isinstance(value, list):
            value = len(value)
        base = key.removesuffix("_median")
        label = qt_translate("metrics", METRICS[base].name) if base in METRICS else names.get(base, base)
        if key != base:
            label += QCoreApplication.translate("FindingsPanel", "（账号中位数）")
        out.append((label, _value(key, value, unit)))
    return out
