"""Shop connection: test the credentials off the GUI thread, choose locations, save safely."""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QDialogButtonBox, QListWidgetItem, QPushButton

from packstation.app import Station, build_shopify_connector
from packstation.config import ConfigError, Settings, save_station_settings
from packstation.services.auth import Authorisation
from packstation.shop.base import ShopConnector, ShopError
from packstation.shop.shopify.connector import ConnectionReport, numeric_id
from packstation.shop.shopify.credentials import (
    CredentialStoreError,
    ShopCredentials,
    save_credentials,
)
from packstation.ui.settings.shop_view import ShopView
from packstation.ui.shared import words
from packstation.ui.shared.authorise_dialog import LeadGate
from packstation.ui.shared.tasks import ResultPoster


class ShopController(QObject):
    """Fills the dialog, runs the connection test and saves the connection."""

    tested = Signal(bool)
    saved = Signal()

    def __init__(
        self,
        station: Station,
        view: ShopView,
        *,
        gate: LeadGate | None = None,
        audit: Callable[[str, str, dict[str, object]], None] | None = None,
    ) -> None:
        super().__init__(view)
        self._gate = gate
        self._audit = audit
        self.station = station
        self.view = view
        self.poster = ResultPoster(self)
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="shop-check")
        self._report: ConnectionReport | None = None
        settings = station.settings
        view.url.setText(settings.shopify_url)
        view.api_version.setText(settings.shopify_api_version)
        view.use_token.toggled.connect(self._show_kind)
        self._show_kind(True)
        view.test_button.clicked.connect(self.test_connection)
        view.buttons.accepted.connect(self.save)
        view.buttons.rejected.connect(view.reject)
        view.finished.connect(lambda _code: self._executor.shutdown(wait=False))
        self._save_button().setEnabled(False)

    def _save_button(self) -> QPushButton:
        return self.view.buttons.button(QDialogButtonBox.StandardButton.Save)

    def _show_kind(self, _checked: bool) -> None:
        token = self.view.use_token.isChecked()
        self.view.token.setEnabled(token)
        self.view.client_id.setEnabled(not token)
        self.view.client_secret.setEnabled(not token)

    def credentials(self) -> ShopCredentials:
        """What was typed (one kind only)."""
        if self.view.use_token.isChecked():
            return ShopCredentials(access_token=self.view.token.text().strip())
        return ShopCredentials(
            client_id=self.view.client_id.text().strip(),
            client_secret=self.view.client_secret.text().strip(),
        )

    def _settings(self) -> Settings:
        return replace(
            self.station.settings,
            shop="shopify",
            shopify_url=self.view.url.text().strip().rstrip("/"),
            shopify_api_version=self.view.api_version.text().strip() or "2026-04",
            shopify_locations=",".join(self.chosen_locations()),
        )

    def chosen_locations(self) -> list[str]:
        """The ids of the ticked locations."""
        items = (self.view.locations.item(i) for i in range(self.view.locations.count()))
        return [
            str(item.data(Qt.ItemDataRole.UserRole))
            for item in items
            if item.checkState() == Qt.CheckState.Checked
        ]

    def test_connection(self) -> None:
        """Ask the shop who it is, what this app may do and where it ships from."""
        settings, credentials = self._settings(), self.credentials()
        if not settings.shopify_url.startswith(("https://", "http://")):
            self.view.outcome.setText(self.tr("Enter the shop address, starting with https://"))
            return
        if not credentials.complete:
            self.view.outcome.setText(
                self.tr("Enter the access token, or the client id and secret")
            )
            return
        self.view.test_button.setEnabled(False)
        self.view.outcome.setText(self.tr("Testing the connection…"))

        def check() -> ConnectionReport:
            connector = build_shopify_connector(settings, credentials)
            try:
                return connector.check_connection()
            finally:
                connector.close()

        self.poster.run(self._executor, check, self._show_report)

    def _show_report(self, report: ConnectionReport | None, error: BaseException | None) -> None:
        self.view.test_button.setEnabled(True)
        if error is not None:
            if not isinstance(error, ShopError | ConfigError):
                raise error
            self.view.outcome.setText(
                self.tr("The connection failed: {0}").format(words.said(error))
            )
            self.view.outcome.setStyleSheet("color: #b3261e;")
            self.tested.emit(False)
            return
        assert report is not None
        self._report = report
        lines = [self.tr("Connected to {0} ({1}).").format(report.shop_name, report.domain)]
        missing = report.missing_in_words()
        if missing:
            lines.append(self.tr("The app lacks these permissions (access scopes):"))
            lines.extend(f"• {words.said(sentence)}" for sentence in missing)
        self.view.outcome.setText("\n".join(lines))
        self.view.outcome.setStyleSheet("color: #b3261e;" if missing else "color: #1b7f3b;")
        chosen = {numeric_id(i) for i in self.station.settings.shopify_location_ids}
        self.view.locations.clear()
        for location in report.locations:
            item = QListWidgetItem(
                location.name
                if location.active
                else self.tr("{0} (inactive)").format(location.name)
            )
            item.setData(Qt.ItemDataRole.UserRole, location.location_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = numeric_id(location.location_id) in chosen or len(report.locations) == 1
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.view.locations.addItem(item)
        self._save_button().setEnabled(True)
        self.tested.emit(True)

    def save(self) -> None:
        """Check, then save once a shift lead agreed (when the station has leads)."""
        if self._report is None:
            self.view.message.setText(self.tr("Test the connection before saving"))
            return
        if not self.chosen_locations():
            self.view.message.setText(self.tr("Choose at least one location to pack for"))
            return
        if self._gate is None:
            self._save(None)
            return
        self._gate(self.tr("Change the shop connection?"), "settings.change", self._save)

    def _save(self, authorisation: Authorisation | None) -> None:
        """Credentials to the keyring, the rest to the config file (off the GUI thread: a
        keyring may ask the desktop's secret service); then the station switches over."""
        settings = self._settings()
        credentials = self.credentials()
        self._save_button().setEnabled(False)
        self.view.message.setText(self.tr("Saving…"))

        def store() -> ShopConnector:
            save_credentials(settings.shopify_url, credentials)
            save_station_settings(
                {
                    "shop": "shopify",
                    "shopify_url": settings.shopify_url,
                    "shopify_api_version": settings.shopify_api_version,
                    "shopify_locations": settings.shopify_locations,
                }
            )
            return build_shopify_connector(settings)

        def stored(connector: ShopConnector | None, error: BaseException | None) -> None:
            self._save_button().setEnabled(True)
            if error is not None:
                if not isinstance(error, CredentialStoreError | ConfigError):
                    raise error
                self.view.message.setText(words.said(error))
                return
            assert connector is not None
            self.station.use_connector(connector, settings)
            if self._audit is not None:
                detail: dict[str, object] = {
                    "shop": "shopify",
                    "shopify_url": settings.shopify_url,
                    "shopify_locations": settings.shopify_locations,
                }  # never the credentials
                if authorisation is not None:
                    detail |= {"lead": authorisation.lead, "reason": authorisation.reason}
                self._audit("settings.changed", "shop connection", detail)
            self.saved.emit()
            self.view.accept()

        self.poster.run(self._executor, store, stored)
