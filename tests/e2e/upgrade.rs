//! A workspace filled with an older built-in questionnaire: the overview shows what the
//! newer questionnaire of this version of the app moves and drops, and applies it only after
//! the user confirms.

use std::path::Path;

use sicremi_app::{CellInput, Correspondent, DataLayout, KdfParams, Profile};
use sicremi_model::definition::EMBEDDED_DEFINITION;
use sicremi_model::Questionnaire;
use sicremi_store::{setting_keys, Workspace};

use fantoccini::Locator;

use crate::actions::wait_until;
use crate::support::{display_missing, with_app_in};

const PASSPHRASE: &str = "demo passphrase 2026";

/// The built-in definition as an earlier version shipped it: version 1, T9 without the age
/// dimension, and no rules.
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
    serde_json::to_string(&value).unwrap()
}

/// Makes a workspace as an earlier version created it, with one stock figure: no
/// questionnaire pack, and the older built-in definition.
fn older_workspace(data_dir: &Path) {
    let layout = DataLayout::new(data_dir);
    let kdf = KdfParams::new(64, 1, 1).expect("valid test parameters");
    let profile = Profile {
        country: "ARG".into(),
        name: "Ana Pérez".into(),
        institution: "Dirección Nacional de Migraciones".into(),
    };
    Correspondent::create(&layout.correspondent(), profile, PASSPHRASE, &kdf)
        .expect("workspace created");
    let path = layout.correspondent().join("workspace.sqlite");
    let older = older_definition();
    let hash = Questionnaire::from_json(older.as_bytes())
        .unwrap()
        .hash_hex();
    let mut store = Workspace::open(&path).unwrap();
    store
        .set_setting(setting_keys::DEFINITION_JSON, &older)
        .unwrap();
    store
        .set_setting(setting_keys::DEFINITION_HASH, &hash)
        .unwrap();
    drop(store);
    let mut correspondent = Correspondent::open(&layout.correspondent()).unwrap();
    let figure = CellInput {
        value: Some("120".into()),
        ..CellInput::default()
    };
    correspondent
        .set_cell("T9", "2023-01-31:BOL:M", &figure)
        .unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn older_questionnaire_upgraded_on_confirmation() {
    if display_missing("older_questionnaire_upgraded_on_confirmation") {
        return;
    }
    let data_dir = tempfile::tempdir().expect("create a temporary data folder");
    older_workspace(data_dir.path());

    with_app_in(
        "older_questionnaire_upgraded_on_confirmation",
        data_dir.path(),
        |app| async move {
            app.click("language-en").await;
            app.wait_for_text("overview-heading", "Overview").await;
            app.find("definition-upgrade").await;
            let disabled = app.attribute("upgrade-apply", "disabled").await;
            assert!(
                disabled.is_some(),
                "a move of values needs the confirmation first"
            );
            let client = app.find("app-name").await.client();
            app.click("upgrade-confirm").await;
            app.click("upgrade-apply").await;
            // The window reloads with the newer questionnaire, and the offer is gone.
            wait_until("the upgrade offer is gone after the reload", || {
                let client = client.clone();
                async move {
                    let heading = client
                        .find_all(Locator::Css("[data-testid=overview-heading]"))
                        .await
                        .unwrap_or_default();
                    let offer = client
                        .find_all(Locator::Css("[data-testid=definition-upgrade]"))
                        .await
                        .unwrap_or_default();
                    !heading.is_empty() && offer.is_empty()
                }
            })
            .await;
        },
    )
    .await;

    let correspondent =
        Correspondent::open(&DataLayout::new(data_dir.path()).correspondent()).unwrap();
    assert_eq!(
        correspondent.questionnaire().hash(),
        Questionnaire::embedded().hash()
    );
    let dataset = correspondent.dataset().unwrap();
    assert_eq!(dataset.value("T9", "2023-01-31:_T:BOL:M"), Some(120));
}
