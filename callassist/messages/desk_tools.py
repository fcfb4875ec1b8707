"""Texts of the operator's and supervisor's tools around the call: reminders, neglected clients, delays, operators,
the queue's leases and the fixed clock."""

from callassist.messages import register

register(
    {
        "neglect.days_out_of_range": {
            "en": "Untouched for how many days: enter a number from 1 to {max}, not {days}.",
            "ru": "Сколько дней без звонка: введите число от 1 до {max}, а не {days}.",
        },
        "reminders.snooze_too_short": {
            "en": "Snooze for at least one minute, not {minutes}.",
            "ru": "Отложите хотя бы на одну минуту, а не на {minutes}.",
        },
        "reminders.not_open": {
            "en": "This reminder is no longer open for you: the callback was made or reassigned.",
            "ru": "Это напоминание больше не ваше: перезвон уже сделан или передан другому.",
        },
        "zones.negative_delay": {
            "en": "The delay cannot be negative ({days} {days|day|days|days})",
            "ru": "Отсрочка не может быть отрицательной ({days} {days|день|дня|дней})",
        },
        "operators.name_missing": {
            "en": "The operator needs a name.",
            "ru": "Укажите имя оператора.",
        },
        "operators.unknown": {
            "en": "There is no operator called {name} in this database: ask your supervisor to add you.",
            "ru": "Оператора {name} в этой базе нет: попросите руководителя добавить вас.",
        },
        "queue.finish_wrapup_of": {
            "en": "Finish the wrap-up of {name} first: save how the call ended.",
            "ru": "Сначала завершите звонок клиенту {name}: сохраните, чем он закончился.",
        },
        "queue.finish_wrapup": {
            "en": "Finish the wrap-up of the current client first: save how the call ended.",
            "ru": "Сначала завершите текущий звонок: сохраните, чем он закончился.",
        },
        "queue.client_taken": {
            "en": "Another operator is working with this client right now.",
            "ru": "С этим клиентом сейчас работает другой оператор.",
        },
        "clock.not_iso": {
            "en": "{variable} is not an ISO 8601 date and time: {text!r}",
            "ru": "{variable} — не дата и время в формате ISO 8601: {text!r}",
        },
        "clock.no_offset": {
            "en": "{variable} needs a UTC offset, e.g. {example}: {text!r}",
            "ru": "{variable} требует смещения от UTC, например {example}: {text!r}",
        },
    }
)
