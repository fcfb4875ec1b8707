"""Screenshots of the issue-14 screens (``--view client`` and ``--view search``), for the README and translators."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

from ui.operator_window import OperatorWindow

# What an operator would type in the find field, in the window's language.
QUERIES = {"ru": "Иванов", "en": "Smith"}


async def render_client_view(window: OperatorWindow, view: str, language: str, path: Path) -> None:
    """Take the next client and show its editor (``client``), or find clients by a name (``search``); save a PNG."""
    tools = window.clients
    screen: QWidget
    if view == "client":
        await window.preview_next()  # the first client of the queue, read-only: a screenshot takes no lease
        tools.edit_card()
        assert tools.editor is not None
        screen = tools.editor
        await tools.editor.refresh_hours()
    else:
        tools.open_search()
        assert tools.search is not None
        tools.search.field.setText(QUERIES.get(language, QUERIES["en"]))
        tools.search.search_now()
        screen = tools.search
    await window.tasks.idle()
    if view == "client":
        screen.adjustSize()
    QApplication.processEvents()
    if not screen.grab().save(str(path)):
        raise OSError(f"could not write the screenshot to {path}")
