"""Settings → Carrier: fill the page, test the account off the GUI thread, save with a lead's yes.

The API user and key go to the keyring, the rest to the config file and the shipping rules
file. Rules apply at once; a new platform, address or key when the station starts again.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QComboBox, QTableWidgetItem

from packstation.app import Station
from packstation.carriers.credentials import (
    CarrierCredentials,
    CarrierCredentialStoreError,
    save_carrier_credentials,
)
from packstation.carriers.doctor import Line, carrier_lines
from packstation.carriers.rules_file import RuleRow, rows_from_file, rules_from_rows, save_rules
from packstation.config import ConfigError, Settings, save_station_settings, shipping_rules_path
from packstation.domain.shipping_rules import ShippingRule, ShippingRuleError
from packstation.services.auth import Authorisation
from packstation.ui.settings.carrier_view import CARRIER_KINDS, CarrierView
from packstation.ui.shared import words
from packstation.ui.shared.authorise_dialog import LeadGate
from packstation.ui.shared.device_words import device_state
from packstation.ui.shared.tasks import ResultPoster

METHOD_TYPES = ("SHIPPING", "PICKUP_POINT")
RULE_FIELDS = (
    "name",
    "method_type",
    "service_code",
    "presented_name",
    "countries",
    "min_weight_g",
    "max_weight_g",
    "product_code",
    "services",
)


class CarrierController(QObject):
    """Runs the carrier page."""

    tested = Signal(bool)
    saved = Signal()

    def __init__(
        self,
        station: Station,
        view: CarrierView,
        *,
        gate: LeadGate | None = None,
        audit: Callable[[str, str, dict[str, object]], None] | None = None,
    ) -> None:
        super().__init__(view)
        self.station = station
        self.view = view
        self._gate = gate
        self._audit = audit
        self.poster = ResultPoster(self)
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="carrier-check")
        settings = station.settings
        kind = settings.carrier_kind.strip().lower()
        view.kind.setCurrentIndex(CARRIER_KINDS.index(kind) if kind in CARRIER_KINDS else 0)
        view.base_url.setText(settings.carrier_base_url)
        view.own_agreement.setChecked(settings.carrier_own_agreement)
        view.label_format.setCurrentText(settings.carrier_label_format)
        label_printer = station.printers.get("label")
        if label_printer is not None:
            view.label_format_label.setText(
                self.tr("Label format ({0})").format(device_state(label_printer.name))
            )
        view.voec.setText(settings.carrier_voec_number)
        try:
            rows = rows_from_file(shipping_rules_path(settings))
        except (OSError, ValueError) as exc:
            rows = []
            view.message.setText(self.tr("The rules file cannot be read: {0}").format(exc))
        for row in rows:
            self._append(row)
        view.test_button.clicked.connect(self.test_connection)
        view.add_rule.clicked.connect(lambda: self._append(RuleRow()))
        view.remove_rule.clicked.connect(self._remove)
        view.rule_up.clicked.connect(lambda: self._move(-1))
        view.rule_down.clicked.connect(lambda: self._move(1))
        view.buttons.accepted.connect(self.save)
        view.buttons.rejected.connect(view.reject)
        view.finished.connect(lambda _code: self._executor.shutdown(wait=False))

    # -- the rules table ---------------------------------------------------------------------

    def _append(self, row: RuleRow) -> None:
        table = self.view.rules
        index = table.rowCount()
        table.insertRow(index)
        for column, name in enumerate(RULE_FIELDS):
            if name == "method_type":
                combo = QComboBox(table)
                combo.addItems(list(METHOD_TYPES))
                combo.setCurrentText(row.method_type.upper() or "SHIPPING")
                table.setCellWidget(index, column, combo)
            else:
                table.setItem(index, column, QTableWidgetItem(getattr(row, name)))
        table.selectRow(index)

    def rows(self) -> list[RuleRow]:
        """The rules as the table shows them, in order."""
        table = self.view.rules
        rows = []
        for index in range(table.rowCount()):
            values: dict[str, str] = {}
            for column, name in enumerate(RULE_FIELDS):
                widget = table.cellWidget(index, column)
                if isinstance(widget, QComboBox):
                    values[name] = widget.currentText()
                else:
                    item = table.item(index, column)
                    values[name] = item.text() if item is not None else ""
            rows.append(RuleRow(**values))
        return rows

    def _remove(self) -> None:
        table = self.view.rules
        if table.currentRow() >= 0:
            table.removeRow(table.currentRow())

    def _move(self, step: int) -> None:
        table = self.view.rules
        index = table.currentRow()
        target = index + step
        if index < 0 or not 0 <= target < table.rowCount():
            return
        rows = self.rows()
        rows[index], rows[target] = rows[target], rows[index]
        table.setRowCount(0)
        for row in rows:
            self._append(row)
        table.selectRow(target)

    # -- account -----------------------------------------------------------------------------

    def _settings(self) -> Settings:
        return replace(
            self.station.settings,
            carrier_kind=str(self.view.kind.currentData()),
            carrier_base_url=self.view.base_url.text().strip().rstrip("/"),
            carrier_own_agreement=self.view.own_agreement.isChecked(),
            carrier_label_format=self.view.label_format.currentText(),
            carrier_voec_number=self.view.voec.text().strip(),
        )

    def credentials(self) -> CarrierCredentials | None:
        """What was typed; None keeps the keyring's (both fields empty)."""
        user, key = self.view.api_user.text().strip(), self.view.api_key.text().strip()
        return CarrierCredentials(user, key, "typed") if user and key else None

    def test_connection(self) -> None:
        """Ask the platform for the account, its carriers and products (off the GUI thread)."""
        settings, credentials = self._settings(), self.credentials()
        try:
            config = settings.carrier_config
        except ConfigError as exc:
            self.view.outcome.setText(str(exc))
            return
        self.view.test_button.setEnabled(False)
        self.view.outcome.setText(self.tr("Testing the connection…"))
        sender_missing = settings.sender_missing
        self.poster.run(
            self._executor,
            lambda: carrier_lines(config, sender_missing, credentials),
            self._show_lines,
        )

    def _show_lines(self, lines: list[Line] | None, error: BaseException | None) -> None:
        self.view.test_button.setEnabled(True)
        if error is not None:
            if not isinstance(error, ConfigError | ValueError):
                raise error
            self.view.outcome.setText(str(error))
            self.tested.emit(False)
            return
        assert lines is not None
        ok = all(good for good, _what, _detail in lines)
        self.view.outcome.setText(
            "\n".join(
                f"{'✓' if good else '✗'} {words.said(what)}: {words.said(detail)}"
                for good, what, detail in lines
            )
        )
        self.view.outcome.setStyleSheet("color: #1b7f3b;" if ok else "color: #b3261e;")
        self.tested.emit(ok)

    # -- saving ------------------------------------------------------------------------------

    def save(self) -> None:
        """Check the rules, then save once a shift lead agreed (when the station has leads)."""
        try:
            rules_from_rows(self.rows())
            self._settings().carrier_config  # noqa: B018 (checks the kind and label format)
        except (ShippingRuleError, ConfigError) as exc:
            self.view.message.setText(words.said(exc))
            return
        if self._gate is None:
            self._save(None)
            return
        self._gate(self.tr("Change the carrier settings?"), "settings.change", self._save)

    def _save(self, authorisation: Authorisation | None) -> None:
        settings, credentials, rows = self._settings(), self.credentials(), self.rows()
        path = shipping_rules_path(settings)
        self.view.message.setText(self.tr("Saving…"))

        def store() -> tuple[ShippingRule, ...]:
            if credentials is not None:
                save_carrier_credentials(
                    settings.carrier_kind, settings.carrier_base_url, credentials
                )
            save_station_settings(
                {
                    "carrier_kind": settings.carrier_kind,
                    "carrier_base_url": settings.carrier_base_url,
                    "carrier_own_agreement": settings.carrier_own_agreement,
                    "carrier_label_format": settings.carrier_label_format,
                    "carrier_voec_number": settings.carrier_voec_number,
                }
            )
            return save_rules(path, rows)

        def stored(rules: tuple[ShippingRule, ...] | None, error: BaseException | None) -> None:
            if error is not None:
                if not isinstance(
                    error, CarrierCredentialStoreError | ConfigError | ShippingRuleError | OSError
                ):
                    raise error
                self.view.message.setText(words.said(error))
                return
            assert rules is not None
            self._apply_rules(rules)
            if self._audit is not None:
                detail: dict[str, object] = {
                    "carrier_kind": settings.carrier_kind,
                    "carrier_base_url": settings.carrier_base_url,
                    "carrier_label_format": settings.carrier_label_format,
                    "rules": len(rules),
                    "key_changed": credentials is not None,
                }  # never the key itself
                if authorisation is not None:
                    detail |= {"lead": authorisation.lead, "reason": authorisation.reason}
                self._audit("settings.changed", "carrier", detail)
            self.saved.emit()
            self.view.accept()

        self.poster.run(self._executor, store, stored)

    def _apply_rules(self, rules: tuple[ShippingRule, ...]) -> None:
        """The new rules decide the next F10 at once."""
        bookings = self.station.bookings
        if bookings is not None:
            bookings.rules = rules
        self.station.rebooking.products = tuple(sorted({r.product_code for r in rules}))
