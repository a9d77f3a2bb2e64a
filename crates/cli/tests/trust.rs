//! A real deployment from the command line: the secretariat's root key and trust bundle, a
//! correspondent's enrollment, a package and its signed receipt, a closed cycle, and a batch
//! import that quarantines what it rejects.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const PASSPHRASE: &str = "correct horse battery";
const ROOT_PASSPHRASE: &str = "root passphrase kept offline";

fn sicremi(data_dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_sicremi"))
        .args(args)
        .env("SICREMI_DATA_DIR", data_dir)
        .env("SICREMI_PASSPHRASE", PASSPHRASE)
        .env("SICREMI_ROOT_PASSPHRASE", ROOT_PASSPHRASE)
        .env("LANG", "en")
        .output()
        .unwrap()
}

/// Runs a command that must succeed and returns its JSON output.
fn json(data_dir: &Path, args: &[&str]) -> serde_json::Value {
    let mut with_json = vec!["--json"];
    with_json.extend_from_slice(args);
    let output = sicremi(data_dir, &with_json);
    assert!(
        output.status.success(),
        "{args:?}: {}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    serde_json::from_slice(&output.stdout)
        .unwrap_or_else(|e| panic!("{args:?} printed no JSON ({e})"))
}

fn error_code(output: &Output) -> String {
    let error: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap_or_else(|e| {
        panic!(
            "no JSON error ({e}): {}{}",
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr)
        )
    });
    error["code"].as_str().unwrap().to_string()
}

fn files_in(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|entries| entries.map(|e| e.unwrap().path()).collect())
        .unwrap_or_default();
    files.sort();
    files
}

/// Justifies every warning so the workspace can be sealed.
fn justify_warnings(data: &Path) {
    // `validate` exits with 1 while warnings are unjustified, so its status is not checked.
    let output = sicremi(data, &["--json", "validate"]);
    let findings: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    for finding in findings["findings"].as_array().unwrap() {
        if finding["severity"] == "warning" {
            let id = finding["id"].as_str().unwrap();
            json(
                data,
                &["justify", id, "Inflows follow in the next package."],
            );
        }
    }
}

#[test]
fn enrollment_receipt_and_batch_from_command_line() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path();
    let offline = data.join("offline");
    std::fs::create_dir_all(&offline).unwrap();

    // The secretariat: its keys, its offline root, and a bundle of its current keys.
    json(data, &["secretariat", "init"]);
    let root = offline.join("root.key");
    json(
        data,
        &["secretariat", "root-init", "--out", root.to_str().unwrap()],
    );
    let root_public = offline.join("root.pub.json");
    assert!(root_public.is_file(), "{:?}", files_in(&offline));
    let bundle = data.join("keys.sicremi-bundle");
    json(
        data,
        &[
            "secretariat",
            "sign-bundle",
            "--root",
            root.to_str().unwrap(),
            "--out",
            bundle.to_str().unwrap(),
        ],
    );

    // The correspondent trusts that root, imports the bundle and requests enrollment.
    json(
        data,
        &[
            "init",
            "--country",
            "ARG",
            "--name",
            "Ana Pérez",
            "--institution",
            "Dirección Nacional de Migraciones",
        ],
    );
    json(data, &["trust-root", root_public.to_str().unwrap()]);
    let imported = json(data, &["import-bundle", bundle.to_str().unwrap()]);
    assert_eq!(imported["already_imported"], false);
    let again = json(data, &["import-bundle", bundle.to_str().unwrap()]);
    assert_eq!(again["already_imported"], true);

    // A newer bundle replaces it, and the older one cannot be replayed afterwards.
    let newer = data.join("keys-2.sicremi-bundle");
    json(
        data,
        &[
            "secretariat",
            "sign-bundle",
            "--root",
            root.to_str().unwrap(),
            "--out",
            newer.to_str().unwrap(),
        ],
    );
    assert_eq!(
        json(data, &["import-bundle", newer.to_str().unwrap()])["bundle"]["version"],
        2
    );
    let replayed = sicremi(data, &["--json", "import-bundle", bundle.to_str().unwrap()]);
    assert_eq!(replayed.status.code(), Some(2));
    assert_eq!(error_code(&replayed), "store.bundle_outdated");

    let request = data.join("ARG.sicremi-enrollment");
    json(data, &["enroll", "--out", request.to_str().unwrap()]);
    let inspected = json(
        data,
        &[
            "secretariat",
            "inspect-enrollment",
            request.to_str().unwrap(),
        ],
    );
    let status = json(data, &["status"]);
    assert_eq!(
        inspected["fingerprint"], status["signing_key"]["fingerprint"],
        "both sides read out the same fingerprint: {inspected}"
    );
    json(
        data,
        &[
            "secretariat",
            "enroll",
            request.to_str().unwrap(),
            "--valid-until",
            "2099-12-31",
        ],
    );

    // A package, its import and the signed receipt back.
    justify_warnings(data);
    let sealed = json(data, &["seal"]);
    let package = sealed["path"].as_str().unwrap().to_string();
    let receipts = data.join("secretariat").join("receipts");
    json(data, &["secretariat", "import", &package]);
    let receipt_files = files_in(&receipts);
    assert_eq!(receipt_files.len(), 1, "{receipt_files:?}");
    json(
        data,
        &["import-receipt", receipt_files[0].to_str().unwrap()],
    );
    let status = json(data, &["status"]);
    let submission = &status["submissions"][0];
    assert_eq!(submission["sequence"], 1, "{submission}");
    // The store names the state of a package the secretariat confirmed "acknowledged".
    assert_eq!(submission["state"], "acknowledged", "{submission}");

    // Once the cycle is closed, a new package goes to quarantine with its reason file, and so
    // does a stray file; the summary counts both.
    json(data, &["secretariat", "close-cycle", "2026"]);
    let outbox = data.join("outbox-2");
    std::fs::create_dir_all(&outbox).unwrap();
    json(data, &["seal", "--out", outbox.to_str().unwrap()]);
    std::fs::write(outbox.join("notes.txt"), "not a package").unwrap();
    let quarantine = data.join("quarantine");
    let batch = sicremi(
        data,
        &[
            "--json",
            "secretariat",
            "import-batch",
            outbox.to_str().unwrap(),
            "--quarantine",
            quarantine.to_str().unwrap(),
        ],
    );
    let summary: serde_json::Value = serde_json::from_slice(&batch.stdout).unwrap_or_else(|e| {
        panic!(
            "no JSON summary ({e}): {}{}",
            String::from_utf8_lossy(&batch.stdout),
            String::from_utf8_lossy(&batch.stderr)
        )
    });
    let quarantined = files_in(&quarantine);
    let reasons: Vec<String> = quarantined
        .iter()
        .filter(|p| p.to_string_lossy().ends_with(".reason.txt"))
        .map(|p| std::fs::read_to_string(p).unwrap())
        .collect();
    assert_eq!(reasons.len(), 2, "{quarantined:?} {summary}");
    assert!(
        reasons.iter().any(|r| r.contains("store.cycle_closed")),
        "{reasons:?}"
    );
    assert!(summary.to_string().contains("quarantined"), "{summary}");
}
