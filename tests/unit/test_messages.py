"""Rule 18: every message code is said in every UI language, with the same placeholders in each."""

from __future__ import annotations

import pickle
import re
import string

import pytest

from callassist import messages
from callassist.errors import UserInputError

FIELDS = string.Formatter()


def _placeholders(text: str) -> set[str]:
    text = re.sub(r"\{(\w+)\|[^{}]*\}", r"{\1}", text)
    return {name for _, name, _, _ in FIELDS.parse(text) if name}


@pytest.mark.parametrize("code", sorted(messages.all_codes()))
def test_rule_18_every_code_has_every_language_with_the_same_placeholders(code: str) -> None:
    texts = messages.all_codes()[code]
    assert set(texts) == set(messages.LANGUAGES), code
    assert all(text.strip() for text in texts.values()), code
    assert _placeholders(texts["ru"]) == _placeholders(texts["en"]), code
    # Placeholders, command-line options (--help) and the program's own name are not words to translate.
    russian = re.sub(r"\{[^{}]*\}|--[\w-]+|callassist", "", texts["ru"])
    assert not re.search(r"[A-Za-z]{4,}", russian) or code.startswith("raw."), (
        f"{code}: English words left in the Russian text: {texts['ru']!r}"
    )


@pytest.mark.parametrize(
    ("n", "expected"),
    [
        (1, "1 клиент"),
        (2, "2 клиента"),
        (5, "5 клиентов"),
        (11, "11 клиентов"),
        (21, "21 клиент"),
        (112, "112 клиентов"),
        (0, "0 клиентов"),
    ],
)
def test_russian_plurals_follow_the_language(n: int, expected: str) -> None:
    messages.CATALOGUE.setdefault(
        "test.clients", {"en": "{n} {n|client|clients|clients}", "ru": "{n} {n|клиент|клиента|клиентов}"}
    )
    assert messages.render("test.clients", "ru", n=n) == expected


def test_english_plural_and_number_formats() -> None:
    messages.CATALOGUE.setdefault(
        "test.clients", {"en": "{n} {n|client|clients|clients}", "ru": "{n} {n|клиент|клиента|клиентов}"}
    )
    assert messages.render("test.clients", "en", n=1) == "1 client"
    assert messages.render("test.clients", "en", n=3) == "3 clients"
    assert messages.format_percent(0.339, "ru") == "33,9\u00a0%"
    assert messages.format_percent(0.339, "en") == "33.9%"


def test_an_error_renders_in_the_asked_language_and_survives_pickling() -> None:
    error = UserInputError("general.database_unreachable", field="db", detail="x")
    assert error.render("ru").startswith("База данных недоступна")
    assert str(error).startswith("The database cannot be reached")
    copy = pickle.loads(pickle.dumps(error))
    assert (copy.code, copy.field, copy.params) == (error.code, "db", {"detail": "x"})
