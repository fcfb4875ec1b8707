"""Texts of the client card's find, edit, phones and hand-added clients (issue 14), and of ``client find/show``."""

from callassist.messages import register

register(
    {
        "client.not_found": {
            "en": "There is no client with id {client_id}",
            "ru": "Клиента с номером {client_id} нет",
        },
        "client.bad_id": {
            "en": "A client id is a whole number, not {value}",
            "ru": "Номер клиента — целое число, а не «{value}»",
        },
        "client.empty_query": {
            "en": "Say what to find: a phone, a name or a company",
            "ru": "Укажите, что искать: телефон, имя или компанию",
        },
        "client.database_missing": {
            "en": "The database file does not exist: {path}",
            "ru": "Файла базы данных нет: {path}",
        },
        "client.not_callassist": {
            "en": "{path} is not a {app} database: nothing was changed",
            "ru": "{path} — не база {app}; ничего не изменено",
        },
        "client.database_not_ready": {
            "en": "This database is not at the current {app} schema (it has {revision}): open it in the app first",
            "ru": "Эта база не в текущей схеме {app} (в ней {revision}): сначала откройте её в приложении",
        },
        "client.unknown_field": {
            "en": "The client has no field {name}",
            "ru": "У клиента нет поля {name}",
        },
        "client.bad_email": {
            "en": "{value} is not an e-mail address",
            "ru": "{value} — не адрес электронной почты",
        },
        "client.bad_country": {
            "en": "{value} is not a country code such as RU, UA or KZ",
            "ru": "{value} — не код страны вроде RU, UA или KZ",
        },
        "client.bad_timezone": {
            "en": "{value} is not a time zone such as {example}",
            "ru": "{value} — не часовой пояс вроде {example}",
        },
        "client.bad_stage": {
            "en": "{value} is not a buying stage",
            "ru": "{value} — не стадия покупки",
        },
        "client.edit_conflict": {
            "en": "A colleague has just changed {fields} of this client: the card is reloaded, check and save again",
            "ru": (
                "Коллега только что изменил у этого клиента: {fields}. Карточка обновлена — проверьте и сохраните снова"
            ),
        },
        "client.held_by_other": {
            "en": "{holder} is working with this client now: the card is read-only",
            "ru": "С этим клиентом сейчас работает {holder}: карточка только для чтения",
        },
        "client.phone_invalid": {
            "en": "{value} is not one valid phone number",
            "ru": "«{value}» — не один правильный номер телефона",
        },
        "client.phone_known": {
            "en": "The client already has the number {value}",
            "ru": "У клиента уже есть номер {value}",
        },
        "client.phone_taken": {
            "en": "The number {value} belongs to another client (id {client_id})",
            "ru": "Номер {value} принадлежит другому клиенту (номер {client_id})",
        },
        "client.phone_do_not_call": {
            "en": "The number {value} asked never to be called again",
            "ru": "Владелец номера {value} просил больше не звонить",
        },
        "client.phone_not_found": {
            "en": "This phone is no longer stored",
            "ru": "Этого телефона больше нет в базе",
        },
        "client.last_phone": {
            "en": "The last phone cannot be removed: mark it wrong or not in service instead",
            "ru": "Последний телефон удалить нельзя: отметьте его как ошибочный или несуществующий",
        },
        "client.phone_required": {
            "en": "A client needs a phone number: without one nobody can call them",
            "ru": "Нужен номер телефона: без него клиенту никто не позвонит",
        },
        "client.nothing_to_identify": {
            "en": "Give at least a name, a company or an e-mail, and a phone",
            "ru": "Укажите хотя бы имя, компанию или эл. почту — и телефон",
        },
    }
)
