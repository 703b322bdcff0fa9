"""The UI language: Chinese is the source; English loads `resources/i18n/opsdesk_en.qm`."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app.resources import resource_path

LANGUAGES = ("zh", "en")


#: Qt 6 labels of the file and print dialogs that the qtbase_zh_CN.qm shipped with PySide6 lacks
#: (its sources predate Qt 6's "&Look in:" and friends): (context, source) → Chinese.
QT_ZH_GAPS: dict[tuple[str, str], str] = {
    ("QFileDialog", "&Look in:"): "查找范围(&L)：",
    ("QFileDialog", "Files of &type:"): "文件类型(&T)：",
    ("QAbstractFileIconProvider", "Folder"): "文件夹",
    ("QAbstractFileIconProvider", "Drive"): "驱动器",
    ("QPrintSettingsOutput", "Page &Set:"): "页面范围(&S)：",
    ("QPageSetupWidget", "Page &order:"): "页面顺序(&O)：",
    ("QPageSetupWidget", "Pages &per sheet:"): "每张纸的页数(&P)：",
}


class QtGapTranslator(QTranslator):
    """Answers only QT_ZH_GAPS; installed before qtbase's, so Qt asks it last.

    Anything else gets None (a null string: "not mine, ask on") — an empty string would be taken
    as the translation and blank every other text.
    """

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str | None:
        return QT_ZH_GAPS.get((context, source))

    def isEmpty(self) -> bool:
        return False


def install_translators(app: QCoreApplication, lang: str) -> list[QTranslator]:
    """Install the translators for `lang` ("zh" or "en"); returns them (keep them alive).

    Qt's own strings (standard buttons, file and print dialogs) follow the same language, so a
    Chinese UI never shows "Cancel" on an English Windows: qtbase_zh_CN.qm from Qt's translations
    folder, and QtGapTranslator for the few Qt 6 labels that file lacks.
    """
    installed: list[QTranslator] = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_locale = QLocale(QLocale.Language.English if lang == "en" else QLocale.Language.Chinese,
                        QLocale.Country.UnitedStates if lang == "en" else QLocale.Country.China)
    QLocale.setDefault(qt_locale)
    if lang != "en":
        gaps = QtGapTranslator(app)
        app.installTranslator(gaps)
        installed.append(gaps)
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
