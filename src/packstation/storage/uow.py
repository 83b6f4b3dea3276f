"""Unit of work: one transaction, with every repository bound to it."""

from __future__ import annotations

from types import TracebackType

from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from packstation.storage.audit_repo import AuditRepository
from packstation.storage.batches_repo import BatchRepository
from packstation.storage.booking_repo import BookingRepository
from packstation.storage.claims import ClaimRepository, ProcessRepository
from packstation.storage.db import StorageError, sqlite_storage_error, unavailable_error
from packstation.storage.exceptions_repo import ExceptionRepository
from packstation.storage.orders_repo import CatalogueRepository, OrderRepository
from packstation.storage.outbox_repo import OutboxRepository
from packstation.storage.progress_repo import ProgressReportRepository
from packstation.storage.sessions_repo import PackSessionRepository
from packstation.storage.shipments_repo import PrintJobRepository, ShipmentRepository
from packstation.storage.sync_state_repo import SyncStateRepository
from packstation.storage.users_repo import UserRepository
from packstation.storage.weights_repo import WeightRepository


def known_storage_error(exc: OperationalError) -> StorageError | None:
    """A calm StorageError for environmental SQLite failures, or None for a bug."""
    return sqlite_storage_error(exc)


class UnitOfWork:
    """``with UnitOfWork(factory) as uow: ...; uow.commit()``: rolled back unless committed."""

    def __init__(self, session_factory: sessionmaker[Session]) -> None:
        self._factory = session_factory

    def __enter__(self) -> UnitOfWork:
        self.session = self._factory()
        self.orders = OrderRepository(self.session)
        self.catalogue = CatalogueRepository(self.session)
        self.sessions = PackSessionRepository(self.session)
        self.shipments = ShipmentRepository(self.session)
        self.outbox = OutboxRepository(self.session)
        self.bookings = BookingRepository(self.session)
        self.print_jobs = PrintJobRepository(self.session)
        self.audit = AuditRepository(self.session)
        self.sync_state = SyncStateRepository(self.session)
        self.users = UserRepository(self.session)
        self.exceptions = ExceptionRepository(self.session)
        self.batches = BatchRepository(self.session)
        self.progress_reports = ProgressReportRepository(self.session)
        self.claims = ClaimRepository(self.session)
        self.processes = ProcessRepository(self.session)
        self.weights = WeightRepository(self.session)
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        try:
            self.session.rollback()
            self.session.close()
        except DBAPIError as closing:
            # The connection is already gone (the server went away): nothing to roll back.
            self.session.invalidate()
            if exc is None:
                raise (unavailable_error(closing) or closing) from closing
        unavailable = unavailable_error(exc) if exc is not None else None
        if unavailable is not None:
            raise unavailable from exc
        if isinstance(exc, OperationalError):
            known = known_storage_error(exc)
            if known is not None:
                raise known from exc

    def commit(self) -> None:
        """Make the transaction durable."""
        self.session.commit()

    def flush(self) -> None:
        """Send pending writes (to get generated ids) without committing."""
        self.session.flush()
