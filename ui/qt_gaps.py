"""Qt's own dialogs in Russian where Qt's shipped ``qtbase_ru`` has a gap.

Qt 6 changed some source strings of ``QFileDialog`` ("Look in:" became "&Look in:", "Files of type:" became
"Files of &type:"), and ``qtbase_ru.qm`` still translates only the old ones, so a Russian file dialog shows those
two labels in English. This translator answers exactly those strings; everything else falls through to Qt's own.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTranslator

# (context, Qt 6 source) → Russian, with the accelerator kept on a letter of the Russian word.
RUSSIAN: dict[tuple[str, str], str] = {
    ("QFileDialog", "&Look in:"): "&Папка:",
    ("QFileDialog", "Files of &type:"): "&Тип файлов:",
}
GAPS = {"ru": RUSSIAN}


class QtGapTranslator(QTranslator):
    """Translates the few Qt strings that ``qtbase_<lang>.qm`` misses; any other string goes on to Qt's own."""

    def __init__(self, language: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._texts = GAPS.get(language, {})

    def isEmpty(self) -> bool:
        return not self._texts

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str | None:
        # None is Qt's null string, "not mine: ask the next translator"; an empty string would blank the text.
        return self._texts.get((context, source))
