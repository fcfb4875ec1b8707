"""Refresh the committed .ts files from every ``tr()`` string in ui/, keeping existing translations.

Run after adding or changing visible text: ``.venv/bin/python tools/update_translations.py``. New strings appear as
unfinished entries; fill them in (Qt Linguist or by hand) before committing, or tests/unit/test_translations.py fails.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UI = ROOT / "ui"
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("ru", "en")


def find_tool(name: str) -> Path | None:
    """Find a PySide6 tool (``pyside6-lupdate``, ``pyside6-lrelease``): next to the interpreter, then on PATH."""
    for folder in (Path(sys.executable).parent,):
        for candidate in (folder / name, folder / f"{name}.exe"):
            if candidate.is_file():
                return candidate
    found = shutil.which(name)
    return Path(found) if found else None


def ui_sources() -> list[Path]:
    """Every Python file of the UI, sorted so the .ts files come out the same on every machine."""
    return sorted(UI.rglob("*.py"))


def run_lupdate(targets: list[Path], extra: tuple[str, ...] = ()) -> None:
    """Run lupdate over the UI sources into ``targets`` (created or merged)."""
    lupdate = find_tool("pyside6-lupdate")
    if lupdate is None:
        raise SystemExit("pyside6-lupdate was not found next to the Python interpreter nor on PATH")
    # ui/labels.py calls QCoreApplication.translate through the short alias ``_t``.
    command = [str(lupdate), "-tr-function-alias", "translate+=_t", *extra, *map(str, ui_sources())]
    command += ["-ts", *map(str, targets)]
    subprocess.run(command, check=True, cwd=ROOT, capture_output=True, text=True)


def main() -> int:
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES:
        target = TRANSLATIONS / f"callassist_{language}.ts"
        run_lupdate([target], ("-locations", "none", "-no-obsolete", "-target-language", language))
        print(f"updated {target.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
