"""One serial job queue per device, so two labels never interleave on one printer."""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import TypeVar

T = TypeVar("T")


class DeviceQueue:
    """Runs jobs for one device one at a time, in order, on its own thread."""

    def __init__(self, device_name: str) -> None:
        self.device_name = device_name
        self._executor = ThreadPoolExecutor(
            max_workers=1, thread_name_prefix=f"device-{device_name}"
        )

    def submit(self, job: Callable[[], T]) -> Future[T]:
        """Queue a job; the future resolves on the device thread."""
        return self._executor.submit(job)

    def shutdown(self) -> None:
        """Finish queued jobs and stop the thread."""
        self._executor.shutdown(wait=True)
