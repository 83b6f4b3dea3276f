"""Recording who did what, where and when: the one way services write the audit log."""

from __future__ import annotations

from datetime import datetime

from packstation.services.context import StationContext
from packstation.storage.uow import UnitOfWork


def record_audit(
    uow: UnitOfWork,
    context: StationContext,
    at: datetime,
    action: str,
    subject: str,
    detail: dict[str, object],
) -> None:
    """Append an audit entry in the caller's transaction, stamped with station and user."""
    uow.audit.record(
        at=at,
        station=context.station,
        user=context.user,
        action=action,
        subject=subject,
        detail=detail,
    )
