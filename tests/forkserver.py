"""Test processes forked from one that has already imported Packstation.

Tests that start many station or sync processes (kill -9 rounds, restarts) spent most of each
start importing the same modules again: about 1.3 s of CPU a process. Here one clean process
(no threads, no connections) imports them once; each process a test starts is a fork of it
that runs ``python -m MODULE ARGS`` the same way (``runpy``, as ``-m`` does), with its own
process id, database connections and identities, and dies by ``kill -9`` like any other.

Run as ``python -m tests.forkserver MODULE…`` (the server, MODULEs preloaded; ``MODULE:NAME``
also calls ``NAME()`` once imported, to warm what every process would compute alike); tests
use :class:`ForkServer`.
"""

from __future__ import annotations

import contextlib
import importlib
import json
import os
import random
import runpy
import signal
import subprocess
import sys
import time
import traceback
from pathlib import Path
from types import TracebackType

ROOT = Path(__file__).resolve().parents[1]


def _serve(preload: list[str]) -> int:
    """The server: one command a line on stdin, one answer a line on stdout."""
    for name in preload:
        module, _, warm = name.partition(":")
        loaded = importlib.import_module(module)
        if warm:
            getattr(loaded, warm)()
    print("ready", flush=True)
    for line in sys.stdin:
        command, _, argument = line.strip().partition(" ")
        if command == "start":
            pid = os.fork()
            if pid == 0:
                _child(json.loads(argument))
            print(pid, flush=True)
        elif command == "poll":
            done, status = os.waitpid(int(argument), os.WNOHANG)
            print(f"exit {os.waitstatus_to_exitcode(status)}" if done else "running", flush=True)
        elif command == "wait":
            _, status = os.waitpid(int(argument), 0)
            print(f"exit {os.waitstatus_to_exitcode(status)}", flush=True)
    return 0


def _child(job: dict[str, object]) -> None:
    """In the fork: ``python -m module argv…``, its output into files (or dropped)."""
    code = 1
    try:
        null = os.open(os.devnull, os.O_RDWR)
        os.dup2(null, 0)
        for fd, name in ((1, "stdout"), (2, "stderr")):
            path = job.get(name)
            target = os.open(str(path), os.O_WRONLY | os.O_APPEND) if path else null
            os.dup2(target, fd)
        sys.stdout = open(1, "w", encoding="utf-8", buffering=1, closefd=False)  # noqa: SIM115
        sys.stderr = open(2, "w", encoding="utf-8", buffering=1, closefd=False)  # noqa: SIM115
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
        random.seed()  # not the server's state: each process draws its own
        if job.get("env") is not None:  # the environment of the test that started it
            os.environ.clear()
            os.environ.update(job["env"])  # type: ignore[arg-type]
        module = str(job["module"])
        sys.argv = [module, *[str(a) for a in job["argv"]]]  # type: ignore[attr-defined]
        try:
            runpy.run_module(module, run_name="__main__", alter_sys=True)
            code = 0
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
        except BaseException:
            traceback.print_exc()
            code = 1
    finally:
        for stream in (sys.stdout, sys.stderr):
            with contextlib.suppress(Exception):  # exiting anyway
                stream.flush()
        os._exit(code)


class ForkedProcess:
    """One forked process, answering as much of ``subprocess.Popen`` as the tests use
    (``poll``, ``send_signal``, ``kill``, ``wait``, ``communicate``, ``stdout.readline``);
    the fork server, its parent, reaps it."""

    def __init__(self, server: ForkServer, pid: int, out: Path | None, err: Path | None) -> None:
        self._server = server
        self.pid = pid
        self.returncode: int | None = None
        self._out, self._err = out, err
        self._read = 0
        self.stdout = self if out else None

    def poll(self) -> int | None:
        """The exit code, or None while it runs."""
        if self.returncode is None:
            answer = self._server.ask(f"poll {self.pid}")
            if answer != "running":
                self.returncode = int(answer.split()[1])
        return self.returncode

    def send_signal(self, sig: int) -> None:
        """Signal the process."""
        if self.returncode is None:
            os.kill(self.pid, sig)

    def kill(self) -> None:
        """``kill -9``."""
        self.send_signal(signal.SIGKILL)

    def wait(self, timeout: float | None = None) -> int:
        """Wait for it to end; raises ``subprocess.TimeoutExpired`` as Popen does."""
        deadline = None if timeout is None else time.monotonic() + timeout
        while self.poll() is None:
            if deadline is not None and time.monotonic() > deadline:
                raise subprocess.TimeoutExpired(str(self.pid), timeout or 0)
            time.sleep(0.01)
        assert self.returncode is not None
        return self.returncode

    def readline(self, timeout: float = 120) -> str:
        """The next line it wrote ("" once it ended without one)."""
        assert self._out is not None
        deadline = time.monotonic() + timeout
        while True:
            data = self._out.read_bytes()[self._read :]
            end = data.find(b"\n")
            if end >= 0:
                self._read += end + 1
                return data[: end + 1].decode("utf-8")
            if self.poll() is not None:
                self._read += len(data)
                return data.decode("utf-8")
            assert time.monotonic() < deadline, "no line from the process"
            time.sleep(0.01)

    def communicate(self, timeout: float | None = None) -> tuple[str, str]:
        """Wait for it to end; what it wrote to stdout (not read yet) and stderr."""
        self.wait(timeout)
        out = self._out.read_bytes()[self._read :].decode("utf-8") if self._out else ""
        err = self._err.read_text(encoding="utf-8") if self._err else ""
        return out, err


class ForkServer:
    """``with ForkServer(env, ["packstation.app"]) as server: server.start(...)``."""

    def __init__(self, env: dict[str, str], preload: list[str], folder: Path | None = None) -> None:
        self._folder = folder
        self._server = subprocess.Popen(
            [sys.executable, "-m", "tests.forkserver", *preload],
            cwd=ROOT,
            env={**env, "PYTHONPATH": os.pathsep.join([str(ROOT), env.get("PYTHONPATH", "")])},
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        self._started: list[ForkedProcess] = []
        ready = self._answer()
        assert ready == "ready", f"the fork server did not start: {ready!r}"

    def start(
        self,
        module: str,
        *argv: str,
        output: bool = False,
        env: dict[str, str] | None = None,
        folder: Path | None = None,
    ) -> ForkedProcess:
        """``python -m module argv…`` as a fork; ``output``: its stdout and stderr are kept
        (in files of ``folder``, by default the server's), else dropped; ``env``: its
        environment, by default the server's."""
        out = err = None
        folder = folder or self._folder
        if output:
            assert folder is not None, "output needs a folder"
            folder.mkdir(parents=True, exist_ok=True)
            n = len(self._started)
            out, err = folder / f"fork-{n}.out", folder / f"fork-{n}.err"
            out.write_bytes(b"")  # there before the fork writes: readline may look at once
            err.write_bytes(b"")
        job: dict[str, object] = {"module": module, "argv": list(argv), "env": env}
        job["stdout"], job["stderr"] = out and str(out), err and str(err)
        process = ForkedProcess(self, int(self.ask(f"start {json.dumps(job)}")), out, err)
        self._started.append(process)
        return process

    def ask(self, command: str) -> str:
        """Send one command to the server and return its answer."""
        assert self._server.stdin is not None
        self._server.stdin.write(command + "\n")
        self._server.stdin.flush()
        return self._answer()

    def _answer(self) -> str:
        assert self._server.stdout is not None
        line = self._server.stdout.readline()
        assert line, f"the fork server stopped (exit {self._server.poll()})"
        return line.strip()

    def stop_started(self, started: list[ForkedProcess] | None = None) -> None:
        """Kill these forks (by default every one) where still running; the server stays."""
        for process in self._started if started is None else started:
            if process.poll() is None:
                process.kill()
                process.wait()

    def close(self) -> None:
        """Kill any process still running, then stop the server."""
        self.stop_started()
        assert self._server.stdin is not None and self._server.stdout is not None
        self._server.stdin.close()
        try:
            self._server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self._server.kill()
            self._server.wait(timeout=10)
        self._server.stdout.close()

    def __enter__(self) -> ForkServer:
        return self

    def __exit__(
        self,
        _type: type[BaseException] | None,
        _value: BaseException | None,
        _traceback: TracebackType | None,
    ) -> None:
        self.close()


if __name__ == "__main__":
    sys.exit(_serve(sys.argv[1:]))
