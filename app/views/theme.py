"""Light and dark look: the Fusion style, a matching palette and the style sheet of `resources/style/`.

The operator picks 跟随系统 / 浅色 / 深色 in 设置 → 通用 (setting `theme`); `apply_theme()` switches
at once. Widgets that paint their own colours ask `is_dark()` (or read the palette) so charts and
calendar chips stay readable in both.
"""

from __future__ import annotations

from PySide6.QtCore import QDir, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from app.resources import resource_path

#: Values of the setting `theme`.
THEMES = ("system", "light", "dark")
SETTING_KEY = "theme"
_SHEETS = {"light": "opsdesk.qss", "dark": "opsdesk-dark.qss"}


def effective_theme(choice: str | None) -> str:
    """"light" or "dark": the choice itself, or what the system uses when it is "system"."""
    if choice in ("light", "dark"):
        return choice
    app = QGuiApplication.instance()
    if app is not None and QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark:
        return "dark"
    return "light"


def dark_palette() -> QPalette:
    """The dark palette, in the colours of `opsdesk-dark.qss`."""
    palette = QPalette()
    colours = {
        QPalette.ColorRole.Window: "#1E1F22", QPalette.ColorRole.WindowText: "#E6E8EB",
        QPalette.ColorRole.Base: "#2B2D31", QPalette.ColorRole.AlternateBase: "#303238",
        QPalette.ColorRole.Text: "#E6E8EB", QPalette.ColorRole.Button: "#2B2D31",
        QPalette.ColorRole.ButtonText: "#E6E8EB", QPalette.ColorRole.Highlight: "#34466E",
        QPalette.ColorRole.HighlightedText: "#FFFFFF", QPalette.ColorRole.ToolTipBase: "#2B2D31",
        QPalette.ColorRole.ToolTipText: "#E6E8EB", QPalette.ColorRole.PlaceholderText: "#8A9099",
        QPalette.ColorRole.Link: "#7FA8FF", QPalette.ColorRole.LinkVisited: "#B59CFF",
        QPalette.ColorRole.BrightText: "#FF6B6B", QPalette.ColorRole.Light: "#3A3D44",
        QPalette.ColorRole.Midlight: "#33353B", QPalette.ColorRole.Mid: "#45484F",
        QPalette.ColorRole.Dark: "#17181A", QPalette.ColorRole.Shadow: "#000000",
    }
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText, QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#6B7079"))
    return palette


def light_palette() -> QPalette:
    """Fusion's light palette with the style sheet's accent and link colours."""
    palette = QApplication.style().standardPalette()
    palette.setColor(QPalette.ColorRole.Highlight, QColor("#DCE7FF"))
    palette.setColor(QPalette.ColorRole.HighlightedText, QColor("#1F2329"))
    palette.setColor(QPalette.ColorRole.Link, QColor("#2B64E3"))
    return palette


def style_sheet(theme: str) -> str:
    """The theme's style sheet; its `url(style:…)` images are found in `resources/style/`."""
    QDir.setSearchPaths("style", [str(resource_path("style"))])
    return resource_path("style", _SHEETS[theme]).read_text(encoding="utf-8")


def apply_theme(app: QApplication, choice: str | None) -> str:
    """Switch the whole app to the chosen theme now; returns "light" or "dark".

    With "system" the app follows the system when it switches between light and dark later.
    """
    theme = effective_theme(choice)
    if app.property("opsdeskTheme") != theme or app.property("opsdeskThemeChoice") is None:
        app.setStyle("Fusion")
        app.setPalette(dark_palette() if theme == "dark" else light_palette())
        app.setStyleSheet(style_sheet(theme))
        app.setProperty("opsdeskTheme", theme)
    if app.property("opsdeskThemeChoice") is None:  # the first call: listen to the system once
        QGuiApplication.styleHints().colorSchemeChanged.connect(lambda _scheme: _system_changed(app))
    app.setProperty("opsdeskThemeChoice", choice if choice in THEMES else "system")
    return theme


def _system_changed(app: QApplication) -> None:
    if app.property("opsdeskThemeChoice") == "system":
        apply_theme(app, "system")


def is_dark() -> bool:
    """True when the dark theme is on (for widgets that paint their own colours)."""
    app = QApplication.instance()
    return bool(app is not None and app.property("opsdeskTheme") == "dark")
