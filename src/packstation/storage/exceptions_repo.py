"""Exceptions raised for the shift lead."""

from __future__ import annotations

import json
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from packstation.storage.models import (
    ExceptionRow,
)

REPEATABLE_EXCEPTIONS = frozenset({"override", "short_pick"})


class ExceptionRepository:
    """The shift lead's exceptions queue."""

    def __init__(self, session: Session) -> None:
        self._s = session

    def add(self, row: ExceptionRow) -> None:
        """Raise an exception."""
        self._s.add(row)
        self._s.flush()

    def raise_exception(
        self,
        kind: str,
        *,
        fulfillment_order_id: str,
        order_name: str,
        detail: dict[str, object],
        station: str,
        raised_by: str,
        at: datetime,
    ) -> ExceptionRow:
        """Raise an open exception (once: an open one of the same kind and order is reused)."""
        existing = self.open_for(fulfillment_order_id, kind)
        if existing is not None and kind not in REPEATABLE_EXCEPTIONS:
            return existing
        row = ExceptionRow(
            kind=kind,
            fulfillment_order_id=fulfillment_order_id,
            order_name=order_name,
            detail=json.dumps(detail, ensure_ascii=False),
            station=station,
            raised_by=raised_by,
            raised_at=at,
            state="open",
            resolved_by="",
            resolution="",
        )
        self.add(row)
        return row

    def open_for(self, fulfillment_order_id: str, kind: str) -> ExceptionRow | None:
        """The open exception of one kind for one order, if any."""
        stmt = select(ExceptionRow).where(
            ExceptionRow.fulfillment_order_id == fulfillment_order_id,
            ExceptionRow.kind == kind,
            ExceptionRow.state == "open",
        )
        return self._s.scalars(stmt).first()

    def get(self, exception_id: int) -> ExceptionRow | None:
        """One exception."""
        return self._s.get(ExceptionRow, exception_id)

    def open(self) -> list[ExceptionRow]:
        """Unresolved exceptions, oldest first."""
        stmt = select(ExceptionRow).where(ExceptionRow.state == "open").order_by(ExceptionRow.id)
        return list(self._s.scalars(stmt))
