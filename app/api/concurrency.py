"""Bounded concurrency for suggest: a few drafts at a time, a bounded queue, then 503."""

from __future__ import annotations

import asyncio
import contextvars
from collections.abc import Callable
from typing import TypeVar

from app.metrics import Metrics

T = TypeVar("T")


class Busy(Exception):
    """The suggest queue is full (or a request waited too long for a slot).

    Attributes:
        retry_after: Seconds the client should wait before retrying.
    """

    def __init__(self, message: str, retry_after: int = 2) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class SuggestLimiter:
    """At most ``concurrency`` suggestions are drafted at once per process.

    Requests beyond that wait for a slot, at most ``queue_limit`` of them and for at most
    ``queue_timeout_s``; beyond either, :class:`Busy` is raised (503 + ``Retry-After``).
    A slot is held until the drafting thread ends, even if the client has gone or the
    request timed out, so the bound holds for the work actually running.

    Args:
        concurrency: Drafts in progress at once.
        queue_limit: Requests allowed to wait for a slot.
        queue_timeout_s: Longest wait for a slot.
        metrics: Gauges of in-flight and waiting requests.
    """

    def __init__(
        self,
        concurrency: int,
        queue_limit: int,
        queue_timeout_s: float,
        metrics: Metrics | None = None,
    ) -> None:
        self.concurrency = max(1, concurrency)
        self.queue_limit = max(0, queue_limit)
        self.queue_timeout_s = queue_timeout_s
        self.metrics = metrics
        self.waiting = 0
        self.active = 0
        self._sem = asyncio.Semaphore(self.concurrency)

    def _gauges(self) -> None:
        if self.metrics is not None:
            self.metrics.suggest_inflight.set(self.active)
            self.metrics.suggest_waiting.set(self.waiting)

    async def acquire(self) -> None:
        """Take a slot, waiting in the queue if needed.

        Raises:
            Busy: The queue is full or the wait timed out.
        """
        if not self._sem.locked():  # a free slot: taken at once, without queueing
            await self._sem.acquire()
            self.active += 1
            self._gauges()
            return
        if self.waiting >= self.queue_limit:
            if self.metrics is not None:
                self.metrics.suggest_rejected.inc()
            raise Busy(
                f"the service is busy: {self.active} suggestions in progress and "
                f"{self.waiting} waiting; retry shortly"
            )
        self.waiting += 1
        self._gauges()
        try:
            await asyncio.wait_for(self._sem.acquire(), self.queue_timeout_s)
        except TimeoutError:
            if self.metrics is not None:
                self.metrics.suggest_rejected.inc()
            raise Busy(
                f"the service is busy: no drafting slot freed within {self.queue_timeout_s:g} s; "
                "retry shortly",
                retry_after=5,
            ) from None
        finally:
            self.waiting -= 1
        self.active += 1
        self._gauges()

    def release(self) -> None:
        """Give a slot back (call from the event loop)."""
        self.active -= 1
        self._sem.release()
        self._gauges()

    def start(self, fn: Callable[[], T]) -> asyncio.Future[T]:
        """Run ``fn`` in a worker thread holding the slot already acquired; the slot is
        released when the thread ends. The caller's context (request id) goes along."""
        loop = asyncio.get_running_loop()
        ctx = contextvars.copy_context()
        future = loop.run_in_executor(None, ctx.run, fn)
        future.add_done_callback(lambda _f: self.release())
        return future
