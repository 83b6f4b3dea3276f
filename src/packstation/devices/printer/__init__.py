"""Label and document printers."""
