"""The script file: one JSON object (UTF-8) per script, for import, export and the default library.

Layout (every key shown; keys marked optional may be left out)::

    {
      "format": "callassist-script",       # always this text
      "format_version": 1,                 # this module reads version 1
      "key": "default-ru",                 # the script's identity across versions
      "title": "Первый звонок",
      "language": "ru",                    # "ru", "en", ...
      "version": 3,                        # 1 or more; a call records the version it used
      "start": "opening",                  # key of the first step
      "steps": [
        {
          "key": "opening",                # unique within the script
          "kind": "line",                  # optional, "line" (default), "goal" or "end"
          "text": "{name|Добрый день}, ...",   # the operator's line, with client fields
          "stage": null,                   # optional: "gathering", "choosing", "ready" or null
          "outcome": null,                 # optional wrap-up hint: "sale", "callback", "interested",
                                           #   "refused", "never" or null
          "answers": [                     # optional for goal steps; none for end steps
            {"label": "Да, удобно", "next": "qualify"}   # "next": a step key, or null to leave the script
          ]
        }
      ],
      "objections": [                      # optional
        {
          "key": "price",                  # unique within the script
          "title": "Дорого",               # what the palette shows
          "triggers": ["слишком дорого"],  # optional: how clients put it; the palette searches these
          "rebuttals": [{"key": "value", "text": "..."}]   # at least one; keys unique per objection
        }
      ]
    }

Keys are 1-64 Latin letters, digits, ``_``, ``.`` or ``-``. Text may use the fields of
``callassist.scripts.template`` (``{name}``, ``{company|ваша компания}``, ...); an unknown field or a
stray brace is an error. Unknown keys are errors too, so a typo never silently drops a line.

Loading checks everything before returning; a bad file raises ``UserInputError`` naming the place,
e.g. ``steps[3].answers[1].next: no step "close2"``, and nothing is changed. Saving writes a temporary
file next to the target and renames it over, so an interrupted save leaves the old file whole.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from callassist.domain import BuyingStage, ConversationResult
from callassist.errors import EnvironmentFailure
from callassist.scripts import validation
from callassist.scripts.model import Answer, Objection, Rebuttal, Script, Step, StepKind
from callassist.scripts.validation import ScriptProblems, problem

FORMAT_NAME = "callassist-script"
FORMAT_VERSION = 1
MAX_FILE_BYTES = 5_000_000  # a script is text; anything bigger is the wrong file

_T = TypeVar("_T")


class _JsonObject(dict[str, Any]):
    """A JSON object that remembers keys given more than once (plain dicts keep the last silently)."""

    repeated: list[str]


def _object_from_pairs(pairs: list[tuple[str, Any]]) -> _JsonObject:
    result = _JsonObject()
    result.repeated = []
    for key, value in pairs:
        if key in result:
            result.repeated.append(key)
        result[key] = value
    return result


# ---------------------------------------------------------------------------------------------- reading


def load_script(path: str | os.PathLike[str]) -> Script:
    """Read and check a script file.

    Raises:
        UserInputError: the file is missing, not UTF-8, not JSON or not a valid script; the message
            starts with the file name and says where the problem is.
        EnvironmentFailure: the file exists but could not be read.
    """
    file = Path(path)
    try:
        if file.stat().st_size > MAX_FILE_BYTES:
            raise problem(None, "scripts.too_large", mb=MAX_FILE_BYTES // 1_000_000).in_file(file.name)
        raw = file.read_bytes()
    except FileNotFoundError as exc:
        raise problem(None, "scripts.no_such_file").in_file(str(file)) from exc
    except IsADirectoryError as exc:
        raise problem(None, "scripts.is_folder").in_file(str(file)) from exc
    except OSError as exc:
        raise EnvironmentFailure("scripts.unreadable_file", file=str(file), detail=exc.strerror or exc) from exc
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise problem(None, "scripts.not_utf8", byte=exc.start).in_file(file.name) from exc
    try:
        return loads_script(text)
    except ScriptProblems as exc:
        raise exc.in_file(file.name) from exc


def loads_script(text: str) -> Script:
    """Parse and check a script from JSON text.

    Raises:
        UserInputError: what is wrong and where (JSON line and column, or the script location).
    """
    try:
        document = json.loads(text, object_pairs_hook=_object_from_pairs)
    except json.JSONDecodeError as exc:
        raise problem(
            None, "scripts.not_json", format="JSON", line=exc.lineno, column=exc.colno, detail=exc.msg
        ) from exc
    script = _script_from(document)
    found = validation.problems(script)
    if found:
        raise ScriptProblems(found)
    return script


class _Reader:
    """Typed access to one JSON object, naming the location of whatever is wrong."""

    def __init__(self, value: Any, where: str, allowed: tuple[str, ...]) -> None:
        if not isinstance(value, dict):
            raise problem(where, "scripts.not_object", kind=_kind(value))
        self._object = value
        self._where = where
        for key in getattr(value, "repeated", []):
            raise problem(self._at(key), "scripts.given_twice", key=key)
        for key in value:
            if key not in allowed:
                raise problem(self._at(key), "scripts.unknown_key", allowed=", ".join(allowed))

    def _at(self, key: str) -> str:
        return f"{self._where}.{key}" if self._where else key

    def _get(self, key: str, expected: type[_T], label: str, optional: bool = False, default: Any = None) -> Any:
        if key not in self._object:
            if optional:
                return default
            raise problem(self._at(key), "scripts.missing")
        value = self._object[key]
        if value is None and optional:
            return default
        # bool is an int in Python, but true is not a version number
        if not isinstance(value, expected) or (expected is int and isinstance(value, bool)):
            raise problem(self._at(key), "scripts.wrong_type", expected=label, kind=_kind(value))
        return value

    def text(self, key: str) -> str:
        value: str = self._get(key, str, "scripts.kind.text")
        return value

    def integer(self, key: str) -> int:
        value: int = self._get(key, int, "scripts.kind.whole_number")
        return value

    def optional_text(self, key: str, default: str | None = None) -> str | None:
        value: str | None = self._get(key, str, "scripts.kind.text_or_null", optional=True, default=default)
        return value

    def items(self, key: str, optional: bool = False) -> list[tuple[Any, str]]:
        values: list[Any] = self._get(key, list, "scripts.kind.list_of", optional=optional, default=[])
        return [(value, f"{self._at(key)}[{number}]") for number, value in enumerate(values)]

    def choice(self, key: str, convert: Callable[[str], _T], default: _T | None = None) -> _T | None:
        value = self.optional_text(key)
        if value is None:
            return default
        try:
            return convert(value)
        except ValueError as exc:
            where = self._at(key)
            raise problem(where, "scripts.not_a_choice", value=value, choices=_choices(convert)) from exc


def _choices(convert: Callable[[str], object]) -> str:
    members = getattr(convert, "__members__", {})
    return ", ".join(f'"{member.value}"' for member in members.values())


def _kind(value: Any) -> str:
    """What a JSON value is, as the message code of its name."""
    if value is None:
        return "scripts.kind.null"
    # bool before int: true is an int to Python
    for kind, name in ((dict, "object"), (list, "list"), (str, "text"), (bool, "boolean")):
        if isinstance(value, kind):
            return f"scripts.kind.{name}"
    return "scripts.kind.number"


_TOP_KEYS = ("format", "format_version", "key", "title", "language", "version", "start", "steps", "objections")


def _script_from(document: Any) -> Script:
    reader = _Reader(document, "", _TOP_KEYS)
    if reader.text("format") != FORMAT_NAME:
        raise problem("format", "scripts.bad_format", name=FORMAT_NAME)
    if reader.integer("format_version") != FORMAT_VERSION:
        raise problem(
            "format_version", "scripts.bad_format_version", supported=FORMAT_VERSION, found=document["format_version"]
        )
    return Script(
        key=reader.text("key"),
        title=reader.text("title"),
        language=reader.text("language"),
        version=reader.integer("version"),
        start_step=reader.text("start"),
        steps=tuple(_step_from(value, where) for value, where in reader.items("steps")),
        objections=tuple(_objection_from(value, where) for value, where in reader.items("objections", True)),
    )


def _step_from(value: Any, where: str) -> Step:
    reader = _Reader(value, where, ("key", "kind", "text", "stage", "outcome", "answers"))
    kind = reader.choice("kind", StepKind, StepKind.LINE)
    assert kind is not None  # the default is not None
    return Step(
        key=reader.text("key"),
        text=reader.text("text"),
        kind=kind,
        answers=tuple(_answer_from(item, item_where) for item, item_where in reader.items("answers", True)),
        stage=reader.choice("stage", BuyingStage),
        outcome=reader.choice("outcome", ConversationResult),
    )


def _answer_from(value: Any, where: str) -> Answer:
    reader = _Reader(value, where, ("label", "next"))
    return Answer(label=reader.text("label"), next_step=reader.optional_text("next"))


def _objection_from(value: Any, where: str) -> Objection:
    reader = _Reader(value, where, ("key", "title", "triggers", "rebuttals"))
    triggers = []
    for item, item_where in reader.items("triggers", True):
        if not isinstance(item, str):
            raise problem(item_where, "scripts.wrong_type", expected="scripts.kind.text", kind=_kind(item))
        triggers.append(item)
    return Objection(
        key=reader.text("key"),
        title=reader.text("title"),
        triggers=tuple(triggers),
        rebuttals=tuple(_rebuttal_from(item, item_where) for item, item_where in reader.items("rebuttals")),
    )


def _rebuttal_from(value: Any, where: str) -> Rebuttal:
    reader = _Reader(value, where, ("key", "text"))
    return Rebuttal(key=reader.text("key"), text=reader.text("text"))


# ---------------------------------------------------------------------------------------------- writing


def dump_script(script: Script) -> str:
    """The script as file text: every key written, in the documented order, UTF-8 characters kept."""
    document = {
        "format": FORMAT_NAME,
        "format_version": FORMAT_VERSION,
        "key": script.key,
        "title": script.title,
        "language": script.language,
        "version": script.version,
        "start": script.start_step,
        "steps": [_step_document(step) for step in script.steps],
        "objections": [_objection_document(objection) for objection in script.objections],
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def _step_document(step: Step) -> dict[str, Any]:
    return {
        "key": step.key,
        "kind": step.kind.value,
        "text": step.text,
        "stage": None if step.stage is None else step.stage.value,
        "outcome": None if step.outcome is None else step.outcome.value,
        "answers": [{"label": answer.label, "next": answer.next_step} for answer in step.answers],
    }


def _objection_document(objection: Objection) -> dict[str, Any]:
    return {
        "key": objection.key,
        "title": objection.title,
        "triggers": list(objection.triggers),
        "rebuttals": [{"key": rebuttal.key, "text": rebuttal.text} for rebuttal in objection.rebuttals],
    }


def save_script(script: Script, path: str | os.PathLike[str]) -> None:
    """Write ``script`` to ``path`` atomically (temporary file, then rename over the target).

    Raises:
        UserInputError: the script has problems (a file that would not load again is never written).
        EnvironmentFailure: the folder is missing or not writable, or the disk is full.
    """
    found = validation.problems(script)
    if found:
        raise ScriptProblems(found)
    target = Path(path)
    data = dump_script(script).encode("utf-8")
    try:
        descriptor, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    except OSError as exc:
        raise EnvironmentFailure("scripts.unwritable_file", file=str(target), detail=exc.strerror or exc) from exc
    try:
        with os.fdopen(descriptor, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temporary, 0o644)  # mkstemp makes the file private; an exported script is an ordinary file
        os.replace(temporary, target)
    except OSError as exc:
        Path(temporary).unlink(missing_ok=True)
        raise EnvironmentFailure("scripts.unwritable_file", file=str(target), detail=exc.strerror or exc) from exc
