"""The weight check's tolerance and words, learned SKU weights, and the return to zero."""

from __future__ import annotations

from packstation.domain.weighing import (
    PackedBox,
    ParcelWeigher,
    allowed_difference,
    check_weight,
    expected_weight,
    learned_weights,
)


def test_expected_weight_is_items_plus_tare():
    assert expected_weight([400, 400, 30], tare_g=150) == 980


def test_outside_the_tolerance_stops_with_amber_words():
    check = check_weight(1240, 980, tolerance_g=50, tolerance_percent=5)
    assert not check.ok
    assert check.difference_g == 260
    assert check.message == (
        "1,240 g on the scale, 980 g expected: check for a missing or extra item"
    )


def test_inside_the_tolerance_passes_silently():
    check = check_weight(1010, 980, tolerance_g=50, tolerance_percent=5)
    assert check.ok and check.message == ""
    assert check_weight(930, 980, 50, 0).ok  # exactly at the limit
    assert not check_weight(929, 980, 50, 0).ok


def test_the_larger_tolerance_applies():
    assert allowed_difference(400, tolerance_g=50, tolerance_percent=5) == 50  # light: grams
    assert allowed_difference(10_000, tolerance_g=50, tolerance_percent=5) == 500  # heavy: %
    assert check_weight(10_450, 10_000, 50, 5).ok
    assert not check_weight(10_501, 10_000, 50, 5).ok


def test_a_sku_learns_its_weight_from_the_median_of_single_sku_boxes():
    history = [
        PackedBox({"MUG": 1}, 500, 150),  # 350
        PackedBox({"MUG": 2}, 860, 150),  # 355 each
        PackedBox({"MUG": 1}, 1500, 150),  # an odd one (something else in the box): 1350
        PackedBox({"MUG": 1, "TEA": 1}, 700, 150),  # two SKUs: not used
        PackedBox({"TEA": 1}, 250, 150),  # too few TEA boxes to learn
        PackedBox({"MUG": 1}, 505, 150),  # 355
    ]
    assert learned_weights(history) == {"MUG": 355}
    assert learned_weights(history, min_boxes=1) == {"MUG": 355, "TEA": 100}


def test_boxes_lighter_than_their_tare_teach_nothing():
    assert learned_weights([PackedBox({"X": 1}, 100, 150)] * 3) == {}
    assert learned_weights([PackedBox({"X": 0, "Y": 1}, 300, 100)] * 3) == {"Y": 200}


def test_a_parcel_needs_stable_settled_readings():
    weigher = ParcelWeigher(settle=2)
    assert weigher.feed(0, True) is None
    assert weigher.feed(1200, False) is None
    assert weigher.feed(1240, True) is None  # once is not settled
    assert weigher.feed(1240, True) == 1240
    assert weigher.feed(1250, False) is None  # moving again: no weight
    weigher.feed(1250, True)
    assert weigher.feed(1250, True) == 1250


def test_a_new_parcel_needs_a_return_to_zero():
    weigher = ParcelWeigher(settle=1)
    assert weigher.feed(800, True) == 800
    assert weigher.take() == 800
    assert weigher.needs_zero
    assert weigher.feed(800, True) is None  # the same parcel still on the scale
    assert weigher.feed(950, True) is None  # a second parcel put on top: still no zero
    assert weigher.feed(3, True) is None  # back at zero (within the band)
    assert not weigher.needs_zero
    assert weigher.feed(950, True) == 950
    assert weigher.take() == 950
    assert weigher.take() is None
