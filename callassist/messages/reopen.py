"""Texts of opening a client by id from a list that may be stale (``services.reopen``)."""

from callassist.messages import register

register(
    {
        "reopen.worked": {
            "en": "{name} was already worked by {operator} at {when}, after your queue was read: not opened",
            "ru": "С клиентом {name} уже поработал(а) {operator} в {when}, после того как очередь была прочитана: "
            "карточка не открыта",
        },
        "reopen.held": {
            "en": "{operator} is working with {name} right now: not opened",
            "ru": "С клиентом {name} сейчас работает {operator}: карточка не открыта",
        },
        "reopen.changed": {
            "en": "{name} was changed at {when}, after your queue was read: look at the refreshed queue",
            "ru": "Клиент {name} изменён в {when}, после того как очередь была прочитана: "
            "посмотрите обновлённую очередь",
        },
        "reopen.not_due": {
            "en": "{name} is no longer due (next in the queue at {when}): not opened",
            "ru": "Клиенту {name} пока не нужно звонить (в очереди снова с {when}): карточка не открыта",
        },
        "reopen.gone": {
            "en": "This client no longer exists in the database",
            "ru": "Этого клиента больше нет в базе",
        },
        "reopen.finish_first": {
            "en": "Finish the wrap-up of {name} first: save how the call ended",
            "ru": "Сначала завершите разговор с клиентом {name}: сохраните, чем закончился звонок",
        },
    }
)
