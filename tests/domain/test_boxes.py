"""The box catalogue from TOML, its errors in words, and the smallest box that fits."""

from __future__ import annotations

import tomllib

import pytest

from packstation.domain.boxes import (
    BoxError,
    ItemSize,
    box_for_barcode,
    fits,
    parse_boxes,
    suggest_box,
)

CATALOGUE = """
[[box]]
name = "Envelope"
barcode = "BOX-ENV"
length_mm = 250
width_mm = 180
height_mm = 30
tare_g = 20
max_weight_g = 1000

[[box]]
name = "Small"
barcode = "BOX-S"
length_mm = 300
width_mm = 200
height_mm = 100
tare_g = 150
max_weight_g = 5000

[[box]]
name = "Large"
barcode = "BOX-L"
length_mm = 600
width_mm = 400
height_mm = 400
tare_g = 600
max_weight_g = 20000
"""


@pytest.fixture
def boxes():
    return parse_boxes(tomllib.loads(CATALOGUE)["box"])


def test_catalogue_reads_every_box(boxes):
    assert [b.name for b in boxes] == ["Envelope", "Small", "Large"]
    assert boxes[1].inner_mm == (300, 200, 100)
    assert box_for_barcode(boxes, " BOX-L ") == boxes[2]
    assert box_for_barcode(boxes, "nope") is None


def test_the_smallest_box_the_items_fit_is_suggested(boxes):
    book = ItemSize(quantity=1, weight_g=400, size_mm=(220, 150, 25))
    assert suggest_box(boxes, [book]).name == "Envelope"
    assert suggest_box(boxes, [ItemSize(2, 400, (220, 150, 25))]).name == "Small"  # 50 mm high
    lamp = ItemSize(1, 1800, (450, 200, 200))
    assert suggest_box(boxes, [book, lamp]).name == "Large"


def test_weight_alone_can_rule_a_box_out(boxes):
    heavy_small = ItemSize(1, 990, (100, 100, 10))  # 990 g + 20 g tare > 1000 g
    assert not fits(boxes[0], [heavy_small])
    assert suggest_box(boxes, [heavy_small]).name == "Small"


def test_items_of_unknown_size_count_by_weight(boxes):
    assert suggest_box(boxes, [ItemSize(3, 200)]).name == "Envelope"


def test_nothing_fits_gives_none(boxes):
    assert suggest_box(boxes, [ItemSize(1, 500, (900, 100, 100))]) is None
    assert suggest_box(boxes, [ItemSize(1, 25000)]) is None
    assert suggest_box((), [ItemSize(1, 1)]) is None


def test_a_tie_in_volume_goes_to_the_lighter_box():
    twins = parse_boxes(
        [
            {
                "name": n,
                "length_mm": 100,
                "width_mm": 100,
                "height_mm": 100,
                "tare_g": t,
                "max_weight_g": 2000,
            }
            for n, t in (("Heavy", 300), ("Light", 100))
        ]
    )
    assert suggest_box(twins, [ItemSize(1, 10)]).name == "Light"


GOOD = {
    "name": "A",
    "length_mm": 10,
    "width_mm": 10,
    "height_mm": 10,
    "tare_g": 5,
    "max_weight_g": 100,
}


@pytest.mark.parametrize(
    ("entry", "words"),
    [
        ({**GOOD, "name": ""}, "box 1 has no name"),
        ({k: v for k, v in GOOD.items() if k != "tare_g"}, "box 'A' has no tare_g"),
        ({**GOOD, "width_mm": "10"}, "box 'A': width_mm must be a whole number, not '10'"),
        ({**GOOD, "width_mm": 1.5}, "width_mm must be a whole number"),
        ({**GOOD, "height_mm": 0}, "box 'A': height_mm must be more than 0"),
        ({**GOOD, "tare_g": -1}, "box 'A': tare_g must be 0 or more"),
        ({**GOOD, "max_weight_g": 5}, "max_weight_g must be more than its tare_g"),
        ({**GOOD, "colour": "brown"}, "box 'A': unknown field(s) colour"),
        ({**GOOD, "barcode": 123}, "barcode must be text (quote it)"),
        ({**GOOD, "tare_g": True}, "tare_g must be a whole number"),
    ],
)
def test_a_wrong_box_is_named_in_words(entry, words):
    with pytest.raises(BoxError) as error:
        parse_boxes([entry])
    assert words in str(error.value)


def test_duplicates_and_wrong_shapes_are_refused():
    with pytest.raises(BoxError, match="two boxes have the name 'a'"):
        parse_boxes([GOOD, {**GOOD, "name": "a"}])
    with pytest.raises(BoxError, match="two boxes have the barcode 'X'"):
        parse_boxes([{**GOOD, "barcode": "X"}, {**GOOD, "name": "B", "barcode": "X"}])
    with pytest.raises(BoxError, match=r"\[\[box\]\] tables"):
        parse_boxes({"name": "A"})
    with pytest.raises(BoxError, match="box 2 is not a table"):
        parse_boxes([GOOD, "B"])
    assert parse_boxes(None) == ()
