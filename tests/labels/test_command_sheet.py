"""Command barcodes: parsed strictly, and the printed sheet decodes to every command."""

from __future__ import annotations

import pytest

from packstation.domain.commands import Command, command_of
from packstation.labels.command_sheet import command_sheet_pdf
from tests.labels.render import render_pdf

zxingcpp = pytest.importorskip("zxingcpp")


@pytest.mark.parametrize(
    ("scan", "command"),
    [
        ("PS-CMD-COMPLETE", Command.COMPLETE),
        (" ps-cmd-undo\r", Command.UNDO),
        ("PS-CMD-SHORT", Command.SHORT),
        ("PS-CMD-NEWBOX", None),  # not a command this station knows
        ("#1001", None),
        ("5701234567892", None),
        ("PS000000001234", None),  # a tracking number
    ],
)
def test_command_of(scan, command):
    assert command_of(scan) is command


@pytest.mark.parametrize("paper", ["A4", "Letter"])
def test_the_sheet_decodes_to_every_command(tmp_path, paper):
    [page] = render_pdf(command_sheet_pdf("Bench 1", paper), tmp_path)
    found = {r.text for r in zxingcpp.read_barcodes(page) if r.format.name == "Code128"}
    assert found == {command.code for command in Command}
