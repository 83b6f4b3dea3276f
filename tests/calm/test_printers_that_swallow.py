"""Finding 6: "printed" means the printer took the job; anything else is uncertain."""

from __future__ import annotations

import time

import pytest

from packstation.devices.printer.base import PrintDocument, PrinterError
from packstation.devices.printer.tcp import TcpPrinter
from tests.devices.printer_server import EmulatedZplPrinter

LABEL = PrintDocument("1001-label", "label", "zpl", b"^XA^FDhello^FS^XZ\n" * 20)
SLIP = PrintDocument("1001-slip", "slip", "pdf", b"%PDF-1.4\n" + b"0" * 40_000 + b"\n%%EOF\n")


@pytest.fixture
def printer():
    with EmulatedZplPrinter() as emulated:
        yield emulated


# The emulated printer answers in milliseconds; a test that waits out the client's timeout (a
# job never read, a counter that never moves, an odometer question never answered) uses this
# shorter one: the same waits, each over sooner.
WAITED_OUT_S = 0.5


def client(emulated: EmulatedZplPrinter, *, zpl: bool = True, timeout: float = 1.5) -> TcpPrinter:
    return TcpPrinter("127.0.0.1", emulated.port, name="ZD421", timeout=timeout, zpl=zpl)


def test_a_printer_that_takes_the_job_confirms_it(printer):
    client(printer).send(LABEL)
    assert printer.behaviour.jobs == [LABEL.data]


def test_ready_but_never_reading_the_job_is_uncertain(printer):
    printer.behaviour.never_read_jobs = True
    started = time.monotonic()
    with pytest.raises(PrinterError) as failure:
        client(printer, timeout=WAITED_OUT_S).send(LABEL)
    assert failure.value.uncertain
    assert "did not confirm" in str(failure.value)
    assert time.monotonic() - started < 10
    assert printer.behaviour.jobs == []


def test_a_pdf_printer_that_swallows_the_slip_is_uncertain(printer):
    printer.behaviour.never_read_jobs = True
    with pytest.raises(PrinterError) as failure:
        client(printer, zpl=False, timeout=WAITED_OUT_S).send(SLIP)
    assert failure.value.uncertain


@pytest.mark.parametrize("size", [2_000, 300_000], ids=["small job", "large job"])
def test_closing_part_way_through_is_uncertain(printer, size):
    printer.behaviour.close_after_bytes = 500
    job = PrintDocument("big", "label", "zpl", b"^XA" + b"x" * size + b"^XZ")
    with pytest.raises(PrinterError) as failure:  # a small job is caught by the still counter
        client(printer, timeout=WAITED_OUT_S).send(job)
    assert failure.value.uncertain
    assert printer.behaviour.partial_jobs and len(printer.behaviour.partial_jobs[0]) == 500


def test_a_fault_right_after_the_job_is_uncertain(printer):
    printer.behaviour.jam_after_job = True
    with pytest.raises(PrinterError) as failure:
        client(printer).send(LABEL)
    assert failure.value.uncertain
    assert "took the job, then reported" in str(failure.value)


def test_a_label_counter_that_does_not_move_is_uncertain(printer):
    printer.behaviour.close_after_bytes = len(LABEL.data)  # read all, but print nothing
    with pytest.raises(PrinterError) as failure:
        client(printer, timeout=WAITED_OUT_S).send(LABEL)
    assert failure.value.uncertain


def test_a_printer_without_a_label_counter_is_asked_once(printer):
    printer.behaviour.labels_printed = None
    tcp = client(printer, timeout=WAITED_OUT_S)
    tcp.send(LABEL)
    started = time.monotonic()
    tcp.send(LABEL)
    assert time.monotonic() - started < 1.0  # no second wait for an answer that never comes
    assert printer.behaviour.jobs == [LABEL.data, LABEL.data]
    assert printer.behaviour.odometer_questions == 1  # asked once, never again
