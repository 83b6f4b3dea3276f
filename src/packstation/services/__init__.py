"""Use cases of the packing bench, over storage, the shop connector and devices."""
