"""The settings windows: printers, scanners and the shop connection."""
