"""Dashboard figures from real scan events in a real database equal the hand-counted values."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

from packstation.app import build_station
from packstation.domain.users import Role
from packstation.storage.uow import UnitOfWork
from tests.helpers import pack_every_unit


class Clock:
    def __init__(self):
        self.now = datetime(2026, 11, 23, 8, 0, tzinfo=UTC)

    def __call__(self):
        return self.now


def pack(station, clock, name, *, wrong=0, minutes=3):
    opened = station.packing.open_order(name)
    for _ in range(wrong):
        station.packing.scan(opened, "0000000000000")  # not in the order: a mis-scan
    pack_every_unit(opened, lambda code: station.packing.scan(opened, code))
    clock.now += timedelta(minutes=minutes)
    return station.packing.complete(opened).shipment


def test_figures_match_what_was_done(settings, demo_shop):
    clock = Clock()
    asa = build_station(settings, connector=demo_shop, clock=clock)
    bo = build_station(replace(settings, user="Bo"), connector=demo_shop, clock=clock)
    try:
        asa.puller.pull()
        first = pack(asa, clock, "#1001", wrong=2, minutes=4)
        second = pack(asa, clock, "#1002", minutes=2)
        clock.now += timedelta(hours=1)
        third = pack(bo, clock, "#1003", wrong=1, minutes=6)
        # an override by Bo on #1004, left open (not completed)
        bo.auth.add_user("Maja", Role.LEAD, pin="4711")
        opened = bo.packing.open_order("#1004")
        yes = bo.auth.authorise("pack.override", "#1004", "torn label", lead="Maja", pin="4711")
        bo.packing.confirm_by_hand(opened, opened.order.lines[0].line_id, yes)

        figures = asa.figures.shift(
            start=datetime(2026, 11, 23, 8, 0, tzinfo=UTC),
            end=datetime(2026, 11, 23, 10, 0, tzinfo=UTC),
        )
        by_user = {p.user: p for p in figures.packers}
        asa_scans = 2 + first.units + second.units  # every unit is one scan here
        assert (by_user["Åse"].orders, by_user["Åse"].units) == (2, first.units + second.units)
        assert (by_user["Åse"].scans, by_user["Åse"].mis_scans) == (asa_scans, 2)
        assert by_user["Åse"].overrides == 0
        assert by_user["Åse"].average_seconds_per_order == 180.0  # (4 + 2) min / 2
        assert by_user["Åse"].per_hour(figures.hours) == (1.0, (first.units + second.units) / 2)
        assert (by_user["Bo"].orders, by_user["Bo"].units) == (1, third.units)
        assert (by_user["Bo"].scans, by_user["Bo"].mis_scans) == (1 + third.units, 1)
        assert by_user["Bo"].overrides == 1
        assert by_user["Bo"].mis_scan_rate == 1 / (1 + third.units)
        assert figures.orders_per_hour == (
            (datetime(2026, 11, 23, 8, 0, tzinfo=UTC), 2),
            (datetime(2026, 11, 23, 9, 0, tzinfo=UTC), 1),
        )
        assert figures.sync_backlog == 3  # nothing pushed yet
        assert figures.exceptions_open == 1  # the override
        with UnitOfWork(asa.session_factory) as uow:
            packable = [r for r in uow.orders.queue() if r.status in ("OPEN", "IN_PROGRESS")]
            expected_open = sum(1 for r in packable if r.local_state in ("queued", "packing"))
        assert figures.open_orders == expected_open
    finally:
        asa.close()
        bo.close()
