"""Database passwords never reach a file: split off URLs, kept in a real (file, tmp-dir) keyring or dropped."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from keyring.backend import KeyringBackend

from callassist import credentials
from tests.keyring_backends import file_keyring, no_keyring

SECRET = "S3cret-Пароль-42"
URL = f"postgresql://anna:{SECRET}@db.office.local:5433/callassist"
BARE = "postgresql://anna@db.office.local:5433/callassist"


@pytest.fixture
def keyring_file(tmp_path: Path) -> Iterator[KeyringBackend]:
    with file_keyring(tmp_path / "keyring") as backend:
        (tmp_path / "keyring").mkdir()
        yield backend


def test_a_password_is_split_off_a_url_and_put_back() -> None:
    assert credentials.split_password(URL) == (BARE, SECRET)
    assert credentials.without_password(URL) == BARE
    assert credentials.split_password(BARE) == (BARE, None)
    assert credentials.split_password(credentials.with_password(BARE, SECRET)) == (BARE, SECRET)
    assert credentials.with_password(BARE, None) == BARE
    assert credentials.without_password("sqlite:///C:/calls.db") == "sqlite:///C:/calls.db"
    assert credentials.without_password("not a url") == "not a url"


def test_special_characters_survive_the_round_trip() -> None:
    odd = "p@ss:w/rd%?#"
    url = credentials.with_password(BARE, odd)
    assert odd not in url  # escaped in the URL
    assert credentials.split_password(url) == (BARE, odd)


def test_the_keyring_account_names_login_server_and_database() -> None:
    assert credentials.account(URL) == "anna@db.office.local:5433/callassist"
    assert credentials.account("postgresql://anna@/callassist?host=/run/pg") == "anna@/run/pg/callassist"
    assert credentials.account("sqlite:///calls.db") is None


def test_remembered_passwords_live_in_the_keyring_and_fill_the_url(keyring_file: KeyringBackend) -> None:
    stored = credentials.store_safely(URL, None, keep=True)
    assert stored == BARE
    assert keyring_file.get_password(credentials.SERVICE, "anna@db.office.local:5433/callassist") == SECRET
    assert credentials.split_password(credentials.connectable(BARE)) == (BARE, SECRET)
    assert credentials.connectable(URL) == URL  # a URL given with a password is used as given


def test_a_typed_password_wins_and_not_keeping_forgets(keyring_file: KeyringBackend) -> None:
    credentials.store_safely(BARE, SECRET, keep=True)
    assert credentials.recall(BARE) == SECRET
    assert credentials.store_safely(BARE, "", keep=False) == BARE
    assert credentials.recall(BARE) is None
    assert credentials.connectable(BARE) == BARE  # nothing kept: libpq's .pgpass or the sign-in asks
    credentials.forget(BARE)  # forgetting twice is fine


def test_without_a_keyring_nothing_is_kept_and_nothing_fails() -> None:
    with no_keyring():
        assert credentials.remember(BARE, SECRET) is False
        assert credentials.recall(BARE) is None
        credentials.forget(BARE)
        assert credentials.store_safely(URL, None, keep=True) == BARE
        assert credentials.connectable(BARE) == BARE
