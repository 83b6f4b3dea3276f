"""Packstation: a scan-to-verify packing station for e-commerce warehouses."""

__version__ = "0.1.0"
