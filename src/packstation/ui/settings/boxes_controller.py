"""Settings → Boxes: edit the box catalogue, checked before it is saved (a lead's yes once the
station has leads); the file is written and audited on the DB-writer thread."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialogButtonBox, QTableWidgetItem

from packstation.domain.boxes import Box, BoxError, parse_boxes
from packstation.services.auth import Authorisation
from packstation.storage.db import StorageError
from packstation.ui.settings.boxes_view import BoxesView
from packstation.ui.shared import words
from packstation.ui.shared.state import StationState

LeadGate = Callable[[str, str, Callable[[Authorisation | None], None]], None]
FIELDS = ("name", "barcode", "length_mm", "width_mm", "height_mm", "tare_g", "max_weight_g")


class BoxesController(QObject):
    """Fills the table from the catalogue and saves it back."""

    saved = Signal()

    def __init__(self, state: StationState, view: BoxesView, gate: LeadGate) -> None:
        super().__init__(view)
        self.state = state
        self.view = view
        self._gate = gate
        self._service = state.station.packing.boxes
        for box in self._service.boxes:
            self._add_row(box)
        view.add_button.clicked.connect(lambda: self._add_row(None))
        view.remove_button.clicked.connect(self._remove_row)
        save = view.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.clicked.connect(self.save)
        view.buttons.rejected.connect(view.reject)

    def _add_row(self, box: Box | None) -> None:
        table = self.view.table
        row = table.rowCount()
        table.insertRow(row)
        for column, key in enumerate(FIELDS):
            value = "" if box is None else str(getattr(box, key))
            table.setItem(row, column, QTableWidgetItem(value))

    def _remove_row(self) -> None:
        rows = sorted({index.row() for index in self.view.table.selectedIndexes()}, reverse=True)
        for row in rows:
            self.view.table.removeRow(row)

    def entered(self) -> tuple[Box, ...]:
        """The boxes in the table, checked; raises BoxError in words."""
        entries: list[dict[str, object]] = []
        table = self.view.table
        for row in range(table.rowCount()):
            texts = [
                (item.text().strip() if (item := table.item(row, column)) else "")
                for column in range(len(FIELDS))
            ]
            if not any(texts):
                continue
            entry: dict[str, object] = {"name": texts[0], "barcode": texts[1]}
            for key, text in zip(FIELDS[2:], texts[2:], strict=True):
                try:
                    entry[key] = int(text)
                except ValueError:
                    entry[key] = text  # parse_boxes names the box and the field
            entries.append(entry)
        return parse_boxes(entries)

    def save(self) -> None:
        """Check the table, then (with a lead's yes) save and use it."""
        try:
            boxes = self.entered()
        except BoxError as exc:
            self.view.message.setText(self.tr("Not saved: {0}").format(words.said(exc)))
            return
        self._gate(
            self.tr("Save the list of %n boxes?", "", len(boxes)),
            "settings.boxes",
            lambda _authorisation: self._write(boxes),
        )

    def _write(self, boxes: tuple[Box, ...]) -> None:
        self.state.poster.run(
            self.state.db_writer, lambda: self._service.use_boxes(boxes), self._written
        )

    def _written(self, _result: None, error: BaseException | None) -> None:
        if error is not None:
            if not isinstance(error, StorageError | OSError):
                raise error
            self.view.message.setText(self.tr("Not saved: {0}").format(error))
            return
        self.saved.emit()
        self.view.accept()
