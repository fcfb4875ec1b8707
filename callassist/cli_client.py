"""``main.py client find TEXT`` and ``main.py client show ID``: read-only looks at clients (PRODUCT.md section 5).

Both only read (rule 19): a missing SQLite file, a database that is not CallAssist's or one at an older schema is
refused with exit status 2 and left as it was; no operator is added and clients not yet indexed for search are read
directly instead of being indexed. Errors are one line in the language of the environment.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

from callassist import clock
from callassist.domain import ClientView, FollowUpKind
from callassist.errors import UserInputError
from callassist.messages import language_from_environment, render
from callassist.services import client_search, clients
from callassist.settings import load as load_settings
from callassist.storage import migrate
from callassist.storage.engine import Database, normalise_url, open_database
from callassist.storage.models import Client, FollowUp

_SQLITE_HEADER = b"SQLite format 3\x00"
APP = "CallAssist"
EXIT_OK = 0
EXIT_USAGE = 2


def add_parser(commands: Any) -> None:
    """The ``client`` command and its ``find``/``show`` subcommands."""
    client = commands.add_parser("client", help="find a client or show a client's card (read-only)")
    actions = client.add_subparsers(dest="client_command", metavar="ACTION", required=True)
    find = actions.add_parser("find", help="by any phone spelling, name or company")
    find.add_argument("text", metavar="TEXT")
    show = actions.add_parser("show", help="the client's card")
    show.add_argument("client_id", metavar="ID")
    for action in (find, show):
        action.add_argument("--json", action="store_true", help="end with one JSON object")
        action.add_argument("--db", metavar="URL", default=argparse.SUPPRESS, help="SQLAlchemy URL")


def run(args: argparse.Namespace) -> int:
    """Run ``client find`` or ``client show``; a refused input is one line on stderr and exit status 2."""
    language = language_from_environment()
    try:
        if args.client_command == "find":
            return _find(args)
        return _show(args)
    except UserInputError as error:
        print(render("usage.failed", language, detail=error.render(language)), file=sys.stderr)
        return EXIT_USAGE


def _open(url: str) -> Database:
    """The database, only if it exists and is CallAssist's at the current schema; nothing is created or upgraded."""
    parsed = make_url(normalise_url(url))
    if parsed.get_backend_name() == "sqlite":
        path = Path(parsed.database or "").expanduser()
        if not path.is_file():
            raise UserInputError("client.database_missing", field="db", path=str(path))
        with path.open("rb") as file:  # opening it would write an SQLite header (and switch on WAL) into any file
            if file.read(len(_SQLITE_HEADER)) != _SQLITE_HEADER:
                raise UserInputError("client.not_callassist", field="db", path=str(path), app=APP)
    db = open_database(url)
    revision = migrate.stored_revision(db)
    if revision != migrate.SCHEMA_HEAD:
        db.dispose()
        raise UserInputError("client.database_not_ready", field="db", revision=revision or "-", app=APP)
    return db


def _find(args: argparse.Namespace) -> int:
    query = " ".join(args.text.split())
    if not query:
        raise UserInputError("client.empty_query", field="text")
    db = _open(args.db)
    try:
        with db.read() as session:
            region = load_settings(session).default_region
            found = client_search.find(session, query, clock.now(), region, include_stale=True, stale_most=None)
    finally:
        db.dispose()
    items = [
        {
            "client_id": m.client_id,
            "name": m.name,
            "company": m.company,
            "phones": list(m.phones),
            "state": m.state.value,
            "owner": m.owner,
        }
        for m in found
    ]
    if not args.json:
        for m in found:
            print(f"{m.client_id}\t{m.name}\t{m.company}\t{', '.join(m.phones)}\t{m.state.value}")
    else:
        print(json.dumps({"query": query, "items": items}, ensure_ascii=False))
    return EXIT_OK


def _show(args: argparse.Namespace) -> int:
    text = args.client_id.strip()
    if not text.isdigit():
        raise UserInputError("client.bad_id", field="client_id", value=text)
    db = _open(args.db)
    try:
        with db.read() as session:
            client = session.get(Client, int(text))
            if client is None:
                raise UserInputError("client.not_found", field="client_id", client_id=int(text))
            card = show_json(session, clients.client_view(session, client, "en"))
    finally:
        db.dispose()
    if args.json:
        print(json.dumps(card, ensure_ascii=False))
    else:
        print(f"{card['client_id']}\t{card['name']}\t{card['company']}\t{card['state']}")
        for phone in card["phones"]:
            print(f"  {phone['e164']}\t{phone['extension']}\t{phone['status']}")
    return EXIT_OK


def show_json(session: Session, view: ClientView) -> dict[str, Any]:
    """The card as PRODUCT.md section 5 promises it to automation (the GUI tests compare the card with it)."""
    return {
        "client_id": view.id,
        "name": view.full_name,
        "first_name": view.first_name,
        "patronymic": view.patronymic,
        "last_name": view.last_name,
        "company": view.company,
        "country": view.region,
        "timezone": view.timezone,
        "state": view.state.value,
        "stage": view.stage.value if view.stage else None,
        "preferences": view.preferences,
        "phones": [{"e164": p.e164, "extension": p.extension, "status": p.status.value} for p in view.phones],
        "promises": _promises(session, view.id),
        "calls": _calls(session, view.id),
    }


def _promises(session: Session, client_id: int) -> list[dict[str, Any]]:
    rows = session.execute(
        select(FollowUp.text, FollowUp.due_at, FollowUp.done_at, FollowUp.done_note)
        .where(FollowUp.client_id == client_id, FollowUp.kind == FollowUpKind.PROMISE.value)
        .order_by(FollowUp.due_at, FollowUp.id)
    )
    return [
        {"text": text, "due": due.isoformat(), "state": _promise_state(done, note)} for text, due, done, note in rows
    ]


def _promise_state(done_at: object, note: str) -> str:
    if done_at is None:
        return "open"
    return "moved" if note.startswith("moved") else "kept"


def _calls(session: Session, client_id: int) -> list[dict[str, Any]]:
    """The card's own history (``clients.history``), in the words automation reads: codes, not titles."""
    return [
        {
            "started_at": call.when.isoformat(),
            "operator": call.operator,
            "attempt": call.attempt_result.value,
            "conversation": call.conversation_result.value if call.conversation_result else None,
            "reason": call.reason_code,
            "talk_seconds": call.talk_seconds,  # measured by the softphone (issue 18), else null
        }
        for call in clients.history(session, client_id)
    ]
