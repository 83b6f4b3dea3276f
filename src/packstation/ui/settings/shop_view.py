"""The shop connection dialog: address, credentials, a connection test and the locations."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)


class ShopView(QDialog):
    """Layout only; :class:`~packstation.ui.settings.shop_controller.ShopController` runs it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Shop connection"))
        self.resize(720, 560)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Connect this station to your Shopify store. Credentials are kept in this "
                "computer's keyring, never in files."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.url = QLineEdit(self)
        self.url.setObjectName("shopUrl")
        self.url.setPlaceholderText("https://your-shop.myshopify.com")  # i18n: not user text
        self.api_version = QLineEdit(self)
        self.api_version.setObjectName("apiVersion")
        form.addRow(self.tr("Shop address"), self.url)
        form.addRow(self.tr("API version"), self.api_version)
        kinds = QHBoxLayout()
        self.use_token = QRadioButton(self.tr("Admin access token"), self)
        self.use_client = QRadioButton(self.tr("Client id and secret"), self)
        self.kind = QButtonGroup(self)
        self.kind.addButton(self.use_token)
        self.kind.addButton(self.use_client)
        self.use_token.setChecked(True)
        kinds.addWidget(self.use_token)
        kinds.addWidget(self.use_client)
        form.addRow(self.tr("Sign in with"), kinds)
        self.token = QLineEdit(self)
        self.token.setObjectName("accessToken")
        self.token.setEchoMode(QLineEdit.EchoMode.Password)
        self.client_id = QLineEdit(self)
        self.client_id.setObjectName("clientId")
        self.client_secret = QLineEdit(self)
        self.client_secret.setObjectName("clientSecret")
        self.client_secret.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("Access token"), self.token)
        form.addRow(self.tr("Client id"), self.client_id)
        form.addRow(self.tr("Client secret"), self.client_secret)
        layout.addLayout(form)
        self.test_button = QPushButton(self.tr("Test connection"), self)
        self.test_button.setObjectName("testConnection")
        layout.addWidget(self.test_button)
        self.outcome = QLabel(self)
        self.outcome.setObjectName("connectionResult")
        self.outcome.setWordWrap(True)
        layout.addWidget(self.outcome)
        layout.addWidget(QLabel(self.tr("Pack orders for these locations:"), self))
        self.locations = QListWidget(self)
        self.locations.setObjectName("locations")
        layout.addWidget(self.locations, 1)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        layout.addWidget(self.buttons)
