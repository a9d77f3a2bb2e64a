//! Consolidated store behaviour against real SQLite files in a temporary directory.

use serde_json::json;
use sicremi_store::{CellValue, Consolidated, ImportOutcome, NewSigningKey, NewSubmission};

fn signing_key(key_id: &str, country: &str) -> NewSigningKey {
    NewSigningKey {
        key_id: key_id.to_string(),
        public_key: key_id.as_bytes().repeat(4),
        country: country.to_string(),
        label: format!("{country} correspondent"),
        valid_from: "2025-01-01T00:00:00.000Z".to_string(),
        valid_to: Some("2027-01-01T00:00:00.000Z".to_string()),
    }
}

fn new_store() -> (tempfile::TempDir, Consolidated) {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Consolidated::open(dir.path().join("secretariat.sqlite")).unwrap();
    store.register_key(&signing_key("arg-1", "ARG")).unwrap();
    store.register_key(&signing_key("ury-1", "URY")).unwrap();
    (dir, store)
}

/// Builds a package of `key_id` for ARG whose cells hold `values`, with bytes unique to its id.
fn package(package_id: &str, key_id: &str, sequence: u64, values: &[i64]) -> NewSubmission {
    NewSubmission {
        package_id: package_id.to_string(),
        country: "ARG".to_string(),
        cycle: "2024".to_string(),
        questionnaire_version: "2024.1".to_string(),
        schema_hash: "5f1c".to_string(),
        sequence,
        sender_key_id: key_id.to_string(),
        raw: format!("package bytes of {package_id}").into_bytes(),
        findings: json!([{"id": "sum:T1", "severity": "warning"}]),
        justifications: json!([]),
        metadata: json!({"T1": {"source": "register"}}),
        cells: values
            .iter()
            .enumerate()
            .map(|(i, v)| {
                (
                    "T1".to_string(),
                    format!("2024:ARG:{i}"),
                    CellValue::number(*v),
                )
            })
            .collect(),
    }
}

fn current_values(store: &Consolidated) -> Vec<(String, Option<i64>, String)> {
    store
        .cells("ARG", "2024")
        .unwrap()
        .into_iter()
        .map(|c| (c.key, c.cell.value, c.package_id))
        .collect()
}

#[test]
fn first_import_becomes_current() {
    let (_dir, mut store) = new_store();
    let submission = package("pkg-1", "arg-1", 1, &[10, 20]);
    let outcome = store.import_submission(&submission).unwrap();
    let ImportOutcome::Imported {
        package_id,
        sha256,
        replaced_package_id,
        cell_count,
    } = outcome
    else {
        panic!("expected Imported, got {outcome:?}");
    };
    assert_eq!(package_id, "pkg-1");
    assert_eq!(sha256.len(), 64);
    assert_eq!(replaced_package_id, None);
    assert_eq!(cell_count, 2);

    assert_eq!(
        current_values(&store),
        [
            ("2024:ARG:0".to_string(), Some(10), "pkg-1".to_string()),
            ("2024:ARG:1".to_string(), Some(20), "pkg-1".to_string()),
        ]
    );
    assert_eq!(store.countries().unwrap(), ["ARG"]);
    assert_eq!(store.cycles("ARG").unwrap(), ["2024"]);

    let stored = store.submissions().unwrap();
    assert_eq!(stored.len(), 1);
    assert_eq!(stored[0].sha256, sha256);
    assert_eq!(stored[0].findings, submission.findings);
    assert_eq!(stored[0].metadata, submission.metadata);
    assert!(stored[0].is_current);
    assert_eq!(
        store.submission_package("pkg-1").unwrap().unwrap(),
        submission.raw
    );
}

#[test]
fn duplicate_changes_nothing() {
    let (_dir, mut store) = new_store();
    let original = package("pkg-1", "arg-1", 1, &[10]);
    store.import_submission(&original).unwrap();

    let same_bytes = NewSubmission {
        package_id: "pkg-1-copy".to_string(),
        sequence: 5,
        ..original.clone()
    };
    let same_id = NewSubmission {
        raw: b"other bytes".to_vec(),
        sequence: 6,
        ..original.clone()
    };
    for duplicate in [&original, &same_bytes] {
        let outcome = store.import_submission(duplicate).unwrap();
        assert!(
            matches!(&outcome, ImportOutcome::AlreadyImported { package_id, .. } if package_id == "pkg-1"),
            "{outcome:?}"
        );
    }

    // A reused package id with other bytes is not the same package: another sender could
    // copy the id from a header, so it is rejected instead of hiding the genuine one.
    let error = store.import_submission(&same_id).unwrap_err();
    assert_eq!(error.code(), "store.package_id_conflict");
    assert_eq!(store.submissions().unwrap().len(), 1);
    assert_eq!(current_values(&store).len(), 1);
}

#[test]
fn lower_sequence_is_superseded() {
    let (_dir, mut store) = new_store();
    store
        .import_submission(&package("pkg-2", "arg-1", 2, &[20]))
        .unwrap();

    for (package_id, sequence) in [("pkg-1", 1), ("pkg-2b", 2)] {
        let outcome = store
            .import_submission(&package(package_id, "arg-1", sequence, &[99]))
            .unwrap();
        assert_eq!(
            outcome,
            ImportOutcome::Superseded {
                package_id: package_id.to_string(),
                sequence,
                latest_sequence: 2,
                latest_package_id: "pkg-2".to_string(),
            }
        );
    }
    assert_eq!(store.submissions().unwrap().len(), 1);
    assert_eq!(
        current_values(&store),
        [("2024:ARG:0".to_string(), Some(20), "pkg-2".to_string())]
    );
}

#[test]
fn newer_package_replaces_current_cells() {
    let (_dir, mut store) = new_store();
    store
        .import_submission(&package("pkg-1", "arg-1", 1, &[10, 20, 30]))
        .unwrap();
    let mut other_cycle = package("pkg-2023", "arg-1", 2, &[5]);
    other_cycle.cycle = "2023".to_string();
    store.import_submission(&other_cycle).unwrap();

    let outcome = store
        .import_submission(&package("pkg-3", "arg-1", 3, &[11]))
        .unwrap();
    assert!(
        matches!(
            &outcome,
            ImportOutcome::Imported { replaced_package_id: Some(old), cell_count: 1, .. }
                if old == "pkg-1"
        ),
        "{outcome:?}"
    );

    // Cells missing from the new package are gone, not left over from the old one.
    assert_eq!(
        current_values(&store),
        [("2024:ARG:0".to_string(), Some(11), "pkg-3".to_string())]
    );
    // The other cycle is untouched.
    let cells_2023 = store.cells("ARG", "2023").unwrap();
    assert_eq!(cells_2023.len(), 1);
    assert_eq!(cells_2023[0].package_id, "pkg-2023");
    assert_eq!(store.cycles("ARG").unwrap(), ["2023", "2024"]);

    // Every accepted package is kept for audit; only pkg-3 is current for 2024.
    let submissions = store.submissions().unwrap();
    let summary: Vec<_> = submissions
        .iter()
        .map(|s| (s.package_id.as_str(), s.is_current))
        .collect();
    assert_eq!(
        summary,
        [("pkg-1", false), ("pkg-2023", true), ("pkg-3", true)]
    );
    assert_eq!(
        store
            .current_submission("ARG", "2024")
            .unwrap()
            .unwrap()
            .package_id,
        "pkg-3"
    );
    assert!(store.submission_package("pkg-1").unwrap().is_some());
}

#[test]
fn empty_cells_are_not_stored() {
    let (_dir, mut store) = new_store();
    let mut submission = package("pkg-1", "arg-1", 1, &[10]);
    submission.cells.push((
        "T1".to_string(),
        "2024:ARG:blank".to_string(),
        CellValue {
            note: Some(String::new()),
            ..CellValue::default()
        },
    ));
    let outcome = store.import_submission(&submission).unwrap();
    assert!(matches!(
        outcome,
        ImportOutcome::Imported { cell_count: 1, .. }
    ));
    assert_eq!(current_values(&store).len(), 1);
}

#[test]
fn failed_import_leaves_store_unchanged() {
    let (_dir, mut store) = new_store();
    store
        .import_submission(&package("pkg-1", "arg-1", 1, &[10, 20]))
        .unwrap();

    // The same cell twice violates the primary key after the package row was inserted and
    // the old cells were deleted, so the transaction must roll all of that back.
    let mut broken = package("pkg-2", "arg-1", 2, &[11, 21]);
    broken.cells.push(broken.cells[0].clone());
    let error = store.import_submission(&broken).unwrap_err();
    assert_eq!(error.code(), "store.constraint", "{error}");

    assert_eq!(
        current_values(&store),
        [
            ("2024:ARG:0".to_string(), Some(10), "pkg-1".to_string()),
            ("2024:ARG:1".to_string(), Some(20), "pkg-1".to_string()),
        ]
    );
    let submissions = store.submissions().unwrap();
    assert_eq!(submissions.len(), 1);
    assert_eq!(submissions[0].package_id, "pkg-1");
    assert!(store.submission_package("pkg-2").unwrap().is_none());

    // The sequence number of the failed package was not consumed.
    let fixed = package("pkg-2", "arg-1", 2, &[11, 21]);
    let outcome = store.import_submission(&fixed).unwrap();
    assert!(
        matches!(outcome, ImportOutcome::Imported { .. }),
        "{outcome:?}"
    );
}

#[test]
fn unknown_or_foreign_key_is_rejected() {
    let (_dir, mut store) = new_store();
    let error = store
        .import_submission(&package("pkg-1", "chl-1", 1, &[10]))
        .unwrap_err();
    assert_eq!(error.code(), "store.unknown_key");
    assert!(error.to_string().contains("chl-1"), "{error}");

    let error = store
        .import_submission(&package("pkg-1", "ury-1", 1, &[10]))
        .unwrap_err();
    assert_eq!(error.code(), "store.key_country_mismatch");
    assert!(error.to_string().contains("URY"), "{error}");

    assert!(store.submissions().unwrap().is_empty());
    assert!(store.countries().unwrap().is_empty());
}

#[test]
fn keys_register_and_revoke() {
    let (_dir, mut store) = new_store();
    let key = store.key("arg-1").unwrap().unwrap();
    assert_eq!(key.country, "ARG");
    assert_eq!(key.public_key, b"arg-1".repeat(4));
    assert_eq!(key.valid_to.as_deref(), Some("2027-01-01T00:00:00.000Z"));
    assert_eq!(key.revoked_at, None);

    let error = store
        .register_key(&signing_key("arg-1", "ARG"))
        .unwrap_err();
    assert_eq!(error.code(), "store.key_already_registered");

    let revoked = store.revoke_key("arg-1").unwrap();
    let revoked_at = revoked.revoked_at.clone().unwrap();
    let again = store.revoke_key("arg-1").unwrap();
    assert_eq!(again.revoked_at.as_deref(), Some(revoked_at.as_str()));
    assert_eq!(
        store.key("arg-1").unwrap().unwrap().revoked_at,
        Some(revoked_at)
    );

    let error = store.revoke_key("chl-1").unwrap_err();
    assert_eq!(error.code(), "store.unknown_key");
    assert!(store.key("chl-1").unwrap().is_none());

    let ids: Vec<_> = store
        .keys()
        .unwrap()
        .into_iter()
        .map(|k| k.key_id)
        .collect();
    assert_eq!(ids, ["arg-1", "ury-1"]);
}

#[test]
fn data_survives_reopen() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("secretariat.sqlite");
    let mut store = Consolidated::open(&path).unwrap();
    store.register_key(&signing_key("arg-1", "ARG")).unwrap();
    store
        .import_submission(&package("pkg-1", "arg-1", 1, &[10]))
        .unwrap();
    store.close().unwrap();

    let reopened = Consolidated::open(&path).unwrap();
    assert_eq!(current_values(&reopened).len(), 1);
    assert!(reopened.key("arg-1").unwrap().is_some());
}
