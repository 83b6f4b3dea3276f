"""Who is working where: stamped on every scan, shipment and audit entry."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class StationContext:
    """The station and the person signed in at it (changes at sign-in and sign-out).

    ``locked`` is true while nobody is signed in: the bench then takes only a sign-in.
    """

    station: str
    user: str
    role: str = "packer"
    locked: bool = False

    def sign_in(self, user: str, role: str) -> None:
        """Someone starts working at the station."""
        self.user, self.role, self.locked = user, role, False

    def lock(self) -> None:
        """Nobody at the station: the bench waits for a sign-in."""
        self.locked = True
