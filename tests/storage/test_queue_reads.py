"""The queue's reads at scale: a slip is found through an index, the queue is read as light
rows, on SQLite and on PostgreSQL (issue 18)."""

from __future__ import annotations

from dataclasses import replace

from alembic import command
from sqlalchemy import event, text

from packstation.app import build_station
from packstation.storage.db import make_engine
from packstation.storage.migrate import alembic_config, upgrade
from packstation.storage.uow import UnitOfWork
from tests.storage.test_postgres import pg_url  # noqa: F401  (the PostgreSQL fixture)


def find_by_name_sql(station, name: str) -> tuple[str, tuple | dict]:
    """The SQL ``find_by_name`` sends, and its parameters."""
    seen = []

    def capture(_conn, _cursor, statement, parameters, _context, _many):
        if "fulfillment_orders" in statement:
            seen.append((statement, parameters))

    engine = station.session_factory.kw["bind"]
    event.listen(engine, "before_cursor_execute", capture)
    try:
        with UnitOfWork(station.session_factory) as uow:
            assert uow.orders.find_by_name(name)
    finally:
        event.remove(engine, "before_cursor_execute", capture)
    return seen[-1]


def test_a_slip_is_found_through_the_order_key_index_on_sqlite(station):
    statement, parameters = find_by_name_sql(station, "1001")
    with station.session_factory() as session:
        plan = session.connection().exec_driver_sql("EXPLAIN QUERY PLAN " + statement, parameters)
        details = " ".join(str(row[-1]) for row in plan)
    assert "ix_fulfillment_orders_order_key" in details, details
    assert "SCAN fulfillment_orders" not in details


def test_names_are_found_in_any_case_and_with_or_without_the_hash(station):
    with UnitOfWork(station.session_factory) as uow:
        assert [r.order_name for r in uow.orders.find_by_name("1001")] == ["#1001"]
        assert [r.order_name for r in uow.orders.find_by_name(" #1001 ")] == ["#1001"]
        assert uow.orders.find_by_name("#99999") == []


def test_the_migration_fills_the_key_of_orders_stored_before_it(tmp_path):
    url = f"sqlite:///{tmp_path / 'old.sqlite'}"
    engine = make_engine(url)
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0013")
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO fulfillment_orders (id, order_name, status, local_state, created_at,"
                " updated_at, ship_name, ship_company, ship_address1, ship_address2, ship_zip,"
                " ship_city, ship_province, ship_country_code, ship_phone, email,"
                " shipping_method, express, customer_note, tags, hold_reason) VALUES ('fo-1',"
                " '#AB12', 'OPEN', 'queued', '2026-11-20 08:00:00', '2026-11-20 08:00:00', 'x',"
                " '', 'x', '', '1', 'x', '', 'DK', '', '', 'GLS', 0, '', '', '')"
            )
        )
    upgrade(engine)
    with engine.connect() as conn:
        key = conn.execute(text("SELECT order_key FROM fulfillment_orders")).scalar_one()
    assert key == "#ab12"
    engine.dispose()


def test_queue_entries_carry_lines_units_and_skus(station):
    entries = station.queue.entries()
    assert entries
    with UnitOfWork(station.session_factory) as uow:
        for entry in entries[:10]:
            order = uow.orders.get(entry.fulfillment_order_id)
            assert entry.lines == len(order.lines)
            assert entry.units == sum(line.quantity for line in order.lines)
            for line in order.lines:
                assert line.sku.casefold() in entry.search_text
    keys = [e.queue_key for e in entries]
    assert keys == sorted(keys)  # express first, then oldest first


def test_on_postgresql_the_queue_reads_and_the_slip_lookup_uses_its_index(
    pg_url,  # noqa: F811
    settings,
    demo_shop,
):
    station = build_station(replace(settings, db_url=pg_url), connector=demo_shop)
    try:
        station.puller.pull()
        entries = station.queue.entries()
        assert entries and all(e.lines >= 1 and e.units >= e.lines for e in entries)
        first = entries[0]
        with UnitOfWork(station.session_factory) as uow:
            order = uow.orders.get(first.fulfillment_order_id)
        assert all(line.sku.casefold() in first.search_text for line in order.lines)
        statement, parameters = find_by_name_sql(station, "1001")
        with station.session_factory() as session:
            conn = session.connection()
            conn.exec_driver_sql("SET enable_seqscan = off")  # a small table: make the plan show
            plan = conn.exec_driver_sql("EXPLAIN " + statement, parameters)
            details = " ".join(str(row[0]) for row in plan)
        assert "ix_fulfillment_orders_order_key" in details, details
    finally:
        station.close()


def test_the_head_of_the_queue_is_its_first_orders(station):
    everything = station.queue.entries()
    assert len(everything) > 5
    assert station.queue.entries(5) == everything[:5]
