"""Dates, times and money through QLocale, so they read naturally in the operator's language."""

from __future__ import annotations

from datetime import datetime, tzinfo
from decimal import Decimal

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime

_operator_zone: tzinfo | None = None  # the office's zone; the machine's own zone when unset


def set_operator_zone(zone: tzinfo | None) -> None:
    """Show every moment on the operator's clock (the office zone in team settings), not the machine's."""
    global _operator_zone
    _operator_zone = zone


def to_qdatetime(moment: datetime, zone: tzinfo | None = None) -> QDateTime:
    local = moment.astimezone(zone or _operator_zone)
    return QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute, local.second))


def date_time(moment: datetime | None, zone: tzinfo | None = None) -> str:
    if moment is None:
        return ""
    locale = QLocale()
    return locale.toString(to_qdatetime(moment, zone), locale.dateTimeFormat(QLocale.FormatType.ShortFormat))


def short_date_time(moment: datetime | None, zone: tzinfo | None = None) -> str:
    """Day, month and time: compact enough for a table column ("16.11 15:05")."""
    if moment is None:
        return ""
    return to_qdatetime(moment, zone).toString("dd.MM HH:mm")


def clock_time(moment: datetime | None, zone: tzinfo | None = None) -> str:
    if moment is None:
        return ""
    return QLocale().toString(to_qdatetime(moment, zone).time(), QLocale.FormatType.ShortFormat)


def money(amount: Decimal) -> str:
    return QLocale().toString(float(amount), "f", 2)


def duration(seconds: int) -> str:
    minutes, secs = divmod(max(0, seconds), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"
