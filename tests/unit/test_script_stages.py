"""The buying stage chooses the script's branch (issue 14): the answer leading to a step for the client's stage."""

from __future__ import annotations

from importlib import resources

import pytest

from callassist.domain import BuyingStage
from callassist.scripts.fileformat import loads_script
from callassist.scripts.stages import suggested_answer


def _script(language: str):  # type: ignore[no-untyped-def]
    return loads_script(resources.files("callassist.data").joinpath(f"scripts_{language}.json").read_text("utf-8"))


@pytest.mark.parametrize("language", ["ru", "en"])
def test_the_clients_stage_suggests_its_branch(language: str) -> None:
    script = _script(language)
    need = script.step("qualify_need")
    gathering = suggested_answer(script, "qualify_need", BuyingStage.GATHERING)
    choosing = suggested_answer(script, "qualify_need", BuyingStage.CHOOSING)

    assert gathering is not None and need.answers[gathering].next_step == "pitch_gathering"
    assert choosing is not None and need.answers[choosing].next_step == "pitch"


def test_no_stage_or_no_branch_for_it_suggests_nothing() -> None:
    script = _script("ru")
    assert suggested_answer(script, "qualify_need", None) is None
    assert suggested_answer(script, "opening", BuyingStage.READY) is None
    assert suggested_answer(script, "no_such_step", BuyingStage.READY) is None
