"""Headers and names in the exported files, in Russian and English.

The UI translates with Qt, which the core may not import; the export needs only this handful of words.
Sheet names stay within Excel's 31 characters.
"""

from __future__ import annotations

import enum

from callassist.errors import UserInputError

LANGUAGES = ("ru", "en")

_RU: dict[str, str] = {
    # sheets and CSV sections
    "sheet.summary": "Итоги",
    "sheet.by_operator": "По операторам",
    "sheet.by_day": "По операторам и дням",
    "sheet.by_hour": "По часам",
    "sheet.refusals": "Причины отказов",
    "sheet.objections": "Возражения",
    "sheet.callbacks": "Перезвоны",
    "sheet.never": "Перевод в «никогда»",
    "sheet.calls": "Звонки",
    "sheet.by_list": "По спискам",  # issue 15: per lead list
    "sheet.list_refusals": "Отказы по спискам",
    "col.list": "Список",
    "col.no_list": "(без списка)",
    "col.sales": "Продажи",
    "col.refusals": "Отказы",
    # report heading
    "report.title": "Статистика звонков",
    "report.period": "Период",
    "report.timezone": "Часовой пояс",
    "report.generated": "Сформирован",
    "report.metric": "Показатель",
    "report.value": "Значение",
    "report.total": "Итого",
    "report.team": "Команда",
    "chart.by_hour": "Звонки по часам",
    "chart.outcomes": "Итоги разговоров",
    # figures
    "col.operator": "Оператор",
    "col.day": "День",
    "col.dials": "Наборы",
    "col.connected": "Дозвоны",
    "col.talk_total": "Время разговоров",
    "col.talk_avg": "Средний разговор",
    "col.talk_measured": "Разговор по телефону (измерено)",
    "col.calls_measured": "Звонков измерено телефоном",
    "col.talk_measured_call": "Разговор (измерен телефоном)",
    "col.first_call": "Первый звонок",
    "col.last_call": "Последний звонок",
    "col.avg_gap": "Средняя пауза",
    "col.conversion": "Конверсия",
    "col.revenue": "Выручка",
    "col.future_created": "Новых «будущих»",
    "col.moved_to_never": "В «никогда»",
    "col.hour": "Час",
    "col.code": "Код",
    "col.reason": "Причина",
    "col.objection": "Возражение",
    "col.count": "Количество",
    "col.share": "Доля",
    "col.due": "К сроку",
    "col.done_on_time": "Выполнено вовремя",
    "col.overdue": "Просрочено",
    # call log
    "col.started": "Начало",
    "col.ended": "Конец",
    "col.duration": "Длительность",
    "col.client_id": "ID клиента",
    "col.client": "Клиент",
    "col.company": "Компания",
    "col.phone": "Телефон",
    "col.attempt": "Результат набора",
    "col.conversation": "Итог разговора",
    "col.refusal_reason": "Причина отказа",
    "col.refusal_text": "Слова клиента",
    "col.never_reason": "Причина «никогда»",
    "col.next_contact": "Следующий контакт",
    "col.amount": "Сумма",
    "col.note": "Заметка",
    "col.when": "Когда",
    # enums
    "attempt.connected": "Дозвон",
    "attempt.no_answer": "Не отвечает",
    "attempt.busy": "Занято",
    "attempt.voicemail": "Автоответчик",
    "attempt.wrong_number": "Неверный номер",
    "attempt.not_in_service": "Номер не обслуживается",
    "conversation.sale": "Продажа",
    "conversation.callback": "Перезвон",
    "conversation.interested": "Интерес",
    "conversation.refused": "Отказ → «будущий»",
    "conversation.never": "Никогда",
    "never.number_does_not_exist": "Номер не существует",
    "never.organisation_closed": "Организация закрыта",
    "never.person_gone": "Человека больше нет",
    "never.do_not_call_request": "Просил не звонить",
}

_EN: dict[str, str] = {
    "sheet.summary": "Summary",
    "sheet.by_operator": "By operator",
    "sheet.by_day": "By operator and day",
    "sheet.by_hour": "By hour",
    "sheet.refusals": "Refusal reasons",
    "sheet.objections": "Objections",
    "sheet.callbacks": "Callbacks",
    "sheet.never": "Moved to never",
    "sheet.calls": "Calls",
    "sheet.by_list": "By list",  # issue 15: per lead list
    "sheet.list_refusals": "Refusals by list",
    "col.list": "List",
    "col.no_list": "(no list)",
    "col.sales": "Sales",
    "col.refusals": "Refusals",
    "report.title": "Call statistics",
    "report.period": "Period",
    "report.timezone": "Time zone",
    "report.generated": "Generated",
    "report.metric": "Figure",
    "report.value": "Value",
    "report.total": "Total",
    "report.team": "Team",
    "chart.by_hour": "Calls per hour",
    "chart.outcomes": "Conversation outcomes",
    "col.operator": "Operator",
    "col.day": "Day",
    "col.dials": "Dials",
    "col.connected": "Connected",
    "col.talk_total": "Talk time",
    "col.talk_avg": "Average talk",
    "col.talk_measured": "Talk measured by the phone",
    "col.calls_measured": "Calls timed by the phone",
    "col.talk_measured_call": "Talk (measured by the phone)",
    "col.first_call": "First call",
    "col.last_call": "Last call",
    "col.avg_gap": "Average gap",
    "col.conversion": "Conversion",
    "col.revenue": "Revenue",
    "col.future_created": "Future created",
    "col.moved_to_never": "Moved to never",
    "col.hour": "Hour",
    "col.code": "Code",
    "col.reason": "Reason",
    "col.objection": "Objection",
    "col.count": "Count",
    "col.share": "Share",
    "col.due": "Due",
    "col.done_on_time": "Done on time",
    "col.overdue": "Overdue",
    "col.started": "Started",
    "col.ended": "Ended",
    "col.duration": "Duration",
    "col.client_id": "Client ID",
    "col.client": "Client",
    "col.company": "Company",
    "col.phone": "Phone",
    "col.attempt": "Attempt result",
    "col.conversation": "Conversation result",
    "col.refusal_reason": "Refusal reason",
    "col.refusal_text": "Client's words",
    "col.never_reason": "Never reason",
    "col.next_contact": "Next contact",
    "col.amount": "Amount",
    "col.note": "Note",
    "col.when": "When",
    "attempt.connected": "Connected",
    "attempt.no_answer": "No answer",
    "attempt.busy": "Busy",
    "attempt.voicemail": "Voicemail",
    "attempt.wrong_number": "Wrong number",
    "attempt.not_in_service": "Not in service",
    "conversation.sale": "Sale",
    "conversation.callback": "Callback",
    "conversation.interested": "Interested",
    "conversation.refused": "Refused → future",
    "conversation.never": "Never",
    "never.number_does_not_exist": "Number does not exist",
    "never.organisation_closed": "Organisation closed",
    "never.person_gone": "Person gone",
    "never.do_not_call_request": "Asked not to be called",
}

_BY_LANGUAGE = {"ru": _RU, "en": _EN}


class Labels:
    """The words of one language; build with ``Labels.for_language``."""

    def __init__(self, words: dict[str, str]) -> None:
        self._words = words
        # Enum words by member, so a 100,000-row call log does not build a key string per cell.
        self._members: dict[tuple[str, enum.StrEnum], str] = {}

    @classmethod
    def for_language(cls, language: str) -> Labels:
        """Labels for ``language`` ("ru" or "en"); raises UserInputError for any other."""
        words = _BY_LANGUAGE.get(language)
        if words is None:
            raise UserInputError(
                "export.bad_language", field="language", languages=", ".join(LANGUAGES), language=language
            )
        return cls(words)

    def __getitem__(self, key: str) -> str:
        return self._words[key]

    def of(self, prefix: str, value: enum.StrEnum | None) -> str:
        """The word for an enum member under ``prefix`` ("attempt", "conversation", "never"); "" for None."""
        if value is None:
            return ""
        word = self._members.get((prefix, value))
        if word is None:
            word = self._members[(prefix, value)] = self._words[f"{prefix}.{value.value}"]
        return word


def keys(language: str) -> frozenset[str]:
    """Every label key a language defines (the tests check both languages define the same ones)."""
    return frozenset(_BY_LANGUAGE[language])
