"""The audit log's hash chain: each entry's hash covers its content and the previous hash.

Changing, deleting or inserting an entry breaks the chain at that point, which
``packstation audit verify`` reports. Entries written before the chain existed (schema 0004 and
older) carry no hash; they may only come before the first chained entry.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime


@dataclass(frozen=True)
class AuditEntry:
    """What the chain covers of one audit row."""

    entry_id: int
    at: datetime
    station: str
    user: str
    action: str
    subject: str
    detail: str
    prev_hash: str
    hash: str


@dataclass(frozen=True)
class ChainBreak:
    """Where verification failed, and why in words."""

    entry_id: int
    reason: str


def entry_hash(
    prev_hash: str, at: datetime, station: str, user: str, action: str, subject: str, detail: str
) -> str:
    """SHA-256 over the previous hash and the entry's content."""
    stamp = at.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    content = json.dumps(
        [prev_hash, stamp, station, user, action, subject, detail], ensure_ascii=False
    )
    return hashlib.sha256(content.encode("utf-8")).hexdigest()


def verify_chain(entries: Iterable[AuditEntry]) -> tuple[int, ChainBreak | None]:
    """Walk the entries in id order; returns how many were checked and the first break."""
    previous = ""
    checked = 0
    chained = False
    for entry in entries:
        if not entry.hash:
            if chained:
                return checked, ChainBreak(entry.entry_id, "its hash was removed")
            continue  # written before the chain existed
        if not chained and entry.prev_hash != "":
            return checked, ChainBreak(entry.entry_id, "the entries before it were changed")
        chained = True
        if entry.prev_hash != previous:
            return checked, ChainBreak(
                entry.entry_id,
                "it does not follow the entry before it (an entry was deleted or inserted)",
            )
        expected = entry_hash(
            entry.prev_hash,
            entry.at,
            entry.station,
            entry.user,
            entry.action,
            entry.subject,
            entry.detail,
        )
        if expected != entry.hash:
            return checked, ChainBreak(
                entry.entry_id, "its content was changed after it was written"
            )
        previous = entry.hash
        checked += 1
    return checked, None
