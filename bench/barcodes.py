"""Scan parse-and-match throughput on a 10,000-product catalogue (scans per second), then the
GS1 parser alone on 20,000 generated element strings, compared with biip when it is installed."""

from __future__ import annotations

import argparse
import random
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

from packstation.domain.barcodes import GS, clean_scan, gtin_check_digit
from packstation.domain.gs1 import parse_element_string
from packstation.domain.orders import Address, FulfillmentLine, FulfillmentOrder, ShopStatus
from packstation.domain.packing import PackSession
from packstation.domain.scan_input import interpret

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests.domain.gs1_codes

PRODUCTS = 10_000


class Catalogue:
    def __init__(self, barcodes: dict[str, str]) -> None:
        self.barcodes = barcodes

    def describe(self, code: str) -> str | None:
        return self.barcodes.get(code)


def ean(n: int) -> str:
    body = f"57{n:010d}"
    return body + str(gtin_check_digit(body))


def main() -> None:
    parser = argparse.ArgumentParser(description="scan decoding and matching throughput")
    parser.add_argument("--quick", action="store_true", help="small sizes, a few seconds (CI)")
    quick = parser.parse_args().quick
    products, count = (500, 2000) if quick else (PRODUCTS, 50_000)
    rng = random.Random(7)
    catalogue = {ean(n): f"Product {n}" for n in range(products)}
    codes = list(catalogue)
    now = datetime.now(UTC)
    lines = tuple(
        FulfillmentLine(f"l{i}", f"SKU-{i}", code, f"Product {i}", "", 10**6)
        for i, code in enumerate(codes)
    )
    order = FulfillmentOrder(
        "fo", "#1", ShopStatus.OPEN, now, now, Address("A", "B", "C", "1", "DK"), "x", False, lines
    )
    session = PackSession(order, Catalogue(catalogue))
    plain = [rng.choice(codes) for _ in range(count)]
    aim = ["]E0" + c for c in plain]
    gs1 = [
        f"]C101{c.zfill(14)}17271231{GS}10LOT{rng.randrange(999)}{GS}21S{i}"
        for i, c in enumerate(plain)
    ]
    unknown = [f"99{rng.randrange(10**11):011d}" for _ in range(count)]
    for name, scans in (
        ("EAN-13", plain),
        ("EAN-13 with AIM ]E0", aim),
        ("GS1-128 (GTIN+expiry+lot+serial)", gs1),
        ("unknown code", unknown),
    ):
        begin = time.perf_counter()
        for raw in scans:
            session.scan(interpret(clean_scan(raw)).match_code)
        elapsed = time.perf_counter() - begin
        print(
            f"{name:<34} {len(scans) / elapsed:>10,.0f} scans/s   "
            f"{elapsed / len(scans) * 1e6:6.1f} µs each"
        )


def _rate(name: str, count: int, elapsed: float) -> None:
    print(f"{name:<34} {count / elapsed:>10,.0f} codes/s   {elapsed / count * 1e6:6.1f} µs each")


def gs1_parser() -> None:
    """The element-string parser alone: common AIs, then the whole table against biip."""
    from tests.domain.gs1_codes import element_string

    rng = random.Random(11)
    common = [
        f"01{ean(n).zfill(14)}17{rng.randrange(100):02d}1231{GS}10L{n}{GS}21S{n}"
        for n in range(20_000)
    ]
    begin = time.perf_counter()
    for text in common:
        parse_element_string(text)
    _rate("GS1 parser: 01+17+10+21", len(common), time.perf_counter() - begin)
    generated = [element_string(rng)[0] for _ in range(20_000)]
    begin = time.perf_counter()
    ours = [parse_element_string(text).elements for text in generated]
    ours_s = time.perf_counter() - begin
    _rate("GS1 parser: whole table, 1-4 AIs", len(generated), ours_s)
    try:
        import biip
    except ImportError:
        print("biip is not installed: no comparison")
        return
    begin = time.perf_counter()
    theirs = [biip.parse("]C1" + text).gs1_message for text in generated]
    biip_s = time.perf_counter() - begin
    _rate("biip: whole table, 1-4 AIs", len(generated), biip_s)
    agree = sum(
        message is not None and mine == tuple((e.ai.ai, e.value) for e in message.element_strings)
        for mine, message in zip(ours, theirs, strict=True)
    )
    faster = biip_s / ours_s
    print(f"agreement with biip: {agree:,} of {len(generated):,}; ours {faster:.1f}× faster")


if __name__ == "__main__":
    main()
    gs1_parser()
