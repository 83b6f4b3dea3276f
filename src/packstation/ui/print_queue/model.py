"""Item model of the print-queue panel."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor

from packstation.services.printing import PrintJobView
from packstation.ui.shared import words
from packstation.ui.shared.table_model import ListTableModel, ModelIndex
from packstation.ui.shared.words import QT_TRANSLATE_NOOP

_STATE_COLOURS = {"uncertain": "#fbe3a6", "queued": "#f6c7c3", "done": "#cdebd3"}


def _tr(text: str) -> str:
    return QCoreApplication.translate("PrintQueueModel", text)


class PrintQueueModel(ListTableModel):
    """The newest print jobs."""

    HEADERS = (
        QT_TRANSLATE_NOOP("PrintQueueModel", "Job"),
        QT_TRANSLATE_NOOP("PrintQueueModel", "Order"),
        QT_TRANSLATE_NOOP("PrintQueueModel", "Document"),
        QT_TRANSLATE_NOOP("PrintQueueModel", "Printer"),
        QT_TRANSLATE_NOOP("PrintQueueModel", "State"),
        QT_TRANSLATE_NOOP("PrintQueueModel", "Tries"),
        QT_TRANSLATE_NOOP("PrintQueueModel", "Problem"),
    )

    def set_jobs(self, jobs: list[PrintJobView]) -> None:
        """Replace the contents."""
        self.set_rows(jobs)

    def job(self, row: int) -> PrintJobView:
        """The job shown in a row."""
        job: PrintJobView = self.row_item(row)
        return job

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Qt API."""
        if not index.isValid():
            return None
        job = self.job(index.row())
        if role == Qt.ItemDataRole.DisplayRole:
            document = _tr("label") if job.kind == "label" else _tr("packing slip")
            if job.is_reprint:
                document += " " + _tr("(reprint)")
            state = {
                "queued": _tr("waiting") if job.attempts else _tr("queued"),
                "sending": _tr("sending"),
                "done": _tr("printed"),
                "uncertain": _tr("check the printer"),
                "cancelled": _tr("not printed"),
            }.get(job.state, job.state)
            return (
                job.job_id,
                job.order_name,
                document,
                words.device_state(job.printer),
                state,
                job.attempts,
                words.device_state(job.last_error),
            )[index.column()]
        if role == Qt.ItemDataRole.BackgroundRole and job.state in _STATE_COLOURS:
            if job.state == "queued" and not job.attempts:
                return None
            return QBrush(QColor(_STATE_COLOURS[job.state]))
        return None
