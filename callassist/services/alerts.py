"""When a callback reminder pops up on the desktop (issue 6): ten minutes before, at, and after the due time.

The banner shows every due reminder all the time; a desktop notification interrupts, so each one fires once per
moment. A reminder that disappears from the due list (snoozed, called, rescheduled) is forgotten, so when a snooze
ends it notifies again. Pure logic with an explicit ``now``, so a fixed clock tests it.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta

from callassist.services.reminders import Reminder

BEFORE = timedelta(minutes=10)
OVERDUE_AFTER = timedelta(minutes=5)  # "at" covers the first minutes; after them the callback is overdue


class AlertMoment(enum.IntEnum):
    """Ordered: a later moment supersedes an earlier one, and a missed earlier one is never fired late."""

    BEFORE = 1
    AT = 2
    OVERDUE = 3


@dataclass(frozen=True)
class Alert:
    reminder: Reminder
    moment: AlertMoment


Fired = Mapping[int, tuple[datetime, AlertMoment]]  # follow-up id → (due time, last moment notified)


def moment(due_at: datetime, now: datetime) -> AlertMoment | None:
    """Which moment ``now`` is for a callback due at ``due_at``; None while it is more than ten minutes away."""
    if now >= due_at + OVERDUE_AFTER:
        return AlertMoment.OVERDUE
    if now >= due_at:
        return AlertMoment.AT
    if now >= due_at - BEFORE:
        return AlertMoment.BEFORE
    return None


def alerts_due(
    reminders: Iterable[Reminder], now: datetime, fired: Fired
) -> tuple[tuple[Alert, ...], dict[int, tuple[datetime, AlertMoment]]]:
    """The notifications to show now, and what has been notified after showing them.

    Args:
        reminders: The operator's due reminders as the desk returns them (snoozed ones are not among them).
        now: The current moment.
        fired: What was notified so far (the second value of the previous call; empty at start).

    Returns:
        The alerts to show, soonest due first, and the new ``fired`` state: only reminders still due are kept,
        so a snoozed or rescheduled callback notifies again when it comes back.
    """
    alerts: list[Alert] = []
    state: dict[int, tuple[datetime, AlertMoment]] = {}
    for reminder in sorted(reminders, key=lambda r: (r.due_at, r.follow_up_id)):
        current = moment(reminder.due_at, now)
        if current is None:
            continue
        previous = fired.get(reminder.follow_up_id)
        if previous is not None and previous[0] == reminder.due_at and previous[1] >= current:
            state[reminder.follow_up_id] = previous
            continue
        alerts.append(Alert(reminder, current))
        state[reminder.follow_up_id] = (reminder.due_at, current)
    return tuple(alerts), state
