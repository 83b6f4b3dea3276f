"""The font sent with each label: cut from the common scripts when it can, the same bytes."""

from __future__ import annotations

import io

import pytest
from fontTools.ttLib import TTFont

from packstation.labels import zpl_font


def same_font(one: bytes, other: bytes) -> bool:
    """Byte for byte the same font, but for the time it was saved."""

    def without_time(data: bytes) -> bytes:
        font = TTFont(io.BytesIO(data), recalcTimestamp=False)
        font["head"].modified = 0
        out = io.BytesIO()
        font.save(out)
        return out.getvalue()

    return without_time(one) == without_time(other)


@pytest.mark.parametrize(
    "text",
    ["Åse Ørsted, Strandvejen 12, 2100 København Ø", "שלום עולם", "ﺍﻟﺴﻼﻡ", "Zoë ~^ € “–”"],
)
def test_a_font_cut_from_the_common_scripts_is_the_font_cut_from_the_whole(text):
    common, has = zpl_font._common_font()
    assert all(ord(ch) in has for ch in text)
    assert same_font(
        zpl_font._cut(common, text=text), zpl_font._cut(zpl_font._base_font(), text=text)
    )


def test_a_character_beyond_the_common_scripts_still_gets_its_glyph():
    arrow = "→ 3 ☃"  # arrows and symbols are in DejaVu Sans, not in the common scripts
    _common, has = zpl_font._common_font()
    assert ord("→") not in has and ord("☃") not in has
    with TTFont(io.BytesIO(zpl_font.subset_font(arrow))) as font:
        assert {ord("→"), ord("☃"), ord("3")} <= set(font.getBestCmap())
