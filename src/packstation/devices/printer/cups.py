"""The system spooler on Linux and macOS: CUPS raw queues through ``lp -o raw``."""

from __future__ import annotations

import subprocess

from packstation.devices.printer.base import PrintDocument, PrinterError, PrintReceipt


class CupsPrinter:
    """Sends raw bytes (ZPL, or PDF to a PDF-capable queue) to a CUPS queue."""

    def __init__(self, queue: str, *, timeout: float = 30.0) -> None:
        self.queue = queue
        self.name = f"CUPS {queue}"
        self.timeout = timeout

    def send(self, document: PrintDocument) -> PrintReceipt:
        """Hand the job to CUPS; ``lp`` prints the job id it got."""
        raw = ["-o", "raw"] if document.content_type == "zpl" else []
        try:
            result = subprocess.run(
                ["lp", "-d", self.queue, *raw, "-t", document.name, "-"],
                input=document.data,
                capture_output=True,
                timeout=self.timeout,
                check=False,
            )
        except FileNotFoundError as exc:
            raise PrinterError("CUPS is not installed on this computer (no `lp` command)") from exc
        except subprocess.TimeoutExpired as exc:
            raise PrinterError(
                f"CUPS did not take the job for {self.queue} in time: check the queue before "
                "reprinting",
                uncertain=True,
            ) from exc
        if result.returncode != 0:
            message = result.stderr.decode(errors="replace").strip() or "lp failed"
            raise PrinterError(f"CUPS refused the job for {self.queue}: {message}")
        return PrintReceipt(printer=self.name, location=result.stdout.decode().strip())

    def describe(self) -> str:
        """The queue's state as ``lpstat`` reports it."""
        try:
            result = subprocess.run(
                ["lpstat", "-p", self.queue], capture_output=True, timeout=10, check=False
            )
        except (FileNotFoundError, subprocess.TimeoutExpired):
            return "CUPS is not available"
        text = (result.stdout or result.stderr).decode(errors="replace").strip()
        if result.returncode == 0 and "disabled" not in text:
            return f"Ready ({text})"
        return text or f"CUPS queue {self.queue} not found"
