"""The audit log's secret and anchor, both kept outside the database.

The secret keys each entry's hash (HMAC), so whoever rewrites the table without it is found.
It comes from ``PACKSTATION_AUDIT_KEY``, else the OS keyring, else (no OS keyring, e.g. a
headless Linux box) a file in the data folder readable by the station's user only.

The anchor (this station's newest entry and the first one it keyed, sealed with the secret)
is rewritten after each commit that adds an entry, so deleting entries from the end is found.
"""

from __future__ import annotations

import json
import logging
import os
import secrets
from dataclasses import dataclass
from pathlib import Path

import keyring
from keyring.errors import KeyringError
from sqlalchemy import event
from sqlalchemy.orm import Session, sessionmaker

from packstation.domain.audit_chain import Anchor, ChainBreak, verify_chain
from packstation.storage.audit_repo import AUDIT_KEY_INFO, AUDIT_WRITTEN_INFO
from packstation.storage.db import StorageError
from packstation.storage.uow import UnitOfWork

log = logging.getLogger("packstation.audit")

ENV_AUDIT_KEY = "PACKSTATION_AUDIT_KEY"
KEYRING_SERVICE = "packstation-audit"
KEY_FILE, ANCHOR_FILE = "audit.key", "audit-anchor.json"
ANCHOR_BYTES = 512  # the anchor record, padded: one sector
# keyring's own fallbacks (a plain file, or none at all) rank below 1; an OS store ranks above.
MIN_KEYRING_PRIORITY = 1.0


@dataclass(frozen=True)
class AuditKey:
    """The station's audit secret and where it came from (never the secret in words)."""

    secret: bytes
    source: str  # "environment", "keyring" or the key file's path

    def __repr__(self) -> str:
        return f"AuditKey(from {self.source})"


def load_audit_key(data_dir: Path, station: str) -> AuditKey:
    """The station's audit secret; created on first use (keyring, else a 0600 file)."""
    given = os.environ.get(ENV_AUDIT_KEY, "")
    if given:
        return AuditKey(given.encode("utf-8"), "environment")
    if _os_keyring():
        try:
            stored = keyring.get_password(KEYRING_SERVICE, station)
            if not stored:
                stored = secrets.token_hex(32)
                keyring.set_password(KEYRING_SERVICE, station, stored)
            return AuditKey(stored.encode("utf-8"), "keyring")
        except KeyringError as exc:
            log.warning("the keyring cannot keep the audit secret (%s): using a file", exc)
    return _key_file(data_dir / KEY_FILE)


def _os_keyring() -> bool:
    try:
        return float(keyring.get_keyring().priority) >= MIN_KEYRING_PRIORITY
    except Exception:
        return False


def _key_file(path: Path) -> AuditKey:
    try:
        return AuditKey(path.read_text(encoding="ascii").strip().encode("ascii"), str(path))
    except FileNotFoundError:
        pass
    except OSError as exc:
        raise StorageError(f"The audit secret {path} cannot be read: {exc.strerror}") from exc
    secret = secrets.token_hex(32)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(descriptor, "w", encoding="ascii") as out:
            out.write(secret + "\n")
    except OSError as exc:
        raise StorageError(f"The audit secret cannot be kept in {path}: {exc.strerror}") from exc
    log.info("created the audit secret in %s (readable by this user only)", path)
    return AuditKey(secret.encode("ascii"), str(path))


class AnchorFile:
    """This station's anchor of the audit chain, in its data folder."""

    def __init__(self, path: Path, key: AuditKey) -> None:
        self.path = path
        self._key = key.secret
        self._first_keyed = 0

    @property
    def key(self) -> bytes:
        """The secret the entries are keyed with."""
        return self._key

    def read(self) -> Anchor | None:
        """The anchor, or None when this station has written no keyed entry yet."""
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            return Anchor(
                int(data["first_keyed"]), int(data["entry_id"]), str(data["hash"]), str(data["mac"])
            )
        except FileNotFoundError:
            return None
        except (OSError, ValueError, KeyError, TypeError):
            # Unreadable or edited: verification then reports the anchor as changed.
            return Anchor(0, 0, "", "unreadable")

    def advance(self, entry_id: int, hash_: str) -> None:
        """Move the anchor to this station's newest entry (a failed write is logged only)."""
        if not self._first_keyed:
            current = self.read()
            intact = current is not None and current.intact(self._key)
            self._first_keyed = current.first_keyed if intact and current else entry_id
        anchor = Anchor(self._first_keyed, entry_id, hash_).sealed(self._key)
        body = json.dumps(
            {
                "first_keyed": anchor.first_keyed,
                "entry_id": entry_id,
                "hash": hash_,
                "mac": anchor.mac,
            }
        ).encode("ascii")
        # One small write in place (a rename costs milliseconds per scan on some disks); the
        # record has a fixed width within one sector, so it is never seen half-written.
        try:
            descriptor = os.open(self.path, os.O_WRONLY | os.O_CREAT, 0o600)
            try:
                os.lseek(descriptor, 0, os.SEEK_SET)
                os.write(descriptor, body.ljust(ANCHOR_BYTES))
            finally:
                os.close(descriptor)
        except OSError as exc:
            log.warning("cannot write the audit anchor %s: %s", self.path, exc.strerror or exc)

    def watch(self, factory: sessionmaker[Session]) -> None:
        """Key every entry written through ``factory`` and move the anchor after each commit."""
        factory.configure(info={AUDIT_KEY_INFO: self._key})

        @event.listens_for(factory, "after_commit")
        def _committed(session: Session) -> None:
            written = session.info.pop(AUDIT_WRITTEN_INFO, None)
            if written is not None:
                self.advance(*written)

        @event.listens_for(factory, "after_rollback")
        def _rolled_back(session: Session) -> None:
            session.info.pop(AUDIT_WRITTEN_INFO, None)


def audit_head_words(factory: sessionmaker[Session]) -> str:
    """The chain's head in words, for the log and the shift report: count, newest id, hash."""
    with UnitOfWork(factory) as uow:
        count, entry_id, hash_ = uow.audit.head()
    return f"{count} entries, newest {entry_id}, hash {hash_[:16] or '-'}"


def log_audit_head(factory: sessionmaker[Session], when: str) -> str:
    """Write the chain's head to the station's log (an anchor a database edit cannot reach)."""
    words = audit_head_words(factory)
    log.info("audit log at %s: %s", when, words)
    return words


def verify_audit(
    factory: sessionmaker[Session], anchor: AnchorFile | None, station: str
) -> tuple[int, ChainBreak | None]:
    """Walk the whole chain with the station's secret and anchor (when it has them)."""
    with UnitOfWork(factory) as uow:
        return verify_chain(
            uow.audit.chain(),
            key=anchor.key if anchor else b"",
            station=station,
            anchor=anchor.read() if anchor else None,
        )
