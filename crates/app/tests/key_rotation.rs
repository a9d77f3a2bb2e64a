//! Rotation of the secretariat's encryption key: packages sealed to the old key still import,
//! a new trust bundle moves correspondents to the new key, and the backup carries both keys.

mod trust_support;

use std::path::Path;

use sicremi_app::Secretariat;
use sicremi_store::ImportOutcome;
use trust_support::{seal_into, test_kdf, Network, PASSPHRASE};

fn recipient_of(package: &str) -> String {
    let bytes = std::fs::read(package).unwrap();
    let header = sicremi_package::parse_header(&bytes).unwrap();
    header.recipient_key_id.to_hex()
}

#[test]
fn rotated_key_keeps_old_packages_importable() {
    let network = Network::new("ARG");
    let mut correspondent = network.correspondent();
    let before = seal_into(&mut correspondent, &network.file("before"));
    let old_key = recipient_of(&before.path);

    let mut secretariat = network.secretariat();
    let new_key = secretariat
        .rotate_encryption_key(PASSPHRASE, &test_kdf())
        .unwrap();
    assert_ne!(new_key.key_id, old_key);
    let dir = network.layout.secretariat();
    assert!(dir.join(format!("encryption-{old_key}.key")).is_file());

    // Sealed before the rotation, and sealed after it with the old bundle: both import.
    let stale = seal_into(&mut correspondent, &network.file("stale"));
    assert_eq!(recipient_of(&stale.path), old_key);
    for package in [&before, &stale] {
        let import = secretariat
            .import_package(Path::new(&package.path), PASSPHRASE)
            .unwrap();
        assert!(
            matches!(import.outcome, ImportOutcome::Imported { .. }),
            "{:?}",
            import.outcome
        );
    }

    // A new bundle lists the new key, and the correspondent seals to it from then on.
    let bundle = network.file("keys-2.sicremi-bundle");
    secretariat
        .sign_trust_bundle(&network.demo_root(), PASSPHRASE, 365, &bundle)
        .unwrap();
    correspondent.import_trust_bundle(&bundle).unwrap();
    let after = seal_into(&mut correspondent, &network.file("after"));
    assert_eq!(recipient_of(&after.path), new_key.key_id);
    let import = secretariat
        .import_package(Path::new(&after.path), PASSPHRASE)
        .unwrap();
    assert!(matches!(import.outcome, ImportOutcome::Imported { .. }));

    // A wrong passphrase rotates nothing.
    let error = secretariat
        .rotate_encryption_key("not the passphrase", &test_kdf())
        .unwrap_err();
    assert_eq!(error.code, "key.wrong_passphrase");
    assert_eq!(
        Secretariat::open(&dir)
            .unwrap()
            .overview()
            .unwrap()
            .encryption_key
            .key_id,
        new_key.key_id
    );
}

#[test]
fn backup_carries_retired_keys() {
    let network = Network::new("ARG");
    let mut correspondent = network.correspondent();
    let before = seal_into(&mut correspondent, &network.file("before"));
    let old_key = recipient_of(&before.path);
    let dir = network.layout.secretariat();
    network
        .secretariat()
        .rotate_encryption_key(PASSPHRASE, &test_kdf())
        .unwrap();

    let backup = network.file("keys.sicremi-backup");
    let written = network
        .secretariat()
        .backup_keys("a backup passphrase", &test_kdf(), &backup)
        .unwrap();
    let retired = format!("encryption-{old_key}.key");
    assert!(written.files.contains(&retired), "{:?}", written.files);

    for name in &written.files {
        std::fs::remove_file(dir.join(name)).unwrap();
    }
    Secretariat::restore_keys(&dir, &backup, "a backup passphrase").unwrap();
    let import = Secretariat::open(&dir)
        .unwrap()
        .import_package(Path::new(&before.path), PASSPHRASE)
        .unwrap();
    assert!(matches!(import.outcome, ImportOutcome::Imported { .. }));
}
