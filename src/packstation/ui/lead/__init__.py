"""The shift lead's windows: dashboard, exceptions, batches and people."""
