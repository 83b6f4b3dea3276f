"""A lead authorises on the spot: name and PIN (or a badge scan) and a reason, over the screen."""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor

from PySide6.QtCore import QRegularExpression, Qt, Signal
from PySide6.QtGui import QKeyEvent, QRegularExpressionValidator, QShowEvent
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
from packstation.ui.shared import words
from packstation.ui.shared.sizes import READ_PT, bench_font
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
        signed_in_lead: str = "",
    ) -> None:
        super().__init__(parent)
        self.signed_in_lead = signed_in_lead  # a lead at the station: no PIN asked
        self.setWindowTitle(self.tr("Shift lead needed"))
        self.setModal(True)
        self.setFont(bench_font(self, READ_PT))  # every child reads at the bench size
        self._ask = ask
        self.authorisation: Authorisation | None = None
        layout = QVBoxLayout(self)
        title = QLabel(question, self)
        title.setWordWrap(True)
        title.setFont(bench_font(title, READ_PT, bold=True))
        layout.addWidget(title)
        form = QFormLayout()
        self.lead = QComboBox(self)
        self.lead.setObjectName("lead")
        self.lead.addItems(leads)
        self.pin = QLineEdit(self)
        self.pin.setObjectName("pin")
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        # digits only: a reason typed while the PIN had focus is refused, never kept as a PIN
        self.pin.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d{0,12}"), self))
        self.pin.returnPressed.connect(self._pin_entered)
        self.reason = QLineEdit(reason, self)
        self.reason.setObjectName("reason")
        self.reason.returnPressed.connect(self.try_pin)
        if signed_in_lead:
            self.lead.setCurrentText(signed_in_lead)
            form.addRow(
                QLabel(self.tr("Signed in as shift lead: {0}").format(signed_in_lead), self)
            )
        else:
            form.addRow(self.tr("Lead"), self.lead)
            form.addRow(self.tr("PIN"), self.pin)
        form.addRow(self.tr("Reason"), self.reason)
        layout.addLayout(form)
        hint = QLabel(self.tr("Or scan the lead's badge."), self)
        layout.addWidget(hint)
        self.lead.setVisible(not signed_in_lead)
        self.pin.setVisible(not signed_in_lead)
        self.setTabOrder(self.pin, self.reason)
        self.setTabOrder(self.reason, self.lead)
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
        self.first_field().setFocus()

    def first_field(self) -> QLineEdit:
        """Where typing starts: the PIN, or the reason when no PIN is asked."""
        return self.reason if self.signed_in_lead else self.pin

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt API)
        """Typing starts in the PIN (or the reason): digits never go to the lead list."""
        super().showEvent(event)
        self.first_field().setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt API)
        """Enter is each field's (PIN: on to the reason; reason: check), never the OK button's."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            return
        super().keyPressEvent(event)

    def _pin_entered(self) -> None:
        if self.reason.text().strip():
            self.try_pin()
        else:
            self.reason.setFocus()

    def try_pin(self) -> None:
        """Check the chosen lead's PIN (or take the signed-in lead's yes)."""
        if self.signed_in_lead:
            self._try()
            return
        self._try(lead=self.lead.currentText(), pin=self.pin.text())

    def try_badge(self, badge: str) -> None:
        """A badge was scanned while the dialog is open."""
        self._try(badge=badge)

    def _try(self, **credentials: str) -> None:
        # argon2 is slow on purpose (tens of ms): verify on a worker, answer on the GUI thread
        if not self.buttons.isEnabled():
            return  # one check at a time
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
            self.message.setText(words.said(error))
            self.checked.emit(False)
            return
        self.authorisation = authorisation
        self.message.clear()
        self.checked.emit(True)
        self.accept()
