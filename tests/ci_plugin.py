"""Under CI=true a skipped test fails the run: CI must run the whole suite."""

from __future__ import annotations

import os

import pytest


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """Under CI=true a skipped test fails the run: CI must run the whole suite."""
    if os.environ.get("CI", "").lower() != "true" or hasattr(session.config, "workerinput"):
        return
    reporter = session.config.pluginmanager.get_plugin("terminalreporter")
    skipped = reporter.stats.get("skipped", []) if reporter is not None else []
    # A test marked kernel_device skips only where this kernel lacks the device it needs
    # (checked in its skipif): no install can add it, so that one skip is not a failure.
    skipped = [r for r in skipped if "kernel_device" not in getattr(r, "keywords", {})]
    if skipped and exitstatus == pytest.ExitCode.OK:
        reporter.write_line(
            f"CI=true: {len(skipped)} test(s) skipped; CI runs every test, so this run fails "
            "(install what the skip reasons name).",
            red=True,
        )
        session.exitstatus = pytest.ExitCode.TESTS_FAILED
