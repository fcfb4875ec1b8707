"""Texts of the team settings: calling hours, phone region, daily goal, dial link, database address."""

from callassist.messages import register

register(
    {
        "settings.hours_reversed": {
            "en": "Calling hours must start before they end: {start} is not before {end}",
            "ru": "Часы звонков должны начинаться раньше, чем заканчиваются: {start} не раньше {end}",
        },
        "settings.unknown_region": {
            "en": "Unknown phone region {region!r}: use a two-letter country code such as RU, UA or KZ",
            "ru": "Неизвестный регион телефонов {region!r}: укажите двухбуквенный код страны, например RU, UA или KZ",
        },
        "settings.goal_too_small": {
            "en": "The daily goal must be at least 1 call, not {goal}",
            "ru": "Дневная цель — не меньше 1 звонка, а не {goal}",
        },
        "settings.hours_start_not_time": {
            "en": "The calling hours start must be a time like 09:00, not {text!r}",
            "ru": "Начало часов звонков должно быть временем вида 09:00, а не {text!r}",
        },
        "settings.hours_end_not_time": {
            "en": "The calling hours end must be a time like 09:00, not {text!r}",
            "ru": "Конец часов звонков должен быть временем вида 18:00, а не {text!r}",
        },
        "settings.dial_no_placeholder": {
            "en": "The dial link {template!r} must contain {e164} (+74951234567) or {digits} (74951234567)",
            "ru": "Ссылка набора {template!r} должна содержать {e164} (+74951234567) или {digits} (74951234567)",
        },
        "settings.dial_no_scheme": {
            "en": "The dial link {template!r} must start with a scheme such as {schemes}",
            "ru": "Ссылка набора {template!r} должна начинаться со схемы, например {schemes}",
        },
        "settings.dial_unknown_placeholder": {
            "en": "The dial link {template!r} has an unknown placeholder {placeholder}: use {e164} or {digits}",
            "ru": "В ссылке набора {template!r} неизвестная подстановка {placeholder}: используйте {e164} или {digits}",
        },
        "settings.db_missing": {
            "en": "Give the database file or the server address",
            "ru": "Укажите файл базы данных или адрес сервера",
        },
        "settings.db_folder_missing": {
            "en": "The folder for the database file does not exist: {folder}",
            "ru": "Папки для файла базы данных нет: {folder}",
        },
    }
)
