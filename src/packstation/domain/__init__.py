"""Pure domain model: orders, pack sessions, shipments and barcode rules (no Qt, SQL or HTTP)."""
