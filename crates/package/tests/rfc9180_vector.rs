//! Test vector of RFC 9180 Appendix A.2.1: DHKEM(X25519, HKDF-SHA256), HKDF-SHA256,
//! ChaCha20Poly1305, base mode (mode 0x00, KEM 0x0020, KDF 0x0001, AEAD 0x0003).
//!
//! The values were taken from the CFRG test-vector file test-vectors-5f503c5.json, as
//! shipped in the hpke 0.13.0 crate, entry mode 0, kem_id 32, kdf_id 1, aead_id 3, first
//! encryption.

use hpke::{Deserializable, OpModeR};
use sicremi_package::suite::{Aead, Kdf, Kem};
use sicremi_package::RecipientSecretKey;

const IKM_R: &str = "1ac01f181fdf9f352797655161c58b75c656a6cc2716dcb66372da835542e1df";
const PK_RM: &str = "4310ee97d88cc1f088a5576c77ab0cf5c3ac797f3d95139c6c84b5429c59662a";
const ENC: &str = "1afa08d3dec047a643885163f1180476fa7ddb54c6a8029ea33f95796bf2ac4a";
/// "Ode on a Grecian Urn"
const INFO: &str = "4f6465206f6e2061204772656369616e2055726e";
/// Encryption sequence number 0.
const AAD_0: &str = "436f756e742d30";
const CT_0: &str =
    "1c5250d8034ec2b784ba2cfd69dbdb8af406cfe3ff938e131f0def8c8b60b4db21993c62ce81883d2dd1b51a28";
/// "Beauty is truth, truth beauty"
const PT: &str = "4265617574792069732074727574682c20747275746820626561757479";

fn unhex(text: &str) -> Vec<u8> {
    hex::decode(text).unwrap()
}

#[test]
fn derived_recipient_key_matches_pk_rm() {
    let key = RecipientSecretKey::derive_from_ikm(&unhex(IKM_R)).unwrap();

    assert_eq!(key.public_key().as_bytes().to_vec(), unhex(PK_RM));
}

#[test]
fn first_ciphertext_opens_to_plaintext() {
    let (secret, _) = <Kem as hpke::Kem>::derive_keypair(&unhex(IKM_R));
    let enc = <Kem as hpke::Kem>::EncappedKey::from_bytes(&unhex(ENC)).unwrap();

    let plaintext = hpke::single_shot_open::<Aead, Kdf, Kem>(
        &OpModeR::Base,
        &secret,
        &enc,
        &unhex(INFO),
        &unhex(CT_0),
        &unhex(AAD_0),
    )
    .unwrap();

    assert_eq!(plaintext, unhex(PT));
}

#[test]
fn modified_vector_ciphertext_fails() {
    let (secret, _) = <Kem as hpke::Kem>::derive_keypair(&unhex(IKM_R));
    let enc = <Kem as hpke::Kem>::EncappedKey::from_bytes(&unhex(ENC)).unwrap();
    let mut ciphertext = unhex(CT_0);
    ciphertext[0] ^= 1;

    let result = hpke::single_shot_open::<Aead, Kdf, Kem>(
        &OpModeR::Base,
        &secret,
        &enc,
        &unhex(INFO),
        &ciphertext,
        &unhex(AAD_0),
    );

    assert!(result.is_err());
}
