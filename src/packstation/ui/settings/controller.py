"""Settings: printers are chosen, tested and saved here (test prints run on the printer worker)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QObject, Signal

from packstation.app import Station
from packstation.config import ConfigError, save_station_settings
from packstation.devices.printer.base import PrintDocument, Printer, PrinterError
from packstation.devices.printer.factory import PrinterSettingError, make_printer
from packstation.devices.scanner.keyboard_layout import AZERTY, describe_keys, layout_mismatch
from packstation.devices.scanner.serial_scanner import list_serial_ports
from packstation.domain.gs1 import Gs1Error
from packstation.domain.scan_input import interpret
from packstation.domain.symbology import split_symbology
from packstation.labels.command_sheet import command_sheet_pdf
from packstation.labels.printer_check import check_label_zpl, check_page_pdf
from packstation.services.auth import Authorisation
from packstation.ui.settings.view import PrinterRow, SettingsView
from packstation.ui.shared import words
from packstation.ui.shared.authorise_dialog import LeadGate
from packstation.ui.shared.scanners import ScannerHub
from packstation.ui.shared.tasks import ResultPoster


class SettingsController(QObject):
    """Fills the dialog from the settings, runs test prints and saves."""

    test_printed = Signal(str, bool, str)  # kind, ok, message
    saved = Signal()

    def __init__(
        self,
        station: Station,
        view: SettingsView,
        scanners: ScannerHub | None = None,
        *,
        gate: LeadGate | None = None,
        audit: Callable[[str, str, dict[str, object]], None] | None = None,
    ) -> None:
        super().__init__(view)
        self._gate = gate
        self._audit = audit
        self._scanners = scanners
        if scanners is not None:
            scanners.capture = self.show_scan
            view.finished.connect(self._release_scanners)
        ports = list_serial_ports()
        view.ports.setText(
            self.tr("Serial ports: {0}").format("; ".join(p.label for p in ports))
            if ports
            else self.tr("No serial ports found (keyboard-wedge scanners need none)")
        )
        self.station = station
        self.view = view
        self.poster = ResultPoster(self)
        settings = station.settings
        self._rows = {"label": view.label_row, "slip": view.slip_row}
        view.label_row.target.setCurrentText(settings.label_printer)
        view.slip_row.target.setCurrentText(settings.slip_printer)
        for kind, row in self._rows.items():
            row.test_button.clicked.connect(lambda _=False, k=kind: self.test_print(k))
            current = station.printers.get(kind)
            in_use = words.device_state(current.name) if current else ""
            row.status.setText(self.tr("In use: {0}").format(in_use) if current else "")
        view.command_sheet_button.clicked.connect(self.print_command_sheet)
        view.buttons.accepted.connect(self.save)
        view.buttons.rejected.connect(view.reject)

    def _release_scanners(self) -> None:
        if self._scanners is not None and self._scanners.capture == self.show_scan:
            self._scanners.capture = None

    def show_scan(self, text: str, source: str, gaps: tuple[int, ...] | None) -> None:
        """Describe a test scan: characters, timing, barcode type and any layout problem."""
        parts = [f"{source}: {describe_keys(text)}"]
        if gaps:
            parts.append(
                self.tr("%n keys, gaps {0}–{1} ms", "", len(gaps)).format(min(gaps), max(gaps))
            )
        symbology, _data = split_symbology(text)
        if symbology is not None:
            parts.append(symbology.name)
        try:
            scan = interpret(text)
            if scan.gs1 is not None:
                parts.append("GS1 " + " ".join(f"({ai}){value}" for ai, value in scan.gs1.elements))
        except Gs1Error as exc:
            parts.append(self.tr("broken GS1 data: {0}").format(words.said(exc)))
        mismatch = layout_mismatch(text)
        if mismatch is not None:
            layout = (
                self.tr("French AZERTY")
                if mismatch.layout == AZERTY
                else self.tr("Danish, Swedish or Norwegian")
            )
            parts.append(
                self.tr(
                    "⚠ this looks like {0} typed for a {1} keyboard: set the scanner's keyboard "
                    "country to match this computer"
                ).format(mismatch.meant, layout)
            )
        self.view.scan_log.appendPlainText(" · ".join(parts))

    def print_command_sheet(self) -> None:
        """The command barcodes on the slip printer (a page printer), via the printer queue."""
        printing = self.station.printing
        if not printing.pages_print_pdf():
            self.view.message.setText(
                self.tr("The slip printer takes labels only: use “packstation commands --out FILE”")
            )
            return
        station, paper = self.station.context.station, self.station.settings.paper

        def job() -> None:
            document = PrintDocument(
                "command-barcodes", "slip", "pdf", command_sheet_pdf(station, paper)
            )
            printing.send_now(document, "command sheet", {})

        def done(_result: None, error: BaseException | None) -> None:
            if error is not None and not isinstance(error, PrinterError):
                raise error
            message = words.said(error) if error else self.tr("Command barcodes printed")
            self.view.message.setText(message)
            self.test_printed.emit("commands", error is None, message)

        self.view.message.setText(self.tr("Printing the command barcodes…"))
        self.poster.run_on(self.station.printer_queue.submit, job, done)

    def _printer(self, kind: str) -> Printer:
        target = self._rows[kind].target.currentText().strip()
        zpl = kind == "label" or self.station.settings.slip_format == "zpl"
        return make_printer(target, default_spool=self.station.settings.spool_folder, zpl=zpl)

    def test_print(self, kind: str) -> None:
        """Send a test label or page to the printer in the box (not yet saved)."""
        row: PrinterRow = self._rows[kind]
        try:
            printer = self._printer(kind)
        except PrinterSettingError as exc:
            row.status.setText(words.said(exc))
            self.test_printed.emit(kind, False, words.said(exc))
            return
        now = datetime.now().astimezone()
        station = self.station.context.station
        if kind == "label" or self.station.settings.slip_format == "zpl":
            data, kind_of_data = check_label_zpl(station, printer.name, now), "zpl"
        else:
            data, kind_of_data = check_page_pdf(station, printer.name, now), "pdf"
        document = PrintDocument(f"test-{kind}-{now:%H%M%S}", kind, kind_of_data, data)
        row.status.setText(self.tr("Printing a test on {0}…").format(printer.name))

        def done(_receipt: object, error: BaseException | None) -> None:
            if error is not None and not isinstance(error, PrinterError):
                raise error
            message = (
                words.said(error) if error else self.tr("Test printed on {0}").format(printer.name)
            )
            row.status.setText(message)
            self.test_printed.emit(kind, error is None, message)

        self.poster.run_on(self.station.printer_queue.submit, lambda: printer.send(document), done)

    def save(self) -> None:
        """Check, then save once a shift lead agreed (when the station has leads)."""
        if self._gate is None:
            self._save(None)
            return
        self._gate(self.tr("Change the printer settings?"), "settings.change", self._save)

    def _save(self, authorisation: Authorisation | None) -> None:
        """Save to the config file and switch the running station to the new printers."""
        before = {
            "label_printer": self.station.settings.label_printer,
            "slip_printer": self.station.settings.slip_printer,
        }
        try:
            printers = {kind: self._printer(kind) for kind in self._rows}
            path = save_station_settings(
                {
                    f"{kind}_printer": row.target.currentText().strip()
                    for kind, row in self._rows.items()
                }
            )
        except (PrinterSettingError, ConfigError) as exc:
            self.view.message.setText(words.said(exc))
            return
        self.station.use_printers(printers)
        if self._audit is not None:
            after = {
                f"{kind}_printer": row.target.currentText().strip()
                for kind, row in self._rows.items()
            }
            changes: dict[str, object] = {
                key: {"from": before[key], "to": value}
                for key, value in after.items()
                if before.get(key) != value
            }
            detail: dict[str, object] = {"changes": changes}
            if authorisation is not None:
                detail |= {"lead": authorisation.lead, "reason": authorisation.reason}
            self._audit("settings.changed", "printers", detail)
        self.view.message.setText(self.tr("Saved to {0}").format(path))
        self.saved.emit()
        self.view.accept()
