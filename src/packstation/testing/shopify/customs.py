"""Customs facts the emulated shop gives its demo products (the demo shop's own table)."""

from __future__ import annotations

from packstation.shop.demo.customs import DEMO_FACTS, SHOP_CURRENCY, demo_facts

__all__ = ["DEMO_FACTS", "SHOP_CURRENCY", "demo_facts"]
