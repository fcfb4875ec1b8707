"""Texts of the supervisor's catalogue screens (issue 15)."""

from callassist.messages import register

register(
    {
        "catalogue.reason_title_required": {
            "en": "A refusal reason needs a name in Russian and in English.",
            "ru": "У причины отказа должно быть название на русском и на английском.",
        },
        "catalogue.reason_exists": {
            "en": "There is already a refusal reason called {title}.",
            "ru": "Причина отказа «{title}» уже есть.",
        },
        "catalogue.not_found": {
            "en": "This entry no longer exists: someone removed it.",
            "ru": "Этой записи больше нет: её кто-то удалил.",
        },
        "catalogue.out_of_range": {
            "en": "{value} is out of range: give a whole number from {low} to {high}.",
            "ru": "{value} — вне допустимого: укажите целое число от {low} до {high}.",
        },
        "catalogue.retry_connected": {
            "en": "A connected call is never retried: retry rules are for calls that did not reach the client.",
            "ru": "Состоявшийся разговор не повторяют: правила повторов — для недозвонов.",
        },
        "catalogue.retry_too_many": {
            "en": "At most {most} retries in a row.",
            "ru": "Не больше {most} повторов подряд.",
        },
        "catalogue.product_name_required": {
            "en": "The product needs a name.",
            "ru": "У продукта должно быть название.",
        },
        "catalogue.product_exists": {
            "en": "There is already a product called {name}.",
            "ru": "Продукт «{name}» уже есть.",
        },
        "catalogue.price": {
            "en": "{price} is not a price: give an amount such as 12000.00.",
            "ru": "«{price}» — не цена: укажите сумму, например 12000,00.",
        },
        "catalogue.currency": {
            "en": "{currency} is not a currency code: use three letters such as RUB, USD or EUR.",
            "ru": "«{currency}» — не код валюты: укажите три буквы, например RUB, USD или EUR.",
        },
        "catalogue.delay_syntax": {
            "en": "{part} is not a delay: write numbers with m, h or d, e.g. 30m, 2h, 1d.",
            "ru": "«{part}» — не задержка: пишите числа с мин, ч или д, например 30 мин, 2 ч, 1 д.",
        },
        "catalogue.country": {
            "en": "No working-day calendar is known for the country {country}: use a code such as RU, BY or KZ.",
            "ru": "Для страны «{country}» нет производственного календаря: укажите код, например RU, BY или KZ.",
        },
    }
)
