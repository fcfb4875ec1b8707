"""Texts of the softphone: connecting, dialling, the event hook and its command."""

from callassist.messages import register

register(
    {
        "softphone.unreachable": {
            "en": "The softphone at {address} cannot be reached: {detail}",
            "ru": "Софтфон по адресу {address} недоступен: {detail}",
        },
        "softphone.command_failed": {
            "en": "The softphone refused the command {command}: {detail}",
            "ru": "Софтфон не выполнил команду {command}: {detail}",
        },
        "softphone.bad_choice": {
            "en": "The softphone setting {value} is none of {forms}",
            "ru": "Настройка софтфона {value} не подходит: допустимо {forms}",
        },
        "softphone.bad_event": {
            "en": "The call event {state} needs a number and one of the states {states}",
            "ru": "Событию звонка {state} нужны номер и одно из состояний {states}",
        },
        "softphone.no_app": {
            "en": "No CallAssist window is running on this computer for this user",
            "ru": "На этом компьютере у этого пользователя не запущено окно программы",
        },
        "softphone.bad_template": {
            "en": "The softphone's dial template {template} must contain {placeholders}",
            "ru": "Шаблон набора софтфона {template} должен содержать {placeholders}",
        },
        "softphone.out_of_range": {
            "en": "{value} seconds is outside {low}–{high}",
            "ru": "{value} с — вне диапазона {low}–{high}",
        },
        "softphone.bad_fate_map_json": {
            "en": "The call fate map must be a JSON object of texts: {detail}",
            "ru": "Таблица исходов звонка должна быть словарём «причина: результат» в фигурных скобках: {detail}",
        },
        "softphone.bad_fate_map": {
            "en": "The call fate map has values that are not attempt results: {values}",
            "ru": "В таблице исходов звонка есть значения, не являющиеся результатами попытки: {values}",
        },
    }
)
