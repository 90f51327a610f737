"""Waiting on the editor without a clock: on its workers and on the state a test needs."""

from __future__ import annotations

from collections.abc import Callable

from textual.pilot import Pilot


async def workers_done(pilot: Pilot[None]) -> None:
    """Wait for the workers; a check replaced by a newer one is cancelled, not failed."""
    from textual.worker import WorkerCancelled

    for _ in range(100):
        try:
            await pilot.app.workers.wait_for_complete()
            return
        except WorkerCancelled:
            await pilot.pause()


async def until(pilot: Pilot[None], condition: Callable[[], bool], tries: int = 2000) -> None:
    """Let the app process messages until `condition` holds (no wall-clock waits)."""
    for _ in range(tries):
        if condition():
            return
        await pilot.pause()
    raise AssertionError("the editor never reached the expected state")
