"""``main.py call-event ringing|answered|ended --number E164 [--cause TEXT]``: a softphone's hook reaches the app.

It needs no database: it hands the event to the app running on this workstation for this user (``hook.py``) and
exits 0, or exits 2 with one line when no app is listening.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from typing import Any, NoReturn

from callassist.errors import UserInputError
from callassist.messages import language_from_environment, render
from callassist.softphone import hook

EXIT_OK, EXIT_USAGE = 0, 2


def add_parser(commands: Any) -> None:
    """Add ``call-event`` to the command line's subcommands (an ``argparse`` subparsers action)."""
    event = commands.add_parser("call-event", help="hand a softphone's call event to the running app")
    event.add_argument("state", choices=hook.STATES)
    event.add_argument("--number", required=True, metavar="E164", help="the number the call is with")
    event.add_argument("--cause", default="", metavar="TEXT", help="why the call ended (a SIP status or text)")


class _Parser(argparse.ArgumentParser):
    """A usage error is one short line and exit status 2, as everywhere on the command line."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"{self.prog}: error: {' '.join(message.split())} (see --help)\n")


def main(argv: Sequence[str]) -> int:
    """``main.py call-event …`` without the database's imports: a softphone runs it on every call event, so it
    starts in a fraction of the full command line's time. Same arguments, same exit statuses."""
    parser = _Parser(prog="callassist")
    add_parser(parser.add_subparsers(dest="command"))
    try:
        args = parser.parse_args(["call-event", *argv])
        return run(args)
    except SystemExit as exit_:
        return exit_.code if isinstance(exit_.code, int) else EXIT_USAGE
    except UserInputError as error:
        language = language_from_environment()
        print(render("usage.failed", language, detail=error.render(language)), file=sys.stderr)
        return EXIT_USAGE


def run(args: argparse.Namespace) -> int:
    number = " ".join(str(args.number).split())
    if not number:
        raise UserInputError("softphone.bad_event", field="number", state=args.state, states=", ".join(hook.STATES))
    if hook.send(args.state, number, " ".join(str(args.cause).split())):
        return EXIT_OK
    language = language_from_environment()
    print(render("usage.failed", language, detail=render("softphone.no_app", language)), file=sys.stderr)
    return EXIT_USAGE
