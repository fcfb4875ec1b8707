"""Build-time assets for the PyInstaller recipe: the app icon rendered from its SVG, and the compiled translations.

Run by ``callassist.spec`` (and usable alone: ``python packaging/make_assets.py build/assets``). Nothing here is
committed: the SVG and the .ts files are the sources.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ICON_SVG = ROOT / "resources" / "icons" / "callassist.svg"
TRANSLATIONS = ROOT / "resources" / "translations"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)


def render_icons(out: Path) -> tuple[Path, Path]:
    """Render the SVG to ``callassist.png`` (256 px) and a multi-size ``callassist.ico`` (Windows needs one)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QGuiApplication, QIcon, QImageWriter

    _app = QGuiApplication.instance() or QGuiApplication([])
    icon = QIcon(str(ICON_SVG))
    if icon.isNull():
        raise SystemExit(f"cannot read the icon {ICON_SVG}")
    out.mkdir(parents=True, exist_ok=True)
    png = out / "callassist.png"
    if not icon.pixmap(QSize(256, 256)).save(str(png)):
        raise SystemExit(f"cannot write {png}")
    ico = out / "callassist.ico"
    writer = QImageWriter(str(ico), b"ico")
    # Qt's ICO writer takes one image per write; the largest is enough for the shell to scale from.
    if not writer.write(icon.pixmap(QSize(ICON_SIZES[-1], ICON_SIZES[-1])).toImage()):
        raise SystemExit(f"cannot write {ico}: {writer.errorString()}")
    return png, ico


def find_lrelease() -> Path:
    for name in ("pyside6-lrelease", "pyside6-lrelease.exe"):
        candidate = Path(sys.executable).parent / name
        if candidate.is_file():
            return candidate
    raise SystemExit("pyside6-lrelease was not found next to the Python interpreter")


def compile_translations(out: Path) -> list[Path]:
    """Compile every committed .ts to .qm in ``out`` (the app uses a shipped .qm when no .ts sits beside it)."""
    out.mkdir(parents=True, exist_ok=True)
    built = []
    for ts in sorted(TRANSLATIONS.glob("callassist_*.ts")):
        qm = out / f"{ts.stem}.qm"
        subprocess.run([str(find_lrelease()), "-silent", str(ts), "-qm", str(qm)], check=True)
        built.append(qm)
    return built


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "build" / "assets"
    print(*render_icons(target), *compile_translations(target / "translations"), sep="\n")
