"""Build the application: Qt, translations, the qasync loop, the database, and the operator window."""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from callassist import credentials
from callassist.errors import CallAssistError
from callassist.paths import log_dir

if TYPE_CHECKING:
    from ui.shell import Shell
    from ui.startup_failure import Prompts

log = logging.getLogger("callassist")
VIEWS = ("queue", "call", "palette", "dashboard", "import", "settings")


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
    db_url: str,
    operator: str,
    screenshot: Path | None = None,
    view: str = "queue",
    language: str | None = None,
    size: tuple[int, int] | None = None,
    prompts: Prompts | None = None,
) -> int:
    """Start the GUI (or render one screen to ``screenshot`` and exit). Returns the exit status.

    Never a silent exit: an unexpected error before the window exists is logged and named on stderr with the log's
    path (the GUI launcher may have no console, so the log holds the details), and the status is 1.
    """
    try:
        log_file = setup_logging()
    except OSError as error:
        print(f"callassist: cannot write the log in {log_dir()}: {error}", file=sys.stderr)
        return 1
    try:
        return _run(db_url, operator, screenshot, view, language, log_file, size, prompts)
    except CallAssistError:
        raise  # the command line reports these in its own words and exit statuses
    except Exception as error:
        log.exception("CallAssist could not start")
        print(f"callassist: could not start ({type(error).__name__}: {error}); details in {log_file}", file=sys.stderr)
        return 1


def _run(
    db_url: str,
    operator: str,
    screenshot: Path | None,
    view: str,
    language: str | None,
    log_file: Path,
    size: tuple[int, int] | None,
    prompts: Prompts | None,
) -> int:
    if screenshot is not None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import qasync
    from PySide6.QtWidgets import QApplication

    from ui import window_state

    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("CallAssist")
    app.setOrganizationName("CallAssist")
    db_url, operator, language = window_state.startup_choices(db_url, operator, language)
    db_url = credentials.connectable(db_url)  # a password kept in the OS keyring; never one from a file
    window_state.apply_appearance(app, window_state.load_workstation().appearance)
    window_state.set_app_icon(app)
    from ui.i18n import install_translations

    lang = install_translations(app, language)
    from ui.startup_failure import Prompts

    prompts = prompts or Prompts()
    return int(qasync.run(_main(app, db_url, operator, lang, screenshot, view, log_file, prompts, size)))


async def _main(
    app: object,
    db_url: str,
    operator: str,
    language: str,
    screenshot: Path | None,
    view: str,
    log_file: Path,
    prompts: Prompts,
    size: tuple[int, int] | None = None,
) -> int:
    from PySide6.QtWidgets import QApplication

    from ui.starting import show_starting

    # Painted before the database layer and the operator window are even imported: the app answers at once.
    starting = show_starting(app) if screenshot is None and isinstance(app, QApplication) else None
    from ui import window_state
    from ui.shell import SCREENSHOT_SIZE, Shell

    # A screenshot renders from a read-only view of the database: it never changes the data it shows.
    rendering = screenshot is not None
    shell = Shell(db_url, operator, language, log_file, not rendering, rendering, size or SCREENSHOT_SIZE)
    sys.excepthook = lambda _type, error, _tb: shell.errors(error)  # a bug in a slot: logged, shown with the log path
    try:
        await start_or_explain(shell, screenshot is None, language, log_file, prompts)
        if screenshot is not None:
            await shell.render(view, screenshot)
            return 0
        assert shell.window is not None
        window_state.restore_window(shell.window)
        await shell.closed()
        window_state.save_window(shell.window)
        return 0
    finally:
        sys.excepthook = sys.__excepthook__
        if starting is not None:
            starting.dismiss()  # start-up failed before another window showed
        shell.stop()


async def start_or_explain(shell: Shell, interactive: bool, language: str, log_file: Path, prompts: Prompts) -> None:
    """Start ``shell``; when it cannot start and a person is watching, a dialog says why and where the log is
    before the error goes on to the command line (which says it again on stderr and sets the exit status)."""
    try:
        await shell.start()
    except Exception as error:
        if interactive:
            from ui.startup_failure import explain

            await explain(error, language, log_file, prompts)
        raise


def console_main() -> None:
    """The ``callassist`` console script: the same as ``python main.py``."""
    from callassist.cli import main

    sys.exit(main(launch_app=run_app))
