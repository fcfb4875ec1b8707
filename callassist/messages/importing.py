"""Texts of lead imports: refusals of a whole file, reasons of rejected rows, the summary and the preview."""

from callassist.messages import register

register(
    {
        # --- a file refused whole: it cannot be read at all ---------------------------------------------------------
        "import.file_missing": {
            "en": "The file to import does not exist: {path}",
            "ru": "Файла для импорта нет: {path}",
        },
        "import.file_unopenable": {
            "en": "The file {name} cannot be opened: {detail}.",
            "ru": "Файл {name} не открывается: {detail}.",
        },
        "import.file_empty": {
            "en": "The file {name} is empty: there is nothing to import.",
            "ru": "Файл {name} пуст: импортировать нечего.",
        },
        "import.not_a_table": {
            "en": "The file {name} is not a table of leads (it holds binary data). Save it as CSV, XLSX or ODS.",
            "ru": "Файл {name} — не таблица с клиентами (в нём двоичные данные). "
            "Сохраните его как CSV или книгу (XLS, ODS).",
        },
        "import.workbook_damaged": {
            "en": "The file {name} looks like an {kind} workbook but it is damaged or incomplete, so it cannot be "
            "read. Open it in Excel or LibreOffice and save it again.",
            "ru": "Файл {name} похож на книгу {kind}, но он повреждён или сохранён не полностью, и прочитать его "
            "нельзя. Откройте его в табличном редакторе и сохраните заново.",
        },
        "import.workbook_no_sheets": {
            "en": "The workbook {name} has no sheets.",
            "ru": "В книге {name} нет ни одного листа.",
        },
        "import.sheet_missing": {
            "en": "The workbook {name} has no sheet «{sheet}»; its sheets are {sheets}.",
            "ru": "В книге {name} нет листа «{sheet}»; её листы: {sheets}.",
        },
        "import.mixed_encoding": {
            "en": "The file {name} mixes two text encodings: lines {first_bad} and others are not UTF-8 while "
            "the rest of the file is (probably two files glued together). Save the whole file once in one "
            "encoding (UTF-8) and import it again.",
            "ru": "В файле {name} смешаны две кодировки: строка {first_bad} и другие записаны не в UTF-8, а "
            "остальной файл — в UTF-8 (вероятно, склеены два файла). Сохраните весь файл в одной кодировке "
            "(UTF-8) и импортируйте снова.",
        },
        "import.unclosed_quote": {
            "en": '{name}, line {line}: a quote (") opened there is never closed, so every line after it would be '
            "read as one cell. Fix the quote and import again.",
            "ru": '{name}, строка {line}: кавычка (") открыта и не закрыта, поэтому все строки после неё '
            "слились бы в одну ячейку. Исправьте кавычку и импортируйте снова.",
        },
        "import.no_mapping": {
            "en": "No column is mapped to a phone or a name, so no lead could be told apart. Choose the phone "
            "column (or the name column) in the mapping.",
            "ru": "Ни один столбец не сопоставлен с телефоном или именем, поэтому клиентов не различить. "
            "Выберите столбец с телефоном (или с именем).",
        },
        "import.mapping_damaged": {
            "en": "The remembered column mapping is damaged or from another version.",
            "ru": "Запомненное сопоставление столбцов повреждено или от другой версии.",
        },
        "import.no_such_column": {
            "en": "There is no column {column}; the file has {count}.",
            "ru": "Столбца {column} нет; в файле их {count}.",
        },
        "import.region_unknown": {
            "en": "Unknown phone region «{region}»: use a two-letter country code such as RU, UA, BY or KZ.",
            "ru": "Неизвестная страна номеров «{region}»: укажите двухбуквенный код, например RU, UA, BY или KZ.",
        },
        "import.rejects_unwritable": {
            "en": "The rejects file cannot be written in {folder}: {detail}.",
            "ru": "Файл отклонённых строк нельзя записать в {folder}: {detail}.",
        },
        "import.cancelled": {
            "en": "The import was cancelled; nothing was written.",
            "ru": "Импорт отменён; ничего не записано.",
        },
        # --- a row rejected alone (the rejects file's first column) -------------------------------------------------
        "import.reject.no_phone": {
            "en": "no phone number to call",
            "ru": "нет номера телефона, по которому можно позвонить",
        },
        "import.reject.no_valid_phone": {
            "en": "no valid phone number: {detail}",
            "ru": "нет ни одного правильного номера телефона: {detail}",
        },
        "import.reject.too_many_cells": {
            "en": "more cells than columns ({detail}): probably a delimiter or quote inside a value",
            "ru": "ячеек больше, чем столбцов ({detail}): вероятно, разделитель или кавычка внутри значения",
        },
        "import.reject.bad_bytes": {
            "en": "column «{detail}» holds bytes that are not text in the file's encoding; fix the characters "
            "marked and import the row again",
            "ru": "в столбце «{detail}» байты, которые не являются текстом в кодировке файла; исправьте "
            "отмеченные символы и импортируйте строку снова",
        },
        "import.reject.binary": {
            "en": "column «{detail}» holds binary data (NUL characters)",
            "ru": "в столбце «{detail}» двоичные данные (символы NUL)",
        },
        "import.reject.oversize": {
            "en": "column «{detail}» is too long to be a value of a lead list (more than 32,767 characters)",
            "ru": "значение в столбце «{detail}» слишком длинное для списка клиентов (больше 32 767 символов)",
        },
        # --- the rejects file's own headers -------------------------------------------------------------------------
        "import.rejects.reason": {"en": "Reason", "ru": "Причина"},
        "import.rejects.row": {"en": "Row", "ru": "Строка"},
        # --- the summary ----------------------------------------------------------------------------------------------
        "import.summary": {
            "en": "Rows read: {read}. Imported: {imported}, merged as duplicates: {merged}, rejected: {rejected}.",
            "ru": "Прочитано строк: {read}. Импортировано: {imported}, объединено как дубликаты: {merged}, "
            "отклонено: {rejected}.",
        },
        "import.summary.rejects_file": {
            "en": "The rejected rows and the reasons are in {path}.",
            "ru": "Отклонённые строки и причины — в файле {path}.",
        },
        "import.summary.untouched": {
            "en": "Of the merged, {untouched} were left untouched: clients marked never or with a number on the "
            "do-not-call list stay as they are and do not return to the queue.",
            "ru": "Из объединённых не изменено: {untouched} — это клиенты со статусом «никогда» или с номером в "
            "списке «не звонить»; они остались как были и в очередь не вернулись.",
        },
        "import.summary.dry_run": {
            "en": "Preview only: nothing was written.",
            "ru": "Только предпросмотр: ничего не записано.",
        },
        "import.summary.shared": {
            "en": "{shared} {shared|number is|numbers are|numbers are} shared by different people (an office line); "
            "each person is a client of their own.",
            "ru": "Общих номеров у разных людей (офисная линия): {shared}; каждый человек — отдельный клиент.",
        },
        # --- why a known client is left untouched (preview examples) ------------------------------------------------
        "import.untouched.never": {
            "en": "marked never on {date}: {reason}",
            "ru": "«никогда» с {date}: {reason}",
        },
        "import.untouched.do_not_call": {
            "en": "on the do-not-call list since {date}: {reason}",
            "ru": "в списке «не звонить» с {date}: {reason}",
        },
        # --- notes the import adds to a client ----------------------------------------------------------------------
        "import.note.phone_text": {
            "en": "From the phone column: {text}",
            "ru": "Из столбца телефона: {text}",
        },
    }
)
