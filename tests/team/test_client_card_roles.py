"""Issue 14 in team mode: an operator's own login finds, edits and corrects the phones of a client, and adds one by
hand; the second of two operators editing one field is told (PostgreSQL roles and grants as provisioned)."""

from __future__ import annotations

import pytest

from callassist.domain import PhoneStatus
from callassist.errors import UserInputError
from callassist.services.client_create import NewClient
from callassist.services.client_desk import ClientDesk
from callassist.services.client_edits import ClientEdit
from callassist.services.desk import OperatorDesk
from callassist.storage.engine import Database
from tests.factories import FixedClock, make_client
from tests.team.test_roles import logins  # noqa: F401  (the fixture)

pytestmark = pytest.mark.postgres


def test_an_operator_login_finds_edits_and_corrects_phones(
    logins: dict[str, Database],  # noqa: F811
    clock: FixedClock,
) -> None:
    client = make_client(logins["Sveta Supervisor"], clock(), "Иванов Пётр", phones=("+79161234567",))
    anna = ClientDesk(OperatorDesk(logins["Anna"], "Anna", now=clock, language="en", create_operator=False))
    boris = ClientDesk(OperatorDesk(logins["Boris"], "Boris", now=clock, language="en", create_operator=False))

    assert [m.client_id for m in anna.find("Иванов")] == [client]  # indexes the new client as Anna's login
    loaded = anna.view(client)
    anna.edit(ClientEdit(client, loaded.version, {"patronymic": ""}, {"patronymic": "Сергеевич"}))
    with pytest.raises(UserInputError) as refused:
        boris.edit(ClientEdit(client, loaded.version, {"patronymic": ""}, {"patronymic": "Ильич"}))
    assert refused.value.code == "client.edit_conflict"

    anna.add_phone(client, "8 495 111-22-33")
    first, second = anna.view(client).phones
    anna.mark_phone(client, first.id, PhoneStatus.WRONG_NUMBER)
    anna.remove_phone(client, first.id)
    assert [p.e164 for p in anna.view(client).phones] == [second.e164]
    added = anna.add_client(NewClient(full_name="Петров Олег", phone="+7 903 111 22 33"))
    assert not added.existing and [m.client_id for m in anna.find("Петров")] == [added.client_id]
