"""What every printer transport offers, and the failures it reports."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Protocol


class PrinterError(Exception):
    """A known printer failure, with a message that tells the packer what to do.

    ``uncertain`` is True when some bytes may have reached the printer, so a retry could
    print a second label: such a job is never retried without a person deciding.
    """

    def __init__(self, message: str, *, uncertain: bool = False) -> None:
        super().__init__(message)
        self.uncertain = uncertain


@dataclass(frozen=True)
class PrintDocument:
    """Bytes for a printer, with a name and a kind ("label" or "slip")."""

    name: str
    kind: str
    content_type: str  # "zpl" or "pdf"
    data: bytes


@dataclass(frozen=True)
class PrintReceipt:
    """Proof that the transport accepted a document (and where it went)."""

    printer: str
    location: str


class Printer(Protocol):
    """A place documents can be sent to."""

    name: str

    def send(self, document: PrintDocument) -> PrintReceipt:
        """Deliver one document, or raise PrinterError."""

    def describe(self) -> str:
        """A one-line state for the status bar and ``doctor``."""


def safe_filename(name: str) -> str:
    """A file name without path separators or characters Windows refuses."""
    return "".join(ch if ch.isalnum() or ch in "-_." else "_" for ch in name)


def ensure_directory(path: Path) -> None:
    """Create a folder, turning permission and disk errors into PrinterError."""
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise PrinterError(f"Cannot create the print folder {path}: {exc.strerror}") from exc
