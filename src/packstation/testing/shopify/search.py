"""Shopify's search syntax for ``fulfillmentOrders(query:)``, as far as the station uses it.

Terms are ``key:value``, ``key:>value`` (or ``>=``, ``<``, ``<=``), values optionally quoted;
terms combine with ``AND``, ``OR`` and parentheses (a space between terms means AND).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime
from typing import Any

Record = dict[str, Any]
Predicate = Callable[[Record], bool]
_TOKEN = re.compile(r"""\(|\)|AND\b|OR\b|[\w.]+:(?:[<>]=?)?(?:'[^']*'|"[^"]*"|[^\s()]+)""")


class SearchSyntaxError(ValueError):
    """The query text cannot be parsed."""


def _compare(actual: Any, op: str, text: str) -> bool:
    wanted: Any = text
    if isinstance(actual, datetime):
        wanted = datetime.fromisoformat(text.replace("Z", "+00:00"))
    if op == ">":
        return bool(actual > wanted)
    if op == ">=":
        return bool(actual >= wanted)
    if op == "<":
        return bool(actual < wanted)
    if op == "<=":
        return bool(actual <= wanted)
    return bool(str(actual).lower() == text.lower())


def _term(text: str, fields: dict[str, Callable[[Record], Any]]) -> Predicate:
    key, _, rest = text.partition(":")
    match = re.match(r"([<>]=?)?(.*)", rest)
    assert match is not None
    op, value = match.group(1) or "=", match.group(2).strip("'\"")
    if key not in fields:
        raise SearchSyntaxError(f"unknown search field {key!r}")
    getter = fields[key]
    return lambda record: _compare(getter(record), op, value)


def parse(query: str, fields: dict[str, Callable[[Record], Any]]) -> Predicate:
    """A predicate over records; ``fields`` maps a search key to a value getter."""
    tokens = _TOKEN.findall(query or "")
    leftover = _TOKEN.sub("", query or "").strip()
    if leftover:
        raise SearchSyntaxError(f"cannot read {leftover!r}")
    position = 0

    def peek() -> str | None:
        return tokens[position] if position < len(tokens) else None

    def take() -> str:
        nonlocal position
        position += 1
        return str(tokens[position - 1])

    def atom() -> Predicate:
        token = peek()
        if token is None:
            raise SearchSyntaxError("query ends too early")
        if token == "(":
            take()
            inner = disjunction()
            if peek() != ")":
                raise SearchSyntaxError("missing )")
            take()
            return inner
        if token in ("AND", "OR", ")"):
            raise SearchSyntaxError(f"unexpected {token}")
        return _term(take(), fields)

    def conjunction() -> Predicate:
        parts = [atom()]
        while peek() not in (None, "OR", ")"):
            if peek() == "AND":
                take()
            parts.append(atom())
        return lambda record: all(p(record) for p in parts)

    def disjunction() -> Predicate:
        parts = [conjunction()]
        while peek() == "OR":
            take()
            parts.append(conjunction())
        return lambda record: any(p(record) for p in parts)

    if not tokens:
        return lambda record: True
    predicate = disjunction()
    if peek() is not None:
        raise SearchSyntaxError(f"unexpected {peek()}")
    return predicate
