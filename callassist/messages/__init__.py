"""Every sentence a person reads, in every UI language, keyed by a code: the one contract between core and UI.

The core never writes a sentence. It raises ``UserInputError("wrapup.reason_required", field=Field.REFUSAL_REASON)``
or writes a rejects row with a code; whoever shows it (the window, the command line, a rejects file, a calendar
event) renders the code in the person's language with :func:`render`. Each area of the core keeps its texts in a
module of this package (``wrapup.py``, ``importing.py`` …) that fills :data:`CATALOGUE` on import, so a code is said
once, in every language, and a test checks that every code has every language and the same placeholders.

Plural forms: a text may hold ``{n|one|few|many}`` where ``n`` names an integer parameter; Russian picks among the
three forms by its rules (1 клиент, 2 клиента, 5 клиентов), English uses ``one`` for 1 and ``many`` otherwise.
Numbers given as ``float`` or ``Decimal`` are formatted by the language (``33,9`` in Russian, ``33.9`` in English).
"""

from __future__ import annotations

import importlib
import locale
import os
import pkgutil
import re
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Final

LANGUAGES: Final = ("ru", "en")
DEFAULT_LANGUAGE: Final = "en"

# code → {language: text}. Filled by the area modules of this package; read through render().
CATALOGUE: dict[str, dict[str, str]] = {}

_PLURAL = re.compile(r"\{(\w+)\|([^|{}]*)\|([^|{}]*)\|([^|{}]*)\}")
_loaded = False


def register(texts: Mapping[str, Mapping[str, str]]) -> None:
    """Add an area's texts: ``{code: {"en": …, "ru": …}}``. A code said twice is a bug."""
    for code, by_language in texts.items():
        if code in CATALOGUE:
            raise ValueError(f"message code {code!r} is defined twice")
        CATALOGUE[code] = dict(by_language)


def _load_areas() -> None:
    global _loaded
    if _loaded:
        return
    _loaded = True
    for module in pkgutil.iter_modules(__path__):
        importlib.import_module(f"{__name__}.{module.name}")


def known(code: str) -> bool:
    """Whether ``code`` is a message code (rather than a legacy sentence)."""
    _load_areas()
    return code in CATALOGUE


def all_codes() -> dict[str, dict[str, str]]:
    """The whole catalogue, every area loaded (for tests and translators)."""
    _load_areas()
    return CATALOGUE


def plural_form(language: str, n: int) -> int:
    """0, 1 or 2: the ``one``/``few``/``many`` form ``n`` takes in ``language``."""
    if language == "ru":
        n = abs(n)
        if n % 10 == 1 and n % 100 != 11:
            return 0
        if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
            return 1
        return 2
    return 0 if n == 1 else 2


def format_number(value: float | Decimal, language: str, digits: int = 1) -> str:
    """A fractional number as the language writes it: ``33,9`` in Russian, ``33.9`` in English."""
    text = f"{value:,.{digits}f}"
    if language == "ru":
        return text.replace(",", "\u00a0").replace(".", ",")
    return text


def format_percent(value: float, language: str, digits: int = 1) -> str:
    """A share (0.339) as a percentage: ``33,9 %`` in Russian, ``33.9%`` in English."""
    number = format_number(value * 100, language, digits)
    return f"{number}\u00a0%" if language == "ru" else f"{number}%"


def _shown(value: Any, language: str) -> str:
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, float | Decimal):
        return format_number(value, language)
    return str(value)


def render(code: str, language: str | None = None, /, **params: Any) -> str:
    """The text of ``code`` in ``language`` (default English) with ``params`` filled in.

    A ``code`` that is not in the catalogue is returned as it is (with ``params`` filled when it has their
    placeholders), so a sentence from an older caller still reaches the person rather than an error.
    """
    _load_areas()
    language = language if language in LANGUAGES else DEFAULT_LANGUAGE
    texts = CATALOGUE.get(code)
    text = code if texts is None else texts.get(language) or texts[DEFAULT_LANGUAGE]

    def plural(match: re.Match[str]) -> str:
        count = params.get(match.group(1), 0)
        return match.group(2 + plural_form(language, int(count)))

    text = _PLURAL.sub(plural, text)
    if not params:
        return text
    try:
        return text.format_map({key: _shown(value, language) for key, value in params.items()})
    except (KeyError, IndexError, ValueError):
        return text


def language_from_environment() -> str:
    """The command line's language when ``--lang`` is not given: ``CALLASSIST_LANG``, else the system locale."""
    chosen = os.environ.get("CALLASSIST_LANG", "").strip().lower()
    if chosen in LANGUAGES:
        return chosen
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = os.environ.get(variable, "")
        if value:
            return "ru" if value.lower().startswith(("ru", "uk", "be")) else "en"
    try:
        system = locale.getlocale()[0] or ""
    except ValueError:
        system = ""
    return "ru" if system.lower().startswith(("ru", "uk", "be")) else "en"
