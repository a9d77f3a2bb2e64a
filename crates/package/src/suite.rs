//! The algorithms of suite 1 and the HPKE `info` string of format version 1.
//!
//! The aliases are public so that tests can check the suite against the RFC 9180 test
//! vectors with the same types that `seal` and `open` use.

/// DHKEM(X25519, HKDF-SHA256), KEM id 0x0020.
pub type Kem = hpke::kem::X25519HkdfSha256;

/// HKDF-SHA256, KDF id 0x0001.
pub type Kdf = hpke::kdf::HkdfSha256;

/// ChaCha20-Poly1305, AEAD id 0x0003.
pub type Aead = hpke::aead::ChaCha20Poly1305;

/// HPKE `info` for every package of format version 1.
pub const HPKE_INFO: &[u8] = b"QPKG-v1";
