"""Progress reports ("being packed at …") waiting for the shop."""

from __future__ import annotations

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from packstation.storage.models import (
    ProgressReportRow,
)


class ProgressReportRepository:
    """Progress reports waiting for the shop."""

    def __init__(self, session: Session) -> None:
        self._s = session

    def add(self, row: ProgressReportRow) -> None:
        """Queue a report (committed with the opening of the order)."""
        self._s.add(row)

    def pending(self, limit: int = 50) -> list[ProgressReportRow]:
        """Reports not yet sent, oldest first."""
        stmt = (
            select(ProgressReportRow)
            .where(ProgressReportRow.state == "pending")
            .order_by(ProgressReportRow.id)
            .limit(limit)
        )
        return list(self._s.scalars(stmt))

    def get(self, report_id: int) -> ProgressReportRow | None:
        """One report."""
        return self._s.get(ProgressReportRow, report_id)

    def move(self, report_id: int, from_state: str, to_state: str) -> bool:
        """Change a report's state only if it is still ``from_state`` (one conditional UPDATE,
        so two workers never both send one report)."""
        stmt = (
            update(ProgressReportRow)
            .where(ProgressReportRow.id == report_id, ProgressReportRow.state == from_state)
            .values(state=to_state)
            .execution_options(synchronize_session=False)
        )
        return bool(getattr(self._s.execute(stmt), "rowcount", 0))
