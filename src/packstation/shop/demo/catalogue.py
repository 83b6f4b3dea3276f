"""Products of the demo shop, with valid EAN-13 and UPC-A barcodes, SKUs, bins and weights."""

from __future__ import annotations

import random
from dataclasses import dataclass

from packstation.domain.barcodes import gtin_check_digit


@dataclass(frozen=True)
class DemoProduct:
    """A product variant the demo shop sells."""

    sku: str
    barcode: str
    title: str
    variant_title: str
    bin_location: str
    weight_grams: int
    case_barcode: str = ""
    case_size: int = 0
    requires_serial: bool = False
    alt_barcode: str = ""  # the supplier's own label, scanned like the barcode


_FAMILIES: tuple[tuple[str, str, tuple[str, ...], int], ...] = (
    ("MUG", "Stoneware mug", ("Fjord blue", "Birch white", "Moss green"), 420),
    ("TEA", "Loose-leaf tea", ("Earl Grey 100 g", "Rooibos 100 g", "Sencha 100 g"), 120),
    ("SOCK", "Merino wool socks", ("36-40", "41-45"), 90),
    ("CNDL", "Beeswax candle", ("Small", "Large"), 260),
    ("BOWL", "Oak salad bowl", ("Ø 24 cm", "Ø 30 cm"), 780),
    ("TOWL", "Linen tea towel", ("Natural", "Indigo", "Rust"), 110),
    ("NOTE", "Dot-grid notebook", ("A5", "A6"), 240),
    ("SOAP", "Cold-process soap", ("Lavender", "Sea buckthorn", "Unscented"), 130),
    ("BLKT", "Lambswool blanket", ("Grey", "Mustard"), 1450),
    ("PLNT", "Ceramic planter", ("Ø 12 cm", "Ø 18 cm"), 640),
    ("CHOC", "Dark chocolate 70 %", ("Sea salt", "Liquorice", "Orange"), 100),
    ("KNIF", "Butter knife", ("Oak", "Walnut"), 45),
    ("BRSH", "Dish brush", ("Beech",), 70),
    ("GLAS", "Mouth-blown glass", ("Clear, set of 2", "Smoke, set of 2"), 520),
    ("TRAY", "Serving tray", ("Ash", "Black"), 900),
    ("POST", "Art print", ("30×40 cm", "50×70 cm"), 180),
    ("CAP", "Knitted beanie", ("Navy", "Red", "Grey"), 85),
    ("HONY", "Heather honey", ("250 g", "450 g"), 380),
    ("PUZZ", "Wooden puzzle", ("500 pieces", "1000 pieces"), 650),
    ("BAG", "Canvas tote", ("Natural", "Black"), 160),
)


def _ean13(rng: random.Random, prefix: str) -> str:
    body = prefix + "".join(str(rng.randrange(10)) for _ in range(12 - len(prefix)))
    return body + str(gtin_check_digit(body))


def _upc_a(rng: random.Random) -> str:
    body = "0" + "".join(str(rng.randrange(10)) for _ in range(10))
    return body + str(gtin_check_digit(body))


def build_catalogue(seed: int) -> list[DemoProduct]:
    """The demo catalogue; the same seed gives the same products."""
    rng = random.Random(seed)
    products: list[DemoProduct] = []
    seen: set[str] = set()
    for family_index, (code, title, variants, weight) in enumerate(_FAMILIES):
        for variant_index, variant in enumerate(variants):
            barcode = ""
            while not barcode or barcode in seen:
                barcode = (
                    _upc_a(rng) if (family_index + variant_index) % 5 == 0 else _ean13(rng, "57")
                )
            seen.add(barcode)
            aisle = "ABCDEFG"[family_index % 7]
            case = ""
            if family_index % 4 == 1:  # some products also come in cases of 6 (GTIN-14, "1")
                body = "1" + barcode.zfill(13)[:-1]
                case = body + str(gtin_check_digit(body))
            products.append(
                DemoProduct(
                    sku=f"{code}-{variant_index + 1:02d}",
                    barcode=barcode,
                    title=title,
                    variant_title=variant,
                    bin_location=f"{aisle}-{family_index + 1:02d}-{variant_index + 1}",
                    weight_grams=weight,
                    case_barcode=case,
                    case_size=6 if case else 0,
                    requires_serial=code == "BLKT",  # numbered, hand-woven blankets
                    # the sock supplier's labels carry its own code (no random draw: the
                    # catalogue stays the same for the same seed)
                    alt_barcode=f"SUP{barcode[-8:]}" if code == "SOCK" else "",
                )
            )
    return products
