using Sitrep.Documents;
namespace Sitrep.Store;

/// <summary>
/// The store's schema, one numbered step at a time for each dialect; a store records the last
/// step it ran in schema_version and runs the ones after it, all in one transaction under a lock. Add a
/// step; never edit one that has shipped. The tables are the storage schema, not the domain
/// model: events are flattened rows with their document's sitrep/1 JSON beside them.
/// </summary>
public static class Migrations
{
    public sealed record Step(int Version, string Sqlite, string Postgres);

    public static readonly Step[] Steps =
    [
        new(1,
            Sqlite: """
            CREATE TABLE documents (
              id INTEGER PRIMARY KEY, content_hash TEXT NOT NULL UNIQUE, url TEXT, input TEXT NOT NULL,
              title TEXT, outlet TEXT, published TEXT, characters INTEGER NOT NULL, simhash INTEGER NOT NULL,
              duplicate_of INTEGER REFERENCES documents(id), text TEXT NOT NULL, result TEXT);
            CREATE INDEX documents_url ON documents(url);
            CREATE TABLE events (
              id INTEGER PRIMARY KEY, document_id INTEGER NOT NULL REFERENCES documents(id), local_id TEXT NOT NULL,
              type TEXT NOT NULL, mode TEXT, cameo TEXT, acled_type TEXT, acled_sub_type TEXT,
              actor TEXT, actor_code TEXT, associated TEXT, target TEXT, target_code TEXT, recipient TEXT, recipient_code TEXT,
              place TEXT, admin1 TEXT, country TEXT, lat REAL, lon REAL, geo_precision INTEGER,
              date_value TEXT, date_start TEXT, date_end TEXT, status TEXT NOT NULL, claimed_by TEXT,
              summary TEXT NOT NULL, evidence TEXT NOT NULL, quantities TEXT NOT NULL, fatalities INTEGER);
            CREATE INDEX events_document ON events(document_id);
            CREATE INDEX events_type_date ON events(type, date_start);
            CREATE TABLE quotes (
              id INTEGER PRIMARY KEY, document_id INTEGER NOT NULL REFERENCES documents(id), speaker TEXT, content TEXT NOT NULL);
            CREATE TABLE failures (input TEXT PRIMARY KEY, reason TEXT NOT NULL);
            CREATE TABLE fused_events (
              id INTEGER PRIMARY KEY, type TEXT NOT NULL, mode TEXT, actor TEXT, actor_code TEXT, target TEXT, recipient TEXT,
              place TEXT, lat REAL, lon REAL, date_start TEXT, date_end TEXT, status TEXT NOT NULL, summary TEXT NOT NULL, sources INTEGER NOT NULL);
            CREATE TABLE fused_members (fused_id INTEGER NOT NULL REFERENCES fused_events(id), event_id INTEGER NOT NULL REFERENCES events(id), PRIMARY KEY (fused_id, event_id));
            CREATE TABLE contradictions (
              id INTEGER PRIMARY KEY, fused_id INTEGER NOT NULL REFERENCES fused_events(id), kind TEXT NOT NULL, about TEXT NOT NULL, sides TEXT NOT NULL);
            CREATE TABLE states (
              id INTEGER PRIMARY KEY, subject TEXT NOT NULL, predicate TEXT NOT NULL, value TEXT NOT NULL,
              valid_from TEXT, valid_to TEXT, fused_id INTEGER REFERENCES fused_events(id), sources TEXT NOT NULL);
            CREATE INDEX states_subject ON states(subject);
            CREATE VIRTUAL TABLE documents_fts USING fts5(title, text, content='documents', content_rowid='id');
            CREATE VIRTUAL TABLE quotes_fts USING fts5(content, content='quotes', content_rowid='id');
            """,
            Postgres: """
            CREATE TABLE documents (
              id BIGINT PRIMARY KEY, content_hash TEXT NOT NULL UNIQUE, url TEXT, input TEXT NOT NULL,
              title TEXT, outlet TEXT, published TEXT, characters INTEGER NOT NULL, simhash BIGINT NOT NULL,
              duplicate_of BIGINT REFERENCES documents(id), text TEXT NOT NULL, result TEXT,
              search tsvector GENERATED ALWAYS AS (to_tsvector('english', coalesce(title, '') || ' ' || text)) STORED);
            CREATE INDEX documents_url ON documents(url);
            CREATE INDEX documents_search ON documents USING GIN (search);
            CREATE TABLE events (
              id BIGINT PRIMARY KEY, document_id BIGINT NOT NULL REFERENCES documents(id), local_id TEXT NOT NULL,
              type TEXT NOT NULL, mode TEXT, cameo TEXT, acled_type TEXT, acled_sub_type TEXT,
              actor TEXT, actor_code TEXT, associated TEXT, target TEXT, target_code TEXT, recipient TEXT, recipient_code TEXT,
              place TEXT, admin1 TEXT, country TEXT, lat DOUBLE PRECISION, lon DOUBLE PRECISION, geo_precision INTEGER,
              date_value TEXT, date_start TEXT, date_end TEXT, status TEXT NOT NULL, claimed_by TEXT,
              summary TEXT NOT NULL, evidence TEXT NOT NULL, quantities TEXT NOT NULL, fatalities INTEGER);
            CREATE INDEX events_document ON events(document_id);
            CREATE INDEX events_type_date ON events(type, date_start);
            CREATE TABLE quotes (
              id BIGINT PRIMARY KEY, document_id BIGINT NOT NULL REFERENCES documents(id), speaker TEXT, content TEXT NOT NULL,
              search tsvector GENERATED ALWAYS AS (to_tsvector('english', content)) STORED);
            CREATE INDEX quotes_search ON quotes USING GIN (search);
            CREATE TABLE failures (input TEXT PRIMARY KEY, reason TEXT NOT NULL);
            CREATE TABLE fused_events (
              id BIGINT PRIMARY KEY, type TEXT NOT NULL, mode TEXT, actor TEXT, actor_code TEXT, target TEXT, recipient TEXT,
              place TEXT, lat DOUBLE PRECISION, lon DOUBLE PRECISION, date_start TEXT, date_end TEXT, status TEXT NOT NULL, summary TEXT NOT NULL, sources INTEGER NOT NULL);
            CREATE TABLE fused_members (fused_id BIGINT NOT NULL REFERENCES fused_events(id), event_id BIGINT NOT NULL REFERENCES events(id), PRIMARY KEY (fused_id, event_id));
            CREATE TABLE contradictions (
              id BIGINT PRIMARY KEY, fused_id BIGINT NOT NULL REFERENCES fused_events(id), kind TEXT NOT NULL, about TEXT NOT NULL, sides TEXT NOT NULL);
            CREATE TABLE states (
              id BIGINT PRIMARY KEY, subject TEXT NOT NULL, predicate TEXT NOT NULL, value TEXT NOT NULL,
              valid_from TEXT, valid_to TEXT, fused_id BIGINT REFERENCES fused_events(id), sources TEXT NOT NULL);
            CREATE INDEX states_subject ON states(subject);
            """),
        // Ids from the database, so several processes can write to one store; the full-text
        // tables of SQLite kept by triggers; timeline facts whose date no report gives.
        new(2,
            Sqlite: """
            CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN
              INSERT INTO documents_fts (rowid, title, text) VALUES (new.id, new.title, new.text); END;
            CREATE TRIGGER quotes_fts_insert AFTER INSERT ON quotes BEGIN
              INSERT INTO quotes_fts (rowid, content) VALUES (new.id, new.content); END;
            ALTER TABLE states ADD COLUMN unknown_bound TEXT;
            """,
            Postgres: """
            CREATE SEQUENCE documents_id_seq OWNED BY documents.id;
            SELECT setval('documents_id_seq', COALESCE((SELECT MAX(id) FROM documents), 0) + 1, false);
            ALTER TABLE documents ALTER COLUMN id SET DEFAULT nextval('documents_id_seq');
            CREATE SEQUENCE events_id_seq OWNED BY events.id;
            SELECT setval('events_id_seq', COALESCE((SELECT MAX(id) FROM events), 0) + 1, false);
            ALTER TABLE events ALTER COLUMN id SET DEFAULT nextval('events_id_seq');
            CREATE SEQUENCE quotes_id_seq OWNED BY quotes.id;
            SELECT setval('quotes_id_seq', COALESCE((SELECT MAX(id) FROM quotes), 0) + 1, false);
            ALTER TABLE quotes ALTER COLUMN id SET DEFAULT nextval('quotes_id_seq');
            ALTER TABLE states ADD COLUMN unknown_bound TEXT;
            """),
        // Analysts' corrections, each its own row beside the machine's reading; attached to a
        // report's event, whose id survives every rebuild of the merged events. Indexes for the
        // API's pages of merged events in date order.
        new(3,
            Sqlite: """
            CREATE TABLE corrections (
              id INTEGER PRIMARY KEY, event_id INTEGER NOT NULL REFERENCES events(id), author TEXT NOT NULL, created TEXT NOT NULL, note TEXT,
              verdict TEXT, type TEXT, actor TEXT, target TEXT, place TEXT, lat REAL, lon REAL, date TEXT, fatalities INTEGER);
            CREATE INDEX corrections_event ON corrections(event_id);
            CREATE INDEX fused_members_event ON fused_members(event_id);
            CREATE INDEX fused_events_order ON fused_events((date_start IS NULL), date_start, id);
            CREATE INDEX events_type_end ON events(type, date_end);
            CREATE INDEX events_undated_actor ON events(LOWER(actor)) WHERE date_start IS NULL;
            CREATE INDEX events_undated_code ON events(actor_code) WHERE date_start IS NULL;
            """,
            Postgres: """
            CREATE TABLE corrections (
              id BIGSERIAL PRIMARY KEY, event_id BIGINT NOT NULL REFERENCES events(id), author TEXT NOT NULL, created TEXT NOT NULL, note TEXT,
              verdict TEXT, type TEXT, actor TEXT, target TEXT, place TEXT, lat DOUBLE PRECISION, lon DOUBLE PRECISION, date TEXT, fatalities INTEGER);
            CREATE INDEX corrections_event ON corrections(event_id);
            CREATE INDEX fused_members_event ON fused_members(event_id);
            CREATE INDEX fused_events_order ON fused_events(date_start, id);
            CREATE INDEX events_type_end ON events(type, date_end);
            CREATE INDEX events_undated_actor ON events(LOWER(actor)) WHERE date_start IS NULL;
            CREATE INDEX events_undated_code ON events(actor_code) WHERE date_start IS NULL;
            """),
        // Near-copies found by the database, not by a table of every fingerprint in memory: an
        // index per 16-bit band of the SimHash over the originals (NearCopies.Bands).
        new(4,
            Sqlite: """
            CREATE INDEX documents_band0 ON documents((simhash & 65535)) WHERE duplicate_of IS NULL;
            CREATE INDEX documents_band1 ON documents(((simhash >> 16) & 65535)) WHERE duplicate_of IS NULL;
            CREATE INDEX documents_band2 ON documents(((simhash >> 32) & 65535)) WHERE duplicate_of IS NULL;
            CREATE INDEX documents_band3 ON documents(((simhash >> 48) & 65535)) WHERE duplicate_of IS NULL;
            """,
            Postgres: """
            CREATE INDEX documents_band0 ON documents((simhash & 65535)) WHERE duplicate_of IS NULL;
            CREATE INDEX documents_band1 ON documents(((simhash >> 16) & 65535)) WHERE duplicate_of IS NULL;
            CREATE INDEX documents_band2 ON documents(((simhash >> 32) & 65535)) WHERE duplicate_of IS NULL;
            CREATE INDEX documents_band3 ON documents(((simhash >> 48) & 65535)) WHERE duplicate_of IS NULL;
            """),
        // An event placed where what it sends or commits to is ("agreed to expand its peacekeeping force in Afghanistan"),
        // not where it was done: the exports and the page say so instead of mapping the deed there as if done there.
        // (Step 6 fills it in for events stored before.)
        new(5,
            Sqlite: "ALTER TABLE events ADD COLUMN place_of_deed INTEGER NOT NULL DEFAULT 0;",
            Postgres: "ALTER TABLE events ADD COLUMN place_of_deed BOOLEAN NOT NULL DEFAULT FALSE;"),
        // Events stored before step 5 take place_of_deed from their report's sitrep/1 JSON, which has said it since before
        // the column (an ingest skips what is stored, so reading the reports again would not). The step reads every stored
        // report's text once, and parses only those whose JSON says it somewhere, each once. (It relies on result being the
        // JSON the writer wrote: PostgreSQL's cast fails the migration on any other.)
        new(6,
            Sqlite: """
            UPDATE events SET place_of_deed = 1
            FROM (SELECT d.id AS document_id, json_extract(j.value, '$.id') AS local_id
                  FROM documents d, json_each(d.result, '$.events') j
                  WHERE d.result LIKE '%"place!_of!_deed":true%' ESCAPE '!' AND json_extract(j.value, '$.place_of_deed') = 1) AS deed
            WHERE events.document_id = deed.document_id AND events.local_id = deed.local_id AND events.place IS NOT NULL;
            """,
            Postgres: """
            UPDATE events e SET place_of_deed = TRUE
            FROM documents d, jsonb_array_elements(d.result::jsonb -> 'events') j
            WHERE d.id = e.document_id AND d.result LIKE '%"place!_of!_deed":true%' ESCAPE '!' AND e.place IS NOT NULL
              AND j ->> 'id' = e.local_id AND j ->> 'place_of_deed' = 'true';
            """),
    ];
}
