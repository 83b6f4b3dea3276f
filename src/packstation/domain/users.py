"""Roles, and what each may do at a station."""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    """A person's role."""

    PACKER = "packer"
    LEAD = "lead"
    ADMIN = "admin"

    @property
    def may_authorise(self) -> bool:
        """Leads and admins authorise overrides, short shipments, reprints and voids."""
        return self in (Role.LEAD, Role.ADMIN)


# After this many wrong PINs in a row a lead must use the badge (or an admin resets it).
MAX_WRONG_PINS = 5
