"""``packstation doctor`` speaks the station's language; ``[ok]`` and ``[FAIL]`` stay codes."""

from __future__ import annotations

import os
import subprocess
import sys


def test_doctor_speaks_danish(tmp_path):
    env = {
        **os.environ,
        "PACKSTATION_DATA_DIR": str(tmp_path / "data"),
        "PACKSTATION_CONFIG": str(tmp_path / "config.toml"),
        "PACKSTATION_LANGUAGE": "da",
    }
    done = subprocess.run(
        [sys.executable, "-m", "packstation", "doctor", "--demo"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    out = done.stdout
    for part in ("database", "webshop", "labelprinter", "pakkeseddelprinter", "scanner", "synk"):
        assert f"[ok] {part}: " in out
    assert "forsendelser venter på at blive sendt til webshoppen" in out
    assert "ordrer pakkes" in out
    assert "waiting to be sent" not in out and "answers" not in out
    # the scale, the carrier and the printers' states are said in Danish too
    assert "[ok] vægt: ingen sat op: labels bruger den forventede vægt" in out
    assert "[ok] fragtfirma: intet sat op" in out
    assert "Spoolmappe: Klar (" in out and "Ready" not in out and "none configured" not in out
