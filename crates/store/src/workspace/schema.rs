//! Schema migrations of the workspace file. Append new migrations; never edit one that has
//! shipped, because files already at that version will not run it again.

use crate::database::Migration;

pub(crate) const MIGRATIONS: &[Migration] = &[
    Migration {
        version: 1,
        sql: r#"
CREATE TABLE settings (
    key TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
) STRICT;

-- A row exists only while at least one part of the cell is set.
CREATE TABLE cells (
    table_id TEXT NOT NULL CHECK (table_id <> ''),
    cell_key TEXT NOT NULL CHECK (cell_key <> ''),
    value INTEGER,
    obs_status TEXT,
    conf_status TEXT,
    note TEXT,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (table_id, cell_key),
    CHECK (value IS NOT NULL OR obs_status IS NOT NULL
           OR conf_status IS NOT NULL OR note IS NOT NULL)
) STRICT, WITHOUT ROWID;

CREATE TABLE metadata (
    table_id TEXT NOT NULL CHECK (table_id <> ''),
    field TEXT NOT NULL CHECK (field <> ''),
    value TEXT NOT NULL CHECK (value <> ''),
    updated_at TEXT NOT NULL,
    PRIMARY KEY (table_id, field)
) STRICT, WITHOUT ROWID;

-- cell_values holds the values of the cells when the text was written; "values" is an SQL
-- keyword.
CREATE TABLE justifications (
    finding_id TEXT PRIMARY KEY NOT NULL CHECK (finding_id <> ''),
    rule_id TEXT NOT NULL,
    cells TEXT NOT NULL CHECK (json_valid(cells)),
    cell_values TEXT NOT NULL CHECK (json_valid(cell_values)),
    text TEXT NOT NULL,
    at TEXT NOT NULL
) STRICT;

-- item is the cell key, the metadata field or the finding id, depending on kind.
-- old_value and new_value are JSON, NULL when the item did not exist.
CREATE TABLE audit (
    id INTEGER PRIMARY KEY NOT NULL,
    at TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('cell', 'metadata', 'justification')),
    table_id TEXT,
    item TEXT NOT NULL,
    old_value TEXT CHECK (old_value IS NULL OR json_valid(old_value)),
    new_value TEXT CHECK (new_value IS NULL OR json_valid(new_value)),
    source TEXT NOT NULL CHECK (source <> '')
) STRICT;

CREATE INDEX audit_by_item ON audit (kind, table_id, item);

CREATE TABLE submissions (
    package_id TEXT PRIMARY KEY NOT NULL CHECK (package_id <> ''),
    sequence INTEGER NOT NULL UNIQUE CHECK (sequence > 0),
    path TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    created_at TEXT NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('created', 'sent', 'acknowledged', 'rejected')),
    state_changed_at TEXT NOT NULL
) STRICT;
"#,
    },
    Migration {
        version: 2,
        sql: r#"
-- Questionnaire packs imported from the secretariat. The pack with the highest version is
-- active: its definition is the one the workspace is filled against, and its reference is
-- what validation compares with.
CREATE TABLE packs (
    version INTEGER PRIMARY KEY NOT NULL CHECK (version > 0),
    sha256 TEXT NOT NULL UNIQUE,
    cycle INTEGER NOT NULL,
    definition_hash TEXT NOT NULL CHECK (definition_hash <> ''),
    definition_version INTEGER NOT NULL,
    definition TEXT NOT NULL CHECK (json_valid(definition)),
    reference TEXT NOT NULL CHECK (json_valid(reference)),
    issued_at TEXT NOT NULL,
    imported_at TEXT NOT NULL
) STRICT;

-- Public keys of the secretariat that the workspace trusts. position increases with every
-- write, so the encryption key written last is the one packages are sealed to.
CREATE TABLE secretariat_keys (
    key_id TEXT PRIMARY KEY NOT NULL CHECK (key_id <> ''),
    kind TEXT NOT NULL CHECK (kind IN ('encryption', 'signing')),
    public_key_file TEXT NOT NULL,
    source TEXT NOT NULL CHECK (source <> ''),
    position INTEGER NOT NULL UNIQUE,
    added_at TEXT NOT NULL
) STRICT;

-- Cells and metadata answers that a new definition has no place for, kept readable. kind
-- 'cell' has the cell key in item and the cell's JSON in value; kind 'metadata' has the
-- question id in item and the answer as a JSON string in value.
CREATE TABLE dropped_cells (
    id INTEGER PRIMARY KEY NOT NULL,
    definition_hash TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('cell', 'metadata')),
    table_id TEXT NOT NULL,
    item TEXT NOT NULL,
    value TEXT NOT NULL CHECK (json_valid(value)),
    dropped_at TEXT NOT NULL
) STRICT;
"#,
    },
    Migration {
        version: 3,
        sql: r#"
-- Root keys the workspace trusts to sign trust bundles, besides the root compiled into the
-- application (the demo network's root, for example).
CREATE TABLE trusted_roots (
    key_id TEXT PRIMARY KEY NOT NULL CHECK (key_id <> ''),
    public_key_file TEXT NOT NULL,
    added_at TEXT NOT NULL
) STRICT;

-- Trust bundles imported from the secretariat. The highest version is current.
CREATE TABLE trust_bundles (
    version INTEGER PRIMARY KEY NOT NULL CHECK (version > 0),
    sha256 TEXT NOT NULL UNIQUE,
    root_key_id TEXT NOT NULL CHECK (root_key_id <> ''),
    expires_at INTEGER NOT NULL,
    bundle BLOB NOT NULL,
    imported_at TEXT NOT NULL
) STRICT;

-- Receipts the secretariat wrote for this workspace's packages, one row per receipt file.
CREATE TABLE receipts (
    sha256 TEXT PRIMARY KEY NOT NULL,
    package_id TEXT NOT NULL CHECK (package_id <> ''),
    package_sha256 TEXT NOT NULL,
    verdict TEXT NOT NULL
        CHECK (verdict IN ('imported', 'already_imported', 'superseded', 'rejected')),
    sequence INTEGER NOT NULL,
    latest_sequence INTEGER NOT NULL,
    errors INTEGER NOT NULL,
    warnings INTEGER NOT NULL,
    justified INTEGER NOT NULL,
    reason_code TEXT,
    reason TEXT,
    issued_at INTEGER NOT NULL,
    imported_at TEXT NOT NULL
) STRICT;

CREATE INDEX receipts_by_package ON receipts (package_id);
"#,
    },
];

#[cfg(test)]
mod tests {
    #[test]
    fn migrations_are_numbered_from_one() {
        crate::database::assert_numbered_from_one(super::MIGRATIONS);
    }
}
