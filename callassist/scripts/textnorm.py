"""Turning what an operator types into comparable word stems: case, ё, punctuation, stems, keyboard layout.

Shared by the objection index (for titles and triggers) and by its queries, so both sides agree.
"""

from __future__ import annotations

import re
from functools import lru_cache

import snowballstemmer

# The ЙЦУКЕН and QWERTY keys in the same positions, so text typed on the wrong layout can be read back.
_QWERTY = "qwertyuiop[]asdfghjkl;'zxcvbnm,.`QWERTYUIOP{}ASDFGHJKL:\"ZXCVBNM<>~"
_JCUKEN = "йцукенгшщзхъфывапролджэячсмитьбюёЙЦУКЕНГШЩЗХЪФЫВАПРОЛДЖЭЯЧСМИТЬБЮЁ"
_LATIN_TO_CYRILLIC = str.maketrans(_QWERTY, _JCUKEN)
_CYRILLIC_TO_LATIN = str.maketrans(_JCUKEN, _QWERTY)

_NOT_A_WORD_CHARACTER = re.compile(r"[\W_]+")
_CYRILLIC = re.compile(r"[а-яё]")
_LATIN = re.compile(r"[a-z]")
_RUSSIAN = snowballstemmer.stemmer("russian")
_ENGLISH = snowballstemmer.stemmer("english")


# Function words say little about which objection the client raised ("у нас", "my", "we"); negations stay
# out of this list on purpose, since "не интересно" and "интересно" are different objections.
_FUNCTION_WORDS_TEXT = """
я мы вы ты он она они мне нам вам нас вас меня мой моя мое наш наша наше ваш ваша ваше это эта этот то так
у в во на с со к ко о об от до по за из для и а но или же ли что как уже
i me my we us our you your he she they them it its this that the a an to of in on at for with from by
and or but is are am be was were do does did have has so just
"""
_FUNCTION_WORDS = frozenset(_FUNCTION_WORDS_TEXT.split())


def is_function_word(stem: str) -> bool:
    """Whether ``stem`` is the stem of a function word (pronoun, preposition, conjunction, article, auxiliary)."""
    return stem in _FUNCTION_STEMS


def words(text: str) -> list[str]:
    """``text`` casefolded, with ё read as е, split into words; punctuation and symbols are dropped."""
    folded = text.casefold().replace("ё", "е")
    return [word for word in _NOT_A_WORD_CHARACTER.split(folded) if word]


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """The Snowball stem of one normalised word, Russian or English by its letters."""
    if _CYRILLIC.search(word):
        return str(_RUSSIAN.stemWord(word))
    if _LATIN.search(word):
        return str(_ENGLISH.stemWord(word))
    return word


def stems(text: str) -> list[str]:
    """The stems of ``text``'s words, in order."""
    return [stem(word) for word in words(text)]


def layout_variants(text: str) -> list[str]:
    """``text`` as typed, then as it was meant if it was typed on the other keyboard layout.

    Each whitespace-separated chunk that holds a letter of the other alphabet is converted key by key,
    punctuation included (",.l;tn" is "бюджет" typed on QWERTY); chunks without one are left alone.
    """
    variants = [text]
    for letters, table in ((_LATIN, _LATIN_TO_CYRILLIC), (_CYRILLIC, _CYRILLIC_TO_LATIN)):
        converted = " ".join(
            chunk.translate(table) if letters.search(chunk.casefold()) else chunk for chunk in text.split()
        )
        if converted != " ".join(text.split()):
            variants.append(converted)
    return variants


_FUNCTION_STEMS = frozenset(stem(word) for word in _FUNCTION_WORDS)
