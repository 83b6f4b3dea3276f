"""Opening an order waits for the scans already made to be written, and only then: the writer
thread knows whether anything it was given is unwritten (issue 18, the slip scan); a write's
outcome reaches the GUI thread after the code that asked for it, however fast it failed."""

from __future__ import annotations

import threading
from concurrent.futures import Executor, Future

import pytest

from packstation.ui.shared.state import WriterExecutor
from packstation.ui.shared.tasks import ResultPoster

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


class _AtOnce(Executor):
    """Runs each job as it is given: its future is done before anyone can attach to it."""

    def submit(self, fn, /, *args, **kwargs):  # type: ignore[no-untyped-def]
        future: Future = Future()
        try:
            future.set_result(fn(*args, **kwargs))
        except Exception as exc:  # handed on through the future
            future.set_exception(exc)
        return future


def test_a_result_is_delivered_after_the_code_that_asked_for_it(qapp):
    poster = ResultPoster()
    heard = []

    def fail() -> None:
        raise RuntimeError("the write failed at once")

    poster.run(_AtOnce(), fail, lambda result, error: heard.append(str(error)))
    heard.append("the scan's own banner")  # what the asking code does next
    for _ in range(50):
        qapp.processEvents()
        if len(heard) == 2:
            break
    assert heard == ["the scan's own banner", "the write failed at once"]
    assert poster.pending == 0
