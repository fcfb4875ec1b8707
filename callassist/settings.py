"""Team-shared settings, declared once with their defaults. Stored as JSON values in the ``settings`` table."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, fields, replace
from datetime import time
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from callassist.storage.models import Setting
from callassist.timekeeping.hours import CallingHours


@dataclass(frozen=True)
class TeamSettings:
    office_timezone: str = "Europe/Moscow"  # the operators' clock; also the client's when nothing else is known
    calling_start: str = "09:00"  # client local time
    calling_end: str = "20:00"
    default_region: str = "RU"  # phone parsing and the holiday calendar
    post_sale_days: int = 14  # rule 5
    unreachable_days: int = 30  # rule 4: past the retry cap
    lease_minutes: int = 30  # rule 8
    daily_goal: int = 80
    callback_handover_minutes: int = 30  # a personal callback overdue this long passes to the team
    currency: str = "RUB"  # ISO 4217: what sale amounts are in
    # Per weekday, as CallingHours.to_dict() writes it; None: calling_start–calling_end on every working day.
    calling_hours: dict[str, list[str] | None] | None = None
    # Country (ISO code) → per-weekday hours for clients of that country, winning over ``calling_hours``.
    country_hours: dict[str, dict[str, list[str] | None]] | None = None
    # The softphone (issue 18; docs/softphone.md). CALLASSIST_SOFTPHONE overrides the connector on one workstation.
    softphone: str = "none"  # none | baresip | hook
    softphone_address: str = "127.0.0.1:4444"  # baresip's ctrl_tcp_listen
    softphone_dial_template: str = "{e164}"  # what baresip dials: {e164}, {digits}, {extension}, e.g. sip:{e164}@pbx
    ring_timeout_seconds: int = 30  # the app hangs up an unanswered call after this long
    progressive_countdown_seconds: int = 5  # progressive dialling: the pause before the next client is dialled
    # The fate map (callassist/softphone/fate.py): cause → attempt result, read in order; None: the default map.
    softphone_fate_map: dict[str, str] | None = None

    @property
    def calling_start_time(self) -> time:
        return time.fromisoformat(self.calling_start)

    @property
    def calling_end_time(self) -> time:
        return time.fromisoformat(self.calling_end)

    @property
    def hours(self) -> CallingHours:
        """The calling hours on the client's clock (rule 7).

        Raises:
            UserInputError: the stored per-weekday hours are malformed.
        """
        if self.calling_hours is None:
            return CallingHours.default(self.calling_start_time, self.calling_end_time)
        return CallingHours.from_dict(self.calling_hours)

    def hours_for(self, country: str | None) -> CallingHours:
        """The calling hours for clients of ``country``: its own when a supervisor set them, else the team's.

        Raises:
            UserInputError: the stored hours are malformed.
        """
        own = (self.country_hours or {}).get((country or "").strip().upper())
        return self.hours if own is None else CallingHours.from_dict(own)


def load(session: Session) -> TeamSettings:
    stored = {row.key: row.value for row in session.scalars(select(Setting))}
    known = {f.name for f in fields(TeamSettings)}
    values: dict[str, Any] = {k: json.loads(v) for k, v in stored.items() if k in known}
    return replace(TeamSettings(), **values)


def save(session: Session, settings: TeamSettings) -> None:
    for key, value in asdict(settings).items():
        session.merge(Setting(key=key, value=json.dumps(value)))
