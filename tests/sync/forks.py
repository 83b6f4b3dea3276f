"""``packstation sync`` processes forked from one that has already imported Packstation.

A test that kills sync workers with ``kill -9`` over and over (tests/sync/test_many_workers.py,
tests/wiring/test_killed_worker.py) spent most of each round importing the same modules again:
about 1.3 s of CPU per worker. Here one clean process (no threads, no connections) imports
them once; each worker is a fork of it that runs ``packstation sync`` exactly as
``python -m packstation sync`` does (``packstation.cli.main``), with its own process id,
database connections and lease identity, and dies by ``kill -9`` like any other process.

Run as ``python -m tests.sync.forks`` (the fork server); tests use :class:`SyncForks`.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from types import TracebackType

# What a sync worker imports before it talks to anyone: loaded once, shared by every fork.
PRELOADED = (
    "packstation.cli",
    "packstation.app",
    "packstation.config",
    "packstation.storage.migrate",
    "alembic.command",
    "alembic.runtime.migration",
    "sqlalchemy.dialects.sqlite",
    "httpx",
)


def _serve() -> int:
    """The fork server: one command a line on stdin, one answer a line on stdout."""
    import importlib

    for name in PRELOADED:
        importlib.import_module(name)
    print("ready", flush=True)
    for line in sys.stdin:
        command, _, argument = line.strip().partition(" ")
        if command == "start":
            pid = os.fork()
            if pid == 0:
                _child(argument.split())
            print(pid, flush=True)
        elif command == "poll":
            done, status = os.waitpid(int(argument), os.WNOHANG)
            print(f"exit {os.waitstatus_to_exitcode(status)}" if done else "running", flush=True)
        elif command == "wait":
            _, status = os.waitpid(int(argument), 0)
            print(f"exit {os.waitstatus_to_exitcode(status)}", flush=True)
    return 0


def _child(args: list[str]) -> None:
    """In the fork: ``packstation sync``, its output dropped as ``start_worker`` drops it."""
    code = 1
    try:
        null = os.open(os.devnull, os.O_RDWR)
        for fd in (0, 1, 2):
            os.dup2(null, fd)
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
        random.seed()  # not the fork server's state: each worker draws its own
        from packstation.cli import main

        code = main(["sync", *args])
    finally:
        os._exit(code)


class ForkedWorker:
    """One forked ``packstation sync``; answers ``poll``, ``send_signal`` and ``wait`` as a
    ``subprocess.Popen`` does (its parent, the fork server, reaps it)."""

    def __init__(self, forks: SyncForks, pid: int) -> None:
        self._forks = forks
        self.pid = pid
        self.returncode: int | None = None

    def poll(self) -> int | None:
        """The exit code, or None while it runs."""
        if self.returncode is None:
            answer = self._forks.ask(f"poll {self.pid}")
            if answer != "running":
                self.returncode = int(answer.split()[1])
        return self.returncode

    def send_signal(self, sig: int) -> None:
        """Signal the worker (``kill -9``: ``signal.SIGKILL``)."""
        if self.returncode is None:
            os.kill(self.pid, sig)

    def wait(self, timeout: float | None = None) -> int:
        """Wait for it to end (the fork server reaps it); ``timeout`` as in Popen, unused."""
        if self.returncode is None:
            self.returncode = int(self._forks.ask(f"wait {self.pid}").split()[1])
        return self.returncode


class SyncForks:
    """``with SyncForks(env) as forks: worker = forks.start()``: sync workers in ``env``."""

    def __init__(self, env: dict[str, str]) -> None:
        root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
        self._server = subprocess.Popen(
            [sys.executable, "-m", "tests.sync.forks"],
            cwd=root,
            env={**env, "PYTHONPATH": os.pathsep.join([root, env.get("PYTHONPATH", "")])},
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        self._workers: list[ForkedWorker] = []
        ready = self._read()
        assert ready == "ready", f"the fork server did not start: {ready!r}"

    def start(self) -> ForkedWorker:
        """A new ``packstation sync`` process (runs until killed)."""
        worker = ForkedWorker(self, int(self.ask("start")))
        self._workers.append(worker)
        return worker

    def ask(self, command: str) -> str:
        """Send one command to the fork server and return its answer."""
        assert self._server.stdin is not None
        self._server.stdin.write(command + "\n")
        self._server.stdin.flush()
        return self._read()

    def _read(self) -> str:
        assert self._server.stdout is not None
        line = self._server.stdout.readline()
        assert line, f"the fork server stopped (exit {self._server.poll()})"
        return line.strip()

    def close(self) -> None:
        """Kill any worker still running, then stop the fork server."""
        for worker in self._workers:
            if worker.poll() is None:
                worker.send_signal(signal.SIGKILL)
                worker.wait()
        assert self._server.stdin is not None
        self._server.stdin.close()
        deadline = time.monotonic() + 10
        while self._server.poll() is None and time.monotonic() < deadline:
            time.sleep(0.01)
        if self._server.poll() is None:
            self._server.kill()
        self._server.wait(timeout=10)
        assert self._server.stdout is not None
        self._server.stdout.close()

    def __enter__(self) -> SyncForks:
        return self

    def __exit__(
        self,
        _type: type[BaseException] | None,
        _value: BaseException | None,
        _traceback: TracebackType | None,
    ) -> None:
        self.close()


if __name__ == "__main__":
    sys.exit(_serve())
