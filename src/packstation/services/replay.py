"""Replaying a stored pack session against the order as the shop has it now."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from packstation.domain.orders import FulfillmentOrder, ShopStatus
from packstation.domain.packing import ScanOutcome
from packstation.i18n.said import said
from packstation.storage.models import ScanEventRow

COUNTED = {ScanOutcome.MATCHED.value, ScanOutcome.COMPLETE.value}
SERIAL_TAKEN = {ScanOutcome.SERIAL_SAVED.value, ScanOutcome.COMPLETE.value}


@dataclass(frozen=True)
class CountedLine:
    """Units counted on one line of a session, and what the shop wants of that line now."""

    line_id: str
    sku: str
    title: str
    counted: int
    wanted: int  # 0 when the shop removed or fulfilled the line


def counted_units(events: Iterable[ScanEventRow]) -> dict[str, int]:
    """Units counted per line by a session's events (undos taken back)."""
    history: list[tuple[str, int]] = []
    for event in events:
        if event.kind in ("scan", "override") and event.outcome in COUNTED and event.line_id:
            history.append((event.line_id, event.quantity))
        elif event.kind == "undo" and history:
            history.pop()
    totals: dict[str, int] = {}
    for line_id, quantity in history:
        totals[line_id] = totals.get(line_id, 0) + quantity
    return totals


def shop_edits(
    order: FulfillmentOrder, counted: dict[str, int], titles: dict[str, tuple[str, str]]
) -> list[CountedLine]:
    """Counted lines the shop no longer wants in that number (removed, reduced, fulfilled).

    ``titles`` names lines the order no longer has (sku, title), from the scan events.
    """
    wanted = {line.line_id: line for line in order.lines}
    cancelled = order.status in (ShopStatus.CANCELLED, ShopStatus.CLOSED)
    problems = []
    for line_id, units in counted.items():
        if units <= 0:
            continue
        line = wanted.get(line_id)
        now_wanted = 0 if line is None or cancelled else line.quantity
        if units > now_wanted:
            sku, title = (line.sku, line.title) if line else titles.get(line_id, ("", line_id))
            problems.append(CountedLine(line_id, sku, title, units, now_wanted))
    return problems


def describe_edits(order_name: str, problems: list[CountedLine]) -> str:
    """The packer's message: what changed, and that the lead decides about the counted units."""
    parts = []
    for p in problems:
        what = p.sku or p.title
        if p.wanted == 0:
            parts.append(
                said("Claims", "{item} (%n counted) is no longer wanted", p.counted, item=what)
            )
        else:
            parts.append(
                said(
                    "Claims",
                    "{item} is down to {wanted} (%n counted)",
                    p.counted,
                    item=what,
                    wanted=p.wanted,
                )
            )
    return said(
        "Claims",
        "Order {order} was changed in the shop while it was being packed: {changes}. Put the"
        " items aside: a shift lead decides what to do with them.",
        order=order_name,
        changes=tuple(parts),
    )
