"""``main.py lists [--json]``: the lead lists with their status, priority, who they are assigned to and their
clients by state (PRODUCT.md section 5). A read-only command: a missing SQLite file is refused (rule 19)."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from sqlalchemy.engine import make_url

from callassist.bootstrap import open_ready
from callassist.errors import UserInputError
from callassist.services import lead_lists
from callassist.services.lead_lists import LeadListView
from callassist.storage.engine import normalise_url


def add_subparser(commands: Any, add_db_option: Callable[[argparse.ArgumentParser], None]) -> None:
    """The ``lists`` command on the main parser's subcommands."""
    lists = commands.add_parser("lists", help="print the lead lists and their clients by state")
    lists.add_argument("--json", action="store_true", help="end with one JSON object")
    add_db_option(lists)


def run(args: argparse.Namespace) -> int:
    _refuse_missing_file(args.db)
    db = open_ready(args.db)
    try:
        lists = lead_lists.all_lists(db)
    finally:
        db.dispose()
    print(json.dumps(lists_json(lists), ensure_ascii=False) if args.json else lists_table(lists))
    return 0


def _refuse_missing_file(url: str) -> None:
    """Rule 19: a read-only command never creates the database it was pointed at."""
    parsed = make_url(normalise_url(url))
    if parsed.get_backend_name() != "sqlite" or not parsed.database or parsed.database == ":memory:":
        return
    path = Path(parsed.database).expanduser()
    if not path.is_file():
        raise UserInputError("lists.database_missing", field="db", path=str(path))


def lists_json(lists: Sequence[LeadListView]) -> dict[str, Any]:
    """The lists as PRODUCT.md section 5 promises them to automation, highest priority first."""
    return {
        "items": [
            {
                "list_id": item.list_id,
                "name": item.name,
                "status": item.status,
                "priority": item.priority,
                "assigned": list(item.assigned),
                "counts": {
                    "new": item.counts.new,
                    "future": item.counts.future,
                    "now": item.counts.now,
                    "never": item.counts.never,
                },
            }
            for item in lists
        ]
    }


def lists_table(lists: Sequence[LeadListView]) -> str:
    """A plain-text table for people."""
    if not lists:
        return "There are no lead lists yet: every import creates one."
    rows: list[tuple[str, ...]] = [("List", "Status", "Priority", "Assigned", "New", "Future", "Now", "Never")]
    for item in lists:
        counts = item.counts
        assigned = ", ".join(item.assigned) or "team"
        figures = (counts.new, counts.future, counts.now, counts.never)
        rows.append((item.name, item.status, str(item.priority), assigned, *(str(n) for n in figures)))
    widths = [max(len(row[column]) for row in rows) for column in range(len(rows[0]))]
    return "\n".join(
        "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip() for row in rows
    )
