"""Pure rendering of a shift lead's reports: end-of-shift CSV/PDF and the carrier manifest."""
