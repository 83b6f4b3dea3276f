"""The exceptions queue: what happened, to which order, who and when, until a lead resolves it."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.orm import Session, sessionmaker

from packstation.services.audit import record_audit
from packstation.services.auth import Authorisation
from packstation.services.context import StationContext
from packstation.storage.uow import UnitOfWork
from packstation.sync.clock import Clock, utcnow

KIND_WORDS = {
    "override": "Confirmed by hand",
    "short_pick": "Short shipment",
    "sync_refused": "Refused by the shop",
    "shop_changed": "Changed in the shop while packing",
    "print_failed": "Printing failed",
}


@dataclass(frozen=True)
class OpenException:
    """One unresolved exception, ready to show."""

    exception_id: int
    kind: str
    order_name: str
    what: str
    raised_by: str
    station: str
    raised_at: datetime

    @property
    def kind_words(self) -> str:
        """The kind, in words."""
        return KIND_WORDS.get(self.kind, self.kind)


def _what(kind: str, detail: dict[str, object]) -> str:
    if kind == "override":
        return (
            f"{detail.get('title')} ({detail.get('sku')}) confirmed by {detail.get('lead')}: "
            + (f"{detail.get('reason')}")
        )
    return str(detail.get("reason") or detail)


class ExceptionsService:
    """Lists and resolves exceptions; a resolution needs a lead and is audited."""

    def __init__(
        self,
        session_factory: sessionmaker[Session],
        context: StationContext,
        *,
        clock: Clock = utcnow,
    ) -> None:
        self._factory = session_factory
        self._ctx = context
        self._clock = clock

    def open(self) -> list[OpenException]:
        """Unresolved exceptions, oldest first."""
        with UnitOfWork(self._factory) as uow:
            return [
                OpenException(
                    row.id,
                    row.kind,
                    row.order_name,
                    _what(row.kind, json.loads(row.detail or "{}")),
                    row.raised_by,
                    row.station,
                    row.raised_at,
                )
                for row in uow.exceptions.open()
            ]

    def resolve(self, exception_id: int, authorisation: Authorisation) -> None:
        """Close an exception with the lead's words."""
        with UnitOfWork(self._factory) as uow:
            row = uow.exceptions.get(exception_id)
            if row is None or row.state != "open":
                return
            now = self._clock()
            row.state, row.resolved_by = "resolved", authorisation.lead
            row.resolved_at, row.resolution = now, authorisation.reason
            record_audit(
                uow,
                self._ctx,
                now,
                "exception.resolved",
                row.order_name,
                {
                    "exception_id": exception_id,
                    "kind": row.kind,
                    "lead": authorisation.lead,
                    "resolution": authorisation.reason,
                },
            )
            uow.commit()
