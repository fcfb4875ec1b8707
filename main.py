"""Start CallAssist: ``python main.py [--db URL] [COMMAND ...]`` (PRODUCT.md section 5, ``--help`` for more).

The command line lives in ``callassist.cli``; the app path is launched from here so that the core package never
imports Qt, and Qt is imported only when the app actually starts (the commands run without a display).
"""

import sys
from pathlib import Path

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
