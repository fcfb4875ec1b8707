"""The one way off the GUI thread.

Blocking work (database, files) runs on a single database thread and is awaited on the qasync loop, so the window
never freezes. Every task's failure reaches one handler. ``idle()`` lets tests and the screenshot mode wait until
everything started has finished.
"""

from __future__ import annotations

import asyncio
import functools
import logging
from collections.abc import Callable, Coroutine
from concurrent.futures import ThreadPoolExecutor
from typing import Any, TypeVar

T = TypeVar("T")
log = logging.getLogger(__name__)


class TaskRunner:
    def __init__(self, on_error: Callable[[BaseException], None]) -> None:
        # One thread: SQLite has one writer anyway, and units of work never interleave.
        self._db = ThreadPoolExecutor(max_workers=1, thread_name_prefix="callassist-db")
        self._io = ThreadPoolExecutor(max_workers=1, thread_name_prefix="callassist-io")
        self._tasks: set[asyncio.Task[Any]] = set()
        self._on_error = on_error

    async def db(self, fn: Callable[..., T], *args: Any) -> T:
        """Run a unit of work on the database thread and await its result."""
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._db, functools.partial(fn, *args))

    async def io(self, fn: Callable[..., T], *args: Any) -> T:
        """Run file work (drafts, exports) off the GUI thread without queueing behind the database."""
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._io, functools.partial(fn, *args))

    def spawn(self, coro: Coroutine[Any, Any, Any]) -> asyncio.Task[Any]:
        """Start a coroutine from a plain Qt slot; its failure goes to the error handler."""
        task = asyncio.ensure_future(coro)
        self._tasks.add(task)
        task.add_done_callback(self._finished)
        return task

    def _finished(self, task: asyncio.Task[Any]) -> None:
        self._tasks.discard(task)
        if task.cancelled():
            return
        error = task.exception()
        if error is not None:
            self._on_error(error)

    async def idle(self) -> None:
        """Wait until every task started so far, and any they started, has finished."""
        while self._tasks:
            await asyncio.wait(set(self._tasks))

    def shutdown(self) -> None:
        for task in list(self._tasks):
            task.cancel()
        self._db.shutdown(wait=True, cancel_futures=True)
        self._io.shutdown(wait=True, cancel_futures=True)
