"""A lead authorises on the spot: name and PIN (or a badge scan) and a reason, over the screen."""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from packstation.services.auth import Authorisation, AuthorisationRefused
from packstation.storage.db import StorageError
from packstation.ui.shared.tasks import ResultPoster

# Asks a lead (question, action, then); ``then`` gets None when no authorisation is needed
LeadGate = Callable[[str, str, Callable[[Authorisation | None], None]], None]


class AuthoriseDialog(QDialog):
    """Asks a lead; ``authorisation`` is set when the lead said yes."""

    checked = Signal(bool)  # a PIN or badge was checked: accepted or not

    def __init__(
        self,
        question: str,
        leads: list[str],
        ask: Callable[..., Authorisation],
        parent: QWidget | None = None,
        *,
        reason: str = "",
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Shift lead needed"))
        self.setModal(True)
        self._ask = ask
        self.authorisation: Authorisation | None = None
        layout = QVBoxLayout(self)
        title = QLabel(question, self)
        title.setWordWrap(True)
        title.setStyleSheet("font-size: 16pt; font-weight: bold;")
        layout.addWidget(title)
        form = QFormLayout()
        self.lead = QComboBox(self)
        self.lead.setObjectName("lead")
        self.lead.addItems(leads)
        self.pin = QLineEdit(self)
        self.pin.setObjectName("pin")
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.reason = QLineEdit(reason, self)
        self.reason.setObjectName("reason")
        form.addRow(self.tr("Lead"), self.lead)
        form.addRow(self.tr("PIN"), self.pin)
        form.addRow(self.tr("Reason"), self.reason)
        layout.addLayout(form)
        hint = QLabel(self.tr("Or scan the lead's badge."), self)
        layout.addWidget(hint)
        self.message = QLabel(self)
        self.message.setObjectName("authMessage")
        self.message.setStyleSheet("color: #b3261e; font-weight: bold;")
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.try_pin)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._poster = ResultPoster(self)
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="authorise")
        self.finished.connect(lambda _code: self._executor.shutdown(wait=False))

    def try_pin(self) -> None:
        """Check the chosen lead's PIN."""
        self._try(lead=self.lead.currentText(), pin=self.pin.text())

    def try_badge(self, badge: str) -> None:
        """A badge was scanned while the dialog is open."""
        self._try(badge=badge)

    def _try(self, **credentials: str) -> None:
        # argon2 is slow on purpose (tens of ms): verify on a worker, answer on the GUI thread
        self.buttons.setEnabled(False)
        self.message.setText(self.tr("Checking…"))
        reason = self.reason.text()
        self._poster.run(
            self._executor, lambda: self._ask(reason=reason, **credentials), self._done
        )

    def _done(self, authorisation: Authorisation | None, error: BaseException | None) -> None:
        self.buttons.setEnabled(True)
        if error is not None:
            if not isinstance(error, AuthorisationRefused | StorageError):
                raise error
            self.pin.clear()
            self.message.setText(str(error))
            self.checked.emit(False)
            return
        self.authorisation = authorisation
        self.message.clear()
        self.checked.emit(True)
        self.accept()
