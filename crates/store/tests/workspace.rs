//! Workspace behaviour against real SQLite files in a temporary directory.

use serde_json::json;
use sicremi_store::{
    setting_keys, AuditKind, CellValue, NewJustification, NewOutgoingSubmission, StoreError,
    SubmissionState, Workspace,
};

fn new_workspace() -> (tempfile::TempDir, Workspace) {
    let dir = tempfile::tempdir().unwrap();
    let workspace = Workspace::open(dir.path().join("arg.sicremi")).unwrap();
    (dir, workspace)
}

fn estimated(value: i64) -> CellValue {
    CellValue {
        value: Some(value),
        obs_status: Some("E".to_string()),
        conf_status: None,
        note: None,
    }
}

#[test]
fn edit_is_committed_with_audit_row() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("arg.sicremi");
    let mut workspace = Workspace::open(&path).unwrap();

    let first = workspace
        .set_cell("T1", "2024:ARG:M", &CellValue::number(10), "edit")
        .unwrap();
    assert_eq!(first.old, None);
    assert_eq!(first.new, Some(CellValue::number(10)));

    let second = workspace
        .set_cell("T1", "2024:ARG:M", &estimated(12), "paste")
        .unwrap();
    assert_eq!(second.old, Some(CellValue::number(10)));
    assert_eq!(second.new, Some(estimated(12)));

    // A second connection reads the edit, so it was committed, not only cached.
    let reader = Workspace::open(&path).unwrap();
    let stored = reader.get_cell("T1", "2024:ARG:M").unwrap().unwrap();
    assert_eq!(stored.cell, estimated(12));
    assert_eq!(stored.updated_at.len(), "2025-03-01T14:07:09.123Z".len());

    let log = reader.audit_log(10).unwrap();
    assert_eq!(log.len(), 2);
    let newest = &log[0];
    assert_eq!(newest.kind, AuditKind::Cell);
    assert_eq!(newest.table_id.as_deref(), Some("T1"));
    assert_eq!(newest.item, "2024:ARG:M");
    assert_eq!(newest.old, Some(json!({"value": 10})));
    assert_eq!(newest.new, Some(json!({"value": 12, "obs_status": "E"})));
    assert_eq!(newest.source, "paste");
    assert_eq!(newest.at, stored.updated_at);
    let oldest = &log[1];
    assert_eq!(oldest.old, None);
    assert_eq!(oldest.new, Some(json!({"value": 10})));
    assert_eq!(oldest.source, "edit");
    assert!(oldest.id < newest.id);
}

#[test]
fn empty_cell_is_deleted_and_audited() {
    let (_dir, mut workspace) = new_workspace();
    workspace
        .set_cell("T1", "k", &CellValue::number(3), "edit")
        .unwrap();

    let blank = CellValue {
        value: None,
        obs_status: Some(String::new()),
        conf_status: None,
        note: Some(String::new()),
    };
    let change = workspace.set_cell("T1", "k", &blank, "edit").unwrap();
    assert_eq!(change.old, Some(CellValue::number(3)));
    assert_eq!(change.new, None);
    assert!(workspace.get_cell("T1", "k").unwrap().is_none());
    assert!(workspace.cells().unwrap().is_empty());

    let log = workspace.audit_log(1).unwrap();
    assert_eq!(log[0].old, Some(json!({"value": 3})));
    assert_eq!(log[0].new, None);
}

#[test]
fn unchanged_write_adds_no_audit_row() {
    let (_dir, mut workspace) = new_workspace();
    workspace
        .set_cell("T1", "k", &CellValue::number(3), "edit")
        .unwrap();
    let change = workspace
        .set_cell("T1", "k", &CellValue::number(3), "edit")
        .unwrap();
    assert!(!change.is_change());
    assert_eq!(workspace.audit_log(10).unwrap().len(), 1);

    let deleted_twice = workspace
        .set_cell("T1", "absent", &CellValue::default(), "edit")
        .unwrap();
    assert!(!deleted_twice.is_change());
    assert_eq!(workspace.audit_log(10).unwrap().len(), 1);
}

#[test]
fn empty_identifiers_are_rejected() {
    let (_dir, mut workspace) = new_workspace();
    let cases = [("", "k", "edit"), ("T1", "", "edit"), ("T1", "k", "")];
    for (table_id, key, source) in cases {
        let error = workspace
            .set_cell(table_id, key, &CellValue::number(1), source)
            .unwrap_err();
        assert_eq!(error.code(), "store.invalid_argument", "{error}");
    }
    assert!(workspace.cells().unwrap().is_empty());
}

#[test]
fn bulk_write_returns_only_changes() {
    let (_dir, mut workspace) = new_workspace();
    workspace
        .set_cell("T1", "a", &CellValue::number(1), "edit")
        .unwrap();

    let batch = vec![
        ("T1".to_string(), "a".to_string(), CellValue::number(1)),
        ("T1".to_string(), "b".to_string(), CellValue::number(2)),
        ("T2".to_string(), "a".to_string(), estimated(3)),
        ("T2".to_string(), "a".to_string(), estimated(4)),
    ];
    let changes = workspace.set_cells(&batch, "import:arg-2024.xlsx").unwrap();
    assert_eq!(changes.len(), 3);
    assert_eq!(changes[2].old, Some(estimated(3)));
    assert_eq!(changes[2].new, Some(estimated(4)));

    let cells = workspace.cells().unwrap();
    let summary: Vec<_> = cells
        .iter()
        .map(|c| (c.table_id.as_str(), c.key.as_str(), c.cell.value))
        .collect();
    assert_eq!(
        summary,
        [
            ("T1", "a", Some(1)),
            ("T1", "b", Some(2)),
            ("T2", "a", Some(4))
        ]
    );
    assert_eq!(workspace.cells_in_table("T2").unwrap().len(), 1);

    let log = workspace.audit_log(10).unwrap();
    assert_eq!(log.len(), 4);
    assert!(log[..3]
        .iter()
        .all(|entry| entry.source == "import:arg-2024.xlsx"));

    let history = workspace.cell_history("T2", "a").unwrap();
    assert_eq!(history.len(), 2);
    assert_eq!(history[0].new, Some(json!({"value": 4, "obs_status": "E"})));
}

#[test]
fn bulk_write_with_invalid_entry_writes_nothing() {
    let (_dir, mut workspace) = new_workspace();
    let batch = vec![
        ("T1".to_string(), "a".to_string(), CellValue::number(1)),
        ("T1".to_string(), String::new(), CellValue::number(2)),
    ];
    let error = workspace.set_cells(&batch, "paste").unwrap_err();
    assert_eq!(error.code(), "store.invalid_argument");
    assert!(workspace.cells().unwrap().is_empty());
    assert!(workspace.audit_log(10).unwrap().is_empty());
}

#[test]
fn metadata_changes_are_audited() {
    let (_dir, mut workspace) = new_workspace();
    let set = workspace
        .set_metadata("T1", "source", Some("Census 2020"), "edit")
        .unwrap();
    assert_eq!(set.old, None);
    assert_eq!(set.new.as_deref(), Some("Census 2020"));

    let unchanged = workspace
        .set_metadata("T1", "source", Some("Census 2020"), "edit")
        .unwrap();
    assert_eq!(unchanged.old, unchanged.new);

    let cleared = workspace
        .set_metadata("T1", "source", Some(""), "edit")
        .unwrap();
    assert_eq!(cleared.old.as_deref(), Some("Census 2020"));
    assert_eq!(cleared.new, None);
    assert!(workspace.metadata().unwrap().is_empty());

    workspace
        .set_metadata("T2", "method", Some("register"), "import:meta.xlsx")
        .unwrap();
    let entries = workspace.metadata().unwrap();
    assert_eq!(entries.len(), 1);
    assert_eq!(entries[0].table_id, "T2");
    assert_eq!(entries[0].value, "register");

    let log = workspace.audit_log(10).unwrap();
    assert_eq!(log.len(), 3);
    assert_eq!(log[0].kind, AuditKind::Metadata);
    assert_eq!(log[0].item, "method");
    assert_eq!(log[0].new, Some(json!("register")));
    assert_eq!(log[1].old, Some(json!("Census 2020")));
    assert_eq!(log[1].new, None);
}

#[test]
fn justifications_round_trip_with_audit() {
    let (_dir, mut workspace) = new_workspace();
    let justification = NewJustification {
        finding_id: "sum:T1:2024".to_string(),
        rule_id: "sum".to_string(),
        cells: json!([{"table": "T1", "key": "2024:ARG:M"}]),
        values: json!([12, null]),
        text: "Provisional figures from the 2024 register.".to_string(),
    };
    workspace.set_justification(&justification, "edit").unwrap();
    workspace.set_justification(&justification, "edit").unwrap();

    let stored = workspace.justifications().unwrap();
    assert_eq!(stored.len(), 1);
    assert_eq!(stored[0].finding_id, "sum:T1:2024");
    assert_eq!(stored[0].cells, justification.cells);
    assert_eq!(stored[0].values, justification.values);
    assert_eq!(stored[0].text, justification.text);

    let revised = NewJustification {
        text: "Revised after checking the register.".to_string(),
        ..justification.clone()
    };
    workspace.set_justification(&revised, "edit").unwrap();
    assert_eq!(workspace.justifications().unwrap()[0].text, revised.text);

    assert!(workspace
        .delete_justification("sum:T1:2024", "edit")
        .unwrap());
    assert!(!workspace
        .delete_justification("sum:T1:2024", "edit")
        .unwrap());
    assert!(workspace.justifications().unwrap().is_empty());

    let log = workspace.audit_log(10).unwrap();
    assert_eq!(
        log.len(),
        3,
        "identical rewrite and second delete are not audited"
    );
    assert!(log.iter().all(|e| e.kind == AuditKind::Justification));
    assert_eq!(log[0].new, None);
    assert_eq!(log[0].old.as_ref().unwrap()["text"], json!(revised.text));
    assert_eq!(
        log[1].old.as_ref().unwrap()["text"],
        json!(justification.text)
    );
    assert_eq!(log[2].old, None);
    assert_eq!(log[2].new.as_ref().unwrap()["values"], json!([12, null]));
}

#[test]
fn settings_round_trip() {
    let (_dir, mut workspace) = new_workspace();
    assert_eq!(workspace.setting(setting_keys::COUNTRY).unwrap(), None);
    workspace.set_setting(setting_keys::COUNTRY, "ARG").unwrap();
    workspace.set_setting(setting_keys::COUNTRY, "URY").unwrap();
    assert_eq!(
        workspace.setting(setting_keys::COUNTRY).unwrap().as_deref(),
        Some("URY")
    );

    let error = workspace
        .set_setting("submission_sequence", "0")
        .unwrap_err();
    assert_eq!(error.code(), "store.invalid_argument");
}

fn outgoing(package_id: &str, sequence: u64) -> NewOutgoingSubmission {
    NewOutgoingSubmission {
        package_id: package_id.to_string(),
        sequence,
        path: format!("/home/user/SICREMI/{package_id}.sicremi-pkg"),
        sha256: "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad".to_string(),
    }
}

#[test]
fn sequence_is_monotonic_across_reopen() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("arg.sicremi");
    let mut workspace = Workspace::open(&path).unwrap();
    assert_eq!(workspace.last_sequence().unwrap(), 0);
    assert_eq!(workspace.next_sequence().unwrap(), 1);
    assert_eq!(workspace.next_sequence().unwrap(), 2);
    drop(workspace);

    let mut reopened = Workspace::open(&path).unwrap();
    assert_eq!(reopened.last_sequence().unwrap(), 2);
    assert_eq!(reopened.next_sequence().unwrap(), 3);
}

#[test]
fn submissions_are_recorded_with_reserved_sequence() {
    let (_dir, mut workspace) = new_workspace();
    let sequence = workspace.next_sequence().unwrap();
    let recorded = workspace
        .record_submission(&outgoing("pkg-1", sequence))
        .unwrap();
    assert_eq!(recorded.state, SubmissionState::Created);
    assert_eq!(recorded.sequence, 1);

    let unreserved = workspace
        .record_submission(&outgoing("pkg-2", 2))
        .unwrap_err();
    assert_eq!(unreserved.code(), "store.sequence_not_reserved");

    let reused = workspace
        .record_submission(&outgoing("pkg-3", sequence))
        .unwrap_err();
    assert_eq!(reused.code(), "store.constraint");

    let mut bad_digest = outgoing("pkg-4", sequence);
    bad_digest.sha256 = "not-a-digest".to_string();
    let error = workspace.record_submission(&bad_digest).unwrap_err();
    assert_eq!(error.code(), "store.invalid_argument");

    workspace
        .set_submission_state("pkg-1", SubmissionState::Sent)
        .unwrap();
    let missing = workspace
        .set_submission_state("pkg-9", SubmissionState::Sent)
        .unwrap_err();
    assert_eq!(missing.code(), "store.submission_not_found");

    let submissions = workspace.submissions().unwrap();
    assert_eq!(submissions.len(), 1);
    assert_eq!(submissions[0].package_id, "pkg-1");
    assert_eq!(submissions[0].state, SubmissionState::Sent);
    assert_eq!(submissions[0].created_at, recorded.created_at);
}

#[test]
fn open_sets_durability_pragmas() {
    let (_dir, workspace) = new_workspace();
    let connection = workspace.sqlite_connection_for_tests();
    let journal_mode: String = connection
        .pragma_query_value(None, "journal_mode", |row| row.get(0))
        .unwrap();
    assert_eq!(journal_mode, "wal");
    let synchronous: i64 = connection
        .pragma_query_value(None, "synchronous", |row| row.get(0))
        .unwrap();
    assert_eq!(synchronous, 2, "2 is FULL");
    let foreign_keys: i64 = connection
        .pragma_query_value(None, "foreign_keys", |row| row.get(0))
        .unwrap();
    assert_eq!(foreign_keys, 1);
    let fullfsync: i64 = connection
        .pragma_query_value(None, "fullfsync", |row| row.get(0))
        .unwrap();
    assert_eq!(fullfsync, 1);
}

#[test]
fn error_display_names_file() {
    let (dir, mut workspace) = new_workspace();
    let error: StoreError = workspace
        .record_submission(&outgoing("pkg-1", 5))
        .unwrap_err();
    let text = error.to_string();
    assert!(
        text.contains(&dir.path().join("arg.sicremi").display().to_string()),
        "{text}"
    );
    assert!(text.contains("next_sequence"), "{text}");
}
