"""One worker's hold on rows of one table: take a lease, change rows while held, give back.

Reusable for any row kind with DeliveryColumns (outbox fulfillments now, carrier bookings
next). Every change is conditional on still holding the lease and is audited in the same
transaction; a worker whose lease ran out (it was paused, or presumed dead) writes nothing.
"""

from __future__ import annotations

import logging
import os
import socket
import uuid
from collections.abc import Callable, Sequence
from datetime import datetime, timedelta
from typing import Generic, TypeVar

from sqlalchemy.orm import Session, sessionmaker

from packstation.storage.leases import LeaseRepository
from packstation.storage.models import DeliveryColumns
from packstation.storage.uow import UnitOfWork
from packstation.sync.clock import Clock

log = logging.getLogger("packstation.sync")
RowT = TypeVar("RowT", bound=DeliveryColumns)
# A change to a held row: (uow, row, now) -> audit detail
Change = Callable[[UnitOfWork, RowT, datetime], dict[str, object]]


def worker_identity(station: str) -> str:
    """A lease owner unique to this process (two windows of one station are two owners)."""
    return f"{station}@{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"


class LeasedRows(Generic[RowT]):
    """Take, change and release rows of ``model`` as ``owner``."""

    def __init__(
        self,
        session_factory: sessionmaker[Session],
        model: type[RowT],
        *,
        owner: str,
        station: str,
        lease_seconds: float,
        clock: Clock,
        subject: Callable[[RowT], str],
        id_key: str = "row_id",
    ) -> None:
        self._factory = session_factory
        self._model = model
        self.owner = owner
        self._station = station
        self._lease_seconds = lease_seconds
        self._clock = clock
        self._subject = subject
        self._id_key = id_key  # how audit details name the row

    def take(self, row_id: int, states: Sequence[str]) -> bool:
        """Lease a row in one of ``states`` unless another worker holds it."""
        with UnitOfWork(self._factory) as uow:
            taken = LeaseRepository(uow.session, self._model).take(
                row_id, self.owner, self._clock(), self._lease_seconds, states
            )
            uow.commit()
        return taken

    def release(self, row_id: int) -> None:
        """Give the row back (nothing happens when the lease was lost already)."""
        with UnitOfWork(self._factory) as uow:
            LeaseRepository(uow.session, self._model).release(row_id, self.owner)
            uow.commit()

    def read(self, row_id: int) -> RowT | None:
        """The row as the database has it now (detached: a snapshot to read)."""
        with UnitOfWork(self._factory) as uow:
            row = uow.session.get(self._model, row_id, populate_existing=True)
            if row is not None:
                uow.session.expunge(row)
            return row

    def change(
        self,
        row_id: int,
        action: str,
        change: Change[RowT],
        *,
        states: Sequence[str] = (),
    ) -> bool:
        """Change a held row (in one of ``states``) and audit it as ``action`` ("" for none),
        in one transaction that also renews the lease. False when the lease was lost or the
        state moved on: then nothing is written."""
        now = self._clock()
        until = now + timedelta(seconds=self._lease_seconds)
        with UnitOfWork(self._factory) as uow:
            leases = LeaseRepository(uow.session, self._model)
            if not leases.update_held(row_id, self.owner, states=states, lease_until=until):
                log.warning("row %s: lease lost, %s not written", row_id, action or "change")
                return False
            row = uow.session.get(self._model, row_id, populate_existing=True)
            assert row is not None
            detail = {self._id_key: row_id, **change(uow, row, now)}
            if action:
                uow.audit.record(
                    at=now,
                    station=self._station,
                    user="sync",
                    action=action,
                    subject=self._subject(row),
                    detail=detail,
                )
            uow.commit()
        return True
