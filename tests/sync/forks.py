"""``packstation sync`` processes forked from one that has already imported Packstation.

A test that kills sync workers with ``kill -9`` over and over (tests/sync/test_many_workers.py,
tests/wiring/test_killed_worker.py) spent most of each round importing the same modules again.
Each worker here is a fork (tests/forkserver.py) that runs ``python -m packstation sync``
exactly as a started one does, with its own process id, connections and lease identity; its
output is dropped, as ``start_worker`` drops it.
"""

from __future__ import annotations

from types import TracebackType

from tests.forkserver import ForkedProcess, ForkServer

# What a sync worker imports before it talks to anyone: loaded once, shared by every fork.
PRELOADED = [
    "packstation.cli",
    "packstation.app",
    "packstation.config",
    "packstation.storage.migrate",
    "alembic.command",
    "alembic.runtime.migration",
    "sqlalchemy.dialects.sqlite",
    "httpx",
]


class SyncForks:
    """``with SyncForks(env) as forks: worker = forks.start()``: sync workers in ``env``."""

    def __init__(self, env: dict[str, str]) -> None:
        self._server = ForkServer(env, PRELOADED)

    def start(self) -> ForkedProcess:
        """A new ``packstation sync`` process (runs until killed)."""
        return self._server.start("packstation", "sync")

    def close(self) -> None:
        """Kill any worker still running, then stop the fork server."""
        self._server.close()

    def __enter__(self) -> SyncForks:
        return self

    def __exit__(
        self,
        _type: type[BaseException] | None,
        _value: BaseException | None,
        _traceback: TracebackType | None,
    ) -> None:
        self.close()
