"""An item past its GS1 expiry date counts only after a shift lead's yes (a station setting)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject

from packstation.services.auth import Authorisation
from packstation.services.packing import OpenOrder
from packstation.ui.pack.words import ScanWords
from packstation.ui.shared.feedback import Tone
from packstation.ui.shared.lead_gate import LeadAsker
from packstation.ui.shared.state import StationState

# count(code, source, quantity, approved_by): verify the scan as usual, naming the lead
Count = Callable[[str, str, int, str], None]


class ExpiredGate(QObject):
    """Holds an expired item's scan until a lead approves it; without the setting, lets it by."""

    def __init__(
        self, state: StationState, asker: LeadAsker, words: ScanWords, count: Count
    ) -> None:
        super().__init__(asker)
        self.state = state
        self.asker = asker
        self.words = words
        self.count = count

    def asks(self, opened: OpenOrder, code: str, source: str, quantity: int) -> bool:
        """True when the scan waits for a lead (or the packer was told why it cannot count).

        Only a scan that would count is held: a wrong item or one too many is answered as
        usual. Nothing is counted or saved until the lead says yes.
        """
        station = self.state.station
        if not station.settings.expired_needs_lead:
            return False
        expired = station.packing.expired_item(opened, code, quantity)
        if expired is None:
            return False
        item, day = self.words.item(expired.line), expired.warning.expiry.isoformat()
        self.state.say(
            Tone.WARNING,
            self.tr("{0} expired on {1}: a shift lead must approve it before it counts").format(
                item, day
            ),
        )

        def approved(authorisation: Authorisation) -> None:
            if self.state.open is opened:  # still the order the item was scanned for
                self.count(code, source, quantity, authorisation.lead)

        dialog = self.asker.ask_lead(
            self.tr("Count {0} though it expired on {1}?").format(item, day),
            "pack.expired",
            opened.order.order_name,
            approved,
            reason=self.tr("Expired on {0}").format(day),
        )
        if dialog is not None:
            dialog.rejected.connect(
                lambda: self.state.say(
                    Tone.WRONG,
                    self.tr("Not counted: {0} expired on {1}. Put it aside").format(item, day),
                )
            )
        return True
