"""Under CI=true a skipped test fails the run; elsewhere a skip is only reported."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow
ROOT = Path(__file__).resolve().parents[1]


SKIPS = "def test_skips():\n    pytest.skip('a tool is missing')\n"
KERNEL_SKIP = (
    "@pytest.mark.kernel_device\n"
    "@pytest.mark.skipif(True, reason='this kernel has no such device')\n"
    "def test_needs_a_device():\n    pass\n"
)


def run_pytest(tmp_path: Path, ci: str, skips: str = SKIPS) -> subprocess.CompletedProcess[str]:
    (tmp_path / "test_one.py").write_text(
        "import pytest\n\ndef test_runs():\n    assert True\n\n" + skips,
        encoding="utf-8",
    )
    env = {**os.environ, "CI": ci}
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "tests.ci_plugin",
            "-p",
            "no:cacheprovider",
            "-p",
            "no:xdist",
            "-c",
            os.devnull,
            "--rootdir",
            str(tmp_path),
            str(tmp_path),
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_a_skip_fails_the_run_under_ci(tmp_path):
    result = run_pytest(tmp_path, "true")
    assert result.returncode == 1, result.stdout
    assert "1 test(s) skipped" in result.stdout


def test_a_skip_is_only_reported_outside_ci(tmp_path):
    result = run_pytest(tmp_path, "")
    assert result.returncode == 0, result.stdout


def test_only_a_missing_kernel_device_may_skip_under_ci(tmp_path):
    assert run_pytest(tmp_path, "true", KERNEL_SKIP).returncode == 0
    result = run_pytest(tmp_path, "true", KERNEL_SKIP + "\n" + SKIPS)
    assert result.returncode == 1, result.stdout
    assert "1 test(s) skipped" in result.stdout
