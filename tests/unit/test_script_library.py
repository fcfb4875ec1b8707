"""The default script libraries: they load, cover the common objections, lead somewhere, use known fields."""

from __future__ import annotations

from decimal import Decimal
from importlib import resources

import pytest

from callassist.domain import ClientState, ClientView, ConversationResult
from callassist.scripts.fileformat import loads_script
from callassist.scripts.model import Script, StepKind
from callassist.scripts.template import KNOWN_FIELDS, client_fields, fields_in, render, stray_braces
from callassist.scripts.validation import problems

LANGUAGES = ["ru", "en"]
# The objections the product brief names; each default library must answer all of them.
REQUIRED_OBJECTIONS = {
    "price",
    "no_budget",
    "have_supplier",
    "not_decision_maker",
    "no_time",
    "send_email",
    "think_about_it",
    "not_interested",
    "call_back_later",
    "need_consult",
    "bad_experience",
    "rude_client",
    "do_it_ourselves",
    "where_number",
    "too_small",
}


def load_default(language: str) -> Script:
    text = resources.files("callassist.data").joinpath(f"scripts_{language}.json").read_text(encoding="utf-8")
    return loads_script(text)


def all_texts(script: Script) -> list[str]:
    texts = [step.text for step in script.steps]
    texts += [rebuttal.text for objection in script.objections for rebuttal in objection.rebuttals]
    return texts


@pytest.mark.parametrize("language", LANGUAGES)
def test_default_library_loads_clean(language: str) -> None:
    script = load_default(language)
    assert script.language == language
    assert problems(script) == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_at_least_fifteen_objections_including_the_common_ones(language: str) -> None:
    script = load_default(language)
    keys = {objection.key for objection in script.objections}
    assert len(keys) >= 15
    assert keys >= REQUIRED_OBJECTIONS
    for objection in script.objections:
        assert objection.triggers, objection.key
        assert objection.rebuttal.strip(), objection.key


def test_both_languages_offer_the_same_objections_and_steps() -> None:
    ru, en = load_default("ru"), load_default("en")
    assert [objection.key for objection in ru.objections] == [objection.key for objection in en.objections]
    assert [step.key for step in ru.steps] == [step.key for step in en.steps]


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_answer_leads_to_an_existing_step(language: str) -> None:
    script = load_default(language)
    keys = {step.key for step in script.steps}
    for step in script.steps:
        for answer in step.answers:
            assert answer.next_step is None or answer.next_step in keys, (step.key, answer.label)


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_step_is_reachable_and_every_path_ends(language: str) -> None:
    script = load_default(language)
    reached, frontier = {script.start_step}, [script.start_step]
    while frontier:
        for answer in script.step(frontier.pop()).answers:
            if answer.next_step and answer.next_step not in reached:
                reached.add(answer.next_step)
                frontier.append(answer.next_step)
    assert reached == {step.key for step in script.steps}
    assert any(step.kind is StepKind.END for step in script.steps)


@pytest.mark.parametrize("language", LANGUAGES)
def test_goals_for_a_meeting_and_a_sale_and_polite_ends(language: str) -> None:
    script = load_default(language)
    goal_outcomes = {step.outcome for step in script.steps if step.kind is StepKind.GOAL}
    assert {ConversationResult.SALE, ConversationResult.CALLBACK} <= goal_outcomes
    end_outcomes = {step.outcome for step in script.steps if step.kind is StepKind.END}
    assert ConversationResult.REFUSED in end_outcomes


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_template_field_used_is_known(language: str) -> None:
    script = load_default(language)
    used = {field for text in all_texts(script) for field in fields_in(text)}
    assert used <= KNOWN_FIELDS
    assert "name" in used  # the script addresses the client by name
    assert all(stray_braces(text) == 0 for text in all_texts(script))


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_opening_addresses_the_client_by_name(language: str) -> None:
    script = load_default(language)
    client = ClientView(
        id=1,
        full_name="Сидоров Иван Петрович",
        first_name="Иван",
        patronymic="Петрович",
        last_name="Сидоров",
        address_form="",
        company="ООО Ромашка",
        position="",
        email="",
        city="",
        region="",
        timezone=None,
        phones=(),
        state=ClientState.NEW,
        stage=None,
        next_contact_at=None,
        lifetime_value=Decimal(0),
        preferences="",
        notes="",
        never_reason=None,
    )
    opening = render(script.start.text, client_fields(client, "Анна Смирнова"))
    assert "Иван Петрович" in opening and "Анна" in opening and "ООО Ромашка" in opening


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_line_renders_clean_without_any_client(language: str) -> None:
    script = load_default(language)
    for text in all_texts(script):
        rendered = render(text, client_fields(None, ""))
        assert "{" not in rendered and "}" not in rendered
        assert " ," not in rendered and ",," not in rendered and "  " not in rendered, rendered
        assert rendered.strip() and rendered[0].isupper(), rendered


@pytest.mark.parametrize("language", LANGUAGES)
def test_rude_client_is_handled_without_a_discount(language: str) -> None:
    rude = load_default(language).objection("rude_client")
    offers_discount = {"ru": "дадим скидку", "en": "give you a discount"}[language]
    assert all(offers_discount not in rebuttal.text.casefold() for rebuttal in rude.rebuttals)
