//! A workspace filled against an older built-in definition opens unchanged after the program
//! is upgraded, shows what the newer definition moves and drops, and applies it only when
//! confirmed, keeping the dropped values readable.

use sicremi_app::{create_demo, CellInput, Correspondent, DataLayout, KdfParams};
use sicremi_model::definition::EMBEDDED_DEFINITION;
use sicremi_model::Questionnaire;
use sicremi_store::{setting_keys, Workspace};

const PASSPHRASE: &str = "correct horse battery";

/// The built-in definition as an earlier version of the program shipped it: version 1, T9
/// without the age dimension, an extra table T11 that the newer version dropped, no rules.
fn older_definition() -> String {
    let mut value: serde_json::Value = serde_json::from_str(EMBEDDED_DEFINITION).unwrap();
    value["version"] = serde_json::json!(1);
    value["rules"] = serde_json::json!([]);
    value["migrations"] = serde_json::json!([]);
    let tables = value["tables"].as_array_mut().unwrap();
    let t9 = tables.iter_mut().find(|t| t["id"] == "T9").unwrap();
    t9["dimensions"]
        .as_array_mut()
        .unwrap()
        .retain(|d| d["id"] != "age");
    let mut t11 = tables.iter().find(|t| t["id"] == "T10").unwrap().clone();
    t11["id"] = serde_json::json!("T11");
    tables.push(t11);
    serde_json::to_string(&value).unwrap()
}

fn number(value: i64) -> CellInput {
    CellInput {
        value: Some(value.to_string()),
        ..CellInput::default()
    }
}

#[test]
fn older_workspace_upgrades_after_confirmation() {
    let dir = tempfile::tempdir().unwrap();
    let layout = DataLayout::new(dir.path());
    create_demo(
        &layout,
        "ARG",
        PASSPHRASE,
        &KdfParams::new(64, 1, 1).unwrap(),
    )
    .unwrap();
    let workspace = layout.correspondent().join("workspace.sqlite");

    // Make the demo workspace one that an earlier version created: no pack, older definition.
    let older = older_definition();
    let older_questionnaire = Questionnaire::from_json(older.as_bytes()).unwrap();
    {
        let connection = rusqlite::Connection::open(&workspace).unwrap();
        connection.execute("DELETE FROM packs", []).unwrap();
        drop(connection);
        let mut store = Workspace::open(&workspace).unwrap();
        store
            .set_setting(setting_keys::DEFINITION_JSON, &older)
            .unwrap();
        store
            .set_setting(
                setting_keys::DEFINITION_HASH,
                &older_questionnaire.hash_hex(),
            )
            .unwrap();
    }

    let mut correspondent = Correspondent::open(&layout.correspondent()).unwrap();
    assert_eq!(
        correspondent.questionnaire().hash(),
        older_questionnaire.hash()
    );
    correspondent
        .set_cell("T9", "2023-01-31:BOL:M", &number(120))
        .unwrap();
    correspondent
        .set_cell("T11", "2024:BRA:F", &number(7))
        .unwrap();

    let upgrade = correspondent.definition_upgrade().unwrap().unwrap();
    assert_eq!(upgrade.from_version, 1);
    assert_eq!(upgrade.to_hash, Questionnaire::embedded().hash_hex());
    assert_eq!(upgrade.migration.moved.len(), 1);
    assert_eq!(upgrade.migration.moved[0].to.key, "2023-01-31:_T:BOL:M");
    assert_eq!(upgrade.migration.dropped.len(), 1);
    assert_eq!(upgrade.migration.dropped[0].cell.table, "T11");

    // Nothing changes without confirmation.
    let before = correspondent.dataset().unwrap();
    let error = correspondent.upgrade_definition(false).unwrap_err();
    assert_eq!(error.code, "definition.confirmation_required");
    assert_eq!(correspondent.dataset().unwrap(), before);

    let outcome = correspondent.upgrade_definition(true).unwrap();
    assert_eq!((outcome.moved, outcome.dropped), (1, 1));
    let dataset = correspondent.dataset().unwrap();
    assert_eq!(dataset.value("T9", "2023-01-31:_T:BOL:M"), Some(120));
    assert!(dataset.cells.get("T11").is_none_or(|c| c.is_empty()));

    // The workspace reopens with the built-in definition, and the dropped value is readable.
    let reopened = Correspondent::open(&layout.correspondent()).unwrap();
    assert_eq!(
        reopened.questionnaire().hash(),
        Questionnaire::embedded().hash()
    );
    assert!(reopened.definition_upgrade().unwrap().is_none());
    let dropped = reopened.dropped_cells().unwrap();
    assert!(
        dropped.iter().any(|d| format!("{d:?}").contains("T11")),
        "{dropped:?}"
    );
    let error = Correspondent::open(&layout.correspondent())
        .unwrap()
        .upgrade_definition(true)
        .unwrap_err();
    assert_eq!(error.code, "definition.no_upgrade");
}
