"""The Simplified-Chinese fonts the printed sheets name explicitly (so no glyph falls back to boxes).

First choice is the font shipped in `resources/fonts/` (OpsDesk Sans SC: Noto Sans CJK SC cut to
Latin, punctuation and the 6,763 hanzi of GB 2312, OFL; see `scripts/make_cjk_font.py`). It is
preferred over an installed Noto Sans CJK because Qt's PDF writer maps each glyph back to the
lowest code point that uses it: with Noto Sans CJK, 一 人 月 小 目 … come out of the PDF's text as
Kangxi radicals (⼀ ⼈ ⽉ ⼩ ⽬), so searching or copying the PDF fails. Behind it, as fallbacks
for rarer characters, come the installed Microsoft YaHei (Windows), PingFang SC (macOS), Noto Sans
CJK SC / Source Han Sans SC, WenQuanYi (Linux). Without the shipped files and any of these, the
error says to install Noto Sans CJK (`fonts-noto-cjk`). Qt embeds the glyphs used into the PDF.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QFont, QFontDatabase

from app.i18n import QT_TRANSLATE_NOOP, UserError
from app.resources import resource_path

SYSTEM_FAMILIES: tuple[str, ...] = (
    "Microsoft YaHei",
    "微软雅黑",
    "PingFang SC",
    "Noto Sans CJK SC",
    "Noto Sans SC",
    "Source Han Sans SC",
    "思源黑体",
    "WenQuanYi Micro Hei",
    "WenQuanYi Zen Hei",
    "文泉驿微米黑",
    "文泉驿正黑",
)
FONT_SUFFIXES = (".otf", ".ttf", ".ttc")


class FontMissingError(UserError):
    pass


def _shipped_families() -> list[str]:
    folder = resource_path("fonts")
    found: list[str] = []
    for path in sorted(folder.iterdir()) if folder.is_dir() else []:
        if path.suffix.lower() in FONT_SUFFIXES:
            for family in QFontDatabase.applicationFontFamilies(QFontDatabase.addApplicationFont(str(path))):
                if family not in found:
                    found.append(family)
    return found


@cache
def cjk_families() -> tuple[str, ...]:
    """The families to print Chinese with, best first (needs a QGuiApplication)."""
    installed = set(QFontDatabase.families())
    families = _shipped_families() + [name for name in SYSTEM_FAMILIES if name in installed]
    if not families:
        raise FontMissingError(
            QT_TRANSLATE_NOOP(
                "errors",
                "找不到中文字体，打印出来会是方框。请安装微软雅黑、苹方或 Noto Sans CJK SC（Linux：sudo apt install "
                "fonts-noto-cjk），或把一个中文字体文件放进 {folder}。",
            ),
            folder=str(resource_path("fonts")),
        )
    return tuple(families)


def cjk_family() -> str:
    """The first choice of `cjk_families`."""
    return cjk_families()[0]


def cjk_font(pixel_size: float, bold: bool = False) -> QFont:
    """The Chinese font at a size in the painter's logical pixels (1/96 inch on the sheet)."""
    font = QFont()
    font.setFamilies(list(cjk_families()))
    font.setPixelSize(max(1, round(pixel_size)))
    font.setBold(bold)
    # The CJK fonts' localised forms swap the digits of a Latin run (an English sheet) for glyphs
    # no character maps to, so the PDF's text lost every number there ("Period - - to").
    font.setFeature(QFont.Tag("locl"), 0)
    return font


def css_families() -> str:
    """The families as a CSS font-family list."""
    return ", ".join(f"'{name}'" for name in cjk_families())
