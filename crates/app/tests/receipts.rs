//! Signed receipts: the secretariat writes one per imported or rejected package, and the
//! correspondent imports it, which marks the submission and raises the sequence counter
//! without ever lowering it.

mod trust_support;

use std::path::{Path, PathBuf};

use sicremi_package::{
    read_key_file, CountryCode, KeyId, Receipt, ReceiptFindings, ReceiptVerdict, SigningKey,
};
use sicremi_store::{CycleState, SubmissionState};
use trust_support::{receipts_in, seal_into, Network, PASSPHRASE};

/// Overwrites the workspace's sequence counter, as restoring an older copy of the
/// workspace file would.
fn set_counter(network: &Network, value: u64) {
    let path = network.layout.correspondent().join("workspace.sqlite");
    let connection = rusqlite::Connection::open(path).unwrap();
    connection
        .execute(
            "UPDATE settings SET value = ?1 WHERE key = 'submission_sequence'",
            [value.to_string()],
        )
        .unwrap();
}

fn state_of(network: &Network, package_id: &str) -> SubmissionState {
    network
        .correspondent()
        .overview()
        .unwrap()
        .submissions
        .into_iter()
        .find(|s| s.package_id == package_id)
        .unwrap()
        .state
}

fn only_receipt(dir: &Path) -> PathBuf {
    let receipts = receipts_in(dir);
    assert_eq!(receipts.len(), 1, "{receipts:?}");
    receipts[0].clone()
}

#[test]
fn imported_package_acknowledged() {
    let network = Network::new("ARG");
    let mut correspondent = network.correspondent();
    let sealed = seal_into(&mut correspondent, &network.file("outbox"));
    let mut secretariat = network.secretariat();

    let import = secretariat
        .import_package(Path::new(&sealed.path), PASSPHRASE)
        .unwrap();
    let receipt = PathBuf::from(import.receipt.expect("a receipt is written"));
    assert_eq!(receipt, only_receipt(&secretariat.receipts_dir()));
    let outcome = correspondent.import_receipt(&receipt).unwrap();
    let again = correspondent.import_receipt(&receipt).unwrap();

    assert_eq!(outcome.verdict, ReceiptVerdict::Imported);
    assert_eq!(outcome.package_id, sealed.package_id);
    assert_eq!(outcome.sequence, sealed.sequence);
    assert_eq!(
        outcome.submission_state,
        Some(SubmissionState::Acknowledged)
    );
    assert!(!outcome.already_imported);
    assert!(again.already_imported);
    assert_eq!(
        state_of(&network, &sealed.package_id),
        SubmissionState::Acknowledged
    );
    assert_eq!(
        network.correspondent().overview().unwrap().receipts.len(),
        1
    );
}

#[test]
fn counter_resynchronised_upward_only() {
    let network = Network::new("ARG");
    let mut correspondent = network.correspondent();
    let first = seal_into(&mut correspondent, &network.file("outbox"));
    let second = correspondent
        .seal(PASSPHRASE, Some(&network.file("outbox")))
        .unwrap();
    let mut secretariat = network.secretariat();
    let second_import = secretariat
        .import_package(Path::new(&second.path), PASSPHRASE)
        .unwrap();
    let first_import = secretariat
        .import_package(Path::new(&first.path), PASSPHRASE)
        .unwrap();

    // A workspace restored from an old copy has forgotten its numbers.
    set_counter(&network, 0);
    let superseded = network
        .correspondent()
        .import_receipt(Path::new(&first_import.receipt.unwrap()))
        .unwrap();
    assert_eq!(superseded.verdict, ReceiptVerdict::Superseded);
    assert_eq!(superseded.latest_sequence, second.sequence);
    assert_eq!(superseded.sequence_before, 0);
    assert_eq!(superseded.sequence_after, second.sequence);

    // A counter ahead of the secretariat stays where it is.
    set_counter(&network, 40);
    let imported = network
        .correspondent()
        .import_receipt(Path::new(&second_import.receipt.unwrap()))
        .unwrap();
    assert_eq!(imported.sequence_after, 40);

    let mut correspondent = network.correspondent();
    let next = correspondent
        .seal(PASSPHRASE, Some(&network.file("outbox")))
        .unwrap();
    assert_eq!(next.sequence, 41);
}

#[test]
fn rejected_package_gets_rejection_receipt() {
    let network = Network::new("ARG");
    let mut correspondent = network.correspondent();
    let sealed = seal_into(&mut correspondent, &network.file("outbox"));
    let mut secretariat = network.secretariat();
    let cycle = correspondent.questionnaire().def.cycle.to_string();
    secretariat
        .set_cycle_state(&cycle, CycleState::Closed)
        .unwrap();

    let error = secretariat
        .import_package(Path::new(&sealed.path), PASSPHRASE)
        .unwrap_err();
    assert_eq!(error.code, "store.cycle_closed");
    assert_eq!(error.params["cycle"], cycle);
    let receipt = PathBuf::from(&error.params["receipt"]);
    let outcome = correspondent.import_receipt(&receipt).unwrap();

    assert_eq!(outcome.verdict, ReceiptVerdict::Rejected);
    let reason = outcome.reason.expect("a rejection gives its reason");
    assert_eq!(reason.code, "store.cycle_closed");
    assert_eq!(outcome.submission_state, Some(SubmissionState::Rejected));
    assert_eq!(
        state_of(&network, &sealed.package_id),
        SubmissionState::Rejected
    );
}

#[test]
fn reopened_cycle_accepts_package() {
    let network = Network::new("ARG");
    let mut correspondent = network.correspondent();
    let sealed = seal_into(&mut correspondent, &network.file("outbox"));
    let mut secretariat = network.secretariat();
    let cycle = correspondent.questionnaire().def.cycle.to_string();
    secretariat
        .set_cycle_state(&cycle, CycleState::Closed)
        .unwrap();
    secretariat
        .set_cycle_state(&cycle, CycleState::Open)
        .unwrap();

    let import = secretariat.import_package(Path::new(&sealed.path), PASSPHRASE);
    let bad_cycle = secretariat
        .set_cycle_state("twenty", CycleState::Closed)
        .unwrap_err();

    assert!(import.is_ok(), "{import:?}");
    assert_eq!(bad_cycle.code, "input.invalid_cycle");
    assert_eq!(
        secretariat.cycle_records().unwrap()[0].state,
        CycleState::Open
    );
}

/// Signs a receipt with the secretariat's own signing key, as a forger holding the key
/// file and its passphrase could.
fn secretariat_signed(network: &Network, receipt: &Receipt) -> PathBuf {
    let key_path = network.layout.secretariat().join("signing.key");
    let key = SigningKey::from_key_file(&read_key_file(&key_path).unwrap(), PASSPHRASE).unwrap();
    let path = network.file("crafted.sicremi-receipt");
    std::fs::write(&path, receipt.sign(&key).unwrap()).unwrap();
    path
}

fn crafted(country: &str, sender: KeyId) -> Receipt {
    Receipt {
        package_id: [0x42; 16],
        sha256: [0x24; 32],
        country: CountryCode::new(country).unwrap(),
        sender_key_id: sender,
        sequence: 3,
        latest_sequence: 3,
        verdict: ReceiptVerdict::Imported,
        findings: ReceiptFindings::default(),
        reason: None,
        issued_at: 1_800_000_000,
    }
}

#[test]
fn receipt_for_other_country_rejected() {
    let network = Network::new("ARG");
    let mut correspondent = network.correspondent();
    let own = KeyId::from_hex(&correspondent.signing_key_id().unwrap()).unwrap();
    let path = secretariat_signed(&network, &crafted("PER", own));

    let error = correspondent.import_receipt(&path).unwrap_err();

    assert_eq!(error.code, "receipt.wrong_country");
    assert_eq!(error.params["country"], "PER");
}

#[test]
fn receipt_for_unknown_package_rejected() {
    let network = Network::new("ARG");
    let mut correspondent = network.correspondent();
    let path = secretariat_signed(&network, &crafted("ARG", KeyId([7; 16])));

    let error = correspondent.import_receipt(&path).unwrap_err();

    assert_eq!(error.code, "receipt.unknown_package");
    assert_eq!(correspondent.overview().unwrap().last_sequence, 0);
}

#[test]
fn receipt_of_other_signer_rejected() {
    let network = Network::new("ARG");
    let mut correspondent = network.correspondent();
    let own = KeyId::from_hex(&correspondent.signing_key_id().unwrap()).unwrap();
    let stranger = SigningKey::generate().unwrap();
    let path = network.file("stranger.sicremi-receipt");
    std::fs::write(&path, crafted("ARG", own).sign(&stranger).unwrap()).unwrap();

    let error = correspondent.import_receipt(&path).unwrap_err();

    assert_eq!(error.code, "document.unknown_signer");
    assert_eq!(error.params["kind"], "receipt");
}

#[test]
fn altered_receipt_rejected() {
    let network = Network::new("ARG");
    let mut correspondent = network.correspondent();
    let sealed = seal_into(&mut correspondent, &network.file("outbox"));
    let import = network
        .secretariat()
        .import_package(Path::new(&sealed.path), PASSPHRASE)
        .unwrap();
    let receipt = PathBuf::from(import.receipt.unwrap());
    let mut bytes = std::fs::read(&receipt).unwrap();
    let verdict = bytes
        .windows(10)
        .position(|window| window == b"\"imported\"")
        .unwrap();
    bytes[verdict + 1..verdict + 9].copy_from_slice(b"rejected");
    std::fs::write(&receipt, bytes).unwrap();

    let error = correspondent.import_receipt(&receipt).unwrap_err();

    assert_eq!(error.code, "document.signature");
    assert_eq!(
        state_of(&network, &sealed.package_id),
        SubmissionState::Created
    );
}
