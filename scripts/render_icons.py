"""Render the app icon set from its one source, `resources/icons/app/opsdesk.svg`.

Writes `opsdesk-<size>.png` for every size desktops ask for (Linux hicolor theme, window icons),
`opsdesk.ico` (Windows executable and shortcut) and `opsdesk.icns` (macOS .app bundle). The
outputs are committed, so packaging needs neither Qt rendering nor Pillow; run this again after
editing the SVG:

    uv run python scripts/render_icons.py
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ICON_DIR = ROOT / "resources" / "icons" / "app"
SVG = ICON_DIR / "opsdesk.svg"
PNG_SIZES = (16, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_SIZES = (32, 64, 128, 256, 512, 1024)


def render_png(size: int) -> bytes:
    """The SVG drawn by Qt at `size`×`size` pixels, as PNG bytes with a transparent background."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"{SVG} is not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PIL import Image
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    rendered = {size: render_png(size) for size in sorted(set(PNG_SIZES + ICO_SIZES + ICNS_SIZES))}
    for size in PNG_SIZES:
        (ICON_DIR / f"opsdesk-{size}.png").write_bytes(rendered[size])
    images = {size: Image.open(io.BytesIO(png)) for size, png in rendered.items()}
    largest_ico = images[max(ICO_SIZES)]
    largest_ico.save(ICON_DIR / "opsdesk.ico", sizes=[(s, s) for s in ICO_SIZES],
                     append_images=[images[s] for s in ICO_SIZES])
    images[max(ICNS_SIZES)].save(ICON_DIR / "opsdesk.icns", append_images=[images[s] for s in ICNS_SIZES])
    print(f"wrote {len(PNG_SIZES)} PNGs, opsdesk.ico and opsdesk.icns to {ICON_DIR.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
