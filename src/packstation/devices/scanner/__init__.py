"""Barcode scanners: the keyboard-wedge burst decoder (serial scanners follow)."""
