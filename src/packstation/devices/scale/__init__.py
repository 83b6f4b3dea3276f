"""Shipping scales: serial (MT-SICS, Toledo 8217, NCI) and USB HID postal scales."""
