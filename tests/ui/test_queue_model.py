"""The queue's model and filter at any size: search keys, queue order, row diffs that keep the
packer's selection and filter (issue 18)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QTableView

from packstation.services.queue import QueueEntry, diff_entries
from packstation.ui.queue.model import ROW_BY_ROW_LIMIT, QueueTableModel
from packstation.ui.queue.proxy import QueueFilterProxy, lay_out

pytestmark = pytest.mark.gui

T0 = datetime(2026, 11, 20, 8, 0, tzinfo=UTC)


def entry(
    number: int,
    *,
    customer: str = "Kari Nordmann",
    skus: str = "SKU-1",
    batch: str = "",
    express: bool = False,
    minutes: int = 0,
    status: str = "OPEN",
) -> QueueEntry:
    name = f"#{number}"
    return QueueEntry(
        fulfillment_order_id=f"fo-{number}",
        order_name=name,
        customer=customer,
        country="DK",
        lines=1,
        units=1,
        shipping_method="GLS",
        express=express,
        created_at=T0 + timedelta(minutes=minutes or number),
        status=status,
        local_state="queued",
        hold_reason="",
        search_text=f"{name} {customer} {batch} {skus}".casefold(),
        batch=batch,
    )


@pytest.fixture
def table(qtbot):
    model = QueueTableModel()
    proxy = QueueFilterProxy()
    proxy.setSourceModel(model)
    view = QTableView()
    view.setSortingEnabled(True)
    view.setModel(proxy)
    view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
    qtbot.addWidget(view)
    return model, proxy, view


def shown(proxy) -> list[str]:
    return [proxy.index(r, 0).data() for r in range(proxy.rowCount())]


def selected(view) -> list[str]:
    return [i.data() for i in view.selectionModel().selectedRows(0)]


def select(view, proxy, name: str) -> None:
    row = shown(proxy).index(name)
    view.selectionModel().setCurrentIndex(
        proxy.index(row, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )


def test_the_filter_finds_each_searchable_field(table):
    model, proxy, _view = table
    model.set_entries(
        [
            entry(1001, customer="Åse Hansen", skus="TEE-RED-M MUG-01"),
            entry(1002, customer="Jan de Vries", skus="CAP-BLU", batch="#3 Batch 1"),
            entry(1003, customer="Lars Berg", skus="SOCK-40"),
        ]
    )
    for needle, expected in (
        ("1002", ["#1002"]),  # order number
        ("#1003", ["#1003"]),
        ("åse", ["#1001"]),  # customer, any case
        ("DE VRIES", ["#1002"]),
        ("mug-01", ["#1001"]),  # a SKU of any line
        ("tee-red", ["#1001"]),
        ("batch 1", ["#1002"]),  # the open batch
        ("#3 ", ["#1002"]),
        ("nothing like it", []),
        ("", ["#1001", "#1002", "#1003"]),
    ):
        proxy.set_needle(needle)
        assert shown(proxy) == expected, needle


def test_typing_narrows_and_deleting_widens_the_filter(table):
    model, proxy, _view = table
    model.set_entries([entry(n, skus=f"SKU-{n % 7}") for n in range(1000, 1100)])
    proxy.set_needle("sku-3")
    narrow = shown(proxy)
    assert narrow and all(int(name[1:]) % 7 == 3 for name in narrow)
    proxy.set_needle("sku-")
    assert len(shown(proxy)) == 100
    proxy.set_needle("#10")
    proxy.set_needle("#105")  # one key more: only the rows shown are tested again
    assert shown(proxy) == [f"#105{d}" for d in range(10)]


def test_express_first_then_oldest_first_whatever_the_arrival(table):
    model, proxy, _view = table
    model.set_entries(
        [
            entry(1, minutes=30),
            entry(2, minutes=10, express=True),
            entry(3, minutes=5),
            entry(4, minutes=50, express=True),
        ]
    )
    assert shown(proxy) == ["#2", "#4", "#3", "#1"]
    # later arrivals go to their place: an old express one, a new ordinary one, an oldest one
    model.set_entries(
        [
            *(model.entry(r) for r in range(model.rowCount())),
            entry(5, minutes=1, express=True),
            entry(6, minutes=99),
            entry(7, minutes=2),
        ]
    )
    assert shown(proxy) == ["#5", "#2", "#4", "#7", "#3", "#1", "#6"]
    # an order that turns express moves up
    model.set_entries(
        [
            entry(1, minutes=30, express=True),
            *(model.entry(r) for r in range(model.rowCount()) if model.entry(r).order_name != "#1"),
        ]
    )
    assert shown(proxy) == ["#5", "#2", "#1", "#4", "#7", "#3", "#6"]


def test_sorting_by_a_column_and_back_to_queue_order(table):
    model, proxy, view = table
    model.set_entries(
        [
            entry(1003, customer="bo", minutes=3),
            entry(1001, customer="Cecilie", minutes=2),
            entry(1002, customer="Anna", minutes=1, express=True),
        ]
    )
    view.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    assert shown(proxy) == ["#1002", "#1003", "#1001"]
    view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert shown(proxy) == ["#1003", "#1002", "#1001"]
    proxy.sort(-1)
    assert shown(proxy) == ["#1002", "#1001", "#1003"]


def test_rows_change_leave_and_arrive_under_a_filter_and_the_selection_stays(table):
    model, proxy, view = table
    before = [entry(n, customer="Hansen" if n % 2 else "Berg") for n in range(1, 41)]
    model.set_entries(before)
    inserted, removed = [], []
    model.rowsInserted.connect(lambda _p, first, last: inserted.append((first, last)))
    model.rowsRemoved.connect(lambda _p, first, last: removed.append((first, last)))
    resets = []
    model.modelReset.connect(lambda: resets.append(1))
    proxy.modelReset.connect(lambda: resets.append(1))
    proxy.set_needle("hansen")
    select(view, proxy, "#21")
    assert selected(view) == ["#21"]

    after = [e for e in before if e.order_name not in ("#3", "#7", "#8")]  # packed elsewhere
    after = [e._replace(status="ON_HOLD") if e.order_name == "#21" else e for e in after]
    after = [
        e._replace(customer="Hansen X", search_text=e.search_text + " x")
        if e.order_name == "#9"
        else e
        for e in after
    ]
    after += [entry(41, customer="Hansen"), entry(42, customer="Berg"), entry(0, customer="Hansen")]
    diff = diff_entries(model.snapshot, after)
    assert sorted(diff.removed) == ["fo-3", "fo-7", "fo-8"]
    model.apply(diff)

    expected = sorted((e for e in after if "hansen" in e.search_text), key=lambda e: e.queue_key)
    assert shown(proxy) == [e.order_name for e in expected]
    assert "#3" not in shown(proxy) and "#41" in shown(proxy) and shown(proxy)[0] == "#0"
    assert selected(view) == ["#21"]  # the packer's row is still the one selected
    assert view.currentIndex().data() == "#21"
    row = shown(proxy).index("#21")
    assert proxy.index(row, 7).data() == "On hold"
    assert not resets  # row changes, never a reset
    assert inserted and removed
    assert model.rowCount() == len(after)


def test_the_selected_row_leaving_clears_the_selection_only(table):
    model, proxy, view = table
    model.set_entries([entry(n) for n in range(1, 6)])
    select(view, proxy, "#3")
    model.set_entries([entry(n) for n in (1, 2, 4, 5, 6)])
    assert selected(view) == []
    assert shown(proxy) == ["#1", "#2", "#4", "#5", "#6"]


def test_a_diff_against_rows_no_longer_shown_is_recognised():
    old = {"fo-1": entry(1)}
    diff = diff_entries(old, [entry(1), entry(2)])
    assert diff.base is old and [e.order_name for e in diff.added] == ["#2"]
    assert diff_entries(old, [entry(1)]).empty


def test_a_large_diff_is_one_layout_change_that_keeps_the_filter_and_the_selection(table):
    model, proxy, view = table
    before = [entry(n, customer="Hansen" if n % 2 else "Berg") for n in range(1, 401)]
    model.set_entries(before)
    proxy.set_needle("hansen")
    select(view, proxy, "#201")
    signals = []
    model.rowsInserted.connect(lambda *_: signals.append("inserted"))
    model.rowsRemoved.connect(lambda *_: signals.append("removed"))
    model.layoutChanged.connect(lambda *_: signals.append("layout"))
    model.modelReset.connect(lambda: signals.append("reset"))
    proxy.modelReset.connect(lambda: signals.append("reset"))

    gone = {f"#{n}" for n in range(3, 400, 4)}  # a hundred leave
    after = [e for e in before if e.order_name not in gone]
    after = [  # the selected one changes, fifty turn express and move up
        e._replace(status="ON_HOLD")
        if e.order_name == "#201"
        else e._replace(express=True)
        if int(e.order_name[1:]) % 8 == 1
        else e
        for e in after
    ]
    after += [entry(n, customer="Hansen" if n % 2 else "Berg") for n in range(401, 501)]
    diff = diff_entries(model.snapshot, list(reversed(after)))  # any order in, queue order out
    assert len(diff.removed) + len(diff.added) > ROW_BY_ROW_LIMIT
    model.apply(diff)

    assert signals == ["layout"]  # one layout change: no row moved one by one, never a reset
    in_order = sorted(after, key=lambda e: e.queue_key)
    assert [model.entry(r).order_name for r in range(model.rowCount())] == [
        e.order_name for e in in_order
    ]
    assert shown(proxy) == [e.order_name for e in in_order if "hansen" in e.search_text]
    assert shown(proxy)[0] == "#1"  # express first, then oldest first
    assert selected(view) == ["#201"]  # the packer's row is still the one selected
    assert view.currentIndex().data() == "#201"
    assert proxy.index(shown(proxy).index("#201"), 7).data() == "On hold"
    assert model.row_of("fo-203") == -1 and model.entry(model.row_of("fo-450")).order_name == "#450"
    proxy.set_needle("")  # the search keys were swapped in with the rows
    proxy.set_needle("berg")
    assert shown(proxy) == [e.order_name for e in in_order if "berg" in e.search_text]


def test_rows_laid_out_by_the_reader_are_used_only_for_the_filter_they_were_made_for(table):
    model, proxy, view = table
    model.set_entries([entry(n, customer="Hansen" if n % 2 else "Berg") for n in range(1, 201)])
    view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    proxy.set_needle("hansen")
    after = [entry(n, customer="Hansen" if n % 2 else "Berg") for n in range(101, 301)]
    diff = diff_entries(model.snapshot, after)
    expected = [f"#{n}" for n in range(299, 100, -2)]

    laid_out = lay_out(diff.rows, diff.search, proxy.layout_key, model.station)
    proxy.expect(laid_out)
    model.apply(diff)
    assert shown(proxy) == expected
    assert laid_out.rows is not None and [
        proxy.mapFromSource(model.index(r, 0)).row() for r in laid_out.rows
    ] == list(range(len(expected)))

    # laid out for another filter (the packer typed meanwhile): the proxy lays out itself
    later = [entry(n, customer="Hansen" if n % 2 else "Berg") for n in range(151, 351)]
    diff = diff_entries(model.snapshot, later)
    stale = lay_out(diff.rows, diff.search, ("", -1, False), model.station)
    proxy.expect(stale)
    model.apply(diff)
    proxy.expect(None)
    assert shown(proxy) == [f"#{n}" for n in range(349, 150, -2)]
