"""The people who sign in at the station."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from packstation.storage.models import (
    UserRow,
)


class UserRepository:
    """People who sign in at the stations."""

    def __init__(self, session: Session) -> None:
        self._s = session

    def add(self, row: UserRow) -> None:
        """Add a person."""
        self._s.add(row)
        self._s.flush()

    def by_name(self, name: str) -> UserRow | None:
        """An active person by name."""
        stmt = select(UserRow).where(UserRow.name == name, UserRow.active.is_(True))
        return self._s.scalars(stmt).first()

    def by_badge(self, badge: str) -> UserRow | None:
        """An active person by the barcode on their badge."""
        stmt = select(UserRow).where(UserRow.badge == badge, UserRow.active.is_(True))
        return self._s.scalars(stmt).first()

    def with_roles(self, *roles: str) -> list[UserRow]:
        """Active people with one of these roles, by name."""
        stmt = (
            select(UserRow)
            .where(UserRow.role.in_(roles), UserRow.active.is_(True))
            .order_by(UserRow.name)
        )
        return list(self._s.scalars(stmt))


# Each of these is its own event (two overrides on one order are two exceptions).
