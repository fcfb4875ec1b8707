"""Fixtures of the softphone tests: a WAV of silence per session and two real baresip phones per test.

baresip is a test dependency like PostgreSQL: ``.ci/run`` installs ``baresip-core``; without it these tests fail
(never skip) and say how to get it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.softphone.rig import BARESIP, write_silence


@pytest.fixture(scope="session")
def silence(tmp_path_factory: pytest.TempPathFactory) -> Path:
    assert BARESIP is not None, "baresip is not installed: apt-get install -y baresip-core"
    return write_silence(tmp_path_factory.mktemp("audio") / "silence.wav")
