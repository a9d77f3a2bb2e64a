//! Opening a store file: connection settings, the integrity check and schema migrations,
//! shared by the workspace and the consolidated store.

use std::path::Path;
use std::time::{Duration, SystemTime};

use rusqlite::{Connection, OpenFlags, Transaction, TransactionBehavior};

use crate::error::{SqliteResultExt, StoreError};

/// How long a statement waits for another connection's lock before failing with
/// `store.locked`.
const BUSY_TIMEOUT: Duration = Duration::from_secs(5);

/// The maximum number of `PRAGMA quick_check` messages quoted in a `store.corrupt` error.
const MAX_REPORTED_PROBLEMS: usize = 3;

/// One numbered schema change. Versions start at 1 and increase by 1.
pub(crate) struct Migration {
    pub version: i64,
    pub sql: &'static str,
}

/// The kind of store a file holds, identified by the SQLite header's `application_id`.
pub(crate) struct FileKind {
    /// Name with an article, for error messages: "a SICREMI workspace".
    pub description: &'static str,
    pub application_id: i32,
    pub migrations: &'static [Migration],
}

/// `application_id` of workspace files: the ASCII bytes "SCWS".
pub(crate) const WORKSPACE_APPLICATION_ID: i32 = 0x5343_5753;
/// `application_id` of consolidated store files: the ASCII bytes "SCCS".
pub(crate) const CONSOLIDATED_APPLICATION_ID: i32 = 0x5343_4353;

const WORKSPACE_DESCRIPTION: &str = "a SICREMI workspace";
const CONSOLIDATED_DESCRIPTION: &str = "a SICREMI consolidated store";

pub(crate) fn workspace_kind(migrations: &'static [Migration]) -> FileKind {
    FileKind {
        description: WORKSPACE_DESCRIPTION,
        application_id: WORKSPACE_APPLICATION_ID,
        migrations,
    }
}

pub(crate) fn consolidated_kind(migrations: &'static [Migration]) -> FileKind {
    FileKind {
        description: CONSOLIDATED_DESCRIPTION,
        application_id: CONSOLIDATED_APPLICATION_ID,
        migrations,
    }
}

/// Opens or creates the store file at `path`, checks its integrity and applies pending
/// migrations.
pub(crate) fn open(path: &Path, kind: &FileKind) -> Result<Connection, StoreError> {
    // No SQLITE_OPEN_URI: a file name that starts with "file:" must stay a file name.
    let flags = OpenFlags::SQLITE_OPEN_READ_WRITE
        | OpenFlags::SQLITE_OPEN_CREATE
        | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let mut connection = Connection::open_with_flags(path, flags).on(path)?;

    configure(&connection, path)?;
    check_integrity(&connection, path)?;
    migrate(&mut connection, path, kind)?;
    Ok(connection)
}

/// Sets the per-connection pragmas that make every committed transaction durable.
fn configure(connection: &Connection, path: &Path) -> Result<(), StoreError> {
    // Another window or a backup tool may hold the lock for a moment; wait for it instead of
    // failing at once.
    connection.busy_timeout(BUSY_TIMEOUT).on(path)?;

    // WAL appends each commit to the -wal file, so a crash in the middle of a write never
    // touches committed pages, and readers do not block the writer. This is also the first
    // statement that reads the file header, so a file that is not SQLite fails here.
    let journal_mode: String = connection
        .pragma_update_and_check(None, "journal_mode", "WAL", |row| row.get(0))
        .on(path)?;
    if !journal_mode.eq_ignore_ascii_case("wal") {
        // SQLite keeps the old journal mode when the file system lacks the shared memory
        // that WAL needs. Rollback-journal mode with synchronous=FULL is still durable.
        tracing::warn!(path = %path.display(), journal_mode, "WAL journal mode unavailable");
    }

    // In WAL mode, NORMAL syncs only at checkpoints, so a power cut can lose the last
    // commits. FULL syncs the WAL at every commit, so a committed edit survives a power cut.
    connection
        .pragma_update(None, "synchronous", "FULL")
        .on(path)?;

    // macOS fsync() does not flush the drive's write cache; fullfsync makes SQLite use
    // fcntl(F_FULLFSYNC) for commits and checkpoints. Other systems ignore this pragma.
    connection.pragma_update(None, "fullfsync", "ON").on(path)?;

    // SQLite leaves foreign key enforcement off unless each connection turns it on.
    connection
        .pragma_update(None, "foreign_keys", "ON")
        .on(path)?;
    Ok(())
}

/// Runs `PRAGMA quick_check`, which reads every page and checks the b-tree structure
/// (without cross-checking indexes against tables, unlike `integrity_check`).
fn check_integrity(connection: &Connection, path: &Path) -> Result<(), StoreError> {
    let mut statement = connection.prepare("PRAGMA quick_check").on(path)?;
    let messages = statement
        .query_map([], |row| row.get::<_, String>(0))
        .on(path)?
        .collect::<Result<Vec<String>, _>>()
        .on(path)?;

    if messages.len() == 1 && messages[0] == "ok" {
        return Ok(());
    }
    let mut detail = messages
        .iter()
        .take(MAX_REPORTED_PROBLEMS)
        .cloned()
        .collect::<Vec<_>>()
        .join("; ");
    if messages.len() > MAX_REPORTED_PROBLEMS {
        detail.push_str(&format!(
            "; and {} more problems",
            messages.len() - MAX_REPORTED_PROBLEMS
        ));
    }
    tracing::error!(path = %path.display(), %detail, "integrity check failed");
    Err(StoreError::Corrupt {
        path: path.to_path_buf(),
        detail,
    })
}

/// Applies every migration newer than the file's schema in one transaction, so a failure or
/// crash leaves the file at its old version.
fn migrate(connection: &mut Connection, path: &Path, kind: &FileKind) -> Result<(), StoreError> {
    // The write lock is taken at BEGIN, so two processes opening a new file at the same time
    // cannot both decide to create the schema.
    let transaction = begin_write(connection, path)?;

    let application_id: i32 = transaction
        .pragma_query_value(None, "application_id", |row| row.get(0))
        .on(path)?;
    if application_id != kind.application_id {
        let has_tables: bool = transaction
            .query_row(
                "SELECT EXISTS (SELECT 1 FROM sqlite_schema WHERE type = 'table')",
                [],
                |row| row.get(0),
            )
            .on(path)?;
        if application_id != 0 || has_tables {
            return Err(StoreError::WrongFileKind {
                path: path.to_path_buf(),
                expected: kind.description,
                found: describe_application_id(application_id).to_string(),
            });
        }
    }

    transaction
        .execute_batch(
            "CREATE TABLE IF NOT EXISTS schema_migrations (
                 version INTEGER PRIMARY KEY NOT NULL,
                 applied_at TEXT NOT NULL
             ) STRICT;",
        )
        .on(path)?;
    let current: i64 = transaction
        .query_row(
            "SELECT COALESCE(MAX(version), 0) FROM schema_migrations",
            [],
            |row| row.get(0),
        )
        .on(path)?;
    let supported = kind.migrations.last().map_or(0, |m| m.version);
    if current > supported {
        return Err(StoreError::NewerSchema {
            path: path.to_path_buf(),
            found: current,
            supported,
        });
    }

    let applied_at = now();
    let pending = kind.migrations.iter().filter(|m| m.version > current);
    let mut applied = Vec::new();
    for migration in pending {
        transaction.execute_batch(migration.sql).on(path)?;
        transaction
            .execute(
                "INSERT INTO schema_migrations (version, applied_at) VALUES (?1, ?2)",
                (migration.version, &applied_at),
            )
            .on(path)?;
        applied.push(migration.version);
    }
    if !applied.is_empty() {
        transaction
            .pragma_update(None, "application_id", kind.application_id)
            .on(path)?;
    }
    transaction.commit().on(path)?;

    if applied.is_empty() {
        tracing::debug!(path = %path.display(), version = current, "schema is current");
    } else {
        tracing::info!(
            path = %path.display(),
            from = current,
            to = supported,
            "applied schema migrations"
        );
    }
    Ok(())
}

/// Starts a write transaction that takes the write lock at BEGIN (IMMEDIATE), where
/// `busy_timeout` applies. A deferred transaction that upgrades from read to write fails at
/// once with SQLITE_BUSY_SNAPSHOT in WAL mode if another connection wrote in between.
pub(crate) fn begin_write<'c>(
    connection: &'c mut Connection,
    path: &Path,
) -> Result<Transaction<'c>, StoreError> {
    connection
        .transaction_with_behavior(TransactionBehavior::Immediate)
        .on(path)
}

/// Checks that `migrations` are numbered 1, 2, 3 and so on, as `migrate` assumes.
#[cfg(test)]
pub(crate) fn assert_numbered_from_one(migrations: &[Migration]) {
    for (index, migration) in migrations.iter().enumerate() {
        assert_eq!(
            migration.version,
            index as i64 + 1,
            "migration at index {index}"
        );
    }
}

fn describe_application_id(application_id: i32) -> &'static str {
    match application_id {
        WORKSPACE_APPLICATION_ID => WORKSPACE_DESCRIPTION,
        CONSOLIDATED_APPLICATION_ID => CONSOLIDATED_DESCRIPTION,
        _ => "a database of another application",
    }
}

/// Returns the current time as an RFC 3339 UTC string with millisecond precision, such as
/// "2025-03-01T14:07:09.123Z". The fixed width makes string order equal time order.
pub(crate) fn now() -> String {
    humantime::format_rfc3339_millis(SystemTime::now()).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn now_has_fixed_width() {
        let stamp = now();
        assert_eq!(stamp.len(), "2025-03-01T14:07:09.123Z".len(), "{stamp}");
        assert!(stamp.ends_with('Z'), "{stamp}");
    }

    #[test]
    fn application_ids_are_distinct() {
        assert_ne!(WORKSPACE_APPLICATION_ID, CONSOLIDATED_APPLICATION_ID);
        assert_eq!(&WORKSPACE_APPLICATION_ID.to_be_bytes(), b"SCWS");
        assert_eq!(&CONSOLIDATED_APPLICATION_ID.to_be_bytes(), b"SCCS");
    }
}
