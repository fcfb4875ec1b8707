"""Call scripts in the database: the default library, versions, script files, and what the scripts achieve.

A script row is the script's identity (its key); every saved edit is a new ``script_versions`` row whose body
is the documented JSON file text (docs/script-format.md), so a call can record exactly which text the operator
saw. The current script of a language is the active one whose newest version was saved last.

Analytics answer the supervisor's questions: which objections come up, which rebuttals the operators used, and
how often the clients who raised them still ended as a sale or an agreed callback (on that call or within
``WIN_WINDOW`` after it), at which step calls leave the script, and what clients said that the palette had no
answer for.

A call's ``objections`` list holds one entry per objection raised: "objection_key/rebuttal_key" (the rebuttal
the operator used), or the objection key alone in rows saved before rebuttals were recorded; ``parse_raised``
reads both forms, ``raised_entry`` writes the new one.
"""

from __future__ import annotations

import dataclasses
import os
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from importlib import resources
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from callassist.domain import ConversationResult
from callassist.errors import NotFound, UserInputError
from callassist.scripts import fileformat, validation
from callassist.scripts.model import Script
from callassist.storage.engine import Database
from callassist.storage.models import Call, Operator, ScriptVersion, UnscriptedObjection
from callassist.storage.models import Script as ScriptRow

DEFAULT_LANGUAGES = ("ru", "en")
WIN_WINDOW = timedelta(days=90)
WINNING_RESULTS = (ConversationResult.SALE.value, ConversationResult.CALLBACK.value)
SYSTEM_AUTHOR = "CallAssist"
RAISED_SEPARATOR = "/"  # script keys never contain it (validation.KEY_PATTERN)


@dataclass(frozen=True)
class ScriptTrace:
    """What one call recorded about the script: the version shown, the steps walked, the objections raised."""

    version_id: int | None
    path: tuple[str, ...]
    objections: tuple[str, ...]
    unscripted: tuple[str, ...]


@dataclass(frozen=True)
class ScriptSummary:
    key: str
    title: str
    language: str
    version: int  # the newest version
    version_id: int


@dataclass(frozen=True)
class ObjectionStat:
    """One objection over a date range; ``won_clients`` of ``clients`` ended as a sale or callback."""

    key: str
    raised: int  # calls on which it came up
    clients: int  # distinct clients who raised it
    won_clients: int  # of those, clients with a sale or callback on that call or within WIN_WINDOW after

    @property
    def win_rate(self) -> float | None:
        return self.won_clients / self.clients if self.clients else None


@dataclass(frozen=True)
class RebuttalStat:
    """One rebuttal of one objection over a date range; ``won_clients`` of ``clients`` ended as a sale or callback."""

    objection_key: str
    rebuttal_key: str
    used: int  # calls on which the operator answered with it
    clients: int  # distinct clients who heard it
    won_clients: int  # of those, clients with a sale or callback on that call or within WIN_WINDOW after

    @property
    def win_rate(self) -> float | None:
        return self.won_clients / self.clients if self.clients else None


@dataclass(frozen=True)
class StepExit:
    step: str  # the last step of the script path
    calls: int


@dataclass(frozen=True)
class UnscriptedEntry:
    created_at: datetime
    text: str
    operator: str
    client_id: int | None
    script_version_id: int | None


# ------------------------------------------------------------------------------------------ what a call records


def raised_entry(objection_key: str, rebuttal_key: str | None) -> str:
    """The ``calls.objections`` entry for an objection answered with ``rebuttal_key`` (None: no rebuttal)."""
    return objection_key if rebuttal_key is None else f"{objection_key}{RAISED_SEPARATOR}{rebuttal_key}"


def parse_raised(entry: str) -> tuple[str, str | None]:
    """The objection key and rebuttal key of a ``calls.objections`` entry.

    Rows saved before rebuttals were recorded hold the objection key alone: their rebuttal is None.
    """
    objection_key, separator, rebuttal_key = entry.partition(RAISED_SEPARATOR)
    return objection_key, (rebuttal_key or None) if separator else None


# ------------------------------------------------------------------------------------------ the library


def default_script(language: str) -> Script:
    """The default library shipped for ``language`` ("ru" or "en").

    Raises:
        NotFound: no default library in that language.
    """
    if language not in DEFAULT_LANGUAGES:
        raise NotFound("scripts.no_default", "language", language=language, languages=", ".join(DEFAULT_LANGUAGES))
    text = resources.files("callassist.data").joinpath(f"scripts_{language}.json").read_text(encoding="utf-8")
    return fileformat.loads_script(text)


def ensure_defaults(session: Session, languages: Iterable[str] = DEFAULT_LANGUAGES) -> None:
    """Store the default library of each language once; a library already stored (even edited) is left alone."""
    for language in languages:
        script = default_script(language)
        if session.scalar(select(ScriptRow.id).where(ScriptRow.key == script.key)) is None:
            _store_version(session, script, SYSTEM_AUTHOR, datetime.now(UTC))


def current_script(db: Database, language: str) -> tuple[int, Script]:
    """The script operators use now in ``language``, with its version id (what a call records).

    Falls back to any active script when none is in that language.

    Raises:
        NotFound: the database holds no active script at all.
    """
    with db.read() as session:
        newest = (
            select(ScriptVersion.id, ScriptVersion.body)
            .join(ScriptRow, ScriptRow.id == ScriptVersion.script_id)
            .where(ScriptRow.active)
            .order_by(ScriptVersion.id.desc())
            .limit(1)
        )
        row = session.execute(newest.where(ScriptRow.language == language)).first()
        if row is None:
            row = session.execute(newest).first()
        if row is None:
            raise NotFound("scripts.none_yet", "script")
        return row.id, fileformat.loads_script(row.body)


def script_version(db: Database, version_id: int) -> Script:
    """The script exactly as version ``version_id`` stored it.

    Raises:
        NotFound: no such version.
    """
    with db.read() as session:
        found = session.get(ScriptVersion, version_id)
        if found is None:
            raise NotFound("scripts.no_version", "script", version=version_id)
        return fileformat.loads_script(found.body)


def scripts(db: Database) -> tuple[ScriptSummary, ...]:
    """Every stored script with its newest version, by title."""
    with db.read() as session:
        newest = (
            select(ScriptVersion.script_id, func.max(ScriptVersion.version).label("version"))
            .group_by(ScriptVersion.script_id)
            .subquery()
        )
        rows = session.execute(
            select(ScriptRow.key, ScriptRow.title, ScriptRow.language, ScriptVersion.version, ScriptVersion.id)
            .join(newest, newest.c.script_id == ScriptRow.id)
            .join(
                ScriptVersion,
                (ScriptVersion.script_id == ScriptRow.id) & (ScriptVersion.version == newest.c.version),
            )
            .order_by(ScriptRow.title)
        )
        return tuple(ScriptSummary(*row) for row in rows)


def save_version(db: Database, script: Script, author: str) -> int:
    """Save ``script`` as the next version of its key (a new script when the key is new).

    The stored version number is the next free one, whatever ``script.version`` says. Saving content identical
    to the newest version makes no new version and returns the newest one's id.

    Returns:
        The id of the version that holds this content.

    Raises:
        UserInputError: the script has problems; nothing is saved.
    """
    found = validation.problems(script)
    if found:
        raise validation.ScriptProblems(found, saving=True)
    with db.write() as session:
        return _store_version(session, script, author.strip(), datetime.now(UTC))


def _store_version(session: Session, script: Script, author: str, now: datetime) -> int:
    row = session.scalar(select(ScriptRow).where(ScriptRow.key == script.key))
    if row is None:
        row = ScriptRow(key=script.key, title=script.title, language=script.language, active=True)
        session.add(row)
        session.flush()
    newest = session.scalar(
        select(ScriptVersion).where(ScriptVersion.script_id == row.id).order_by(ScriptVersion.version.desc()).limit(1)
    )
    if newest is not None and fileformat.loads_script(newest.body) == dataclasses.replace(
        script, version=newest.version
    ):
        return newest.id
    number = 1 if newest is None else newest.version + 1
    row.title, row.language, row.active = script.title, script.language, True
    version = ScriptVersion(
        script_id=row.id,
        version=number,
        body=fileformat.dump_script(dataclasses.replace(script, version=number)),
        created_at=now,
        created_by=author[:120],
    )
    session.add(version)
    session.flush()
    return version.id


def import_script_file(db: Database, path: str | os.PathLike[str], author: str) -> int:
    """Read a script file and save it as a new version of its key.

    Returns:
        The version id holding the file's content.

    Raises:
        UserInputError: the file is missing or malformed (the message says where); nothing changes.
    """
    return save_version(db, fileformat.load_script(path), author)


def export_script_file(db: Database, key: str, path: str | os.PathLike[str]) -> None:
    """Write the newest version of script ``key`` to ``path`` (atomically) in the documented format.

    Raises:
        NotFound: no script with that key.
        EnvironmentFailure: the file could not be written.
    """
    with db.read() as session:
        body = session.scalar(
            select(ScriptVersion.body)
            .join(ScriptRow, ScriptRow.id == ScriptVersion.script_id)
            .where(ScriptRow.key == key)
            .order_by(ScriptVersion.version.desc())
            .limit(1)
        )
    if body is None:
        raise NotFound("scripts.no_script", "script", key=key)
    fileformat.save_script(fileformat.loads_script(body), path)


def call_trace(db: Database, call_id: int) -> ScriptTrace:
    """What call ``call_id`` recorded about the script.

    Raises:
        NotFound: no such call.
    """
    with db.read() as session:
        call = session.get(Call, call_id)
        if call is None:
            raise NotFound("scripts.no_call", "call", call=call_id)
        unscripted = session.scalars(
            select(UnscriptedObjection.text)
            .where(UnscriptedObjection.call_id == call_id)
            .order_by(UnscriptedObjection.id)
        )
        return ScriptTrace(
            call.script_version_id, tuple(call.script_path or ()), tuple(call.objections or ()), tuple(unscripted)
        )


# ------------------------------------------------------------------------------------------ analytics


def _bounds(date_from: date, date_to: date, timezone: str) -> tuple[datetime, datetime]:
    """[start, end) in UTC covering both dates whole in ``timezone``."""
    if date_to < date_from:
        raise UserInputError("scripts.range_reversed", "dateTo", date_to=date_to, date_from=date_from)
    try:
        zone = ZoneInfo(timezone)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise UserInputError("stats.unknown_timezone", "timezone", zone=timezone, example="Europe/Moscow") from exc
    start = datetime.combine(date_from, time(0), zone).astimezone(UTC)
    end = datetime.combine(date_to + timedelta(days=1), time(0), zone).astimezone(UTC)
    return start, end


@dataclass(frozen=True)
class _RaisedCall:
    client_id: int
    entries: tuple[tuple[str, str | None], ...]  # (objection key, rebuttal key), each once
    won: bool  # a sale or callback on this call or within WIN_WINDOW after it


def _raised_calls(db: Database, date_from: date, date_to: date, timezone: str) -> list[_RaisedCall]:
    """Calls started in the range that raised objections, each with whether its client was won."""
    start, end = _bounds(date_from, date_to, timezone)
    with db.read() as session:
        rows = session.execute(
            select(Call.client_id, Call.started_at, Call.objections).where(
                Call.started_at >= start, Call.started_at < end, Call.objections.is_not(None)
            )
        ).all()
        rows = [row for row in rows if row.objections]
        wins: dict[int, list[datetime]] = defaultdict(list)
        clients = {row.client_id for row in rows}
        if clients:
            for client_id, started_at in session.execute(
                select(Call.client_id, Call.started_at).where(
                    Call.client_id.in_(clients),
                    Call.conversation_result.in_(WINNING_RESULTS),
                    Call.started_at >= start,
                    Call.started_at < end + WIN_WINDOW,
                )
            ):
                wins[client_id].append(started_at)
    return [
        _RaisedCall(
            row.client_id,
            tuple(dict.fromkeys(parse_raised(entry) for entry in row.objections)),
            any(row.started_at <= moment <= row.started_at + WIN_WINDOW for moment in wins[row.client_id]),
        )
        for row in rows
    ]


def objection_stats(db: Database, date_from: date, date_to: date, timezone: str = "UTC") -> tuple[ObjectionStat, ...]:
    """For each objection raised on calls started in the range (both dates whole, in ``timezone``): how often
    it came up and how many of the clients who raised it ended as a sale or callback, on that call or within
    ``WIN_WINDOW`` after it (later calls may fall after the range). Most raised first.
    """
    raised: Counter[str] = Counter()
    raised_by: dict[str, set[int]] = defaultdict(set)
    won_by: dict[str, set[int]] = defaultdict(set)
    for call in _raised_calls(db, date_from, date_to, timezone):
        # An objection raised twice on one call (or answered two ways) counts once.
        for key in dict.fromkeys(objection for objection, _rebuttal in call.entries):
            raised[key] += 1
            raised_by[key].add(call.client_id)
            if call.won:
                won_by[key].add(call.client_id)
    return tuple(
        ObjectionStat(key, count, len(raised_by[key]), len(won_by[key]))
        for key, count in sorted(raised.items(), key=lambda item: (-item[1], item[0]))
    )


def rebuttal_stats(db: Database, date_from: date, date_to: date, timezone: str = "UTC") -> tuple[RebuttalStat, ...]:
    """For each rebuttal used on calls started in the range: on how many calls, to how many clients, and how
    many of them ended as a sale or callback then or within ``WIN_WINDOW``; the same rules as
    ``objection_stats``. Entries saved without a rebuttal (older calls) are left out. By objection, most used first.
    """
    used: Counter[tuple[str, str]] = Counter()
    heard_by: dict[tuple[str, str], set[int]] = defaultdict(set)
    won_by: dict[tuple[str, str], set[int]] = defaultdict(set)
    for call in _raised_calls(db, date_from, date_to, timezone):
        for objection, rebuttal in call.entries:
            if rebuttal is None:
                continue
            pair = (objection, rebuttal)
            used[pair] += 1
            heard_by[pair].add(call.client_id)
            if call.won:
                won_by[pair].add(call.client_id)
    return tuple(
        RebuttalStat(
            objection, rebuttal, count, len(heard_by[(objection, rebuttal)]), len(won_by[(objection, rebuttal)])
        )
        for (objection, rebuttal), count in sorted(used.items(), key=lambda item: (item[0][0], -item[1], item[0][1]))
    )


def step_exits(db: Database, date_from: date, date_to: date, timezone: str = "UTC") -> tuple[StepExit, ...]:
    """For each step, how many calls in the range left the script there (the last step of their path)."""
    start, end = _bounds(date_from, date_to, timezone)
    with db.read() as session:
        paths = session.scalars(
            select(Call.script_path).where(
                Call.started_at >= start, Call.started_at < end, Call.script_path.is_not(None)
            )
        )
        exits = Counter(path[-1] for path in paths if path)
    return tuple(StepExit(step, calls) for step, calls in sorted(exits.items(), key=lambda item: (-item[1], item[0])))


def unscripted(db: Database, date_from: date, date_to: date, timezone: str = "UTC") -> tuple[UnscriptedEntry, ...]:
    """What clients said that the palette had no answer for, newest first."""
    start, end = _bounds(date_from, date_to, timezone)
    with db.read() as session:
        rows = session.execute(
            select(
                UnscriptedObjection.created_at,
                UnscriptedObjection.text,
                func.coalesce(Operator.name, ""),
                UnscriptedObjection.client_id,
                UnscriptedObjection.script_version_id,
            )
            .outerjoin(Operator, Operator.id == UnscriptedObjection.operator_id)
            .where(UnscriptedObjection.created_at >= start, UnscriptedObjection.created_at < end)
            .order_by(UnscriptedObjection.created_at.desc(), UnscriptedObjection.id.desc())
        )
        return tuple(UnscriptedEntry(*row) for row in rows)
