//! Opening store files: creation, migration, and rejection of files that cannot be used.

use std::fs;
use std::path::Path;

use rusqlite::Connection;
use sicremi_store::{CellValue, Consolidated, Workspace};

fn applied_versions(path: &Path) -> Vec<i64> {
    let connection = Connection::open(path).unwrap();
    let mut statement = connection
        .prepare("SELECT version FROM schema_migrations ORDER BY version")
        .unwrap();
    let versions = statement
        .query_map([], |row| row.get(0))
        .unwrap()
        .collect::<Result<Vec<i64>, _>>()
        .unwrap();
    versions
}

#[test]
fn empty_file_is_migrated() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("new.sicremi");
    fs::write(&path, b"").unwrap();

    let workspace = Workspace::open(&path).unwrap();
    assert!(workspace.cells().unwrap().is_empty());
    workspace.close().unwrap();

    assert_eq!(applied_versions(&path), [1, 2, 3]);
}

#[test]
fn missing_file_is_created() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("created.sicremi");
    let workspace = Workspace::open(&path).unwrap();
    assert_eq!(workspace.path(), path);
    workspace.close().unwrap();
    assert!(path.exists());
}

#[test]
fn reopen_is_idempotent() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("arg.sicremi");
    let mut workspace = Workspace::open(&path).unwrap();
    workspace
        .set_cell("T1", "k", &CellValue::number(5), "edit")
        .unwrap();
    workspace.close().unwrap();

    for _ in 0..3 {
        let reopened = Workspace::open(&path).unwrap();
        assert_eq!(
            reopened.get_cell("T1", "k").unwrap().unwrap().cell,
            CellValue::number(5)
        );
        assert_eq!(reopened.audit_log(10).unwrap().len(), 1);
        reopened.close().unwrap();
    }
    assert_eq!(applied_versions(&path), [1, 2, 3]);
}

#[test]
fn version_1_file_gains_pack_tables() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("old.sicremi");
    let mut workspace = Workspace::open(&path).unwrap();
    workspace
        .set_cell("T1", "k", &CellValue::number(5), "edit")
        .unwrap();
    workspace.close().unwrap();

    // Turn the file back into one that a version without questionnaire packs wrote.
    let connection = Connection::open(&path).unwrap();
    connection
        .execute_batch(
            "DROP TABLE packs; DROP TABLE secretariat_keys; DROP TABLE dropped_cells;
             DROP TABLE trusted_roots; DROP TABLE trust_bundles; DROP TABLE receipts;
             DELETE FROM schema_migrations WHERE version >= 2;",
        )
        .unwrap();
    drop(connection);
    assert_eq!(applied_versions(&path), [1]);

    let reopened = Workspace::open(&path).unwrap();
    assert_eq!(applied_versions(&path), [1, 2, 3]);
    assert_eq!(
        reopened.get_cell("T1", "k").unwrap().unwrap().cell,
        CellValue::number(5)
    );
    assert!(reopened.active_pack().unwrap().is_none());
    assert!(reopened.dropped_items().unwrap().is_empty());
}

#[test]
fn newer_schema_is_rejected() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("future.sicremi");
    let mut workspace = Workspace::open(&path).unwrap();
    workspace
        .set_cell("T1", "k", &CellValue::number(5), "edit")
        .unwrap();
    workspace.close().unwrap();

    let connection = Connection::open(&path).unwrap();
    connection
        .execute(
            "INSERT INTO schema_migrations (version, applied_at) VALUES (99, 'later')",
            [],
        )
        .unwrap();
    drop(connection);

    let error = Workspace::open(&path).err().unwrap();
    assert_eq!(error.code(), "store.newer_schema");
    let text = error.to_string();
    assert!(text.contains("99"), "{text}");
    assert!(text.contains("future.sicremi"), "{text}");

    // The rejected open changed nothing.
    assert_eq!(applied_versions(&path), [1, 2, 3, 99]);
}

#[test]
fn non_sqlite_file_is_rejected() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("notes.sicremi");
    let text = "Migration statistics 2024, draft notes.\n".repeat(200);
    fs::write(&path, &text).unwrap();

    let error = Workspace::open(&path).err().unwrap();
    assert_eq!(error.code(), "store.not_a_database");
    assert!(error.to_string().contains("notes.sicremi"), "{error}");

    // The file was left as it was.
    assert_eq!(fs::read_to_string(&path).unwrap(), text);
}

#[test]
fn damaged_file_is_rejected() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("damaged.sicremi");
    let mut workspace = Workspace::open(&path).unwrap();
    let cells: Vec<_> = (0..2000)
        .map(|i| {
            let cell = CellValue {
                note: Some(format!("note {i} about the register")),
                ..CellValue::number(i)
            };
            ("T1".to_string(), format!("2024:ARG:{i:05}"), cell)
        })
        .collect();
    workspace.set_cells(&cells, "import:big.xlsx").unwrap();
    // Closing the last connection checkpoints the WAL into the main file.
    workspace.close().unwrap();

    let mut bytes = fs::read(&path).unwrap();
    let page_size = usize::from(u16::from_be_bytes([bytes[16], bytes[17]]));
    assert!(bytes.len() > 8 * page_size, "file too small to damage");
    for byte in &mut bytes[2 * page_size..8 * page_size] {
        *byte = 0x5A;
    }
    fs::write(&path, &bytes).unwrap();

    let error = Workspace::open(&path).err().unwrap();
    assert_eq!(error.code(), "store.corrupt", "{error}");
    assert!(error.to_string().contains("damaged.sicremi"), "{error}");
}

#[test]
fn consolidated_file_is_not_a_workspace() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("secretariat.sqlite");
    Consolidated::open(&path).unwrap().close().unwrap();

    let error = Workspace::open(&path).err().unwrap();
    assert_eq!(error.code(), "store.wrong_file_kind");
    assert!(error.to_string().contains("consolidated store"), "{error}");

    let workspace_path = dir.path().join("arg.sicremi");
    Workspace::open(&workspace_path).unwrap().close().unwrap();
    let error = Consolidated::open(&workspace_path).err().unwrap();
    assert_eq!(error.code(), "store.wrong_file_kind");
}

#[test]
fn other_application_database_is_rejected() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("other.sqlite");
    let connection = Connection::open(&path).unwrap();
    connection
        .execute_batch("CREATE TABLE contacts (name TEXT); INSERT INTO contacts VALUES ('a');")
        .unwrap();
    drop(connection);

    let error = Workspace::open(&path).err().unwrap();
    assert_eq!(error.code(), "store.wrong_file_kind");
    assert!(error.to_string().contains("another application"), "{error}");

    // No table was added to the foreign file.
    let connection = Connection::open(&path).unwrap();
    let tables: i64 = connection
        .query_row(
            "SELECT COUNT(*) FROM sqlite_schema WHERE type = 'table'",
            [],
            |row| row.get(0),
        )
        .unwrap();
    assert_eq!(tables, 1);
}

#[test]
fn missing_folder_fails_to_open() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("no-such-folder").join("arg.sicremi");
    let error = Workspace::open(&path).err().unwrap();
    assert_eq!(error.code(), "store.open_failed", "{error}");
}
