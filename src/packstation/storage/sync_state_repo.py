"""The sync worker's facts, one value per key (the pull's high-water mark, for one)."""

from __future__ import annotations

from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from packstation.storage.models import (
    SyncStateRow,
)


class SyncStateRepository:
    """Key/value facts of the sync worker."""

    def __init__(self, session: Session) -> None:
        self._s = session

    def get(self, key: str) -> str | None:
        """A value, or None."""
        row = self._s.get(SyncStateRow, key)
        return row.value if row else None

    def set(self, key: str, value: str) -> None:
        """Set a value: one upsert, so stations writing the same key at once never collide."""
        dialect = self._s.get_bind().dialect.name
        insert = pg_insert if dialect == "postgresql" else sqlite_insert
        stmt = insert(SyncStateRow).values(key=key, value=value)
        self._s.execute(
            stmt.on_conflict_do_update(index_elements=[SyncStateRow.key], set_={"value": value}),
            execution_options={"synchronize_session": False},
        )
        row = self._s.identity_map.get(self._s.identity_key(SyncStateRow, key))
        if row is not None:  # keep an already loaded row in step
            self._s.expire(row)
