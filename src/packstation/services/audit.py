"""Recording who did what, where and when: the one way services write the audit log."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session, sessionmaker

from packstation.services.context import StationContext
from packstation.storage.uow import UnitOfWork
from packstation.sync.clock import Clock, utcnow


def record_audit(
    uow: UnitOfWork,
    context: StationContext,
    at: datetime,
    action: str,
    subject: str,
    detail: dict[str, object],
    *,
    user: str | None = None,
) -> None:
    """Append an audit entry in the caller's transaction, stamped with station and user.

    ``user`` overrides the signed-in person for work captured before a sign-out was written.
    """
    uow.audit.record(
        at=at,
        station=context.station,
        user=context.user if user is None else user,
        action=action,
        subject=subject,
        detail=detail,
    )


def audit_alone(
    session_factory: sessionmaker[Session],
    context: StationContext,
    action: str,
    subject: str,
    detail: dict[str, object],
    *,
    clock: Clock = utcnow,
) -> None:
    """Record one audit entry in its own transaction (a settings change, for example)."""
    with UnitOfWork(session_factory) as uow:
        record_audit(uow, context, clock(), action, subject, detail)
        uow.commit()
