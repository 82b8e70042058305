"""The store's tables. Plain SQLite, so any SQLite tool can browse them.

``PRAGMA user_version`` holds the schema version; later stages add their tables
with a new version and a migration step here.
"""

SCHEMA_VERSION = 11

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
    ingested_at         TEXT NOT NULL,
    time_version        INTEGER NOT NULL DEFAULT 0, -- the time tagger that dated it (0: not yet)
    read_version        INTEGER NOT NULL DEFAULT 0  -- the rules that read its parse: mentions, quotes, ...
);

CREATE TABLE IF NOT EXISTS removed (
    doc_id  TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    seq     INTEGER NOT NULL,
    kind    TEXT NOT NULL,
    text    TEXT NOT NULL,
    why     TEXT NOT NULL,
    PRIMARY KEY (doc_id, seq)
);

CREATE TABLE IF NOT EXISTS timexes (
    doc_id  TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    seq     INTEGER NOT NULL,
    start   INTEGER NOT NULL,                   -- character offsets into documents.text, end exclusive
    end     INTEGER NOT NULL,
    text    TEXT NOT NULL,
    type    TEXT NOT NULL,                      -- DATE, TIME, DURATION or SET
    value   TEXT NOT NULL,                      -- TIMEX3 value: 2024-05-16, 2024-W21, P3Y, PAST_REF, ...
    mod     TEXT,                               -- TIMEX3 mod: START, END, APPROX, ...
    guess   INTEGER NOT NULL DEFAULT 0,         -- rests on a year or document date that was inferred
    role    TEXT NOT NULL DEFAULT 'text',       -- text, list-date or background
    freq    TEXT,                               -- TIMEX3 freq of a set: 2X for "twice a week"
    PRIMARY KEY (doc_id, seq)
);

CREATE TABLE IF NOT EXISTS mentions (
    doc_id    TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    seq       INTEGER NOT NULL,
    start     INTEGER NOT NULL,                 -- character offsets into documents.text, end exclusive
    end       INTEGER NOT NULL,
    text      TEXT NOT NULL,
    label     TEXT NOT NULL,                    -- PERSON, ORG, GPE, NORP, LOC, DESC (a description), PRON
    role      TEXT,                             -- a post stated beside the name
    political INTEGER NOT NULL DEFAULT 0,       -- a place that acts, standing for its government
    antecedent INTEGER,                         -- for a pronoun (PRON): the start of the mention it refers to
    PRIMARY KEY (doc_id, seq)
);

CREATE TABLE IF NOT EXISTS quotes (
    doc_id       TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    seq          INTEGER NOT NULL,
    start        INTEGER NOT NULL,              -- the quoted or reported words in documents.text, end exclusive
    end          INTEGER NOT NULL,
    text         TEXT NOT NULL,
    direct       INTEGER NOT NULL,              -- 1: inside quotation marks; 0: reported speech
    source_start INTEGER,                       -- the words that name the speaker
    source_end   INTEGER,
    speaker_text TEXT,                          -- the attribution as written ("says Oz Hassan", "he said")
    speaker      TEXT,                          -- the actor the source names, set when actors are linked
    when_value     TEXT,                        -- when the speech was made, where its attribution says
    when_precision TEXT,
    when_text      TEXT,
    perfect        INTEGER NOT NULL DEFAULT 0,  -- 1: told in the perfect ("has said"), not of the document's day
    PRIMARY KEY (doc_id, seq)
);

CREATE TABLE IF NOT EXISTS figures (
    doc_id  TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    seq     INTEGER NOT NULL,
    start   INTEGER NOT NULL,
    end     INTEGER NOT NULL,
    text    TEXT NOT NULL,
    value   REAL NOT NULL,                      -- 289000000 for "$289 million"
    unit    TEXT NOT NULL,                      -- USD, EUR, percent, count, people, km, ...
    subject TEXT,                               -- what it measures, in the text's words
    when_value     TEXT,                        -- when what it measures was so, where its clause says
    when_precision TEXT,
    when_text      TEXT,
    PRIMARY KEY (doc_id, seq)
);

CREATE TABLE IF NOT EXISTS reports (
    doc_id         TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    seq            INTEGER NOT NULL,
    type           TEXT NOT NULL,               -- PLOVER type, with a mode after a slash
    status         TEXT NOT NULL,               -- occurred, planned, proposed, considered, denied, hypothetical
    intensity      REAL NOT NULL,
    trigger_start  INTEGER NOT NULL,            -- the verb or noun that tells of it
    trigger_end    INTEGER NOT NULL,
    sentence_start INTEGER NOT NULL,
    sentence_end   INTEGER NOT NULL,
    sources        TEXT NOT NULL,               -- JSON [[start, end], ...]: the words naming who acts
    targets        TEXT NOT NULL,               -- likewise, who is acted upon
    when_value     TEXT,
    when_precision TEXT,
    when_text      TEXT,
    narrative      INTEGER NOT NULL DEFAULT 0,  -- 1: tells a story's line (dated in the main clause, or next)
    perfect        INTEGER NOT NULL DEFAULT 0,  -- 1: told in the perfect ("has signed"), done before the writing
    PRIMARY KEY (doc_id, seq)
);

-- Events merge reports across documents, once actors are linked.
CREATE TABLE IF NOT EXISTS events (
    id             TEXT PRIMARY KEY,
    type           TEXT NOT NULL,
    summary        TEXT NOT NULL,
    status         TEXT NOT NULL,
    polarity       TEXT NOT NULL,
    intensity      REAL NOT NULL,
    source         TEXT NOT NULL,               -- JSON array of actor ids
    target         TEXT NOT NULL,
    when_value     TEXT,
    when_precision TEXT,
    when_text      TEXT,
    evidence       TEXT NOT NULL                -- JSON [{doc, start, end, text}]
);

-- Actors are linked across all documents, so they are rebuilt whole after each ingest.
CREATE TABLE IF NOT EXISTS actors (
    id       TEXT PRIMARY KEY,                  -- stable: from what the actor is, not from row order
    name     TEXT NOT NULL,
    type     TEXT NOT NULL,                     -- PERSON, ORG, GPE, NORP, LOC, ...
    country  TEXT,                              -- ISO 3166-1 alpha-3
    sector   TEXT,                              -- GOV, MIL, REB, IGO, ...
    aliases  TEXT NOT NULL DEFAULT '[]',        -- JSON array of surface forms
    roles    TEXT NOT NULL DEFAULT '[]'         -- JSON array of posts
);

CREATE TABLE IF NOT EXISTS actor_mentions (
    actor_id TEXT NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
    doc_id   TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    start    INTEGER NOT NULL,
    end      INTEGER NOT NULL,
    text     TEXT NOT NULL,
    label    TEXT NOT NULL,                     -- as in mentions.label
    PRIMARY KEY (doc_id, start, end)
);
CREATE INDEX IF NOT EXISTS actor_mentions_actor ON actor_mentions (actor_id);

-- Near-duplicate and syndicated copies: each copy names the earliest stored document it repeats.
CREATE TABLE IF NOT EXISTS copies (
    doc_id     TEXT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
    original   TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    similarity REAL NOT NULL                    -- estimated Jaccard similarity of their word shingles
);

-- Claims link statements across documents, so they are rebuilt whole after each ingest.
CREATE TABLE IF NOT EXISTS claims (
    id       TEXT PRIMARY KEY,
    text     TEXT NOT NULL,
    status   TEXT NOT NULL,                     -- corroborated, single-source, contested, superseded
    sources  TEXT NOT NULL,                     -- JSON array of document ids
    evidence TEXT NOT NULL,                     -- JSON [{doc, start, end, text}]
    when_value     TEXT,                        -- when the fact holds, where a statement of it says
    when_precision TEXT,
    when_text      TEXT,
    related  TEXT NOT NULL DEFAULT '[]'         -- JSON [{claim, relation}]
);

-- Full-text search over documents, quotes and claims (SQLite FTS5), rebuilt with the claims after each ingest.
CREATE VIRTUAL TABLE IF NOT EXISTS search USING fts5(
    kind UNINDEXED,                             -- document, quote or claim
    ref UNINDEXED,                              -- its id (a quote: document id and start)
    doc UNINDEXED,                              -- the document it is in (a claim: its first)
    title, text, tokenize = 'porter unicode61'
);

-- Sentence embeddings by a hash of the model and the sentence, so each sentence is embedded once.
CREATE TABLE IF NOT EXISTS vectors (
    key    TEXT PRIMARY KEY,
    vector BLOB NOT NULL                        -- float32, little-endian
);
"""

# Steps from each older version to the next, run once each before the tables above are made. A column added to a
# table that an older store does not have yet is skipped: the table is made new, with the column.
MIGRATIONS: dict[int, tuple[str, ...]] = {
    1: ("ALTER TABLE documents ADD COLUMN time_version INTEGER NOT NULL DEFAULT 0",),
    2: ("ALTER TABLE documents ADD COLUMN read_version INTEGER NOT NULL DEFAULT 0",),
    3: (),  # copies, claims and vectors are new tables only
    4: (),  # the search index is new; the next ingest fills it
    5: tuple(f"ALTER TABLE quotes ADD COLUMN {name} TEXT" for name in ("when_value", "when_precision", "when_text")),
    6: ("ALTER TABLE reports ADD COLUMN narrative INTEGER NOT NULL DEFAULT 0",),
    7: tuple(f"ALTER TABLE {table} ADD COLUMN {name} TEXT" for table in ("figures", "claims")
             for name in ("when_value", "when_precision", "when_text")),  # fmt: skip
    8: ("ALTER TABLE quotes ADD COLUMN perfect INTEGER NOT NULL DEFAULT 0",),
    9: ("ALTER TABLE reports ADD COLUMN perfect INTEGER NOT NULL DEFAULT 0",),
    10: ("ALTER TABLE timexes ADD COLUMN freq TEXT",),
}
