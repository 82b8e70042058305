"""The store's tables. Plain SQLite, so any SQLite tool can browse them.

``PRAGMA user_version`` holds the schema version; later stages add their tables
with a new version and a migration step here.
"""

SCHEMA_VERSION = 1

SCHEMA = """
CREATE TABLE IF NOT EXISTS documents (
    id                  TEXT PRIMARY KEY,           -- from the bytes the document arrived as
    source              TEXT NOT NULL,              -- path or URL, as given
    format              TEXT NOT NULL,              -- 'text' or 'html'
    encoding            TEXT NOT NULL,              -- how the bytes were decoded
    title               TEXT,
    subtitle            TEXT,
    authors             TEXT NOT NULL DEFAULT '[]', -- JSON array of names
    outlet              TEXT,
    published           TEXT,                       -- YYYY-MM-DD, YYYY-MM or YYYY
    published_precision TEXT,
    published_inferred  INTEGER NOT NULL DEFAULT 0,
    published_evidence  TEXT,
    language            TEXT NOT NULL,
    text                TEXT NOT NULL,              -- the cleaned body
    raw                 BLOB NOT NULL,              -- the input as read (decompressed)
    ingested_at         TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS removed (
    doc_id  TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    seq     INTEGER NOT NULL,
    kind    TEXT NOT NULL,
    text    TEXT NOT NULL,
    why     TEXT NOT NULL,
    PRIMARY KEY (doc_id, seq)
);
"""
