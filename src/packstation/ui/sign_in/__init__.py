"""Signing in and locking the station."""
