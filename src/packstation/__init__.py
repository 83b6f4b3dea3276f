"""Packstation: a scan-to-verify packing station for e-commerce warehouses."""

from __future__ import annotations

import platform
import sys

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
