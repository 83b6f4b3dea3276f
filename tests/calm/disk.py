"""A small tmpfs mounted by the test: a disk that can be filled or made read-only."""

from __future__ import annotations

import contextlib
import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest


@contextlib.contextmanager
def small_disk(where: Path, size: str = "4m") -> Iterator[Path]:
    """Mount a tmpfs of ``size`` at ``where``; skipped (with the reason) where mounting fails."""
    where.mkdir(parents=True, exist_ok=True)
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(where)],
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )
    if mounted.returncode != 0:
        # Under CI=true the plugin turns a skip into a failure: there, mounting must work.
        pytest.skip(f"cannot mount a tmpfs here: {mounted.stderr.strip()}")
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], timeout=30, check=False)


def fill(disk: Path) -> None:
    """Write until the disk has no space left."""
    chunk = b"\0" * 65536
    with (disk / "filler.bin").open("wb") as out, contextlib.suppress(OSError):
        while True:
            out.write(chunk)
            out.flush()
            os.fsync(out.fileno())


def read_only(disk: Path) -> None:
    """Remount the disk read-only."""
    subprocess.run(["mount", "-o", "remount,ro", str(disk)], timeout=30, check=True)
