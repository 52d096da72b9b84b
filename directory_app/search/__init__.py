"""Search text <-> query trees (no SQL here)."""
