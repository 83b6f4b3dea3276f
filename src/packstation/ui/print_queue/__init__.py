"""The print-queue panel (F11) and the printer status."""
