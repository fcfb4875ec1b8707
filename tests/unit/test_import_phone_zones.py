"""The import's per-prefix phone zones agree with ``timekeeping.zones.zone_for_number`` number for number."""

from __future__ import annotations

import random
from pathlib import Path

import phonenumbers
import pytest
from phonenumbers import PhoneNumberFormat, PhoneNumberType
from sqlalchemy import select

from callassist import settings as team_settings
from callassist.importing.phone_zones import zone_of_number
from callassist.importing.phones import NumberKind, number_kind
from callassist.importing.service import import_file
from callassist.storage.engine import Database
from callassist.storage.models import Client
from callassist.timekeeping.zones import PHONE_ZONE_OVERRIDES, resolve_timezone, zone_for_number

_TYPES = [value for name, value in vars(PhoneNumberType).items() if name.isupper()]


def _canonical(e164: str) -> bool:
    """True for a number written the way the import writes numbers (parsing and formatting gives it back)."""
    try:
        return phonenumbers.format_number(phonenumbers.parse(e164, None), PhoneNumberFormat.E164) == e164
    except phonenumbers.NumberParseException:
        return False


def _example_numbers() -> list[str]:
    found = []
    for region in sorted(phonenumbers.SUPPORTED_REGIONS):
        for kind in _TYPES:
            example = phonenumbers.example_number_for_type(region, kind)
            if example is not None:
                found.append(phonenumbers.format_number(example, PhoneNumberFormat.E164))
    return found


def _random_numbers(count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    codes = [7, 7, 7, 1, 44, 49, 375, 380, 998, 86, 52, 55, 62, 800, 882, 39, 61]
    numbers = []
    for _ in range(count):
        code = rng.choice(codes)
        length = 10 if code == 7 else rng.randint(6, 11)
        numbers.append(f"+{code}" + "".join(rng.choice("0123456789") for _ in range(length)))
    return [number for number in numbers if _canonical(number)]


def _expected(e164: str) -> str | None:
    choice = zone_for_number(e164)
    return None if choice is None else choice.name


def test_every_regions_example_numbers_get_the_zone_zone_for_number_gives() -> None:
    numbers = _example_numbers()
    assert len(numbers) > 1000
    wrong = {n: (zone_of_number(n), _expected(n)) for n in numbers if zone_of_number(n) != _expected(n)}
    assert wrong == {}


@pytest.mark.parametrize("seed", [1, 2])
def test_random_numbers_in_many_plans_get_the_zone_zone_for_number_gives(seed: int) -> None:
    numbers = _random_numbers(3000, seed)
    zones = {_expected(n) for n in numbers}
    assert len(zones) > 10  # landlines of many zones, not only "no zone"
    wrong = {n: (zone_of_number(n), _expected(n)) for n in numbers if zone_of_number(n) != _expected(n)}
    assert wrong == {}


def test_override_prefixes_win_over_the_library() -> None:
    for prefix, zone in PHONE_ZONE_OVERRIDES.items():
        numbers = [n for n in _random_numbers(4000, 3) if n.startswith(prefix)]
        for number in numbers:
            assert zone_of_number(number) == zone == _expected(number)
    assert zone_of_number("+74012123456") == _expected("+74012123456") == "Europe/Kaliningrad"


def test_number_kinds_follow_phonenumbers_number_type() -> None:
    geographic = {
        PhoneNumberType.FIXED_LINE: NumberKind.FIXED_LINE,
        PhoneNumberType.FIXED_LINE_OR_MOBILE: NumberKind.FIXED_LINE,
    }
    for number in _example_numbers() + _random_numbers(2000, 4):
        parsed = phonenumbers.parse(number, None)
        code = parsed.country_code
        national = phonenumbers.national_significant_number(parsed)
        if "001" in phonenumbers.COUNTRY_CODE_TO_REGION_CODE.get(code, ()):
            continue  # service codes take zone_for_number itself
        told = number_kind(code, national)
        kind = phonenumbers.number_type(parsed)
        expected = geographic.get(kind) or {
            PhoneNumberType.MOBILE: NumberKind.MOBILE,
            PhoneNumberType.UNKNOWN: NumberKind.UNKNOWN,
        }.get(kind, NumberKind.SPECIAL)
        assert told is expected, number


def test_imported_clients_get_the_zone_resolve_timezone_gives(db: Database, tmp_path: Path) -> None:
    rng = random.Random(7)
    cities = ["", "", "", "Новосибирск", "г. Казань", "Нигдебург"]
    lines = ["ФИО;Телефон;Мобильный;Город"]
    for row in range(400):
        landline = f"8 ({rng.choice('348')}{rng.randrange(10, 100)}) {rng.randrange(10**6, 10**7)}"
        mobile = f"+7 9{rng.randrange(10**8, 10**9)}" if row % 3 == 0 else ""
        first, second = (mobile, landline) if row % 2 else (landline, mobile)
        lines.append(f"Клиент {row};{first};{second};{rng.choice(cities)}")
    path = tmp_path / "zones.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    report = import_file(db, path)
    assert report.imported > 100
    with db.read() as session:
        office = team_settings.load(session).office_timezone
        clients = session.scalars(select(Client)).all()
        expected = {
            c.id: resolve_timezone(
                explicit=None,
                city=c.city,
                region="",
                phones_e164=[p.e164 for p in sorted(c.phones, key=lambda p: p.position)],
                default=office,
            ).name
            for c in clients
        }
        stored = {c.id: c.timezone for c in clients}
    assert len(set(stored.values())) > 3  # landlines of several zones, cities and the office default
    assert stored == expected
