"""Shipmondo API v3 (Nordic shipping platform) over HTTP."""
