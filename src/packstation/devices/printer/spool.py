"""The default printer: a spool folder that receives the ZPL and PDF files."""

from __future__ import annotations

import errno
import os
from pathlib import Path

from packstation.devices.printer.base import (
    PrintDocument,
    PrinterError,
    PrintReceipt,
    ensure_directory,
    safe_filename,
)


class SpoolFolderPrinter:
    """Writes each document atomically (temp file, fsync, rename) into a folder."""

    def __init__(self, folder: Path, name: str = "Spool folder") -> None:
        self.folder = folder
        self.name = name

    def send(self, document: PrintDocument) -> PrintReceipt:
        """Write the document; a full disk or a read-only folder is a PrinterError."""
        ensure_directory(self.folder)
        target = self.folder / safe_filename(f"{document.name}.{document.content_type}")
        tmp = target.with_name(target.name + ".part")
        try:
            with tmp.open("wb") as handle:
                handle.write(document.data)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(tmp, target)
        except OSError as exc:
            tmp.unlink(missing_ok=True)
            if exc.errno == errno.ENOSPC:
                raise PrinterError(
                    f"The disk holding {self.folder} is full: free some space and press Reprint"
                ) from exc
            raise PrinterError(f"Cannot write to {self.folder}: {exc.strerror}") from exc
        return PrintReceipt(printer=self.name, location=str(target))

    def describe(self) -> str:
        """Ready when the folder exists (or can be made) and is writable."""
        try:
            ensure_directory(self.folder)
        except PrinterError as exc:
            return str(exc)
        if not os.access(self.folder, os.W_OK):
            return f"Cannot write to {self.folder}"
        return f"Ready (spool folder {self.folder})"
