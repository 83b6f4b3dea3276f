"""The queue screen's controller: waiting orders, search, open by double-click, release a hold."""

from __future__ import annotations

import gc
import time
from collections.abc import Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt

from packstation import gc_pause
from packstation.services.auth import Authorisation
from packstation.services.queue import QueueDiff, QueueEntry, QueueService, diff_entries
from packstation.shop.base import ShopError
from packstation.storage.db import StorageError, StorageUnavailable
from packstation.sync.worker import SyncStatus
from packstation.ui.queue.labels_to_print import LabelsToPrintPanel
from packstation.ui.queue.model import QueueTableModel
from packstation.ui.queue.proxy import LayoutKey, PreparedLayout, QueueFilterProxy, lay_out
from packstation.ui.queue.view import QueueView
from packstation.ui.shared import words
from packstation.ui.shared.feedback import Tone
from packstation.ui.shared.lead_gate import LeadAsker
from packstation.ui.shared.state import StationState, sync_changed

HEAD_ROWS = 200  # the first read of a window: what fills the screen, in well under a second
PROGRESS_REFRESH_SECONDS = 5.0  # during a first load: each read of a big queue takes a while


@dataclass(frozen=True)
class _Read:
    """A read of the queue: what changed, and the rows the filter and sort then show."""

    diff: QueueDiff
    layout: PreparedLayout | None


def _read(
    base: Mapping[str, QueueEntry],
    queue: QueueService,
    first: int | None,
    layout: LayoutKey,
    station: str,
) -> _Read:
    """Read the queue, what changed and how the filter lays it out, on the reader thread: the
    GUI thread then only swaps lists, whatever the queue's size.

    A read makes a few hundred thousand short-lived objects; a full garbage collection started
    by them would stop every thread, the GUI's included, so collection waits until it is done.
    """
    with gc_pause.paused():
        diff = diff_entries(base, queue.entries(first))
        if diff.empty:
            return _Read(diff, None)
        return _Read(diff, lay_out(diff.rows, diff.search, layout, station))


class QueueController(QObject):
    """Shows the orders waiting to be packed; a chosen one goes to the pack screen.

    The queue is read on its own worker thread and shown as row changes, so a refresh (after a
    sync, a completion or a sign-in) never holds the window up, whatever the queue's size.
    """

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
        self._reader = ThreadPoolExecutor(max_workers=1, thread_name_prefix="queue-read")
        self._reading = False  # a read is on its way
        self._stopped = False  # shut down: no more reads
        self._again = False  # and another was asked for meanwhile
        self.loaded = False  # the first read has arrived
        self.complete = False  # the whole queue has been read, not just its head
        self._partial = False  # the read under way is the head only
        self._progress_shown = 0.0
        view.table.setModel(self.proxy)
        view.size_columns()
        # No column sort until the packer asks: the model's express-then-oldest order holds.
        view.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        view.search.textChanged.connect(self._filter)
        state.order_opened.connect(self.clear_filter)  # the next order starts from the whole queue
        state.signed_in.connect(self.clear_filter)  # and so does the next person
        view.table.doubleClicked.connect(self._open_from_table)
        view.release_button.clicked.connect(self.release_selected_hold)
        state.queue_changed.connect(self.refresh)
        state.sync_status.connect(self._sync_status)
        self.labels = LabelsToPrintPanel(state, view)
        view.add_panel(self.labels.box)

    def refresh(self) -> None:
        """Read the queue again off the GUI thread; the rows that changed are updated."""
        if self.state.closed or self._stopped:
            return
        if self._reading:
            self._again = True
            return
        self._reading, self._again = True, False
        base = self.model.snapshot
        queue = self.station.queue
        # The first read shows the head of the queue at once, then everything: a big queue is
        # usable (and scannable) before all of it has been read.
        first = HEAD_ROWS if not self.loaded and not base else None
        self._partial = self._again = first is not None
        layout, station = self.proxy.layout_key, self.model.station
        self.state.poster.run(
            self._reader, lambda: _read(base, queue, first, layout, station), self._read
        )

    def pull_progress(self) -> None:
        """A large first load is under way: show what has arrived, every few seconds."""
        now = time.monotonic()
        if now - self._progress_shown >= PROGRESS_REFRESH_SECONDS:
            self._progress_shown = now
            self.refresh()

    def reload_now(self) -> None:
        """Read the queue on this thread and show it (scripts and tests; the window uses
        :meth:`refresh`)."""
        base = self.model.snapshot
        try:
            diff = diff_entries(base, self.station.queue.entries())
        except StorageError as exc:
            self._not_read(exc)
            return
        self._show(diff)

    def shutdown(self) -> None:
        """Stop the reader thread (a read under way is let finish)."""
        self._stopped = True
        self._reader.shutdown(wait=False, cancel_futures=True)

    def _read(self, read: _Read | None, error: BaseException | None) -> None:
        self._reading = False
        if error is not None:
            if not isinstance(error, StorageError):
                raise error
            self._again = False  # the next sync, completion or F5 tries again
            self._not_read(error)
        elif read is not None:
            if read.diff.base is not self.model.snapshot:  # shown meanwhile by reload_now
                self._again = True
            else:
                self._show(read.diff, partial=self._partial, layout=read.layout)
        if self._again:
            self.refresh()

    def _show(
        self, diff: QueueDiff, *, partial: bool = False, layout: PreparedLayout | None = None
    ) -> None:
        self.proxy.expect(layout)
        try:
            self.model.apply(diff)
        finally:
            self.proxy.expect(None)
        # The rows shown live until the next read: keep the garbage collector's full passes
        # (a third of a second over 50,000 rows, every thread stopped) from walking them.
        gc.collect(1)
        gc.freeze()
        self.complete = self.complete or not partial  # a head read: the rest follows at once
        self.loaded = True
        self._show_count()

    def _not_read(self, exc: StorageError) -> None:
        """The queue as last shown stays; the packer is told."""
        if isinstance(exc, StorageUnavailable):
            self.state.database.emit(False, words.said(exc))
        self.state.say(Tone.WRONG, self.tr("Queue not reloaded: {0}").format(words.said(exc)))

    def clear_filter(self) -> None:
        """Show the whole queue again."""
        self.view.search.clear()

    def _filter(self, needle: str) -> None:
        self.proxy.set_needle(needle)
        # a filter on is impossible to miss: the box turns amber and the count says so (the
        # style only when it changes: restyling the box costs more than filtering 50,000 rows)
        style = "QLineEdit { background: #fff4c2; border: 2px solid #e0b400; }" if needle else ""
        if self.view.search.styleSheet() != style:
            self.view.search.setStyleSheet(style)
        self._show_count()

    def _show_count(self) -> None:
        total = self.model.rowCount()
        if not self.complete:
            self.view.count_label.setText(self.tr("Loading the queue…"))
            return
        if self.view.search.text():
            self.view.count_label.setText(
                self.tr(
                    "Filter on: %n of {0} orders shown (Esc clears it)",
                    "",
                    self.proxy.rowCount(),
                ).format(total)
            )
            return
        self.view.count_label.setText(self.tr("%n orders waiting", "", total))

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

        def released(free: bool | None, error: BaseException | None) -> None:
            if error is not None:
                if not isinstance(error, ShopError | StorageError):
                    raise error
                self.state.say(Tone.WRONG, words.said(error))
                return
            self.state.sync_now()
            if free:
                self.state.say(
                    Tone.GOOD,
                    self.tr(
                        "Hold on {0} released in the shop: it can be packed after the sync"
                    ).format(entry.order_name),
                )
                return
            self.state.say(
                Tone.WARNING,
                self.tr(
                    "The shop still holds {0}: the station can release only holds it placed "
                    "itself. Release this one in the shop's admin"
                ).format(entry.order_name),
            )

        self.asker.ask_lead(
            self.tr("Release the hold on {0}?").format(entry.order_name),
            "shop.release",
            entry.order_name,
            release,
        )
