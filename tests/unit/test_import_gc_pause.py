"""The garbage collector is held off during an import and always comes back as it was."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from callassist.importing.gc_pause import collector_paused
from callassist.importing.service import ImportCancelled, import_file
from callassist.storage.engine import Database


@pytest.fixture
def collector_on() -> Iterator[None]:
    was = gc.isenabled()
    gc.enable()
    yield
    if not was:
        gc.disable()


def test_the_collector_is_off_inside_and_on_again_after(collector_on: None) -> None:
    with collector_paused():
        assert not gc.isenabled()
        with collector_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()  # the outer block still runs
    assert gc.isenabled()


def test_a_collector_someone_else_turned_off_stays_off(collector_on: None) -> None:
    gc.disable()
    with collector_paused():
        assert not gc.isenabled()
    assert not gc.isenabled()


def test_overlapping_blocks_in_two_threads_turn_it_on_only_when_both_end(collector_on: None) -> None:
    inside, release = threading.Event(), threading.Event()

    def other_import() -> None:
        with collector_paused():
            inside.set()
            release.wait(10)

    worker = threading.Thread(target=other_import)
    with collector_paused():
        worker.start()
        assert inside.wait(10)
    assert not gc.isenabled()  # the other thread's import is still running
    release.set()
    worker.join(10)
    assert gc.isenabled()


def test_a_cancelled_import_gives_the_collector_back(collector_on: None, db: Database, tmp_path: Path) -> None:
    path = tmp_path / "leads.csv"
    path.write_text("Name;Phone\nИванов Иван;+7 495 123-45-67\n", encoding="utf-8")
    cancel = threading.Event()
    cancel.set()
    with pytest.raises(ImportCancelled):
        import_file(db, path, cancel=cancel)
    assert gc.isenabled()
