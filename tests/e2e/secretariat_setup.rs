//! Setting up a real secretariat from the first-run screen: the test creates the secretariat's
//! key in an empty data folder, checks the fingerprint shown, and exports the public key file
//! that correspondents import.

use std::path::Path;

use sicremi_app::{DataLayout, Secretariat};

use crate::actions::{type_into, wait_text_containing};
use crate::support::{display_missing, with_app_in, TestApp};

const PASSPHRASE: &str = "secretariat passphrase 2026";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn secretariat_setup_from_first_run() {
    if display_missing("secretariat_setup_from_first_run") {
        return;
    }
    let data_dir = tempfile::tempdir().expect("create a temporary data folder");
    let outbox = tempfile::tempdir().expect("create a temporary export folder");
    let key_path = outbox.path().join("secretariat.pub.json");
    let key_path_in_app = key_path.clone();

    with_app_in(
        "secretariat_setup_from_first_run",
        data_dir.path(),
        move |app| async move {
            app.click("language-en").await;
            app.wait_for_text("welcome-heading", "Welcome to SICREMI Collect")
                .await;

            create_secretariat(&app).await;
            let fingerprint = shown_fingerprint(&app).await;
            app.find("nav-secretariat").await;
            app.find("secretariat-next-steps").await;

            export_public_key(&app, &key_path_in_app).await;
            check_public_key_file(&key_path_in_app, &fingerprint);
        },
    )
    .await;

    // The app has closed its store, so the key can be opened here without sharing the file.
    let layout = DataLayout::new(data_dir.path());
    assert!(Secretariat::exists(&layout.secretariat()));
    let secretariat = Secretariat::open(&layout.secretariat()).expect("secretariat opens");
    secretariat
        .check_passphrase(PASSPHRASE)
        .expect("the key unlocks with the passphrase typed in the form");
    let exported = std::fs::read(&key_path).expect("exported key file is readable");
    assert_eq!(
        exported,
        secretariat.public_key_file().unwrap(),
        "the exported file is the secretariat's public key file"
    );
}

/// Fills in the set-up form and waits for the secretariat's overview. The create button stays
/// disabled until the confirmation matches.
async fn create_secretariat(app: &TestApp) {
    app.wait_for_text("secretariat-setup-heading", "Set up the secretariat")
        .await;
    type_into(app, "secretariat-setup-passphrase", PASSPHRASE).await;
    assert_eq!(
        app.attribute("secretariat-create", "disabled")
            .await
            .as_deref(),
        Some("true"),
        "create is disabled before the passphrase is confirmed"
    );
    type_into(app, "secretariat-setup-passphrase-confirm", PASSPHRASE).await;
    assert_eq!(
        app.attribute("secretariat-create", "disabled").await,
        None,
        "create is enabled once the passphrase is confirmed"
    );

    app.click("secretariat-create").await;
    app.wait_for_text("secretariat-heading", "Secretariat")
        .await;
}

/// Returns the encryption key's fingerprint after checking that it is six groups of five digits.
async fn shown_fingerprint(app: &TestApp) -> String {
    let fingerprint = app
        .find("encryption-fingerprint")
        .await
        .text()
        .await
        .expect("fingerprint text is readable");
    let groups: Vec<&str> = fingerprint.split_whitespace().collect();
    assert_eq!(groups.len(), 6, "fingerprint {fingerprint:?}");
    for group in &groups {
        assert_eq!(group.len(), 5, "group {group:?} of {fingerprint:?}");
        assert!(
            group.chars().all(|c| c.is_ascii_digit()),
            "group {group:?} of {fingerprint:?}"
        );
    }
    groups.join(" ")
}

async fn export_public_key(app: &TestApp, path: &Path) {
    let path_text = path.display().to_string();
    type_into(app, "export-secretariat-key-path", &path_text).await;
    app.click("export-secretariat-key-button").await;
    wait_text_containing(app, "export-secretariat-key-result", &path_text).await;
}

/// Checks that the file is a recipient public key file with the fingerprint the app showed.
fn check_public_key_file(path: &Path, fingerprint: &str) {
    assert!(path.is_file(), "{} was not written", path.display());
    let bytes = std::fs::read(path).expect("exported key file is readable");
    let json: serde_json::Value =
        serde_json::from_slice(&bytes).expect("exported key file is JSON");
    assert_eq!(json["format"], "sicremi-public-key", "{json}");
    assert_eq!(json["kind"], "x25519-recipient", "{json}");
    assert_eq!(json["fingerprint"], fingerprint, "{json}");
}
