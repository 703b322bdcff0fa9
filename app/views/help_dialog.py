"""Help (F1): the monthly loop 计划 → 生产 → 分发 → 复盘, where each step lives, and the shortcuts.

Links in the text (`tab:<objectName>`) switch the main window to that tab and close the help, so
the page doubles as a map of the app for a new user.
"""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout

from app.views.main_window import TAB_SPECS
from app.views.shortcuts import GENERAL_KEYS, SHORTCUTS, native_keys, shortcut_text

if TYPE_CHECKING:
    from app.views.main_window import MainWindow


class HelpDialog(QDialog):
    """The help page; `show_shortcuts()` scrolls to the shortcut list."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window_ = window
        self.setObjectName("helpDialog")
        self.setWindowTitle(self.tr("使用帮助"))
        self.resize(760, 640)
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("helpText")
        self.browser.setOpenLinks(False)
        self.browser.anchorClicked.connect(self._link)
        self.browser.setHtml(self.page_html())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)

    def _tab(self, name: str) -> str:
        """A link to a tab by its object name, with the tab's title as the text."""
        title = self.window_.tabs.tabText(next(i for i in range(self.window_.tabs.count())
                                               if self.window_.tabs.widget(i).objectName() == name))
        return f'<a href="tab:{name}">{escape(title)}</a>'

    def page_html(self) -> str:
        t = self._tab
        steps = [
            (self.tr("1. 计划（月初）"),
             self.tr("在{calendar}里用「目标…」定本月 KPI、用「发布计划…」定每个平台每周发几篇，用「热点日历…」看本月节点；"
                     "在{topics}的「本月计划」里排 10–15 个选题，按时效性、价值度、转化力打分排优先级；"
                     "在{community}的「反馈与需求」里把用户提的需求转成选题；竞品在{campaigns}的「竞品」页。")
             .format(calendar=t("calendarTab"), topics=t("topicsTab"), community=t("communityTab"),
                     campaigns=t("campaignsTab"))),
            (self.tr("2. 生产（每周）"),
             self.tr("在{topics}里选中选题，一键拆成各平台草稿；在{drafts}里按平台写：公众号长文、抖音脚本、小红书笔记，"
                     "边写边检查字数、违禁词和标签；草稿走 撰写 → 内审 → 小范围测试 → 修改 → 排期。")
             .format(topics=t("topicsTab"), drafts=t("draftsTab"))),
            (self.tr("3. 分发（每天）"),
             self.tr("在{calendar}里拖动安排发布时间，对照发布计划看哪天空着；活动、投放和合作在{campaigns}；"
                     "用户、社群和分层运营在{community}；舆情提醒在「工具 → 品牌与舆情」。每周把各平台后台导出的表格"
                     "拖进窗口（或 Ctrl+I）导入数据。")
             .format(calendar=t("calendarTab"), campaigns=t("campaignsTab"), community=t("communityTab"))),
            (self.tr("4. 复盘（月底）"),
             self.tr("在{charts}里看涨粉、内容表现、最佳发布时间和「诊断」给出的建议；在{review}里看月度复盘表，"
                     "写下亮点、问题和下月改进，Ctrl+P 打印或导出 PDF；好的做法和教训记进「运营手册」，下个月计划时再看。")
             .format(charts=t("chartsTab"), review=t("reviewTab"))),
        ]
        loop = escape(self.tr("每个月的工作流程：计划 → 生产 → 分发 → 复盘"))
        click = escape(self.tr("点蓝色的页面名可以直接过去。"))
        parts = [f"<h2>{loop}</h2>", f"<p>{click}</p>"]
        for title, body in steps:
            parts.append(f"<h3>{escape(title)}</h3><p>{body}</p>")
        where = escape(self.tr("数据放在哪里"))
        parts.append(f"<h3>{where}</h3><p>"
                     + escape(self.tr("所有数据只存在这台电脑的数据文件夹里，每天自动备份一次。文件夹的位置、备份份数和从备份恢复都在"
                                      "「文件 → 设置… → 数据与备份」。")) + "</p>")
        keys_title = escape(self.tr("快捷键"))
        parts.append(f'<h2><a name="shortcuts"></a>{keys_title}</h2>')
        titles = [self.window_.tabs.tabText(i) for i in range(self.window_.tabs.count())]
        rows = [(native_keys(s), shortcut_text(s, titles)) for s in SHORTCUTS]
        rows += [(keys, QCoreApplication.translate("Shortcuts", text)) for keys, text in GENERAL_KEYS]
        parts.append('<table cellspacing="0" cellpadding="4">' + "".join(
            f"<tr><td><b>{escape(keys)}</b></td><td>{escape(text)}</td></tr>" for keys, text in rows) + "</table>")
        return "".join(parts)

    def show_shortcuts(self) -> None:
        self.browser.scrollToAnchor("shortcuts")

    def _link(self, url: QUrl) -> None:
        if url.scheme() == "tab" and any(spec[2] == url.path() for spec in TAB_SPECS):
            self.window_.tabs.setCurrentWidget(self.window_.tab(url.path()))
            self.accept()
