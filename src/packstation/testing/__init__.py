"""Test counterparts of the outside world (not imported by the product; needs the test extra)."""
