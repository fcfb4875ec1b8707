"""Rule 17, attacked: an operator's own database login (what a workstation holds) tries everything the rules forbid
on the real PostgreSQL the suite starts, and the server refuses each; every legitimate path still works."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from callassist.domain import AttemptResult, ConversationResult, NeverReason, PromiseInput, SaleLine
from callassist.errors import CallAssistError, UserInputError
from callassist.export.service import export_range
from callassist.services import catalogues
from callassist.team import accounts
from tests.factories import no_answer, outcome, refusal
from tests.team.attack_floor import (
    ANNA,
    BORIS,
    DORA,
    PASSWORDS,
    SUPERVISOR,
    Floor,
    refused,
    run,
    scalar,
)

pytestmark = pytest.mark.postgres
DENIED = "team.permission_denied"
FAR = "2126-01-01 00:00:00"

# The workstation's own check (outcomes.record, rule 8 on every database) refuses first; the server's guard is the
# one the raw-SQL attacks above and below meet.
LEASE_REFUSALS = ("wrapup.lease_lost", "wrapup.lease_expired", "team.lease_not_held")


def boris_holds_one(floor: Floor) -> int:
    """Boris opens the first lead (a live lease in the server's own time)."""
    client = floor.desk(BORIS).open_client(floor.clients[0])
    return client.id


def anna_saves_a_refusal(floor: Floor, client_id: int) -> str:
    desk = floor.desk(ANNA)
    desk.open_client(client_id)
    done = refusal(client_id, ANNA, floor.clock(), floor.clock() + timedelta(days=7))
    desk.record(done)
    return done.idempotency_key


def test_rule_17_no_password_hash_is_stored_or_readable(floor: Floor) -> None:
    anna = floor.db(ANNA)
    assert scalar(anna, "SELECT count(*) FROM operators WHERE password_hash IS NOT NULL") == 0
    assert refused(anna, "SELECT rolpassword FROM pg_authid") == DENIED
    assert refused(anna, "SELECT passwd FROM pg_shadow") == DENIED
    assert refused(anna, "UPDATE operators SET password_hash = 'x' WHERE name = :n", n=ANNA) == DENIED
    assert refused(floor.owner, "UPDATE operators SET password_hash = 'x'")  # the table refuses a hash to anyone


def test_rule_17_a_committed_call_never_changes(floor: Floor) -> None:
    anna = floor.db(ANNA)
    anna_saves_a_refusal(floor, floor.clients[1])
    assert refused(anna, "UPDATE calls SET conversation_result = 'sale', amount = 999999") == DENIED
    assert refused(anna, "UPDATE calls SET next_contact_at = next_contact_at + interval '1 day'") == (
        "team.call_committed"
    )
    assert refused(anna, "DELETE FROM calls") == DENIED
    assert refused(floor.db(SUPERVISOR), "UPDATE calls SET amount = 1") == DENIED  # a supervisor neither
    assert scalar(floor.owner, "SELECT count(*) FROM calls WHERE conversation_result = 'refused'") == 1


def test_rule_17_statistics_are_written_by_the_server_alone(floor: Floor) -> None:
    anna = floor.db(ANNA)
    anna_saves_a_refusal(floor, floor.clients[1])
    me = floor.operator_id(ANNA)
    assert scalar(floor.owner, "SELECT calls FROM call_hours WHERE operator_id = :me", me=me) == 1  # the trigger
    assert refused(anna, "UPDATE call_hours SET sale = 400, calls = 502") == DENIED
    assert refused(anna, "INSERT INTO call_hours SELECT * FROM call_hours") == DENIED
    assert refused(anna, "UPDATE call_tallies SET count = count + 1000") == DENIED
    assert refused(anna, "INSERT INTO call_tallies VALUES ('reason', 0, 1, '1', 1000)") == DENIED
    assert refused(anna, "DELETE FROM call_hours") == DENIED
    for table in ("call_hours", "call_tallies", "calls", "clients", "follow_ups", "operators"):
        assert refused(anna, f"TRUNCATE {table}") == DENIED
    assert refused(floor.db(SUPERVISOR), "UPDATE call_hours SET sale = 1") == DENIED


def test_rule_17_an_operator_reads_only_its_own_calls_sales_follow_ups_and_figures(floor: Floor) -> None:
    boris = floor.desk(BORIS)
    boris.open_client(floor.clients[2])
    boris.record(
        outcome(
            floor.clients[2],
            BORIS,
            floor.clock(),
            result=ConversationResult.CALLBACK,
            next_contact_at=floor.clock() + timedelta(days=2),
            callback_personal=True,
            unscripted=("Says we called yesterday",),
        )
    )
    products = catalogues.products(floor.db(BORIS))
    boris.open_client(floor.clients[3])
    boris.record(
        outcome(
            floor.clients[3], BORIS, floor.clock(), result=ConversationResult.SALE,
            sale_lines=(SaleLine(products[0].id, 1, Decimal("990.00")),),
        )
    )  # fmt: skip
    anna = floor.db(ANNA)
    for table in ("calls", "sale_items", "call_hours", "call_tallies", "unscripted_objections"):
        assert scalar(anna, f"SELECT count(*) FROM {table}") == 0, table
        assert scalar(floor.db(SUPERVISOR), f"SELECT count(*) FROM {table}") > 0 or table == "call_tallies"
    assert scalar(anna, "SELECT count(*) FROM follow_ups WHERE operator_id IS NOT NULL") == 0
    assert scalar(floor.db(BORIS), "SELECT count(*) FROM follow_ups WHERE operator_id IS NOT NULL") == 1
    assert scalar(anna, "SELECT count(*) FROM clients") == len(floor.clients)  # clients stay shared


def test_rule_17_rule_8_a_client_another_operator_holds_cannot_be_taken(floor: Floor) -> None:
    held = boris_holds_one(floor)
    anna, me = floor.db(ANNA), floor.operator_id(ANNA)
    assert run(anna, "UPDATE clients SET lease_operator_id = :me WHERE id = :id", me=me, id=held) == 0
    assert (
        run(anna, "UPDATE clients SET lease_operator_id = NULL, lease_expires_at = NULL WHERE id = :id", id=held) == 0
    )
    assert run(anna, "UPDATE clients SET state = 'future' WHERE id = :id", id=held) == 0
    assert run(anna, "UPDATE client_phones SET e164 = '+70000000000' WHERE client_id = :id", id=held) == 0
    with pytest.raises(UserInputError):
        floor.desk(ANNA).open_client(held)
    with pytest.raises(UserInputError) as saved_over:  # saving over it, through the API
        floor.desk(ANNA).record(refusal(held, ANNA, floor.clock(), floor.clock() + timedelta(days=3)))
    assert saved_over.value.code in LEASE_REFUSALS
    assert scalar(floor.owner, "SELECT lease_operator_id FROM clients WHERE id = :id", id=held) == floor.operator_id(
        BORIS
    )


def test_rule_17_no_lease_to_2126_and_no_holding_for_someone_else(floor: Floor) -> None:
    anna, me, boris = floor.db(ANNA), floor.operator_id(ANNA), floor.operator_id(BORIS)
    assert refused(anna, f"UPDATE clients SET lease_operator_id = :me, lease_expires_at = '{FAR}'", me=me) == DENIED
    free = floor.clients[3]
    floor.desk(ANNA).open_client(free)
    assert refused(anna, f"UPDATE clients SET lease_expires_at = '{FAR}' WHERE id = :id", id=free) == DENIED
    assert refused(anna, "UPDATE clients SET lease_operator_id = :b WHERE id = :id", b=boris, id=free) == DENIED
    assert refused(floor.db(ANNA), "INSERT INTO clients (full_name, first_name, patronymic, last_name, company,"
                   " position, email, city, region, source, state, notes, preferences, created_at, updated_at,"
                   " failed_attempts, lease_operator_id) VALUES ('x','','','','','','','','RU','','new','','',"
                   " now(), now(), 0, :b)", b=boris) == DENIED  # fmt: skip
    # The heartbeat keeps the lease within the team's length, and says when it was lost.
    assert floor.desk(ANNA).heartbeat(free)


def test_rule_17_acting_as_someone_else_is_refused(floor: Floor) -> None:
    as_boris = floor.desk(ANNA, as_name=BORIS)  # Anna's workstation, Boris's name
    with pytest.raises(UserInputError) as claimed:
        as_boris.open_client(floor.clients[3])
    assert claimed.value.code == DENIED
    anna = floor.db(ANNA)
    floor.desk(ANNA).open_client(floor.clients[3])
    spoofed = (
        "INSERT INTO calls (idempotency_key, client_id, operator_id, phone_e164, started_at, ended_at,"
        " attempt_result, refusal_text, note, saved_at) VALUES ('spoof', :c, :op, '', now(), now(), 'no_answer',"
        " '', '', now())"
    )
    assert refused(anna, spoofed, c=floor.clients[3], op=floor.operator_id(BORIS)) in (DENIED, "team.not_you")
    assert refused(anna, "INSERT INTO unscripted_objections (operator_id, text, created_at) VALUES (:op, 'x', now())",
                   op=floor.operator_id(BORIS)) == DENIED  # fmt: skip
    with pytest.raises(UserInputError):  # a follow-up planned for Boris
        run(anna, "INSERT INTO follow_ups (client_id, kind, due_at, surface_at, exact, operator_id, text, created_at,"
            " done_note) VALUES (:c, 'callback', now(), now(), true, :op, '', now(), '')",
            c=floor.clients[3], op=floor.operator_id(BORIS))  # fmt: skip


def test_rule_17_rule_3_never_only_with_an_objective_reason_of_ones_own_call(floor: Floor) -> None:
    anna, free = floor.db(ANNA), floor.clients[4]
    assert refused(anna, "UPDATE clients SET state = 'never' WHERE id = :id", id=free) == "team.rule_3"
    assert (
        refused(
            anna, "UPDATE clients SET state = 'never', never_reason = 'organisation_closed' WHERE id = :id", id=free
        )
        == "team.rule_3"
    )
    floor.desk(ANNA).open_client(free)
    never_by_sql = (
        "INSERT INTO calls (idempotency_key, client_id, operator_id, phone_e164, started_at, ended_at, attempt_result,"
        " conversation_result, never_reason, refusal_text, note, saved_at) VALUES ('n1', :c, :me, '', now(), now(),"
        " 'connected', 'never', :reason, '', '', now())"
    )
    assert refused(anna, never_by_sql, c=free, me=floor.operator_id(ANNA), reason="too_expensive") == "team.rule_3"
    assert refused(anna, never_by_sql, c=free, me=floor.operator_id(ANNA), reason=None) == "team.rule_3"
    assert scalar(floor.owner, "SELECT state FROM clients WHERE id = :id", id=free) == "new"


def test_rule_17_rules_1_2_5_are_checked_by_the_server(floor: Floor) -> None:
    anna, free, me = floor.db(ANNA), floor.clients[4], floor.operator_id(ANNA)
    floor.desk(ANNA).open_client(free)
    call = (
        "INSERT INTO calls (idempotency_key, client_id, operator_id, phone_e164, started_at, ended_at, attempt_result,"
        " conversation_result, refusal_reason_id, next_contact_at, amount, refusal_text, note, saved_at)"
        " VALUES (:key, :c, :me, '', now(), now(), 'connected', :result, :reason, :next, :amount, '', '', now())"
    )
    base = {"c": free, "me": me, "reason": None, "next": None, "amount": None}
    assert refused(anna, call, **base, key="r1", result="refused") == "team.rule_1"
    reason = scalar(anna, "SELECT id FROM refusal_reasons ORDER BY id LIMIT 1")
    assert refused(anna, call, **(base | {"reason": reason}), key="r2", result="refused") == "team.rule_2"
    assert refused(anna, call, **base, key="r5", result="sale") == "team.rule_5"
    # A sale with an amount but no products or check-in: refused when the transaction commits.
    assert refused(anna, call, **(base | {"amount": 500}), key="r5b", result="sale") == "team.rule_5"
    assert scalar(floor.owner, "SELECT count(*) FROM calls") == 0


def test_rule_17_rule_4_a_client_not_reached_is_never_dropped(floor: Floor) -> None:
    anna, free, me = floor.db(ANNA), floor.clients[4], floor.operator_id(ANNA)
    floor.desk(ANNA).open_client(free)
    no_retry = (
        "INSERT INTO calls (idempotency_key, client_id, operator_id, phone_e164, started_at, ended_at, attempt_result,"
        " refusal_text, note, saved_at) VALUES ('r4', :c, :me, '', now(), now(), 'no_answer', '', '', now())"
    )
    assert refused(anna, no_retry, c=free, me=me) == "team.rule_4"  # no retry and no future date planned
    assert scalar(floor.owner, "SELECT count(*) FROM calls") == 0
    floor.desk(ANNA).record(no_answer(free, ANNA, floor.clock()))  # the app's own save plans the retry
    assert scalar(floor.owner, "SELECT count(*) FROM follow_ups WHERE kind = 'retry' AND done_at IS NULL") == 1


def test_rule_17_another_operators_callback_cannot_be_closed(floor: Floor) -> None:
    boris = floor.desk(BORIS)
    boris.open_client(floor.clients[2])
    boris.record(
        outcome(
            floor.clients[2],
            BORIS,
            floor.clock(),
            result=ConversationResult.CALLBACK,
            next_contact_at=floor.clock() + timedelta(days=2),
            callback_personal=True,
        )
    )
    anna = floor.db(ANNA)
    assert run(anna, "UPDATE follow_ups SET done_at = now(), done_note = 'gone' WHERE kind = 'callback'") == 0
    assert refused(anna, "DELETE FROM follow_ups") == DENIED
    assert scalar(floor.owner, "SELECT count(*) FROM follow_ups WHERE kind = 'callback' AND done_at IS NULL") == 1


def test_rule_17_late_save_after_the_lease_went_to_someone_else_is_refused(floor: Floor) -> None:
    client = floor.clients[5]
    floor.desk(ANNA).open_client(client)
    # Anna's lease runs out …
    run(floor.owner, "UPDATE clients SET lease_expires_at = now() AT TIME ZONE 'UTC' - interval '1 minute'")
    floor.desk(BORIS).open_client(client)  # … and Boris took the client
    with pytest.raises(UserInputError) as late:
        floor.desk(ANNA).record(no_answer(client, ANNA, floor.clock()))
    assert late.value.code in LEASE_REFUSALS
    assert scalar(floor.owner, "SELECT count(*) FROM calls") == 0


def test_rule_17_the_server_and_its_roles_stay_out_of_reach(floor: Floor) -> None:
    anna = floor.db(ANNA)
    for statement in (
        "COPY calls TO '/tmp/callassist-stolen.csv'",
        "COPY clients FROM '/etc/hostname'",
        "SET ROLE callassist_supervisor",
        "SET ROLE postgres",
        "CREATE TABLE public.mine (x int)",
        "CREATE FUNCTION public.mine() RETURNS int LANGUAGE sql AS 'SELECT 1'",
        "GRANT callassist_supervisor TO CURRENT_USER",
        f"ALTER ROLE \"{BORIS}\" PASSWORD 'boris-is-mine'",
        f'ALTER ROLE "{ANNA}" CREATEROLE',
        "UPDATE refusal_reasons SET default_delay_days = 9999",
        "INSERT INTO settings (key, value) VALUES ('lease_minutes', '999999')",
        "DELETE FROM clients",
        "DELETE FROM do_not_call",
        "UPDATE operators SET role = 'supervisor', active = true",
    ):
        assert refused(anna, statement) == DENIED, statement
    assert not Path("/tmp/callassist-stolen.csv").exists()


def test_rule_17_supervisor_functions_refuse_operators_and_spoofed_names(floor: Floor) -> None:
    anna = floor.db(ANNA)
    verifier = "SCRAM-SHA-256$4096:AAAA$BBBB:CCCC"
    assert refused(anna, "SELECT callassist_reset_password(:p, :v)", p=BORIS, v=verifier) == DENIED
    assert refused(anna, "SELECT callassist_set_active(:p, false)", p=BORIS) == DENIED
    with pytest.raises(UserInputError) as reset:
        accounts.reset_password(anna, BORIS, "taken-over-1")
    assert reset.value.code == DENIED
    sveta = floor.db(SUPERVISOR)
    assert refused(sveta, "SELECT callassist_reset_password(:p, 'plain-text-1')", p=BORIS) == "team.password_not_hashed"
    assert refused(sveta, "SELECT callassist_reset_password('postgres', :v)", v=verifier) == "team.unknown_person"
    assert refused(sveta, "SELECT callassist_set_active('postgres', false)") == "team.unknown_person"
    assert floor.role_after_sign_in(BORIS) == "operator"  # Boris's password is still his


def test_rule_17_a_deactivated_login_can_do_nothing(floor: Floor) -> None:
    dora = floor.db(DORA)
    accounts.set_active(floor.db(SUPERVISOR), DORA, False)
    with pytest.raises(UserInputError) as refused_sign_in:
        floor.sign_in(DORA)
    assert refused_sign_in.value.code == "team.sign_in_failed"  # as for a wrong password: nothing more said
    # The session it had open was ended, and no new one opens: nothing more can be done with that login.
    with pytest.raises(CallAssistError):
        floor.desk(DORA).open_client(floor.clients[3])
    for statement in ("UPDATE clients SET state = 'future'", "SELECT count(*) FROM calls", "DELETE FROM calls"):
        with pytest.raises(CallAssistError):
            run(dora, statement)
    assert scalar(floor.owner, "SELECT active FROM operators WHERE name = :n", n=DORA) is False


def test_rule_17_every_legitimate_path_still_works(floor: Floor, tmp_path: Path) -> None:
    anna, clock = floor.desk(ANNA), floor.clock
    anna_saves_a_refusal(floor, floor.clients[1])
    anna.open_client(floor.clients[2])  # a callback, personal
    anna.record(
        outcome(
            floor.clients[2], ANNA, clock(), result=ConversationResult.CALLBACK,
            next_contact_at=clock() + timedelta(days=1), callback_personal=True,
            promise=PromiseInput("Send the price list", clock() + timedelta(days=3)),
        )
    )  # fmt: skip
    products = catalogues.products(floor.db(ANNA))
    anna.open_client(floor.clients[3])  # a sale: products, amount and a check-in, checked at commit
    anna.record(
        outcome(
            floor.clients[3], ANNA, clock(), result=ConversationResult.SALE,
            sale_lines=(SaleLine(products[0].id, 2, Decimal("1500.00")),),
        )
    )  # fmt: skip
    anna.open_client(floor.clients[4])  # never, with the one objective reason a dead number gives
    anna.record(
        outcome(
            floor.clients[4], ANNA, clock(), attempt=AttemptResult.NOT_IN_SERVICE,
            never_reason=NeverReason.NUMBER_DOES_NOT_EXIST,
        )
    )  # fmt: skip
    boris = floor.desk(BORIS)
    boris.open_client(floor.clients[5])
    boris.record(no_answer(floor.clients[5], BORIS, clock()))

    day = clock().date()
    own = export_range(floor.db(ANNA), day - timedelta(days=1), day + timedelta(days=1), "csv", tmp_path / "a.csv")
    everyone = export_range(
        floor.db(SUPERVISOR), day - timedelta(days=1), day + timedelta(days=1), "csv", tmp_path / "all.csv"
    )
    assert (own.calls, everyone.calls) == (4, 5)
    assert scalar(floor.owner, "SELECT sum(calls) FROM call_hours") == 5
    assert scalar(floor.owner, "SELECT state FROM clients WHERE id = :id", id=floor.clients[4]) == "never"
    run(floor.db(SUPERVISOR), "UPDATE refusal_reasons SET title_en = 'Pricey' WHERE code = 'too_expensive'")
    assert scalar(floor.db(ANNA), "SELECT title_en FROM refusal_reasons WHERE code = 'too_expensive'") == "Pricey"


def test_rule_17_passwords_change_and_reset_without_clear_text_on_the_server(floor: Floor) -> None:
    for current, new, code in (
        ("not-her-password", "anna-new-pass-2", "team.password_wrong"),
        (PASSWORDS[ANNA], "short", "team.password_too_short"),
    ):
        with pytest.raises(UserInputError) as refused_change:
            accounts.change_password(floor.url, ANNA, current, new)
        assert refused_change.value.code == code
    accounts.change_password(floor.url, ANNA, PASSWORDS[ANNA], "anna-new-pass-2")
    assert floor.role_after_sign_in(ANNA, "anna-new-pass-2") == "operator"
    with pytest.raises(UserInputError) as old_password:
        floor.sign_in(ANNA)
    assert old_password.value.code == "team.sign_in_failed"
    accounts.reset_password(floor.db(SUPERVISOR), ANNA, PASSWORDS[ANNA])  # back as she was, by her supervisor
    assert floor.role_after_sign_in(ANNA) == "operator"


def test_rule_17_a_session_left_open_after_deactivation_writes_nothing(floor: Floor) -> None:
    """Were the session not ended (an owner without pg_signal_backend), the inactive row alone stops its writes."""
    dora, free = floor.db(DORA), floor.clients[4]
    run(floor.owner, "UPDATE operators SET active = false WHERE name = :n", n=DORA)
    assert run(dora, "UPDATE clients SET state = 'future' WHERE id = :id", id=free) == 0
    assert run(dora, "UPDATE follow_ups SET done_at = now()") == 0
    assert refused(dora, "INSERT INTO do_not_call (e164, added_at, note) VALUES ('+79160000000', now(), '')") == DENIED
    with pytest.raises(UserInputError):
        floor.desk(DORA).open_client(free)
    assert scalar(floor.owner, "SELECT state FROM clients WHERE id = :id", id=free) == "new"
