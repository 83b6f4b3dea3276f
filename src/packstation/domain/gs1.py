"""GS1 element strings: FNC1/GS or ``|`` separated, or human-readable with parentheses.

Lengths follow the GS1 General Specifications: AIs starting 00–04, 11–20, 31–36 and 41 have a
predefined length and need no separator; every other AI ends at a separator or the end.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from packstation.domain.barcodes import GS, gtin_check_digit, is_valid_gtin


class Gs1Error(ValueError):
    """Not a valid GS1 element string; the message says where and why."""


@dataclass(frozen=True)
class AiSpec:
    """Format of one application identifier."""

    title: str
    length: int  # fixed length, or the maximum for variable ones
    fixed: bool
    numeric: bool
    kind: str = "text"  # text, gtin, sscc, date, decimal, count


AI_TABLE: dict[str, AiSpec] = {
    "00": AiSpec("SSCC", 18, True, True, "sscc"),
    "01": AiSpec("GTIN", 14, True, True, "gtin"),
    "02": AiSpec("CONTENT", 14, True, True, "gtin"),
    "10": AiSpec("BATCH/LOT", 20, False, False),
    "11": AiSpec("PROD DATE", 6, True, True, "date"),
    "12": AiSpec("DUE DATE", 6, True, True, "date"),
    "13": AiSpec("PACK DATE", 6, True, True, "date"),
    "15": AiSpec("BEST BEFORE", 6, True, True, "date"),
    "16": AiSpec("SELL BY", 6, True, True, "date"),
    "17": AiSpec("USE BY OR EXPIRY", 6, True, True, "date"),
    "20": AiSpec("VARIANT", 2, True, True),
    "21": AiSpec("SERIAL", 20, False, False),
    "22": AiSpec("CPV", 20, False, False),
    "30": AiSpec("VAR. COUNT", 8, False, True, "count"),
    "37": AiSpec("COUNT", 8, False, True, "count"),
    "400": AiSpec("ORDER NUMBER", 30, False, False),
    "410": AiSpec("SHIP TO LOC", 13, True, True),
    "414": AiSpec("LOC No.", 13, True, True),
    "420": AiSpec("SHIP TO POST", 20, False, False),
}
# 310n … 369n: measures with n decimals, six digits each.
_MEASURES = {
    "310": "NET WEIGHT (kg)",
    "320": "NET WEIGHT (lb)",
    "330": "GROSS WEIGHT (kg)",
    "340": "GROSS WEIGHT (lb)",
}
for _prefix, _title in _MEASURES.items():
    for _n in range(6):
        AI_TABLE[f"{_prefix}{_n}"] = AiSpec(_title, 6, True, True, "decimal")

_PREDEFINED = tuple(f"{n:02d}" for n in (*range(0, 5), *range(11, 21), *range(31, 37), 41))
_HRI = re.compile(r"\((\d{2,4})\)([^()]*)")
_AIM_ALLOWED = re.compile(r"^[!-~ ]*$")  # GS1 AI encodable characters (subset of printable ASCII)


def predefined_length(ai: str) -> bool:
    """Whether an AI needs no separator after it (GenSpecs figure 7.8.4-2)."""
    return ai[:2] in _PREDEFINED


@dataclass(frozen=True)
class Gs1Data:
    """The parsed element strings, in order, with typed access to the common ones."""

    elements: tuple[tuple[str, str], ...]

    def get(self, ai: str) -> str | None:
        """The value of the first element with this AI."""
        return next((value for key, value in self.elements if key == ai), None)

    @property
    def gtin(self) -> str | None:
        """AI 01 (or 02)."""
        return self.get("01") or self.get("02")

    @property
    def lot(self) -> str | None:
        """AI 10."""
        return self.get("10")

    @property
    def serial(self) -> str | None:
        """AI 21."""
        return self.get("21")

    @property
    def expiry(self) -> date | None:
        """AI 17 as a date."""
        value = self.get("17")
        return gs1_date(value) if value else None

    @property
    def net_weight_kg(self) -> Decimal | None:
        """AI 310n as kilograms."""
        for key, value in self.elements:
            if key.startswith("310"):
                return Decimal(value).scaleb(-int(key[3]))
        return None


def gs1_date(value: str, today: date | None = None) -> date:
    """YYMMDD with the GS1 century rule (−49…+50 years from now); day 00 = last of the month."""
    today = today or date.today()
    yy, month, day = int(value[:2]), int(value[2:4]), int(value[4:6])
    year = today.year // 100 * 100 + yy
    if year - today.year > 50:
        year -= 100
    elif today.year - year > 49:
        year += 100
    if day == 0:
        day = calendar.monthrange(year, month)[1]
    return date(year, month, day)


def _spec(text: str, pos: int) -> tuple[str, AiSpec]:
    for size in (2, 3, 4):
        ai = text[pos : pos + size]
        if ai in AI_TABLE:
            return ai, AI_TABLE[ai]
    raise Gs1Error(f"unknown application identifier at position {pos}: {text[pos : pos + 4]!r}")


def _check(ai: str, spec: AiSpec, value: str) -> None:
    if not value:
        raise Gs1Error(f"AI ({ai}) has no data")
    if spec.numeric and not value.isdigit():
        raise Gs1Error(f"AI ({ai}) must be digits: {value!r}")
    if not _AIM_ALLOWED.match(value):
        raise Gs1Error(f"AI ({ai}) has characters GS1 does not allow")
    if spec.fixed and len(value) != spec.length:
        raise Gs1Error(f"AI ({ai}) needs {spec.length} digits, got {len(value)}")
    if len(value) > spec.length:
        raise Gs1Error(f"AI ({ai}) is longer than {spec.length}")
    if spec.kind == "gtin" and not is_valid_gtin(value):
        raise Gs1Error(f"AI ({ai}) {value} has a wrong check digit")
    if spec.kind == "sscc" and gtin_check_digit(value[:-1]) != int(value[-1]):
        raise Gs1Error(f"SSCC {value} has a wrong check digit")
    if spec.kind == "date":
        month, day = int(value[2:4]), int(value[4:6])
        if not 1 <= month <= 12 or day > calendar.monthrange(2000 + int(value[:2]), month)[1]:
            raise Gs1Error(f"AI ({ai}) {value} is not a date")


def parse_element_string(text: str, separators: str = GS + "|") -> Gs1Data:
    """Parse concatenated element strings (no symbology identifier)."""
    for separator in separators[1:]:
        text = text.replace(separator, separators[0])
    gs = separators[0]
    elements: list[tuple[str, str]] = []
    pos = 0
    while pos < len(text):
        if text[pos] == gs:
            pos += 1
            continue
        ai, spec = _spec(text, pos)
        pos += len(ai)
        if spec.fixed and predefined_length(ai):
            value = text[pos : pos + spec.length]
            pos += spec.length
        else:
            end = text.find(gs, pos)
            end = len(text) if end == -1 else end
            value = text[pos:end]
            pos = end
        _check(ai, spec, value)
        elements.append((ai, value))
    if not elements:
        raise Gs1Error("no element strings")
    return Gs1Data(tuple(elements))


def parse_hri(text: str) -> Gs1Data:
    """Parse the human-readable form: ``(01)09501101530003(10)ABC123``."""
    stripped = text.strip()
    matches = list(_HRI.finditer(stripped))
    if not matches or "".join(m.group(0) for m in matches) != stripped:
        raise Gs1Error("not a human-readable GS1 string")
    elements = []
    for match in matches:
        ai, value = match.group(1), match.group(2)
        if ai not in AI_TABLE:
            raise Gs1Error(f"unknown application identifier ({ai})")
        _check(ai, AI_TABLE[ai], value)
        elements.append((ai, value))
    return Gs1Data(tuple(elements))
