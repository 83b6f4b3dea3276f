"""The reusable pieces: the unknown-outcome policy (pure) and leases on a real SQLite file."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta

import pytest

from packstation.storage.uow import UnitOfWork
from packstation.sync.delivery import DeliveryFacts, DeliveryPolicy, Step
from tests.helpers import pack_order

T0 = datetime(2026, 11, 26, 8, 0, tzinfo=UTC)
POLICY = DeliveryPolicy(request_timeout_seconds=15, settle_seconds=45, lease_seconds=120)


def at(seconds: float) -> datetime:
    return T0 + timedelta(seconds=seconds)


def test_a_first_send_goes_out():
    assert POLICY.next_step(DeliveryFacts(0, None), T0).step is Step.SEND


def test_an_unknown_outcome_settles_before_anyone_looks():
    facts = DeliveryFacts(1, uncertain_at=T0)
    waiting = POLICY.next_step(facts, at(44))
    assert waiting.step is Step.WAIT and waiting.not_before == at(45)
    assert POLICY.next_step(facts, at(45)).step is Step.RECONCILE


def test_a_known_earlier_attempt_is_looked_up_without_waiting():
    assert POLICY.next_step(DeliveryFacts(2, None), T0).step is Step.RECONCILE


def test_a_refusal_after_an_unknown_outcome_is_not_final_until_looked_enough():
    assert POLICY.refusal_is_final(DeliveryFacts(1, None))
    assert not POLICY.refusal_is_final(DeliveryFacts(1, T0, looks=2))
    assert POLICY.refusal_is_final(DeliveryFacts(1, T0, looks=3))
    assert POLICY.next_step(DeliveryFacts(1, T0, looks=3), at(60)).step is Step.GIVE_UP


def test_the_settle_period_must_exceed_the_request_timeout():
    with pytest.raises(ValueError, match="settle"):
        DeliveryPolicy(request_timeout_seconds=15, settle_seconds=15)
    with pytest.raises(ValueError, match="lease"):
        DeliveryPolicy(request_timeout_seconds=15, settle_seconds=45, lease_seconds=10)
    scaled = DeliveryPolicy.for_timeout(2.0)
    assert scaled.settle_seconds > 2.0 and scaled.lease_seconds > 2.0


@pytest.fixture
def factory(station):
    """A real station's database (SQLite file) with one outbox row, from a real completion."""
    station.packing.complete(pack_order(station, "#1001"))
    return station.session_factory


def add_row(factory) -> int:
    with UnitOfWork(factory) as uow:
        [row] = uow.outbox.all()
        return row.id


def take(factory, row_id: int, owner: str, now: datetime) -> bool:
    with UnitOfWork(factory) as uow:
        taken = uow.outbox.leases.take(row_id, owner, now, 120, ("pending", "sending"))
        uow.commit()
    return taken


def test_one_lease_per_row_until_it_expires(factory):
    row_id = add_row(factory)
    assert take(factory, row_id, "a", T0)
    assert not take(factory, row_id, "b", at(119))
    assert take(factory, row_id, "a", at(60))  # the holder may renew
    with UnitOfWork(factory) as uow:
        assert uow.outbox.leases.holder(row_id, at(100)) == "a"
        assert not uow.outbox.leases.update_held(row_id, "b", state="done")
        uow.commit()
    assert take(factory, row_id, "b", at(181))  # a's lease ran out
    with UnitOfWork(factory) as uow:
        assert not uow.outbox.leases.release(row_id, "a")  # a writes nothing any more
        assert uow.outbox.leases.release(row_id, "b", state="done")
        uow.commit()
        row = uow.outbox.get(row_id)
        assert row is not None and (row.state, row.lease_owner) == ("done", "")
    assert not take(factory, row_id, "c", at(200))  # not in a state to take


def test_many_threads_racing_for_one_row_one_wins(factory):
    row_id = add_row(factory)
    winners: list[str] = []
    start = threading.Barrier(8)

    def race(owner: str) -> None:
        start.wait(10)
        if take(factory, row_id, owner, T0):
            winners.append(owner)

    threads = [threading.Thread(target=race, args=(f"w{n}",)) for n in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert len(winners) == 1
