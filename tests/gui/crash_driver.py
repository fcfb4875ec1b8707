"""A real app process that opens a client, fills the wrap-up, waits until the draft is on disk, then says so and
waits to be killed. ``python -m tests.gui.crash_driver DB_URL OPERATOR``.
"""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path

import qasync
from PySide6.QtWidgets import QApplication

from callassist.domain import AttemptResult, ConversationResult
from ui.shell import Shell


async def fill_and_wait(db_url: str, operator: str) -> None:
    shell = Shell(db_url, operator, "ru", Path("crash-driver.log"))
    window = await shell.start()
    window.take_next()
    await shell.tasks.idle()
    window.form.set_attempt(AttemptResult.CONNECTED)
    window.form.set_conversation(ConversationResult.REFUSED)
    window.form.reason.setCurrentIndex(window.form.reason.findData("no_budget_now"))
    window.form.note.setPlainText("Бюджет на следующий год утвердят в январе")
    window.save_draft()
    await shell.tasks.idle()
    print(f"DRAFT-SAVED {window.call.client.id}", flush=True)  # type: ignore[union-attr]
    await asyncio.get_running_loop().create_future()  # until SIGKILL


def main() -> None:
    app = QApplication.instance() or QApplication(sys.argv)
    assert app is not None
    qasync.run(fill_and_wait(sys.argv[1], sys.argv[2]))


if __name__ == "__main__":
    main()
