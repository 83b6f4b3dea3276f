"""Drives the batch screen: builds batches, shows live progress, prints for a whole batch."""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime, time

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QProgressBar, QTableWidgetItem

from packstation.app import Station
from packstation.devices.printer.base import PrinterError
from packstation.domain.batches import Batch, BatchRules
from packstation.services.batches import BatchNotFound, BatchProgress
from packstation.services.printing import LabelRun
from packstation.storage.db import StorageError
from packstation.ui.lead.batches_view import BatchesView
from packstation.ui.shared import words
from packstation.ui.shared.state import StationState
from packstation.ui.shared.tasks import ResultPoster

REFRESH_MS = 3_000
_KNOWN_FAILURES = (PrinterError, BatchNotFound, StorageError)


class BatchesController(QObject):
    """Reads and writes on a worker; printing goes through the printer queue, in turn."""

    refreshed = Signal(object)  # list[BatchProgress]
    acted = Signal(str, bool, str)  # action, ok, message

    def __init__(self, station: Station, view: BatchesView, state: StationState) -> None:
        super().__init__(view)
        self.station = station
        self.view = view
        self._state = state
        self.batches: list[BatchProgress] = []
        self.poster = ResultPoster(self)
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="batches")
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.refresh)
        self._timer.start(REFRESH_MS)
        view.finished.connect(self._stop)
        for box in (view.single_item, view.by_method, view.express_first, view.use_cutoff):
            box.toggled.connect(self.preview)
        view.sku.textChanged.connect(self.preview)
        view.max_orders.valueChanged.connect(self.preview)
        view.cutoff.timeChanged.connect(self.preview)
        view.build_button.clicked.connect(self.build)
        view.batches.itemSelectionChanged.connect(self._show_orders)
        view.pick_list_button.clicked.connect(self.print_pick_list)
        view.slips_button.clicked.connect(self.print_slips)
        view.labels_button.clicked.connect(self.print_labels)
        view.close_batch_button.clicked.connect(self.close_batch)
        self.refresh()
        self.preview()

    def _stop(self, _code: int) -> None:
        self._timer.stop()
        self._executor.shutdown(wait=False)

    # -- rules --------------------------------------------------------------------------------

    def rules(self) -> BatchRules:
        """The rules as set in the box (the cut-off is today's, in local time)."""
        view = self.view
        placed_before = None
        if view.use_cutoff.isChecked():
            chosen = view.cutoff.time()
            cut = time(chosen.hour(), chosen.minute())
            placed_before = datetime.combine(datetime.now().astimezone().date(), cut).astimezone()
        return BatchRules(
            single_item_only=view.single_item.isChecked(),
            by_shipping_method=view.by_method.isChecked(),
            sku=view.sku.text().strip(),
            express_first=view.express_first.isChecked(),
            placed_before=placed_before,
            max_orders=view.max_orders.value(),
        )

    def preview(self) -> None:
        """Say what the rules would build, before anything is stored."""
        rules = self.rules()

        def shown(built: list[Batch] | None, error: BaseException | None) -> None:
            if error is not None:
                self._failed("preview", error)
                return
            assert built is not None
            orders = sum(len(b.orders) for b in built)
            self.view.preview_label.setText(
                self.tr("%n batches", "", len(built)) + ", " + self.tr("%n orders", "", orders)
                if built
                else self.tr("No queued order (outside a batch) matches these rules")
            )
            self.view.build_button.setEnabled(bool(built))

        self.poster.run(self._executor, lambda: self.station.batches.preview(rules), shown)

    def build(self) -> None:
        """Store the batches the rules make."""
        rules = self.rules()

        def built(ids: list[int]) -> str:
            self._state.refresh_queue()  # the queue shows each order's batch
            return self.tr("%n batches built: filter the queue by a batch's name", "", len(ids))

        self._run("build", lambda: self.station.batches.create(rules), built)

    # -- progress -----------------------------------------------------------------------------

    def refresh(self) -> None:
        """Fresh progress of every open batch (read on the worker)."""
        self.poster.run(self._executor, self.station.batches.open_batches, self._show)

    def _show(self, batches: list[BatchProgress] | None, error: BaseException | None) -> None:
        if error is not None:
            self._failed("refresh", error)
            return
        assert batches is not None
        selected = self.selected()
        self.batches = batches
        table = self.view.batches
        table.setRowCount(len(batches))
        for row, batch in enumerate(batches):
            table.setItem(row, 0, QTableWidgetItem(batch.label))
            bar = QProgressBar(table)
            bar.setRange(0, max(batch.total, 1))
            bar.setValue(batch.finished)
            bar.setFormat(self.tr("{0} of {1} packed").format(batch.packed, batch.total))
            table.setCellWidget(row, 1, bar)
            table.setItem(row, 2, QTableWidgetItem(str(batch.units)))
            built = batch.created_at.astimezone().strftime("%H:%M")
            table.setItem(row, 3, QTableWidgetItem(f"{batch.created_by} {built}"))
        ids = [b.batch_id for b in batches]
        if selected is not None and selected.batch_id in ids:
            table.selectRow(ids.index(selected.batch_id))
        elif batches and selected is None:
            table.selectRow(0)
        self._show_orders()
        self.refreshed.emit(batches)

    def selected(self) -> BatchProgress | None:
        """The batch selected in the table."""
        rows = self.view.batches.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.batches):
            return None
        return self.batches[rows[0].row()]

    def _show_orders(self) -> None:
        batch = self.selected()
        orders = batch.orders if batch else ()
        table = self.view.orders
        table.setRowCount(len(orders))
        for row, order in enumerate(orders):
            for column, text in enumerate(
                (order.order_name, order.customer, str(order.units), order.state)
            ):
                table.setItem(row, column, QTableWidgetItem(text))
        for button in (
            self.view.pick_list_button,
            self.view.slips_button,
            self.view.labels_button,
            self.view.close_batch_button,
        ):
            button.setEnabled(batch is not None)

    # -- bulk actions -------------------------------------------------------------------------

    def print_pick_list(self) -> None:
        """The selected batch's pick list, in bin order, on the slip printer."""
        batch = self.selected()
        if batch is None:
            return
        if not self.station.printing.pages_print_pdf():
            self.view.message.setText(
                self.tr(
                    "The slip printer takes labels only: "
                    "print pick lists with “packstation batches”"
                )
            )
            return
        batches, printing = self.station.batches, self.station.printing
        self._print(
            "pick_list",
            lambda: printing.send_now(batches.pick_list(batch.batch_id), batch.name, {}),
            self.tr("Pick list of {0} printed").format(batch.name),
        )

    def print_slips(self) -> None:
        """Every packing slip of the selected batch, as one job on the slip printer."""
        batch = self.selected()
        if batch is None:
            return
        batches, printing = self.station.batches, self.station.printing
        self._print(
            "slips",
            lambda: printing.send_now(
                batches.slips(batch.batch_id), batch.name, {"orders": batch.total}
            ),
            self.tr("%n packing slips of {0} printed", "", batch.total).format(batch.name),
        )

    def print_labels(self) -> None:
        """Labels for the verified orders of the batch that have none printed yet."""
        batch = self.selected()
        if batch is None:
            return

        def said(result: tuple[LabelRun, int]) -> str:
            run, not_verified = result
            parts = [self.tr("%n labels queued", "", run.queued)]
            if run.already_printed:
                parts.append(self.tr("%n printed before", "", run.already_printed))
            if run.to_check:
                parts.append(self.tr("%n to check at the printer (F11)", "", run.to_check))
            if not_verified:
                parts.append(self.tr("%n orders not verified yet", "", not_verified))
            self._state.print_due()
            return " · ".join(parts)

        self._run("labels", lambda: self.station.batches.queue_labels(batch.batch_id), said)

    def close_batch(self) -> None:
        """The batch is done: it leaves the screen."""
        batch = self.selected()
        if batch is None:
            return
        self._run(
            "close",
            lambda: self.station.batches.close(batch.batch_id),
            lambda _none: self.tr("{0} closed").format(batch.name),
        )

    # -- plumbing -----------------------------------------------------------------------------

    def _print(self, action: str, job: Callable[[], None], success: str) -> None:
        """Render and send on the printer worker: one printer, one job at a time."""
        self.view.message.setText(self.tr("Printing…"))

        def done(_result: None, error: BaseException | None) -> None:
            if error is not None:
                self._failed(action, error)
                return
            self.view.message.setText(success)
            self.acted.emit(action, True, success)

        self.poster.run_on(self.station.printer_queue.submit, job, done)

    def _run(self, action: str, job: Callable[[], object], success: Callable[..., str]) -> None:
        def done(result: object, error: BaseException | None) -> None:
            if error is not None:
                self._failed(action, error)
                return
            message = success(result)
            self.view.message.setText(message)
            self.acted.emit(action, True, message)
            self.refresh()
            self.preview()

        self.poster.run(self._executor, job, done)

    def _failed(self, action: str, error: BaseException) -> None:
        if not isinstance(error, _KNOWN_FAILURES):
            raise error
        self.view.message.setText(words.said(error))
        self.acted.emit(action, False, words.said(error))
