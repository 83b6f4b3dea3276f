"""Packstation: a scan-to-verify packing station for e-commerce warehouses."""

from __future__ import annotations

import platform
import sys

# httpx imports its own command-line client, and with it click, rich and pygments (a hundred
# modules, a tenth of a second at every start), whenever those happen to be installed. The
# station never runs that client: marking it absent makes httpx skip it, as it does when they
# are not installed.
sys.modules.setdefault("httpx._main", None)  # type: ignore[arg-type]

# The one place the version is written: pyproject.toml reads it from here (setuptools "attr").
__version__ = "0.1.0"


def version_text() -> str:
    """``Packstation 0.1.0``: for ``--version``, the log's first line and the About box."""
    return f"Packstation {__version__}"


def build_details() -> str:
    """Python, platform and how Packstation was installed, for the log and the About box."""
    packaged = "installed application" if getattr(sys, "frozen", False) else "Python package"
    return (
        f"Python {platform.python_version()}, {platform.system()} {platform.machine()}, {packaged}"
    )
