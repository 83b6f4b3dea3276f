"""The outbox repository: the durable queue of messages to the shop."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, or_, select, update
from sqlalchemy.orm import Session

from packstation.storage.leases import LeaseRepository
from packstation.storage.models import OutboxRow


class OutboxRepository:
    """The durable queue of messages to the shop; ``leases`` gives one worker per row."""

    def __init__(self, session: Session) -> None:
        self._s = session
        self.leases = LeaseRepository(session, OutboxRow)

    def enqueue(self, row: OutboxRow) -> None:
        """Queue a message (committed with the change that caused it)."""
        self._s.add(row)

    def due(self, now: datetime, limit: int = 50) -> list[OutboxRow]:
        """Messages with work to do now that no live lease holds.

        Pending ones whose time has come, ones left ``sending`` by a worker that is gone,
        delivered ones a lead voided (to cancel), and delivered resends due a duplicate check.
        """
        stmt = (
            select(OutboxRow)
            .where(
                or_(OutboxRow.lease_until.is_(None), OutboxRow.lease_until <= now),
                or_(
                    (OutboxRow.state == "pending") & (OutboxRow.next_attempt_at <= now),
                    OutboxRow.state == "sending",
                    (OutboxRow.state == "done")
                    & OutboxRow.void_requested.is_(True)
                    & (OutboxRow.next_attempt_at <= now),
                    (OutboxRow.state == "done") & (OutboxRow.verify_at <= now),
                ),
            )
            .order_by(OutboxRow.id)
            .limit(limit)
        )
        return list(self._s.scalars(stmt))

    def get(self, outbox_id: int) -> OutboxRow | None:
        """A message by id (read fresh from the database)."""
        return self._s.get(OutboxRow, outbox_id, populate_existing=True)

    def for_shipment(self, shipment_id: str) -> OutboxRow | None:
        """The message that sends a shipment to the shop."""
        return self._s.scalars(
            select(OutboxRow).where(OutboxRow.shipment_id == shipment_id)
        ).first()

    def claim(
        self,
        outbox_id: int,
        from_states: tuple[str, ...],
        to_state: str,
        *,
        never_sent: bool = False,
    ) -> bool:
        """Move a message between states only if it is still in one of ``from_states``
        (and, with ``never_sent``, was never tried).

        One conditional UPDATE, so a pusher and a lead's void never both win the same row.
        """
        condition = [OutboxRow.id == outbox_id, OutboxRow.state.in_(from_states)]
        if never_sent:
            condition.append(OutboxRow.attempts == 0)
        stmt = (
            update(OutboxRow)
            .where(*condition)
            .values(state=to_state)
            .execution_options(synchronize_session="fetch")
        )
        result = self._s.execute(stmt)
        return bool(getattr(result, "rowcount", 0))

    def waiting_count(self) -> int:
        """Messages not yet delivered (pending, uncertain or held for their carrier booking),
        and cancellations to send."""
        stmt = select(func.count()).where(
            OutboxRow.state.in_(("pending", "sending", "held"))
            | ((OutboxRow.state == "done") & OutboxRow.void_requested.is_(True))
        )
        return self._s.scalar(stmt) or 0

    def open_for_order(self, fulfillment_order_id: str) -> int:
        """Undelivered messages of one order."""
        stmt = select(func.count()).where(
            OutboxRow.fulfillment_order_id == fulfillment_order_id,
            OutboxRow.state.in_(("pending", "sending", "held")),
        )
        return self._s.scalar(stmt) or 0

    def ready_for_pickup(self, fulfillment_order_id: str) -> bool:
        """Whether the shop told the customer this collect-in-store order is ready."""
        stmt = select(func.count()).where(
            OutboxRow.fulfillment_order_id == fulfillment_order_id,
            OutboxRow.kind == "pickup_ready",
            OutboxRow.state == "done",
        )
        return bool(self._s.scalar(stmt))

    def all(self) -> list[OutboxRow]:
        """Every message, oldest first."""
        return list(self._s.scalars(select(OutboxRow).order_by(OutboxRow.id)))
