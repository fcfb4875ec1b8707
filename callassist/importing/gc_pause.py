"""Python's cyclic garbage collector held off while an import builds its hundreds of thousands of objects.

An import keeps every row, lead and phone alive until it commits. Each time the collector's counts fill up
it walks all of them again, so at 100,000 rows a fifth of the import's CPU time went into collections that
free nothing. Reference counting still frees everything as usual meanwhile; only cycles wait, and the
collector runs again as soon as the last import in the process finishes.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_holders = 0  # imports running now in this process (the wizard's worker thread, the CLI, tests)
_paused_by_us = False  # the collector was on when the first of them started, so the last turns it back on


@contextmanager
def collector_paused() -> Iterator[None]:
    """Hold off the cyclic garbage collector for the block; nested and concurrent blocks are counted.

    The collector is turned back on when the last block ends, and only if it was on when the first began.
    """
    global _holders, _paused_by_us
    with _lock:
        if _holders == 0:
            _paused_by_us = gc.isenabled()
            gc.disable()
        _holders += 1
    try:
        yield
    finally:
        with _lock:
            _holders -= 1
            if _holders == 0 and _paused_by_us:
                gc.enable()
