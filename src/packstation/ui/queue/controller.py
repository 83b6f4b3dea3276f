"""The queue screen's controller: waiting orders, search, open by double-click, release a hold."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt

from packstation.services.auth import Authorisation
from packstation.shop.base import ShopError
from packstation.storage.db import StorageError, StorageUnavailable
from packstation.sync.worker import SyncStatus
from packstation.ui.queue.model import QueueFilterProxy, QueueTableModel
from packstation.ui.queue.view import QueueView
from packstation.ui.shared.feedback import Tone
from packstation.ui.shared.lead_gate import LeadAsker
from packstation.ui.shared.state import StationState, sync_changed


class QueueController(QObject):
    """Shows the orders waiting to be packed; a chosen one goes to the pack screen."""

    def __init__(self, state: StationState, asker: LeadAsker, view: QueueView) -> None:
        super().__init__(view)
        self.state = state
        self.station = state.station
        self.asker = asker
        self.view = view
        self.model = QueueTableModel()
        self.model.station = state.station.context.station
        self.proxy = QueueFilterProxy()
        self.proxy.setSourceModel(self.model)
        view.table.setModel(self.proxy)
        # No column sort until the packer asks: the model's express-then-oldest order holds.
        view.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        view.search.textChanged.connect(self.proxy.set_needle)
        view.table.doubleClicked.connect(self._open_from_table)
        view.release_button.clicked.connect(self.release_selected_hold)
        state.queue_changed.connect(self.refresh)
        state.sync_status.connect(self._sync_status)

    def refresh(self) -> None:
        """Reload the queue from the database."""
        try:
            entries = self.station.queue.entries()
        except StorageError as exc:  # the queue as last shown stays; the packer is told
            if isinstance(exc, StorageUnavailable):
                self.state.database.emit(False, str(exc))
            self.state.say(Tone.WRONG, self.tr("Queue not reloaded: {0}").format(exc))
            return
        self.model.set_entries(entries)
        self.view.count_label.setText(self.tr("{0} orders waiting").format(len(entries)))

    def _sync_status(self, status: SyncStatus) -> None:
        if sync_changed(status):
            self.refresh()

    def _open_from_table(self) -> None:
        index = self.view.table.currentIndex()
        if index.isValid():
            entry = self.model.entry(self.proxy.mapToSource(index).row())
            self.state.order_wanted.emit(entry.order_name)

    def release_selected_hold(self) -> None:
        """A lead releases the hold on the selected queue order in the shop (off the GUI
        thread); the order can be packed after the next sync."""
        index = self.view.table.currentIndex()
        if not index.isValid():
            self.state.say(Tone.INFO, self.tr("Select the held order first"))
            return
        entry = self.model.entry(self.proxy.mapToSource(index).row())
        if not entry.on_hold:
            self.state.say(Tone.INFO, self.tr("{0} is not on hold").format(entry.order_name))
            return

        def release(authorisation: Authorisation) -> None:
            self.state.poster.run(
                self.state.shop_calls,
                lambda: self.station.exceptions.release_order(
                    entry.fulfillment_order_id, entry.order_name, authorisation
                ),
                released,
            )

        def released(_result: None, error: BaseException | None) -> None:
            if error is not None:
                if not isinstance(error, ShopError | StorageError):
                    raise error
                self.state.say(Tone.WRONG, str(error))
                return
            self.state.say(
                Tone.GOOD, self.tr("{0} released in the shop: syncing…").format(entry.order_name)
            )
            self.state.sync_now()

        self.asker.ask_lead(
            self.tr("Release the hold on {0}?").format(entry.order_name),
            "shop.release",
            entry.order_name,
            release,
        )
