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
            "en": "The softphone setting {value} is not baresip://HOST:PORT, hook or none",
            "ru": "Настройка софтфона {value} — не baresip://ХОСТ:ПОРТ, hook и не none",
        },
        "softphone.bad_event": {
            "en": "The call event {state} is not ringing, answered or ended with a number",
            "ru": "Событие звонка {state} — не ringing, answered или ended с номером",
        },
        "softphone.no_app": {
            "en": "No CallAssist window is running on this computer for this user",
            "ru": "На этом компьютере у этого пользователя не запущено окно CallAssist",
        },
        "softphone.bad_fate_map": {
            "en": "The call fate map has values that are not attempt results: {values}",
            "ru": "В таблице исходов звонка есть значения, не являющиеся результатами попытки: {values}",
        },
    }
)
