"""Random valid GS1 element strings over the whole AI table (for tests and bench/)."""

from __future__ import annotations

import random

from packstation.domain.barcodes import GS, gtin_check_digit
from packstation.domain.gs1_table import AIS

CSET82 = "!\"%&'()*+,-./0123456789:;<=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz"
CSET39 = "#-/0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
BASE64URL = "-0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz"
_ALPHABETS = {"N": "0123456789", "X": CSET82, "Y": CSET39, "Z": BASE64URL}
# Linters these generators satisfy; AIs with others (country codes, times…) are left out.
_GENERATED = {"csum", "gcppos1", "gcppos2", "yymmd0", "yymmdd"}
# biip 5.2 reads 7007 (HARVEST DATE, YYMMDD[YYMMDD]) as a date and a time, and refuses it.
_BIIP_DIFFERS = {"7007"}
GENERATABLE = sorted(
    ai
    for ai, (_, _, components) in AIS.items()
    if all(set(linters) <= _GENERATED for *_, linters in components) and ai not in _BIIP_DIFFERS
)


def value_for(ai: str, rng: random.Random) -> str:
    """A valid value for ``ai``: check digits right, dates real."""
    value = ""
    for cset, low, high, optional, linters in AIS[ai][2]:
        if optional and rng.random() < 0.5:
            break
        if {"yymmd0", "yymmdd"} & set(linters):
            value += f"{rng.randrange(100):02d}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
            continue
        size = rng.randint(low, high)
        part = "".join(rng.choice(_ALPHABETS[cset]) for _ in range(size))
        if "gcppos1" in linters and cset != "N":  # starts with a company prefix: digits
            part = "".join(rng.choice("0123456789") for _ in range(6)) + part[6:]
        if "csum" in linters:
            part = part[:-1] + str(gtin_check_digit(part[:-1]))
        value += part
    return value


def element_string(rng: random.Random, most: int = 4) -> tuple[str, list[tuple[str, str]]]:
    """Up to ``most`` elements, GS after each variable one: the text and its elements."""
    parts = [(ai, value_for(ai, rng)) for ai in rng.sample(GENERATABLE, rng.randint(1, most))]
    text = ""
    for index, (ai, value) in enumerate(parts):
        last = index == len(parts) - 1
        text += ai + value + ("" if last or AIS[ai][1] else GS)
    return text, parts
