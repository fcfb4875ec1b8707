"""Texts of the call-script area: what is wrong with a script or a script file, and where.

A problem is said as "location: what is wrong"; the location (``steps[3].answers[1].next``) uses the file's own key
names in both languages, because it points into the file.
"""

from callassist.messages import register

register(
    {
        # The frame around one or many problems.
        "scripts.at": {"en": "{where}: {problem}", "ru": "{where}: {problem}"},
        "scripts.in_file": {"en": "{file}: {problem}", "ru": "{file}: {problem}"},
        "scripts.many": {
            "en": "{n} {n|problem|problems|problems}:\n{listed}",
            "ru": "{n} {n|ошибка|ошибки|ошибок}:\n{listed}",
        },
        "scripts.and_more": {"en": "and {n} more", "ru": "и ещё {n}"},
        "scripts.cannot_save": {
            "en": "The script cannot be saved: {problems}",
            "ru": "Сценарий нельзя сохранить: {problems}",
        },
        # Validation of a finished script.
        "scripts.empty": {"en": "is empty", "ru": "пусто"},
        "scripts.bad_language": {
            "en": '"{language}" is not a language code such as "ru" or "en"',
            "ru": "«{language}» — не код языка вроде «ru» или «en»",
        },
        "scripts.bad_version": {
            "en": "must be 1 or more, not {version}",
            "ru": "должна быть 1 или больше, а не {version}",
        },
        "scripts.no_steps": {"en": "a script needs at least one step", "ru": "в сценарии нужен хотя бы один шаг"},
        "scripts.no_such_step": {"en": 'no step "{key}"', "ru": "нет шага «{key}»"},
        "scripts.key_taken": {
            "en": '"{key}" is already the key of {other}',
            "ru": "«{key}» уже ключ элемента {other}",
        },
        "scripts.end_has_answers": {
            "en": "an end step has no answers (the call is over)",
            "ru": "у последнего шага нет ответов (звонок окончен)",
        },
        "scripts.line_needs_answers": {
            "en": "a line step needs at least one answer, or the operator is stuck",
            "ru": "шагу-реплике нужен хотя бы один ответ, иначе оператору некуда идти",
        },
        "scripts.needs_rebuttal": {
            "en": "an objection needs at least one rebuttal",
            "ru": "у возражения должен быть хотя бы один ответ",
        },
        "scripts.rebuttal_key_twice": {
            "en": '"{key}" is used twice in this objection',
            "ru": "«{key}» встречается в этом возражении дважды",
        },
        "scripts.bad_key": {
            "en": "\"{key}\" is not a valid key (1-64 Latin letters, digits, '_', '.' or '-', starting with a letter "
            "or digit)",
            "ru": "«{key}» — недопустимый ключ (1–64 латинские буквы, цифры, «_», «.» или «-», в начале буква "
            "или цифра)",
        },
        "scripts.unknown_field": {
            "en": "unknown field {field} (known fields: {known})",
            "ru": "неизвестное поле {field} (известные поля: {known})",
        },
        "scripts.stray_brace": {
            "en": 'has a "{open}" or "{close}" that is not part of a {open}field{close} or {open}field|fallback{close} '
            "placeholder",
            "ru": "содержит «{open}» или «{close}» вне подстановки вида {open}поле{close} или {open}поле|замена{close}",
        },
        # Reading a script file.
        "scripts.too_large": {
            "en": "is larger than {mb} MB, not a script file",
            "ru": "больше {mb} МБ — это не файл сценария",
        },
        "scripts.no_such_file": {"en": "no such file", "ru": "файла нет"},
        "scripts.is_folder": {"en": "is a folder, not a script file", "ru": "это папка, а не файл сценария"},
        "scripts.unreadable_file": {
            "en": "{file}: could not be read: {detail}",
            "ru": "{file}: не удалось прочитать: {detail}",
        },
        "scripts.unwritable_file": {
            "en": "{file}: could not be written: {detail}",
            "ru": "{file}: не удалось записать: {detail}",
        },
        "scripts.not_utf8": {
            "en": "is not UTF-8 text (byte {byte})",
            "ru": "это не текст в кодировке UTF-8 (байт {byte})",
        },
        "scripts.not_json": {
            "en": "not valid {format} at line {line}, column {column}: {detail}",
            "ru": "ошибка формата {format} в строке {line}, столбце {column}: {detail}",
        },
        "scripts.the_file": {"en": "the file", "ru": "файл"},
        "scripts.not_object": {
            "en": "should be an object {{...}}, not {kind}",
            "ru": "должно быть объектом {{...}}, а не {kind}",
        },
        "scripts.given_twice": {
            "en": 'is given twice; keep one "{key}"',
            "ru": "указано дважды; оставьте одно «{key}»",
        },
        "scripts.unknown_key": {
            "en": "unknown key (expected: {allowed})",
            "ru": "неизвестный ключ (ожидаются: {allowed})",
        },
        "scripts.missing": {"en": "is missing", "ru": "отсутствует"},
        "scripts.wrong_type": {"en": "should be {expected}, not {kind}", "ru": "должно быть {expected}, а не {kind}"},
        "scripts.not_a_choice": {"en": '"{value}" is not one of {choices}', "ru": "«{value}» — не одно из {choices}"},
        "scripts.bad_format": {
            "en": 'should be "{name}"; this is not a CallAssist script file',
            "ru": "должно быть «{name}»; это не файл сценария программы",
        },
        "scripts.bad_format_version": {
            "en": "this CallAssist reads version {supported}, the file has {found}",
            "ru": "эта версия программы читает версию {supported}, а в файле {found}",
        },
        # The kinds of JSON values, as the messages above name them.
        "scripts.kind.object": {"en": "an object", "ru": "объект"},
        "scripts.kind.list": {"en": "a list", "ru": "список"},
        "scripts.kind.text": {"en": "text", "ru": "текст"},
        "scripts.kind.boolean": {"en": "true/false", "ru": "логическое значение"},
        "scripts.kind.number": {"en": "a number", "ru": "число"},
        "scripts.kind.null": {"en": "null", "ru": "пустое значение"},
        "scripts.kind.whole_number": {"en": "a whole number", "ru": "целое число"},
        "scripts.kind.text_or_null": {"en": "text or null", "ru": "текст или пустое значение"},
        "scripts.kind.list_of": {"en": "a list [...]", "ru": "список [...]"},
        # Looking scripts up.
        "scripts.step_not_found": {
            "en": 'Script "{title}" has no step "{key}"',
            "ru": "В сценарии «{title}» нет шага «{key}»",
        },
        "scripts.answer_not_found": {
            "en": 'Step "{key}" has no answer number {number}',
            "ru": "У шага «{key}» нет ответа номер {number}",
        },
        "scripts.objection_not_found": {
            "en": 'Script "{title}" has no objection "{key}"',
            "ru": "В сценарии «{title}» нет возражения «{key}»",
        },
        "scripts.no_default": {
            "en": 'There is no default script in language "{language}" (there are: {languages}).',
            "ru": "Стандартного сценария на языке «{language}» нет (есть: {languages}).",
        },
        "scripts.none_yet": {
            "en": "There is no call script yet: import one in Supervisor → Scripts.",
            "ru": "Сценария звонка ещё нет: импортируйте его в разделе «Руководитель → Сценарии».",
        },
        "scripts.no_version": {
            "en": "Script version {version} does not exist.",
            "ru": "Версии сценария {version} нет.",
        },
        "scripts.no_script": {"en": 'There is no script "{key}".', "ru": "Сценария «{key}» нет."},
        "scripts.no_call": {"en": "Call {call} does not exist.", "ru": "Звонка {call} нет."},
        "scripts.range_reversed": {
            "en": "The range ends ({date_to}) before it starts ({date_from}).",
            "ru": "Период заканчивается ({date_to}) раньше, чем начинается ({date_from}).",
        },
    }
)
