"""Choosing the connector (``CALLASSIST_SOFTPHONE`` over the setting) and checking the softphone's settings."""

from __future__ import annotations

from dataclasses import replace

import pytest

from callassist.errors import UserInputError
from callassist.services.settings_service import validate
from callassist.settings import TeamSettings
from callassist.softphone.connector import SoftphoneChoice, choose, dial_target, parse_choice


def test_environment_overrides_the_setting(monkeypatch: pytest.MonkeyPatch) -> None:
    assert choose("none", "127.0.0.1:4444") == SoftphoneChoice("none")
    assert choose("baresip", "10.0.0.5:5555") == SoftphoneChoice("baresip", "10.0.0.5", 5555)
    monkeypatch.setenv("CALLASSIST_SOFTPHONE", "hook")
    assert choose("baresip", "10.0.0.5:5555").kind == "hook"
    monkeypatch.setenv("CALLASSIST_SOFTPHONE", "baresip://127.0.0.1:4444")
    assert choose("none", "") == SoftphoneChoice("baresip", "127.0.0.1", 4444)
    monkeypatch.setenv("CALLASSIST_SOFTPHONE", "asterisk://pbx")
    with pytest.raises(UserInputError) as refused:
        choose("none", "")
    assert refused.value.code == "softphone.bad_choice"
    assert "asterisk://pbx" in refused.value.render("ru")


@pytest.mark.parametrize("text", ["baresip://host", "baresip://:4444", "baresip://h:99999", "sip:x"])
def test_bad_addresses_are_refused(text: str) -> None:
    with pytest.raises(UserInputError):
        parse_choice(text)


def test_dial_target_fills_the_template() -> None:
    assert dial_target("{e164}", "+79161234567") == "+79161234567"
    assert dial_target("sip:{digits}@pbx;ext={extension}", "+79161234567", "12") == "sip:79161234567@pbx;ext=12"
    assert dial_target("", "+79161234567") == "+79161234567"


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"softphone": "skype"}, "softphone"),
        ({"softphone": "baresip", "softphone_address": "localhost"}, "softphone"),
        ({"softphone_dial_template": "sip:pbx"}, "softphoneDialTemplate"),
        ({"ring_timeout_seconds": 0}, "ringTimeout"),
        ({"progressive_countdown_seconds": 61}, "progressiveCountdown"),
        ({"softphone_fate_map": {"486": "engaged"}}, "softphoneFateMap"),
    ],
)
def test_settings_check_refuses_what_cannot_work(change: dict[str, object], field: str) -> None:
    with pytest.raises(UserInputError) as refused:
        validate(replace(TeamSettings(), **change))  # type: ignore[arg-type]
    assert refused.value.field == field


def test_sound_settings_pass_tidied() -> None:
    checked = validate(replace(TeamSettings(), softphone="baresip", softphone_address=" 127.0.0.1:4444 "))
    assert checked.softphone_address == "127.0.0.1:4444"
