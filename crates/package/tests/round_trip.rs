mod common;

use common::*;
use sicremi_package::{
    open, parse_header, random_package_id, read_package_file, seal, MAX_PACKAGE_LEN,
    MAX_PAYLOAD_LEN, PACKAGE_OVERHEAD,
};

#[test]
fn seal_then_open_returns_payload() {
    let recipient = recipient();
    let signer = new_signer();
    let meta = meta();

    let package = seal(SMALL_PAYLOAD, &meta, &signer.key, recipient.public_key()).unwrap();
    let opened = open(&package, &recipient, &registry(&[signer.key.public_key()])).unwrap();

    assert_eq!(opened.payload, SMALL_PAYLOAD);
    assert_eq!(opened.header.meta, meta);
    assert_eq!(opened.header.payload_len, SMALL_PAYLOAD.len() as u64);
    assert_eq!(opened.header.recipient_key_id, recipient.key_id());
    assert_eq!(opened.header.sender_key_id, signer.key.key_id());
    assert_eq!(opened.sender, signer.key.public_key());
}

#[test]
fn sealed_header_matches_spec_table() {
    let recipient = recipient();
    let signer = new_signer();

    let package = seal(SMALL_PAYLOAD, &meta(), &signer.key, recipient.public_key()).unwrap();

    assert_eq!(package.len() as u64, 240 + SMALL_PAYLOAD.len() as u64);
    let expected = header_by_hand(
        &recipient.key_id(),
        &signer.key.key_id(),
        SMALL_PAYLOAD.len() as u64,
    );
    assert_eq!(&package[..128], &expected[..]);
}

#[test]
fn signature_covers_spec_message() {
    let recipient = recipient();
    let signer = new_signer();
    let package = seal(SMALL_PAYLOAD, &meta(), &signer.key, recipient.public_key()).unwrap();

    let opened = open(&package, &recipient, &registry(&[signer.key.public_key()])).unwrap();

    let message = signing_message(&package[..128], &package[128..160], SMALL_PAYLOAD);
    let public = ring::signature::UnparsedPublicKey::new(
        &ring::signature::ED25519,
        signer.key.public_key().as_bytes().to_vec(),
    );
    assert!(public.verify(&message, &opened.signature).is_ok());
}

#[test]
fn hand_built_package_opens() {
    let recipient = recipient();
    let (_, hpke_public) = hpke_recipient(&RECIPIENT_IKM);
    let signer = new_signer();
    let header = header_by_hand(
        &recipient.key_id(),
        &signer.key.key_id(),
        SMALL_PAYLOAD.len() as u64,
    );

    let package = seal_by_hand(&header, SMALL_PAYLOAD, &signer.ring_pair, &hpke_public);
    let opened = open(&package, &recipient, &registry(&[signer.key.public_key()])).unwrap();

    assert_eq!(opened.payload, SMALL_PAYLOAD);
    assert_eq!(opened.header.meta, meta());
}

#[test]
fn empty_payload_round_trips() {
    let recipient = recipient();
    let signer = new_signer();

    let package = seal(b"", &meta(), &signer.key, recipient.public_key()).unwrap();
    assert_eq!(package.len() as u64, PACKAGE_OVERHEAD);
    let opened = open(&package, &recipient, &registry(&[signer.key.public_key()])).unwrap();

    assert!(opened.payload.is_empty());
}

#[test]
fn maximum_payload_round_trips() {
    let recipient = recipient();
    let signer = new_signer();
    let payload: Vec<u8> = (0..MAX_PAYLOAD_LEN).map(|i| (i % 251) as u8).collect();

    let package = seal(&payload, &meta(), &signer.key, recipient.public_key()).unwrap();
    assert_eq!(package.len() as u64, MAX_PACKAGE_LEN);
    let opened = open(&package, &recipient, &registry(&[signer.key.public_key()])).unwrap();

    assert_eq!(opened.payload, payload);
}

#[test]
fn seal_rejects_oversized_payload() {
    let recipient = recipient();
    let signer = new_signer();
    let payload = vec![b' '; MAX_PAYLOAD_LEN as usize + 1];

    let error = seal(&payload, &meta(), &signer.key, recipient.public_key()).unwrap_err();

    assert_eq!(error.code(), "package.payload_too_large");
}

#[test]
fn parse_header_reads_all_fields() {
    let recipient = recipient();
    let signer = new_signer();
    let package = seal(SMALL_PAYLOAD, &meta(), &signer.key, recipient.public_key()).unwrap();

    let header = parse_header(&package).unwrap();

    assert_eq!(header.meta, meta());
    assert_eq!(header.recipient_key_id, recipient.key_id());
    assert_eq!(header.sender_key_id, signer.key.key_id());
    assert_eq!(header.payload_len, SMALL_PAYLOAD.len() as u64);
    assert_eq!(header.to_bytes()[..], package[..128]);
}

#[test]
fn package_file_round_trips() {
    let recipient = recipient();
    let signer = new_signer();
    let package = seal(SMALL_PAYLOAD, &meta(), &signer.key, recipient.public_key()).unwrap();
    let directory = tempfile::tempdir().unwrap();
    let path = directory.path().join("MEX-2026.qpkg");
    std::fs::write(&path, &package).unwrap();

    let bytes = read_package_file(&path).unwrap();
    let opened = open(&bytes, &recipient, &registry(&[signer.key.public_key()])).unwrap();

    assert_eq!(opened.payload, SMALL_PAYLOAD);
}

#[test]
fn package_file_too_large_rejected_unread() {
    let directory = tempfile::tempdir().unwrap();
    let path = directory.path().join("huge.qpkg");
    // A sparse file: its length is set without writing or allocating its contents.
    let file = std::fs::File::create(&path).unwrap();
    file.set_len(MAX_PACKAGE_LEN + 1).unwrap();

    let error = read_package_file(&path).unwrap_err();

    assert_eq!(error.code(), "package.too_large");
}

#[test]
fn missing_package_file_is_io_error() {
    let directory = tempfile::tempdir().unwrap();

    let error = read_package_file(&directory.path().join("absent.qpkg")).unwrap_err();

    assert_eq!(error.code(), "package.io");
}

#[test]
fn package_ids_are_random() {
    assert_ne!(random_package_id().unwrap(), random_package_id().unwrap());
}

#[test]
fn country_code_form_checked() {
    use sicremi_package::CountryCode;

    assert_eq!(CountryCode::new("BRA").unwrap().as_str(), "BRA");
    for bad in ["", "MX", "MEXI", "mex", "ME1", "MÉX"] {
        let error = CountryCode::new(bad).unwrap_err();
        assert_eq!(error.code(), "package.invalid_country_code", "{bad:?}");
    }
}
