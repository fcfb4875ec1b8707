"""Texts of lead lists (issue 15): the list screen, the ``lists`` command and the import's list."""

from callassist.messages import register

register(
    {
        "lists.name_required": {"en": "The list needs a name.", "ru": "У списка должно быть название."},
        "lists.not_found": {
            "en": "There is no lead list {list_id} in this database.",
            "ru": "Списка {list_id} в этой базе нет.",
        },
        "lists.priority_range": {
            "en": "The priority is a whole number from {low} to {high}.",
            "ru": "Приоритет — целое число от {low} до {high}.",
        },
        "lists.script_not_found": {
            "en": "There is no script {key} in this database.",
            "ru": "Скрипта {key} в этой базе нет.",
        },
        "lists.operator_not_found": {
            "en": "There is no operator called {name} in this database.",
            "ru": "Оператора {name} в этой базе нет.",
        },
        "lists.move_same_operator": {
            "en": "Choose another operator to hand the clients to.",
            "ru": "Выберите другого оператора, которому передать клиентов.",
        },
        "lists.database_missing": {
            "en": "The database file does not exist: {path}",
            "ru": "Файла базы данных нет: {path}",
        },
    }
)
