"""The unknown-outcome rule for sends without an idempotency key (pure: no I/O, no clock).

Used for every kind of outbox row (fulfillments now, carrier bookings next). The caller keeps
the facts in the row's DeliveryColumns and asks :class:`DeliveryPolicy` what to do:

- ``SEND``: nothing may be out there; send (after a reconcile read when attempts were made).
- ``WAIT``: an earlier send may still commit late; do nothing before ``not_before``.
- ``RECONCILE``: the settle period is over; look for our earlier send, then send only if it
  is not there (the read happens right before the send).
- ``GIVE_UP``: looked often enough after refusals; tell a person.

See docs/sync.md, "Unknown outcomes", for the rule and its limits.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import Enum


class Step(Enum):
    """What to do with a row now."""

    SEND = "send"
    WAIT = "wait"
    RECONCILE = "reconcile"
    GIVE_UP = "give_up"


@dataclass(frozen=True)
class DeliveryFacts:
    """What the row knows about its earlier sends."""

    attempts: int  # sends started (committed before each went out)
    uncertain_at: datetime | None  # when the last send's outcome became unknown, if it did
    looks: int = 0  # reconcile reads after refusals that found nothing


@dataclass(frozen=True)
class Decision:
    """The step, and for WAIT the earliest time to come back."""

    step: Step
    not_before: datetime | None = None


@dataclass(frozen=True)
class DeliveryPolicy:
    """Settle period, lease length and patience after refusals.

    ``settle_seconds`` must be longer than the request timeout (a request the shop took at the
    last moment gets that long to commit before we look); the lease must outlast one send.
    """

    request_timeout_seconds: float = 15.0
    settle_seconds: float = 45.0
    lease_seconds: float = 120.0
    max_looks: int = 3

    def __post_init__(self) -> None:
        if self.settle_seconds <= self.request_timeout_seconds:
            raise ValueError("the settle period must be longer than the request timeout")
        if self.lease_seconds <= self.request_timeout_seconds:
            raise ValueError("a lease must outlast one request")

    @classmethod
    def for_timeout(cls, request_timeout_seconds: float) -> DeliveryPolicy:
        """The defaults scaled to a request timeout: settle 3x, lease 8x."""
        return cls(
            request_timeout_seconds=request_timeout_seconds,
            settle_seconds=3 * request_timeout_seconds,
            lease_seconds=8 * request_timeout_seconds,
        )

    def next_step(self, facts: DeliveryFacts, now: datetime) -> Decision:
        """What to do with a row that is due."""
        if facts.uncertain_at is not None:
            settled = facts.uncertain_at + timedelta(seconds=self.settle_seconds)
            if now < settled:
                return Decision(Step.WAIT, settled)
            if facts.looks >= self.max_looks:
                return Decision(Step.GIVE_UP)
            return Decision(Step.RECONCILE)
        if facts.attempts > 0:  # outcome known (refused, or a lead sent it again): still look
            return Decision(Step.RECONCILE)
        return Decision(Step.SEND)

    def refusal_is_final(self, facts: DeliveryFacts) -> bool:
        """A refusal is final only when no earlier send may have committed.

        After an unknown outcome the refusal is probably our own earlier send (over-fulfilment
        refused, order now closed): look again after the settle period instead.
        """
        return facts.uncertain_at is None or facts.looks >= self.max_looks

    def settle_until(self, now: datetime) -> datetime:
        """When a row whose outcome became unknown at ``now`` may be reconciled."""
        return now + timedelta(seconds=self.settle_seconds)

    def verify_at(self, sent_at: datetime) -> datetime:
        """When to look for a late duplicate of a resend that followed an unknown outcome."""
        return sent_at + timedelta(seconds=self.settle_seconds)

    def lease_for(self) -> float:
        """Seconds of lease a worker takes for one row."""
        return self.lease_seconds
