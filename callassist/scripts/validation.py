"""What is wrong with a script, as message codes a script author reads in their language, with the place it is wrong.

Locations use the script file's names (``steps[3].answers[1].next``, zero-based indices), so the same
problems serve the file loader and the script editor. A :class:`Problem` is a code and its parameters; a
:class:`ScriptProblems` error carries one or many of them and renders them as "location: what is wrong".
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from callassist import messages
from callassist.errors import UserInputError
from callassist.scripts import template
from callassist.scripts.model import Objection, Script, Step, StepKind

KEY_PATTERN = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.\-]{0,63}")
_LANGUAGE = re.compile(r"[a-z]{2,3}")
_MAX_LISTED = 10
# Parameters whose value is itself a code (the kind of a JSON value), rendered in the same language.
_CODE_PARAMS = ("kind", "expected")


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a script: where (a file location; "" for the whole file, None for no place) and what."""

    where: str | None
    code: str
    params: Mapping[str, Any] = field(default_factory=dict)

    def render(self, language: str | None = None) -> str:
        params = {
            key: messages.render(value, language) if key in _CODE_PARAMS else value
            for key, value in self.params.items()
        }
        what = messages.render(self.code, language, **params)
        if self.where is None:
            return what
        where = self.where or messages.render("scripts.the_file", language)
        return messages.render("scripts.at", language, where=where, problem=what)

    def __str__(self) -> str:
        return self.render("en")


class ScriptProblems(UserInputError):
    """A script (or script file) that cannot be used, with every problem found; ``field`` is the first location.

    ``file`` names the file the problems are in; ``saving`` says they stopped a save.
    """

    def __init__(self, problems: Sequence[Problem], file: str | None = None, saving: bool = False) -> None:
        first = problems[0]
        super().__init__(first.code, field=first.where or None)
        self.params = dict(first.params)
        self.problems = tuple(problems)
        self.file = file
        self.saving = saving

    def in_file(self, name: str) -> ScriptProblems:
        """The same problems, said to be in the file ``name``."""
        return ScriptProblems(self.problems, name, self.saving)

    def render(self, language: str | None = None) -> str:
        if len(self.problems) == 1:
            text = self.problems[0].render(language)
        else:
            lines = [f"- {problem.render(language)}" for problem in self.problems[:_MAX_LISTED]]
            if len(self.problems) > _MAX_LISTED:
                lines.append("- " + messages.render("scripts.and_more", language, n=len(self.problems) - _MAX_LISTED))
            text = messages.render("scripts.many", language, n=len(self.problems), listed="\n".join(lines))
        if self.saving:
            text = messages.render("scripts.cannot_save", language, problems=text)
        if self.file is not None:
            text = messages.render("scripts.in_file", language, file=self.file, problem=text)
        return text

    def __reduce__(self) -> tuple[Any, ...]:
        return (ScriptProblems, (self.problems, self.file, self.saving))


def problem(where: str | None, code: str, **params: Any) -> ScriptProblems:
    """An error with the single problem ``code`` at ``where``."""
    return ScriptProblems([Problem(where, code, params)])


def problems(script: Script) -> list[Problem]:
    """Every problem in ``script``; an empty list means it can be used."""
    return [*_header_problems(script), *_step_problems(script), *_objection_problems(script)]


def _header_problems(script: Script) -> Iterator[Problem]:
    yield from _key_problems("key", script.key)
    if not script.title.strip():
        yield Problem("title", "scripts.empty")
    if not _LANGUAGE.fullmatch(script.language):
        yield Problem("language", "scripts.bad_language", {"language": script.language})
    if script.version < 1:
        yield Problem("version", "scripts.bad_version", {"version": script.version})
    if not script.steps:
        yield Problem("steps", "scripts.no_steps")
    elif not script.has_step(script.start_step):
        yield Problem("start", "scripts.no_such_step", {"key": script.start_step})


def _step_problems(script: Script) -> Iterator[Problem]:
    first_use: dict[str, int] = {}
    for number, step in enumerate(script.steps):
        where = f"steps[{number}]"
        yield from _key_problems(f"{where}.key", step.key)
        if step.key in first_use:
            other = f"steps[{first_use[step.key]}]"
            yield Problem(f"{where}.key", "scripts.key_taken", {"key": step.key, "other": other})
        first_use.setdefault(step.key, number)
        yield from _text_problems(f"{where}.text", step.text)
        yield from _answer_problems(script, where, step)


def _answer_problems(script: Script, where: str, step: Step) -> Iterator[Problem]:
    if step.kind is StepKind.END and step.answers:
        yield Problem(f"{where}.answers", "scripts.end_has_answers")
    if step.kind is StepKind.LINE and not step.answers:
        yield Problem(f"{where}.answers", "scripts.line_needs_answers")
    for number, answer in enumerate(step.answers):
        if not answer.label.strip():
            yield Problem(f"{where}.answers[{number}].label", "scripts.empty")
        if answer.next_step is not None and not script.has_step(answer.next_step):
            yield Problem(f"{where}.answers[{number}].next", "scripts.no_such_step", {"key": answer.next_step})


def _objection_problems(script: Script) -> Iterator[Problem]:
    first_use: dict[str, int] = {}
    for number, objection in enumerate(script.objections):
        where = f"objections[{number}]"
        yield from _key_problems(f"{where}.key", objection.key)
        if objection.key in first_use:
            other = f"objections[{first_use[objection.key]}]"
            yield Problem(f"{where}.key", "scripts.key_taken", {"key": objection.key, "other": other})
        first_use.setdefault(objection.key, number)
        yield from _one_objection_problems(where, objection)


def _one_objection_problems(where: str, objection: Objection) -> Iterator[Problem]:
    if not objection.title.strip():
        yield Problem(f"{where}.title", "scripts.empty")
    for number, trigger in enumerate(objection.triggers):
        if not trigger.strip():
            yield Problem(f"{where}.triggers[{number}]", "scripts.empty")
    if not objection.rebuttals:
        yield Problem(f"{where}.rebuttals", "scripts.needs_rebuttal")
    seen: set[str] = set()
    for number, rebuttal in enumerate(objection.rebuttals):
        yield from _key_problems(f"{where}.rebuttals[{number}].key", rebuttal.key)
        if rebuttal.key in seen:
            yield Problem(f"{where}.rebuttals[{number}].key", "scripts.rebuttal_key_twice", {"key": rebuttal.key})
        seen.add(rebuttal.key)
        yield from _text_problems(f"{where}.rebuttals[{number}].text", rebuttal.text)


def _key_problems(where: str, key: str) -> Iterator[Problem]:
    if not KEY_PATTERN.fullmatch(key):
        yield Problem(where, "scripts.bad_key", {"key": key})


def _text_problems(where: str, text: str) -> Iterator[Problem]:
    if not text.strip():
        yield Problem(where, "scripts.empty")
    for name in dict.fromkeys(template.fields_in(text)):
        if name not in template.KNOWN_FIELDS:
            known = ", ".join(sorted(template.KNOWN_FIELDS))
            yield Problem(where, "scripts.unknown_field", {"field": f"{{{name}}}", "known": known})
    if template.stray_braces(text):
        yield Problem(where, "scripts.stray_brace", {"open": "{", "close": "}"})
