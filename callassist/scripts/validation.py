"""What is wrong with a script, in words a script author understands and with the place it is wrong.

Locations use the script file's names (``steps[3].answers[1].next``, zero-based indices), so the same
messages serve the file loader and the script editor.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from callassist.scripts import template
from callassist.scripts.model import Objection, Script, Step, StepKind

KEY_PATTERN = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.\-]{0,63}")
KEY_RULE = "1-64 Latin letters, digits, '_', '.' or '-', starting with a letter or digit"
_LANGUAGE = re.compile(r"[a-z]{2,3}")


def problems(script: Script) -> list[str]:
    """Every problem in ``script`` as "location: what is wrong"; an empty list means it can be used."""
    return [*_header_problems(script), *_step_problems(script), *_objection_problems(script)]


def _header_problems(script: Script) -> Iterator[str]:
    yield from _key_problems("key", script.key)
    if not script.title.strip():
        yield "title: is empty"
    if not _LANGUAGE.fullmatch(script.language):
        yield f'language: "{script.language}" is not a language code such as "ru" or "en"'
    if script.version < 1:
        yield f"version: must be 1 or more, not {script.version}"
    if not script.steps:
        yield "steps: a script needs at least one step"
    elif not script.has_step(script.start_step):
        yield f'start: no step "{script.start_step}"'


def _step_problems(script: Script) -> Iterator[str]:
    first_use: dict[str, int] = {}
    for number, step in enumerate(script.steps):
        where = f"steps[{number}]"
        yield from _key_problems(f"{where}.key", step.key)
        if step.key in first_use:
            yield f'{where}.key: "{step.key}" is already the key of steps[{first_use[step.key]}]'
        first_use.setdefault(step.key, number)
        yield from _text_problems(f"{where}.text", step.text)
        yield from _answer_problems(script, where, step)


def _answer_problems(script: Script, where: str, step: Step) -> Iterator[str]:
    if step.kind is StepKind.END and step.answers:
        yield f"{where}.answers: an end step has no answers (the call is over)"
    if step.kind is StepKind.LINE and not step.answers:
        yield f"{where}.answers: a line step needs at least one answer, or the operator is stuck"
    for number, answer in enumerate(step.answers):
        if not answer.label.strip():
            yield f"{where}.answers[{number}].label: is empty"
        if answer.next_step is not None and not script.has_step(answer.next_step):
            yield f'{where}.answers[{number}].next: no step "{answer.next_step}"'


def _objection_problems(script: Script) -> Iterator[str]:
    first_use: dict[str, int] = {}
    for number, objection in enumerate(script.objections):
        where = f"objections[{number}]"
        yield from _key_problems(f"{where}.key", objection.key)
        if objection.key in first_use:
            yield f'{where}.key: "{objection.key}" is already the key of objections[{first_use[objection.key]}]'
        first_use.setdefault(objection.key, number)
        yield from _one_objection_problems(where, objection)


def _one_objection_problems(where: str, objection: Objection) -> Iterator[str]:
    if not objection.title.strip():
        yield f"{where}.title: is empty"
    for number, trigger in enumerate(objection.triggers):
        if not trigger.strip():
            yield f"{where}.triggers[{number}]: is empty"
    if not objection.rebuttals:
        yield f"{where}.rebuttals: an objection needs at least one rebuttal"
    seen: set[str] = set()
    for number, rebuttal in enumerate(objection.rebuttals):
        yield from _key_problems(f"{where}.rebuttals[{number}].key", rebuttal.key)
        if rebuttal.key in seen:
            yield f'{where}.rebuttals[{number}].key: "{rebuttal.key}" is used twice in this objection'
        seen.add(rebuttal.key)
        yield from _text_problems(f"{where}.rebuttals[{number}].text", rebuttal.text)


def _key_problems(where: str, key: str) -> Iterator[str]:
    if not KEY_PATTERN.fullmatch(key):
        yield f'{where}: "{key}" is not a valid key ({KEY_RULE})'


def _text_problems(where: str, text: str) -> Iterator[str]:
    if not text.strip():
        yield f"{where}: is empty"
    for field in dict.fromkeys(template.fields_in(text)):
        if field not in template.KNOWN_FIELDS:
            known = ", ".join(sorted(template.KNOWN_FIELDS))
            yield f"{where}: unknown field {{{field}}} (known fields: {known})"
    if template.stray_braces(text):
        yield f'{where}: has a "{{" or "}}" that is not part of a {{field}} or {{field|fallback}} placeholder'
