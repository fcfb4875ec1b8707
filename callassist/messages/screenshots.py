"""Texts of the offscreen render (``--screenshot``)."""

from callassist.messages import register

register(
    {
        "render.no_operator": {
            "en": "Nothing to show yet: the database has no operators. Start the app once, or fill it with {option}.",
            "ru": "Показывать пока нечего: в базе нет операторов. Запустите программу один раз или заполните её "
            "с {option}.",
        },
    }
)
