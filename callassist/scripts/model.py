"""A call script as plain frozen values: steps the operator walks through and the objection palette.

A script is a small graph. Each step is the operator's line; the client's possible answers are buttons,
each leading to the next step (or out of the script when ``next_step`` is ``None``). Goal steps mark what
the call is for (a meeting booked, a sale), end steps close the call politely. Objections are reachable
from any step through the palette. Nothing here is checked on construction, because an editor builds a
script piece by piece; ``callassist.scripts.validation.problems`` says what is wrong with a finished one.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from callassist.domain import BuyingStage, ConversationResult
from callassist.errors import NotFound


class StepKind(enum.StrEnum):
    LINE = "line"  # the operator says something and waits for the client's answer
    GOAL = "goal"  # the call reached what it is for: a meeting booked, a sale
    END = "end"  # a polite close; nothing follows


@dataclass(frozen=True)
class Answer:
    """One of the client's possible answers, shown as a button under the step."""

    label: str
    next_step: str | None  # key of the step it leads to; None leaves the script for the wrap-up


@dataclass(frozen=True)
class Step:
    key: str
    text: str  # a template: see callassist.scripts.template
    kind: StepKind = StepKind.LINE
    answers: tuple[Answer, ...] = ()
    stage: BuyingStage | None = None  # the buying stage this step suits, when it matters
    outcome: ConversationResult | None = None  # what the wrap-up form should suggest after this step


@dataclass(frozen=True)
class Rebuttal:
    """One way to answer an objection; the key lets analytics count which answer wins clients."""

    key: str
    text: str  # a template


@dataclass(frozen=True)
class Objection:
    key: str
    title: str  # what the palette shows, e.g. "Too expensive"
    triggers: tuple[str, ...]  # how clients typically put it; the palette searches these and the title
    rebuttals: tuple[Rebuttal, ...]

    @property
    def rebuttal(self) -> str:
        """The first (main) rebuttal's text, or "" when the objection has none yet."""
        return self.rebuttals[0].text if self.rebuttals else ""


@dataclass(frozen=True)
class Script:
    key: str
    title: str
    language: str  # "ru", "en"
    version: int  # a call records the version it used; an edit makes a new version
    start_step: str
    steps: tuple[Step, ...]
    objections: tuple[Objection, ...] = ()

    def step(self, key: str) -> Step:
        """The step called ``key``.

        Raises:
            NotFound: the script has no such step.
        """
        for step in self.steps:
            if step.key == key:
                return step
        raise NotFound("scripts.step_not_found", title=self.title, key=key)

    def has_step(self, key: str) -> bool:
        return any(step.key == key for step in self.steps)

    @property
    def start(self) -> Step:
        """The step a call begins with."""
        return self.step(self.start_step)

    def next_step(self, step_key: str, answer_index: int) -> Step | None:
        """Where the client's answer number ``answer_index`` of step ``step_key`` leads; None leaves the script.

        Raises:
            NotFound: no such step or answer.
        """
        answers = self.step(step_key).answers
        if not 0 <= answer_index < len(answers):
            raise NotFound("scripts.answer_not_found", key=step_key, number=answer_index + 1)
        target = answers[answer_index].next_step
        return None if target is None else self.step(target)

    def objection(self, key: str) -> Objection:
        """The objection called ``key``.

        Raises:
            NotFound: the script has no such objection.
        """
        for objection in self.objections:
            if objection.key == key:
                return objection
        raise NotFound("scripts.objection_not_found", title=self.title, key=key)
