"""The objection palette's search: misspelled, inflected and wrong-layout queries in Russian and English."""

from __future__ import annotations

from importlib import resources

import pytest

from callassist.scripts.fileformat import loads_script
from callassist.scripts.model import Objection, Rebuttal, Script
from callassist.scripts.search import ObjectionIndex


def default_script(language: str) -> Script:
    text = resources.files("callassist.data").joinpath(f"scripts_{language}.json").read_text(encoding="utf-8")
    return loads_script(text)


@pytest.fixture(scope="module")
def indexes() -> dict[str, ObjectionIndex]:
    return {language: ObjectionIndex(default_script(language).objections) for language in ("ru", "en")}


QUERIES = [
    # Russian: exact, inflected, misspelled, partly typed
    ("ru", "дорого", "price"),
    ("ru", "дорогова", "price"),
    ("ru", "слишком дорогой", "price"),
    ("ru", "дорагой", "price"),
    ("ru", "дороговато", "price"),
    ("ru", "цена высокавата", "price"),
    ("ru", "доро", "price"),
    ("ru", "нет денег", "no_budget"),
    ("ru", "бюджт", "no_budget"),
    ("ru", "поставшик", "have_supplier"),
    ("ru", "у нас уже есть поставщик", "have_supplier"),
    ("ru", "директор", "not_decision_maker"),
    ("ru", "не я решаю", "not_decision_maker"),
    ("ru", "некогда мне", "no_time"),
    ("ru", "на почту", "send_email"),
    ("ru", "скиньте на мыло", "send_email"),
    ("ru", "мы подумаем", "think_about_it"),
    ("ru", "неинтиресно", "not_interested"),
    ("ru", "нам не интересно", "not_interested"),
    ("ru", "позвоните потом", "call_back_later"),
    ("ru", "посоветоватся", "need_consult"),
    ("ru", "обожглись", "bad_experience"),
    ("ru", "уже пробовали", "bad_experience"),
    ("ru", "хамит", "rude_client"),
    ("ru", "мы сами", "do_it_ourselves"),
    ("ru", "откуда номер", "where_number"),
    ("ru", "маленькая фирма", "too_small"),
    ("ru", "конкуренты дешевле", "competitor_cheaper"),
    ("ru", "отзывы", "no_trust"),
    ("ru", "не нужно", "no_need"),
    # Russian typed on the English layout
    ("ru", "ljhjuj", "price"),
    ("ru", ",.l;tn", "no_budget"),
    ("ru", "ytn dhtvtyb", "no_time"),
    ("ru", "gjlevfi.", "think_about_it"),
    # English: exact, inflected, misspelled, partly typed
    ("en", "expensive", "price"),
    ("en", "too expencive", "price"),
    ("en", "too much", "price"),
    ("en", "expens", "price"),
    ("en", "budgets", "no_budget"),
    ("en", "vendor", "have_supplier"),
    ("en", "decision maker", "not_decision_maker"),
    ("en", "busy", "no_time"),
    ("en", "e-mail", "send_email"),
    ("en", "send proposal", "send_email"),
    ("en", "thinking", "think_about_it"),
    ("en", "not intrested", "not_interested"),
    ("en", "later", "call_back_later"),
    ("en", "discuss with partner", "need_consult"),
    ("en", "burned", "bad_experience"),
    ("en", "stop calling", "rude_client"),
    ("en", "in-house", "do_it_ourselves"),
    ("en", "where did you get my number", "where_number"),
    ("en", "we are small", "too_small"),
    ("en", "cheaper", "competitor_cheaper"),
    ("en", "references", "no_trust"),
    ("en", "dont need", "no_need"),
    # English typed on the Russian layout
    ("en", "учзутышму", "price"),
    ("en", "игвпуе", "no_budget"),
    ("en", "ыгззшук", "have_supplier"),
]


def test_the_table_is_big_enough() -> None:
    assert len(QUERIES) >= 40


@pytest.mark.parametrize(("language", "query", "expected"), QUERIES)
def test_finds_the_right_objection_first(
    indexes: dict[str, ObjectionIndex], language: str, query: str, expected: str
) -> None:
    found = indexes[language].search(query)
    assert found, f"nothing found for {query!r}"
    assert found[0].key == expected, [match.key for match in found[:3]]


@pytest.mark.parametrize(("language", "query"), [("ru", "дорого"), ("en", "supplier")])
def test_every_prefix_of_a_word_keeps_results_coming(
    indexes: dict[str, ObjectionIndex], language: str, query: str
) -> None:
    for end in range(1, len(query) + 1):
        assert indexes[language].search(query[:end]), query[:end]


def test_scores_are_ordered_and_limited(indexes: dict[str, ObjectionIndex]) -> None:
    found = indexes["ru"].search("не", limit=3)
    assert len(found) <= 3
    assert [match.score for match in found] == sorted((match.score for match in found), reverse=True)
    assert all(0 < match.score <= 100 for match in found)


def test_a_match_carries_the_objection_title(indexes: dict[str, ObjectionIndex]) -> None:
    script = default_script("ru")
    match = indexes["ru"].search("дорого")[0]
    assert match.title == script.objection(match.key).title


def test_blank_query_lists_the_library_in_its_order(indexes: dict[str, ObjectionIndex]) -> None:
    script = default_script("en")
    found = indexes["en"].search("  ,. ", limit=4)
    assert [match.key for match in found] == [objection.key for objection in script.objections[:4]]


@pytest.mark.parametrize("query", ["zzzqqqxxx", "щщщжжж", "12345"])
def test_nonsense_finds_nothing(indexes: dict[str, ObjectionIndex], query: str) -> None:
    assert indexes["ru"].search(query) == []


def test_empty_library_and_zero_limit() -> None:
    assert ObjectionIndex([]).search("дорого") == []
    objection = Objection("price", "Дорого", ("слишком дорого",), (Rebuttal("main", "..."),))
    assert ObjectionIndex([objection]).search("дорого", limit=0) == []


def test_title_word_beats_the_same_word_in_a_trigger() -> None:
    in_trigger = Objection("a", "Другое", ("это дорого",), (Rebuttal("main", "..."),))
    in_title = Objection("b", "Дорого", ("другое",), (Rebuttal("main", "..."),))
    assert ObjectionIndex([in_trigger, in_title]).search("дорого")[0].key == "b"


def test_index_accepts_a_one_shot_iterable() -> None:
    objections = (Objection(key, key, (), (Rebuttal("main", "..."),)) for key in ("price", "budget"))
    assert ObjectionIndex(objections).search("budget")[0].key == "budget"


def test_cached_and_fresh_results_agree(indexes: dict[str, ObjectionIndex]) -> None:
    index = indexes["ru"]
    for end in range(1, len("слишком дорого") + 1):
        index.search("слишком дорого"[:end])
    warm = index.search("слишком дорого")
    index.forget_typed_words()
    assert index.search("слишком дорого") == warm
