"""The lead dashboard's figures over a shift window (read-only, off the GUI thread)."""

from __future__ import annotations

from datetime import datetime, time, timedelta

from sqlalchemy.orm import Session, sessionmaker

from packstation.domain.figures import ShiftFigures
from packstation.storage.figures import shift_figures
from packstation.sync.clock import Clock, utcnow

DEFAULT_SHIFT = timedelta(hours=8)


class FiguresService:
    """Computes :class:`ShiftFigures` from the database."""

    def __init__(
        self,
        read_factory: sessionmaker[Session],
        *,
        clock: Clock = utcnow,
        cutoff: time | None = None,
    ) -> None:
        self._reads = read_factory
        self._clock = clock
        self._cutoff = cutoff

    def shift(self, start: datetime | None = None, end: datetime | None = None) -> ShiftFigures:
        """Figures from ``start`` (default: 8 hours ago) until ``end`` (default: now), with
        the orders still open that were placed before today's carrier cut-off."""
        end = end or self._clock()
        start = start or end - DEFAULT_SHIFT
        with self._reads() as session:
            return shift_figures(session, start, end, self.cutoff_on(end))

    def cutoff_on(self, moment: datetime) -> datetime | None:
        """The carrier's cut-off on the (local) day of ``moment``."""
        if self._cutoff is None:
            return None
        local = moment.astimezone()
        return datetime.combine(local.date(), self._cutoff, tzinfo=local.tzinfo)
