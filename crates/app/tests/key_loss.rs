//! Key loss on both sides. The secretariat restores its keys from an encrypted backup and
//! imports again. A correspondent replaces a lost signing key, keeps its figures, enrolls
//! the new key and seals with it.

mod trust_support;

use std::path::Path;

use sicremi_app::Secretariat;
use sicremi_store::ImportOutcome;
use trust_support::{make_sealable, seal_into, test_kdf, Network, PASSPHRASE};

const BACKUP_PASSPHRASE: &str = "a different backup phrase";
const KEY_FILES: [&str; 4] = [
    "encryption.key",
    "encryption.pub.json",
    "signing.key",
    "signing.pub.json",
];

#[test]
fn secretariat_restores_keys_and_imports() {
    let network = Network::new("ARG");
    let mut correspondent = network.correspondent();
    let sealed = seal_into(&mut correspondent, &network.file("outbox"));
    let dir = network.layout.secretariat();
    let backup = network.file("keys.sicremi-backup");
    let written = network
        .secretariat()
        .backup_keys(BACKUP_PASSPHRASE, &test_kdf(), &backup)
        .unwrap();
    assert_eq!(written.files, KEY_FILES);

    for name in KEY_FILES {
        std::fs::remove_file(dir.join(name)).unwrap();
    }
    let lost = Secretariat::open(&dir).unwrap_err();
    assert_eq!(lost.code, "setup.no_secretariat");

    let wrong = Secretariat::restore_keys(&dir, &backup, "not the backup phrase").unwrap_err();
    assert_eq!(wrong.code, "document.wrong_passphrase");
    let restored = Secretariat::restore_keys(&dir, &backup, BACKUP_PASSPHRASE).unwrap();
    assert_eq!(restored.files, KEY_FILES);

    let import = Secretariat::open(&dir)
        .unwrap()
        .import_package(Path::new(&sealed.path), PASSPHRASE)
        .unwrap();
    assert!(matches!(import.outcome, ImportOutcome::Imported { .. }));
}

#[test]
fn restore_never_replaces_key() {
    let network = Network::new("ARG");
    let dir = network.layout.secretariat();
    let backup = network.file("keys.sicremi-backup");
    network
        .secretariat()
        .backup_keys(BACKUP_PASSPHRASE, &test_kdf(), &backup)
        .unwrap();
    let before = std::fs::read(dir.join("encryption.key")).unwrap();

    let error = Secretariat::restore_keys(&dir, &backup, BACKUP_PASSPHRASE).unwrap_err();

    assert_eq!(error.code, "backup.target_exists");
    assert_eq!(std::fs::read(dir.join("encryption.key")).unwrap(), before);
}

#[test]
fn backup_does_not_replace_file() {
    let network = Network::new("ARG");
    let backup = network.file("keys.sicremi-backup");
    std::fs::write(&backup, b"older backup").unwrap();

    let error = network
        .secretariat()
        .backup_keys(BACKUP_PASSPHRASE, &test_kdf(), &backup)
        .unwrap_err();

    assert_eq!(error.code, "backup.file_exists");
    assert_eq!(std::fs::read(&backup).unwrap(), b"older backup");
}

#[test]
fn correspondent_replaces_lost_key() {
    let network = Network::new("ARG");
    let mut correspondent = network.correspondent();
    let first = seal_into(&mut correspondent, &network.file("outbox"));
    let mut secretariat = network.secretariat();
    secretariat
        .import_package(Path::new(&first.path), PASSPHRASE)
        .unwrap();
    let old_key = correspondent.signing_key_id().unwrap();
    let cells_before = correspondent.dataset().unwrap();
    let justifications_before = correspondent.justifications().unwrap();
    assert!(
        !justifications_before.is_empty(),
        "the test needs justifications"
    );

    // The key file is lost; a new key replaces it and is enrolled.
    std::fs::remove_file(correspondent.signing_key_path()).unwrap();
    let new_key = correspondent
        .replace_signing_key("a new passphrase", &test_kdf())
        .unwrap();
    let request = network.file("new-key.sicremi-enrollment");
    correspondent
        .export_enrollment("a new passphrase", &request)
        .unwrap();
    secretariat.revoke(&old_key).unwrap();
    secretariat
        .register_enrollment(&request, None, None)
        .unwrap();

    let reopened = network.correspondent();
    assert_ne!(new_key.key_id, old_key);
    assert_eq!(reopened.signing_key_id().unwrap(), new_key.key_id);
    assert_eq!(reopened.dataset().unwrap(), cells_before);
    assert_eq!(reopened.justifications().unwrap(), justifications_before);

    let mut reopened = reopened;
    make_sealable(&mut reopened);
    let second = reopened
        .seal("a new passphrase", Some(&network.file("outbox")))
        .unwrap();
    assert!(second.sequence > first.sequence);
    let import = secretariat
        .import_package(Path::new(&second.path), PASSPHRASE)
        .unwrap();
    assert!(matches!(import.outcome, ImportOutcome::Imported { .. }));

    // The first package is signed with the now revoked key, so sending it again is refused.
    let replay = secretariat
        .import_package(Path::new(&first.path), PASSPHRASE)
        .unwrap_err();
    assert_eq!(replay.code, "import.revoked_sender");
    assert_eq!(replay.params["key_id"], old_key);
}

#[test]
fn replaced_key_files_kept_aside() {
    let network = Network::new("ARG");
    let mut correspondent = network.correspondent();
    let old = std::fs::read(correspondent.signing_key_path()).unwrap();

    correspondent
        .replace_signing_key("a new passphrase", &test_kdf())
        .unwrap();

    let dir = network.layout.correspondent();
    let kept: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| name.starts_with("signing.key.replaced-"))
        .collect();
    assert_eq!(kept.len(), 1, "{kept:?}");
    assert_eq!(std::fs::read(dir.join(&kept[0])).unwrap(), old);
    let short = correspondent
        .replace_signing_key("short", &test_kdf())
        .unwrap_err();
    assert_eq!(short.code, "setup.passphrase_too_short");
}
