"""Which box each counted unit is in: New box, undo, undo-then-scan, replay."""

from __future__ import annotations

from packstation.domain.box_plan import BoxPlan
from packstation.domain.boxes import Box
from packstation.domain.packing import Count
from packstation.domain.weighing import unit_weight

MEDIUM = Box("Medium", "BOX-M", 300, 200, 150, 180, 5000)


def test_counts_follow_the_open_box_and_undo_takes_the_last_one_back():
    history: list[Count] = []
    plan = BoxPlan()
    plan.choose(MEDIUM)
    history += [Count("a", 1), Count("b", 2)]
    plan.sync(history)
    closed = plan.new_box(1240, weighed=True)
    assert closed.contents() == {"a": 1, "b": 2} and closed.weight_g == 1240
    assert plan.open_box.name == "Medium" and plan.open_number == 2
    history.pop()  # undo with an empty open box: the unit leaves box 1
    plan.sync(history)
    assert plan.boxes[0].contents() == {"a": 1} and plan.open_box.units == 0
    history.append(Count("c", 1))  # undo then a scan between two syncs: box 2 gets it
    history.pop()
    history.append(Count("d", 1))
    plan.sync(history)
    assert plan.boxes[0].contents() == {"a": 1}
    assert plan.open_box.contents() == {"d": 1}
    assert [b.units for b in plan.filled()] == [1, 1]


def test_an_unchanged_count_of_equal_value_is_not_moved():
    history = [Count("a", 1)]
    plan = BoxPlan()
    plan.sync(history)
    plan.new_box(500, weighed=False)
    plan.sync(history)
    assert plan.boxes[0].units == 1 and plan.open_box.units == 0


def test_which_unit_weight_counts():
    assert unit_weight(300, 420, 410, 50, 5.0).source == "confirmed"
    assert unit_weight(0, 420, None, 50, 5.0).source == "learned"  # none in the shop
    assert unit_weight(0, 420, None, 50, 5.0).grams == 420
    assert unit_weight(300, 420, None, 50, 5.0).source == "learned"  # the shop is off by 120 g
    assert unit_weight(400, 420, None, 50, 5.0).source == "shop"  # within the tolerance
    assert unit_weight(0, None, None, 50, 5.0).source == "missing"
