"""Gift messages, order attributes and line properties the packer must read before F10.

The box shows in strong colour until the packer confirms it (Ctrl+G, a click, or scanning
the order's slip again); F10 before that is refused with a calm word. The confirmation is
audited, and kept per pack session while the station runs (a restart asks again).
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from packstation.domain.orders import FulfillmentOrder
from packstation.services.audit import audit_alone
from packstation.storage.db import StorageError
from packstation.ui.pack.extras_view import OrderExtrasView
from packstation.ui.shared.feedback import Tone
from packstation.ui.shared.state import StationState


class InstructionsController(QObject):
    """What the customer asked for, shown until the packer says it was read."""

    def __init__(self, state: StationState, view: OrderExtrasView) -> None:
        super().__init__(view)
        self.state = state
        self.view = view
        self._confirmed: set[str] = set()  # pack sessions whose instructions were read
        view.confirm_button.clicked.connect(self.confirm)

    def show_order(self, order: FulfillmentOrder, session_id: str) -> None:
        """Show the order's tags and instructions (or hide them when it has none)."""
        view = self.view
        view.tags_label.setText(self.tr("Tags: {0}").format(" · ".join(order.tags)))
        view.tags_label.setVisible(bool(order.tags))
        if not order.has_instructions:
            view.box.hide()
            return
        view.body.setText(self.instructions_text(order))
        if session_id in self._confirmed:
            view.show_read(self._read_title(order))
        else:
            view.show_waiting(
                self._title(order),
                view.body.text(),
                self.tr("Read ✓ (Ctrl+G)"),
            )

    def clear(self) -> None:
        """Nothing on the bench: nothing to show."""
        self.view.tags_label.hide()
        self.view.box.hide()

    def instructions_text(self, order: FulfillmentOrder) -> str:
        """Everything to read, one item a line."""
        parts = []
        if order.gift_message:
            parts.append(self.tr("Gift message: “{0}”").format(order.gift_message))
        parts.extend(f"{name}: {value}" for name, value in order.attributes)
        for line in order.lines:
            if line.properties:
                what = " · ".join(p for p in (line.title, line.variant_title) if p)
                asked = "; ".join(f"{name}: {value}" for name, value in line.properties)
                parts.append(f"{what} — {asked}")
        return "\n".join(parts)

    def _title(self, order: FulfillmentOrder) -> str:
        if order.gift_message:
            return self.tr("A gift: read this, pack as asked, then confirm")
        return self.tr("The customer asks for this: read it, then confirm")

    def _read_title(self, order: FulfillmentOrder) -> str:
        return self.tr("✓ Read: pack as the customer asked")

    @property
    def pending(self) -> bool:
        """Whether the order on the bench has instructions not yet confirmed."""
        opened = self.state.open
        return (
            opened is not None
            and opened.order.has_instructions
            and opened.session_id not in self._confirmed
        )

    def refusal(self) -> str | None:
        """Why F10 must wait, in words; None when nothing is waiting to be read."""
        if not self.pending:
            return None
        return self.tr(
            "Read the customer's instructions first, then press Ctrl+G or scan the slip again"
        )

    def confirm(self) -> None:
        """The packer has read the instructions."""
        opened = self.state.open
        if opened is None or not self.pending:
            return
        self._confirmed.add(opened.session_id)
        order = opened.order
        self.view.show_read(self._read_title(order))
        station = self.state.station
        detail: dict[str, object] = {
            "session_id": opened.session_id,
            "instructions": self.instructions_text(order),
        }
        self.state.poster.run(
            self.state.db_writer,
            lambda: audit_alone(
                station.session_factory,
                station.context,
                "pack.instructions_read",
                order.order_name,
                detail,
            ),
            self._audited,
        )
        self.state.say(
            Tone.GOOD, self.tr("Instructions read: pack {0} as asked").format(order.order_name)
        )

    def _audited(self, _result: None, error: BaseException | None) -> None:
        if error is not None and not isinstance(error, StorageError):
            raise error  # a database that is away is shown by the status bar already
