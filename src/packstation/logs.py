"""Logging to a rotating file in the data folder (never tokens or secrets)."""

from __future__ import annotations

import logging
import logging.handlers
import sys
from pathlib import Path

from packstation import build_details, version_text

_NAME = "packstation"  # our handler, so a second start adds no other
_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


class _CalmFileHandler(logging.handlers.RotatingFileHandler):
    """A log file that, when the disk fills up, says so once instead of a traceback a line."""

    _complained = False

    def handleError(self, record: logging.LogRecord) -> None:  # noqa: N802 (logging's name)
        """Report a failed write once, in words."""
        if not self._complained:
            self._complained = True
            reason = sys.exc_info()[1]
            print(
                f"packstation: cannot write the log file {self.baseFilename}: {reason}",
                file=sys.stderr,
            )


def setup_logging(log_dir: Path, level: int = logging.INFO) -> Path:
    """Log to ``packstation.log`` in ``log_dir``; a start's first line names the version.

    A data folder that cannot be written (read-only, full) must not stop the start: the log
    then goes to standard error, and its first line says why.
    """
    path = log_dir / "packstation.log"
    root = logging.getLogger("packstation")
    root.setLevel(level)
    if any(h.get_name() == _NAME for h in root.handlers):
        return path
    problem = ""
    handler: logging.Handler
    try:
        log_dir.mkdir(parents=True, exist_ok=True)
        handler = _CalmFileHandler(path, maxBytes=2_000_000, backupCount=5, encoding="utf-8")
    except OSError as exc:
        problem = f"cannot write the log in {log_dir} ({exc.strerror or exc}): logging to stderr"
        handler = logging.StreamHandler(sys.stderr)
    handler.set_name(_NAME)
    handler.setFormatter(logging.Formatter(_FORMAT))
    root.addHandler(handler)
    root.info("%s starting (%s)", version_text(), build_details())
    if problem:
        root.warning("%s", problem)
    return path
