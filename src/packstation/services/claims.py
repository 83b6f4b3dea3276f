"""Several stations, one warehouse: process identity, heartbeats and the lead's view of claims.

A claim (storage ``order_claims``) says which bench packs an order. The station renews its
claims with a heartbeat; a claim not renewed for ``claim_expiry_seconds`` has expired: the
lead sees it and can take the order over. Claims are never dropped silently.
"""

from __future__ import annotations

import os
import socket
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy.orm import Session, sessionmaker

from packstation.services.context import StationContext
from packstation.services.refusals import ClaimView
from packstation.storage.models import OrderClaimRow, StationProcessRow
from packstation.storage.uow import UnitOfWork
from packstation.sync.clock import Clock, utcnow

DEFAULT_CLAIM_EXPIRY_SECONDS = 120.0
# Processes not heard of for this many expiry periods are forgotten (housekeeping only).
_FORGET_AFTER_PERIODS = 30


@dataclass(frozen=True)
class ProcessIdentity:
    """This running program: host, process id and a random part (process ids are reused)."""

    host: str
    pid: int
    token: str


def this_process() -> ProcessIdentity:
    """A fresh identity for the current process."""
    host, pid = socket.gethostname()[:100], os.getpid()
    return ProcessIdentity(host, pid, f"{host}:{pid}:{uuid.uuid4().hex[:12]}")


def pid_alive(pid: int) -> bool | None:
    """Whether a process of this machine runs; None where that cannot be asked safely."""
    if os.name == "nt":  # os.kill(pid, 0) would terminate the process on Windows
        return None
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def claim_view(row: OrderClaimRow, now: datetime, expiry_seconds: float) -> ClaimView:
    """A stored claim as people see it."""
    return ClaimView(
        fulfillment_order_id=row.fulfillment_order_id,
        order_name=row.order_name,
        station=row.station,
        user=row.user,
        claimed_at=row.claimed_at,
        beat_at=row.beat_at,
        expired=row.beat_at < now - timedelta(seconds=expiry_seconds),
        taken_over_by=row.taken_over_by,
    )


@dataclass(frozen=True)
class Heartbeat:
    """One heartbeat: the database answered, and this station holds ``claims`` orders."""

    at: datetime
    claims: int


class StationPresence:
    """Tells the other stations this one is alive; the shift lead's view of every claim."""

    def __init__(
        self,
        session_factory: sessionmaker[Session],
        context: StationContext,
        *,
        identity: ProcessIdentity | None = None,
        expiry_seconds: float = DEFAULT_CLAIM_EXPIRY_SECONDS,
        clock: Clock = utcnow,
    ) -> None:
        self._factory = session_factory
        self._ctx = context
        self.identity = identity or this_process()
        self.expiry_seconds = expiry_seconds
        self._clock = clock

    @property
    def heartbeat_seconds(self) -> float:
        """How often to call heartbeat(): a quarter of the expiry, so a hiccup does no harm."""
        return max(self.expiry_seconds / 4, 1.0)

    def register(self) -> None:
        """This process starts: recorded, so a restart can tell its jobs from a dead one's."""
        now = self._clock()
        with UnitOfWork(self._factory) as uow:
            uow.processes.forget_silent_since(
                now - timedelta(seconds=self.expiry_seconds * _FORGET_AFTER_PERIODS)
            )
            uow.processes.register(
                StationProcessRow(
                    token=self.identity.token,
                    station=self._ctx.station,
                    host=self.identity.host,
                    pid=self.identity.pid,
                    started_at=now,
                    beat_at=now,
                )
            )
            uow.commit()

    def heartbeat(self) -> Heartbeat:
        """Renew this station's claims and this process's sign of life.

        Call it every ``heartbeat_seconds`` off the GUI thread; raises StorageUnavailable while
        the database cannot be reached (the red banner), and succeeds again once it is back.
        """
        now = self._clock()
        with UnitOfWork(self._factory) as uow:
            if not uow.processes.beat(self.identity.token, now):
                uow.processes.register(
                    StationProcessRow(
                        token=self.identity.token,
                        station=self._ctx.station,
                        host=self.identity.host,
                        pid=self.identity.pid,
                        started_at=now,
                        beat_at=now,
                    )
                )
            held = uow.claims.renew(self._ctx.station, now)
            uow.commit()
        return Heartbeat(at=now, claims=held)

    def stop(self) -> None:
        """This process ends cleanly (its claims stay: they belong to the station)."""
        with UnitOfWork(self._factory) as uow:
            uow.processes.forget(self.identity.token)
            uow.commit()

    def claims(self) -> list[ClaimView]:
        """Every order being packed anywhere, oldest claim first."""
        now = self._clock()
        with UnitOfWork(self._factory) as uow:
            return [claim_view(row, now, self.expiry_seconds) for row in uow.claims.all()]

    def expired_claims(self) -> list[ClaimView]:
        """Claims of stations that stopped heart-beating: the lead takes these orders over."""
        now = self._clock()
        cutoff = now - timedelta(seconds=self.expiry_seconds)
        with UnitOfWork(self._factory) as uow:
            rows = uow.claims.not_renewed_since(cutoff)
            return [claim_view(row, now, self.expiry_seconds) for row in rows]

    def sender_is_dead(self, uow: UnitOfWork, token: str) -> bool:
        """Whether the process that took a print job for sending has stopped."""
        if not token:
            return True  # taken before processes were recorded (schema 0011)
        if token == self.identity.token:
            return False
        row = uow.processes.get(token)
        if row is None:
            return True
        if row.host == self.identity.host and pid_alive(row.pid) is False:
            return True
        return row.beat_at < self._clock() - timedelta(seconds=self.expiry_seconds)
