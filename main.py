"""Start CallAssist: ``python main.py [--db URL] [COMMAND ...]`` (PRODUCT.md section 5, ``--help`` for more).

The command line lives in ``callassist.cli``; the app path is launched from here so that the core package never
imports Qt, and Qt is imported only when the app actually starts (the commands run without a display).
"""

import sys
from pathlib import Path

if __name__ == "__main__" and sys.argv[1:2] == ["call-event"]:
    # A softphone's hook runs this on every call event: answer before the database's imports (issue 18).
    from callassist.softphone.call_event import main as call_event

    sys.exit(call_event(sys.argv[2:]))

import callassist.cli


def launch_app(
    *,
    db_url: str,
    operator: str,
    screenshot: Path | None,
    view: str,
    language: str | None,
    size: tuple[int, int] | None = None,
) -> int:
    from ui.app import run_app

    return run_app(db_url=db_url, operator=operator, screenshot=screenshot, view=view, language=language, size=size)


if __name__ == "__main__":
    sys.exit(callassist.cli.main(launch_app=launch_app))
