"""Hardware at the bench: scanners, printers (and scales), each behind a Protocol."""
