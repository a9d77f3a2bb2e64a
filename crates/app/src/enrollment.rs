//! Enrollment of correspondent signing keys: the correspondent exports a request signed by
//! its key, both sides read the key's fingerprint aloud over the telephone, and the
//! secretariat registers the key for the request's country with a validity period. A
//! correspondent who loses its key makes a new one and enrolls again.

use std::path::Path;

use serde::Serialize;
use time::format_description::well_known::Rfc3339;
use time::OffsetDateTime;

use sicremi_package::{
    read_document_file, CountryCode, DocumentKind, EnrollmentRequest, KdfParams, PublicKey,
    PublicKeyFile, SigningKey,
};
use sicremi_store::{NewSigningKey, RegisteredKey};

use crate::correspondent::{check_country, check_passphrase, Correspondent};
use crate::error::{io_error, AppError, AppResult};
use crate::files::{now_rfc3339, unix_now, write_atomically};
use crate::secretariat::{registered_view, RegisteredKeyView, Secretariat};
use crate::views::KeyView;

/// An enrollment request as shown to both sides before registration.
#[derive(Debug, Clone, Serialize)]
pub struct EnrollmentView {
    pub country: String,
    pub name: String,
    pub institution: String,
    pub key_id: String,
    /// Six groups of five digits, to read aloud over the telephone.
    pub fingerprint: String,
    /// RFC 3339 UTC time from the correspondent's clock, informational only.
    pub created_at: String,
    /// Path of the written request, on export.
    pub path: Option<String>,
}

impl EnrollmentView {
    fn of(request: &EnrollmentRequest, path: Option<&Path>) -> EnrollmentView {
        EnrollmentView {
            country: request.country.to_string(),
            name: request.name.clone(),
            institution: request.institution.clone(),
            key_id: request.public_key.key_id().to_hex(),
            fingerprint: request.public_key.fingerprint().to_string(),
            created_at: rfc3339_of_unix(request.created_at),
            path: path.map(|p| p.display().to_string()),
        }
    }
}

impl Correspondent {
    /// Writes an enrollment request for the workspace's signing key to `out`, signed with
    /// that key. An existing file is not replaced.
    pub fn export_enrollment(&self, passphrase: &str, out: &Path) -> AppResult<EnrollmentView> {
        if out.exists() {
            return Err(AppError::new(
                "enrollment.file_exists",
                format!(
                    "{} already exists and is not replaced; choose another file name",
                    out.display()
                ),
            )
            .with("path", out.display()));
        }
        let key = self.unlock_signing_key(passphrase)?;
        let request = EnrollmentRequest {
            country: CountryCode::new(&self.profile.country)?,
            name: self.profile.name.clone(),
            institution: self.profile.institution.clone(),
            public_key: key.public_key(),
            created_at: unix_now(),
        };
        let bytes = request.sign(&key)?;
        drop(key);
        write_atomically(out, &bytes)?;
        tracing::info!(key_id = %request.public_key.key_id(), path = %out.display(), "enrollment request written");
        Ok(EnrollmentView::of(&request, Some(out)))
    }

    /// Replaces a lost or compromised signing key with a new one under `passphrase`, keeping
    /// every cell, answer, justification and the sequence counter of the workspace.
    ///
    /// The old key file and public key file, when they still exist, are renamed with the
    /// suffix `.replaced-<unix time>` and never deleted. The new key must be enrolled and
    /// registered before the secretariat accepts packages signed with it; the secretariat
    /// should revoke the old key.
    pub fn replace_signing_key(&mut self, passphrase: &str, kdf: &KdfParams) -> AppResult<KeyView> {
        check_passphrase(passphrase)?;
        let suffix = format!("replaced-{}", unix_now());
        for path in [self.signing_key_path(), self.signing_public_key_path()] {
            if path.exists() {
                let mut renamed = path.clone().into_os_string();
                renamed.push(format!(".{suffix}"));
                std::fs::rename(&path, &renamed).map_err(|e| io_error(&path, e))?;
            }
        }

        let key = SigningKey::generate()?;
        sicremi_package::write_new_key_file(
            &self.signing_key_path(),
            &key.to_key_file(passphrase, kdf)?,
        )?;
        let label = format!(
            "{} ({}, {})",
            self.profile.name, self.profile.institution, self.profile.country
        );
        let public = PublicKeyFile::new(PublicKey::Signing(key.public_key()), Some(label))?;
        write_atomically(&self.signing_public_key_path(), public.to_json().as_bytes())?;
        tracing::info!(key_id = %key.key_id(), "signing key replaced");
        Ok(KeyView::of(&public.key, public.label()))
    }
}

impl Secretariat {
    /// Verifies an enrollment request file and returns its content, so the fingerprint can be
    /// compared over the telephone before registering. Changes nothing.
    pub fn inspect_enrollment(&self, path: &Path) -> AppResult<EnrollmentView> {
        let request = read_request(path)?;
        Ok(EnrollmentView::of(&request, Some(path)))
    }

    /// Registers the key of a verified enrollment request for the request's country, valid
    /// from `valid_from` (now when `None`) until `valid_to` (open-ended when `None`). Both
    /// dates take `YYYY-MM-DD` (midnight UTC) or RFC 3339.
    ///
    /// Imports reject a package whose key is outside this period by the secretariat's clock,
    /// whatever date the package claims.
    pub fn register_enrollment(
        &mut self,
        path: &Path,
        valid_from: Option<&str>,
        valid_to: Option<&str>,
    ) -> AppResult<RegisteredKeyView> {
        let request = read_request(path)?;
        let country = check_country(request.country.as_str())?;
        let from = match valid_from {
            Some(text) => parse_time(text)?,
            None => OffsetDateTime::now_utc(),
        };
        let to = valid_to.map(parse_time).transpose()?;
        if let Some(to) = to.filter(|to| *to <= from) {
            return Err(AppError::new(
                "enrollment.invalid_validity",
                format!(
                    "the validity period ends at {} before it starts at {}; give an end date after the start date",
                    format_time(to),
                    format_time(from)
                ),
            )
            .with("from", format_time(from))
            .with("to", format_time(to)));
        }

        let key_id = request.public_key.key_id().to_hex();
        let registered = self.store.register_key(&NewSigningKey {
            key_id: key_id.clone(),
            public_key: request.public_key.as_bytes().to_vec(),
            country: country.clone(),
            label: format!("{} ({})", request.name, request.institution),
            valid_from: format_time(from),
            valid_to: to.map(format_time),
        })?;
        tracing::info!(key_id = %key_id, country = %country, "enrollment registered");
        Ok(registered_view(&registered))
    }
}

fn read_request(path: &Path) -> AppResult<EnrollmentRequest> {
    let bytes = read_document_file(DocumentKind::Enrollment, path)?;
    Ok(EnrollmentRequest::open(&bytes)?)
}

/// Rejects a registered key outside its validity period by this machine's clock.
pub(crate) fn check_validity(registered: &RegisteredKey, path: &Path) -> AppResult<()> {
    let now = OffsetDateTime::now_utc();
    let stored = |text: &str| {
        OffsetDateTime::parse(text, &Rfc3339).map_err(|error| {
            AppError::new(
                "store.corrupt",
                format!("the validity period {text:?} of key {} cannot be read ({error}); restore the consolidated store from a backup", registered.key_id),
            )
            .with("path", path.display())
        })
    };
    let from = stored(&registered.valid_from)?;
    if now < from {
        return Err(AppError::new(
            "import.key_not_yet_valid",
            format!(
                "{} is signed by key {}, which is valid only from {}; the package is refused whatever date it claims",
                path.display(),
                registered.key_id,
                registered.valid_from
            ),
        )
        .with("key_id", &registered.key_id)
        .with("date", &registered.valid_from));
    }
    if let Some(valid_to) = &registered.valid_to {
        if now >= stored(valid_to)? {
            return Err(AppError::new(
                "import.key_expired",
                format!(
                    "{} is signed by key {}, whose validity ended at {valid_to}; the package is refused whatever date it claims. Ask the correspondent to enroll a new key",
                    path.display(),
                    registered.key_id
                ),
            )
            .with("key_id", &registered.key_id)
            .with("date", valid_to));
        }
    }
    Ok(())
}

/// Parses `YYYY-MM-DD` (midnight UTC) or an RFC 3339 time.
pub fn parse_time(text: &str) -> AppResult<OffsetDateTime> {
    let text = text.trim();
    if let Ok(time) = OffsetDateTime::parse(text, &Rfc3339) {
        return Ok(time);
    }
    OffsetDateTime::parse(&format!("{text}T00:00:00Z"), &Rfc3339).map_err(|_| {
        AppError::new(
            "input.invalid_date",
            format!("{text:?} is not a date; write YYYY-MM-DD, such as 2027-01-31"),
        )
        .with("value", text)
    })
}

/// Formats a time as RFC 3339 UTC in whole seconds, the form the stores keep.
pub(crate) fn format_time(time: OffsetDateTime) -> String {
    time.to_offset(time::UtcOffset::UTC)
        .replace_nanosecond(0)
        .ok()
        .and_then(|t| t.format(&Rfc3339).ok())
        .unwrap_or_else(now_rfc3339)
}

/// Formats Unix seconds as RFC 3339 UTC.
pub(crate) fn rfc3339_of_unix(seconds: u64) -> String {
    i64::try_from(seconds)
        .ok()
        .and_then(|s| OffsetDateTime::from_unix_timestamp(s).ok())
        .and_then(|t| t.format(&Rfc3339).ok())
        .unwrap_or_else(|| seconds.to_string())
}
