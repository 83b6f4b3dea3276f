"""Each station prints its own jobs, takes a job only while it waits, and recovers only the jobs
a dead process of its own left behind."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import replace

import pytest

from packstation.app import build_station
from packstation.storage.models import StationProcessRow
from packstation.storage.uow import UnitOfWork
from tests.helpers import pack_order
from tests.templates import prepare_pulled


@pytest.fixture
def benches(settings, demo_shop, tmp_path):
    prepare_pulled(settings, demo_shop)
    one = build_station(settings, connector=demo_shop)
    one.puller.pull()
    two = build_station(
        replace(settings, station_name="Bench 2", user="Kari", spool_dir=tmp_path / "spool2"),
        connector=demo_shop,
    )
    yield one, two
    one.close()
    two.close()


def _complete(station, name):
    opened = pack_order(station, name)
    return station.packing.complete(opened).shipment


def test_a_station_prints_only_its_own_jobs(benches):
    one, two = benches
    _complete(one, "#1001")
    assert two.printing.process_due().done == ()
    assert len(one.printing.process_due().done) == 2
    assert len(list(one.settings.spool_folder.iterdir())) == 2
    assert not two.settings.spool_folder.exists() or not any(two.settings.spool_folder.iterdir())


def test_a_job_is_taken_for_sending_only_while_it_waits(benches):
    one, _two = benches
    shipment = _complete(one, "#1001")
    with UnitOfWork(one.session_factory) as uow:
        job = uow.print_jobs.for_shipment(shipment.shipment_id)[0]
        assert uow.print_jobs.take_for_sending(job.id, "a")
        assert not uow.print_jobs.take_for_sending(job.id, "b")
        uow.commit()
    run = one.printing.process_due()
    assert job.id not in run.done and len(run.done) == 1


def _sending(station, shipment_id, sender):
    with UnitOfWork(station.session_factory) as uow:
        jobs = uow.print_jobs.for_shipment(shipment_id)
        for job in jobs:
            job.state, job.sender = "sending", sender
        uow.commit()
        return [job.id for job in jobs]


def _states(station, ids):
    with UnitOfWork(station.session_factory) as uow:
        return {uow.print_jobs.get(i).state for i in ids}  # type: ignore[union-attr]


def test_recovery_leaves_live_senders_and_other_stations_alone(benches, settings, demo_shop):
    one, two = benches
    shipment = _complete(one, "#1001")
    ids = _sending(one, shipment.shipment_id, one.presence.identity.token)
    # Bench 2 starting, and a second Bench 1 process (a CLI command), leave them alone.
    assert two.printing.recover() == 0
    cli = build_station(settings, connector=demo_shop)
    try:
        assert cli.printing.recover() == 0
        assert _states(one, ids) == {"sending"}
        # A process that died (its pid is gone) left them: those become uncertain.
        dead = subprocess.run(
            [sys.executable, "-c", "import os; print(os.getpid())"],
            capture_output=True,
            text=True,
            check=True,
        )
        pid = int(dead.stdout)
        with UnitOfWork(one.session_factory) as uow:
            uow.processes.register(
                StationProcessRow(
                    token="gone",
                    station="Bench 1",
                    host=one.presence.identity.host,
                    pid=pid,
                    started_at=one.printing._clock(),
                    beat_at=one.printing._clock(),
                )
            )
            uow.commit()
        _sending(one, shipment.shipment_id, "gone")
        assert two.printing.recover() == 0
        assert cli.printing.recover() == 2
        assert _states(one, ids) == {"uncertain"}
    finally:
        cli.close()
