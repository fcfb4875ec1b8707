"""The app's clock. ``CALLASSIST_NOW`` (ISO 8601 with offset) fixes it for demos, tests and automation."""

from __future__ import annotations

import os
from datetime import UTC, datetime

from callassist.errors import UserInputError

ENV_NOW = "CALLASSIST_NOW"


def parse_fixed_now(text: str) -> datetime:
    """Parse a ``CALLASSIST_NOW`` value; an offset is required so the moment is unambiguous."""
    try:
        moment = datetime.fromisoformat(text.strip())
    except ValueError as exc:
        raise UserInputError("clock.not_iso", variable=ENV_NOW, text=text) from exc
    if moment.tzinfo is None:
        raise UserInputError("clock.no_offset", variable=ENV_NOW, text=text, example="2026-11-23T10:00:00+03:00")
    return moment


def now() -> datetime:
    """The current moment as an aware UTC datetime."""
    fixed = os.environ.get(ENV_NOW)
    if fixed:
        return parse_fixed_now(fixed).astimezone(UTC)
    return datetime.now(UTC)
