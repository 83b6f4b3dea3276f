"""What the pack screen shows beyond the lines: pictures, tags, instructions, the teach hint.

One object the pack controller calls when an order shows, leaves, or a scan comes back.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QSize

from packstation.domain.packing import ScanResult
from packstation.services.packing import OpenOrder
from packstation.services.product_images import queued_picture_urls
from packstation.sync.worker import SyncStatus
from packstation.ui.pack.completion import CompletionController
from packstation.ui.pack.images import ROW_WITH_PICTURE_PX, LinePictures
from packstation.ui.pack.instructions import InstructionsController
from packstation.ui.pack.model import PackLinesModel
from packstation.ui.pack.teach import TeachController
from packstation.ui.pack.view import PackView
from packstation.ui.shared.lead_gate import LeadAsker
from packstation.ui.shared.state import StationState

ROW_PX = 40  # a line without a picture


class OrderExtras(QObject):
    """Product pictures, the instructions to confirm before F10, and teaching a barcode."""

    def __init__(
        self,
        state: StationState,
        asker: LeadAsker,
        view: PackView,
        lines: PackLinesModel,
        completion: CompletionController,
    ) -> None:
        super().__init__(view)
        self.view = view
        self.pictures = LinePictures(state.station.images, self)
        self.pictures.ready.connect(lines.show_picture)
        self.instructions = InstructionsController(state, view.extras)
        completion.unread_instructions = self.instructions.refusal
        self.teacher = TeachController(state, asker, view, view.extras)
        self._reads = state.station.session_factory
        state.sync_status.connect(self._synced)
        side = ROW_WITH_PICTURE_PX - 8
        view.table.setIconSize(QSize(side, side))

    def _synced(self, status: SyncStatus) -> None:
        """New orders arrived: fetch their pictures ahead, so they show at once when opened."""
        if status.pulled is not None and status.pulled.new:
            reads = self._reads
            self.pictures.fetch_ahead(lambda: queued_picture_urls(reads))

    def show(self, opened: OpenOrder) -> None:
        """An order is on the bench: its tags, instructions and pictures (loaded off-thread)."""
        self.instructions.show_order(opened.order, opened.session_id)
        self.teacher.forget()
        with_pictures = self.pictures.show_order(opened.order)
        header = self.view.table.verticalHeader()
        header.setDefaultSectionSize(ROW_WITH_PICTURE_PX if with_pictures else ROW_PX)

    def clear(self) -> None:
        """The bench is empty."""
        self.instructions.clear()
        self.teacher.forget()

    def noticed(self, result: ScanResult) -> None:
        """An item scan's outcome (an unknown code may be taught)."""
        self.teacher.noticed(result)
