//! The exchange between correspondent and secretariat in the real app. The tests enroll a
//! replaced signing key and register it with a validity period, import a receipt that marks a
//! submission as received, and import a folder with one good and one bad file.
//!
//! Each test creates the demo network with the library first, under Argon2 parameters far
//! below the defaults, so only the steps under test go through the UI.

use std::path::{Path, PathBuf};

use fantoccini::{Client, Locator};
use sicremi_app::trust::DEPLOYMENT_ROOT_FINGERPRINT;
use sicremi_app::{create_demo, DataLayout, KdfParams, Secretariat};
use sicremi_model::Severity;

use crate::actions::{set_input, type_into, wait_css, wait_text_containing, wait_until};
use crate::support::{display_missing, with_app_in, TestApp};

const PASSPHRASE: &str = "demo passphrase 2026";
const NEW_PASSPHRASE: &str = "replacement passphrase 2026";
/// Key id of the real deployment's root, compiled into the app.
const DEPLOYMENT_ROOT_KEY_ID: &str = "a0c1ab86f64a1082991c9ef3a1fdbed6";

/// Creates the demo network for Argentina in `data_dir`.
fn create_fast_demo(data_dir: &Path) {
    let kdf = KdfParams::new(64, 1, 1).expect("valid test parameters");
    create_demo(&DataLayout::new(data_dir), "ARG", PASSPHRASE, &kdf).expect("demo created");
}

/// Justifies every warning of the demo workspace and seals one package into `outbox`. An
/// empty demo workspace has completeness warnings and information only.
fn seal_demo_package(data_dir: &Path, outbox: &Path) -> PathBuf {
    let layout = DataLayout::new(data_dir);
    let mut correspondent =
        sicremi_app::Correspondent::open(&layout.correspondent()).expect("workspace opens");
    let findings = correspondent.findings().expect("findings");
    assert!(
        findings
            .findings
            .iter()
            .all(|f| f.severity != Severity::Error),
        "{:?}",
        findings.findings
    );
    for finding in findings
        .findings
        .iter()
        .filter(|f| f.severity == Severity::Warning)
    {
        correspondent
            .justify(&finding.id, "Compiled by another agency and sent later.")
            .expect("justification stored");
    }
    let sealed = correspondent
        .seal(PASSPHRASE, Some(outbox))
        .expect("package sealed");
    PathBuf::from(sealed.path)
}

/// Waits for the input, then replaces its text as typing does. `set_input` alone fails on a
/// field that a screen renders only after its first command returns.
async fn fill(app: &TestApp, client: &Client, test_id: &str, value: &str) {
    app.find(test_id).await;
    set_input(client, test_id, value).await;
}

/// Returns the text of the element, trimmed.
async fn text_of(app: &TestApp, test_id: &str) -> String {
    app.find(test_id)
        .await
        .text()
        .await
        .unwrap_or_else(|error| panic!("text of {test_id} is not readable: {error}"))
        .trim()
        .to_string()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn enrollment_registered_with_validity() {
    if display_missing("enrollment_registered_with_validity") {
        return;
    }
    let data_dir = tempfile::tempdir().expect("create a temporary data folder");
    let exchange = tempfile::tempdir().expect("create a temporary exchange folder");
    create_fast_demo(data_dir.path());
    let request = exchange.path().join("request.sicremi-enrollment");
    let request_in_app = request.clone();
    let public_key_path = DataLayout::new(data_dir.path())
        .correspondent()
        .join("signing.pub.json");

    with_app_in(
        "enrollment_registered_with_validity",
        data_dir.path(),
        move |app| async move {
            let client = app.find("app-name").await.client();
            app.click("language-en").await;
            app.wait_for_text("overview-heading", "Overview").await;
            let old_fingerprint = text_of(&app, "signing-fingerprint").await;
            app.click("tab-exchange").await;

            let fingerprint = replace_key(&app, &old_fingerprint).await;
            export_request(&app, &client, &request_in_app, &fingerprint).await;
            let key_id = public_key_id(&public_key_path);
            register_request(&app, &client, &request_in_app, &fingerprint, &key_id).await;
        },
    )
    .await;

    // The app has closed its store, so the secretariat can be opened here.
    let secretariat =
        Secretariat::open(&DataLayout::new(data_dir.path()).secretariat()).expect("opens");
    let keys = secretariat.overview().expect("overview").keys;
    assert_eq!(keys.len(), 2, "the demo key and the new key: {keys:?}");
    let new_key = keys
        .iter()
        .find(|key| key.valid_to.is_some())
        .expect("the new key has an end date");
    assert_eq!(new_key.country, "ARG");
    assert_eq!(new_key.valid_from, "2026-01-01T00:00:00Z");
    assert_eq!(new_key.valid_to.as_deref(), Some("2030-12-31T00:00:00Z"));
    assert!(request.is_file(), "the request file stays");
}

/// Replaces the signing key from the exchange tab and returns the new fingerprint. The button
/// stays disabled until the warning is acknowledged.
async fn replace_key(app: &TestApp, old_fingerprint: &str) -> String {
    app.find("replace-key-warning").await;
    type_into(app, "replace-key-passphrase", NEW_PASSPHRASE).await;
    type_into(app, "replace-key-passphrase-confirm", NEW_PASSPHRASE).await;
    assert_eq!(
        app.attribute("replace-key-button", "disabled")
            .await
            .as_deref(),
        Some("true"),
        "replacing needs the confirmation"
    );
    app.click("replace-key-confirm").await;
    app.click("replace-key-button").await;

    let fingerprint = text_of(app, "replace-key-fingerprint").await;
    assert_ne!(fingerprint, old_fingerprint, "a new key was made");
    assert_eq!(fingerprint.split_whitespace().count(), 6, "{fingerprint:?}");
    app.wait_for_text("exchange-signing-fingerprint", &fingerprint)
        .await;
    fingerprint
}

/// Exports the enrollment request under the new passphrase and checks the fingerprint shown
/// for the telephone check.
async fn export_request(app: &TestApp, client: &Client, request: &Path, fingerprint: &str) {
    fill(
        app,
        client,
        "enrollment-path",
        &request.display().to_string(),
    )
    .await;
    type_into(app, "enrollment-passphrase", NEW_PASSPHRASE).await;
    app.click("enrollment-export").await;
    app.wait_for_text("enrollment-fingerprint", fingerprint)
        .await;
    wait_text_containing(app, "enrollment-result", &request.display().to_string()).await;
    assert!(request.is_file(), "{} was not written", request.display());
}

/// Reads the key id of the correspondent's public signing key file.
fn public_key_id(path: &Path) -> String {
    let bytes = std::fs::read(path)
        .unwrap_or_else(|error| panic!("cannot read {}: {error}", path.display()));
    let json: serde_json::Value = serde_json::from_slice(&bytes).expect("public key file is JSON");
    json["key_id"]
        .as_str()
        .expect("the public key file names its key id")
        .to_string()
}

/// Inspects the request at the secretariat, checks what it shows, and registers the key from
/// 2026-01-01 to 2030-12-31.
async fn register_request(
    app: &TestApp,
    client: &Client,
    request: &Path,
    fingerprint: &str,
    key_id: &str,
) {
    app.click("nav-secretariat").await;
    app.wait_for_text("secretariat-heading", "Secretariat")
        .await;
    fill(
        app,
        client,
        "enrollment-request-path",
        &request.display().to_string(),
    )
    .await;
    app.click("enrollment-inspect").await;
    app.wait_for_text("enrollment-request-fingerprint", fingerprint)
        .await;
    app.wait_for_text("enrollment-request-country", "Argentina (ARG)")
        .await;
    app.wait_for_text("enrollment-request-name", "Demo correspondent")
        .await;
    app.wait_for_text("enrollment-request-institution", "Demo national office")
        .await;
    assert_eq!(
        app.attribute("enrollment-register", "disabled")
            .await
            .as_deref(),
        Some("true"),
        "registering needs the telephone check"
    );

    app.click("enrollment-compared").await;
    fill(app, client, "enrollment-valid-from", "2026-01-01").await;
    fill(app, client, "enrollment-valid-to", "2030-12-31").await;
    app.click("enrollment-register").await;
    wait_text_containing(app, "enrollment-register-result", fingerprint).await;

    let validity = wait_text_containing(app, &format!("key-validity-{key_id}"), "2030").await;
    assert!(validity.starts_with("Valid from"), "validity {validity:?}");
    assert!(validity.contains("2026"), "validity {validity:?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn receipt_marks_submission_received() {
    if display_missing("receipt_marks_submission_received") {
        return;
    }
    let data_dir = tempfile::tempdir().expect("create a temporary data folder");
    let outbox = tempfile::tempdir().expect("create a temporary package folder");
    create_fast_demo(data_dir.path());
    let package = seal_demo_package(data_dir.path(), outbox.path());
    let scratch = outbox.path().to_path_buf();

    with_app_in(
        "receipt_marks_submission_received",
        data_dir.path(),
        move |app| async move {
            let client = app.find("app-name").await.client();
            app.click("language-en").await;
            app.wait_for_text("overview-heading", "Overview").await;
            app.click("tab-exchange").await;
            app.wait_for_text("submission-state-1", "Sealed, no receipt yet")
                .await;
            check_trust_bundle(&app, &client, &scratch).await;

            let receipt = import_at_secretariat(&app, &package).await;

            app.click("nav-correspondent").await;
            app.click("tab-exchange").await;
            fill(&app, &client, "receipt-import-path", &receipt).await;
            app.click("receipt-import-button").await;
            let result =
                wait_text_containing(&app, "receipt-import-result", "imported by the secretariat")
                    .await;
            assert!(result.starts_with("Package 1:"), "result {result:?}");
            assert!(result.contains("1 before, 1 now"), "result {result:?}");
            app.wait_for_text("submission-state-1", "Received").await;
            assert_eq!(
                app.attribute("submission-1", "data-state").await.as_deref(),
                Some("acknowledged")
            );
            wait_text_containing(&app, "exchange-sequence", "counter: 1.").await;

            // The same receipt again changes nothing, and the result line reports that.
            app.click("receipt-import-button").await;
            wait_text_containing(&app, "receipt-import-result", "imported before").await;

            app.click("tab-overview").await;
            app.wait_for_text("submission-state-1", "Received").await;
        },
    )
    .await;
}

/// Checks the roots and the demo's trust bundle on the exchange tab, and that a file of the
/// wrong kind is rejected with a translated message.
async fn check_trust_bundle(app: &TestApp, client: &Client, scratch: &Path) {
    let built_in = format!("root-fingerprint-{}", DEPLOYMENT_ROOT_KEY_ID);
    app.wait_for_text(&built_in, DEPLOYMENT_ROOT_FINGERPRINT)
        .await;
    app.wait_for_text("bundle-version", "1").await;
    let bundle_root = text_of(app, "bundle-root-fingerprint").await;
    assert_ne!(
        bundle_root, DEPLOYMENT_ROOT_FINGERPRINT,
        "the demo bundle is signed by the demo root"
    );
    let mut listed = Vec::new();
    for root in client
        .find_all(Locator::Css("[data-testid^=root-fingerprint-]"))
        .await
        .unwrap()
    {
        listed.push(root.text().await.unwrap().trim().to_string());
    }
    assert_eq!(listed.len(), 2, "built-in and demo root: {listed:?}");
    assert!(
        listed.contains(&bundle_root),
        "{bundle_root:?} in {listed:?}"
    );

    let not_a_bundle = scratch.join("not-a-bundle.sicremi-trust");
    std::fs::write(&not_a_bundle, b"not a trust bundle").expect("file written");
    fill(
        app,
        client,
        "bundle-import-path",
        &not_a_bundle.display().to_string(),
    )
    .await;
    app.click("bundle-import-button").await;
    wait_text_containing(
        app,
        "bundle-import-error",
        "This is not a trust bundle file",
    )
    .await;
}

/// Imports the package at the secretariat screen and returns the receipt path it shows.
async fn import_at_secretariat(app: &TestApp, package: &Path) -> String {
    app.click("nav-secretariat").await;
    app.wait_for_text("secretariat-heading", "Secretariat")
        .await;
    type_into(app, "package-paths", &package.display().to_string()).await;
    type_into(app, "package-passphrase", PASSPHRASE).await;
    app.click("package-import").await;
    wait_text_containing(app, "package-outcome", "Imported").await;
    let line = wait_text_containing(app, "package-receipt", ".sicremi-receipt").await;
    let receipt = line
        .split_once(": ")
        .map(|(_, path)| path.trim().to_string())
        .unwrap_or_else(|| panic!("no path in the receipt line {line:?}"));
    assert!(Path::new(&receipt).is_file(), "{receipt} was not written");
    receipt
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn batch_import_quarantines_bad_file() {
    if display_missing("batch_import_quarantines_bad_file") {
        return;
    }
    let data_dir = tempfile::tempdir().expect("create a temporary data folder");
    let incoming = tempfile::tempdir().expect("create a temporary package folder");
    create_fast_demo(data_dir.path());
    let package = seal_demo_package(data_dir.path(), incoming.path());
    let broken = incoming.path().join("broken.sicremi");
    std::fs::write(&broken, b"this is not a SICREMI package").expect("bad file written");
    let folder = incoming.path().to_path_buf();
    let secretariat_dir = DataLayout::new(data_dir.path()).secretariat();
    let receipts_dir = secretariat_dir.join("receipts");
    let quarantine_dir = secretariat_dir.join("quarantine");
    let receipts_in_app = receipts_dir.clone();
    let broken_in_app = broken.clone();
    let package_in_app = package.clone();

    with_app_in(
        "batch_import_quarantines_bad_file",
        data_dir.path(),
        move |app| async move {
            let client = app.find("app-name").await.client();
            app.click("language-en").await;
            app.click("nav-secretariat").await;
            app.wait_for_text("secretariat-heading", "Secretariat")
                .await;

            fill(&app, &client, "batch-path", &folder.display().to_string()).await;
            type_into(&app, "batch-passphrase", PASSPHRASE).await;
            app.click("batch-import").await;

            app.wait_for_text(
                "batch-counts",
                "1 imported, 0 already imported, 0 superseded, 1 quarantined, 0 failed.",
            )
            .await;
            wait_text_containing(
                &app,
                "batch-receipts-dir",
                &receipts_in_app.display().to_string(),
            )
            .await;
            check_batch_entries(&client, &package_in_app, &broken_in_app).await;
            // The imported package shows in the list of submissions.
            wait_css(&client, "[data-testid=imported-submissions]").await;
        },
    )
    .await;

    assert!(broken.is_file(), "the rejected original stays in place");
    let copy = quarantine_dir.join("broken.sicremi");
    assert!(copy.is_file(), "{} was not written", copy.display());
    let reason = std::fs::read_to_string(quarantine_dir.join("broken.sicremi.reason.txt"))
        .expect("reason file written");
    assert!(
        reason.starts_with("code: package."),
        "reason file {reason:?}"
    );
    let receipts = std::fs::read_dir(&receipts_dir)
        .expect("receipts folder exists")
        .count();
    assert!(receipts >= 1, "no receipt in {}", receipts_dir.display());
}

/// Checks one entry per file: the package imported, the bad file quarantined with a translated
/// reason and the path of its copy.
async fn check_batch_entries(client: &Client, package: &Path, broken: &Path) {
    let imported = wait_css(client, "[data-testid=batch-entry][data-status=imported]").await;
    let text = imported.text().await.unwrap();
    assert!(
        text.contains(&package.display().to_string()),
        "entry {text:?}"
    );
    assert!(text.contains("package 1 from Argentina"), "entry {text:?}");

    let quarantined = wait_css(client, "[data-testid=batch-entry][data-status=quarantined]").await;
    let text = quarantined.text().await.unwrap();
    assert!(
        text.contains(&broken.display().to_string()),
        "entry {text:?}"
    );
    assert!(text.contains("rejected and quarantined"), "entry {text:?}");
    assert!(text.contains("Copied to"), "entry {text:?}");
    let reason = quarantined
        .find(Locator::Css("[data-testid=batch-entry-reason]"))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        !reason.starts_with("The operation failed"),
        "the reason is not translated: {reason:?}"
    );

    wait_until("exactly two entries are listed", || async {
        client
            .find_all(Locator::Css("[data-testid=batch-entry]"))
            .await
            .map(|found| found.len() == 2)
            .unwrap_or(false)
    })
    .await;
}
