"""Build the Simplified-Chinese print font shipped in resources/fonts/ (a subset of Noto Sans CJK SC, OFL).

Why: Qt's PDF writer maps each glyph back to the lowest code point that uses it, and Noto Sans
CJK maps the Kangxi radicals (U+2F00…) to the same glyphs as 一 人 月 小 目 …, so text copied or
extracted from the PDF came out as radicals ("⼩美研究所"). This subset leaves the radical code
points out of its cmap, so every glyph maps back to the ordinary character. It holds ASCII,
Latin-1, punctuation, symbols, full-width forms and the 6,763 hanzi of GB 2312; rarer characters
fall back to the system's Chinese font.

Run (needs the Noto CJK .ttc files, e.g. Debian's fonts-noto-cjk):
    uv run --no-project --with fonttools python scripts/make_cjk_font.py [SOURCE_DIR]
"""

from __future__ import annotations

import sys
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTFont

FAMILY = "OpsDesk Sans SC"
SC_INDEX = 2  # Noto Sans CJK JP, KR, SC, TC, HK … in the .ttc
RANGES = [(0x20, 0x7E), (0xA0, 0xFF), (0x2010, 0x206F), (0x2100, 0x215F), (0x2190, 0x21FF), (0x2200, 0x22FF),
          (0x2460, 0x24FF), (0x2500, 0x257F), (0x25A0, 0x25FF), (0x2605, 0x2606), (0x3000, 0x303F),
          (0x3040, 0x30FF), (0xFF01, 0xFF5E), (0xFFE0, 0xFFE6)]


def unicodes() -> list[int]:
    points = {cp for lo, hi in RANGES for cp in range(lo, hi + 1)}
    for hi in range(0xB0, 0xF8):
        for lo in range(0xA1, 0xFF):
            try:
                points.update(ord(ch) for ch in bytes([hi, lo]).decode("gb2312"))
            except UnicodeDecodeError:
                continue
    return sorted(points)


def build(source: Path, out: Path, style: str) -> None:
    font = TTFont(source, fontNumber=SC_INDEX)
    options = subset.Options()
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.hinting = False
    options.layout_features = ["kern", "palt", "vert", "vrt2", "locl"]
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=unicodes())
    subsetter.subset(font)
    postscript = f"{FAMILY.replace(' ', '')}-{style}"
    names = {1: FAMILY, 2: style, 3: f"OpsDesk:{postscript}", 4: f"{FAMILY} {style}", 6: postscript,
             16: FAMILY, 17: style}
    name_table = font["name"]
    name_table.names = [n for n in name_table.names if n.nameID not in names]
    for name_id, value in names.items():
        name_table.setName(value, name_id, 3, 1, 0x409)
        name_table.setName(value, name_id, 1, 0, 0)
    if "CFF " in font:
        cff = font["CFF "].cff
        cff.fontNames = [postscript]
    font.save(out)
    print(out, out.stat().st_size // 1024, "KB")


def main() -> None:
    source = Path(sys.argv[1] if len(sys.argv) > 1 else "/usr/share/fonts/opentype/noto")
    target = Path(__file__).resolve().parent.parent / "resources" / "fonts"
    target.mkdir(parents=True, exist_ok=True)
    build(source / "NotoSansCJK-Regular.ttc", target / "OpsDeskSansSC-Regular.otf", "Regular")
    build(source / "NotoSansCJK-Bold.ttc", target / "OpsDeskSansSC-Bold.otf", "Bold")


if __name__ == "__main__":
    main()
