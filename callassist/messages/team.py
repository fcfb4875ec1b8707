"""Team mode: signing in as one's own database login, passwords, the schema a workstation meets, and what the
database's guards refuse (rule 17). The guards raise these codes from inside PostgreSQL (``callassist.team.guards``).
"""

from callassist.messages import register

register(
    {
        "team.sign_in_failed": {
            "en": "The name or the password is wrong. Check both and try again, or ask your supervisor.",
            "ru": "Неверное имя или пароль. Проверьте оба и попробуйте ещё раз или обратитесь к руководителю.",
        },
        "team.sign_in_wait": {
            "en": "Too many failed attempts for this name: try again in {seconds} {seconds|second|seconds|seconds}.",
            "ru": "Слишком много неудачных попыток для этого имени: повторите через "
            "{seconds} {seconds|секунду|секунды|секунд}.",
        },
        "team.not_a_person": {
            "en": "{name} is a database login but not a person on the team: sign in with your own name.",
            "ru": "{name} — учётная запись базы данных, но не сотрудник команды: войдите под своим именем.",
        },
        "team.name_too_long": {
            "en": "The name {name} is too long for a database login (63 bytes at most).",
            "ru": "Имя {name} слишком длинное для учётной записи базы данных (не больше 63 байт).",
        },
        "team.name_required": {
            "en": "Type your name as your supervisor added you.",
            "ru": "Введите своё имя так, как его добавил руководитель.",
        },
        "team.password_too_short": {
            "en": "The password needs at least {n} {n|character|characters|characters}.",
            "ru": "В пароле должно быть не меньше {n} {n|символа|символов|символов}.",
        },
        "team.password_wrong": {
            "en": "The current password is wrong; the password was not changed.",
            "ru": "Текущий пароль неверен; пароль не изменён.",
        },
        "team.password_not_hashed": {
            "en": "The server accepts a new password only in its hashed form, never in clear text.",
            "ru": "Сервер принимает новый пароль только в зашифрованном виде, а не открытым текстом.",
        },
        "team.role_unknown": {
            "en": "A person is an operator or a supervisor, not {role}.",
            "ru": "Сотрудник может быть оператором или руководителем, но не «{role}».",
        },
        "team.hash_not_in_team_mode": {
            "en": "On a team server people are database logins: the database owner adds them ({guide}).",
            "ru": "На командном сервере сотрудники — это учётные записи базы данных: их добавляет владелец базы "
            "({guide}).",
        },
        "team.schema_older": {
            "en": "The team database is at schema {found}, older than this version of the app needs ({needed}): "
            "ask the database owner to upgrade it ({guide}), then start again.",
            "ru": "Командная база данных в схеме {found}, старше, чем нужна этой версии программы ({needed}): "
            "попросите владельца базы обновить её ({guide}), затем запустите снова.",
        },
        "team.schema_newer": {
            "en": "The team database is at schema {found}, newer than this version of the app knows ({needed}): "
            "install the version your team uses on this computer.",
            "ru": "Командная база данных в схеме {found}, новее, чем знает эта версия программы ({needed}): "
            "установите на этот компьютер ту версию, которой пользуется команда.",
        },
        "team.schema_unguarded": {
            "en": "The team database was set up by an older version that does not yet guard who may do what: ask "
            "the database owner to upgrade it ({guide}), then start again.",
            "ru": "Командную базу данных создала старая версия, которая ещё не ограничивает права сотрудников: "
            "попросите владельца базы обновить её ({guide}), затем запустите снова.",
        },
        "team.schema_missing": {
            "en": "This database has no schema of this app yet: the database owner sets it up first ({guide}).",
            "ru": "В этой базе данных ещё нет схемы программы: сначала её создаёт владелец базы ({guide}).",
        },
        "team.permission_denied": {
            "en": "Your database login may not do this: ask your supervisor.",
            "ru": "Вашей учётной записи базы данных это не разрешено: обратитесь к руководителю.",
        },
        "team.not_you": {
            "en": "A workstation may save and claim only as the person signed in.",
            "ru": "Рабочее место может сохранять и брать клиентов только от имени того, кто вошёл.",
        },
        "team.lease_not_held": {
            "en": "This client is not held by you any more (the lease expired or someone else took it): the "
            "outcome was not saved.",
            "ru": "Этот клиент больше не закреплён за вами (срок истёк или его взял другой): итог не сохранён.",
        },
        "team.call_committed": {
            "en": "A saved call never changes: record a new call to correct it.",
            "ru": "Сохранённый звонок не меняется: чтобы исправить, запишите новый звонок.",
        },
        "team.call_times": {
            "en": "The call cannot end before it started.",
            "ru": "Звонок не может закончиться раньше, чем начался.",
        },
        "team.conversation_result": {
            "en": "A conversation result goes with a connected call, and only with one.",
            "ru": "Результат разговора бывает только у состоявшегося звонка, и у него он обязателен.",
        },
        "team.rule_1": {
            "en": "A connected call that is not a sale or a callback needs a refusal reason (rule 1).",
            "ru": "Для состоявшегося разговора без продажи и без перезвона нужна причина отказа (правило 1).",
        },
        "team.rule_2": {
            "en": "A refused client becomes future with a concrete next-contact date (rule 2).",
            "ru": "Отказавший клиент становится «будущим» с конкретной датой следующего контакта (правило 2).",
        },
        "team.rule_3": {
            "en": "«Never» needs an objective reason given by your own call (rule 3).",
            "ru": "«Никогда» требует объективной причины, указанной в вашем звонке (правило 3).",
        },
        "team.rule_4": {
            "en": "A client not reached is tried again by the retry rules or becomes future, never never (rule 4).",
            "ru": "До клиента, которого не удалось застать, звонят снова по правилам повтора или переводят в "
            "«будущие», но не в «никогда» (правило 4).",
        },
        "team.rule_5": {
            "en": "A sale records products and amounts and plans a post-sale check-in (rule 5).",
            "ru": "Продажа записывает товары и суммы и планирует контакт после продажи (правило 5).",
        },
        "team.supervisors_only": {
            "en": "Only a supervisor may do this.",
            "ru": "Это может сделать только руководитель.",
        },
        "team.unknown_person": {
            "en": "There is nobody of that name on this team.",
            "ru": "В команде нет сотрудника с таким именем.",
        },
    }
)
