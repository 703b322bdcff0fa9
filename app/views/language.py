"""The UI language: Chinese is the source; English loads `resources/i18n/opsdesk_en.qm`."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app.resources import resource_path

LANGUAGES = ("zh", "en")


def install_translators(app: QCoreApplication, lang: str) -> list[QTranslator]:
    """Install the translators for `lang` ("zh" or "en"); returns them (keep them alive).

    Qt's own strings (standard buttons, file dialogs) follow the same language, so a Chinese UI
    never shows "Cancel" on an English Windows.
    """
    installed: list[QTranslator] = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_locale = QLocale(QLocale.Language.English if lang == "en" else QLocale.Language.Chinese,
                        QLocale.Country.UnitedStates if lang == "en" else QLocale.Country.China)
    QLocale.setDefault(qt_locale)
    qt = QTranslator(app)
    if qt.load(qt_locale, "qtbase", "_", qt_dir):
        app.installTranslator(qt)
        installed.append(qt)
    if lang == "en":
        own = QTranslator(app)
        if own.load(str(resource_path("i18n", "opsdesk_en.qm"))):
            app.installTranslator(own)
            installed.append(own)
    return installed


def remove_translators(app: QCoreApplication, translators: list[QTranslator]) -> None:
    for translator in translators:
        app.removeTranslator(translator)


def year_suffix() -> str:
    """The suffix of a year spin box: " 年" in the Chinese UI, none in English (a bare 2026 reads right).

    It follows the default locale that `install_translators` sets; a translation cannot be empty.
    """
    return " 年" if QLocale().language() == QLocale.Language.Chinese else ""
