"""Texts of opening a database (rule 19) and of the command line's own checks."""

from callassist.messages import register

register(
    {
        # --- opening a database (callassist.bootstrap, callassist.storage.engine) ------------------------------
        "open.missing": {
            "en": "There is no database file {where}: check --db (only the app, --demo and import create one)",
            "ru": "Файла базы данных {where} нет: проверьте --db (базу создают только приложение, демо-режим и импорт)",
        },
        "open.no_folder": {
            "en": "The folder for the database file does not exist: {where}",
            "ru": "Папки для файла базы данных нет: {where}",
        },
        "open.folder": {
            "en": "{where} is a folder, not a database file: name the .db file inside it",
            "ru": "{where} — это папка, а не файл базы данных: укажите файл .db в ней",
        },
        "open.unreadable": {
            "en": "The database file {where} cannot be read: {detail}",
            "ru": "Файл базы данных {where} не читается: {detail}",
        },
        "open.not_a_database": {
            "en": "{where} is not a database file (it was left as it is)",
            "ru": "{where} — не файл базы данных (он оставлен как был)",
        },
        "open.empty": {
            "en": "{where} is an empty database, not a CallAssist one: open it in the app or import leads first",
            "ru": "{where} — пустая база, а не база этой программы: сначала откройте её в приложении "
            "или импортируйте клиентов",
        },
        "open.foreign": {
            "en": "{where} belongs to another application, not CallAssist: it was left untouched",
            "ru": "{where} — база другой программы: она оставлена нетронутой",
        },
        "open.newer": {
            "en": "{where} was made by a newer CallAssist (schema {revision}, this version knows up to {known}): "
            "install the newer version",
            "ru": "{where} создана более новой версией программы (схема {revision}, эта версия знает до {known}): "
            "установите новую версию",
        },
        "open.unreachable": {
            "en": "The database cannot be reached: {detail}",
            "ru": "База данных недоступна: {detail}",
        },
        "open.read_only": {
            "en": "The database can only be read, not written (check the file's permissions): {detail}",
            "ru": "Базу данных можно только читать, но не изменять (проверьте права на файл): {detail}",
        },
        "open.connection_lost": {
            "en": "The connection to the database was lost: {detail}",
            "ru": "Связь с базой данных потеряна: {detail}",
        },
        # --- the command line's checks (callassist.cli) ---------------------------------------------------------
        "cli.bad_url": {
            "en": "This is not a database URL: {url} (try sqlite:///calls.db or postgresql://user@server/db)",
            "ru": "Это не адрес базы данных: {url} (нужен путь к файлу .db или адрес сервера)",
        },
        "cli.unsupported_database": {
            "en": "Unsupported database {scheme}: use {supported}",
            "ru": "База {scheme} не поддерживается: используйте {supported}",
        },
        "cli.empty_db": {
            "en": "--db is empty: give a database file or URL",
            "ru": "--db пуст: укажите файл или адрес базы данных",
        },
        "cli.unknown_operator": {
            "en": "There is no operator called {name} in this database (a report never adds one): check {option}",
            "ru": "В этой базе нет оператора {name} (отчёт не добавляет операторов): проверьте {option}",
        },
        "cli.empty_operator": {
            "en": "The operator name is empty: give {option} NAME or set {variable}",
            "ru": "Имя оператора пусто: укажите {option} ИМЯ или задайте {variable}",
        },
        "cli.app_options": {
            "en": "--screenshot and --view belong to the app, not to the {command} command",
            "ru": "Снимок экрана и выбор вида относятся к приложению, а не к команде {command}",
        },
        "cli.no_such_file": {
            "en": "The file to import does not exist: {path}",
            "ru": "Файла для импорта нет: {path}",
        },
        "cli.file_is_folder": {
            "en": "{path} is a folder, not a file to import",
            "ru": "{path} — это папка, а не файл для импорта",
        },
        "cli.no_folder": {
            "en": "{option}: the folder {path} does not exist",
            "ru": "{option}: папки {path} нет",
        },
        "cli.target_is_folder": {
            "en": "{option}: {path} is a folder; name a file",
            "ru": "{option}: {path} — это папка; укажите файл",
        },
        "cli.bad_region": {
            "en": "--region: {region} is not a country code such as RU, UA, BY or KZ",
            "ru": "Регион {region} — не код страны вроде RU, UA, BY или KZ",
        },
        "cli.range_reversed": {
            "en": "--to {end} is before --from {start}",
            "ru": "Конец периода {end} раньше его начала {start}",
        },
        "cli.screenshot_png": {
            "en": "--screenshot saves a PNG file: name it *.png, not {name}",
            "ru": "Снимок экрана сохраняется в PNG: назовите файл *.png, а не {name}",
        },
        "cli.app_only_in_main": {
            "en": "This entry point runs the commands; start the app with {script}",
            "ru": "Эта точка входа выполняет только команды; приложение запускается через {script}",
        },
        "cli.unavailable": {
            "en": "{command} is not available in this build",
            "ru": "Команда {command} в этой сборке недоступна",
        },
        "cli.unexpected": {
            "en": "unexpected error ({detail}); details in {log}",
            "ru": "непредвиденная ошибка ({detail}); подробности в {log}",
        },
        "cli.unexpected_no_log": {
            "en": "unexpected error ({detail})",
            "ru": "непредвиденная ошибка ({detail})",
        },
    }
)
