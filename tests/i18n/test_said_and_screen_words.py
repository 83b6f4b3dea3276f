"""Service messages (said) are English until the window says them in the station's language; the
window's words for numbers, dates, roles and device states follow the language installed."""

from __future__ import annotations

import pickle
from datetime import UTC, date, datetime

import pytest

from packstation.i18n.said import Said, in_language, said
from packstation.services.exceptions import ExceptionActionRefused
from packstation.services.refusals import ClaimedElsewhere, ClaimView
from packstation.ui.shared import words
from packstation.ui.shell.main import install_translations


def claim(expired: bool) -> ClaimView:
    at = datetime(2026, 11, 26, 9, 5, tzinfo=UTC)
    return ClaimView("gid://1", "#1042", "Bench 2", "Åse", at, at, expired)


def test_a_said_message_is_its_english_text_with_plural_forms():
    message = said("Exceptions", "Exception {id} does not exist", id=7)
    assert message == "Exception 7 does not exist" and isinstance(message, str)
    assert said("QueueModel", "%n min", 1) == "1 min"
    assert said("PackingSlip", "%n units", 1) == "1 unit"  # the English catalogue's form
    assert said("PackingSlip", "%n units", 3) == "3 units"
    assert pickle.loads(pickle.dumps(message)).values == {"id": 7}


def test_a_said_message_is_said_again_in_another_language_with_its_parts():
    refused = ClaimedElsewhere(claim(expired=False))
    assert str(refused) == "#1042 is being packed at Bench 2 by Åse"

    other = {
        ("Claims", "{order} is {claim}"): "{order}: {claim}",
        ("Claims", "being packed at {station} by {user}"): "{user} packs it at {station}",
    }

    def translate(context: str, source: str, n: int | None) -> str:
        return other.get((context, source), source)

    assert in_language(refused, translate) == "#1042: Åse packs it at Bench 2"
    assert in_language("plain words", translate) == "plain words"
    assert in_language(ValueError("not ours"), translate) == "not ours"


@pytest.fixture
def danish(qapp):
    translators = install_translations(qapp, "da")
    yield
    for translator in translators:
        qapp.removeTranslator(translator)


def test_the_window_says_service_messages_numbers_and_dates_in_danish(danish):
    assert words.language() == "da"
    assert words.said(ClaimedElsewhere(claim(expired=False))) == (
        "#1042 er under pakning ved Bench 2 af Åse"
    )
    refused = ExceptionActionRefused(said("Exceptions", "This exception was resolved meanwhile"))
    assert words.said(refused) == "Afvigelsen er blevet løst i mellemtiden"
    assert words.number(2.5) == "2,5"
    assert words.minutes(150) == "2,5 min"
    assert words.percent(0.125) == "12,5\u00a0%"
    assert words.date(date(2026, 11, 26)) == "26.11.2026"
    assert words.role("lead") == "vagtleder"
    assert words.device_state("Ready") == "Klar"
    assert words.device_state("Ready (spool folder /srv/spool)") == "Klar (spoolmappe /srv/spool)"
    assert words.device_state("Printer ZD421 is not connected") == (
        "Printer ZD421 er ikke tilsluttet"
    )
    assert words.device_state("something a driver said") == "something a driver said"


def test_without_a_catalogue_the_window_speaks_english(qapp):
    assert words.language() == "en"
    assert words.minutes(150) == "2.5 min"
    assert words.percent(0.125) == "12.5%"
    assert words.date(date(2026, 11, 26)) == "2026-11-26"
    assert words.role("lead") == "shift lead"
    assert isinstance(said("Words", "Ready"), Said)


def test_a_list_of_changes_is_said_part_by_part(danish):
    from packstation.services.replay import CountedLine, describe_edits

    message = describe_edits(
        "#1042",
        [
            CountedLine("l1", "MUG-1", "Mug", counted=2, wanted=0),
            CountedLine("l2", "TEA-1", "Tea", 3, 1),
        ],
    )
    assert "MUG-1 (2 counted) is no longer wanted; TEA-1 is down to 1 (3 counted)" in message
    danish_words = words.said(message)
    assert "MUG-1 (2 talt) ønskes ikke længere; TEA-1 er sat ned til 1 (3 talt)" in danish_words
    assert danish_words.startswith("Ordre #1042 blev ændret i webshoppen")


def test_a_printers_own_words_are_said_in_danish(danish):
    from packstation.devices.printer.zebra_status import parse_host_status

    paper_out = "\x02030,1,0,1245,000,0,0,0,000,0,0,0\x03\x02000,0,0,0,0,2,4,0,00000000,1,000\x03"
    status = parse_host_status(paper_out, "ZD421")
    assert status.message == "ZD421 is out of labels: load a roll and press Retry"
    assert words.device_state(status.message) == (
        "ZD421 er løbet tør for labels: sæt en ny rulle i og tryk Prøv igen"
    )
    reported = (
        f"Spool folder took the job, then reported: {status.message}. Check whether the label"
        " printed before reprinting."
    )
    assert words.device_state(reported).startswith(
        "Spoolmappe modtog jobbet og meldte derefter: ZD421 er løbet tør for labels"
    )
