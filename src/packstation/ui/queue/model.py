"""The queue's table model: compact rows in queue order (express first, oldest first), changed
by row diffs (removed, changed, inserted) so a sync never resets the view."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from packstation.services.queue import QueueDiff, QueueEntry, diff_entries
from packstation.ui.shared.table_model import ListTableModel, ModelIndex
from packstation.ui.shared.words import QT_TRANSLATE_NOOP

STATUS_COLUMN = 7
# A diff moving more rows than this is shown as one layout change (the lists the reader built
# swapped in) instead of row by row: each inserted or removed run moves every row after it.
ROW_BY_ROW_LIMIT = 64
_GREY = QColor("#6b6b6b")
_COLOURS = {
    "claimed": QColor("#dfe6f3"),
    "expired": QColor("#fbe3a6"),
    "exception": QColor("#f6c7c3"),
    "hold": QColor("#fbe3a6"),
}


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
    """The open fulfillment orders, one row each, always in queue order.

    ``changes_started`` and ``changes_done`` bracket each :meth:`apply`, so the filter proxy
    lays its rows out once per diff instead of once per inserted or removed row. A small diff
    inserts and removes rows; a large one (a pull that changed many orders, the first read)
    is one layout change.
    """

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
    changes_started = Signal()
    changes_done = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.now = datetime.now(UTC)
        self.station = ""  # this bench: orders claimed by another one are shown as theirs
        self._rows: list[QueueEntry] = []
        self.search_keys: list[str] = []  # what the filter reads, one per row
        self._by_id: Mapping[str, QueueEntry] = {}

    # -- contents -----------------------------------------------------------------------------

    @property
    def snapshot(self) -> Mapping[str, QueueEntry]:
        """The rows shown, by id; replaced (never changed) by each diff, so a worker may read it."""
        return self._by_id

    def set_entries(self, entries: list[QueueEntry]) -> None:
        """Show exactly these entries (applied as a diff)."""
        self.apply(diff_entries(self._by_id, entries))

    def apply(self, diff: QueueDiff) -> None:
        """Apply row changes: contents in place, removals, then insertions at their place."""
        self.now = datetime.now(UTC)
        if diff.empty:
            return
        self.changes_started.emit()
        try:
            if len(diff.removed) + len(diff.added) <= ROW_BY_ROW_LIMIT or not diff.rows:
                self._change(diff.changed)
                self._remove(diff.removed)
                self._insert(diff.added)
            else:
                self._swap(diff)
            self._by_id = diff.fresh
        finally:
            self.changes_done.emit()

    def _swap(self, diff: QueueDiff) -> None:
        """Show the diff's rows at once (a layout change): no row moved one by one."""
        self.layoutAboutToBeChanged.emit()
        held = self.persistentIndexList()
        ids = [self._rows[i.row()].fulfillment_order_id if i.isValid() else "" for i in held]
        self._rows = list(diff.rows)
        self.search_keys = list(diff.search)
        moved = []
        for index, key in zip(held, ids, strict=True):
            entry = diff.fresh.get(key) if key else None
            row = self._find(entry.queue_key) if entry is not None else -1
            moved.append(self.index(row, index.column()) if row >= 0 else QModelIndex())
        self.changePersistentIndexList(held, moved)
        self.layoutChanged.emit()

    def _change(self, changed: list[QueueEntry]) -> None:
        if not changed:
            return
        rows = [self._find(e.queue_key) for e in changed]
        for row, entry in zip(rows, changed, strict=True):
            self._rows[row] = entry
            self.search_keys[row] = entry.search_text
        last = self.columnCount() - 1
        self.dataChanged.emit(self.index(min(rows), 0), self.index(max(rows), last))

    def _remove(self, removed: list[str]) -> None:
        rows = sorted((self._find(self._by_id[key].queue_key) for key in removed), reverse=True)
        start = 0
        while start < len(rows):  # contiguous runs, bottom up: rows above keep their numbers
            end = start
            while end + 1 < len(rows) and rows[end + 1] == rows[end] - 1:
                end += 1
            first, last = rows[end], rows[start]
            self.beginRemoveRows(QModelIndex(), first, last)
            for column in (self._rows, self.search_keys):
                del column[first : last + 1]
            self.endRemoveRows()
            start = end + 1

    def _insert(self, added: list[QueueEntry]) -> None:
        start = 0
        while start < len(added):  # ``added`` is in queue order: runs that land together
            at = bisect_right(self._rows, added[start].queue_key, key=_queue_key)
            end = start + 1
            if at == len(self._rows):
                end = len(added)
            else:
                limit = self._rows[at].queue_key
                while end < len(added) and added[end].queue_key < limit:
                    end += 1
            run = added[start:end]
            self.beginInsertRows(QModelIndex(), at, at + len(run) - 1)
            self._rows[at:at] = run
            self.search_keys[at:at] = [e.search_text for e in run]
            self.endInsertRows()
            start = end

    def _find(self, key: tuple[bool, datetime, str]) -> int:
        """The row of a queue key (rows are kept sorted by it, so no index to keep up, and no
        list of keys: 50,000 key tuples would be new objects for the garbage collector to walk
        at each read)."""
        return bisect_left(self._rows, key, key=_queue_key)

    def entry(self, row: int) -> QueueEntry:
        """The entry shown in a row."""
        return self._rows[row]

    def row_of(self, fulfillment_order_id: str) -> int:
        """The row of an order, or -1."""
        entry = self._by_id.get(fulfillment_order_id)
        return -1 if entry is None else self._find(entry.queue_key)

    # -- cells --------------------------------------------------------------------------------

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Cell values and colours (Qt API); only the cell asked for is built."""
        if not index.isValid():
            return None
        e = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(e, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(_GREY) if self._elsewhere(e) else None
        if role == Qt.ItemDataRole.BackgroundRole and column == STATUS_COLUMN:
            colour = self._status_colour(e)
            return QBrush(_COLOURS[colour]) if colour else None
        return None

    def display(self, e: QueueEntry, column: int) -> Any:
        """The text (or number) of one cell."""
        if column == 0:
            return e.order_name
        if column == 1:
            return e.customer
        if column == 2:
            return e.country
        if column == 3:
            return e.lines
        if column == 4:
            return e.units
        if column == 5:
            return ("⚡ " if e.express else "") + e.shipping_method
        if column == 6:
            return format_age(e.created_at, self.now)
        if column == STATUS_COLUMN:
            return self._status(e)
        return e.batch

    def _elsewhere(self, e: QueueEntry) -> bool:
        return e.claim is not None and e.claimed_elsewhere(self.station)

    def _status_colour(self, e: QueueEntry) -> str:
        return _status_colour(e, self.station)

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

    def sort_keys(self, column: int) -> list[Any]:
        """One sort key per row for a column (built when the packer sorts by it)."""
        return sort_keys(self._rows, column, self.station)


def sort_keys(rows: Sequence[QueueEntry], column: int, station: str) -> list[Any]:
    """One sort key per row for a column (plain Python: a reader thread may build them)."""
    if column == 0:
        return [_order_number(e.order_name) for e in rows]
    if column == 1:
        return [e.customer.casefold() for e in rows]
    if column == 5:
        return [(not e.express, e.shipping_method) for e in rows]
    if column == 6:
        return [-e.created_at.timestamp() for e in rows]
    if column == STATUS_COLUMN:
        return [(_status_colour(e, station), e.local_state, e.status) for e in rows]
    attribute = {2: 3, 3: 4, 4: 5, 8: 13}[column]  # QueueEntry fields
    return [e[attribute] for e in rows]


def _status_colour(e: QueueEntry, station: str) -> str:
    if e.claim is not None and e.claimed_elsewhere(station):
        return "expired" if e.claim.expired else "claimed"
    if e.local_state == "exception":
        return "exception"
    return "hold" if e.status == "ON_HOLD" else ""


def _queue_key(entry: QueueEntry) -> tuple[bool, datetime, str]:
    return entry.queue_key


def _order_number(name: str) -> tuple[int, str]:
    digits = name.lstrip("#")
    return (int(digits), name) if digits.isdigit() else (0, name)
