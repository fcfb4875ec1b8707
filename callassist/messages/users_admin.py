"""Texts of the users screen (issue 15)."""

from callassist.messages import register

register(
    {
        "users.password_short": {
            "en": "The password needs at least {least} characters.",
            "ru": "Пароль должен быть не короче {least} символов.",
        },
        "users.role_unknown": {
            "en": "A user is an operator or a supervisor, not {role}.",
            "ru": "Пользователь — оператор или руководитель, а не «{role}».",
        },
        "users.no_login_rights": {
            "en": "The database refused to change logins: sign in as the database's administrator to manage users.",
            "ru": "База данных не позволила изменить входы: чтобы управлять пользователями, войдите как администратор.",
        },
    }
)
