"""The append-only, hash-chained audit log."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy import text as text_sql
from sqlalchemy.orm import Session

from packstation.domain.audit_chain import AuditEntry, entry_hash, entry_mac
from packstation.storage.models import (
    AuditRow,
)

AUDIT_KEY_INFO = "packstation_audit_key"
AUDIT_WRITTEN_INFO = "packstation_audit_written"


class AuditRepository:
    """The append-only audit log."""

    def __init__(self, session: Session) -> None:
        self._s = session

    def record(
        self,
        *,
        at: datetime,
        station: str,
        user: str,
        action: str,
        subject: str = "",
        detail: dict[str, Any] | None = None,
    ) -> None:
        """Append an entry, chained to the one before it."""
        text = json.dumps(detail or {}, ensure_ascii=False, sort_keys=True)
        station, user, subject = station[:64], user[:64], subject[:128]
        prev_hash = self._last_hash()
        hash_ = entry_hash(prev_hash, at, station, user, action, subject, text)
        key: bytes = self._s.info.get(AUDIT_KEY_INFO, b"")
        row = AuditRow(
            at=at,
            station=station,
            user=user,
            action=action,
            subject=subject,
            detail=text,
            prev_hash=prev_hash,
            hash=hash_,
            mac=entry_mac(key, hash_) if key else "",
        )
        self._s.add(row)
        self._s.flush()  # the next entry in this transaction chains to this one
        if key:  # the station's anchor moves on once this transaction commits
            self._s.info[AUDIT_WRITTEN_INFO] = (row.id, hash_)

    def head(self) -> tuple[int, int, str]:
        """How many entries there are, and the newest one's id and hash (0, 0, "" if none)."""
        count = self._s.scalar(select(func.count()).select_from(AuditRow)) or 0
        last = self._s.execute(
            select(AuditRow.id, AuditRow.hash).order_by(AuditRow.id.desc()).limit(1)
        ).first()
        return (count, last[0], last[1]) if last else (count, 0, "")

    def _last_hash(self) -> str:
        if self._s.get_bind().dialect.name == "postgresql":
            # Stations share the log: one writer at a time extends the chain.
            self._s.execute(text_sql("SELECT pg_advisory_xact_lock(7302001)"))
        last = self._s.scalars(select(AuditRow.hash).order_by(AuditRow.id.desc()).limit(1))
        return last.first() or ""

    def get(self, entry_id: int) -> AuditRow | None:
        """One entry."""
        return self._s.get(AuditRow, entry_id)

    def chain(self) -> Iterator[AuditEntry]:
        """Every entry, oldest first, as the hash chain sees it (streamed)."""
        stmt = select(AuditRow).order_by(AuditRow.id).execution_options(yield_per=1000)
        for row in self._s.scalars(stmt):
            yield AuditEntry(
                row.id,
                row.at,
                row.station,
                row.user,
                row.action,
                row.subject,
                row.detail,
                row.prev_hash,
                row.hash,
                row.mac,
            )

    def entries(self, actions: Iterable[str] | None = None) -> list[AuditRow]:
        """Entries, oldest first, optionally of some actions only."""
        stmt = select(AuditRow).order_by(AuditRow.id)
        if actions is not None:
            stmt = stmt.where(AuditRow.action.in_(list(actions)))
        return list(self._s.scalars(stmt))
