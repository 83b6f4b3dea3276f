"""Where the suite's CPU goes: ``pytest -p tests.cpu_plugin`` records, per test, the CPU of the
process running it (all its threads) and of the child processes it waited for, and writes
tables per test and per module to ``PACKSTATION_CPU_DIR`` (default: a folder in the temp dir).

Setup, call and teardown count for the test, so a module-scoped fixture counts for the test
that first asks for it and the one it is torn down after; a child process counts once it has
been waited for (the station fork server's forks when the server ends, with the test process).
With pytest-xdist each worker writes its own lines; the controller adds them up at the end.
Figures are printed, never judged: ``./dev test -m "not xserver" -p tests.cpu_plugin``.
"""

from __future__ import annotations

import json
import os
import resource
import tempfile
import time
from collections import defaultdict
from collections.abc import Generator
from pathlib import Path

import pytest

TOP = 60  # rows in the per-test table


def _folder() -> Path:
    folder = os.environ.get("PACKSTATION_CPU_DIR")
    return Path(folder) if folder else Path(tempfile.gettempdir()) / "packstation-cpu"


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _worker(config: pytest.Config) -> str:
    workerinput = getattr(config, "workerinput", None)
    return str(workerinput["workerid"]) if workerinput else "main"


def pytest_configure(config: pytest.Config) -> None:
    """Start a fresh folder (the controller, or a run without xdist)."""
    if _worker(config) == "main":
        folder = _folder()
        folder.mkdir(parents=True, exist_ok=True)
        for old in folder.glob("*.jsonl"):
            old.unlink()


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_protocol(item: pytest.Item) -> Generator[None, None, None]:
    """Measure setup, call and teardown of one test."""
    wall, own, children = time.perf_counter(), time.process_time(), _children_cpu()
    yield
    record = {
        "test": item.nodeid,
        "own": time.process_time() - own,
        "children": _children_cpu() - children,
        "wall": time.perf_counter() - wall,
    }
    path = _folder() / f"{_worker(item.config)}.jsonl"
    with path.open("a", encoding="utf-8") as out:
        out.write(json.dumps(record) + "\n")


def pytest_unconfigure(config: pytest.Config) -> None:
    """A worker notes its whole CPU (collection and session fixtures included); the
    controller writes the tables."""
    worker = _worker(config)
    whole = {
        "test": "<whole process>",
        "own": time.process_time(),
        "children": _children_cpu(),
        "wall": 0.0,
    }
    with (_folder() / f"{worker}.jsonl").open("a", encoding="utf-8") as out:
        out.write(json.dumps(whole) + "\n")
    if worker == "main":
        _write_tables(_folder())


def _write_tables(folder: Path) -> None:
    tests: list[dict[str, float | str]] = []
    processes: list[dict[str, float | str]] = []
    for path in sorted(folder.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            if record["test"] == "<whole process>":
                processes.append({**record, "test": f"{path.stem}: whole process"})
            else:
                tests.append(record)
    modules: dict[str, list[float]] = defaultdict(lambda: [0.0, 0.0, 0.0, 0.0])
    for record in tests:
        row = modules[str(record["test"]).split("::", 1)[0]]
        row[0] += float(record["own"])
        row[1] += float(record["children"])
        row[2] += float(record["wall"])
        row[3] += 1

    def line(name: str, own: float, children: float, wall: float, extra: str = "") -> str:
        return f"{own + children:8.2f} {own:8.2f} {children:8.2f} {wall:8.2f} {extra}{name}"

    head = f"{'cpu':>8} {'own':>8} {'children':>8} {'wall':>8} "
    out = ["# per module (seconds)", head + "  n module"]
    ranked = sorted(modules.items(), key=lambda kv: -(kv[1][0] + kv[1][1]))
    out += [line(m, r[0], r[1], r[2], f"{int(r[3]):3d} ") for m, r in ranked]
    total_own = sum(r[0] for r in modules.values())
    total_children = sum(r[1] for r in modules.values())
    out.append(line("all tests", total_own, total_children, sum(r[2] for r in modules.values())))
    out += ["", "# per process, whole (collection and session fixtures included)", head]
    for record in processes:
        out.append(line(str(record["test"]), float(record["own"]), float(record["children"]), 0))
    out += ["", f"# top {TOP} tests", head]
    ranked_tests = sorted(tests, key=lambda r: -(float(r["own"]) + float(r["children"])))
    for record in ranked_tests[:TOP]:
        own, children = float(record["own"]), float(record["children"])
        out.append(line(str(record["test"]), own, children, float(record["wall"])))
    (folder / "table.txt").write_text("\n".join(out) + "\n", encoding="utf-8")
