"""The pack queue as the queue screen shows it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.orm import Session, sessionmaker

from packstation.services.claims import DEFAULT_CLAIM_EXPIRY_SECONDS, claim_view
from packstation.services.refusals import ClaimView
from packstation.storage.uow import UnitOfWork
from packstation.sync.clock import Clock, utcnow


@dataclass(frozen=True)
class QueueEntry:
    """One row of the queue."""

    fulfillment_order_id: str
    order_name: str
    customer: str
    country: str
    lines: int
    units: int
    shipping_method: str
    express: bool
    created_at: datetime
    status: str
    local_state: str
    hold_reason: str
    search_text: str
    batch: str = ""  # the open batch the order is in, as "#3 Batch 1"
    claim: ClaimView | None = None  # the bench packing it now, if any

    def claimed_elsewhere(self, station: str) -> bool:
        """Whether another bench holds the order (it cannot be opened here)."""
        return self.claim is not None and self.claim.station != station

    @property
    def on_hold(self) -> bool:
        """Whether the shop holds the order (a lead may release it)."""
        return self.status == "ON_HOLD"


class QueueService:
    """Reads the station's queue."""

    def __init__(
        self,
        session_factory: sessionmaker[Session],
        *,
        clock: Clock = utcnow,
        claim_expiry_seconds: float = DEFAULT_CLAIM_EXPIRY_SECONDS,
    ) -> None:
        self._factory = session_factory
        self._clock = clock
        self._expiry = claim_expiry_seconds

    def entries(self) -> list[QueueEntry]:
        """Every order waiting to be packed."""
        with UnitOfWork(self._factory) as uow:
            rows = uow.orders.queue()
            batches = uow.batches.open_batch_labels()
            now = self._clock()
            claims = {
                c.fulfillment_order_id: claim_view(c, now, self._expiry) for c in uow.claims.all()
            }
            return [
                QueueEntry(
                    fulfillment_order_id=row.id,
                    order_name=row.order_name,
                    customer=row.ship_name,
                    country=row.ship_country_code,
                    lines=len(row.lines),
                    units=sum(line.quantity for line in row.lines),
                    shipping_method=row.shipping_method,
                    express=row.express,
                    created_at=row.created_at,
                    status=row.status,
                    local_state=row.local_state,
                    hold_reason=row.hold_reason,
                    search_text=" ".join(
                        [
                            row.order_name,
                            row.ship_name,
                            batches.get(row.id, ""),
                            *(line.sku for line in row.lines),
                        ]
                    ).casefold(),
                    batch=batches.get(row.id, ""),
                    claim=claims.get(row.id),
                )
                for row in rows
            ]
