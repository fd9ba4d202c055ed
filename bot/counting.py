"""Write counts without blocking the event loop, keeping them while the database is down."""

from __future__ import annotations

import asyncio
import logging
from collections import deque

from bot.stats import Referral, StatsStore

log = logging.getLogger(__name__)


class CountWriter:
    """Stores counts in an executor; failed writes wait in memory and are retried."""

    def __init__(
        self, store: StatsStore, retry_seconds: float = 5.0, wait_seconds: float = 1.0
    ) -> None:
        self.store = store
        self.retry_seconds = retry_seconds
        self.wait_seconds = wait_seconds
        self.pending: deque[Referral] = deque()
        self._retry_task: asyncio.Task[None] | None = None
        # One flush at a time: the retry task and a new count must not write or drop the
        # same pending item twice.
        self._flushing = asyncio.Lock()

    async def add(self, referral: Referral) -> bool:
        """Store a count now if possible; True when it reached the database.

        Waits at most wait_seconds, so a hanging database never delays a person's referral;
        what is not written by then stays pending and is retried.
        """
        self.pending.append(referral)
        try:
            return await asyncio.wait_for(self.flush(), timeout=self.wait_seconds)
        except TimeoutError:
            self._schedule_retry()
            return False

    async def flush(self) -> bool:
        """Write every pending count; on failure keep them and schedule a retry."""
        async with self._flushing:
            return await self._flush_locked()

    async def _flush_locked(self) -> bool:
        loop = asyncio.get_running_loop()
        while self.pending:
            referral = self.pending[0]
            try:
                # Idempotent by id, so a retry after an unclear failure never double counts.
                await loop.run_in_executor(None, self.store.record, referral)
            except Exception as exc:  # noqa: BLE001 - any database failure means: keep and retry
                log.warning(
                    "statistics database unavailable (%s); %d count(s) kept",
                    type(exc).__name__,
                    len(self.pending),
                )
                self._schedule_retry()
                return False
            self.pending.popleft()
        return True

    def _schedule_retry(self) -> None:
        if self._retry_task is None or self._retry_task.done():
            self._retry_task = asyncio.get_running_loop().create_task(self._retry())

    async def _retry(self) -> None:
        while self.pending:
            await asyncio.sleep(self.retry_seconds)
            if await self.flush():
                return

    async def close(self) -> None:
        """Stop retrying (pending counts stay in memory for a final flush)."""
        if self._retry_task is not None:
            self._retry_task.cancel()
            self._retry_task = None
