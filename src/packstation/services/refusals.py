"""Why the station will not let an order be packed now, in words the packer reads."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from packstation.i18n.said import said


class PackingRefused(Exception):
    """The station will not let this order be packed or shipped now; ``str()`` says why."""


class OrderNotFound(PackingRefused):
    """No order with the scanned number is known to the station."""


@dataclass(frozen=True)
class ClaimView:
    """Who is packing an order, as the queue and the shift lead see it."""

    fulfillment_order_id: str
    order_name: str
    station: str
    user: str
    claimed_at: datetime
    beat_at: datetime
    expired: bool
    taken_over_by: str = ""

    @property
    def text(self) -> str:
        """ "being packed at Bench 2 by Åse", or that the bench stopped answering."""
        if self.expired:
            since = self.beat_at.astimezone().strftime("%H:%M")
            return said(
                "Claims",
                "was being packed at {station} by {user}; {station} has not answered since {since}",
                station=self.station,
                user=self.user,
                since=since,
            )
        return said(
            "Claims", "being packed at {station} by {user}", station=self.station, user=self.user
        )


class ClaimedElsewhere(PackingRefused):
    """Another bench holds the order; ``claim`` says which, and whether it has gone quiet."""

    def __init__(self, claim: ClaimView) -> None:
        if claim.expired:
            message = said(
                "Claims",
                "{order} {claim}: a shift lead can take it over",
                order=claim.order_name,
                claim=claim.text,
            )
        else:
            message = said("Claims", "{order} is {claim}", order=claim.order_name, claim=claim.text)
        super().__init__(message)
        self.claim = claim


class ClaimLost(PackingRefused):
    """This bench no longer holds the order (a lead took it over, or it was packed elsewhere)."""


class OrderChangedInShop(PackingRefused):
    """The shop removed, reduced or closed lines already scanned here: set aside for a lead."""
