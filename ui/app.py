"""Build the application: Qt, translations, the qasync loop, the database, and the operator window."""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

from callassist.paths import log_dir

log = logging.getLogger("callassist")
VIEWS = ("queue", "call", "dashboard", "import", "settings")


def setup_logging() -> Path:
    log_file = log_dir() / "callassist.log"
    handler = logging.FileHandler(log_file, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    if not any(isinstance(h, logging.FileHandler) for h in root.handlers):
        root.addHandler(handler)
    root.setLevel(logging.INFO)
    return log_file


def run_app(
    db_url: str, operator: str, screenshot: Path | None = None, view: str = "queue", language: str | None = None
) -> int:
    """Start the GUI (or render one screen to ``screenshot`` and exit). Returns the exit status."""
    if screenshot is not None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import qasync
    from PySide6.QtWidgets import QApplication

    log_file = setup_logging()
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("CallAssist")
    app.setOrganizationName("CallAssist")
    app.setStyle("Fusion")
    from ui.i18n import install_translations

    lang = install_translations(app, language)
    return int(qasync.run(_main(app, db_url, operator, lang, screenshot, view, log_file)))


async def _main(
    app: object, db_url: str, operator: str, language: str, screenshot: Path | None, view: str, log_file: Path
) -> int:
    from ui.shell import Shell

    shell = Shell(db_url, operator, language, log_file)
    try:
        await shell.start()
        if screenshot is not None:
            await shell.render(view, screenshot)
            return 0
        await shell.closed()
        return 0
    finally:
        shell.stop()


def console_main() -> None:
    """The ``callassist`` console script: the same as ``python main.py``."""
    from callassist.cli import main

    sys.exit(main(launch_app=run_app))
