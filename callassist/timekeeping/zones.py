"""Which clock a client lives by, and what that clock shows.

Order of evidence (issue 6): an explicit zone field, then the city or region, then the phone number when it
points at exactly one zone (landlines; a +7 mobile may be anywhere from Kaliningrad to Chukotka), with a few
corrections where ``phonenumbers`` is wrong, then the campaign default.
"""

from __future__ import annotations

import re
import zoneinfo
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import cache
from typing import Literal

import phonenumbers
from phonenumbers import timezone as phone_timezone

from callassist.errors import UserInputError
from callassist.timekeeping.places import ZONE_PLACES

ZoneSource = Literal["explicit", "city", "phone", "override", "default"]

# E.164 prefixes whose zone phonenumbers gets wrong (checked against phonenumbers 9.0): Kaliningrad codes
# map to Europe/Bucharest (summer time, so an hour off half the year); Saratov to Moscow (UTC+4 since 2016);
# Belarus to Europe/Moscow (same offset today, but the wrong country for calendars and the card).
PHONE_ZONE_OVERRIDES: dict[str, str] = {
    "+7401": "Europe/Kaliningrad",
    "+7845": "Europe/Saratov",
    "+375": "Europe/Minsk",
}

# "МСК+4" is how Russian client lists and people often state a zone: hours relative to Moscow.
_MOSCOW_RELATIVE_ZONES: dict[int, str] = {
    -1: "Europe/Kaliningrad",
    0: "Europe/Moscow",
    1: "Europe/Samara",
    2: "Asia/Yekaterinburg",
    3: "Asia/Omsk",
    4: "Asia/Novosibirsk",
    5: "Asia/Irkutsk",
    6: "Asia/Yakutsk",
    7: "Asia/Vladivostok",
    8: "Asia/Magadan",
    9: "Asia/Kamchatka",
}
_MOSCOW_RELATIVE = re.compile(r"^(?:мск|msk)\s*(?:([+-])\s*(\d{1,2}))?$")

# Words around a place name that say what kind of place it is, not which one.
_FILLER_WORDS = (
    "г гор город м місто пгт пос поселок с село обл область вобл вобласць облысы край респ республика "
    "автономный автономная округ ао city town oblast region krai kray republic of the"
)
_PLACE_FILLER = frozenset(_FILLER_WORDS.split())
_PLACE_PARTS = re.compile(r"[,;()/—–|]")
_PLACE_NOISE = re.compile(r"[.\-_'\"«»]")


@dataclass(frozen=True)
class ZoneChoice:
    """The client's IANA zone and the evidence it came from (shown on the card, so the operator can doubt it)."""

    name: str
    source: ZoneSource


@dataclass(frozen=True)
class ClockPair:
    """The same moment on the client's and the operator's clock, for "14:00 for the client = 11:00 for you"."""

    client: datetime
    operator: datetime

    @property
    def client_ahead_by(self) -> timedelta:
        """How far the client's clock is ahead of the operator's (negative when behind)."""
        client_offset = self.client.utcoffset() or timedelta(0)
        operator_offset = self.operator.utcoffset() or timedelta(0)
        return client_offset - operator_offset


def _place_key(text: str) -> str:
    words = _PLACE_NOISE.sub(" ", text.lower().replace("ё", "е")).split()
    return " ".join(word for word in words if word not in _PLACE_FILLER)


@cache
def _place_table() -> dict[str, str]:
    table: dict[str, str] = {}
    for zone, names in ZONE_PLACES.items():
        for name in names.split(";"):
            table[_place_key(name)] = zone
    return table


def zone_for_place(text: str) -> str | None:
    """The zone of a city, region or single-zone country typed in any usual form, or None when unknown.

    Tries the whole text first, then each comma- or bracket-separated part ("Саха (Якутия)",
    "Россия, Новосибирская обл., г. Бердск").
    """
    table = _place_table()
    for candidate in (text, *_PLACE_PARTS.split(text)):
        key = _place_key(candidate)
        if key and key in table:
            return table[key]
    return None


def _override_for_number(e164: str) -> str | None:
    matches = [prefix for prefix in PHONE_ZONE_OVERRIDES if e164.startswith(prefix)]
    return PHONE_ZONE_OVERRIDES[max(matches, key=len)] if matches else None


def zone_for_number(e164: str) -> ZoneChoice | None:
    """The zone a phone number pins down, or None when it does not (mobiles, unknown or unparsable numbers)."""
    override = _override_for_number(e164)
    if override is not None:
        return ZoneChoice(override, "override")
    try:
        number = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return None
    zones = [zone for zone in phone_timezone.time_zones_for_number(number) if zone in _known_zones()]
    return ZoneChoice(zones[0], "phone") if len(zones) == 1 else None


@cache
def _known_zones() -> frozenset[str]:
    return frozenset(zoneinfo.available_timezones())


@cache
def _zones_by_lower_name() -> dict[str, str]:
    return {name.lower(): name for name in _known_zones()}


def parse_zone(text: str, field: str = "timezone") -> str:
    """Turn what a person typed for a time zone into an IANA name.

    Accepts IANA names in any letter case ("europe/moscow") and Moscow-relative forms ("МСК", "МСК+4", "MSK-1").

    Raises:
        UserInputError: the text names no zone; ``field`` says which field it came from.
    """
    cleaned = text.strip()
    relative = _MOSCOW_RELATIVE.match(cleaned.lower())
    if relative:
        sign, hours = relative.groups()
        shift = int(hours or 0) * (-1 if sign == "-" else 1)
        if shift in _MOSCOW_RELATIVE_ZONES:
            return _MOSCOW_RELATIVE_ZONES[shift]
    name = _zones_by_lower_name().get(cleaned.lower())
    if name is None:
        raise UserInputError(
            f"Unknown time zone {text!r}: use a name such as Europe/Moscow or Asia/Novosibirsk, or МСК+4",
            field=field,
        )
    return name


def resolve_timezone(
    *, explicit: str | None, city: str, region: str, phones_e164: Sequence[str], default: str
) -> ZoneChoice:
    """Decide the client's zone from the best evidence available.

    Args:
        explicit: the client's zone field; blank or None when nobody filled it in.
        city: the client's city as imported or typed ("" when unknown).
        region: the client's region, federal subject or country ("" when unknown).
        phones_e164: the client's phones in E.164, best first.
        default: the campaign's zone, used when nothing else says anything.

    Raises:
        UserInputError: ``explicit`` or ``default`` is not a time zone.
    """
    if explicit and explicit.strip():
        return ZoneChoice(parse_zone(explicit), "explicit")
    for place in (city, region):
        zone = zone_for_place(place) if place else None
        if zone is not None:
            return ZoneChoice(zone, "city")
    for phone in phones_e164:
        choice = zone_for_number(phone)
        if choice is not None:
            return choice
    return ZoneChoice(parse_zone(default, field="default timezone"), "default")


def _aware(moment: datetime) -> datetime:
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError(f"a moment without a UTC offset reached the time-zone code: {moment!r}")
    return moment


def client_local_time(moment_utc: datetime, zone: str) -> datetime:
    """``moment_utc`` on the client's wall clock (an aware datetime in ``zone``).

    Raises:
        UserInputError: ``zone`` is not a time zone.
        ValueError: ``moment_utc`` is naive (a bug in the caller).
    """
    return _aware(moment_utc).astimezone(zoneinfo.ZoneInfo(parse_zone(zone)))


def describe_clocks(moment_utc: datetime, client_zone: str, operator_zone: str) -> ClockPair:
    """The moment on both clocks; the UI words it ("14:00 for the client = 11:00 for you")."""
    return ClockPair(
        client=client_local_time(moment_utc, client_zone),
        operator=client_local_time(moment_utc, operator_zone),
    )
