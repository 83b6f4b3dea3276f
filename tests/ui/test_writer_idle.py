"""Opening an order waits for the scans already made to be written, and only then: the writer
thread knows whether anything it was given is unwritten (issue 18, the slip scan)."""

from __future__ import annotations

import threading

import pytest

from packstation.ui.shared.state import WriterExecutor

pytestmark = pytest.mark.gui


def test_the_writer_is_idle_only_once_every_write_given_is_done():
    writer = WriterExecutor()
    release, written = threading.Event(), []
    try:
        assert writer.idle
        first = writer.submit(release.wait, 10)
        second = writer.submit(written.append, "scan")
        assert not writer.idle  # the first is held, the second waits behind it
        release.set()
        second.result(10)
        assert first.result(10) is True and written == ["scan"]
        for _ in range(500):  # the last done-callback runs just after the result is set
            if writer.idle:
                break
            threading.Event().wait(0.01)
        assert writer.idle
    finally:
        release.set()
        writer.shutdown(wait=True)


def test_a_write_refused_at_shutdown_is_not_counted_as_unwritten():
    writer = WriterExecutor()
    writer.shutdown(wait=True)
    with pytest.raises(RuntimeError):
        writer.submit(print, "late")
    assert writer.idle
