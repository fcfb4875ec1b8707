"""The time zone a phone number pins down, as ``timekeeping.zones.zone_for_number`` finds it, looked up per prefix.

``zone_for_number`` parses the number and asks ``phonenumbers`` for its type and zones: about 40 µs a number,
most of an import's database half at 100,000 rows. The answer depends on only three things, so each is
computed once and the rest is remembered:

- an override prefix (``PHONE_ZONE_OVERRIDES``);
- the number's kind (invalid, special service, fixed line, mobile), told by the region's patterns compiled
  once (``phones.number_kind``);
- for a geographic number, the longest prefix of its digits in the library's zone table (remembered per
  prefix of that table's longest length); otherwise the calling code's zones.

Calling codes whose regions are not all compiled here ("001" services) take ``zone_for_number`` itself.
"""

from __future__ import annotations

import zoneinfo
from functools import cache, lru_cache

import phonenumbers
from phonenumbers import PhoneNumberType
from phonenumbers.tzdata import TIMEZONE_DATA, TIMEZONE_LONGEST_PREFIX  # the table phonenumbers.timezone reads

from callassist.importing.phones import NumberKind, compiled_in_full, number_kind
from callassist.timekeeping.zones import PHONE_ZONE_OVERRIDES, zone_for_number


def zone_of_number(e164: str) -> str | None:
    """The IANA zone ``zone_for_number(e164)`` names, or ``None`` when the number does not pin one down.

    Args:
        e164: a number in E.164 ("+74951234567").
    """
    override, country_code, compiled = _head_facts(e164[:_HEAD])
    if override is not None:
        return override
    if country_code is None or not compiled:
        choice = zone_for_number(e164)
        return None if choice is None else choice.name
    national = e164[1 + len(str(country_code)) :]
    kind = number_kind(country_code, national)
    if kind is NumberKind.UNKNOWN:
        return None  # the library's "Etc/Unknown", which is no zone
    if kind is NumberKind.FIXED_LINE or (kind is NumberKind.MOBILE and _geographic_mobiles(country_code)):
        return _zone_of_prefix(e164[1 : 1 + TIMEZONE_LONGEST_PREFIX])
    return _zone_of_country(country_code)


_LONGEST_OVERRIDE = max(len(prefix) for prefix in PHONE_ZONE_OVERRIDES)
_HEAD = max(_LONGEST_OVERRIDE, 4)  # "+" and the longest calling code: what the facts below depend on


@lru_cache(maxsize=4096)
def _head_facts(head: str) -> tuple[str | None, int | None, bool]:
    """What a number's first digits tell, once per head: its override zone, calling code, and whether the code's
    regions are compiled here."""
    country_code = _country_code(head)
    compiled = country_code is not None and compiled_in_full(country_code)
    return _override(head[:_LONGEST_OVERRIDE]), country_code, compiled


@lru_cache(maxsize=4096)
def _override(head: str) -> str | None:
    # As zones._override_for_number: the longest override prefix the number starts with.
    matches = [prefix for prefix in PHONE_ZONE_OVERRIDES if head.startswith(prefix)]
    return PHONE_ZONE_OVERRIDES[max(matches, key=len)] if matches else None


def _country_code(e164: str) -> int | None:
    # As phonenumbers' country-code extraction: the first one, two or three digits that are a calling code.
    digits = e164[1:4]
    if not e164.startswith("+") or not digits.isdigit():
        return None
    for length in range(1, len(digits) + 1):
        code = int(digits[:length])
        if code in phonenumbers.COUNTRY_CODE_TO_REGION_CODE:
            return code
    return None


@lru_cache(maxsize=256)
def _geographic_mobiles(country_code: int) -> bool:
    return bool(phonenumbers.is_number_type_geographical(PhoneNumberType.MOBILE, country_code))


@lru_cache(maxsize=65536)
def _zone_of_prefix(digits: str) -> str | None:
    # As phonenumbers.timezone.time_zones_for_geographical_number: the longest prefix in the table wins.
    for length in range(TIMEZONE_LONGEST_PREFIX, 0, -1):
        zones = TIMEZONE_DATA.get(digits[:length])
        if zones is not None:
            return _single_known(zones)
    return None


@lru_cache(maxsize=1024)
def _zone_of_country(country_code: int) -> str | None:
    # As phonenumbers.timezone._country_level_time_zones_for_number, prefixes of the calling code included.
    code = str(country_code)
    for length in range(TIMEZONE_LONGEST_PREFIX, 0, -1):
        zones = TIMEZONE_DATA.get(code[: 1 + length])
        if zones is not None:
            return _single_known(zones)
    return None


def _single_known(zones: tuple[str, ...]) -> str | None:
    known = [zone for zone in zones if zone in _known_zones()]
    return known[0] if len(known) == 1 else None


@cache
def _known_zones() -> frozenset[str]:
    return frozenset(zoneinfo.available_timezones())


# The zone of a country whose numbers do not pin one down (mobiles), when the country keeps one clock for most of
# its people: Kazakhstan has been on UTC+5 everywhere since 2024 (Asia/Almaty), Belarus, Ukraine one zone each.
# Russia's mobiles say nothing of the place; most of its clients are on Moscow time.
_COUNTRY_ZONES = {
    "RU": "Europe/Moscow",
    "KZ": "Asia/Almaty",
    "BY": "Europe/Minsk",
    "UA": "Europe/Kyiv",
    "UZ": "Asia/Tashkent",
    "KG": "Asia/Bishkek",
    "MD": "Europe/Chisinau",
    "GE": "Asia/Tbilisi",
    "AM": "Asia/Yerevan",
    "AZ": "Asia/Baku",
    "TJ": "Asia/Dushanbe",
    "LV": "Europe/Riga",
    "LT": "Europe/Vilnius",
    "EE": "Europe/Tallinn",
}


def country_zone(country: str) -> str | None:
    """The zone most clients of ``country`` live in, when its numbers do not say; ``None`` for an unknown one."""
    return _COUNTRY_ZONES.get(country)


__all__ = ["country_zone", "zone_of_number"]
