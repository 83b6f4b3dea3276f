"""Settings → Carrier: the account, label format, Test connection and the shipping rules table."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from packstation.carriers.base import LABEL_FORMATS

CARRIER_KINDS = ("none", "shipmondo", "own")


class CarrierView(QDialog):
    """Layout only; :class:`~packstation.ui.settings.carrier_controller.CarrierController`
    fills and runs it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Carrier"))
        self.resize(1100, 720)
        layout = QVBoxLayout(self)
        account = QGroupBox(self.tr("Carrier account"), self)
        form = QFormLayout(account)
        self.kind = QComboBox(self)
        self.kind.setObjectName("carrierKind")
        for kind, words in zip(
            CARRIER_KINDS,
            (
                self.tr("None: the station's own numbers"),
                self.tr("Shipmondo"),
                self.tr("Own delivery (the shop's own van)"),
            ),
            strict=True,
        ):
            self.kind.addItem(words, kind)
        form.addRow(self.tr("Books labels with"), self.kind)
        self.base_url = QLineEdit(self)
        self.base_url.setObjectName("carrierBaseUrl")
        self.base_url.setPlaceholderText(self.tr("empty: the platform's production address"))
        form.addRow(self.tr("Address (URL)"), self.base_url)
        self.api_user = QLineEdit(self)
        self.api_user.setObjectName("carrierApiUser")
        self.api_key = QLineEdit(self)
        self.api_key.setObjectName("carrierApiKey")
        self.api_key.setEchoMode(QLineEdit.EchoMode.Password)
        self.api_key.setPlaceholderText(self.tr("empty: keep the key saved in the keyring"))
        form.addRow(self.tr("API user"), self.api_user)
        form.addRow(self.tr("API key"), self.api_key)
        self.own_agreement = QCheckBox(self.tr("Book on the shop's own carrier agreement"), self)
        form.addRow("", self.own_agreement)
        self.label_format = QComboBox(self)
        self.label_format.setObjectName("carrierLabelFormat")
        self.label_format.addItems(list(LABEL_FORMATS))
        self.label_format_label = QLabel(self.tr("Label format"), self)
        form.addRow(self.label_format_label, self.label_format)
        self.voec = QLineEdit(self)
        self.voec.setObjectName("carrierVoec")
        form.addRow(self.tr("VOEC number (Norway)"), self.voec)
        test_row = QHBoxLayout()
        self.test_button = QPushButton(self.tr("Test connection"), self)
        self.test_button.setObjectName("carrierTest")
        self.outcome = QLabel(self)
        self.outcome.setWordWrap(True)
        test_row.addWidget(self.test_button)
        test_row.addWidget(self.outcome, 1)
        form.addRow(test_row)
        layout.addWidget(account)

        rules = QGroupBox(self.tr("Shipping rules (the first rule that matches wins)"), self)
        rules_layout = QVBoxLayout(rules)
        self.rules = QTableWidget(0, 9, self)
        self.rules.setObjectName("shippingRules")
        self.rules.setHorizontalHeaderLabels(
            [
                self.tr("Name"),
                self.tr("Delivery type"),
                self.tr("Service code"),
                self.tr("Shipping method name"),
                self.tr("Countries"),
                self.tr("From g"),
                self.tr("To g"),
                self.tr("Product code"),
                self.tr("Services"),
            ]
        )
        self.rules.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.rules.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.rules.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        rules_layout.addWidget(self.rules)
        rule_buttons = QHBoxLayout()
        self.add_rule = QPushButton(self.tr("Add rule"), self)
        self.remove_rule = QPushButton(self.tr("Remove rule"), self)
        self.rule_up = QPushButton(self.tr("Move up"), self)
        self.rule_down = QPushButton(self.tr("Move down"), self)
        for button in (self.add_rule, self.remove_rule, self.rule_up, self.rule_down):
            rule_buttons.addWidget(button)
        rule_buttons.addStretch(1)
        rules_layout.addLayout(rule_buttons)
        layout.addWidget(rules, 1)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        layout.addWidget(self.buttons)
