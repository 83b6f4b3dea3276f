"""Hold Python's garbage collector off during short critical stretches, from any thread.

A full collection stops every thread while it walks the heap (tens of milliseconds in a
station holding a large queue). Inside a write transaction it would hold SQLite's write lock
that long; inside the queue's read it would stop the GUI thread. Collection is disabled while
any thread is inside :func:`paused` and resumes when the last one leaves, so two threads
pausing at once do not turn it back on under each other.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_inside = 0
_was_enabled = False


@contextmanager
def paused() -> Iterator[None]:
    """No garbage collection until the block (and every other thread's) is done."""
    global _inside, _was_enabled
    with _lock:
        if _inside == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _inside += 1
    try:
        yield
    finally:
        with _lock:
            _inside -= 1
            if _inside == 0 and _was_enabled:
                gc.enable()
