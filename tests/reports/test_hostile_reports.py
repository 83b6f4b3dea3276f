"""Reports with hostile names: formulas behind blanks, Arabic, emoji, very long names."""

from __future__ import annotations

import csv
import io
import unicodedata
from datetime import UTC, datetime

import pytest

from packstation.domain.figures import PackerFigures, ShiftFigures
from packstation.i18n import translator_for
from packstation.reports.csv_safe import neutralise
from packstation.reports.manifest import manifest_pdf
from packstation.reports.shift_report import shift_csv, shift_pdf
from tests.labels.hostile import ARABIC, EMOJI, HEBREW, LINE_300
from tests.labels.pdf_runs import overlaps, runs
from tests.reports.test_reports import shipment

LANGUAGES = ("en", "da", "sv", "nb", "nl")
HOSTILE = (ARABIC, HEBREW, EMOJI, LINE_300, " =1+1")


@pytest.mark.parametrize(
    "formula", [" =1+1", "   @SUM(A1)", "\u00a0+1", " -2+3", "\n=1", "＝1+1", "\u3000=1"]
)
def test_a_formula_behind_blanks_is_neutralised(formula):
    assert neutralise(formula) == "'" + formula


def test_blanks_before_plain_text_are_left_alone():
    assert neutralise(" Åse") == " Åse"
    assert neutralise("  12 Main St") == "  12 Main St"


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_shift_csv_keeps_hostile_names_and_disarms_them(language):
    shipments = [shipment(i, name) for i, name in enumerate(HOSTILE, start=1)]
    data = shift_csv(shipments, tr=translator_for(language))
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    names = [row[2] for row in rows[1:]]
    assert names == [ARABIC, HEBREW, EMOJI, LINE_300, "' =1+1"]


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_manifest_and_shift_report_print_hostile_names_shaped_and_in_their_columns(
    language,
):
    tr = translator_for(language)
    shipments = [shipment(i, name) for i, name in enumerate(HOSTILE, start=1)]
    day = datetime(2026, 11, 23).date()
    figures = ShiftFigures(
        start=datetime(2026, 11, 23, 6, tzinfo=UTC),
        end=datetime(2026, 11, 23, 14, tzinfo=UTC),
        packers=(PackerFigures(ARABIC * 3, 12, 30, 40, 1, 0, 1800.0),),
        orders_per_hour=(),
        open_orders=3,
        sync_backlog=0,
        exceptions_open=0,
    )
    for pdf in (
        manifest_pdf(shipments, day, "Nordlys Design ApS", tr=tr),
        shift_pdf(figures, shipments, "Bench 1", tr=tr),
    ):
        pages = runs(pdf)
        for page in pages:
            assert not overlaps(page), overlaps(page)
        text = " ".join(run.text for page in pages for run in page)
        assert ARABIC.split()[0] in unicodedata.normalize("NFKC", text)
        assert not any(0x0600 <= ord(ch) <= 0x06FF for ch in text)  # shaped, joined forms
        assert HEBREW in text and "🎁" not in text and "Åse Ørsted" in text
