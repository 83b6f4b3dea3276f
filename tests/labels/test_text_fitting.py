"""Text fitting with the font's own metrics, shaping, Code 128 and the bundled fonts."""

from __future__ import annotations

import importlib.util
import unicodedata
from pathlib import Path

import pytest
from PIL import Image, ImageDraw

from packstation.labels.code128 import modules, segments, zpl_field
from packstation.labels.fonts import advance, covered, font_path, pil_font
from packstation.labels.text import (
    address_block,
    fit,
    is_rtl,
    printable,
    shown,
    width,
    wrap,
    wrap_lines,
)
from tests.labels.hostile import ARABIC, EMOJI, HEBREW, LINE_300, LONG_STREET

zxingcpp = pytest.importorskip("zxingcpp")
ROOT = Path(__file__).resolve().parents[2]


def test_widths_come_from_the_font_not_a_guess():
    # upper case is far wider than the old 0.55 × size guess; "i" far narrower
    assert width("W" * 10, 44) > 10 * 44 * 0.55 * 1.6
    assert width("i" * 10, 44) < 10 * 44 * 0.55 * 0.6
    # the preview's font agrees with the measurement within a dot per line
    assert abs(pil_font(44).getlength(LONG_STREET) - width(LONG_STREET, 44)) < 3


@pytest.mark.parametrize("room", [100, 333, 752])
def test_fit_keeps_within_the_room_and_marks_the_cut(room):
    for text in (LONG_STREET, LINE_300, ARABIC * 8, "Ø" * 200):
        fitted = fit(text, 44, room)
        assert width(fitted, 44) <= room
        assert fitted == printable(text) or fitted.endswith("…")


def test_wrap_breaks_at_spaces_and_splits_a_word_only_when_it_must():
    lines = wrap(LONG_STREET, 44, 500)
    assert " ".join(lines) == LONG_STREET
    assert all(width(line, 44) <= 500 for line in lines)
    assert wrap("X" * 80, 20, 200)[0] == "X" * len(wrap("X" * 80, 20, 200)[0])
    assert "".join(wrap("X" * 80, 20, 200)) == "X" * 80
    assert wrap_lines(LINE_300, 10, 200, 3)[-1].endswith("…")


def test_an_address_never_loses_its_country():
    seven = ["Name", "Company Limited", "1 Long Street", "Building B", "Leeds", "LS1 2AB", "UK"]
    block = address_block(seven, 44, 752, 6)
    assert len(block) == 6 and block[-1][0] == "UK"
    assert [line for line, _ in block].count("Leeds, LS1 2AB") == 1  # the shortest pair joined


def test_an_address_uses_its_free_lines_before_it_shrinks_or_cuts():
    block = address_block(["Åse Ørsted", LONG_STREET, "0154 Oslo", "NORWAY"], 44, 752, 6)
    assert " ".join(line for line, _ in block[1:3]) == LONG_STREET
    assert {size for _, size in block} == {44}
    # no free line: smaller, down to the floor, then cut
    squeezed = address_block(["Åse Ørsted", LINE_300, "NORWAY"], 44, 752, 3, min_size=33)
    assert squeezed[-1][0] == "NORWAY" and squeezed[1][0].endswith("…")
    assert {size for _, size in squeezed} == {33}


def test_emoji_are_dropped_and_missing_letters_marked_never_an_empty_box():
    assert printable(EMOJI) == "Åse Ørsted"
    assert printable("Li 李") == "Li ?"
    assert printable("a\u200db\tc\x00d") == "ab c d"
    for ch in shown(f"{ARABIC} {HEBREW} {EMOJI} 李"):
        assert ord(ch) in covered() or ch == " "


def test_arabic_is_joined_and_right_to_left_hebrew_right_to_left():
    assert is_rtl(ARABIC) and is_rtl(HEBREW) and not is_rtl("Åse")
    drawn = shown(ARABIC)
    assert all(0xFE70 <= ord(ch) <= 0xFEFF or ch == " " for ch in drawn)  # joined forms
    assert unicodedata.normalize("NFKC", drawn)[::-1] == ARABIC
    assert shown(HEBREW) == HEBREW[::-1]
    assert shown("Order #12 " + HEBREW).startswith("Order #12 ")


def test_the_printer_font_holds_only_the_glyphs_a_label_needs():
    from packstation.labels.zpl_font import PRINTER_FONT, font_download

    download = font_download(["Åse Ørsted", "NORWAY"])
    assert download.startswith(f"~DU{PRINTER_FONT},")
    size = int(download.split(",")[1])
    assert size < 12_000 and len(download.split(",", 2)[2].strip()) == 2 * size
    assert font_download([]) == ""


@pytest.mark.parametrize(
    "value",
    ["#1001", "PS000123456789", "00370730000000001", "1234567", "A1234B", ">x_^~", "Åse-1"],
)
def test_one_code128_encoding_for_every_renderer(value):
    bars = modules(value)
    image = Image.new("L", (len(bars) * 3 + 60, 90), 255)
    draw = ImageDraw.Draw(image)
    for i, bit in enumerate(bars):
        if bit == "1":
            draw.rectangle((30 + 3 * i, 10, 32 + 3 * i, 80), fill=0)
    (found,) = zxingcpp.read_barcodes(image)
    expected = "".join(ch if 32 <= ord(ch) < 127 else "?" for ch in value)
    assert found.text == expected
    mode, data = zpl_field(value)
    assert (mode, data) == (("N", expected.replace(">", "><")) if ">" in value else ("A", expected))


def test_code128_switches_to_digit_pairs_only_where_it_is_shorter():
    assert segments("PS000123456789") == [("B", "PS"), ("C", "000123456789")]
    assert segments("12345678") == [("C", "12345678")]
    assert segments("A1234B") == [("B", "A1234B")]


def test_the_fonts_ship_with_their_licence_and_travel_into_the_bundle(tmp_path):
    fonts = ROOT / "resources" / "fonts"
    assert font_path().parent == fonts and font_path(bold=True).exists()
    assert "Bitstream" in (fonts / "LICENSE.txt").read_text(encoding="utf-8")
    assert advance("Åse", 10) > 0
    spec = importlib.util.spec_from_file_location("finish", ROOT / "installer" / "finish_bundle.py")
    assert spec is not None and spec.loader is not None
    finish = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(finish)
    finish.finish(tmp_path)
    bundled = tmp_path / "resources" / "fonts"
    assert (bundled / "DejaVuSans.ttf").read_bytes() == font_path().read_bytes()
    for name in ("DejaVuSans-Bold.ttf", "DejaVuSansMono.ttf", "LICENSE.txt"):
        assert (bundled / name).exists(), name
