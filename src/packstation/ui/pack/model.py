"""Item model of the pack view: the order's lines with ordered and scanned units."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QPixmap

from packstation.domain.packing import PackSession
from packstation.ui.shared.table_model import ListTableModel, ModelIndex
from packstation.ui.shared.words import QT_TRANSLATE_NOOP

_ROLES_SHOWN = frozenset(
    {
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.DecorationRole,
        Qt.ItemDataRole.BackgroundRole,
        Qt.ItemDataRole.TextAlignmentRole,
    }
)
_DONE, _HIGHLIGHT = QBrush(QColor("#cdebd3")), QBrush(QColor("#fff2b3"))


class PackLinesModel(ListTableModel):
    """Lines of the order on the bench."""

    HEADERS = (
        QT_TRANSLATE_NOOP("PackLinesModel", "Item"),
        QT_TRANSLATE_NOOP("PackLinesModel", "Variant"),
        QT_TRANSLATE_NOOP("PackLinesModel", "SKU"),
        QT_TRANSLATE_NOOP("PackLinesModel", "Bin"),
        QT_TRANSLATE_NOOP("PackLinesModel", "Ordered"),
        QT_TRANSLATE_NOOP("PackLinesModel", "Scanned"),
    )

    def __init__(self) -> None:
        super().__init__()
        self.session: PackSession | None = None
        self.highlight_line: str | None = None
        self.pictures: dict[str, QPixmap] = {}  # line id → product picture (ui/pack/images.py)

    def set_session(self, session: PackSession | None) -> None:
        """Show another order (or none)."""
        self.beginResetModel()
        self.session = session
        self.highlight_line = None
        self.pictures = {}
        self.endResetModel()

    def show_picture(self, line_id: str, picture: QPixmap) -> None:
        """A line's product picture has arrived."""
        if self.session is None or line_id not in {ln.line_id for ln in self.session.order.lines}:
            return
        self.pictures[line_id] = picture
        row = self.row_of(line_id)
        self.dataChanged.emit(self.index(row, 0), self.index(row, 0))

    def line_changed(self, line_id: str | None) -> None:
        """Repaint after a scan; the scanned line is highlighted."""
        self.highlight_line = line_id
        if self.session is None:
            return
        for row, line in enumerate(self.session.order.lines):
            if line.line_id == line_id:
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.HEADERS) - 1))
                return
        self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, 5))

    def row_of(self, line_id: str) -> int:
        """Row of a line."""
        assert self.session is not None
        return next(i for i, ln in enumerate(self.session.order.lines) if ln.line_id == line_id)

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        """Qt API."""
        return 0 if parent.isValid() or self.session is None else len(self.session.order.lines)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Qt API."""
        if not index.isValid() or self.session is None or role not in _ROLES_SHOWN:
            return None  # sizing a column asks for every role of every cell: answer fast
        line = self.session.order.lines[index.row()]
        if role == Qt.ItemDataRole.DecorationRole:
            return self.pictures.get(line.line_id) if index.column() == 0 else None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter) if index.column() >= 4 else None
        scanned = self.session.scanned(line.line_id)
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                line.title,
                line.variant_title,
                line.sku,
                line.bin_location,
                line.quantity,
                scanned,
            )[index.column()]
        if scanned >= line.quantity:  # the background
            return _DONE
        return _HIGHLIGHT if line.line_id == self.highlight_line else None
