"""Carriers: booking parcels and their labels through a shipping platform or the shop's own van."""
