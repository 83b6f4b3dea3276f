"""Where the files shipped beside the code live (templates, translations, logos)."""

from __future__ import annotations

import sys
from pathlib import Path


def resources_dir() -> Path:
    """``resources/`` of a source checkout or beside the installed application (the installer
    puts it next to the program's folder), else the copy installed with the package."""
    checkout = Path(__file__).resolve().parents[2] / "resources"
    return (
        checkout if checkout.is_dir() else Path(sys.prefix) / "share" / "packstation" / "resources"
    )
