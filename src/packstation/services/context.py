"""Who is working where: stamped on every scan, shipment and audit entry."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class StationContext:
    """The station and the signed-in user."""

    station: str
    user: str
