"""A raw TCP (9100) printer: jobs arrive byte for byte, faults are reported in plain words."""

from __future__ import annotations

import socket

import pytest

from packstation.devices.printer.base import PrintDocument, PrinterError
from packstation.devices.printer.tcp import TcpPrinter
from packstation.devices.printer.zebra_status import PrinterState, parse_host_status
from tests.devices.printer_server import EmulatedZplPrinter

JOB = PrintDocument("1001-label", "label", "zpl", "^XA^CI28^FDÅse Ørsted^FS^XZ\n".encode())


@pytest.fixture
def printer():
    with EmulatedZplPrinter() as emulated:
        yield emulated


def client(emulated: EmulatedZplPrinter, timeout: float = 2.0) -> TcpPrinter:
    return TcpPrinter("127.0.0.1", emulated.port, name="ZD421", timeout=timeout)


def test_a_job_arrives_byte_for_byte(printer):
    receipt = client(printer).send(JOB)
    assert printer.behaviour.jobs == [JOB.data]
    assert receipt.location == f"tcp://127.0.0.1:{printer.port}"


def test_paper_out_is_reported_and_nothing_is_sent(printer):
    printer.behaviour.paper_out = True
    with pytest.raises(PrinterError) as failure:
        client(printer).send(JOB)
    assert "out of labels" in str(failure.value)
    assert not failure.value.uncertain
    assert printer.behaviour.jobs == []


def test_head_open_and_paused_are_told_apart(printer):
    printer.behaviour.head_open = True
    assert client(printer).status().state is PrinterState.HEAD_OPEN
    printer.behaviour.head_open, printer.behaviour.paused = False, True
    assert client(printer).status().state is PrinterState.PAUSED


def test_a_silent_printer_is_a_fault_not_a_hang(printer):
    printer.behaviour.no_status_reply = True
    status = client(printer, timeout=0.5).status()
    assert status.state is PrinterState.NO_REPLY
    assert "does not answer" in status.message


def test_an_unreachable_printer_is_safe_to_retry():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    printer = TcpPrinter("127.0.0.1", port, name="ZD421", timeout=1, zpl=False)
    with pytest.raises(PrinterError) as failure:
        printer.send(JOB)
    assert "cannot be reached" in str(failure.value)
    assert not failure.value.uncertain


def test_a_connection_reset_mid_job_is_uncertain(printer):
    printer.behaviour.close_mid_job_after = 10
    with pytest.raises(PrinterError) as failure:
        client(printer).send(PrintDocument("big", "label", "zpl", b"^XA" + b"x" * 200_000))
    assert failure.value.uncertain
    assert "may or may not" in str(failure.value)


def test_garbled_status_is_unknown_not_a_crash():
    assert parse_host_status("\x02nonsense\x03", "ZD421").state is PrinterState.UNKNOWN
    assert parse_host_status("", "ZD421").state is PrinterState.UNKNOWN
