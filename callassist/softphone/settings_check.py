"""The softphone's settings, checked before they are stored (``settings_service.validate`` calls this)."""

from __future__ import annotations

from dataclasses import replace

from callassist.errors import UserInputError
from callassist.settings import TeamSettings
from callassist.softphone import fate
from callassist.softphone.connector import BARESIP, FORMS, KINDS, parse_choice

RING_TIMEOUT_RANGE = (1, 300)
COUNTDOWN_RANGE = (0, 60)
PLACEHOLDERS = ("{e164}", "{digits}")


def validate(settings: TeamSettings) -> TeamSettings:
    """``settings`` with the softphone's values tidied, or the first one the supervisor must fix.

    Raises:
        UserInputError: ``softphone.*`` codes naming the field.
    """
    if settings.softphone not in KINDS:
        raise UserInputError("softphone.bad_choice", field="softphone", value=settings.softphone, forms=FORMS)
    address = settings.softphone_address.strip()
    if settings.softphone == BARESIP:
        parse_choice(f"baresip://{address}")
    template = settings.softphone_dial_template.strip()
    if not any(placeholder in template for placeholder in PLACEHOLDERS):
        raise UserInputError(
            "softphone.bad_template",
            field="softphoneDialTemplate",
            template=template,
            placeholders=" / ".join(PLACEHOLDERS),
        )
    _within(settings.ring_timeout_seconds, RING_TIMEOUT_RANGE, "ringTimeout")
    _within(settings.progressive_countdown_seconds, COUNTDOWN_RANGE, "progressiveCountdown")
    if settings.softphone_fate_map is not None:
        wrong = fate.check_map(settings.softphone_fate_map)
        if wrong:
            raise UserInputError("softphone.bad_fate_map", field="softphoneFateMap", values=", ".join(wrong))
    return replace(settings, softphone_address=address, softphone_dial_template=template)


def _within(value: int, bounds: tuple[int, int], field: str) -> None:
    low, high = bounds
    if not low <= value <= high:
        raise UserInputError("softphone.out_of_range", field=field, value=value, low=low, high=high)
