//! Writes that hit a full disk fail with `store.disk_full` and leave earlier data intact.
//!
//! `PRAGMA max_page_count` caps the file at its current size, so the next write that needs a
//! new page fails with SQLITE_FULL, the same result code SQLite returns when the disk is full.

use rusqlite::Connection;
use sicremi_store::{
    CellValue, Consolidated, ImportOutcome, NewSigningKey, NewSubmission, StoreError, Workspace,
};

/// Limits the file to its current number of pages plus `extra_pages`.
fn cap_file_size(connection: &Connection, extra_pages: i64) {
    let pages: i64 = connection
        .pragma_query_value(None, "page_count", |row| row.get(0))
        .unwrap();
    let cap: i64 = connection
        .pragma_update_and_check(None, "max_page_count", pages + extra_pages, |row| {
            row.get(0)
        })
        .unwrap();
    assert_eq!(cap, pages + extra_pages);
}

fn lift_size_cap(connection: &Connection) {
    connection
        .pragma_update_and_check(None, "max_page_count", 1_000_000_000, |row| {
            row.get::<_, i64>(0)
        })
        .unwrap();
}

fn noted(value: i64, note_length: usize) -> CellValue {
    CellValue {
        note: Some("n".repeat(note_length)),
        ..CellValue::number(value)
    }
}

#[test]
fn single_edit_on_full_disk() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("arg.sicremi");
    let mut workspace = Workspace::open(&path).unwrap();
    workspace
        .set_cell("T1", "before", &CellValue::number(1), "edit")
        .unwrap();

    cap_file_size(workspace.sqlite_connection_for_tests(), 0);
    let error: StoreError = workspace
        .set_cell("T1", "too-big", &noted(2, 200_000), "edit")
        .unwrap_err();
    assert_eq!(error.code(), "store.disk_full", "{error}");
    assert!(error.to_string().contains("arg.sicremi"), "{error}");

    // The connection still reads, and nothing of the failed edit is visible.
    assert!(workspace.get_cell("T1", "too-big").unwrap().is_none());
    assert_eq!(workspace.audit_log(10).unwrap().len(), 1);

    // Once space is free again, the same edit succeeds.
    lift_size_cap(workspace.sqlite_connection_for_tests());
    workspace
        .set_cell("T1", "too-big", &noted(2, 200_000), "edit")
        .unwrap();
    workspace.close().unwrap();

    let reopened = Workspace::open(&path).unwrap();
    assert_eq!(
        reopened.get_cell("T1", "before").unwrap().unwrap().cell,
        CellValue::number(1)
    );
    assert_eq!(reopened.cells().unwrap().len(), 2);
    assert_eq!(reopened.audit_log(10).unwrap().len(), 2);
}

#[test]
fn bulk_write_on_full_disk_leaves_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("arg.sicremi");
    let mut workspace = Workspace::open(&path).unwrap();
    let earlier: Vec<_> = (0..20)
        .map(|i| ("T1".to_string(), format!("k{i:02}"), CellValue::number(i)))
        .collect();
    workspace.set_cells(&earlier, "edit").unwrap();

    // A few spare pages let the first cells of the batch in, so the failure comes mid-way.
    cap_file_size(workspace.sqlite_connection_for_tests(), 4);
    let batch: Vec<_> = (0..3000)
        .map(|i| ("T2".to_string(), format!("k{i:04}"), noted(i, 300)))
        .collect();
    let error = workspace.set_cells(&batch, "import:big.xlsx").unwrap_err();
    assert_eq!(error.code(), "store.disk_full", "{error}");

    assert!(workspace.cells_in_table("T2").unwrap().is_empty());
    assert_eq!(workspace.cells_in_table("T1").unwrap().len(), 20);
    assert_eq!(workspace.audit_log(10_000).unwrap().len(), 20);
    workspace.close().unwrap();

    let reopened = Workspace::open(&path).unwrap();
    assert_eq!(reopened.cells().unwrap().len(), 20);
    assert_eq!(reopened.audit_log(10_000).unwrap().len(), 20);
}

#[test]
fn import_on_full_disk_leaves_store_unchanged() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("secretariat.sqlite");
    let mut store = Consolidated::open(&path).unwrap();
    store
        .register_key(&NewSigningKey {
            key_id: "arg-1".to_string(),
            public_key: vec![7; 32],
            country: "ARG".to_string(),
            label: "Argentina correspondent".to_string(),
            valid_from: "2025-01-01T00:00:00.000Z".to_string(),
            valid_to: None,
        })
        .unwrap();
    let submission = |package_id: &str, sequence: u64, raw: Vec<u8>| NewSubmission {
        package_id: package_id.to_string(),
        country: "ARG".to_string(),
        cycle: "2024".to_string(),
        questionnaire_version: "1.0".to_string(),
        schema_hash: "h".to_string(),
        sequence,
        sender_key_id: "arg-1".to_string(),
        raw,
        findings: serde_json::json!([]),
        justifications: serde_json::json!([]),
        metadata: serde_json::json!({}),
        cells: (0..100)
            .map(|i| ("T1".to_string(), format!("k{i:03}"), CellValue::number(i)))
            .collect(),
    };
    let first = store
        .import_submission(&submission("pkg-1", 1, vec![1; 1000]))
        .unwrap();
    assert!(matches!(first, ImportOutcome::Imported { .. }));

    cap_file_size(store.sqlite_connection_for_tests(), 2);
    let error = store
        .import_submission(&submission("pkg-2", 2, vec![2; 500_000]))
        .unwrap_err();
    assert_eq!(error.code(), "store.disk_full", "{error}");

    let current = store.current_submission("ARG", "2024").unwrap().unwrap();
    assert_eq!(current.package_id, "pkg-1");
    assert_eq!(store.submissions().unwrap().len(), 1);
    let cells = store.cells("ARG", "2024").unwrap();
    assert_eq!(cells.len(), 100);
    assert!(cells.iter().all(|c| c.package_id == "pkg-1"));
}
