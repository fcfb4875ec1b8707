"""Issue 14 on both databases: finding a client, editing it with history, two editors at once, per-phone status
(rule 14), leases on found clients (rule 8), and a client added by hand."""

from __future__ import annotations

from datetime import timedelta

import pytest

from callassist.domain import AttemptResult, ClientState, ConversationResult, NeverReason, PhoneStatus
from callassist.errors import UserInputError
from callassist.services.client_create import NewClient
from callassist.services.client_desk import ClientDesk
from callassist.services.client_edits import ClientEdit
from callassist.services.desk import OperatorDesk
from callassist.storage.engine import Database
from tests.factories import DeskFactory, FixedClock, card, make_client, outcome

MOBILE, OFFICE = "+79161234567", "+74951112233"


@pytest.fixture
def clients_desk(desk: OperatorDesk) -> ClientDesk:
    return ClientDesk(desk)


def edit(desk: ClientDesk, client_id: int, **changes: str) -> None:
    view = desk.view(client_id)
    base = {"firstName": view.first_name, "patronymic": view.patronymic, "lastName": view.last_name}
    desk.edit(ClientEdit(client_id, view.version, base, changes))


# --- find -----------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("typed", ["8 916 123-45-67", "+7 (916) 123 45 67", "79161234567", "123-45-67", "+7916123"])
def test_find_by_any_spelling_of_a_phone(db: Database, clients_desk: ClientDesk, clock: FixedClock, typed: str) -> None:
    wanted = make_client(db, clock(), "Иванов Пётр Сергеевич", phones=(OFFICE, MOBILE))
    make_client(db, clock(), "Someone Else", phones=("+79035550000",))

    found = clients_desk.find(typed)

    assert [match.client_id for match in found] == [wanted]
    assert found[0].phones == (OFFICE, MOBILE)


@pytest.mark.parametrize("typed", ["иванов", "ИВАНОВУ", "Ива", "Иваноф", "петр иванов", "Рога"])
def test_find_by_name_or_company_folding_inflection_and_typos(
    db: Database, clients_desk: ClientDesk, clock: FixedClock, typed: str
) -> None:
    wanted = make_client(db, clock(), "Иванов Пётр Сергеевич", company="ООО Рога и копыта")
    make_client(db, clock(), "Сидоров Павел", company="Вектор")

    assert [match.client_id for match in clients_desk.find(typed)] == [wanted]


def test_find_shows_state_owner_and_who_holds_the_client(
    db: Database, desk_for: DeskFactory, clock: FixedClock
) -> None:
    client = make_client(db, clock(), "Петров Олег")
    desk_for("Boris").open_client(client)

    match = ClientDesk(desk_for("Anna")).find("Петров")[0]

    assert (match.state, match.holder) == (ClientState.NEW, "Boris")


def test_a_client_edited_by_name_is_found_under_the_new_name(
    db: Database, clients_desk: ClientDesk, clock: FixedClock
) -> None:
    client = make_client(db, clock(), "Smith John", first_name="John", last_name="Smith")
    clients_desk.find("Smith")  # indexes it
    edit(clients_desk, client, lastName="Brown")

    assert [m.client_id for m in clients_desk.find("Brown")] == [client]
    assert clients_desk.find("Smith") == ()


# --- rule 8 ---------------------------------------------------------------------------------------------------------


def test_rule_8_a_client_another_operator_holds_opens_read_only_and_refuses_edits(
    db: Database, desk_for: DeskFactory, clock: FixedClock
) -> None:
    client = make_client(db, clock(), "Петров Олег")
    desk_for("Boris").open_client(client)
    anna = ClientDesk(desk_for("Anna"))

    opened = anna.open_found(client)

    assert opened.read_only and opened.holder == "Boris"
    with pytest.raises(UserInputError) as refused:
        edit(anna, client, patronymic="Ильич")
    assert refused.value.code == "client.held_by_other"
    with pytest.raises(UserInputError):
        anna.add_phone(client, "+7 903 111 22 33")


def test_rule_8_a_free_found_client_is_claimed_and_recorded_with_the_same_wrap_up(
    db: Database, desk_for: DeskFactory, clock: FixedClock
) -> None:
    client = make_client(db, clock(), "Петров Олег")
    anna_desk = desk_for("Anna")
    opened = ClientDesk(anna_desk).open_found(client)
    assert not opened.read_only
    with pytest.raises(UserInputError):  # Boris cannot take it now
        desk_for("Boris").open_client(client)

    with pytest.raises(UserInputError):  # rule 1 still holds for an inbound call
        anna_desk.record(outcome(client, "Anna", clock(), result=None))
    saved = anna_desk.record(
        outcome(
            client,
            "Anna",
            clock(),
            result=ConversationResult.REFUSED,
            refusal_reason="too_expensive",
            next_contact_at=clock() + timedelta(days=7),
        )
    )
    assert saved.client_state is ClientState.FUTURE


# --- edits and history ----------------------------------------------------------------------------------------------


def test_every_edit_is_kept_in_the_history_with_who_old_and_new(
    db: Database, clients_desk: ClientDesk, clock: FixedClock
) -> None:
    client = make_client(db, clock(), "Иванов Пётр", first_name="Пётр", last_name="Иванов")
    edit(clients_desk, client, patronymic="Сергеевич", stage="choosing", timezone="Asia/Yekaterinburg")

    view = card(db, client)
    assert view.patronymic == "Сергеевич" and view.address_form == "Пётр Сергеевич"
    assert view.full_name == "Иванов Пётр Сергеевич" and view.timezone == "Asia/Yekaterinburg"
    assert {(c.field, c.old_value, c.new_value, c.operator) for c in view.changes} == {
        ("patronymic", "", "Сергеевич", "Anna"),
        ("stage", "", "choosing", "Anna"),
        ("timezone", "Europe/Moscow", "Asia/Yekaterinburg", "Anna"),
    }


@pytest.mark.parametrize(("field", "value"), [("email", "no-at-sign"), ("country", "XX"), ("timezone", "Mars/Base")])
def test_a_bad_value_is_refused_and_nothing_is_written(
    db: Database, clients_desk: ClientDesk, clock: FixedClock, field: str, value: str
) -> None:
    client = make_client(db, clock(), "Иванов Пётр")
    with pytest.raises(UserInputError) as refused:
        edit(clients_desk, client, **{field: value})
    assert refused.value.field == field
    assert card(db, client).changes == ()


def test_two_editors_of_one_client_merge_different_fields(
    db: Database, desk_for: DeskFactory, clock: FixedClock
) -> None:
    client = make_client(db, clock(), "Иванов Пётр")
    anna, boris = ClientDesk(desk_for("Anna")), ClientDesk(desk_for("Boris"))
    loaded = anna.view(client)  # both open the editor on the same version
    base = {"company": loaded.company, "email": loaded.email}
    anna.edit(ClientEdit(client, loaded.version, base, {"company": "Вектор"}))
    saved, _ = boris.edit(ClientEdit(client, loaded.version, base, {"email": "p@vektor.ru"}))

    view = card(db, client)
    assert (view.company, view.email) == ("Вектор", "p@vektor.ru")
    assert saved.merged == ("company",)


def test_two_editors_of_one_field_the_second_is_told_and_nothing_is_lost(
    db: Database, desk_for: DeskFactory, clock: FixedClock
) -> None:
    client = make_client(db, clock(), "Иванов Пётр")
    anna, boris = ClientDesk(desk_for("Anna")), ClientDesk(desk_for("Boris"))
    loaded = anna.view(client)
    base = {"preferences": ""}
    anna.edit(ClientEdit(client, loaded.version, base, {"preferences": "звонить после обеда"}))

    with pytest.raises(UserInputError) as refused:
        boris.edit(ClientEdit(client, loaded.version, base, {"preferences": "только e-mail"}))

    assert refused.value.code == "client.edit_conflict"
    assert card(db, client).preferences == "звонить после обеда"


# --- phones and rule 14 ---------------------------------------------------------------------------------------------


def test_rule_14_a_wrong_number_marks_that_phone_only_and_the_next_one_is_dialled(
    db: Database, desk: OperatorDesk, clock: FixedClock
) -> None:
    client = make_client(db, clock(), "Иванов Пётр", phones=(MOBILE, OFFICE))
    desk.open_client(client)
    desk.record(outcome(client, "Anna", clock(), attempt=AttemptResult.WRONG_NUMBER, phone=MOBILE))

    view = card(db, client)
    assert [p.status for p in view.phones] == [PhoneStatus.WRONG_NUMBER, PhoneStatus.OK]
    assert view.phone_to_dial is not None and view.phone_to_dial.e164 == OFFICE
    assert view.state is not ClientState.NEVER
    row = next(item for item in desk.queue_page().items if item.client_id == client)  # still queued, right away
    assert row.phone == OFFICE  # the queue (and `queue --json`) shows the number F4 will dial


def test_rule_14_not_in_service_with_number_does_not_exist_keeps_a_client_with_another_number(
    db: Database, desk: OperatorDesk, clock: FixedClock
) -> None:
    client = make_client(db, clock(), "Иванов Пётр", phones=(MOBILE, OFFICE))
    desk.open_client(client)
    desk.record(
        outcome(
            client,
            "Anna",
            clock(),
            attempt=AttemptResult.NOT_IN_SERVICE,
            phone=MOBILE,
            never_reason=NeverReason.NUMBER_DOES_NOT_EXIST,
        )
    )

    view = card(db, client)
    assert view.state is ClientState.NEW
    assert [p.status for p in view.phones] == [PhoneStatus.NOT_IN_SERVICE, PhoneStatus.OK]


def test_rule_14_a_client_with_no_working_phone_leaves_the_queue(
    db: Database, desk: OperatorDesk, clients_desk: ClientDesk, clock: FixedClock
) -> None:
    client = make_client(db, clock(), "Иванов Пётр", phones=(MOBILE,))
    phone_id = card(db, client).phones[0].id
    clients_desk.mark_phone(client, phone_id, PhoneStatus.WRONG_NUMBER)

    assert client not in [item.client_id for item in desk.queue_page().items]
    assert card(db, client).phone_to_dial is None
    clients_desk.add_phone(client, "8 (495) 111-22-33")  # a new working number brings it back
    assert client in [item.client_id for item in desk.queue_page().items]


def test_phones_are_added_preferred_corrected_and_removed_with_history(
    db: Database, clients_desk: ClientDesk, clock: FixedClock
) -> None:
    other = make_client(db, clock(), "Сидоров", phones=("+79035550000",))
    client = make_client(db, clock(), "Иванов Пётр", phones=(MOBILE,))
    clients_desk.add_phone(client, "8 495 111-22-33 доб. 12")
    added = card(db, client).phones[1]
    assert (added.e164, added.extension) == (OFFICE, "12")
    clients_desk.prefer_phone(client, added.id)
    assert card(db, client).phone_to_dial == card(db, client).phones[1]

    with pytest.raises(UserInputError) as taken:
        clients_desk.add_phone(client, "+7 903 555 00 00")
    assert taken.value.code == "client.phone_taken" and taken.value.params["client_id"] == other

    clients_desk.remove_phone(client, card(db, client).phones[0].id)
    with pytest.raises(UserInputError) as last:
        clients_desk.remove_phone(client, card(db, client).phones[0].id)
    assert last.value.code == "client.last_phone"
    assert [c.field for c in card(db, client).changes].count("phone") == 2


def test_extension_is_dialled_as_the_template_says() -> None:
    from callassist.domain import Phone
    from callassist.services.client_phones import dial_target

    assert dial_target("tel:{e164};ext={ext}", Phone(OFFICE, "", "12")) == "tel:+74951112233;ext=12"
    assert dial_target("tel:{e164};ext={ext}", Phone(OFFICE, "")) == "tel:+74951112233"
    assert dial_target("sip:{digits}@pbx", Phone(OFFICE, "", "12")) == "sip:74951112233@pbx"


# --- added by hand --------------------------------------------------------------------------------------------------


def test_a_client_added_by_hand_is_cleaned_like_an_import_and_a_duplicate_opens_the_existing_one(
    db: Database, desk: OperatorDesk, clients_desk: ClientDesk, clock: FixedClock
) -> None:
    added = clients_desk.add_client(NewClient(full_name="Иванов Пётр Сергеевич", phone="8 (916) 123-45-67"))
    view = card(db, added.client_id)
    assert not added.existing
    assert (view.last_name, view.first_name, view.patronymic) == ("Иванов", "Пётр", "Сергеевич")
    assert [p.e164 for p in view.phones] == [MOBILE]
    assert added.client_id in [item.client_id for item in desk.queue_page().items]

    again = clients_desk.add_client(NewClient(full_name="П. Иванов", phone="+7 916 123 45 67"))
    assert again == type(added)(added.client_id, True)

    with pytest.raises(UserInputError) as refused:
        clients_desk.add_client(NewClient(full_name="Без телефона"))
    assert refused.value.code == "client.phone_required"


def test_clients_an_import_added_are_indexed_in_batches_and_found_from_the_index(
    db: Database, clients_desk: ClientDesk, clock: FixedClock
) -> None:
    from callassist.services import client_search

    ids = [make_client(db, clock(), f"Клиент {n}", company=f"Вектор-{n}") for n in range(5)]
    batches = []
    while done := clients_desk.index_backlog(batch=2):
        batches.append(done)
    assert batches == [2, 2, 1]
    with db.read() as session:
        assert not client_search.has_stale(session)
        found = client_search.find(session, "вектор", clock())  # the index alone, no stale rows read
    assert sorted(match.client_id for match in found) == ids


def test_the_wrap_up_moves_the_stage_and_the_card_history_says_so(
    db: Database, desk: OperatorDesk, clock: FixedClock
) -> None:
    from callassist.domain import BuyingStage

    client = make_client(db, clock(), "Иванов Пётр")
    desk.open_client(client)
    desk.record(
        outcome(
            client,
            "Anna",
            clock(),
            result=ConversationResult.INTERESTED,
            refusal_reason="send_offer",
            next_contact_at=clock() + timedelta(days=3),
            stage=BuyingStage.CHOOSING,
        )
    )
    view = card(db, client)
    assert view.stage is BuyingStage.CHOOSING
    assert [(c.field, c.old_value, c.new_value, c.operator) for c in view.changes] == [
        ("stage", "", "choosing", "Anna")
    ]
