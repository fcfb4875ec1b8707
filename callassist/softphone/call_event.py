"""``main.py call-event ringing|answered|ended --number E164 [--cause TEXT]``: a softphone's hook reaches the app.

It needs no database: it hands the event to the app running on this workstation for this user (``hook.py``) and
exits 0, or exits 2 with one line when no app is listening.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

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


def run(args: argparse.Namespace) -> int:
    number = " ".join(str(args.number).split())
    if not number:
        raise UserInputError("softphone.bad_event", field="number", state=args.state, states=", ".join(hook.STATES))
    if hook.send(args.state, number, " ".join(str(args.cause).split())):
        return EXIT_OK
    print(f"callassist: error: {render('softphone.no_app', language_from_environment())}", file=sys.stderr)
    return EXIT_USAGE
