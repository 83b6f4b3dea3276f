"""A Shipmondo API v3 emulator on 127.0.0.1 for tests and benchmarks."""
