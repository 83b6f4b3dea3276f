"""Order claims (one order on one bench) and the station processes that renew them."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from packstation.storage.models import FulfillmentOrderRow, OrderClaimRow, StationProcessRow


class ClaimRepository:
    """Who is packing which order; the primary key refuses a second claim on an order."""

    def __init__(self, session: Session) -> None:
        self._s = session

    def get(self, fulfillment_order_id: str) -> OrderClaimRow | None:
        """The claim on an order, read fresh from the database."""
        stmt = (
            select(OrderClaimRow)
            .where(OrderClaimRow.fulfillment_order_id == fulfillment_order_id)
            .execution_options(populate_existing=True)
        )
        return self._s.scalars(stmt).first()

    def lock_order(self, fulfillment_order_id: str) -> FulfillmentOrderRow | None:
        """The order's row, locked until the transaction ends (PostgreSQL: FOR UPDATE).

        Opening, taking over and completing an order all lock it first, so they run one after
        the other and each sees what the one before it committed. SQLite's BEGIN IMMEDIATE
        already serialises writers.
        """
        stmt = (
            select(FulfillmentOrderRow)
            .where(FulfillmentOrderRow.id == fulfillment_order_id)
            .with_for_update()
            .execution_options(populate_existing=True)
        )
        return self._s.scalars(stmt).first()

    def add(self, row: OrderClaimRow) -> None:
        """Claim an order (flushed at once: a second claim fails here, not at commit)."""
        self._s.add(row)
        self._s.flush()

    def release(self, fulfillment_order_id: str, session_id: str) -> bool:
        """Drop the claim if it is still this session's; whether it was."""
        stmt = delete(OrderClaimRow).where(
            OrderClaimRow.fulfillment_order_id == fulfillment_order_id,
            OrderClaimRow.session_id == session_id,
        )
        return bool(getattr(self._s.execute(stmt), "rowcount", 0))

    def renew(self, station: str, now: datetime) -> int:
        """The station is alive: renew all of its claims; how many it holds."""
        stmt = (
            update(OrderClaimRow)
            .where(OrderClaimRow.station == station)
            .values(beat_at=now)
            .execution_options(synchronize_session=False)
        )
        return int(getattr(self._s.execute(stmt), "rowcount", 0) or 0)

    def all(self) -> list[OrderClaimRow]:
        """Every claim, oldest first."""
        return list(self._s.scalars(select(OrderClaimRow).order_by(OrderClaimRow.claimed_at)))

    def not_renewed_since(self, cutoff: datetime) -> list[OrderClaimRow]:
        """Claims whose station has not renewed them since ``cutoff`` (expired), oldest first."""
        stmt = (
            select(OrderClaimRow)
            .where(OrderClaimRow.beat_at < cutoff)
            .order_by(OrderClaimRow.beat_at)
        )
        return list(self._s.scalars(stmt))


class ProcessRepository:
    """Running station processes and their last sign of life."""

    def __init__(self, session: Session) -> None:
        self._s = session

    def register(self, row: StationProcessRow) -> None:
        """A process starts."""
        self._s.add(row)

    def get(self, token: str) -> StationProcessRow | None:
        """A process by its token."""
        return self._s.get(StationProcessRow, token)

    def beat(self, token: str, now: datetime) -> bool:
        """The process is alive; whether it is registered."""
        stmt = (
            update(StationProcessRow)
            .where(StationProcessRow.token == token)
            .values(beat_at=now)
            .execution_options(synchronize_session=False)
        )
        return bool(getattr(self._s.execute(stmt), "rowcount", 0))

    def forget(self, token: str) -> None:
        """A process stops cleanly."""
        self._s.execute(delete(StationProcessRow).where(StationProcessRow.token == token))

    def forget_silent_since(self, cutoff: datetime) -> None:
        """Drop processes not heard of since ``cutoff`` (housekeeping)."""
        self._s.execute(delete(StationProcessRow).where(StationProcessRow.beat_at < cutoff))
