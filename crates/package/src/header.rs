//! The 128-byte package header: encoding and strict parsing.

use std::fmt;
use std::str::FromStr;

use crate::error::PackageError;
use crate::keys::KeyId;

/// First 8 bytes of every package: `QPKG\r\n\x1a\n`.
pub const MAGIC: [u8; 8] = *b"QPKG\r\n\x1a\n";
/// The only supported format version.
pub const FORMAT_VERSION: u16 = 1;
/// The only supported algorithm suite (docs/package-format.md section 1).
pub const SUITE_ID: u16 = 1;
/// Length of the header.
pub const HEADER_LEN: usize = 128;
/// Length of the HPKE encapsulated key that follows the header.
pub const ENC_LEN: usize = 32;
/// Length of the Poly1305 tag at the end of the ciphertext.
pub const TAG_LEN: usize = 16;
/// Bytes in a package besides the payload: header, enc, signature and tag.
pub const PACKAGE_OVERHEAD: u64 =
    (HEADER_LEN + ENC_LEN + crate::keys::SIGNATURE_LEN + TAG_LEN) as u64;
/// Largest payload a package may carry: 16 MiB.
pub const MAX_PAYLOAD_LEN: u64 = 16 * 1024 * 1024;
/// Largest valid package file.
pub const MAX_PACKAGE_LEN: u64 = PACKAGE_OVERHEAD + MAX_PAYLOAD_LEN;

/// An ISO 3166-1 alpha-3 country code. Only the form is checked (three bytes `A`–`Z`),
/// not membership in the ISO list.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct CountryCode([u8; 3]);

impl CountryCode {
    /// Parses a code such as `"MEX"`.
    pub fn new(value: &str) -> Result<Self, PackageError> {
        let invalid = || PackageError::InvalidCountryCode {
            value: value.to_owned(),
        };
        let bytes: [u8; 3] = value.as_bytes().try_into().map_err(|_| invalid())?;
        if !bytes.iter().all(u8::is_ascii_uppercase) {
            return Err(invalid());
        }
        Ok(CountryCode(bytes))
    }

    /// Returns the code as text.
    pub fn as_str(&self) -> &str {
        // Construction admits only ASCII capital letters.
        std::str::from_utf8(&self.0).expect("country code is ASCII")
    }

    /// Returns the three ASCII bytes.
    pub fn as_bytes(&self) -> &[u8; 3] {
        &self.0
    }
}

impl FromStr for CountryCode {
    type Err = PackageError;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        CountryCode::new(value)
    }
}

impl fmt::Display for CountryCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl fmt::Debug for CountryCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "CountryCode({})", self.as_str())
    }
}

/// Encoding of the payload.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PayloadType {
    /// Canonical JSON in UTF-8 (wire value 1).
    CanonicalJson,
}

impl PayloadType {
    /// Returns the header byte.
    pub fn to_byte(self) -> u8 {
        match self {
            PayloadType::CanonicalJson => 1,
        }
    }

    /// Parses the header byte.
    pub fn from_byte(value: u8) -> Option<Self> {
        match value {
            1 => Some(PayloadType::CanonicalJson),
            _ => None,
        }
    }
}

/// Header fields that the sender chooses. The key ids and the payload length come from
/// the keys and the payload at sealing time.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HeaderMeta {
    pub country: CountryCode,
    pub payload_type: PayloadType,
    /// Reporting year, for example 2026.
    pub reporting_cycle: u32,
    pub questionnaire_version: u32,
    /// First 16 bytes of SHA-256 of the questionnaire definition.
    pub schema_hash: [u8; 16],
    /// Sender's counter, for replay detection by the receiving application.
    pub sequence: u64,
    /// Unix time in seconds. The sender's clock sets it, so it is informational only.
    pub created_at: u64,
    /// Random id of this package; see [`crate::random_package_id`].
    pub package_id: [u8; 16],
}

/// A parsed, validated package header.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Header {
    pub recipient_key_id: KeyId,
    pub sender_key_id: KeyId,
    pub meta: HeaderMeta,
    /// Payload length N. The package is `PACKAGE_OVERHEAD + N` bytes long.
    pub payload_len: u64,
}

impl Header {
    /// Encodes the header as laid out in docs/package-format.md section 3.
    pub fn to_bytes(&self) -> [u8; HEADER_LEN] {
        let meta = &self.meta;
        let mut out = [0u8; HEADER_LEN];
        out[0..8].copy_from_slice(&MAGIC);
        out[8..10].copy_from_slice(&FORMAT_VERSION.to_be_bytes());
        out[10..12].copy_from_slice(&SUITE_ID.to_be_bytes());
        out[12..16].copy_from_slice(&(HEADER_LEN as u32).to_be_bytes());
        out[16..32].copy_from_slice(&self.recipient_key_id.0);
        out[32..48].copy_from_slice(&self.sender_key_id.0);
        out[48..51].copy_from_slice(meta.country.as_bytes());
        out[51] = meta.payload_type.to_byte();
        out[52..56].copy_from_slice(&meta.reporting_cycle.to_be_bytes());
        out[56..60].copy_from_slice(&meta.questionnaire_version.to_be_bytes());
        out[60..76].copy_from_slice(&meta.schema_hash);
        out[76..84].copy_from_slice(&meta.sequence.to_be_bytes());
        out[84..92].copy_from_slice(&meta.created_at.to_be_bytes());
        out[92..108].copy_from_slice(&meta.package_id);
        out[108..116].copy_from_slice(&self.payload_len.to_be_bytes());
        // Bytes 116..128 are reserved and stay zero.
        out
    }

    /// Returns the exact length of the package this header describes.
    pub fn package_len(&self) -> u64 {
        PACKAGE_OVERHEAD + self.payload_len
    }
}

fn read_array<const N: usize>(bytes: &[u8], offset: usize) -> [u8; N] {
    let mut out = [0u8; N];
    out.copy_from_slice(&bytes[offset..offset + N]);
    out
}

fn read_u16(bytes: &[u8], offset: usize) -> u16 {
    u16::from_be_bytes(read_array(bytes, offset))
}

fn read_u32(bytes: &[u8], offset: usize) -> u32 {
    u32::from_be_bytes(read_array(bytes, offset))
}

fn read_u64(bytes: &[u8], offset: usize) -> u64 {
    u64::from_be_bytes(read_array(bytes, offset))
}

/// Parses and validates the header of a complete package file held in `bytes`.
///
/// The checks follow docs/package-format.md section 3.2, steps 2 to 11, in this order:
///
/// - "The available bytes, up to 8, MUST equal the start of the magic."
/// - "The file MUST be at least 240 bytes long (the size with N = 0)."
/// - "format_version MUST be 1." / "suite_id MUST be 1." / "header_len MUST be 128."
/// - "The 12 reserved bytes MUST be zero."
/// - "Each country byte MUST be in `A`–`Z` (0x41–0x5A)."
/// - "payload_type MUST be 1."
/// - "payload_len MUST be at most 16 777 216."
/// - "The file length MUST equal 240 + payload_len."
///
/// "A reader MUST NOT allocate memory sized by a value in the file before all of them
/// pass": this function allocates nothing, on success or on error.
pub fn parse_header(bytes: &[u8]) -> Result<Header, PackageError> {
    let len = bytes.len() as u64;

    let magic_prefix = bytes.len().min(MAGIC.len());
    if bytes[..magic_prefix] != MAGIC[..magic_prefix] {
        return Err(PackageError::BadMagic);
    }
    if len < PACKAGE_OVERHEAD {
        return Err(PackageError::Truncated {
            len,
            expected: PACKAGE_OVERHEAD,
        });
    }

    let version = read_u16(bytes, 8);
    if version != FORMAT_VERSION {
        return Err(PackageError::UnsupportedVersion { version });
    }
    let suite = read_u16(bytes, 10);
    if suite != SUITE_ID {
        return Err(PackageError::UnsupportedSuite { suite });
    }
    let header_len = read_u32(bytes, 12);
    if header_len != HEADER_LEN as u32 {
        return Err(PackageError::BadHeaderLength { header_len });
    }
    if bytes[116..128].iter().any(|&b| b != 0) {
        return Err(PackageError::ReservedNotZero);
    }

    let country_bytes: [u8; 3] = read_array(bytes, 48);
    if !country_bytes.iter().all(u8::is_ascii_uppercase) {
        return Err(PackageError::InvalidHeaderCountry {
            bytes: country_bytes,
        });
    }
    let payload_type_byte = bytes[51];
    let payload_type =
        PayloadType::from_byte(payload_type_byte).ok_or(PackageError::UnknownPayloadType {
            value: payload_type_byte,
        })?;

    let payload_len = read_u64(bytes, 108);
    if payload_len > MAX_PAYLOAD_LEN {
        return Err(PackageError::PayloadTooLarge {
            len: payload_len,
            max: MAX_PAYLOAD_LEN,
        });
    }
    let expected = PACKAGE_OVERHEAD + payload_len;
    if len < expected {
        return Err(PackageError::Truncated { len, expected });
    }
    if len > expected {
        return Err(PackageError::TrailingData {
            extra: len - expected,
            expected,
        });
    }

    Ok(Header {
        recipient_key_id: KeyId(read_array(bytes, 16)),
        sender_key_id: KeyId(read_array(bytes, 32)),
        meta: HeaderMeta {
            country: CountryCode(country_bytes),
            payload_type,
            reporting_cycle: read_u32(bytes, 52),
            questionnaire_version: read_u32(bytes, 56),
            schema_hash: read_array(bytes, 60),
            sequence: read_u64(bytes, 76),
            created_at: read_u64(bytes, 84),
            package_id: read_array(bytes, 92),
        },
        payload_len,
    })
}
