"""Texts of the calendar (.ics) file: event titles and what is wrong with an event."""

from callassist.messages import register

register(
    {
        "calendar.call_back": {"en": "Call back {who}", "ru": "Перезвонить: {who}"},
        "calendar.promise": {"en": "Promise to {who}: {text}", "ru": "Обещание для {who}: {text}"},
        "calendar.saved": {
            "en": "Calendar saved: {n} {n|event|events|events} in {file}.",
            "ru": "Календарь сохранён: {n} {n|событие|события|событий}, файл {file}.",
        },
        "calendar.no_uid": {
            "en": "Calendar item {summary!r} has no identifier",
            "ru": "У события календаря {summary!r} нет идентификатора",
        },
        "calendar.naive_start": {
            "en": "Calendar item {summary!r} has a start time without a time zone",
            "ru": "У события календаря {summary!r} время начала без часового пояса",
        },
        "calendar.too_short": {
            "en": "Calendar item {summary!r} must last at least a minute, not {minutes}",
            "ru": "Событие календаря {summary!r} должно длиться хотя бы минуту, а не {minutes}",
        },
        "calendar.write_failed": {
            "en": "Could not write the calendar file {target}: {detail}",
            "ru": "Не удалось записать файл календаря {target}: {detail}",
        },
    }
)
