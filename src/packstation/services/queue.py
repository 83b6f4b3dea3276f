"""The pack queue as the queue screen shows it: light rows, and what changed between two reads."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from itertools import pairwise
from typing import NamedTuple

from sqlalchemy.orm import Session, sessionmaker

from packstation.services.claims import DEFAULT_CLAIM_EXPIRY_SECONDS, claim_view
from packstation.services.refusals import ClaimView
from packstation.storage.uow import UnitOfWork
from packstation.sync.clock import Clock, utcnow


class QueueEntry(NamedTuple):
    """One row of the queue (a tuple: 50,000 of them stay small and compare fast)."""

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
    search_text: str  # lower-case order name, customer, batch and SKUs: what the filter reads
    batch: str = ""  # the open batch the order is in, as "#3 Batch 1"
    claim: ClaimView | None = None  # the bench packing it now, if any

    def claimed_elsewhere(self, station: str) -> bool:
        """Whether another bench holds the order (it cannot be opened here)."""
        return self.claim is not None and self.claim.station != station

    @property
    def on_hold(self) -> bool:
        """Whether the shop holds the order (a lead may release it)."""
        return self.status == "ON_HOLD"

    @property
    def queue_key(self) -> tuple[bool, datetime, str]:
        """Where the order stands in the queue: express first, then oldest first."""
        return (not self.express, self.created_at, self.fulfillment_order_id)


@dataclass(frozen=True)
class QueueDiff:
    """What changed between the rows shown (``base``) and a fresh read."""

    base: Mapping[str, QueueEntry]  # the rows the diff was made against
    fresh: Mapping[str, QueueEntry]  # the rows once it is applied (built off the GUI thread)
    removed: list[str]  # ids
    changed: list[QueueEntry]  # same place in the queue, new contents
    added: list[QueueEntry]  # new, or moved in the queue (also listed in ``removed``)
    # every row once applied, in queue order, and its search text: built off the GUI thread,
    # so a large diff is shown by swapping lists instead of moving rows one by one
    rows: list[QueueEntry] = field(default_factory=list)
    search: list[str] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        """Whether nothing changed."""
        return not (self.removed or self.changed or self.added)


def diff_entries(base: Mapping[str, QueueEntry], fresh: Sequence[QueueEntry]) -> QueueDiff:
    """The row changes that turn ``base`` into ``fresh`` (plain Python: runs on a worker)."""
    seen: dict[str, QueueEntry] = {}
    changed: list[QueueEntry] = []
    added: list[QueueEntry] = []
    removed: list[str] = []
    for entry in fresh:
        key = entry.fulfillment_order_id
        old = base.get(key)
        if old == entry:
            seen[key] = old  # the row shown stays: the fresh copy is dropped with the read
            continue
        seen[key] = entry
        if old is None:
            added.append(entry)
        elif old.queue_key == entry.queue_key:
            changed.append(entry)
        else:  # express added or removed: the row moves
            removed.append(key)
            added.append(entry)
    removed.extend(key for key in base if key not in seen)
    added.sort(key=lambda e: e.queue_key)
    rows = list(seen.values())
    if any(b.queue_key < a.queue_key for a, b in pairwise(rows)):  # a caller's, out of order
        rows.sort(key=lambda e: e.queue_key)
    return QueueDiff(
        base=base,
        fresh=seen,
        removed=removed,
        changed=changed,
        added=added,
        rows=rows,
        search=[e.search_text for e in rows],
    )


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

    def entries(self, first: int | None = None) -> list[QueueEntry]:
        """Every order waiting to be packed (or the ``first`` ones), express first, then
        oldest first."""
        with UnitOfWork(self._factory) as uow:
            rows = uow.orders.queue_rows(first)
            batches = uow.batches.open_batch_labels()
            now = self._clock()
            claims = {
                c.fulfillment_order_id: claim_view(c, now, self._expiry) for c in uow.claims.all()
            }
        entries = []
        for fo_id, name, customer, country, method, express, created, *rest in rows:
            status, local_state, hold_reason, lines, units, skus = rest
            batch = batches.get(fo_id, "")
            entries.append(
                QueueEntry(
                    fo_id,
                    name,
                    customer,
                    country,
                    lines,
                    int(units),
                    method,
                    bool(express),
                    created,
                    status,
                    local_state,
                    hold_reason,
                    f"{name} {customer} {batch} {skus}".casefold(),
                    batch,
                    claims.get(fo_id),
                )
            )
        entries.sort(key=lambda e: e.queue_key)
        return entries
