"""Extract: what the cleaned text states, found in it and normalized: time, then actors and quotes from the parse."""

# Raised whenever the rules that read a document's parse (actor mentions, quotes, figures, event reports) change, so that stores read
# by older rules are read again at the next ingest.
READ_VERSION = 84
