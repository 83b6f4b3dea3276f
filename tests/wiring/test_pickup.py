"""End of day: a lead books the carrier's pickup of today's parcels, once a day."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from packstation.services.auth import Authorisation
from packstation.services.pickups import PickupRefused, default_window
from packstation.storage.uow import UnitOfWork
from tests.helpers import pack_order
from tests.wiring.conftest import names_in, sync_until_settled

LEAD = Authorisation(lead="Maja Lind", action="pickup.book", reason="end of day")


def test_todays_parcels_are_collected_once(station, shipmondo):
    names = names_in(station, ("SE",), 2)  # PostNord: the platform takes its pickups
    shipments = [station.packing.complete(pack_order(station, n)).shipment for n in names]
    [_gls] = [
        station.packing.complete(pack_order(station, n)) for n in names_in(station, ("DK",), 1)
    ]
    sync_until_settled(station)  # a booking that timed out on a loaded machine is made now
    days = {day.carrier_code: day for day in station.pickups.today()}
    day = days["post_nord"]
    assert (day.parcels, day.pickup_booked_at, day.can_book) == (2, None, True)
    assert not days["gls"].can_book
    ready = datetime.now().astimezone() + timedelta(minutes=15)
    with pytest.raises(PickupRefused, match="standing agreement"):
        station.pickups.book("gls", ready, ready + timedelta(hours=2), LEAD)
    pickup = station.pickups.book("post_nord", ready, ready + timedelta(hours=2), LEAD)
    assert pickup.shipment_count == 2
    [asked] = shipmondo.store.pickups
    booked_ids = {shipmondo.store.with_reference(s.shipment_id)[0]["id"] for s in shipments}
    assert set(asked["shipment_ids"]) == booked_ids
    assert {d.carrier_code: d for d in station.pickups.today()}["post_nord"].pickup_booked_at
    with pytest.raises(PickupRefused, match="already booked today"):
        station.pickups.book("post_nord", ready, ready + timedelta(hours=2), LEAD)
    with UnitOfWork(station.session_factory) as uow:
        [entry] = uow.audit.entries(["pickup.booked"])
        assert "Maja Lind" in entry.detail
    assert len(shipmondo.store.pickups) == 1


def test_no_parcels_or_a_wrong_window_is_refused_in_words(station):
    ready = datetime.now().astimezone()
    with pytest.raises(PickupRefused, match="close after"):
        station.pickups.book("post_nord", ready, ready, LEAD)
    with pytest.raises(PickupRefused, match="No parcels"):
        station.pickups.book("post_nord", ready, ready + timedelta(hours=1), LEAD)


def test_the_default_window_ends_at_the_cutoff():
    now = datetime(2026, 11, 26, 12, 0).astimezone()
    ready, closed = default_window(now, "15:00")
    assert (ready.hour, ready.minute, closed.hour, closed.minute) == (12, 15, 15, 0)
    late = datetime(2026, 11, 26, 16, 0).astimezone()
    ready, closed = default_window(late, "15:00")
    assert closed - ready == timedelta(hours=2)


class YesLead:
    """A lead who says yes at once (the PIN dialog has its own tests)."""

    def __init__(self):
        self.asked = []

    def ask_lead(self, question, action, subject, on_yes, *, reason="", over=None):
        self.asked.append((question, action))
        on_yes(LEAD)


@pytest.mark.gui
def test_the_pickup_dialog_books_the_chosen_carrier(qtbot, station, shipmondo):
    from packstation.ui.lead.pickup import PickupController, PickupView
    from packstation.ui.shared.state import StationState

    for name in names_in(station, ("SE",), 1):
        station.packing.complete(pack_order(station, name))
    sync_until_settled(station)
    state = StationState(station)
    view = PickupView()
    qtbot.addWidget(view)
    asker = YesLead()
    controller = PickupController(state, asker, view)  # type: ignore[arg-type]
    assert view.table.rowCount() == 1 and view.table.item(0, 2).text() == "not booked"
    with qtbot.waitSignal(controller.booked, timeout=10000) as booked:
        view.book_button.click()
    assert booked.args[0] is True, booked.args
    assert asker.asked[0][1] == "pickup.book"
    assert view.table.item(0, 2).text().startswith("booked at")
    assert len(shipmondo.store.pickups) == 1
    view.close()
    state.shutdown()
