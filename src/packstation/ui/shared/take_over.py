"""A shift lead takes an order over to this bench: the lead's yes, then the service."""

from __future__ import annotations

from PySide6.QtCore import QObject

from packstation.services.auth import Authorisation
from packstation.services.packing import OpenOrder, PackingRefused
from packstation.storage.db import StorageError
from packstation.ui.shared import words
from packstation.ui.shared.feedback import Tone
from packstation.ui.shared.lead_gate import LeadAsker
from packstation.ui.shared.state import StationState


class TakeOver(QObject):
    """Asks a lead (PIN or badge, with a reason) and moves the order to this bench."""

    def __init__(self, state: StationState, asker: LeadAsker) -> None:
        super().__init__(state)
        self.state = state
        self.asker = asker

    def ask(self, order_name: str, where: str = "") -> None:
        """Ask a lead to take ``order_name`` over (``where``: the bench that has it, in words)."""
        question = (
            self.tr("Take {0} over to this bench? It is {1}; count its items again here").format(
                order_name, where
            )
            if where
            else self.tr("Take {0} over to this bench? Count its items again here").format(
                order_name
            )
        )
        self.asker.ask_lead(
            question,
            "pack.take_over",
            order_name,
            lambda authorisation: self._take_over(order_name, authorisation),
        )

    def _take_over(self, order_name: str, authorisation: Authorisation) -> None:
        packing = self.state.station.packing

        def done(opened: OpenOrder | None, error: BaseException | None) -> None:
            if self.state.closed:
                return
            if error is not None:
                if not isinstance(error, PackingRefused | StorageError):
                    raise error
                self.state.say(Tone.WRONG, words.said(error))
                return
            assert opened is not None
            self.state.order_arrived.emit(opened)
            self.state.refresh_queue()
            self.state.say(
                Tone.WARNING,
                self.tr("{0} took {1} over to this bench: count all its items again").format(
                    authorisation.lead, order_name
                ),
            )

        self.state.poster.run(
            self.state.db_writer, lambda: packing.take_over(order_name, authorisation), done
        )
