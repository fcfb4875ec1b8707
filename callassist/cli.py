"""The command line of PRODUCT.md section 5: the app, and the ``queue``, ``import`` and ``export`` commands.

Automation relies on it, so it keeps a strict contract: exit 0 on success; 2 on bad input or usage, with one line
on stderr and nothing written; 1 on an unexpected error, with one line naming the log file. Every input is checked
before the database is touched. The core never imports Qt: the app path calls a launcher that ``main.py`` passes in,
so the commands run on a headless server.
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import re
import sys
import traceback
from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any, NoReturn, Protocol
from zoneinfo import ZoneInfo

import phonenumbers

from callassist import cli_client, cli_lists, clock
from callassist.bootstrap import Purpose, check, creating_on_success, open_existing, open_or_create
from callassist.demo import fill_demo
from callassist.domain import QueueItem
from callassist.errors import EnvironmentFailure, UserInputError
from callassist.messages import language_from_environment, render
from callassist.paths import log_dir, resolve_db_url
from callassist.services.desk import OperatorDesk
from callassist.services.operators import find_operator
from callassist.softphone import call_event
from callassist.storage.engine import Database, make_engine
from callassist.storage.inspection import sqlite_path

EXIT_OK = 0
EXIT_UNEXPECTED = 1
EXIT_USAGE = 2
ENV_OPERATOR = "CALLASSIST_OPERATOR"
VIEWS = (
    "queue",
    "call",
    "palette",
    "dashboard",
    "import",
    "settings",
    "client",
    "search",
    "catalogues",
    "lists",
    "dnc",
    "users",
)
PAGE_SIZE = 500
# What each command may do to the database it is given (rule 19): the reports need an existing CallAssist
# database; import may create one (removed again if the import fails). Commands that open no database
# (call-event) are not listed.
OPENED_FOR = {
    "queue": Purpose.READ,
    "export": Purpose.READ,
    "client": Purpose.READ,
    "lists": Purpose.READ,
    "import": Purpose.IMPORT,
}


class AppLauncher(Protocol):
    """Starts the GUI (or renders one view to ``screenshot``) and returns the exit status: ``ui.app.run_app``."""

    def __call__(
        self,
        *,
        db_url: str,
        operator: str,
        screenshot: Path | None,
        view: str,
        language: str | None,
        size: tuple[int, int] | None = None,
    ) -> int: ...


# argparse's own sentences, matched so they can be said in the person's language (rule 18).
_USAGE_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), code)
    for pattern, code in (
        (r"argument (?P<option>[^:]+): invalid choice: (?P<value>.*?) \(choose from (?P<choices>.*)\)$",
         "usage.invalid_choice"),
        (r"argument (?P<option>[^:]+): not a date in YYYY-MM-DD form: (?P<value>.*)$", "usage.not_a_date"),
        (r"argument (?P<option>[^:]+): (?P<value>.*) is not a window size such as 1280x720$", "usage.invalid_size"),
        (r"argument (?P<option>[^:]+): invalid \w+ value: (?P<value>.*)$", "usage.invalid_value"),
        (r"argument (?P<option>[^:]+): expected one argument$", "usage.expects_value"),
        (r"the following arguments are required: (?P<names>.*)$", "usage.required"),
        (r"unrecognized arguments: (?P<names>.*)$", "usage.unrecognized"),
    )
)  # fmt: skip


class _Parser(argparse.ArgumentParser):
    """argparse, but a usage error is one short line (not the whole usage text), in the person's language, and
    exit status 2. ``language`` is set by :func:`main` before parsing (``--lang``, else the environment's)."""

    language = "en"

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, render("usage.error", _Parser.language, prog=self.prog, detail=_usage(message)) + "\n")


def _usage(message: str) -> str:
    message = _one_line(message)
    for pattern, code in _USAGE_PATTERNS:
        found = pattern.match(message)
        if found:
            return render(code, _Parser.language, **found.groupdict())
    return message


def _language_asked(argv: Sequence[str]) -> str:
    """``--lang`` as given anywhere on the command line (before argparse has read it), else the environment's."""
    for index, word in enumerate(argv):
        value = word.partition("=")[2] if word.startswith("--lang=") else None
        if word == "--lang" and index + 1 < len(argv):
            value = argv[index + 1]
        if value in ("ru", "en"):
            return value
    return language_from_environment()


def build_parser() -> argparse.ArgumentParser:
    """The parser for ``main.py`` and the ``callassist`` console script."""
    parser = _Parser(prog="callassist", description="CallAssist: who to call next and why.")
    parser.add_argument("--db", metavar="URL", help="SQLAlchemy URL; default: $CALLASSIST_DB, then the user data dir")
    parser.add_argument("--demo", action="store_true", help="fill an empty database with demo data first")
    parser.add_argument("--screenshot", metavar="FILE.png", type=Path, help="render offscreen, save, exit")
    parser.add_argument("--view", choices=VIEWS, help="the screen to show (default: queue)")
    parser.add_argument("--operator", metavar="NAME", help="default: $CALLASSIST_OPERATOR, then the OS user")
    parser.add_argument("--lang", choices=("ru", "en"), help="the language of the app and of messages")
    parser.add_argument("--size", metavar="WxH", type=_size, help="with --screenshot: the window size (1440x860)")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    # Options repeated after the command default to SUPPRESS so they do not overwrite the ones given before it.
    queue = commands.add_parser("queue", help="print the queue as it stands now")
    queue.add_argument("--operator", metavar="NAME", default=argparse.SUPPRESS)
    queue.add_argument("--json", action="store_true", help="end with one JSON object")
    _add_db_option(queue)
    importing = commands.add_parser("import", help="import leads from a CSV or spreadsheet file")
    importing.add_argument("file", metavar="FILE", type=Path)
    importing.add_argument("--region", default="RU", help="country for phones without a country code (default RU)")
    importing.add_argument("--rejects", metavar="FILE", type=Path, help="where to write the rejected rows")
    importing.add_argument("--json", action="store_true", help="end with one JSON object")
    importing.add_argument("--dry-run", action="store_true", help="show what would happen; write nothing")
    importing.add_argument("--lang", dest="import_lang", choices=("ru", "en"), help="language of messages and rejects")
    importing.add_argument(
        "--list", metavar="NAME", help="the lead list to put the clients on (default: the file's name)"
    )
    _add_db_option(importing)
    export = commands.add_parser("export", help="export call statistics for a date range")
    export.add_argument("--from", dest="start", metavar="YYYY-MM-DD", type=_iso_date, required=True)
    export.add_argument("--to", dest="end", metavar="YYYY-MM-DD", type=_iso_date, help="default: the --from day")
    export.add_argument("--format", dest="fmt", choices=("csv", "xlsx"), required=True)
    export.add_argument("--out", metavar="FILE", type=Path, required=True)
    _add_db_option(export)
    cli_lists.add_subparser(commands, _add_db_option)
    call_event.add_parser(commands)  # issue 18: a softphone's hook; needs no database
    cli_client.add_parser(commands)  # client find / client show (issue 14)
    return parser


def _add_db_option(command: argparse.ArgumentParser) -> None:
    command.add_argument("--db", metavar="URL", default=argparse.SUPPRESS, help="SQLAlchemy URL")


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date in YYYY-MM-DD form: {text!r}") from None


def main(argv: Sequence[str] | None = None, launch_app: AppLauncher | None = None) -> int:
    """Run the command line and return the exit status.

    Args:
        argv: the arguments after the program name; ``sys.argv[1:]`` when None.
        launch_app: what runs the GUI when no command is given; without it only the commands work.
    """
    _Parser.language = _language_asked(sys.argv[1:] if argv is None else argv)
    try:
        args = build_parser().parse_args(argv)
    except SystemExit as exit_:  # --help, or a usage error already reported on stderr
        return exit_.code if isinstance(exit_.code, int) else EXIT_USAGE
    language = args.lang or language_from_environment()
    try:
        return _dispatch(args, launch_app)
    except UserInputError as exc:
        return _fail(exc.render(language), EXIT_USAGE)
    except EnvironmentFailure as exc:
        # A database that cannot be opened as named (unreachable, read-only) is the input's fault: nothing was
        # written, and exit 2 tells automation not to retry blindly. A failure in mid-work is exit 1.
        return _fail(exc.render(language), EXIT_USAGE if exc.code.startswith("open.") else EXIT_UNEXPECTED)
    except BrokenPipeError:
        # The reader (``| head``) has had enough; that is not our failure. Point stdout at devnull so the
        # interpreter's final flush does not raise again.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except Exception as exc:  # a bug: the details go to the log, the operator gets one line
        log = _log_crash(exc)
        detail = f"{type(exc).__name__}: {exc}"
        text = render("cli.unexpected", language, detail=detail, log=log) if log else None
        return _fail(text or render("cli.unexpected_no_log", language, detail=detail), EXIT_UNEXPECTED)


def console_main() -> NoReturn:
    """Entry point of the ``callassist`` console script: the Qt-free commands (the app starts from ``main.py``)."""
    sys.exit(main())


def _dispatch(args: argparse.Namespace, launch_app: AppLauncher | None) -> int:
    clock.now()  # a bad CALLASSIST_NOW is refused before anything else happens
    if args.command == "call-event":
        return call_event.run(args)
    args.db = _checked_db_url(args.db)
    if args.command is None:
        return _run_app(args, launch_app)
    if args.screenshot is not None or args.view is not None:  # --lang is the language of the command's messages
        raise UserInputError("cli.app_options", command=args.command)
    purpose = OPENED_FOR.get(args.command)
    if purpose is not None:  # one policy for every command that opens a database, whoever wrote its runner
        check(args.db, Purpose.WORK if args.demo else purpose)
    runners = {
        "queue": _run_queue,
        "import": _run_import,
        "export": _run_export,
        "lists": cli_lists.run,
        "client": cli_client.run,
    }
    return runners[args.command](args)


def _fail(message: str, status: int) -> int:
    print(render("usage.failed", _Parser.language, detail=_one_line(message)), file=sys.stderr)
    return status


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _log_crash(exc: BaseException) -> Path | None:
    try:
        path = log_dir() / "callassist.log"
        with path.open("a", encoding="utf-8") as log:
            log.write(f"{datetime.now().isoformat(timespec='seconds')} unexpected error\n")
            log.write("".join(traceback.format_exception(exc)))
        return path
    except OSError:
        return None


# --- shared input checks ---------------------------------------------------------------------------------------


def _checked_db_url(cli_value: str | None) -> str:
    """``--db``, else ``CALLASSIST_DB``, else the user data dir; refused when it cannot name a usable database.

    Only the URL's form is checked here, without connecting; what it points at is the opening policy's business
    (``callassist.bootstrap``), which each command applies for its own purpose.
    """
    if cli_value is not None and not cli_value.strip():
        raise UserInputError("cli.empty_db", field="db")
    url = resolve_db_url(cli_value)
    make_engine(url).dispose()  # refuses a malformed URL or an unsupported database without connecting
    return url


def _size(text: str) -> tuple[int, int]:
    """``1280x720`` → (1280, 720): a window size for --screenshot."""
    width, _, height = text.lower().partition("x")
    if not (width.isdigit() and height.isdigit() and 320 <= int(width) <= 7680 and 240 <= int(height) <= 4320):
        raise argparse.ArgumentTypeError(f"{text!r} is not a window size such as 1280x720")
    return int(width), int(height)


def _operator_name(cli_value: str | None) -> str:
    if cli_value is not None and not cli_value.strip():
        raise UserInputError("cli.empty_operator", field="operator", option="--operator", variable=ENV_OPERATOR)
    name = cli_value or os.environ.get(ENV_OPERATOR) or _os_user()
    clean = _one_line(name)
    if not clean:
        raise UserInputError("cli.empty_operator", field="operator", option="--operator", variable=ENV_OPERATOR)
    return clean


def _os_user() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError):  # no login name in the environment and none in the password database
        return "operator"


def _existing_folder_for(path: Path, option: str) -> Path:
    path = path.expanduser().resolve()
    if path.is_dir():
        raise UserInputError("cli.target_is_folder", field=option, option=option, path=str(path))
    if not path.parent.is_dir():
        raise UserInputError("cli.no_folder", field=option, option=option, path=str(path.parent))
    return path


def _known_operator(db: Database, name: str) -> str:
    """A report names an operator who exists; it never adds one (rule 19)."""
    with db.read() as session:
        if find_operator(session, name) is None:
            raise UserInputError("cli.unknown_operator", field="operator", name=name, option="--operator")
    return name


def _fill_demo_if_asked(args: argparse.Namespace) -> None:
    if not args.demo:
        return
    db = open_or_create(args.db)
    try:
        summary = fill_demo(db, clock.now(), language=args.lang or language_from_environment())
    finally:
        db.dispose()
    if summary.filled:
        print(f"Demo data: {summary.clients} clients, {summary.calls} calls by {summary.operators} operators.")
    else:
        print("The database already has clients: demo data was not added.")


# --- the app ---------------------------------------------------------------------------------------------------


def _run_app(args: argparse.Namespace, launch_app: AppLauncher | None) -> int:
    if launch_app is None:
        raise UserInputError("cli.app_only_in_main", script="main.py")
    screenshot = None
    if args.screenshot is not None:
        if args.screenshot.suffix.lower() != ".png":
            raise UserInputError("cli.screenshot_png", field="screenshot", name=args.screenshot.name)
        screenshot = _existing_folder_for(args.screenshot, "--screenshot")
    operator = _operator_name(args.operator)
    _fill_demo_if_asked(args)
    status = launch_app(
        db_url=args.db,
        operator=operator,
        screenshot=screenshot,
        view=args.view or "queue",
        language=args.lang,
        size=args.size,
    )
    return int(status)


# --- queue -----------------------------------------------------------------------------------------------------


def _run_queue(args: argparse.Namespace) -> int:
    operator = _operator_name(args.operator)
    moment = clock.now()
    _fill_demo_if_asked(args)
    db = open_existing(args.db)
    try:
        desk = OperatorDesk(db, _known_operator(db, operator), now=lambda: moment, create_operator=False)
        items = _whole_queue(desk)
        office = desk.settings.office_timezone
    finally:
        db.dispose()
    if args.json:
        print(json.dumps(queue_json(moment, operator, items)))
    else:
        print(queue_table(items, office))
    return EXIT_OK


def _whole_queue(desk: OperatorDesk) -> list[QueueItem]:
    items: list[QueueItem] = []
    while True:
        page = desk.queue_page(offset=len(items), limit=PAGE_SIZE)
        items.extend(page.items)
        if not page.items or len(items) >= page.total:
            return items


def queue_json(moment: datetime, operator: str, items: Sequence[QueueItem]) -> dict[str, Any]:
    """The queue as PRODUCT.md section 5 promises it to automation, in queue order."""
    return {
        "now": moment.isoformat(),
        "operator": operator,
        "items": [
            {
                "client_id": item.client_id,
                "name": item.name,
                "phone": item.phone,
                "reason": item.reason.value,
                "due": item.due.isoformat() if item.due else None,
                "client_local_time": item.client_local_time.isoformat() if item.client_local_time else None,
            }
            for item in items
        ],
    }


def queue_table(items: Sequence[QueueItem], office_timezone: str) -> str:
    """A plain-text table for people: name, reason, due (office time), phone."""
    if not items:
        return "The queue is empty."
    zone = ZoneInfo(office_timezone)
    rows = [("Name", "Reason", "Due", "Phone")]
    for item in items:
        due = item.due.astimezone(zone).strftime("%Y-%m-%d %H:%M") if item.due else ""
        reason = f"{item.reason.value} (overdue)" if item.overdue else item.reason.value
        rows.append((item.name, reason, due, item.phone))
    name_width, reason_width, due_width = (max(len(row[column]) for row in rows) for column in range(3))
    lines = [
        f"{name.ljust(name_width)}  {reason.ljust(reason_width)}  {due.ljust(due_width)}  {phone}"
        for name, reason, due, phone in rows
    ]
    lines.append(f"{len(items)} clients in the queue")
    return "\n".join(line.rstrip() for line in lines)


# --- import and export: thin wrappers over the services that do the work --------------------------------------


def _unavailable(command: str, module: str, exc: ModuleNotFoundError) -> UserInputError:
    """A missing service module means this build has no such command; any other missing module is a real fault."""
    if exc.name != module:
        raise exc
    return UserInputError("cli.unavailable", command=command)


def _run_import(args: argparse.Namespace) -> int:
    from callassist.messages import language_from_environment

    language = args.import_lang or args.lang or language_from_environment()
    try:
        return _import(args, language)
    except UserInputError as exc:  # said in the operator's language, not only in English
        return _fail(exc.render(language), EXIT_USAGE)


def _import(args: argparse.Namespace, language: str) -> int:
    source = args.file.expanduser().resolve()
    if source.is_dir():
        raise UserInputError("cli.file_is_folder", field="file", path=str(source))
    if not source.is_file():
        raise UserInputError("import.file_missing", field="file", path=str(source))
    region = args.region.strip().upper()
    if region not in phonenumbers.SUPPORTED_REGIONS:
        raise UserInputError("import.region_unknown", "region", region=args.region)
    rejects = _existing_folder_for(args.rejects, "--rejects") if args.rejects else None
    try:
        from callassist.importing import service
    except ModuleNotFoundError as exc:
        raise _unavailable("import", "callassist.importing.service", exc) from exc
    new_file = sqlite_path(args.db)
    if new_file is not None and new_file.exists():
        new_file = None
    if args.dry_run and new_file is not None:
        result = service.preview_file(source, region=region, language=language)  # no database is created
    else:
        if new_file is not None:
            service.open_source(source)  # a file that cannot be read is refused before any database is made
        _fill_demo_if_asked(args)
        with creating_on_success(args.db) as db:  # a failed import leaves no new database file behind (rule 19)
            result = service.import_file(
                db,
                source,
                region=region,
                rejects=rejects,
                language=language,
                dry_run=args.dry_run,
                list_name=args.list,
            )
    print(result.describe(language))  # the plain words; with --json the object follows as the last line
    if args.json:
        print(json.dumps(result.as_json(), ensure_ascii=False))
    return EXIT_OK


def _run_export(args: argparse.Namespace) -> int:
    start: date = args.start
    end: date = args.end or start
    if end < start:
        raise UserInputError("cli.range_reversed", field="to", start=start.isoformat(), end=end.isoformat())
    out = _existing_folder_for(args.out, "--out")
    try:
        from callassist.export.service import export_range
    except ModuleNotFoundError as exc:
        raise _unavailable("export", "callassist.export.service", exc) from exc
    _fill_demo_if_asked(args)
    db = open_existing(args.db)
    try:
        summary = export_range(db, start, end, fmt=args.fmt, out=out)
    finally:
        db.dispose()
    period = f"{start.isoformat()} to {end.isoformat()}"
    print(f"Exported {period} ({summary.calls} calls) as {args.fmt.upper()}: {summary.path}")
    return EXIT_OK
