"""Database passwords off the disk: asked for, or kept in the OS keyring when the person says "remember".

The workstation's settings file (``callassist.ini``) holds the database URL *without* its password. A password is
either typed when it is needed, or, if the person ticked "remember", kept by the ``keyring`` package in the
system's own store (Windows Credential Manager, macOS Keychain, Secret Service on Linux) under the service
``CallAssist`` and an account naming the login, the server and the database. The command line uses PostgreSQL's
own ``~/.pgpass`` (libpq reads it when the URL has no password; see README).

A keyring that is missing or locked is not an error: nothing is remembered, and the password is asked for again.
"""

from __future__ import annotations

import contextlib
import logging

from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

from callassist.storage.engine import normalise_url

SERVICE = "CallAssist"
log = logging.getLogger(__name__)


def _parsed(url: str) -> URL | None:
    try:
        return make_url(normalise_url(url))
    except (ArgumentError, ValueError):
        return None


def split_password(url: str) -> tuple[str, str | None]:
    """``url`` without its password, and the password (None when it had none).

    A URL that does not parse is returned as it is (the caller refuses it in its own words).
    """
    parsed = _parsed(url)
    if parsed is None or parsed.password is None:
        return url, None
    password = str(parsed.password)
    return _render(parsed._replace(password=None), like=url), password


def without_password(url: str) -> str:
    """``url`` with any password taken out: what may be written to a file, a log or a screen."""
    return split_password(url)[0]


def with_password(url: str, password: str | None) -> str:
    """``url`` with ``password`` put in (``url`` unchanged when ``password`` is None or empty)."""
    parsed = _parsed(url)
    if parsed is None or not password:
        return url
    return _render(parsed.set(password=password), like=url)


def _render(parsed: URL, like: str) -> str:
    text = parsed.render_as_string(hide_password=False)
    # Keep the short spelling the person used (postgresql://) rather than the driver's (postgresql+psycopg://).
    if like.startswith(("postgresql://", "postgres://")) and text.startswith("postgresql+psycopg://"):
        return "postgresql://" + text.removeprefix("postgresql+psycopg://")
    return text


def account(url: str) -> str | None:
    """The keyring account of a server URL: ``login@host:port/database``; None for a file database."""
    parsed = _parsed(url)
    if parsed is None or parsed.get_backend_name() == "sqlite":
        return None
    host = parsed.host or str(parsed.query.get("host", "")) or "localhost"
    port = f":{parsed.port}" if parsed.port else ""
    return f"{parsed.username or ''}@{host}{port}/{parsed.database or ''}"


def remember(url: str, password: str) -> bool:
    """Keep ``password`` for the server ``url`` names in the OS keyring; False when there is no usable keyring."""
    name = account(url)
    if name is None or not password:
        return False
    try:
        import keyring

        keyring.set_password(SERVICE, name, password)
    except Exception as error:  # no backend, locked, D-Bus absent: not remembered, asked for next time
        log.warning("the password could not be kept in the keyring: %s", type(error).__name__)
        return False
    return True


def recall(url: str) -> str | None:
    """The password the keyring keeps for the server ``url`` names, if any."""
    name = account(url)
    if name is None:
        return None
    try:
        import keyring

        return keyring.get_password(SERVICE, name)
    except Exception as error:
        log.warning("the keyring could not be read: %s", type(error).__name__)
        return None


def forget(url: str) -> None:
    """Drop the password kept for the server ``url`` names (nothing happens when none is kept)."""
    name = account(url)
    if name is None:
        return
    try:
        import keyring
        from keyring.errors import PasswordDeleteError

        with contextlib.suppress(PasswordDeleteError):  # none was kept
            keyring.delete_password(SERVICE, name)
    except Exception as error:
        log.warning("the keyring could not be changed: %s", type(error).__name__)


def connectable(url: str) -> str:
    """The URL to connect with: the one given if it has a password, else with the keyring's password if one is
    kept, else as it is (libpq then tries ``~/.pgpass``, or the server asks at sign-in)."""
    bare, password = split_password(url)
    if password is not None:
        return url
    return with_password(bare, recall(bare))


def store_safely(url: str, password: str | None, keep: bool) -> str:
    """What a settings file may hold for ``url`` (never a password), after keeping or dropping the password.

    Args:
        url: the URL as the person gave it, perhaps with a password in it.
        password: a password typed in its own field (wins over one in the URL); None or "" for none typed.
        keep: "remember the password": put it in the keyring; otherwise any kept one is forgotten.
    """
    bare, in_url = split_password(url)
    secret = password or in_url
    if keep and secret:
        remember(bare, secret)
    elif not keep:
        forget(bare)
    return bare
