"""The client's buying stage choosing the script's way (issue 14): a step tagged with a stage suits clients in it.

A client gathering information needs a different conversation from one who is deciding. A script says so by
tagging steps with a stage (``Step.stage``): where the client's answer could lead to steps of several stages (the
default scripts' "still looking at options" against "has a problem to solve"), the answer whose step suits the
client's stage is the suggested one, and the panel marks it.
"""

from __future__ import annotations

from callassist.domain import BuyingStage
from callassist.scripts.model import Script


def suggested_answer(script: Script, step_key: str, stage: BuyingStage | None) -> int | None:
    """The index of the answer of ``step_key`` leading to a step for ``stage``; None when no answer does."""
    if stage is None or not script.has_step(step_key):
        return None
    for index, answer in enumerate(script.step(step_key).answers):
        target = answer.next_step
        if target is not None and script.has_step(target) and script.step(target).stage is stage:
            return index
    return None
