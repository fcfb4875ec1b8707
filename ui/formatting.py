"""Dates, times and money through QLocale, so they read naturally in the operator's language."""

from __future__ import annotations

from datetime import datetime, tzinfo
from decimal import Decimal

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime


def to_qdatetime(moment: datetime, zone: tzinfo | None = None) -> QDateTime:
    local = moment.astimezone(zone)
    return QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute, local.second))


def date_time(moment: datetime | None, zone: tzinfo | None = None) -> str:
    if moment is None:
        return ""
    locale = QLocale()
    return locale.toString(to_qdatetime(moment, zone), locale.dateTimeFormat(QLocale.FormatType.ShortFormat))


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
