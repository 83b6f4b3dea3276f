"""The demo shop: a deterministic, offline shop for trying Packstation and for tests."""
