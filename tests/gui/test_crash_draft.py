"""Rule 10: an unsaved wrap-up survives a crash. A real app process is killed with SIGKILL mid-wrap-up."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import pytest

from callassist.storage.engine import Database
from tests.factories import count_calls, make_client
from tests.gui.conftest import OPERATOR
from ui.shell import Shell

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_rule_10_killed_mid_wrap_up_restores_the_draft(
    loop: asyncio.AbstractEventLoop,
    seeded: Database,
    shells: Callable[..., Shell],
    fixed_now: Callable[[str], datetime],
) -> None:
    now = fixed_now("2026-11-23T10:00:00+03:00")
    client_id = make_client(seeded, now, "Громов Илья Сергеевич", first_name="Илья", patronymic="Сергеевич")
    make_client(seeded, now, "Другой Клиент")
    url = seeded.engine.url.render_as_string(hide_password=False)
    with subprocess.Popen(
        [sys.executable, "-m", "tests.gui.crash_driver", url, OPERATOR],
        cwd=ROOT,
        env=dict(os.environ),
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    ) as driver:
        assert driver.stdout is not None
        lines = []
        try:
            for line in driver.stdout:  # blocks until the draft is on disk, or the driver dies
                lines.append(line)
                if line.startswith("DRAFT-SAVED"):
                    break
        finally:
            driver.send_signal(signal.SIGKILL)
            driver.wait(timeout=30)
    assert lines and lines[-1].startswith("DRAFT-SAVED"), "".join(lines)
    assert int(lines[-1].split()[1]) == client_id
    assert driver.returncode == -signal.SIGKILL
    assert count_calls(seeded) == 0  # nothing was confirmed

    shell = shells(url)
    window = shell.window
    assert window is not None and window.call is not None
    assert window.call.client.id == client_id
    values = window.form.entry()
    assert (values.conversation_result, values.refusal_reason) == ("refused", "no_budget_now")
    assert values.note == "Бюджет на следующий год утвердят в январе"
    assert window.call.entry == values  # the session holds what the form shows
    assert not window.queue_panel.next_button.isEnabled()
