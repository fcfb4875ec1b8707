"""Script templates: fields, fallbacks, the form of address, and no brace ever on screen (PRODUCT.md rule 11)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from callassist.domain import ClientState, ClientView
from callassist.scripts.template import KNOWN_FIELDS, client_fields, fields_in, render, stray_braces


def make_client(**overrides: str) -> ClientView:
    values = {
        "full_name": "",
        "first_name": "",
        "patronymic": "",
        "last_name": "",
        "address_form": "",
        "company": "",
        "position": "",
        "city": "",
    }
    values.update(overrides)
    return ClientView(
        id=1,
        email="",
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
        **values,
    )


@pytest.mark.parametrize(
    ("text", "fields", "expected"),
    [
        ("Добрый день, {name}!", {"name": "Иван Петрович"}, "Добрый день, Иван Петрович!"),
        ("{name|Добрый день}!", {}, "Добрый день!"),
        ("{name|Добрый день}!", {"name": "   "}, "Добрый день!"),
        ("{company|ваша компания}", {"company": "ООО Ромашка"}, "ООО Ромашка"),
        ("Звоню в {Company|вашу компанию}.", {"company": "Ромашку"}, "Звоню в Ромашку."),
        ("Звоню в { company | вашу компанию }.", {}, "Звоню в вашу компанию."),
        ("Привет, {nickname|коллега}.", {"nickname": "x"}, "Привет, x."),
        ("Привет, {unknown_field|коллега}.", {}, "Привет, коллега."),
        ("{name|}", {}, ""),
    ],
)
def test_fields_and_fallbacks(text: str, fields: dict[str, str], expected: str) -> None:
    assert render(text, fields) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Добрый день, {name}!", "Добрый день!"),
        ("Добрый день, {name}.", "Добрый день."),
        ("{name}, добрый день!", "Добрый день!"),
        ("Скажите, {name}, вам удобно?", "Скажите, вам удобно?"),
        ("Отлично. {name}, это для вас.", "Отлично. Это для вас."),
        ("Компания {company} ждёт", "Компания ждёт"),
        ("Good afternoon, {name}!", "Good afternoon!"),
        ("Спасибо ({company}) за время", "Спасибо за время"),
        ("Thank you, {name}", "Thank you"),
    ],
)
def test_an_empty_field_takes_its_separator_with_it(text: str, expected: str) -> None:
    assert render(text, {"name": "", "company": ""}) == expected


@pytest.mark.parametrize(
    "text",
    ["{", "}", "{}", "{{name}}", "a { b } c", "{name|{x}}", "{name", "name}", "{1abc}", "{na me}", "}{"],
)
def test_rule_11_stray_braces_never_reach_the_screen(text: str) -> None:
    rendered = render(text, {"name": "Анна"})
    assert "{" not in rendered and "}" not in rendered


def test_braces_inside_values_are_not_placeholders() -> None:
    rendered = render("Добрый день, {name}!", {"name": "{company}", "company": "secret"})
    assert "{" not in rendered and "secret" not in rendered


@given(text=st.text(), fields=st.dictionaries(st.sampled_from([*sorted(KNOWN_FIELDS), "other"]), st.text()))
def test_rule_11_no_brace_survives_any_text_and_fields(text: str, fields: dict[str, str]) -> None:
    rendered = render(text, fields)
    assert "{" not in rendered and "}" not in rendered and "\x00" not in rendered


@given(
    parts=st.lists(
        st.one_of(
            st.sampled_from(["{name}", "{company|ваша компания}", "{city|}", "{", "}", "{|}", ", ", "! ", " "]),
            st.text(alphabet="абв ,.!{}|", max_size=8),
        ),
        max_size=12,
    )
)
def test_no_brace_survives_placeholder_soup(parts: list[str]) -> None:
    rendered = render("".join(parts), {"name": "", "company": "Ромашка"})
    assert "{" not in rendered and "}" not in rendered


def test_fields_in_and_stray_braces() -> None:
    text = "Добрый день, {name|коллега}! {Company} и {} и {"
    assert fields_in(text) == ["name", "company"]
    assert stray_braces(text) == 3


def test_address_uses_first_name_and_patronymic() -> None:
    client = make_client(first_name="Иван", patronymic="Петрович", last_name="Сидоров")
    fields = client_fields(client, "Анна Смирнова")
    assert fields["name"] == "Иван Петрович"
    assert render("Добрый день, {name}!", fields) == "Добрый день, Иван Петрович!"


def test_address_form_on_the_card_wins() -> None:
    client = make_client(first_name="John", last_name="Smith", address_form="Mr Smith")
    assert client_fields(client, "Anna")["name"] == "Mr Smith"


def test_address_without_patronymic_is_the_first_name() -> None:
    assert client_fields(make_client(first_name="Olga"), "Anna")["name"] == "Olga"


def test_only_a_surname_known_means_no_address_so_the_fallback_shows() -> None:
    fields = client_fields(make_client(last_name="Сидоров"), "Анна")
    assert render("{name|Добрый день}!", fields) == "Добрый день!"


def test_full_name_is_built_when_the_card_has_none() -> None:
    client = make_client(first_name="Иван", patronymic="Петрович", last_name="Сидоров")
    assert client_fields(client, "")["full_name"] == "Сидоров Иван Петрович"


@pytest.mark.parametrize(
    ("operator", "first_name"),
    [("Анна Смирнова", "Анна"), ("Смирнова Анна Сергеевна", "Анна"), ("Anna", "Anna"), ("", "")],
)
def test_operator_first_name(operator: str, first_name: str) -> None:
    assert client_fields(None, operator)["operator_first_name"] == first_name


def test_no_client_yet_gives_every_field_empty_but_operator_and_product() -> None:
    fields = client_fields(None, " Анна Смирнова ", product=" CRM ")
    assert set(fields) == KNOWN_FIELDS
    assert fields["operator"] == "Анна Смирнова" and fields["product"] == "CRM"
    assert {name for name, value in fields.items() if value} == {"operator", "operator_first_name", "product"}


def test_client_fields_are_stripped_and_copied() -> None:
    client = make_client(first_name=" Иван ", company=" ООО Ромашка ", position="директор", city="Тула")
    fields = client_fields(client, "Анна")
    assert (fields["first_name"], fields["company"], fields["position"], fields["city"]) == (
        "Иван",
        "ООО Ромашка",
        "директор",
        "Тула",
    )
