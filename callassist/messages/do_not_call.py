"""Texts of the do-not-call list screen (issue 15)."""

from callassist.messages import register

register(
    {
        "dnc.bad_number": {
            "en": "{text} is not one valid phone number.",
            "ru": "«{text}» — не один правильный номер телефона.",
        },
        "dnc.reason_required": {
            "en": "Say why: the reason is kept in the list's history.",
            "ru": "Укажите причину: она сохраняется в истории списка.",
        },
        "dnc.already_listed": {
            "en": "{phone} is already on the do-not-call list.",
            "ru": "Номер {phone} уже в списке «не звонить».",
        },
        "dnc.not_listed": {
            "en": "{phone} is not on the do-not-call list.",
            "ru": "Номера {phone} нет в списке «не звонить».",
        },
        "dnc.file_unreadable": {
            "en": "The file {path} cannot be read: {detail}",
            "ru": "Не удаётся прочитать файл {path}: {detail}",
        },
        "dnc.card_reason": {
            "en": "Do not call: {phone} is on the do-not-call list since {date} ({reason}).",
            "ru": "Не звонить: номер {phone} в списке «не звонить» с {date} ({reason}).",
        },
    }
)
