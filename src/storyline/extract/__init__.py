"""Extract: what the cleaned text states, found in it and normalized (time first; actors and events build on it)."""
