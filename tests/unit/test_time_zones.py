"""Which clock a client lives by: explicit zone, city or region, landline number, corrections, default."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from callassist.errors import UserInputError
from callassist.timekeeping.zones import ZoneChoice, client_local_time, describe_clocks, resolve_timezone

NOVOSIBIRSK_LANDLINE = "+73832123456"
KALININGRAD_LANDLINE = "+74012123456"
MINSK_LANDLINE = "+375172123456"
MOSCOW_LANDLINE = "+74951234567"
RUSSIAN_MOBILE = "+79161234567"  # +7 9xx mobiles can be anywhere in Russia or Kazakhstan
WINTER = datetime(2026, 1, 15, 12, 0, tzinfo=UTC)
SUMMER = datetime(2026, 7, 15, 12, 0, tzinfo=UTC)


def resolve(phones: tuple[str, ...] = (), city: str = "", region: str = "", explicit: str | None = None) -> ZoneChoice:
    return resolve_timezone(explicit=explicit, city=city, region=region, phones_e164=phones, default="Europe/Moscow")


def test_novosibirsk_landline_gives_novosibirsk() -> None:
    assert resolve((NOVOSIBIRSK_LANDLINE,)) == ZoneChoice("Asia/Novosibirsk", "phone")


@pytest.mark.parametrize("moment", [WINTER, SUMMER])
def test_kaliningrad_client_is_utc_plus_two_all_year(moment: datetime) -> None:
    choice = resolve((KALININGRAD_LANDLINE,))
    assert choice == ZoneChoice("Europe/Kaliningrad", "override")
    assert client_local_time(moment, choice.name).utcoffset() == timedelta(hours=2)


@pytest.mark.parametrize("moment", [WINTER, SUMMER])
def test_minsk_client_is_utc_plus_three_on_minsk_time(moment: datetime) -> None:
    choice = resolve((MINSK_LANDLINE,))
    assert choice == ZoneChoice("Europe/Minsk", "override")
    assert client_local_time(moment, choice.name).utcoffset() == timedelta(hours=3)


def test_belarusian_mobile_is_corrected_too() -> None:
    assert resolve(("+375291234567",)).name == "Europe/Minsk"


def test_mobile_number_with_many_zones_falls_back_to_default() -> None:
    assert resolve((RUSSIAN_MOBILE,)) == ZoneChoice("Europe/Moscow", "default")


def test_first_phone_that_pins_a_zone_is_used() -> None:
    assert resolve((RUSSIAN_MOBILE, "not a number", NOVOSIBIRSK_LANDLINE)).name == "Asia/Novosibirsk"


def test_explicit_zone_beats_city_and_phone() -> None:
    choice = resolve((NOVOSIBIRSK_LANDLINE,), city="Екатеринбург", explicit="asia/vladivostok")
    assert choice == ZoneChoice("Asia/Vladivostok", "explicit")


def test_moscow_relative_explicit_zone() -> None:
    assert resolve(explicit="МСК+4").name == "Asia/Novosibirsk"
    assert resolve(explicit="msk-1").name == "Europe/Kaliningrad"


def test_blank_explicit_zone_is_ignored() -> None:
    assert resolve(city="Омск", explicit="  ") == ZoneChoice("Asia/Omsk", "city")


def test_unknown_explicit_zone_is_refused_naming_the_field() -> None:
    with pytest.raises(UserInputError, match="Mars/Olympus") as raised:
        resolve(explicit="Mars/Olympus")
    assert raised.value.field == "timezone"


def test_unknown_default_zone_is_refused() -> None:
    with pytest.raises(UserInputError) as raised:
        resolve_timezone(explicit=None, city="", region="", phones_e164=(), default="Moscow time")
    assert raised.value.field == "default timezone"


def test_city_beats_phone() -> None:
    assert resolve((MOSCOW_LANDLINE,), city="Екатеринбург") == ZoneChoice("Asia/Yekaterinburg", "city")


def test_region_is_used_when_the_city_is_unknown() -> None:
    assert resolve(city="Бердск-2", region="Новосибирская обл.").name == "Asia/Novosibirsk"


@pytest.mark.parametrize(
    ("place", "zone"),
    [
        ("г. Новосибирск", "Asia/Novosibirsk"),
        ("NOVOSIBIRSK", "Asia/Novosibirsk"),
        ("Novosibirsk Oblast", "Asia/Novosibirsk"),
        ("Орёл", "Europe/Moscow"),
        ("орел", "Europe/Moscow"),
        ("Республика Саха (Якутия)", "Asia/Yakutsk"),
        ("Ханты-Мансийский автономный округ — Югра", "Asia/Yekaterinburg"),
        ("Россия, Самарская область", "Europe/Samara"),
        ("Ростов-на-Дону", "Europe/Moscow"),
        ("Петропавловск-Камчатский", "Asia/Kamchatka"),
        ("м. Київ", "Europe/Kyiv"),
        ("Kharkiv", "Europe/Kyiv"),
        ("Гомель", "Europe/Minsk"),
        ("Брестская вобл.", "Europe/Minsk"),
        ("Алма-Ата", "Asia/Almaty"),
        ("Калининград", "Europe/Kaliningrad"),
    ],
)
def test_city_and_region_spellings(place: str, zone: str) -> None:
    assert resolve(city=place).name == zone


def test_unknown_place_falls_through_to_the_phone() -> None:
    assert resolve((NOVOSIBIRSK_LANDLINE,), city="Атлантида") == ZoneChoice("Asia/Novosibirsk", "phone")


def test_both_clocks_for_the_card() -> None:
    moment = datetime(2026, 3, 10, 7, 0, tzinfo=UTC)
    clocks = describe_clocks(moment, "Asia/Novosibirsk", "Europe/Moscow")
    assert (clocks.client.hour, clocks.operator.hour) == (14, 10)
    assert clocks.client == clocks.operator == moment  # one instant, two wall clocks
    assert clocks.client_ahead_by == timedelta(hours=4)


def test_naive_moment_is_a_bug_not_input() -> None:
    with pytest.raises(ValueError, match="UTC offset"):
        client_local_time(datetime(2026, 3, 10, 7, 0), "Europe/Moscow")
