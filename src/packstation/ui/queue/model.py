"""Item models of the queue: the table model and its sort/filter proxy."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush, QColor

from packstation.services.queue import QueueEntry
from packstation.ui.shared.table_model import ListTableModel, ModelIndex
from packstation.ui.shared.words import QT_TRANSLATE_NOOP

SORT_ROLE = Qt.ItemDataRole.UserRole + 1


def _tr(text: str) -> str:
    return QCoreApplication.translate("QueueModel", text)


def format_age(created: datetime, now: datetime) -> str:
    """``45 min``, ``3 h``, ``2 d``."""
    minutes = max(0, int((now - created).total_seconds() // 60))
    if minutes < 60:
        return QCoreApplication.translate("QueueModel", "%n min", None, minutes)
    if minutes < 48 * 60:
        return QCoreApplication.translate("QueueModel", "%n h", None, minutes // 60)
    return QCoreApplication.translate("QueueModel", "%n d", None, minutes // (24 * 60))


class QueueTableModel(ListTableModel):
    """The open fulfillment orders, one row each."""

    HEADERS = (
        QT_TRANSLATE_NOOP("QueueTableModel", "Order"),
        QT_TRANSLATE_NOOP("QueueTableModel", "Customer"),
        QT_TRANSLATE_NOOP("QueueTableModel", "Country"),
        QT_TRANSLATE_NOOP("QueueTableModel", "Lines"),
        QT_TRANSLATE_NOOP("QueueTableModel", "Units"),
        QT_TRANSLATE_NOOP("QueueTableModel", "Shipping"),
        QT_TRANSLATE_NOOP("QueueTableModel", "Age"),
        QT_TRANSLATE_NOOP("QueueTableModel", "Status"),
        QT_TRANSLATE_NOOP("QueueTableModel", "Batch"),
    )

    def __init__(self) -> None:
        super().__init__()
        self.now = datetime.now(UTC)
        self.station = ""  # this bench: orders claimed by another one are shown as theirs

    def set_entries(self, entries: list[QueueEntry]) -> None:
        """Replace the contents: express first, then oldest first (the order work is done)."""
        self.now = datetime.now(UTC)
        self.set_rows(sorted(entries, key=lambda e: (not e.express, e.created_at)))

    def entry(self, row: int) -> QueueEntry:
        """The entry shown in a row."""
        entry: QueueEntry = self.row_item(row)
        return entry

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Cell values, sort keys and colours (Qt API)."""
        if not index.isValid():
            return None
        e = self.entry(index.row())
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                e.order_name,
                e.customer,
                e.country,
                e.lines,
                e.units,
                ("⚡ " if e.express else "") + e.shipping_method,
                format_age(e.created_at, self.now),
                self._status(e),
                e.batch,
            )[column]
        if role == SORT_ROLE:
            return (
                int(e.order_name.lstrip("#")) if e.order_name.lstrip("#").isdigit() else 0,
                e.customer.casefold(),
                e.country,
                e.lines,
                e.units,
                (0 if e.express else 1, e.shipping_method),
                -e.created_at.timestamp(),
                self._status(e),
                e.batch,
            )[column]
        if e.claimed_elsewhere(self.station) and e.claim is not None:
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(QColor("#6b6b6b"))
            if role == Qt.ItemDataRole.BackgroundRole and column == 7:
                return QBrush(QColor("#fbe3a6" if e.claim.expired else "#dfe6f3"))
        if role == Qt.ItemDataRole.BackgroundRole and column == 7:
            if e.local_state == "exception":
                return QBrush(QColor("#f6c7c3"))
            if e.status == "ON_HOLD":
                return QBrush(QColor("#fbe3a6"))
        return None

    def _status(self, e: QueueEntry) -> str:
        claim = e.claim
        if claim is not None and e.claimed_elsewhere(self.station):
            if claim.expired:
                return QCoreApplication.translate(
                    "QueueModel", "Claim expired: {0} silent since {1} ({2})"
                ).format(claim.station, claim.beat_at.astimezone().strftime("%H:%M"), claim.user)
            return QCoreApplication.translate("QueueModel", "Being packed at {0} by {1}").format(
                claim.station, claim.user
            )
        if e.local_state == "exception":
            return _tr("Exception: shop refused")
        if e.status == "ON_HOLD":
            return _tr("On hold") + (f": {e.hold_reason}" if e.hold_reason else "")
        if e.local_state == "packing":
            return _tr("Being packed")
        if e.status == "IN_PROGRESS":
            return _tr("Part shipped")
        return _tr("Open")


class QueueFilterProxy(QSortFilterProxyModel):
    """Type-to-filter over order number, customer and SKUs; express and oldest first."""

    def __init__(self) -> None:
        super().__init__()
        self._needle = ""
        self.setSortRole(SORT_ROLE)

    def set_needle(self, text: str) -> None:
        """Filter to rows containing ``text``."""
        if hasattr(self, "beginFilterChange"):  # Qt 6.10+
            self.beginFilterChange()
            self._needle = text.strip().casefold()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self._needle = text.strip().casefold()
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: ModelIndex) -> bool:  # noqa: N802
        """Qt API."""
        model = self.sourceModel()
        assert isinstance(model, QueueTableModel)
        return not self._needle or self._needle in model.entry(source_row).search_text

    def lessThan(self, left: ModelIndex, right: ModelIndex) -> bool:  # noqa: N802
        """Compare by the column's sort key (unsorted, the source's express-oldest order holds)."""
        a_key = left.data(SORT_ROLE)
        b_key = right.data(SORT_ROLE)
        return bool(a_key < b_key)
