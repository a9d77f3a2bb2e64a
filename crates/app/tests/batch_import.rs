//! Batch import: every file of a folder is processed, rejected files are copied to the
//! quarantine folder with a reason file, and the summary counts each outcome.

mod trust_support;

use std::path::{Path, PathBuf};

use sicremi_app::batch::{BatchStatus, REASON_SUFFIX};
use sicremi_store::CycleState;
use trust_support::{receipts_in, seal_into, Network, PASSPHRASE};

/// Seals two packages and lays out an inbox folder whose names fix the import order. The
/// folder contains the newer package under a new name, the older one, a renamed copy of
/// the newer one, a file that is not a package and a truncated package.
fn inbox(network: &Network) -> PathBuf {
    let mut correspondent = network.correspondent();
    let outbox = network.file("outbox");
    let first = seal_into(&mut correspondent, &outbox);
    let second = correspondent.seal(PASSPHRASE, Some(&outbox)).unwrap();

    let inbox = network.file("inbox");
    std::fs::create_dir_all(&inbox).unwrap();
    std::fs::copy(&second.path, inbox.join("a-newer.sicremi")).unwrap();
    std::fs::copy(&first.path, inbox.join("b-older.sicremi")).unwrap();
    std::fs::copy(&second.path, inbox.join("c-copy-of-newer.bin")).unwrap();
    std::fs::write(inbox.join("d-notes.sicremi"), b"not a package at all").unwrap();
    let bytes = std::fs::read(&first.path).unwrap();
    std::fs::write(
        inbox.join("e-truncated.sicremi"),
        &bytes[..bytes.len() - 10],
    )
    .unwrap();
    std::fs::write(inbox.join(".hidden"), b"skipped").unwrap();
    inbox
}

fn reason_of(copy: &str) -> String {
    let mut path = PathBuf::from(copy).into_os_string();
    path.push(REASON_SUFFIX);
    std::fs::read_to_string(path).unwrap()
}

#[test]
fn folder_processed_with_quarantine() {
    let network = Network::new("ARG");
    let inbox = inbox(&network);
    let mut secretariat = network.secretariat();

    let summary = secretariat
        .import_batch(std::slice::from_ref(&inbox), PASSPHRASE, None, None)
        .unwrap();

    let statuses: Vec<BatchStatus> = summary.entries.iter().map(|e| e.status).collect();
    assert_eq!(
        statuses,
        [
            BatchStatus::Imported,
            BatchStatus::Superseded,
            BatchStatus::AlreadyImported,
            BatchStatus::Quarantined,
            BatchStatus::Quarantined,
        ]
    );
    assert_eq!(summary.imported, 1);
    assert_eq!(summary.superseded, 1);
    assert_eq!(summary.already_imported, 1);
    assert_eq!(summary.quarantined, 2);
    assert_eq!(summary.failed, 0);

    let garbage = &summary.entries[3];
    assert_eq!(garbage.error.as_ref().unwrap().code, "package.bad_magic");
    let copy = garbage.quarantined_to.as_ref().unwrap();
    assert_eq!(std::fs::read(copy).unwrap(), b"not a package at all");
    assert!(
        reason_of(copy).starts_with("code: package.bad_magic\n"),
        "{}",
        reason_of(copy)
    );
    assert!(
        inbox.join("d-notes.sicremi").exists(),
        "the original is kept"
    );

    let truncated = &summary.entries[4];
    assert_eq!(truncated.error.as_ref().unwrap().code, "package.truncated");
    assert!(reason_of(truncated.quarantined_to.as_ref().unwrap())
        .starts_with("code: package.truncated\n"));

    // The three packages whose header parsed each got a receipt; the two bad files none.
    assert_eq!(receipts_in(&secretariat.receipts_dir()).len(), 3);
    assert_eq!(secretariat.overview().unwrap().submissions.len(), 1);
}

#[test]
fn list_of_files_and_chosen_folders() {
    let network = Network::new("ARG");
    let inbox = inbox(&network);
    let quarantine = network.file("q");
    let receipts = network.file("r");
    let mut secretariat = network.secretariat();

    let summary = secretariat
        .import_batch(
            &[inbox.join("d-notes.sicremi"), inbox.join("b-older.sicremi")],
            PASSPHRASE,
            Some(&quarantine),
            Some(&receipts),
        )
        .unwrap();

    assert_eq!(summary.quarantined, 1);
    assert_eq!(summary.imported, 1);
    assert!(quarantine.join("d-notes.sicremi").exists());
    assert_eq!(receipts_in(&receipts).len(), 1);
    assert!(receipts_in(&secretariat.receipts_dir()).is_empty());
}

#[test]
fn wrong_passphrase_stops_before_any_file() {
    let network = Network::new("ARG");
    let inbox = inbox(&network);
    let mut secretariat = network.secretariat();

    let error = secretariat
        .import_batch(&[inbox], "not the passphrase", None, None)
        .unwrap_err();

    assert_eq!(error.code, "key.wrong_passphrase");
    assert!(!secretariat.quarantine_dir().exists());
    assert!(secretariat.overview().unwrap().submissions.is_empty());
}

#[test]
fn closed_cycle_quarantines_packages() {
    let network = Network::new("ARG");
    let inbox = inbox(&network);
    let mut secretariat = network.secretariat();
    let cycle = secretariat.questionnaire().def.cycle.to_string();
    secretariat
        .set_cycle_state(&cycle, CycleState::Closed)
        .unwrap();

    let summary = secretariat
        .import_batch(&[inbox.join("a-newer.sicremi")], PASSPHRASE, None, None)
        .unwrap();

    assert_eq!(summary.quarantined, 1);
    let copy = summary.entries[0].quarantined_to.as_ref().unwrap();
    assert!(reason_of(copy).starts_with("code: store.cycle_closed\n"));
    assert_eq!(receipts_in(&secretariat.receipts_dir()).len(), 1);
}

#[test]
fn empty_folder_rejected() {
    let network = Network::new("ARG");
    let empty = network.file("empty");
    std::fs::create_dir_all(&empty).unwrap();

    let error = network
        .secretariat()
        .import_batch(&[empty], PASSPHRASE, None, None)
        .unwrap_err();

    assert_eq!(error.code, "batch.no_files");
}

#[test]
fn quarantine_keeps_earlier_copies() {
    let network = Network::new("ARG");
    let garbage = network.file("x.sicremi");
    std::fs::write(&garbage, b"junk").unwrap();
    let mut secretariat = network.secretariat();

    let first = secretariat
        .import_batch(std::slice::from_ref(&garbage), PASSPHRASE, None, None)
        .unwrap();
    let second = secretariat
        .import_batch(&[garbage], PASSPHRASE, None, None)
        .unwrap();

    let first_copy = first.entries[0].quarantined_to.clone().unwrap();
    let second_copy = second.entries[0].quarantined_to.clone().unwrap();
    assert_ne!(first_copy, second_copy);
    assert!(Path::new(&first_copy).exists());
    assert!(Path::new(&second_copy).exists());
}
