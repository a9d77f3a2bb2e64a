//! Schema migrations of the consolidated store. Append new migrations; never edit one that
//! has shipped, because files already at that version will not run it again.

use crate::database::Migration;

pub(crate) const MIGRATIONS: &[Migration] = &[
    Migration {
        version: 1,
        sql: r#"
-- Public keys that correspondents sign their packages with.
CREATE TABLE signing_keys (
    key_id TEXT PRIMARY KEY NOT NULL CHECK (key_id <> ''),
    public_key BLOB NOT NULL,
    country TEXT NOT NULL CHECK (country <> ''),
    label TEXT NOT NULL,
    valid_from TEXT NOT NULL,
    valid_to TEXT,
    revoked_at TEXT,
    registered_at TEXT NOT NULL
) STRICT;

-- Every accepted package, with its bytes kept for audit. Superseded and duplicate packages
-- are not stored.
CREATE TABLE submissions (
    package_id TEXT PRIMARY KEY NOT NULL CHECK (package_id <> ''),
    country TEXT NOT NULL CHECK (country <> ''),
    cycle TEXT NOT NULL CHECK (cycle <> ''),
    questionnaire_version TEXT NOT NULL,
    schema_hash TEXT NOT NULL,
    sequence INTEGER NOT NULL CHECK (sequence > 0),
    sender_key_id TEXT NOT NULL REFERENCES signing_keys (key_id),
    sha256 TEXT NOT NULL UNIQUE,
    imported_at TEXT NOT NULL,
    raw BLOB NOT NULL,
    findings TEXT NOT NULL CHECK (json_valid(findings)),
    justifications TEXT NOT NULL CHECK (json_valid(justifications)),
    metadata TEXT NOT NULL CHECK (json_valid(metadata)),
    UNIQUE (sender_key_id, sequence)
) STRICT;

CREATE INDEX submissions_by_country_cycle ON submissions (country, cycle);

-- The package whose cells are current for each country and cycle.
CREATE TABLE current_submissions (
    country TEXT NOT NULL,
    cycle TEXT NOT NULL,
    package_id TEXT NOT NULL UNIQUE REFERENCES submissions (package_id),
    PRIMARY KEY (country, cycle)
) STRICT, WITHOUT ROWID;

-- The cells of the current package of each country and cycle.
CREATE TABLE cells (
    country TEXT NOT NULL,
    cycle TEXT NOT NULL,
    table_id TEXT NOT NULL CHECK (table_id <> ''),
    cell_key TEXT NOT NULL CHECK (cell_key <> ''),
    value INTEGER,
    obs_status TEXT,
    conf_status TEXT,
    note TEXT,
    package_id TEXT NOT NULL REFERENCES current_submissions (package_id),
    PRIMARY KEY (country, cycle, table_id, cell_key),
    CHECK (value IS NOT NULL OR obs_status IS NOT NULL
           OR conf_status IS NOT NULL OR note IS NOT NULL)
) STRICT, WITHOUT ROWID;

CREATE INDEX cells_by_package ON cells (package_id);
"#,
    },
    Migration {
        version: 2,
        sql: r#"
-- Questionnaire packs issued to each country. version increases per country; a submission
-- names the pack it answers, and its import validates against that pack's reference.
CREATE TABLE issued_packs (
    country TEXT NOT NULL CHECK (country <> ''),
    version INTEGER NOT NULL CHECK (version > 0),
    cycle TEXT NOT NULL,
    definition_hash TEXT NOT NULL CHECK (definition_hash <> ''),
    reference TEXT NOT NULL CHECK (json_valid(reference)),
    sha256 TEXT NOT NULL UNIQUE,
    issued_at TEXT NOT NULL,
    PRIMARY KEY (country, version)
) STRICT;
"#,
    },
    Migration {
        version: 3,
        sql: r#"
-- State of each reporting cycle. A cycle without a row is open; a closed cycle accepts no
-- new package.
CREATE TABLE cycles (
    cycle TEXT PRIMARY KEY NOT NULL CHECK (cycle <> ''),
    state TEXT NOT NULL CHECK (state IN ('open', 'closed')),
    changed_at TEXT NOT NULL
) STRICT;

-- Trust bundles signed with the root key, so that each version is issued once.
CREATE TABLE trust_bundles (
    version INTEGER PRIMARY KEY NOT NULL CHECK (version > 0),
    sha256 TEXT NOT NULL UNIQUE,
    expires_at INTEGER NOT NULL,
    issued_at TEXT NOT NULL
) STRICT;
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
