"""The queue's filter and sort: a list of source rows, built from precomputed keys.

QSortFilterProxyModel asks Python once per row on every keystroke (``filterAcceptsRow``) and
twice per comparison when sorting; at 50,000 orders that is far too slow. Here a keystroke is
one substring test per row over the model's lower-case search keys, a sort one ``sorted`` over a
column's keys, and both keep the selection (a layout change, never a reset).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractProxyModel, QModelIndex, Qt

from packstation.services.queue import QueueEntry
from packstation.ui.queue.model import QueueTableModel, sort_keys
from packstation.ui.shared.table_model import ModelIndex

LayoutKey = tuple[str, int, bool]  # the needle, the column sorted by (-1: none), descending


@dataclass(frozen=True)
class PreparedLayout:
    """The proxy's rows for a diff's rows, laid out on the reader thread."""

    key: LayoutKey  # the filter and sort they were laid out for
    rows: list[int] | None  # source rows shown, in order (None: all, as they are)
    proxy_row: list[int] | None  # source row → proxy row (-1: hidden)


def lay_out(
    rows: Sequence[QueueEntry], search: Sequence[str], key: LayoutKey, station: str
) -> PreparedLayout:
    """The source rows a filter and sort show, in order (plain Python: runs on a worker)."""
    needle, column, descending = key
    order: list[int] | range = range(len(rows))
    if column >= 0:
        keys = sort_keys(rows, column, station)
        order = sorted(order, key=keys.__getitem__, reverse=descending)
    if needle:
        order = [row for row in order if needle in search[row]]
    if isinstance(order, range):
        return PreparedLayout(key, None, None)
    where = [-1] * len(rows)
    for at, source in enumerate(order):
        where[source] = at
    return PreparedLayout(key, order, where)


class QueueFilterProxy(QAbstractProxyModel):
    """Type-to-filter over order number, customer, batch and SKUs; sort by any column.

    Unsorted, the source's queue order holds: express first, then oldest first.
    """

    def __init__(self) -> None:
        super().__init__()
        self._needle = ""
        self._column = -1  # the column sorted by; -1: queue order
        self._descending = False
        self._rows: list[int] | None = None  # source rows shown, in order; None: all, as they are
        self._proxy_row: list[int] | None = None  # source row → proxy row (-1 hidden), on demand
        self._held: list[tuple[QModelIndex, str, int]] = []
        self._changing = False  # between the source's changes_started and changes_done
        self._prepared: PreparedLayout | None = None  # for the source change under way
        self._model: QueueTableModel | None = None

    def setSourceModel(self, model: Any) -> None:  # noqa: N802
        """Qt API: the queue's table model only."""
        assert isinstance(model, QueueTableModel)
        self.beginResetModel()
        super().setSourceModel(model)
        self._model = model
        model.changes_started.connect(self._source_changing)
        model.changes_done.connect(self._source_changed)
        model.dataChanged.connect(self._source_data_changed)
        self._rebuild()
        self.endResetModel()

    @property
    def source(self) -> QueueTableModel:
        """The queue's table model."""
        assert self._model is not None
        return self._model

    @property
    def layout_key(self) -> LayoutKey:
        """The filter and sort shown now (for :func:`lay_out` on a reader thread)."""
        return (self._needle, self._column, self._descending)

    def expect(self, prepared: PreparedLayout | None) -> None:
        """The rows laid out off the GUI thread for the source change that follows (used
        only if the filter and sort are still the same then); None forgets them."""
        self._prepared = prepared

    # -- what the packer asks for -------------------------------------------------------------

    def set_needle(self, text: str) -> None:
        """Filter to rows containing ``text`` (order number, customer, batch or SKU)."""
        needle = text.strip().casefold()
        if needle == self._needle:
            return
        self._relayout(lambda: self._set_needle(needle))

    def _set_needle(self, needle: str) -> None:
        narrower = bool(self._needle) and needle.startswith(self._needle)
        self._needle = needle
        if narrower and self._rows is not None:  # a key typed: only the rows shown can match
            keys = self.source.search_keys
            self._rows = [row for row in self._rows if needle in keys[row]]
            self._proxy_row = None
            return
        self._rebuild()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Qt API: sort by a column's keys (-1: back to queue order)."""
        descending = order == Qt.SortOrder.DescendingOrder
        if (column, descending) == (self._column, self._descending):
            return

        def resort() -> None:
            self._column, self._descending = column, descending
            self._rebuild()

        self._relayout(resort)

    # -- layout -------------------------------------------------------------------------------

    def _rebuild(self) -> None:
        model = self.source
        count = model.rowCount()
        rows: list[int] | range = range(count)
        if self._column >= 0:
            keys = model.sort_keys(self._column)
            rows = sorted(rows, key=keys.__getitem__, reverse=self._descending)
        if self._needle:
            search, needle = model.search_keys, self._needle
            rows = [row for row in rows if needle in search[row]]
        self._rows = None if isinstance(rows, range) else rows
        self._proxy_row = None

    def _relayout(self, change: Callable[[], None]) -> None:
        self._hold()
        change()
        self._release()

    def _hold(self) -> None:
        """Before a layout change: remember which order each persistent index points at."""
        self.layoutAboutToBeChanged.emit()
        model = self.source
        self._held = []
        for index in self.persistentIndexList():
            source_row = self._source_row(index.row()) if index.isValid() else -1
            key = model.entry(source_row).fulfillment_order_id if source_row >= 0 else ""
            self._held.append((index, key, index.column()))

    def _release(self) -> None:
        """After it: point each persistent index (selection, current row) at its order again."""
        model = self.source
        old, new = [], []
        for held, key, column in self._held:
            source_row = model.row_of(key) if key else -1
            row = self._map_from_source_row(source_row) if source_row >= 0 else -1
            old.append(held)
            new.append(self.index(row, column) if row >= 0 else QModelIndex())
        self._held = []
        self.changePersistentIndexList(old, new)
        self.layoutChanged.emit()

    def _source_changing(self) -> None:
        self._changing = True
        self._hold()

    def _source_changed(self) -> None:
        prepared, self._prepared = self._prepared, None
        if prepared is not None and prepared.key == self.layout_key:
            self._rows, self._proxy_row = prepared.rows, prepared.proxy_row
        else:
            self._rebuild()
        self._release()
        self._changing = False

    def _source_data_changed(self, *_args: Any) -> None:
        if self._changing:  # inside a diff: the layout change that follows repaints
            return
        if self.rowCount():
            self.dataChanged.emit(
                self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1)
            )

    # -- mapping (Qt API) ---------------------------------------------------------------------

    def _source_row(self, row: int) -> int:
        return row if self._rows is None else self._rows[row]

    def _map_from_source_row(self, source_row: int) -> int:
        if self._rows is None:
            return source_row
        if self._proxy_row is None:
            where = [-1] * self.source.rowCount()
            for row, source in enumerate(self._rows):
                where[source] = row
            self._proxy_row = where
        return self._proxy_row[source_row]

    def mapToSource(self, proxy_index: ModelIndex) -> QModelIndex:  # noqa: N802
        """Qt API."""
        if not proxy_index.isValid() or self._model is None:
            return QModelIndex()
        row = proxy_index.row()
        if row >= self.rowCount():
            return QModelIndex()
        return self._model.index(self._source_row(row), proxy_index.column())

    def mapFromSource(self, source_index: ModelIndex) -> QModelIndex:  # noqa: N802
        """Qt API."""
        if not source_index.isValid():
            return QModelIndex()
        row = self._map_from_source_row(source_index.row())
        return self.index(row, source_index.column()) if row >= 0 else QModelIndex()

    def index(self, row: int, column: int, parent: ModelIndex | None = None) -> QModelIndex:
        """Qt API."""
        if parent is not None and parent.isValid():
            return QModelIndex()
        if not (0 <= row < self.rowCount() and 0 <= column < self.columnCount()):
            return QModelIndex()
        return self.createIndex(row, column)

    def parent(self, _index: Any = None) -> Any:
        """Qt API: a flat table."""
        if _index is None:
            return super().parent()
        return QModelIndex()

    def rowCount(self, parent: ModelIndex | None = None) -> int:  # noqa: N802
        """Qt API."""
        if (parent is not None and parent.isValid()) or self._model is None:
            return 0
        return self._model.rowCount() if self._rows is None else len(self._rows)

    def columnCount(self, parent: ModelIndex | None = None) -> int:  # noqa: N802
        """Qt API."""
        if (parent is not None and parent.isValid()) or self._model is None:
            return 0
        return self._model.columnCount()

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Qt API: the source's cell."""
        if not index.isValid() or self._model is None:
            return None
        source = self._model.index(self._source_row(index.row()), index.column())
        return self._model.data(source, role)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Qt API: the source's column titles (rows have no header)."""
        if orientation == Qt.Orientation.Horizontal and self._model is not None:
            return self._model.headerData(section, orientation, role)
        return None
