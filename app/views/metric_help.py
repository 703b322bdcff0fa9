"""指标说明: the metric dictionary (口径) as tooltips and as a help page, per platform.

Each platform counts differently, so wherever the app shows a number it can say what that number
means: `metric_tip(key, platform)` is the tooltip text, `MetricHelpDialog` lists every metric of
`app.services.metrics.METRICS` with its general definition and each platform's own 口径.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.models import PLATFORM_NAMES
from app.services.metrics import METRICS, UNIT_LABELS, describe
from app.views.table_models import platform_name


def qt_translate(context: str, text: str) -> str:
    """The `Translate` callable Qt-free services take, backed by the app's translators."""
    return QCoreApplication.translate(context, text)


def metric_tip(key: str, platform: str | None = None) -> str:
    """Tooltip text of a metric: name, unit and its 口径 (on `platform` when given)."""
    return describe(key, platform, qt_translate)


def metric_name(key: str) -> str:
    return qt_translate("metrics", METRICS[key].name)


class MetricHelpDialog(QDialog):
    """Every metric with its definition in general and on each platform; filter by platform or word."""

    def __init__(self, parent: QWidget | None = None, platform: str | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("metricHelp")
        self.setWindowTitle(self.tr("指标说明（口径）"))
        self.resize(760, 640)
        intro = QLabel(self.tr("各平台后台的统计方法不一样。运营台里的每个数字都按下面的口径计算；"
                               "缺了某一项时结果留空，不做部分相加。"), self)
        intro.setWordWrap(True)
        self.platform = QComboBox(self)
        self.platform.addItem(self.tr("全部平台"), None)
        for code in PLATFORM_NAMES:
            self.platform.addItem(platform_name(code), str(code))
        if platform:
            self.platform.setCurrentIndex(max(self.platform.findData(platform), 0))
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("搜索指标…"))
        self.search.setClearButtonEnabled(True)
        self.browser = QTextBrowser(self)
        self.browser.setOpenLinks(False)
        buttons = QDialogButtonBox(self)
        buttons.addButton(self.tr("关闭"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.rejected.connect(self.reject)
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("平台"), self))
        filters.addWidget(self.platform)
        filters.addWidget(self.search, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(filters)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        self.platform.currentIndexChanged.connect(self.render)
        self.search.textChanged.connect(self.render)
        self.shown_keys: list[str] = []
        self.render()

    def render(self) -> None:
        """Write the list for the chosen platform and search words."""
        code = self.platform.currentData()
        words = self.search.text().strip().lower()
        parts, self.shown_keys = [], []
        for key, entry in METRICS.items():
            name = qt_translate("metrics", entry.name)
            unit = qt_translate("metrics", UNIT_LABELS[entry.unit])
            general = qt_translate("metrics", entry.definition)
            if words and words not in f"{name} {key} {general}".lower():
                continue
            self.shown_keys.append(key)
            lines = [f"<h3 style='margin-bottom:2px'>{escape(name)} <span style='color:#8A8F98;"
                     f"font-weight:normal'>（{escape(unit)} · {escape(key)}）</span></h3>"]
            if code:
                lines.append(f"<p style='margin-top:0'>{escape(qt_translate('metrics', entry.definition_for(code)))}</p>")
            else:
                lines.append(f"<p style='margin-top:0'>{escape(general)}</p>")
                if entry.per_platform:
                    items = "".join(f"<li>{escape(qt_translate('metrics', text))}</li>"
                                    for text in entry.per_platform.values())
                    lines.append(f"<ul style='margin-top:0'>{items}</ul>")
            parts.append("".join(lines))
        if not parts:
            not_found = escape(self.tr("没有找到这个指标。"))
            parts.append(f"<p>{not_found}</p>")
        self.browser.setHtml("".join(parts))
