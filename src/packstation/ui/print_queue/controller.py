"""The print queue's controller: sends due jobs on the printer worker and shows printer state."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QLabel

from packstation.domain.shipments import Shipment
from packstation.services.printing import PrintOutcome, PrintQueueError, PrintRun
from packstation.ui.print_queue.model import PrintQueueModel
from packstation.ui.print_queue.view import PrintQueueView
from packstation.ui.shared import words
from packstation.ui.shared.feedback import Tone
from packstation.ui.shared.state import StationState


class PrintQueueController(QObject):
    """Runs print passes off the GUI thread; the F11 panel settles jobs that may not print."""

    def __init__(self, state: StationState, view: PrintQueueView, status: QLabel) -> None:
        super().__init__(view)
        self.state = state
        self.station = state.station
        self.view = view
        self.status = status  # the printer part of the status bar
        self.model = PrintQueueModel()
        self._printing = False
        self._again = False  # a pass was asked for while one ran
        self._showing_jobs = False  # the status bar shows waiting or uncertain jobs
        view.table.setModel(self.model)
        view.retry_button.clicked.connect(self.retry)
        view.printed_button.clicked.connect(lambda: self.resolve_selected_job(printed=True))
        view.not_printed_button.clicked.connect(lambda: self.resolve_selected_job(printed=False))
        state.print_wanted.connect(self.process_print_queue)
        state.print_queue_changed.connect(self.refresh)
        self._timer = QTimer(self)
        self._timer.setInterval(10_000)
        self._timer.timeout.connect(self.process_print_queue)
        self._timer.start()

    def process_print_queue(
        self, shipment: Shipment | None = None, before: Callable[[], object] | None = None
    ) -> None:
        """Send due print jobs on the printer worker, after ``before`` (a queue change) runs
        there too; reports on ``shipment`` when given. Rendering never happens on this thread.
        """
        if self.state.closed:
            return
        if self._printing:
            if shipment is not None or before is not None:  # run again right after this pass
                QTimer.singleShot(200, lambda: self.process_print_queue(shipment, before))
            else:  # a plain "print what is due" (Retry): one more pass once this one ends
                self._again = True
            return
        self._printing = True
        printing = self.station.printing

        def job() -> tuple[PrintRun, PrintOutcome | None]:
            if before is not None:
                before()
            run = printing.process_due()
            return run, printing.outcome(shipment) if shipment is not None else None

        self.state.poster.run_on(self.station.printer_queue.submit, job, self._print_ran)

    def _print_ran(
        self,
        result: tuple[PrintRun, PrintOutcome | None] | None,
        error: BaseException | None,
    ) -> None:
        self._printing = False
        if self._again:
            self._again = False
            QTimer.singleShot(0, self.process_print_queue)
        if error is not None:
            self.state.busy = False
            if isinstance(error, PrintQueueError):
                self.state.say(Tone.WRONG, words.said(error))
                return
            raise error
        assert result is not None
        run, outcome = result
        self.refresh()
        if run.uncertain:
            self.view.show()
        if outcome is not None:
            self.state.busy = False
            self.state.printed.emit(outcome)

    def refresh(self) -> None:
        """Reload the print-queue panel and the printer status."""
        jobs = self.station.printing.jobs()
        self.model.set_jobs(jobs)
        waiting = [j for j in jobs if j.state == "queued" and j.attempts]
        uncertain = [j for j in jobs if j.state == "uncertain"]
        label = self.status
        showed_jobs, self._showing_jobs = self._showing_jobs, bool(uncertain or waiting)
        if uncertain:
            label.setText(self.tr("Printer: check %n jobs (F11)", "", len(uncertain)))
            label.setStyleSheet("color: #8a5a00; font-weight: bold;")
        elif waiting:
            label.setText(
                self.tr("Printer: %n waiting: {0}", "", len(waiting)).format(
                    words.device_state(waiting[0].last_error)
                )
            )
            label.setStyleSheet("color: #b3261e; font-weight: bold;")
        else:
            label.setStyleSheet("")
            if showed_jobs:  # the waiting jobs printed: the old error is no longer true
                self.check_printers()

    def retry(self) -> None:
        """Retry the waiting jobs; a full disk or a lost database is said in words."""
        problem = self.station.printing.retry_now()
        if problem:
            self.state.say(Tone.WRONG, problem)
            return
        self.state.print_due()

    def check_printers(self) -> None:
        """Ask each printer for its state, off the GUI thread."""
        if self.state.closed:
            return

        def ask() -> str:
            states = {p.name: p.describe() for p in self.station.printers.values()}
            return " · ".join(
                f"{words.device_state(name)}: {words.device_state(state)}"
                for name, state in states.items()
            )

        self.state.poster.run_on(self.station.printer_queue.submit, ask, self._printers_checked)

    def _printers_checked(self, text: str | None, error: BaseException | None) -> None:
        if error is not None:
            raise error
        self.status.setText(self.tr("Printers: {0}").format(text))

    def toggle(self) -> None:
        """Show or hide the print-queue panel."""
        self.view.setVisible(not self.view.isVisible())
        if self.view.isVisible():
            self.refresh()

    def resolve_selected_job(self, *, printed: bool) -> None:
        """Settle an uncertain job the packer has checked at the printer."""
        index = self.view.table.currentIndex()
        if not index.isValid():
            self.state.say(Tone.WRONG, self.tr("Select a job in the print queue first"))
            return
        job_id = self.model.job(index.row()).job_id
        self.process_print_queue(
            before=lambda: self.station.printing.resolve_uncertain(job_id, printed=printed)
        )

    def stop(self) -> None:
        """Stop the periodic print pass."""
        self._timer.stop()
