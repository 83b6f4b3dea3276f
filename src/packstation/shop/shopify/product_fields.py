"""Which Shopify metafields and order attributes hold the product data a packer needs.

The shop's admin decides where bins, case barcodes, serial flags and alternate barcodes live;
the station is told with ``namespace.key`` settings (defaults in ``DEFAULT_METAFIELDS``). The
values are read from each line's variant, falling back to nothing: an absent metafield is an
empty bin, no case barcodes, no serial number.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

DEFAULT_METAFIELDS = {
    "bin": "packstation.bin",
    "case_barcodes": "packstation.case_barcodes",
    "serial": "packstation.serial_required",
    "alt_barcodes": "packstation.alternate_barcodes",
}
DEFAULT_GIFT_ATTRIBUTES = "gift_message, gift_note, gift message"
MAX_PACK_SIZE = 10_000
_REFERENCE = re.compile(r"^[A-Za-z0-9_-]{2,255}\.[A-Za-z0-9_-]{2,64}$")
_TRUE = {"true", "yes", "1", "ja", "y"}


class ProductFieldError(ValueError):
    """A metafield setting that is not ``namespace.key``."""


def metafield_problem(value: str) -> str:
    """Why a metafield setting is unusable, in words; empty when it is ``namespace.key``."""
    if _REFERENCE.match(value.strip()):
        return ""
    return f"{value!r} is not a metafield as namespace.key, e.g. packstation.bin"


def _split(value: str) -> tuple[str, str]:
    problem = metafield_problem(value)
    if problem:
        raise ProductFieldError(problem)
    namespace, _, key = value.strip().partition(".")
    return namespace, key


def attribute_name(name: str) -> str:
    """An attribute's name as compared: case, spaces and hyphens do not matter."""
    return re.sub(r"[\s_-]+", "_", name.strip().casefold())


@dataclass(frozen=True)
class ProductFields:
    """Where the shop keeps each piece of product data (``namespace.key`` each)."""

    bin: str = DEFAULT_METAFIELDS["bin"]
    case_barcodes: str = DEFAULT_METAFIELDS["case_barcodes"]
    serial: str = DEFAULT_METAFIELDS["serial"]
    alt_barcodes: str = DEFAULT_METAFIELDS["alt_barcodes"]
    gift_attributes: str = DEFAULT_GIFT_ATTRIBUTES  # comma-separated attribute names
    # Attributes and line properties nobody needs to read (an app's bookkeeping), comma-separated
    ignored_attributes: str = ""

    def check(self) -> None:
        """Raise ProductFieldError naming the first unusable metafield setting."""
        for value in (self.bin, self.case_barcodes, self.serial, self.alt_barcodes):
            _split(value)

    def variables(self) -> dict[str, str]:
        """The GraphQL variables the pull queries take (``$binNamespace``, ``$binKey``…)."""
        out: dict[str, str] = {}
        for name, value in (
            ("bin", self.bin),
            ("case", self.case_barcodes),
            ("serial", self.serial),
            ("alt", self.alt_barcodes),
        ):
            out[f"{name}Namespace"], out[f"{name}Key"] = _split(value)
        return out

    def is_gift_message(self, attribute: str) -> bool:
        """Whether an order attribute holds the gift message."""
        return attribute_name(attribute) in _names(self.gift_attributes)

    def shown(self, pairs: list[tuple[str, str]]) -> list[tuple[str, str]]:
        """The attributes or properties a packer reads (the ignored ones left out)."""
        ignored = _names(self.ignored_attributes)
        return [(name, value) for name, value in pairs if attribute_name(name) not in ignored]


def _names(text: str) -> set[str]:
    return {attribute_name(n) for n in text.split(",") if n.strip()}


def _value(metafield: Any) -> str:
    if not isinstance(metafield, dict):
        return ""
    value = metafield.get("value")
    return "" if value is None else str(value).strip()


def _json_or_text(text: str) -> Any:
    try:
        return json.loads(text)
    except ValueError:
        return text


def bin_of(metafield: Any) -> str:
    """The bin (location in the warehouse); a list metafield gives its first entry."""
    text = _value(metafield)
    parsed = _json_or_text(text) if text.startswith("[") else text
    if isinstance(parsed, list):
        return str(parsed[0]).strip()[:64] if parsed else ""
    return text[:64]


def serial_required(metafield: Any) -> bool:
    """A boolean metafield (``true``), or a yes-like text."""
    return _value(metafield).casefold() in _TRUE


def alt_barcodes_of(metafield: Any) -> tuple[str, ...]:
    """A list metafield of barcodes (JSON list), or barcodes separated by commas or lines."""
    text = _value(metafield)
    parsed = _json_or_text(text)
    items = parsed if isinstance(parsed, list) else re.split(r"[,;\n]", text)
    return tuple(dict.fromkeys(str(i).strip() for i in items if str(i).strip()))


def case_barcodes_of(metafield: Any) -> tuple[tuple[str, int], ...]:
    """Case barcodes with their pack sizes.

    Accepted: JSON ``[{"barcode": "…", "units": 6}]`` (``quantity``/``size``/``pack_size``
    also), ``{"…": 6}``, or a list of ``"barcode:6"`` / ``"barcode=6"`` / ``"barcode x6"``
    texts (a list metafield). Entries without a pack size of 2 or more are left out: a
    "case" of one unit is an alternate barcode.
    """
    text = _value(metafield)
    if not text:
        return ()
    parsed = _json_or_text(text)
    pairs: list[tuple[str, Any]] = []
    if isinstance(parsed, dict):
        pairs = list(parsed.items())
    elif isinstance(parsed, list):
        for item in parsed:
            if isinstance(item, dict):
                size = next(
                    (item[k] for k in ("units", "quantity", "size", "pack_size") if k in item), 0
                )
                pairs.append((str(item.get("barcode") or item.get("code") or ""), size))
            else:
                pairs.append(_pair_of_text(str(item)))
    else:
        pairs = [_pair_of_text(part) for part in re.split(r"[,;\n]", text)]
    out: dict[str, int] = {}
    for code, size in pairs:
        try:
            units = int(str(size).strip())
        except ValueError:
            continue
        if code.strip() and 2 <= units <= MAX_PACK_SIZE:
            out.setdefault(code.strip(), units)
    return tuple(out.items())


def _pair_of_text(text: str) -> tuple[str, str]:
    match = re.match(r"^\s*(\S+?)\s*(?:[:=]|\s[x×*]\s*)\s*(\d+)\s*$", text)
    return (match.group(1), match.group(2)) if match else ("", "0")


def attributes_of(nodes: Any) -> list[tuple[str, str]]:
    """``customAttributes`` as (name, value); Shopify's hidden ones (``_name``) left out."""
    out = []
    for node in nodes if isinstance(nodes, list) else []:
        if not isinstance(node, dict):
            continue
        name, value = str(node.get("key") or "").strip(), str(node.get("value") or "").strip()
        if name and value and not name.startswith("_"):
            out.append((name, value))
    return out
