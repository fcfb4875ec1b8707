"""Real keyring backends for tests: a file keyring (``keyrings.alt``) kept in the test's tmp dir, or none at all.

The file keyring stores for real (set, get, delete, reread from its file), works offline and needs no D-Bus, so the
tests exercise the ``keyring`` package end to end without ever touching the developer's own keyring.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import keyring
from keyring.backend import KeyringBackend
from keyring.backends.fail import Keyring as NoKeyring
from keyrings.alt.file import PlaintextKeyring


@contextmanager
def file_keyring(folder: Path) -> Iterator[KeyringBackend]:
    """A file keyring in ``folder`` installed as the process's keyring for the block."""
    backend = PlaintextKeyring()
    backend.file_path = str(folder / "keyring_pass.cfg")  # type: ignore[misc]
    with installed(backend):
        yield backend


@contextmanager
def no_keyring() -> Iterator[KeyringBackend]:
    """No usable keyring (a server without Secret Service): every call raises, as keyring's own ``fail`` does."""
    with installed(NoKeyring()) as backend:
        yield backend


@contextmanager
def installed(backend: KeyringBackend) -> Iterator[KeyringBackend]:
    before = keyring.get_keyring()
    keyring.set_keyring(backend)
    try:
        yield backend
    finally:
        keyring.set_keyring(before)
