"""Texts shared by every area: the generic failures a person can meet anywhere."""

from callassist.messages import register

register(
    {
        "general.unexpected": {
            "en": "Unexpected error ({detail}); details in {log}",
            "ru": "Непредвиденная ошибка ({detail}); подробности в {log}",
        },
        "general.database_unreachable": {
            "en": "The database cannot be reached: {detail}",
            "ru": "База данных недоступна: {detail}",
        },
    }
)
