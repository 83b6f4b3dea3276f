"""The audit log's hash chain: each entry's hash covers its content and the previous hash.

Changing, deleting or inserting an entry breaks the chain at that point, which
``packstation audit verify`` reports. Entries written before the chain existed (schema 0004 and
older) carry no hash; they may only come before the first chained entry.

A chain alone can be rewritten by whoever can write the table: edit, then recompute every
hash after it. So each entry also carries a keyed hash (HMAC-SHA256 with the station's secret,
kept outside the database), and the station keeps an anchor outside the table (its newest
entry's id and hash, and the first entry it keyed), which finds entries deleted from the end.
"""

from __future__ import annotations

import hashlib
import hmac
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
    mac: str = ""


@dataclass(frozen=True)
class ChainBreak:
    """Where verification failed, and why in words."""

    entry_id: int
    reason: str


@dataclass(frozen=True)
class Anchor:
    """A station's record of the chain, kept outside the database.

    ``first_keyed`` is the first entry this station wrote with a keyed hash (every later entry
    of the station must carry one); ``entry_id`` and ``hash`` are its newest entry.
    """

    first_keyed: int
    entry_id: int
    hash: str
    mac: str = ""

    def sealed(self, key: bytes) -> Anchor:
        """The anchor with its keyed hash, so an edited anchor file is found too."""
        return Anchor(self.first_keyed, self.entry_id, self.hash, self._expected(key))

    def intact(self, key: bytes) -> bool:
        """Whether the anchor is as this station wrote it."""
        return hmac.compare_digest(self.mac, self._expected(key))

    def _expected(self, key: bytes) -> str:
        text = f"anchor:{self.first_keyed}:{self.entry_id}:{self.hash}"
        return hmac.new(key, text.encode("utf-8"), hashlib.sha256).hexdigest()


def entry_hash(
    prev_hash: str, at: datetime, station: str, user: str, action: str, subject: str, detail: str
) -> str:
    """SHA-256 over the previous hash and the entry's content."""
    stamp = at.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    content = json.dumps(
        [prev_hash, stamp, station, user, action, subject, detail], ensure_ascii=False
    )
    return hashlib.sha256(content.encode("utf-8")).hexdigest()


def entry_mac(key: bytes, hash_: str) -> str:
    """The keyed hash of an entry: HMAC-SHA256 of its chain hash with the station's secret."""
    return hmac.new(key, f"entry:{hash_}".encode(), hashlib.sha256).hexdigest()


@dataclass
class _Walk:
    previous: str = ""
    checked: int = 0
    chained: bool = False
    unchained: int | None = None  # the first entry without a hash, when none had one before
    last_id: int | None = None
    anchor_seen: bool = False


def verify_chain(
    entries: Iterable[AuditEntry],
    *,
    key: bytes = b"",
    station: str = "",
    anchor: Anchor | None = None,
) -> tuple[int, ChainBreak | None]:
    """Walk the entries in id order; returns how many were checked and the first break.

    With ``key``, the keyed hashes of ``station``'s entries are checked too; with ``anchor``,
    the station's newest entry must still be there, unchanged.
    """
    if anchor is not None and not anchor.intact(key):
        return 0, ChainBreak(anchor.entry_id, "the station's anchor file was changed")
    walk = _Walk()
    for entry in entries:
        walk.last_id = entry.entry_id
        broken = _check(entry, walk, key, station, anchor)
        if broken is not None:
            return walk.checked, broken
    if walk.unchained is not None and not walk.chained:
        return 0, ChainBreak(walk.unchained, "no entry carries a hash: the hashes were removed")
    if anchor is not None and not walk.anchor_seen:
        end = f"the log now ends at entry {walk.last_id}" if walk.last_id else "the log is empty"
        return walk.checked, ChainBreak(
            anchor.entry_id,
            f"entries were deleted: this station's newest entry is {anchor.entry_id}, {end}",
        )
    return walk.checked, None


def _check(
    entry: AuditEntry, walk: _Walk, key: bytes, station: str, anchor: Anchor | None
) -> ChainBreak | None:
    if not entry.hash:
        if walk.chained or entry.mac:
            return ChainBreak(entry.entry_id, "its hash was removed")
        if walk.unchained is None:
            walk.unchained = entry.entry_id
        return None  # written before the chain existed
    if not walk.chained and entry.prev_hash != "":
        return ChainBreak(entry.entry_id, "the entries before it were changed")
    walk.chained = True
    if entry.prev_hash != walk.previous:
        return ChainBreak(
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
        return ChainBreak(entry.entry_id, "its content was changed after it was written")
    if key and entry.station == station:
        must_be_keyed = anchor is not None and entry.entry_id >= anchor.first_keyed
        if entry.mac and not hmac.compare_digest(entry.mac, entry_mac(key, entry.hash)):
            return ChainBreak(
                entry.entry_id,
                "its keyed hash does not match: it was rewritten without the station's secret",
            )
        if not entry.mac and must_be_keyed:
            return ChainBreak(entry.entry_id, "its keyed hash was removed")
    if anchor is not None and entry.entry_id == anchor.entry_id:
        if entry.hash != anchor.hash:
            return ChainBreak(entry.entry_id, "it differs from this station's anchor")
        walk.anchor_seen = True
    walk.previous = entry.hash
    walk.checked += 1
    return None
