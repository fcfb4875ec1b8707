"""Texts of the export area (CSV and XLSX files of the statistics)."""

from callassist.messages import register

register(
    {
        "export.folder_missing": {
            "en": "Cannot save the export to {target}: the folder {folder} does not exist",
            "ru": "Нельзя сохранить выгрузку в {target}: папки {folder} нет",
        },
        "export.target_is_folder": {
            "en": "Cannot save the export to {target}: that is a folder, give a file name",
            "ru": "Нельзя сохранить выгрузку в {target}: это папка, укажите имя файла",
        },
        "export.no_permission": {
            "en": "Cannot save the export to {target}: no permission to write there",
            "ru": "Нельзя сохранить выгрузку в {target}: нет прав на запись",
        },
        "export.write_failed": {
            "en": "Could not write the export {target}: {detail}",
            "ru": "Не удалось записать выгрузку {target}: {detail}",
        },
        "export.bad_delimiter": {
            "en": "CSV delimiter must be ';' or ',', not {delimiter!r}",
            "ru": "Разделитель CSV должен быть ';' или ',', а не {delimiter!r}",
        },
        "export.bad_language": {
            "en": "Export language must be one of {languages}, not {language!r}",
            "ru": "Язык выгрузки должен быть одним из {languages}, а не {language!r}",
        },
        "export.bad_format": {
            "en": "Export format must be one of {formats}, not {format!r}",
            "ru": "Формат выгрузки должен быть одним из {formats}, а не {format!r}",
        },
        "export.period_reversed": {
            "en": "The period ends ({date_to}) before it starts ({date_from})",
            "ru": "Период заканчивается ({date_to}) раньше, чем начинается ({date_from})",
        },
        "export.out_folder_missing": {
            "en": "The folder for the export does not exist: {folder}",
            "ru": "Папки для выгрузки нет: {folder}",
        },
    }
)
