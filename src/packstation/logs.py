"""Logging to a rotating file in the data folder (never tokens or secrets)."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from packstation import build_details, version_text


def setup_logging(log_dir: Path, level: int = logging.INFO) -> Path:
    """Log to ``packstation.log`` in ``log_dir``; a start's first line names the version."""
    log_dir.mkdir(parents=True, exist_ok=True)
    path = log_dir / "packstation.log"
    root = logging.getLogger("packstation")
    root.setLevel(level)
    if not any(isinstance(h, logging.handlers.RotatingFileHandler) for h in root.handlers):
        handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=2_000_000, backupCount=5, encoding="utf-8"
        )
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        root.addHandler(handler)
        root.info("%s starting (%s)", version_text(), build_details())
    return path
