"""设置 → 通用: appearance (theme) and the interface language."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QWidget,
)

from app.views.context import ViewContext
from app.views.language import LANGUAGES
from app.views.settings.page import SettingsPage, note_label
from app.views.theme import SETTING_KEY as THEME_KEY
from app.views.theme import THEMES, apply_theme


class GeneralPage(SettingsPage):
    key = "general"

    def __init__(self, ctx: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.language = QComboBox(self)
        self.language.setObjectName("languageBox")
        names = {"zh": "中文", "en": "English"}  # each language in its own words, never translated
        for code in LANGUAGES:
            self.language.addItem(names[code], code)
        self.theme = QComboBox(self)
        self.theme.setObjectName("themeBox")
        theme_names = {"system": self.tr("跟随系统"), "light": self.tr("浅色"), "dark": self.tr("深色")}
        for code in THEMES:
            self.theme.addItem(theme_names[code], code)
        self.form.addRow(self.tr("界面语言："), self.language)
        self.form.addRow(self.tr("外观："), self.theme)
        self.layout_.addLayout(self.form)
        self.layout_.addWidget(note_label(self.tr("外观马上生效；界面语言在下次打开 OpsDesk 时生效。")))
        self.layout_.addStretch(1)
        self._loaded: tuple[str, str] = ("zh", "system")

    def title(self) -> str:
        return self.tr("通用")

    def load(self) -> None:
        lang = self.ctx.store.setting("language", "zh")
        theme = self.ctx.store.setting(THEME_KEY, "system")
        self._loaded = (lang if lang in LANGUAGES else "zh", theme if theme in THEMES else "system")
        self.language.setCurrentIndex(max(0, self.language.findData(self._loaded[0])))
        self.theme.setCurrentIndex(max(0, self.theme.findData(self._loaded[1])))

    def save(self) -> set[str]:
        lang, theme = self.language.currentData(), self.theme.currentData()
        if (lang, theme) == self._loaded:
            return set()
        self.ctx.store.set_setting("language", lang)
        self.ctx.store.set_setting(THEME_KEY, theme)
        if theme != self._loaded[1]:
            app = QApplication.instance()
            if isinstance(app, QApplication):
                apply_theme(app, theme)
        self._loaded = (lang, theme)
        return {"setting"}
