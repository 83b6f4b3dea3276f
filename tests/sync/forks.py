"""``packstation sync`` processes forked from one that has already imported Packstation.

A test that kills sync workers with ``kill -9`` over and over (tests/sync/test_many_workers.py,
tests/wiring/test_killed_worker.py) spent most of each round importing the same modules again.
Each worker here is a fork (tests/forkserver.py) that runs ``python -m packstation sync``
exactly as a started one does, with its own process id, connections and lease identity; its
output is dropped, as ``start_worker`` drops it.
"""

from __future__ import annotations

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


class SyncForks(ForkServer):
    """``with SyncForks(env) as forks: worker = forks.start_sync()``: sync workers in ``env``."""

    def __init__(self, env: dict[str, str]) -> None:
        super().__init__(env, PRELOADED)

    def start_sync(self) -> ForkedProcess:
        """A new ``packstation sync`` process (runs until killed)."""
        return self.start("packstation", "sync")
