"""Command-line usage errors (argparse's own sentences, said again in the person's language)."""

from callassist.messages import register

register(
    {
        "usage.error": {
            "en": "{prog}: error: {detail} (see --help)",
            "ru": "{prog}: ошибка: {detail} (см. --help)",
        },
        "usage.failed": {
            "en": "callassist: error: {detail}",
            "ru": "callassist: ошибка: {detail}",
        },
        "usage.invalid_choice": {
            "en": "{option}: {value} is not one of {choices}",
            "ru": "{option}: значение {value} не из списка {choices}",
        },
        "usage.not_a_date": {
            "en": "{option}: not a date in YYYY-MM-DD form: {value}",
            "ru": "{option}: это не дата вида ГГГГ-ММ-ДД: {value}",
        },
        "usage.invalid_value": {
            "en": "{option}: {value} is not a valid value",
            "ru": "{option}: недопустимое значение {value}",
        },
        "usage.expects_value": {
            "en": "{option} needs a value",
            "ru": "после {option} нужно значение",
        },
        "usage.required": {
            "en": "these options are required: {names}",
            "ru": "не хватает обязательных параметров: {names}",
        },
        "usage.unrecognized": {
            "en": "unknown arguments: {names}",
            "ru": "неизвестные аргументы: {names}",
        },
        "usage.invalid_size": {
            "en": "{option}: {value} is not a window size such as 1280x720",
            "ru": "{option}: {value} — не размер окна вида 1280x720",
        },
    }
)
