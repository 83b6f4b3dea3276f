"""Owned, expiring leases on rows of any table with DeliveryColumns: one worker per row.

Every operation is one conditional UPDATE, which is atomic on SQLite (writers are serialised)
and on PostgreSQL (under READ COMMITTED the WHERE clause is re-checked on the latest row
version after the row lock is taken), so two workers never both win a row. A worker that dies
keeps its lease until ``lease_until``; then anyone may take the row over.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Any, Generic, TypeVar

from sqlalchemy import or_, update
from sqlalchemy.orm import Session

from packstation.storage.models import DeliveryColumns

RowT = TypeVar("RowT", bound=DeliveryColumns)


class LeaseRepository(Generic[RowT]):
    """Take, keep and give back leases on rows of one table (outbox rows, carrier bookings…)."""

    def __init__(self, session: Session, model: type[RowT]) -> None:
        self._s = session
        self._model: Any = model

    def take(
        self,
        row_id: int,
        owner: str,
        now: datetime,
        seconds: float,
        states: Sequence[str],
    ) -> bool:
        """Lease a row in one of ``states`` if nobody else holds a live lease on it."""
        model = self._model
        stmt = (
            update(model)
            .where(
                model.id == row_id,
                model.state.in_(tuple(states)),
                or_(
                    model.lease_owner == "",
                    model.lease_owner == owner,
                    model.lease_until.is_(None),
                    model.lease_until <= now,
                ),
            )
            .values(lease_owner=owner, lease_until=now + timedelta(seconds=seconds))
            .execution_options(synchronize_session=False)
        )
        return bool(getattr(self._s.execute(stmt), "rowcount", 0))

    def update_held(
        self, row_id: int, owner: str, *, states: Sequence[str] = (), **values: object
    ) -> bool:
        """Change a row only while ``owner`` still holds it (and, given ``states``, while it is
        in one of them); False when the lease was lost or the state moved on."""
        model = self._model
        condition = [model.id == row_id, model.lease_owner == owner]
        if states:
            condition.append(model.state.in_(tuple(states)))
        stmt = (
            update(model)
            .where(*condition)
            .values(**values)
            .execution_options(synchronize_session=False)
        )
        return bool(getattr(self._s.execute(stmt), "rowcount", 0))

    def release(self, row_id: int, owner: str, **values: object) -> bool:
        """Give the row back (with final changes); False when ``owner`` no longer held it."""
        released: dict[str, object] = {"lease_owner": "", "lease_until": None, **values}
        return self.update_held(row_id, owner, states=(), **released)

    def holder(self, row_id: int, now: datetime) -> str:
        """Who holds a live lease on the row ("" when nobody does)."""
        row = self._s.get(self._model, row_id, populate_existing=True)
        if row is None or not row.lease_owner or row.lease_until is None:
            return ""
        return str(row.lease_owner) if row.lease_until > now else ""
