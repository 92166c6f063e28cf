#include "project/projectschema.h"

using namespace Qt::StringLiterals;

namespace Dz
{

namespace
{

// Version 1: reports with their text and metadata, derived analyses by kind,
// and the analyst's own data (corrections, overrides, annotations, tags).
// Times are ISO 8601 UTC strings; JSON columns hold objects made by the core's
// own toJson() functions.
const QStringList version1 = {
    uR"(CREATE TABLE reports (
    id INTEGER PRIMARY KEY,
    file_name TEXT NOT NULL,
    source_path TEXT NOT NULL DEFAULT '',
    content_hash TEXT NOT NULL UNIQUE,
    imported_at TEXT NOT NULL,
    encoding TEXT NOT NULL,
    text TEXT NOT NULL,
    metadata TEXT NOT NULL DEFAULT '{}',
    overrides TEXT NOT NULL DEFAULT '{}'
))"_s,
    u"CREATE INDEX reports_source_path ON reports(source_path)"_s,
    uR"(CREATE TABLE analyses (
    report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    engine_version TEXT NOT NULL,
    data TEXT NOT NULL,
    computed_at TEXT NOT NULL,
    PRIMARY KEY (report_id, kind)
) WITHOUT ROWID)"_s,
    uR"(CREATE TABLE alignment_corrections (
    id INTEGER PRIMARY KEY,
    correction TEXT NOT NULL,
    created_at TEXT NOT NULL
))"_s,
    uR"(CREATE TABLE indicator_overrides (
    id INTEGER PRIMARY KEY,
    report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
    indicator_id TEXT NOT NULL,
    value TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    UNIQUE (report_id, indicator_id)
))"_s,
    uR"(CREATE TABLE annotations (
    id INTEGER PRIMARY KEY,
    report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    quote TEXT NOT NULL,
    context_before TEXT NOT NULL DEFAULT '',
    context_after TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT '',
    severity TEXT NOT NULL DEFAULT 'medium' CHECK (severity IN ('low', 'medium', 'high')),
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'reviewed', 'flagged')),
    created_at TEXT NOT NULL,
    modified_at TEXT NOT NULL
))"_s,
    u"CREATE INDEX annotations_report ON annotations(report_id)"_s,
    u"CREATE TABLE tags (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE)"_s,
    uR"(CREATE TABLE annotation_tags (
    annotation_id INTEGER NOT NULL REFERENCES annotations(id) ON DELETE CASCADE,
    tag_id INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
    PRIMARY KEY (annotation_id, tag_id)
) WITHOUT ROWID)"_s,
};

// Version 2: full-text search. An FTS5 index over the report texts with the
// trigram tokenizer (SQLite >= 3.34), which needs no word segmentation and so
// works for Chinese; external content, so the text is stored once, kept in
// step with the reports table by triggers.
const QStringList version2 = {
    u"CREATE VIRTUAL TABLE report_search USING fts5(text, content='reports', content_rowid='id', tokenize='trigram')"_s,
    uR"(CREATE TRIGGER reports_search_insert AFTER INSERT ON reports BEGIN
    INSERT INTO report_search (rowid, text) VALUES (new.id, new.text);
END)"_s,
    uR"(CREATE TRIGGER reports_search_delete AFTER DELETE ON reports BEGIN
    INSERT INTO report_search (report_search, rowid, text) VALUES ('delete', old.id, old.text);
END)"_s,
    uR"(CREATE TRIGGER reports_search_update AFTER UPDATE OF text ON reports BEGIN
    INSERT INTO report_search (report_search, rowid, text) VALUES ('delete', old.id, old.text);
    INSERT INTO report_search (rowid, text) VALUES (new.id, new.text);
END)"_s,
    // Index the reports a version 1 project already holds.
    u"INSERT INTO report_search (report_search) VALUES ('rebuild')"_s,
};

// Version 3: re-import of a changed file replaces the report's text in
// place, so analyst data stays with it. Annotations the new text no longer
// holds are kept and flagged instead of pointing at the wrong words; the
// revision counts the texts a report has had.
const QStringList version3 = {
    u"ALTER TABLE annotations ADD COLUMN needs_reanchoring INTEGER NOT NULL DEFAULT 0 CHECK (needs_reanchoring IN (0, 1))"_s,
    u"ALTER TABLE reports ADD COLUMN revision INTEGER NOT NULL DEFAULT 1"_s,
};

// Version 4: every query through an index. Terms of one or two characters
// (普法) have no trigram, so a second FTS5 index holds the texts' character
// bigrams (see SearchIndex). It is contentless (the tokens are computed in
// C++ and not stored again) with contentless_delete (SQLite >= 3.43), so a
// removed report leaves it by a trigger; ProjectStore fills it for the
// reports a version 3 project holds. The revision column was never read.
const QStringList version4 = {
    u"CREATE VIRTUAL TABLE report_bigrams USING fts5(tokens, content='', contentless_delete=1, tokenize='ascii')"_s,
    uR"(CREATE TRIGGER reports_bigrams_delete AFTER DELETE ON reports BEGIN
    DELETE FROM report_bigrams WHERE rowid = old.id;
END)"_s,
    u"ALTER TABLE reports DROP COLUMN revision"_s,
};

// Version 5: every report keeps the file it was read from (bytes, format,
// MIME type) and, for a fetched page, its address, so that it can be read
// again when a reader improves and exported as published. A table of its
// own: report lists never read the bytes.
const QStringList version5 = {
    uR"(CREATE TABLE report_originals (
    report_id INTEGER PRIMARY KEY REFERENCES reports(id) ON DELETE CASCADE,
    format TEXT NOT NULL,
    mime_type TEXT NOT NULL DEFAULT '',
    address TEXT NOT NULL DEFAULT '',
    bytes BLOB NOT NULL
))"_s,
};

// Version 6: the analyst's weakness themes. A project may hold its own
// catalog (the built-in one edited in the workbench's catalog editor): one
// row, the whole catalog as the JSON of its file format, so a project
// carries the themes its heat map was read with. No row: the built-in themes.
const QStringList version6 = {
    uR"(CREATE TABLE weakness_catalog (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    catalog TEXT NOT NULL,
    modified_at TEXT NOT NULL
))"_s,
};

// Version 7: the analyst's desk. The reports the analyst compares, in
// their order (a report removed from the project leaves the set with it);
// the deck being built, as one JSON document (slides hold their figures, so
// a deck stays as it was made even when reports change); and an indicator
// value of the analyst's may say "not reported" (with the reason in the
// note) or be the sum of statements the report lists, whose figures and
// sentences are kept as its evidence (parts, a JSON array).
const QStringList version7 = {
    u"ALTER TABLE indicator_overrides ADD COLUMN kind TEXT NOT NULL DEFAULT 'value' CHECK (kind IN ('value', 'not_reported', 'sum'))"_s,
    u"ALTER TABLE indicator_overrides ADD COLUMN parts TEXT NOT NULL DEFAULT '[]'"_s,
    uR"(CREATE TABLE comparison_set (
    position INTEGER PRIMARY KEY,
    report_id INTEGER NOT NULL UNIQUE REFERENCES reports(id) ON DELETE CASCADE
))"_s,
    uR"(CREATE TABLE deck (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    data TEXT NOT NULL,
    modified_at TEXT NOT NULL
))"_s,
};

// Version 8: who changed what, when. Every change the analyst makes
// (corrections, values, annotations, identity, the comparison set, the deck,
// the weakness catalog) leaves a row, written in the same transaction as the
// change: its author (the server's session user, or the user of the
// computer for a file), its time (UTC), what kind of record it touched and
// how (added, changed, removed), the report (0 when the record belongs to
// no report) and the record's own key, and the record before and after as
// text (compact JSON). The log outlives the reports it names, so it holds
// no reference to them. A server project's other clients learn of each row
// through NOTIFY (ProjectChangeFeed).
const QStringList version8 = {
    uR"(CREATE TABLE change_log (
    id INTEGER PRIMARY KEY,
    changed_at TEXT NOT NULL,
    author TEXT NOT NULL,
    kind TEXT NOT NULL,
    action TEXT NOT NULL CHECK (action IN ('add', 'change', 'remove')),
    report_id INTEGER NOT NULL DEFAULT 0,
    record TEXT NOT NULL DEFAULT '',
    old_value TEXT NOT NULL DEFAULT '',
    new_value TEXT NOT NULL DEFAULT ''
))"_s,
    u"CREATE INDEX change_log_record ON change_log(kind, report_id, record)"_s,
};

// The same versions on a PostgreSQL server. Version 1 also makes the table
// that holds the version (PRAGMA user_version and application_id are
// SQLite's).
const QStringList serverVersion1 = {
    uR"(CREATE TABLE project_schema (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    version INTEGER NOT NULL,
    application_id INTEGER NOT NULL
))"_s,
    u"INSERT INTO project_schema (id, version, application_id) VALUES (1, 0, 0)"_s,
    uR"(CREATE TABLE reports (
    id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    file_name TEXT NOT NULL,
    source_path TEXT NOT NULL DEFAULT '',
    content_hash TEXT NOT NULL UNIQUE,
    imported_at TEXT NOT NULL,
    encoding TEXT NOT NULL,
    text TEXT NOT NULL,
    metadata TEXT NOT NULL DEFAULT '{}',
    overrides TEXT NOT NULL DEFAULT '{}'
))"_s,
    u"CREATE INDEX reports_source_path ON reports(source_path)"_s,
    uR"(CREATE TABLE analyses (
    report_id BIGINT NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    engine_version TEXT NOT NULL,
    data TEXT NOT NULL,
    computed_at TEXT NOT NULL,
    PRIMARY KEY (report_id, kind)
))"_s,
    uR"(CREATE TABLE alignment_corrections (
    id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    correction TEXT NOT NULL,
    created_at TEXT NOT NULL
))"_s,
    uR"(CREATE TABLE indicator_overrides (
    id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    report_id BIGINT NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
    indicator_id TEXT NOT NULL,
    value TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    UNIQUE (report_id, indicator_id)
))"_s,
    uR"(CREATE TABLE annotations (
    id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    report_id BIGINT NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
    start BIGINT NOT NULL,
    "end" BIGINT NOT NULL,
    quote TEXT NOT NULL,
    context_before TEXT NOT NULL DEFAULT '',
    context_after TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT '',
    severity TEXT NOT NULL DEFAULT 'medium' CHECK (severity IN ('low', 'medium', 'high')),
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'reviewed', 'flagged')),
    created_at TEXT NOT NULL,
    modified_at TEXT NOT NULL
))"_s,
    u"CREATE INDEX annotations_report ON annotations(report_id)"_s,
    u"CREATE TABLE tags (id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, name TEXT NOT NULL UNIQUE)"_s,
    uR"(CREATE TABLE annotation_tags (
    annotation_id BIGINT NOT NULL REFERENCES annotations(id) ON DELETE CASCADE,
    tag_id BIGINT NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
    PRIMARY KEY (annotation_id, tag_id)
))"_s,
};

// Full-text search on the server: a trigram GIN index (pg_trgm, a trusted
// extension a database owner may create) answers ILIKE over the texts;
// trigrams need no word segmentation, so Chinese works.
const QStringList serverVersion2 = {
    u"CREATE EXTENSION IF NOT EXISTS pg_trgm"_s,
    u"CREATE INDEX reports_text_trigrams ON reports USING gin (text gin_trgm_ops)"_s,
};

const QStringList serverVersion3 = {
    u"ALTER TABLE annotations ADD COLUMN needs_reanchoring INTEGER NOT NULL DEFAULT 0 CHECK (needs_reanchoring IN (0, 1))"_s,
    u"ALTER TABLE reports ADD COLUMN revision INTEGER NOT NULL DEFAULT 1"_s,
};

// No bigram index on the server: the trigram index and ILIKE answer short
// terms too (see SearchIndex).
const QStringList serverVersion4 = {
    u"ALTER TABLE reports DROP COLUMN revision"_s,
};

const QStringList serverVersion5 = {
    uR"(CREATE TABLE report_originals (
    report_id BIGINT PRIMARY KEY REFERENCES reports(id) ON DELETE CASCADE,
    format TEXT NOT NULL,
    mime_type TEXT NOT NULL DEFAULT '',
    address TEXT NOT NULL DEFAULT '',
    bytes BYTEA NOT NULL
))"_s,
};

const QStringList serverVersion6 = {
    uR"(CREATE TABLE weakness_catalog (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    catalog TEXT NOT NULL,
    modified_at TEXT NOT NULL
))"_s,
};

// Version 7 on the server: the same desk tables, report ids as BIGINT.
const QStringList serverVersion7 = {
    u"ALTER TABLE indicator_overrides ADD COLUMN kind TEXT NOT NULL DEFAULT 'value' CHECK (kind IN ('value', 'not_reported', 'sum'))"_s,
    u"ALTER TABLE indicator_overrides ADD COLUMN parts TEXT NOT NULL DEFAULT '[]'"_s,
    uR"(CREATE TABLE comparison_set (
    position INTEGER PRIMARY KEY,
    report_id BIGINT NOT NULL UNIQUE REFERENCES reports(id) ON DELETE CASCADE
))"_s,
    uR"(CREATE TABLE deck (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    data TEXT NOT NULL,
    modified_at TEXT NOT NULL
))"_s,
};

// Version 8 on the server: the same change log, ids as BIGINT.
const QStringList serverVersion8 = {
    uR"(CREATE TABLE change_log (
    id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    changed_at TEXT NOT NULL,
    author TEXT NOT NULL,
    kind TEXT NOT NULL,
    action TEXT NOT NULL CHECK (action IN ('add', 'change', 'remove')),
    report_id BIGINT NOT NULL DEFAULT 0,
    record TEXT NOT NULL DEFAULT '',
    old_value TEXT NOT NULL DEFAULT '',
    new_value TEXT NOT NULL DEFAULT ''
))"_s,
    u"CREATE INDEX change_log_record ON change_log(kind, report_id, record)"_s,
};

} // namespace

int ProjectSchema::currentVersion()
{
    return 8;
}

QStringList ProjectSchema::migration(int toVersion, Dialect dialect)
{
    if (dialect == Dialect::PostgreSQL) {
        switch (toVersion) {
        case 1:
            return serverVersion1;
        case 2:
            return serverVersion2;
        case 3:
            return serverVersion3;
        case 4:
            return serverVersion4;
        case 5:
            return serverVersion5;
        case 6:
            return serverVersion6;
        case 7:
            return serverVersion7;
        case 8:
            return serverVersion8;
        default:
            return {};
        }
    }
    switch (toVersion) {
    case 1:
        return version1;
    case 2:
        return version2;
    case 3:
        return version3;
    case 4:
        return version4;
    case 5:
        return version5;
    case 6:
        return version6;
    case 7:
        return version7;
    case 8:
        return version8;
    default:
        return {};
    }
}

} // namespace Dz
