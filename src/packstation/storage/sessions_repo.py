"""Pack sessions and their scan events."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from packstation.storage.models import (
    PackSessionRow,
    ScanEventRow,
)


class PackSessionRepository:
    """Pack sessions and their scan events."""

    def __init__(self, session: Session) -> None:
        self._s = session

    def active_for_station(self, station: str) -> PackSessionRow | None:
        """The station's unfinished session, newest first."""
        stmt = (
            select(PackSessionRow)
            .where(PackSessionRow.station == station, PackSessionRow.state == "active")
            .order_by(PackSessionRow.started_at.desc())
        )
        return self._s.scalars(stmt.limit(1)).first()

    def active_for_order(self, fulfillment_order_id: str, station: str) -> PackSessionRow | None:
        """This station's unfinished session on an order."""
        stmt = select(PackSessionRow).where(
            PackSessionRow.fulfillment_order_id == fulfillment_order_id,
            PackSessionRow.station == station,
            PackSessionRow.state == "active",
        )
        return self._s.scalars(stmt.limit(1)).first()

    def get(self, session_id: str) -> PackSessionRow | None:
        """A session by id."""
        return self._s.get(PackSessionRow, session_id)

    def add(self, row: PackSessionRow) -> None:
        """Start a session."""
        self._s.add(row)

    def add_event(self, event: ScanEventRow) -> None:
        """Record a scan event."""
        self._s.add(event)

    def events(self, session_id: str) -> list[ScanEventRow]:
        """A session's events, oldest first."""
        stmt = (
            select(ScanEventRow)
            .where(ScanEventRow.session_id == session_id)
            .order_by(ScanEventRow.id)
        )
        return list(self._s.scalars(stmt))
