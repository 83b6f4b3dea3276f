"""``packstation doctor`` checks the carrier account in words (a real subprocess)."""

from __future__ import annotations

from tests.test_cli import run_with


def test_doctor_checks_the_carrier_account(tmp_path, emulator):
    env = {
        "PACKSTATION_CARRIER_KIND": "shipmondo",
        "PACKSTATION_CARRIER_BASE_URL": emulator.url,
        "PACKSTATION_CARRIER_API_USER": emulator.api_user,
        "PACKSTATION_CARRIER_API_KEY": emulator.api_key,
    }
    doctor = run_with(tmp_path, env, "--demo", "doctor")
    assert "[ok] carrier: account Emulated Webshop ApS answers" in doctor.stdout, doctor.stderr
    assert "[ok] carrier products: " in doctor.stdout
    assert emulator.api_key not in doctor.stdout + doctor.stderr
    env["PACKSTATION_CARRIER_API_KEY"] = "wrong"
    refused = run_with(tmp_path, env, "--demo", "doctor")
    assert refused.returncode == 1
    assert "[FAIL] carrier: shipmondo at " in refused.stdout
    assert "The carrier account refused the key" in refused.stdout
