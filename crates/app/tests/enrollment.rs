//! Enrollment of correspondent signing keys: a signed request, the fingerprint on both
//! sides, registration with a validity period, and the import checks that follow from it
//! (revocation, validity by the secretariat's clock, country binding). Also the key file's
//! passphrase and Argon2 parameter checks.

mod trust_support;

use std::path::Path;

use sicremi_app::trust::root_public_path;
use sicremi_app::{Correspondent, Profile};
use sicremi_store::ImportOutcome;
use trust_support::{seal_into, test_kdf, Network, PASSPHRASE};

/// Creates a second correspondent in the network's folder that trusts the demo root and
/// has imported the demo trust bundle, so it can seal to the secretariat.
fn new_correspondent(network: &Network, country: &str) -> Correspondent {
    let dir = network.file(&format!("workspace-{country}"));
    let profile = Profile {
        country: country.to_string(),
        name: "Ana Pérez".to_string(),
        institution: "Oficina Nacional".to_string(),
    };
    let mut correspondent = Correspondent::create(&dir, profile, PASSPHRASE, &test_kdf()).unwrap();
    let root = std::fs::read(root_public_path(&network.demo_root())).unwrap();
    correspondent.trust_root(&root).unwrap();
    let bundle = network
        .layout
        .secretariat()
        .join("bundles/SICREMI-trust-1.sicremi-trust");
    correspondent.import_trust_bundle(&bundle).unwrap();
    correspondent
}

fn flip_byte(path: &Path, index: usize) {
    let mut bytes = std::fs::read(path).unwrap();
    bytes[index] ^= 0x01;
    std::fs::write(path, bytes).unwrap();
}

#[test]
fn enrollment_registers_key_for_country() {
    let network = Network::new("ARG");
    let mut peru = new_correspondent(&network, "PER");
    let request = network.file("peru.sicremi-enrollment");

    let exported = peru.export_enrollment(PASSPHRASE, &request).unwrap();
    let mut secretariat = network.secretariat();
    let inspected = secretariat.inspect_enrollment(&request).unwrap();
    let registered = secretariat
        .register_enrollment(&request, None, Some("2999-12-31"))
        .unwrap();

    let own_key = peru.overview().unwrap().signing_key;
    assert_eq!(exported.fingerprint, own_key.fingerprint);
    assert_eq!(inspected.fingerprint, own_key.fingerprint);
    assert_eq!(inspected.country, "PER");
    assert_eq!(inspected.name, "Ana Pérez");
    assert_eq!(registered.key_id, own_key.key_id);
    assert_eq!(registered.country, "PER");
    assert_eq!(registered.valid_to.as_deref(), Some("2999-12-31T00:00:00Z"));

    let outbox = network.file("outbox-per");
    let sealed = seal_into(&mut peru, &outbox);
    let import = secretariat
        .import_package(Path::new(&sealed.path), PASSPHRASE)
        .unwrap();
    assert!(matches!(import.outcome, ImportOutcome::Imported { .. }));
    assert_eq!(import.country, "PER");
}

#[test]
fn altered_request_rejected() {
    let network = Network::new("ARG");
    let peru = new_correspondent(&network, "PER");
    let request = network.file("peru.sicremi-enrollment");
    peru.export_enrollment(PASSPHRASE, &request).unwrap();
    // Byte 60 lies in the JSON body, inside the country or name.
    flip_byte(&request, 60);

    let error = network
        .secretariat()
        .inspect_enrollment(&request)
        .unwrap_err();

    assert!(
        error.code == "document.signature" || error.code == "document.invalid",
        "{error:?}"
    );
    assert_eq!(error.params["kind"], "enrollment");
}

#[test]
fn export_does_not_replace_file() {
    let network = Network::new("ARG");
    let peru = new_correspondent(&network, "PER");
    let request = network.file("peru.sicremi-enrollment");
    std::fs::write(&request, b"keep me").unwrap();

    let error = peru.export_enrollment(PASSPHRASE, &request).unwrap_err();

    assert_eq!(error.code, "enrollment.file_exists");
    assert_eq!(std::fs::read(&request).unwrap(), b"keep me");
}

/// Registers Peru's key with the given validity, seals a package and returns the import
/// error's code.
fn import_code_with_validity(from: Option<&str>, to: Option<&str>) -> String {
    let network = Network::new("ARG");
    let mut peru = new_correspondent(&network, "PER");
    let request = network.file("peru.sicremi-enrollment");
    peru.export_enrollment(PASSPHRASE, &request).unwrap();
    let mut secretariat = network.secretariat();
    secretariat.register_enrollment(&request, from, to).unwrap();

    let sealed = seal_into(&mut peru, &network.file("outbox-per"));
    let error = secretariat
        .import_package(Path::new(&sealed.path), PASSPHRASE)
        .unwrap_err();
    assert!(
        secretariat.overview().unwrap().submissions.is_empty(),
        "a rejected package was stored"
    );
    error.code
}

#[test]
fn expired_key_rejected() {
    let code = import_code_with_validity(Some("2020-01-01"), Some("2021-01-01"));
    assert_eq!(code, "import.key_expired");
}

#[test]
fn key_not_yet_valid_rejected() {
    let code = import_code_with_validity(Some("2999-01-01"), None);
    assert_eq!(code, "import.key_not_yet_valid");
}

#[test]
fn revoked_key_rejected() {
    let network = Network::new("ARG");
    let mut peru = new_correspondent(&network, "PER");
    let request = network.file("peru.sicremi-enrollment");
    let exported = peru.export_enrollment(PASSPHRASE, &request).unwrap();
    let mut secretariat = network.secretariat();
    secretariat
        .register_enrollment(&request, None, None)
        .unwrap();
    let revoked = secretariat.revoke(&exported.key_id).unwrap();
    assert!(revoked.revoked_at.is_some());

    let sealed = seal_into(&mut peru, &network.file("outbox-per"));
    let error = secretariat
        .import_package(Path::new(&sealed.path), PASSPHRASE)
        .unwrap_err();

    assert_eq!(error.code, "import.revoked_sender");
}

#[test]
fn key_of_other_country_rejected() {
    let network = Network::new("ARG");
    let mut peru = new_correspondent(&network, "PER");
    // The key is registered for Chile through a public key file, as a mistaken
    // registration would do; Peru's packages must not count for either country.
    let mut secretariat = network.secretariat();
    secretariat
        .register_correspondent(&peru.signing_public_key_file().unwrap(), "CHL")
        .unwrap();

    let sealed = seal_into(&mut peru, &network.file("outbox-per"));
    let error = secretariat
        .import_package(Path::new(&sealed.path), PASSPHRASE)
        .unwrap_err();

    assert_eq!(error.code, "import.wrong_country");
}

#[test]
fn reversed_validity_rejected() {
    let network = Network::new("ARG");
    let peru = new_correspondent(&network, "PER");
    let request = network.file("peru.sicremi-enrollment");
    peru.export_enrollment(PASSPHRASE, &request).unwrap();
    let mut secretariat = network.secretariat();

    let reversed = secretariat
        .register_enrollment(&request, Some("2027-01-01"), Some("2026-01-01"))
        .unwrap_err();
    let not_a_date = secretariat
        .register_enrollment(&request, Some("31/01/2027"), None)
        .unwrap_err();

    assert_eq!(reversed.code, "enrollment.invalid_validity");
    assert_eq!(not_a_date.code, "input.invalid_date");
    assert_eq!(not_a_date.params["value"], "31/01/2027");
}

#[test]
fn wrong_passphrase_rejected() {
    let network = Network::new("ARG");
    let peru = new_correspondent(&network, "PER");

    let error = peru
        .export_enrollment("not the passphrase", &network.file("request"))
        .unwrap_err();

    assert_eq!(error.code, "key.wrong_passphrase");
    assert!(!network.file("request").exists());
}

#[test]
fn absurd_argon2_memory_rejected() {
    let network = Network::new("ARG");
    let peru = new_correspondent(&network, "PER");
    let key_path = peru.signing_key_path();
    let mut key_file = std::fs::read(&key_path).unwrap();
    // m_cost sits at offset 12 of the key file (docs/package-format.md section 4).
    key_file[12..16].copy_from_slice(&u32::MAX.to_be_bytes());
    std::fs::write(&key_path, key_file).unwrap();

    let error = peru
        .export_enrollment(PASSPHRASE, &network.file("request"))
        .unwrap_err();

    assert_eq!(error.code, "key.kdf_param_out_of_range");
    assert_eq!(error.params["param"], "m_cost");
    assert_eq!(error.params["value"], u32::MAX.to_string());
}
