"""Pure rendering of shipping labels and packing slips to ZPL, PDF and PNG bytes."""
