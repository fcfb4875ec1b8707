"""Demo data: a believable sales floor for a first look, screenshots and automation.

``fill_demo`` fills an *empty* database only: about three hundred clients with Russian (and a few English) names,
companies, cities across Russia's time zones and valid phones; three operators; and a week of call history. The
history is recorded through the real outcome service, so the rules of PRODUCT.md section 3 hold for demo data
exactly as they do for real work. The same seed gives the same data.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

import phonenumbers
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from callassist.domain import (
    AttemptResult,
    BuyingStage,
    ClientState,
    ConversationResult,
    NeverReason,
    PromiseInput,
    SaleLine,
)
from callassist.services import catalogues, outcomes, queue
from callassist.services.operators import ensure_operator
from callassist.services.zones import assign_timezone
from callassist.settings import TeamSettings
from callassist.settings import load as load_settings
from callassist.storage.engine import Database
from callassist.storage.models import Client, ClientPhone, Operator, Product, RefusalReason
from callassist.timekeeping.workdays import WorkCalendar
from callassist.wrapup import CallFacts, WrapUpEntry, build_outcome

OPERATORS = ("Анна Смирнова", "Игорь Петров", "Мария Кузнецова")
# The operators' real names in the language the demo is shown in: the script introduces the operator by name.
OPERATORS_BY_LANGUAGE = {"ru": OPERATORS, "en": ("Emma Wilson", "James Carter", "Olivia Brooks")}
HISTORY_DAYS = 7  # working days of call history before today

# story → how many clients live it; the stories are written so that at ``now`` the queue shows every reason.
STORY_MIX: tuple[tuple[str, int], ...] = (
    ("new", 105),
    ("retry", 36),
    ("unreachable", 3),
    ("refused", 70),
    ("refused_due_today", 12),
    ("interested", 15),
    ("callback_due", 5),
    ("callback_next_hour", 1),
    ("callback_later", 8),
    ("sale", 40),
    ("sale_with_promise", 2),
    ("never_closed", 1),
    ("never_do_not_call", 1),
    ("never_no_number", 1),
)
FUTURE_STORIES = frozenset({"refused", "refused_due_today", "unreachable"})
CALLBACK_STORIES = frozenset({"callback_due", "callback_next_hour", "callback_later"})
NEVER_STORIES = frozenset({"never_closed", "never_do_not_call", "never_no_number"})
# Follow-ups due today must surface at the office's midnight, so these clients keep the office's zone.
OFFICE_ZONE_STORIES = frozenset({"refused_due_today"})


def _words(text: str, sep: str | None = None) -> tuple[str, ...]:
    """Long word lists read better as text than as a column of quoted strings."""
    return tuple(text.split(sep))


MALE_NAMES = _words(
    "Александр Сергей Дмитрий Андрей Алексей Максим Иван Михаил Николай Владимир Евгений Павел Игорь Олег "
    "Виктор Константин Роман Артём Денис Юрий Григорий Вадим"
)
FEMALE_NAMES = _words(
    "Анна Елена Ольга Наталья Татьяна Ирина Светлана Мария Екатерина Юлия Марина Галина Людмила Оксана "
    "Виктория Алёна Ксения Дарья Вера Надежда"
)
FATHERS = _words(  # male patronymics; the female form ends in -на instead of -ич
    "Александрович Сергеевич Владимирович Андреевич Алексеевич Дмитриевич Николаевич Михайлович Викторович "
    "Игоревич Юрьевич Петрович Олегович Евгеньевич Павлович Анатольевич Васильевич Геннадьевич Борисович "
    "Валерьевич Степанович Фёдорович Романович"
)
SURNAMES = _words(
    "Иванов Смирнов Кузнецов Попов Васильев Соколов Михайлов Новиков Фёдоров Морозов Волков Алексеев Лебедев "
    "Семёнов Егоров Павлов Козлов Степанов Николаев Орлов Андреев Макаров Никитин Захаров Зайцев Борисов Яковлев "
    "Григорьев Романов Сорокин Виноградов Белов Медведев Тарасов Жуков Комаров Давыдов Беляев Богданов Осипов "
    "Сидоров Титов Марков Миронов Крылов Куликов Карпов Власов Мельников Денисов Гаврилов Тихонов Ильин Фомин "
    "Покровский Вишневский Добрынин Ткаченко Шевченко Коваленко Черных Белых Соловьёв Королёв Ковалёв Голубев"
)
ENGLISH_PEOPLE = (
    "John Smith",
    "Emily Clarke",
    "Michael Brown",
    "Sarah Wilson",
    "David Miller",
    "Laura Evans",
    "James Walker",
    "Olivia Hughes",
    "Robert Taylor",
    "Helen Wright",
)
COMPANY_NAMES = _words(
    "Альфа-Логистик|СтройМаш|ТехноСервис|Уральские Металлы|СибАгро|Северный Ветер|Гранит|ПромКомплект|Вектор|"
    "МедТехника|ЭкоФерма|Балтийская Торговая Компания|Континент|Аврора|ДорСтрой|Восток-Транс|ИнфоСистемы|Глобус|"
    "Кристалл|Меридиан|Прогресс|Фортуна|Сфера|Горизонт|Агроснаб|ТрансЛогистика|Энергомонтаж|Спектр|Волга-Опт|"
    "Приволжский Хлебозавод|Сибирская Сервисная Компания|Лидер|Стандарт-Плюс|Торговый Дом Север",
    "|",
)
ENGLISH_COMPANIES = (
    "Northwind Trading Ltd",
    "Baltic Freight GmbH",
    "Bright Systems LLC",
    "Oakridge Consulting",
    "Blue Harbor Logistics",
)
POSITIONS = (
    "генеральный директор",
    "коммерческий директор",
    "менеджер по закупкам",
    "главный бухгалтер",
    "руководитель отдела продаж",
    "офис-менеджер",
    "ИТ-директор",
    "директор по развитию",
    "индивидуальный предприниматель",
)
ENGLISH_POSITIONS = ("Managing Director", "Procurement Manager", "Head of IT", "Finance Director")
# city, IANA zone, area code (landlines), weight: most clients are in the capitals, some far east
CITIES: tuple[tuple[str, str, str, int], ...] = (
    ("Москва", "Europe/Moscow", "495", 30),
    ("Москва", "Europe/Moscow", "499", 8),
    ("Санкт-Петербург", "Europe/Moscow", "812", 14),
    ("Казань", "Europe/Moscow", "843", 5),
    ("Нижний Новгород", "Europe/Moscow", "831", 4),
    ("Ростов-на-Дону", "Europe/Moscow", "863", 4),
    ("Краснодар", "Europe/Moscow", "861", 4),
    ("Калининград", "Europe/Kaliningrad", "4012", 2),
    ("Самара", "Europe/Samara", "846", 3),
    ("Екатеринбург", "Asia/Yekaterinburg", "343", 5),
    ("Челябинск", "Asia/Yekaterinburg", "351", 3),
    ("Пермь", "Asia/Yekaterinburg", "342", 2),
    ("Уфа", "Asia/Yekaterinburg", "347", 2),
    ("Омск", "Asia/Omsk", "3812", 2),
    ("Новосибирск", "Asia/Novosibirsk", "383", 5),
    ("Красноярск", "Asia/Krasnoyarsk", "391", 3),
    ("Иркутск", "Asia/Irkutsk", "3952", 2),
    ("Хабаровск", "Asia/Vladivostok", "4212", 1),
    ("Владивосток", "Asia/Vladivostok", "423", 2),
)
MOBILE_CODES = _words("903 905 909 912 913 915 916 917 919 921 925 926 951 960 977 985 999")
PREFERENCES = (
    "предпочитает звонки утром",
    "звонить после 15:00",
    "не любит ждать на линии",
    "просит говорить коротко и по делу",
    "удобнее переписка по e-mail",
    "решения согласует с собственником",
    "обращаться по имени и отчеству",
)
SOURCES = ("Сайт", "Холодная база", "Рекомендация", "Выставка «Связь-2026»", "Входящий звонок")
NOTES = (
    "",
    "",
    "Просил прислать презентацию",
    "Сравнивает с конкурентами",
    "Бюджет планируют в следующем квартале",
    "Вопрос по интеграции с 1С",
)


@dataclass(frozen=True)
class DemoSummary:
    """What ``fill_demo`` wrote; ``filled`` is False (and the counts zero) when the database already had clients."""

    filled: bool
    operators: int = 0
    clients: int = 0
    calls: int = 0
    sales: int = 0
    untouched_leads: int = 0  # clients nobody has called yet
    future_clients: int = 0
    never_clients: int = 0
    open_callbacks: int = 0


@dataclass(frozen=True)
class _PlannedCall:
    """One call of a story, before it gets an operator and a time of day: the wrap-up the operator will give."""

    client_index: int
    day: date
    entry: WrapUpEntry

    @property
    def attempt(self) -> AttemptResult:
        assert self.entry.attempt_result is not None
        return self.entry.attempt_result


def _planned(index: int, day: date, attempt: AttemptResult, **entry: Any) -> _PlannedCall:
    return _PlannedCall(index, day, WrapUpEntry(attempt_result=attempt, **{"callback_personal": False, **entry}))


@dataclass
class _TimedCall:
    plan: _PlannedCall
    started: datetime
    ended: datetime
    operator: Operator


@dataclass(frozen=True)
class _Catalogue:
    delays: dict[str, int]  # refusal reason code → default delay in days
    needs_text: frozenset[str]
    products: list[Product]


DEMO_LISTS = ("Выставка «Связь-2026»", "Заявки с сайта")


def fill_demo(db: Database, now: datetime, seed: int = 7, language: str = "ru") -> DemoSummary:
    """Fill an empty database with demo clients, operators and a week of call history.

    Args:
        db: a database ready for work (migrated; catalogues are filled here when empty).
        now: the moment the demo is seen at; all history lies before it and the queue at ``now`` shows callbacks,
            follow-ups due today, retries and new leads.
        seed: the same seed gives the same data.
        language: "ru" or "en": the operators' names are of that language.

    Returns:
        What was written; ``filled`` is False and nothing is written when the database already has clients.
    """
    if now.tzinfo is None:
        raise ValueError("fill_demo needs an aware datetime")
    now = now.astimezone(UTC)
    with db.write() as session:
        if session.scalar(select(func.count()).select_from(Client)):
            return DemoSummary(filled=False)
        catalogues.ensure_defaults(session)
        settings = load_settings(session)
        names = OPERATORS_BY_LANGUAGE.get(language, OPERATORS)
        operators = [ensure_operator(session, name) for name in names]
        rng = random.Random(seed)
        stories = [name for name, count in STORY_MIX for _ in range(count)]
        rng.shuffle(stories)
        planner = _Planner(rng, now, _catalogue(session), settings.office_timezone)
        plans = [planner.story(name, index) for index, name in enumerate(stories)]
        clients = _add_clients(session, rng, stories, plans, planner, now)
        calls = _schedule(rng, [call for plan in plans for call in plan], operators, settings.office_timezone)
        _record_all(session, clients, calls, settings, seed)
        _demo_lists(session, [client.id for client in clients], now)
        return _summary(stories, calls, len(operators))


def _demo_lists(session: Session, client_ids: list[int], now: datetime) -> None:
    """Issue 15: the demo's clients came in on two lead lists, a trade show's and the website's."""
    from callassist.services import lead_lists

    # Both at priority 0, so the demo queue shows rule 7's plain order (earliest due first inside a reason).
    lead_lists.put_on_list(session, lead_lists.ensure_list(session, DEMO_LISTS[0], now), client_ids[::3])
    lead_lists.put_on_list(
        session, lead_lists.ensure_list(session, DEMO_LISTS[1], now), client_ids[1::3] + client_ids[2::3]
    )


def _catalogue(session: Session) -> _Catalogue:
    reasons = session.scalars(select(RefusalReason).where(RefusalReason.active)).all()
    products = session.scalars(select(Product).where(Product.active).order_by(Product.id)).all()
    return _Catalogue(
        delays={r.code: r.default_delay_days for r in reasons},
        needs_text=frozenset(r.code for r in reasons if r.needs_text),
        products=list(products or session.scalars(select(Product)).all()),
    )


def _summary(stories: Sequence[str], calls: Sequence[_TimedCall], operators: int) -> DemoSummary:
    return DemoSummary(
        filled=True,
        operators=operators,
        clients=len(stories),
        calls=len(calls),
        sales=sum(1 for c in calls if c.plan.entry.conversation_result is ConversationResult.SALE),
        untouched_leads=stories.count("new"),
        future_clients=sum(1 for s in stories if s in FUTURE_STORIES),
        never_clients=sum(1 for s in stories if s in NEVER_STORIES),
        open_callbacks=sum(1 for s in stories if s in CALLBACK_STORIES),
    )


class _Planner:
    """Writes each client's story as a list of planned calls on the past working days."""

    def __init__(self, rng: random.Random, now: datetime, catalogue: _Catalogue, office: str) -> None:
        self.rng = rng
        self.now = now
        self.catalogue = catalogue
        self.office = office
        self.calendar = WorkCalendar("RU")
        today = now.astimezone(ZoneInfo(office)).date()
        self.days = self._history_days(today)
        # Follow-ups "due today" fall on a working day: today, or the last working day when today is a day off.
        self.due_day = today if self.calendar.is_working_day(today) else self.days[-1]
        self.today = today
        self.callbacks_due = 0

    def _history_days(self, today: date) -> list[date]:
        days = [self.calendar.previous_working_day(today)]
        while len(days) < HISTORY_DAYS:
            days.append(self.calendar.previous_working_day(days[-1]))
        return sorted(days)

    def story(self, name: str, index: int) -> list[_PlannedCall]:
        write: Callable[[int], list[_PlannedCall]] = getattr(self, f"_{name}")
        return write(index)

    # --- helpers -------------------------------------------------------------------------------------------------

    def at_office(self, day: date, hour: int, minute: int = 0) -> datetime:
        return datetime.combine(day, time(hour, minute), ZoneInfo(self.office)).astimezone(UTC)

    def _working_time(self, day: date, first_hour: int = 10, last_hour: int = 17) -> datetime:
        """A time inside calling hours on the first working day on or after ``day`` (rule 2)."""
        working = self.calendar.next_working_day(day, include_today=True)
        return self.at_office(working, self.rng.randint(first_hour, last_hour), self.rng.choice((0, 15, 30, 45)))

    def _days(self, count: int, pool: Sequence[date] | None = None) -> list[date]:
        return sorted(self.rng.sample(list(pool or self.days), count))

    def _reason(self, preferred: Sequence[str]) -> tuple[str, str]:
        """A refusal reason from the catalogue (preferring ``preferred``) and the client's words when it needs them."""
        known = [code for code in preferred if code in self.catalogue.delays] or sorted(self.catalogue.delays)
        code = self.rng.choice(known)
        words = "Переезжают в новый офис, просили вернуться позже" if code in self.catalogue.needs_text else ""
        return code, words

    def _stage(self) -> BuyingStage:
        return self.rng.choice(list(BuyingStage))

    def _prelude(self, index: int, before: date) -> list[_PlannedCall]:
        """Sometimes the client was not reached once before the conversation."""
        earlier = [d for d in self.days if d < before]
        if not earlier or self.rng.random() > 0.35:
            return []
        attempt = self.rng.choice((AttemptResult.NO_ANSWER, AttemptResult.BUSY))
        return [_planned(index, self.rng.choice(earlier), attempt)]

    def _refusal(self, index: int, day: date, preferred: Sequence[str], result: ConversationResult) -> _PlannedCall:
        code, words = self._reason(preferred)
        delay = self.catalogue.delays[code]
        nxt = self._working_time(day + timedelta(days=delay))
        return _planned(
            index,
            day,
            AttemptResult.CONNECTED,
            conversation_result=result,
            refusal_reason=code,
            refusal_text=words,
            next_contact_at=nxt,
            stage=self._stage(),
        )

    def _sale_lines(self) -> tuple[SaleLine, ...]:
        chosen = self.rng.sample(self.catalogue.products, min(len(self.catalogue.products), self.rng.choice((1, 1, 2))))
        lines = []
        for product in chosen:
            quantity = self.rng.choice((1, 1, 1, 2, 3))
            lines.append(SaleLine(product.id, quantity, Decimal(product.price) * quantity))
        return tuple(lines)

    # --- stories -------------------------------------------------------------------------------------------------

    def _new(self, index: int) -> list[_PlannedCall]:
        return []

    def _retry(self, index: int) -> list[_PlannedCall]:
        results = (AttemptResult.NO_ANSWER, AttemptResult.NO_ANSWER, AttemptResult.BUSY, AttemptResult.VOICEMAIL)
        if self.rng.random() < 0.4:
            # The second retry waits a day, so the second attempt is at least a working day old: due by now.
            return [_planned(index, d, self.rng.choice(results)) for d in self._days(2, self.days[:-1])]
        return [_planned(index, self.rng.choice(self.days), self.rng.choice(results))]

    def _unreachable(self, index: int) -> list[_PlannedCall]:
        # One attempt more than the retry table allows: the client becomes future ("unreachable"), never never.
        return [_planned(index, d, AttemptResult.NO_ANSWER) for d in self._days(4)]

    def _refused(self, index: int) -> list[_PlannedCall]:
        day = self.rng.choice(self.days)
        reasons = ("too_expensive", "no_budget_now", "has_supplier", "not_interested_now", "no_time", "rude", "other")
        return [*self._prelude(index, day), self._refusal(index, day, reasons, ConversationResult.REFUSED)]

    def _refused_due_today(self, index: int) -> list[_PlannedCall]:
        day = self.rng.choice([d for d in self.days if d < self.due_day])
        code, words = self._reason(("no_time", "send_offer", "think_it_over", "not_decision_maker"))
        nxt = self.at_office(self.due_day, self.rng.randint(10, 12), self.rng.choice((0, 30)))
        call = _planned(
            index,
            day,
            AttemptResult.CONNECTED,
            conversation_result=ConversationResult.REFUSED,
            refusal_reason=code,
            refusal_text=words,
            next_contact_at=nxt,
            stage=self._stage(),
        )
        return [*self._prelude(index, day), call]

    def _interested(self, index: int) -> list[_PlannedCall]:
        day = self.rng.choice(self.days)
        reasons = ("send_offer", "think_it_over", "not_decision_maker")
        return [*self._prelude(index, day), self._refusal(index, day, reasons, ConversationResult.INTERESTED)]

    def _callback(self, index: int, due: datetime, personal: bool = False) -> list[_PlannedCall]:
        due_day = due.astimezone(ZoneInfo(self.office)).date()
        day = self.rng.choice([d for d in self.days if d < due_day])
        note = "Просил перезвонить в согласованное время"
        call = _planned(
            index,
            day,
            AttemptResult.CONNECTED,
            conversation_result=ConversationResult.CALLBACK,
            next_contact_at=due,
            callback_personal=personal,
            note=note,
        )
        return [*self._prelude(index, day), call]

    def _callbacks_due_by(self) -> datetime:
        """The moment callbacks "agreed for a few minutes ago" are counted back from: inside office hours even
        when the demo is opened at night or on a day off."""
        if self.due_day == self.today and self.now >= self.at_office(self.today, 10):
            return min(self.now, self.at_office(self.today, 19))
        return self.at_office(self.days[-1], 18)

    def _callback_due(self, index: int) -> list[_PlannedCall]:
        # Agreed for a few minutes ago; the first of them is one operator's personal callback.
        self.callbacks_due += 1
        due = _floor_to_five(self._callbacks_due_by() - timedelta(minutes=12 * self.callbacks_due))
        return self._callback(index, due, personal=self.callbacks_due == 1)

    def _callback_next_hour(self, index: int) -> list[_PlannedCall]:
        return self._callback(index, _floor_to_five(self.now + timedelta(minutes=45)))

    def _callback_later(self, index: int) -> list[_PlannedCall]:
        later = self.calendar.add_working_days(self.due_day, self.rng.randint(1, 3))
        return self._callback(index, self._working_time(later))

    def _sale(self, index: int, promise: PromiseInput | None = None) -> list[_PlannedCall]:
        day = self.rng.choice(self.days[1:])
        earlier: list[_PlannedCall] = []
        if self.rng.random() < 0.5:  # an offer sent first, then the sale
            offer_day = self.rng.choice([d for d in self.days if d < day])
            earlier = [self._refusal(index, offer_day, ("send_offer",), ConversationResult.INTERESTED)]
        sale = _planned(
            index,
            day,
            AttemptResult.CONNECTED,
            conversation_result=ConversationResult.SALE,
            sale_lines=self._sale_lines(),
            promise_on=promise is not None,
            promise_text=promise.text if promise else "",
            promise_due=promise.due_at if promise else None,
            stage=BuyingStage.READY,
        )
        return [*earlier, sale]

    def _sale_with_promise(self, index: int) -> list[_PlannedCall]:
        # Due on the next weekday, so it surfaces today (rule 6: the working day before it is due).
        due_day = self.today + timedelta(days=1)
        while due_day.weekday() >= 5:
            due_day += timedelta(days=1)
        return self._sale(index, PromiseInput("Выслать договор и счёт", self.at_office(due_day, 12)))

    def _never(self, index: int, attempt: AttemptResult, never: NeverReason, note: str) -> list[_PlannedCall]:
        result = ConversationResult.NEVER if attempt is AttemptResult.CONNECTED else None
        return [
            _planned(
                index, self.rng.choice(self.days), attempt, conversation_result=result, never_reason=never, note=note
            )
        ]

    def _never_closed(self, index: int) -> list[_PlannedCall]:
        note = "Компания ликвидирована, подтвердил бывший бухгалтер"
        return self._never(index, AttemptResult.CONNECTED, NeverReason.ORGANISATION_CLOSED, note)

    def _never_do_not_call(self, index: int) -> list[_PlannedCall]:
        note = "Прямо попросил больше не звонить"
        return self._never(index, AttemptResult.CONNECTED, NeverReason.DO_NOT_CALL_REQUEST, note)

    def _never_no_number(self, index: int) -> list[_PlannedCall]:
        note = "Автоответчик оператора: номер не существует"
        return self._never(index, AttemptResult.NOT_IN_SERVICE, NeverReason.NUMBER_DOES_NOT_EXIST, note)


def _floor_to_five(moment: datetime) -> datetime:
    return moment.replace(minute=moment.minute - moment.minute % 5, second=0, microsecond=0)


# --- clients -----------------------------------------------------------------------------------------------------


def _add_clients(
    session: Session,
    rng: random.Random,
    stories: Sequence[str],
    plans: Sequence[list[_PlannedCall]],
    planner: _Planner,
    now: datetime,
) -> list[Client]:
    used_numbers: set[str] = set()
    first_history_day = planner.at_office(planner.days[0], 0)
    clients = []
    for story, plan in zip(stories, plans, strict=True):
        # Created before the first call; leads nobody has called yet may have arrived this morning.
        latest = first_history_day if plan else now - timedelta(hours=1)
        created = latest - timedelta(minutes=rng.randint(60, 40 * 24 * 60))
        client = _new_client(rng, created, allow_zone=story not in OFFICE_ZONE_STORIES)
        client.phones = _phones(rng, client.city, used_numbers)
        if story == "never_no_number":  # rule 14: a dead number makes the client *never* only when it was the last
            client.phones = client.phones[:1]
        # The zone an import gives (issue 6); stories due "today" keep the office's clock, as planned above.
        if story in OFFICE_ZONE_STORIES:
            client.timezone = planner.office
        else:
            assign_timezone(client, TeamSettings(office_timezone=planner.office))
        session.add(client)
        clients.append(client)
    session.flush()
    for client in clients:
        queue.reposition(session, client)
    return clients


def _new_client(rng: random.Random, created: datetime, allow_zone: bool) -> Client:
    city, zone, _code, _weight = rng.choices(CITIES, weights=[c[3] for c in CITIES])[0]
    client = Client(
        city=city,
        region="RU",
        # Most lists do not say the time zone; a few clients have it set from an earlier conversation.
        timezone=zone if allow_zone and rng.random() < 0.12 else None,
        source=rng.choice(SOURCES),
        state=ClientState.NEW.value,
        stage=rng.choice((None, None, BuyingStage.GATHERING.value, BuyingStage.CHOOSING.value)),
        preferences="; ".join(rng.sample(PREFERENCES, rng.choice((0, 0, 1, 1, 2)))),
        notes=rng.choice(NOTES),
        created_at=created,
        updated_at=created,
    )
    if rng.random() < 0.08:
        _english_person(rng, client)
    else:
        _russian_person(rng, client)
    return client


def _russian_person(rng: random.Random, client: Client) -> None:
    female = rng.random() < 0.45
    first = rng.choice(FEMALE_NAMES if female else MALE_NAMES)
    father = rng.choice(FATHERS)
    patronymic = "" if rng.random() < 0.08 else (father[:-2] + "на" if female else father)
    last = _female_surname(rng.choice(SURNAMES)) if female else rng.choice(SURNAMES)
    client.first_name, client.patronymic, client.last_name = first, patronymic, last
    client.full_name = " ".join(part for part in (last, first, patronymic) if part)
    client.position = rng.choice(POSITIONS)
    if client.position == "индивидуальный предприниматель":
        initials = f"{first[0]}." + (f" {patronymic[0]}." if patronymic else "")
        client.company = f"ИП {last} {initials}"
    else:
        form = rng.choice(("ООО", "ООО", "ООО", "АО", "ПАО"))
        client.company = f"{form} «{rng.choice(COMPANY_NAMES)}»"


def _female_surname(male: str) -> str:
    if male.endswith("ий"):
        return male[:-2] + "ая"
    if male.endswith(("ов", "ев", "ёв", "ин", "ын")):
        return male + "а"
    return male  # Ткаченко, Черных: the same for everyone


def _english_person(rng: random.Random, client: Client) -> None:
    first, last = rng.choice(ENGLISH_PEOPLE).split()
    company = rng.choice(ENGLISH_COMPANIES)
    client.first_name, client.last_name, client.full_name = first, last, f"{first} {last}"
    client.company = company
    client.position = rng.choice(ENGLISH_POSITIONS)
    client.email = f"{first}.{last}@{company.split()[0]}.example".lower()


def _phones(rng: random.Random, city: str, used: set[str]) -> list[ClientPhone]:
    code = next(c[2] for c in CITIES if c[0] == city)
    kinds = rng.choices((("mobile",), ("office",), ("office", "mobile")), weights=(45, 30, 25))[0]
    phones = []
    for position, kind in enumerate(kinds):
        e164, raw = _phone_number(rng, code if kind == "office" else rng.choice(MOBILE_CODES), kind, used)
        extension = str(rng.randint(100, 399)) if kind == "office" and rng.random() < 0.15 else ""
        phones.append(ClientPhone(e164=e164, raw=raw, extension=extension, position=position))
    return phones


def _phone_number(rng: random.Random, code: str, kind: str, used: set[str]) -> tuple[str, str]:
    """A valid Russian number (checked with phonenumbers) in one of the ways people write numbers down."""
    while True:
        rest = str(rng.randint(2, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(9 - len(code)))
        raw = _written(rng, code, rest, kind)
        number = phonenumbers.parse(raw, "RU")
        e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
        if phonenumbers.is_valid_number(number) and e164 not in used:
            used.add(e164)
            return e164, raw


def _written(rng: random.Random, code: str, rest: str, kind: str) -> str:
    grouped = f"{rest[:-4]}-{rest[-4:-2]}-{rest[-2:]}"
    if kind == "office":
        return rng.choice((f"8 ({code}) {grouped}", f"+7 ({code}) {grouped}", f"({code}) {rest}"))
    return rng.choice((f"+7 {code} {grouped}", f"8-{code}-{grouped}", f"8 {code} {rest}", f"+7{code}{rest}"))


# --- history -----------------------------------------------------------------------------------------------------


def _schedule(
    rng: random.Random, plans: Sequence[_PlannedCall], operators: Sequence[Operator], office: str
) -> list[_TimedCall]:
    """Give each call a time between 09:00 and 19:00 Moscow time and an operator who is free then."""
    by_day: dict[date, list[tuple[datetime, _PlannedCall]]] = {}
    for plan in plans:
        start = datetime.combine(plan.day, time(9), ZoneInfo(office)) + timedelta(seconds=rng.randint(0, 600 * 60))
        by_day.setdefault(plan.day, []).append((start.astimezone(UTC), plan))
    timed = []
    for day in sorted(by_day):
        free = {op.id: datetime.min.replace(tzinfo=UTC) for op in operators}
        for start, plan in sorted(by_day[day], key=lambda pair: pair[0]):
            operator = min(operators, key=lambda op: (free[op.id], rng.random()))
            begin = max(start, free[operator.id] + timedelta(seconds=rng.randint(30, 120)))
            talk = rng.randint(60, 540) if plan.attempt is AttemptResult.CONNECTED else rng.randint(15, 45)
            end = begin + timedelta(seconds=talk)
            free[operator.id] = end
            timed.append(_TimedCall(plan, begin, end, operator))
    return sorted(timed, key=lambda call: call.started)


def _record_all(
    session: Session, clients: Sequence[Client], calls: Sequence[_TimedCall], settings: TeamSettings, seed: int
) -> None:
    """Record every call through the outcome service, in time order, as the operators would have."""
    for number, call in enumerate(calls):
        plan = call.plan
        client = clients[plan.client_index]
        facts = CallFacts(
            client_id=client.id,
            operator=call.operator.name,
            started_at=call.started,
            ended_at=call.ended,
            idempotency_key=f"demo-{seed}-{number:05d}",
            phone=client.phones[0].e164,
        )
        outcome = build_outcome(plan.entry, facts)
        outcomes.record(session, call.operator, outcome, call.ended + timedelta(seconds=5), settings)
