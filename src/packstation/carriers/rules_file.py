"""The shipping rules file as rows a person edits (Settings → Carrier), and back to TOML.

A row is plain text per column, as typed; :func:`rules_from_rows` checks every row with the
same parser the station uses at start-up, so a rule saved here never stops the station.
"""

from __future__ import annotations

import json
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from packstation.domain.shipping_rules import ShippingRule, parse_rules


@dataclass(frozen=True)
class RuleRow:
    """One rule as the table shows it (lists as comma-separated text, grams as digits)."""

    name: str = ""
    method_type: str = "SHIPPING"
    service_code: str = ""
    presented_name: str = ""
    countries: str = ""
    min_weight_g: str = ""
    max_weight_g: str = ""
    product_code: str = ""
    services: str = ""


def _items(text: str) -> list[str]:
    return [part.strip() for part in text.replace(";", ",").split(",") if part.strip()]


def _spec(row: RuleRow) -> dict[str, object]:
    """A ``[[shipping_rule]]`` table from a row (only the keys that were filled in)."""
    spec: dict[str, object] = {"name": row.name.strip(), "product_code": row.product_code.strip()}
    if row.method_type.strip() and row.method_type.strip().upper() != "SHIPPING":
        spec["method_type"] = row.method_type.strip().upper()
    for key, text in (
        ("service_code", row.service_code),
        ("presented_name", row.presented_name),
        ("countries", row.countries),
        ("services", row.services.replace(" ", ",")),
    ):
        values = _items(text)
        if values:
            spec[key] = [v.upper() for v in values] if key in ("countries", "services") else values
    for key, text in (("min_weight_g", row.min_weight_g), ("max_weight_g", row.max_weight_g)):
        if text.strip():
            spec[key] = int(text) if text.strip().isdigit() else text.strip()
    return spec


def rules_from_rows(rows: Sequence[RuleRow]) -> tuple[ShippingRule, ...]:
    """The rules the rows make; raises ShippingRuleError naming the rule and the problem."""
    return parse_rules([_spec(row) for row in rows])


def rows_from_file(path: Path) -> list[RuleRow]:
    """The rows of a rules file (none when it does not exist)."""
    if not path.exists():
        return []
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    rows = []
    for spec in data.get("shipping_rule") or []:

        def text(key: str, table: dict[str, object] = spec) -> str:
            value = table.get(key)
            if value is None:
                return ""
            if isinstance(value, list):
                return ", ".join(str(v) for v in value)
            return str(value)

        rows.append(
            RuleRow(
                name=text("name"),
                method_type=text("method_type") or "SHIPPING",
                service_code=text("service_code"),
                presented_name=text("presented_name"),
                countries=text("countries"),
                min_weight_g=text("min_weight_g"),
                max_weight_g=text("max_weight_g"),
                product_code=text("product_code"),
                services=text("services"),
            )
        )
    return rows


def rules_toml(rows: Sequence[RuleRow]) -> str:
    """The rules file's text, in the rows' order (the first rule that matches wins)."""
    out = ["# Shipping rules (Settings → Carrier): the first rule that matches an order wins.\n"]
    for row in rows:
        out.append("\n[[shipping_rule]]\n")
        for key, value in _spec(row).items():
            out.append(f"{key} = {json.dumps(value, ensure_ascii=False)}\n")
    return "".join(out)


def save_rules(path: Path, rows: Sequence[RuleRow]) -> tuple[ShippingRule, ...]:
    """Check the rows, then write the file atomically; returns the rules now in force."""
    rules = rules_from_rows(rows)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(rules_toml(rows), encoding="utf-8")
    tmp.replace(path)
    return rules
