"""Texts of the statistics and report area: periods, time zones, operators named in a report."""

from callassist.messages import register

register(
    {
        "stats.period_reversed": {
            "en": "The report period ends ({date_to}) before it starts ({date_from})",
            "ru": "Период отчёта заканчивается ({date_to}) раньше, чем начинается ({date_from})",
        },
        "stats.unknown_timezone": {
            "en": "Unknown time zone {zone!r}, e.g. {example}",
            "ru": "Неизвестный часовой пояс {zone!r}; пример: {example}",
        },
        "stats.unknown_operator": {
            "en": "There is no operator called {name!r}",
            "ru": "Оператора с именем {name!r} нет",
        },
    }
)
