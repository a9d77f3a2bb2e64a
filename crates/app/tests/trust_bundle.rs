//! Trust bundles: the demo root signs the secretariat's current keys. A workspace accepts a
//! bundle only under a trusted root, with a higher version and before its expiry. It then
//! seals to the bundle's encryption key and verifies packs with the bundle's signing key.

mod trust_support;

use std::path::{Path, PathBuf};

use sicremi_app::trust::root_public_path;
use sicremi_app::{Correspondent, Profile};
use sicremi_package::{
    read_key_file, BundleEncryptionKey, PublicKey, PublicKeyFile, RecipientPublicKey, SigningKey,
    TrustBundle,
};
use trust_support::{seal_into, test_kdf, Network, PASSPHRASE};

fn unix_now() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs()
}

fn demo_root_key(network: &Network) -> SigningKey {
    SigningKey::from_key_file(&read_key_file(&network.demo_root()).unwrap(), PASSPHRASE).unwrap()
}

fn secretariat_encryption_key(network: &Network) -> RecipientPublicKey {
    let bytes = network.secretariat().public_key_file().unwrap();
    match PublicKeyFile::parse(&bytes).unwrap().key {
        PublicKey::Recipient(key) => key,
        PublicKey::Signing(_) => panic!("the encryption public key file holds a signing key"),
    }
}

/// Writes a bundle signed by `root` with the given fields to a new file.
fn write_bundle(network: &Network, name: &str, bundle: &TrustBundle, root: &SigningKey) -> PathBuf {
    let path = network.file(name);
    std::fs::write(&path, bundle.sign(root).unwrap()).unwrap();
    path
}

fn signed_bundle(network: &Network, days: u32, name: &str) -> PathBuf {
    let out = network.file(name);
    network
        .secretariat()
        .sign_trust_bundle(&network.demo_root(), PASSPHRASE, days, &out)
        .unwrap();
    out
}

#[test]
fn demo_workspace_holds_bundle() {
    let network = Network::new("ARG");

    let overview = network.correspondent().overview().unwrap();

    let bundle = overview.trust_bundle.expect("the demo imports a bundle");
    assert_eq!(bundle.version, 1);
    let secretariat = network.secretariat().overview().unwrap();
    assert_eq!(
        bundle.encryption_keys[0].key.key_id,
        secretariat.encryption_key.key_id
    );
    assert_eq!(
        Some(bundle.signing_key.key_id.clone()),
        secretariat.signing_key.map(|key| key.key_id)
    );
    assert_eq!(
        overview.secretariat_key.map(|key| key.key_id),
        Some(secretariat.encryption_key.key_id)
    );
}

#[test]
fn newer_bundle_accepted_and_older_rejected() {
    let network = Network::new("ARG");
    let first = network
        .layout
        .secretariat()
        .join("bundles/SICREMI-trust-1.sicremi-trust");
    let second = signed_bundle(&network, 30, "bundle-2.sicremi-trust");
    let mut correspondent = network.correspondent();

    let imported = correspondent.import_trust_bundle(&second).unwrap();
    let again = correspondent.import_trust_bundle(&second).unwrap();
    let older = correspondent.import_trust_bundle(&first).unwrap_err();

    assert_eq!(imported.bundle.version, 2);
    assert!(!imported.already_imported);
    assert!(again.already_imported);
    assert_eq!(older.code, "store.bundle_outdated");
    assert_eq!(older.params["version"], "1");
    assert_eq!(older.params["current"], "2");
    assert_eq!(
        correspondent
            .overview()
            .unwrap()
            .trust_bundle
            .unwrap()
            .version,
        2
    );
}

#[test]
fn expired_bundle_rejected() {
    let network = Network::new("ARG");
    let issued_at = unix_now() - 10 * 86_400;
    let bundle = TrustBundle {
        version: 5,
        issued_at,
        expires_at: issued_at + 86_400,
        encryption_keys: vec![BundleEncryptionKey {
            key: secretariat_encryption_key(&network),
            not_before: issued_at,
            not_after: issued_at + 86_400,
        }],
        signing_key: SigningKey::generate().unwrap().public_key(),
    };
    let path = write_bundle(
        &network,
        "expired.sicremi-trust",
        &bundle,
        &demo_root_key(&network),
    );
    let mut correspondent = network.correspondent();

    let error = correspondent.import_trust_bundle(&path).unwrap_err();

    assert_eq!(error.code, "trust.bundle_expired");
    assert_eq!(error.params["version"], "5");
    assert_eq!(
        correspondent
            .overview()
            .unwrap()
            .trust_bundle
            .unwrap()
            .version,
        1
    );
}

#[test]
fn bundle_of_untrusted_root_rejected() {
    let network = Network::new("ARG");
    let stranger = SigningKey::generate().unwrap();
    let now = unix_now();
    let bundle = TrustBundle {
        version: 9,
        issued_at: now,
        expires_at: now + 86_400,
        encryption_keys: vec![BundleEncryptionKey {
            key: secretariat_encryption_key(&network),
            not_before: now,
            not_after: now + 86_400,
        }],
        signing_key: stranger.public_key(),
    };
    let path = write_bundle(&network, "stranger.sicremi-trust", &bundle, &stranger);

    let error = network
        .correspondent()
        .import_trust_bundle(&path)
        .unwrap_err();

    assert_eq!(error.code, "document.unknown_signer");
    assert_eq!(error.params["kind"], "trust_bundle");
}

#[test]
fn altered_bundle_rejected() {
    let network = Network::new("ARG");
    let path = signed_bundle(&network, 30, "bundle-2.sicremi-trust");
    let mut bytes = std::fs::read(&path).unwrap();
    // Byte 50 lies in the JSON body.
    bytes[50] ^= 0x01;
    std::fs::write(&path, bytes).unwrap();

    let error = network
        .correspondent()
        .import_trust_bundle(&path)
        .unwrap_err();

    assert_eq!(error.code, "document.signature");
}

#[test]
fn fresh_workspace_needs_explicit_demo_root() {
    let network = Network::new("ARG");
    let bundle = network
        .layout
        .secretariat()
        .join("bundles/SICREMI-trust-1.sicremi-trust");
    let profile = Profile {
        country: "URY".to_string(),
        name: "Luis".to_string(),
        institution: "INE".to_string(),
    };
    let mut fresh =
        Correspondent::create(&network.file("uruguay"), profile, PASSPHRASE, &test_kdf()).unwrap();

    let before = fresh.import_trust_bundle(&bundle).unwrap_err();
    let root = std::fs::read(root_public_path(&network.demo_root())).unwrap();
    fresh.trust_root(&root).unwrap();
    let after = fresh.import_trust_bundle(&bundle).unwrap();

    assert_eq!(before.code, "document.unknown_signer");
    assert_eq!(after.bundle.version, 1);
}

#[test]
fn pack_of_retired_signing_key_rejected() {
    let network = Network::new("ARG");
    let now = unix_now();
    let rotated = TrustBundle {
        version: 2,
        issued_at: now,
        expires_at: now + 30 * 86_400,
        encryption_keys: vec![BundleEncryptionKey {
            key: secretariat_encryption_key(&network),
            not_before: now - 60,
            not_after: now + 30 * 86_400,
        }],
        signing_key: SigningKey::generate().unwrap().public_key(),
    };
    let path = write_bundle(
        &network,
        "rotated.sicremi-trust",
        &rotated,
        &demo_root_key(&network),
    );
    let mut correspondent = network.correspondent();
    correspondent.import_trust_bundle(&path).unwrap();

    // The secretariat still signs with the key that bundle 2 no longer lists.
    let pack = network.file("pack-2.sicremi-pack");
    network
        .secretariat()
        .issue_pack("ARG", PASSPHRASE, &Default::default(), &pack)
        .unwrap();
    let error = correspondent.import_pack(&pack, true).unwrap_err();

    assert_eq!(error.code, "pack.unknown_signer");
}

#[test]
fn seal_needs_encryption_key_valid_now() {
    let network = Network::new("ARG");
    let now = unix_now();
    let later = TrustBundle {
        version: 2,
        issued_at: now,
        expires_at: now + 60 * 86_400,
        encryption_keys: vec![BundleEncryptionKey {
            key: secretariat_encryption_key(&network),
            not_before: now + 30 * 86_400,
            not_after: now + 60 * 86_400,
        }],
        signing_key: SigningKey::generate().unwrap().public_key(),
    };
    let path = write_bundle(
        &network,
        "later.sicremi-trust",
        &later,
        &demo_root_key(&network),
    );
    let mut correspondent = network.correspondent();
    correspondent.import_trust_bundle(&path).unwrap();
    trust_support::make_sealable(&mut correspondent);

    let error = correspondent
        .seal(PASSPHRASE, Some(&network.file("outbox")))
        .unwrap_err();

    assert_eq!(error.code, "seal.no_valid_encryption_key");
    assert_eq!(error.params["version"], "2");
    assert!(correspondent.overview().unwrap().submissions.is_empty());
}

#[test]
fn sealed_package_uses_bundle_key() {
    let network = Network::new("ARG");
    let mut correspondent = network.correspondent();

    let sealed = seal_into(&mut correspondent, &network.file("outbox"));
    let import = network
        .secretariat()
        .import_package(Path::new(&sealed.path), PASSPHRASE)
        .unwrap();

    assert_eq!(import.sequence, sealed.sequence);
}

#[test]
fn bundle_validity_bounded() {
    let network = Network::new("ARG");
    let mut secretariat = network.secretariat();

    let zero = secretariat
        .sign_trust_bundle(&network.demo_root(), PASSPHRASE, 0, &network.file("zero"))
        .unwrap_err();
    let wrong = secretariat
        .sign_trust_bundle(
            &network.demo_root(),
            "not the passphrase",
            30,
            &network.file("b"),
        )
        .unwrap_err();

    assert_eq!(zero.code, "trust.invalid_validity");
    assert_eq!(wrong.code, "key.wrong_passphrase");
    assert!(!network.file("b").exists());
}
