"""The queue's take-over action: a lead moves the selected order from another bench to this one."""

from __future__ import annotations

from PySide6.QtCore import QObject

from packstation.ui.queue.model import QueueTableModel
from packstation.ui.queue.proxy import QueueFilterProxy
from packstation.ui.queue.view import QueueView
from packstation.ui.shared import words
from packstation.ui.shared.feedback import Tone
from packstation.ui.shared.state import StationState
from packstation.ui.shared.take_over import TakeOver


class QueueTakeOver(QObject):
    """The Take over button (and Ctrl+T) on the queue's selected order."""

    def __init__(
        self,
        state: StationState,
        view: QueueView,
        model: QueueTableModel,
        proxy: QueueFilterProxy,
        take_over: TakeOver,
    ) -> None:
        super().__init__(view)
        self.state = state
        self.view = view
        self.model = model
        self.proxy = proxy
        self.take_over = take_over
        view.take_over_button.clicked.connect(self.take_over_selected)

    def take_over_selected(self) -> None:
        """Ask a lead to take the selected order over, if another bench has it."""
        index = self.view.table.currentIndex()
        if not index.isValid():
            self.state.say(
                Tone.INFO,
                self.tr("Select the order to take over (Ctrl+K lists every bench's orders)"),
            )
            return
        entry = self.model.entry(self.proxy.mapToSource(index).row())
        if entry.claim is None or not entry.claimed_elsewhere(self.model.station):
            self.state.say(
                Tone.INFO,
                self.tr("{0} is not being packed at another bench: scan its slip").format(
                    entry.order_name
                ),
            )
            return
        self.take_over.ask(entry.order_name, words.said(entry.claim.text))
