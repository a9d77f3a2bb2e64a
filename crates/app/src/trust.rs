//! The offline root key and trust bundles.
//!
//! The secretariat keeps a root key offline, used only to sign trust bundles: the list of
//! its current encryption keys, each with a validity period, and of its signing key for
//! questionnaire packs and receipts. The root's public key is compiled into the application
//! ([`DEPLOYMENT_ROOT_PUBLIC_KEY`]), so a correspondent needs no telephone check to accept a
//! bundle. A workspace may trust further roots explicitly, as the demo network does with its
//! own demo root.
//!
//! A workspace accepts a bundle only if it verifies under a trusted root, its version is
//! above the stored one and it has not expired by the workspace's clock. Once a workspace
//! has a bundle, sealing uses the bundle's encryption key valid now, and packs and
//! receipts must verify under the bundle's signing key. Keys trusted earlier from public key
//! files or from packs are then ignored. Workspaces without a bundle keep trusting those
//! keys, so existing workspaces keep working until their first bundle.

use std::path::{Path, PathBuf};

use serde::Serialize;

use sicremi_package::{
    read_document_file, BundleEncryptionKey, DocumentKind, KdfParams, KeyId, PublicKey,
    PublicKeyFile, SigningKey, SigningPublicKey, TrustBundle,
};
use sicremi_store::{BundleImport, NewTrustBundle};

use crate::correspondent::{check_passphrase, Correspondent};
use crate::enrollment::rfc3339_of_unix;
use crate::error::{AppError, AppResult};
use crate::files::{sha256_hex, unix_now, write_atomically};
use crate::pack::new_secretariat_key;
use crate::secretariat::Secretariat;
use crate::views::KeyView;

/// Public Ed25519 key of the SICREMI secretariat's root for the real deployment, as 64
/// hexadecimal digits. The secretariat keeps the private key offline, and it is not in this
/// repository. Its fingerprint is [`DEPLOYMENT_ROOT_FINGERPRINT`].
pub const DEPLOYMENT_ROOT_PUBLIC_KEY: &str =
    "c5ba97bd8a5244964adea062f1164cf92b8318f1c47166e7d0d800e5468fe839";

/// Fingerprint of [`DEPLOYMENT_ROOT_PUBLIC_KEY`], as printed by `sicremi show-root`. Its key
/// id is `a0c1ab86f64a1082991c9ef3a1fdbed6`.
pub const DEPLOYMENT_ROOT_FINGERPRINT: &str = "31045 61771 66579 92082 17540 25147";

/// Largest validity of a trust bundle, in days. A bundle must be replaced at least this
/// often, so a retired key stops being trusted within that time.
pub const MAX_BUNDLE_DAYS: u32 = 3 * 366;

/// How far before its issue time a bundle's encryption key becomes valid, so that a
/// correspondent whose clock runs up to a day behind can seal right away.
const CLOCK_SKEW_SECONDS: u64 = 86_400;

/// Returns the compiled-in root key of the real deployment.
pub fn deployment_root() -> SigningPublicKey {
    let mut bytes = [0u8; 32];
    hex_decode(DEPLOYMENT_ROOT_PUBLIC_KEY, &mut bytes);
    SigningPublicKey::from_bytes(&bytes).expect("32 bytes")
}

fn hex_decode(text: &str, out: &mut [u8; 32]) {
    for (index, byte) in out.iter_mut().enumerate() {
        *byte = u8::from_str_radix(&text[2 * index..2 * index + 2], 16)
            .expect("the constant is hexadecimal");
    }
}

/// A trust bundle as shown to users.
#[derive(Debug, Clone, Serialize)]
pub struct BundleView {
    pub version: u64,
    /// RFC 3339 UTC time of signing.
    pub issued_at: String,
    /// RFC 3339 UTC time after which the bundle is no longer accepted.
    pub expires_at: String,
    pub root: KeyView,
    pub encryption_keys: Vec<BundleKeyView>,
    pub signing_key: KeyView,
}

/// An encryption key of a bundle with its validity period.
#[derive(Debug, Clone, Serialize)]
pub struct BundleKeyView {
    pub key: KeyView,
    pub not_before: String,
    pub not_after: String,
}

/// Result of importing a trust bundle.
#[derive(Debug, Serialize)]
pub struct BundleOutcome {
    pub bundle: BundleView,
    /// True when the same bundle file was imported before.
    pub already_imported: bool,
}

/// Result of signing a trust bundle.
#[derive(Debug, Serialize)]
pub struct BundleIssue {
    pub path: String,
    pub sha256: String,
    pub bundle: BundleView,
}

fn bundle_view(bundle: &TrustBundle, root: &SigningPublicKey) -> BundleView {
    BundleView {
        version: bundle.version,
        issued_at: rfc3339_of_unix(bundle.issued_at),
        expires_at: rfc3339_of_unix(bundle.expires_at),
        root: KeyView::of(&PublicKey::Signing(*root), Some("root")),
        encryption_keys: bundle
            .encryption_keys
            .iter()
            .map(|entry| BundleKeyView {
                key: KeyView::of(&PublicKey::Recipient(entry.key.clone()), None),
                not_before: rfc3339_of_unix(entry.not_before),
                not_after: rfc3339_of_unix(entry.not_after),
            })
            .collect(),
        signing_key: KeyView::of(&PublicKey::Signing(bundle.signing_key), None),
    }
}

/// Creates a root key file at `out` under `passphrase`, and its public key file next to it
/// (the same name with `.pub.json` in place of the extension). Neither file may exist.
///
/// Keep the key file offline, because the root signs trust bundles and anyone with the key
/// file and its passphrase can make every correspondent trust keys of their choosing.
pub fn create_root_key(out: &Path, passphrase: &str, kdf: &KdfParams) -> AppResult<KeyView> {
    check_passphrase(passphrase)?;
    let public_path = root_public_path(out);
    if public_path.exists() {
        return Err(AppError::new(
            "trust.file_exists",
            format!(
                "{} already exists and is not replaced; choose another file name",
                public_path.display()
            ),
        )
        .with("path", public_path.display()));
    }
    let key = SigningKey::generate()?;
    sicremi_package::write_new_key_file(out, &key.to_key_file(passphrase, kdf)?)?;
    let public = PublicKeyFile::new(
        PublicKey::Signing(key.public_key()),
        Some("SICREMI root".to_string()),
    )?;
    write_atomically(&public_path, public.to_json().as_bytes())?;
    tracing::info!(key_id = %key.key_id(), "root key created");
    Ok(KeyView::of(&public.key, public.label()))
}

/// Returns the path of the public key file that [`create_root_key`] writes next to `key`.
pub fn root_public_path(key: &Path) -> PathBuf {
    key.with_extension("pub.json")
}

impl Secretariat {
    /// Signs a trust bundle with the root key file `root_key` and writes it to `out`: the
    /// secretariat's encryption key and pack and receipt signing key, valid for `valid_days`
    /// days from now. The bundle takes the next version recorded in the consolidated store.
    pub fn sign_trust_bundle(
        &mut self,
        root_key: &Path,
        root_passphrase: &str,
        valid_days: u32,
        out: &Path,
    ) -> AppResult<BundleIssue> {
        if valid_days == 0 || valid_days > MAX_BUNDLE_DAYS {
            return Err(AppError::new(
                "trust.invalid_validity",
                format!("a trust bundle must be valid for 1 to {MAX_BUNDLE_DAYS} days, not {valid_days}"),
            )
            .with("days", valid_days)
            .with("max", MAX_BUNDLE_DAYS));
        }
        if out.exists() {
            return Err(AppError::new(
                "trust.file_exists",
                format!(
                    "{} already exists and is not replaced; choose another file name",
                    out.display()
                ),
            )
            .with("path", out.display()));
        }
        let root =
            SigningKey::from_key_file(&sicremi_package::read_key_file(root_key)?, root_passphrase)?;

        let encryption = match PublicKeyFile::parse(&self.public_key_file()?)?.key {
            PublicKey::Recipient(key) => key,
            PublicKey::Signing(_) => {
                return Err(AppError::new(
                    "trust.not_an_encryption_key",
                    "the secretariat's encryption public key file holds a signing key; restore the secretariat folder from a backup",
                ))
            }
        };
        let signing = match PublicKeyFile::parse(&self.signing_public_key_file()?)?.key {
            PublicKey::Signing(key) => key,
            PublicKey::Recipient(_) => {
                return Err(AppError::new(
                    "trust.not_a_signing_key",
                    "the secretariat's signing public key file holds an encryption key; restore the secretariat folder from a backup",
                ))
            }
        };

        let issued_at = unix_now();
        let expires_at = issued_at + u64::from(valid_days) * 86_400;
        let bundle = TrustBundle {
            version: self.store.next_bundle_version()?,
            issued_at,
            expires_at,
            encryption_keys: vec![BundleEncryptionKey {
                key: encryption,
                not_before: issued_at.saturating_sub(CLOCK_SKEW_SECONDS),
                not_after: expires_at,
            }],
            signing_key: signing,
        };
        let bytes = bundle.sign(&root)?;
        let sha256 = sha256_hex(&bytes);
        self.store
            .record_bundle(bundle.version, &sha256, bundle.expires_at)?;
        write_atomically(out, &bytes)?;
        tracing::info!(version = bundle.version, root = %root.key_id(), "trust bundle signed");
        Ok(BundleIssue {
            path: out.display().to_string(),
            sha256,
            bundle: bundle_view(&bundle, &root.public_key()),
        })
    }
}

impl Correspondent {
    /// Trusts a root key for trust bundles from a public key file, after its fingerprint was
    /// compared over the telephone. The demo network's root is trusted this way; the real
    /// deployment's root is compiled in and needs no file.
    pub fn trust_root(&mut self, public_key_file: &[u8]) -> AppResult<KeyView> {
        let file = PublicKeyFile::parse(public_key_file)?;
        let PublicKey::Signing(key) = &file.key else {
            return Err(AppError::new(
                "trust.not_a_signing_key",
                "the file holds an encryption key, not a root key; ask the secretariat for its root public key file",
            ));
        };
        self.store
            .trust_root(&key.key_id().to_hex(), &file.to_json())?;
        Ok(KeyView::of(&file.key, file.label()))
    }

    /// Returns the roots that trust bundles may be signed with: the compiled-in root and
    /// the ones trusted with [`Correspondent::trust_root`].
    pub fn trusted_roots(&self) -> AppResult<Vec<SigningPublicKey>> {
        let mut roots = vec![deployment_root()];
        for text in self.store.trusted_roots()? {
            if let PublicKey::Signing(key) = PublicKeyFile::parse(text.as_bytes())?.key {
                roots.push(key);
            }
        }
        Ok(roots)
    }

    /// Verifies a trust bundle file and stores it with the keys it lists.
    ///
    /// Fails with `document.unknown_signer` when no trusted root signed it,
    /// `trust.bundle_expired` when it expired by this computer's clock and
    /// `store.bundle_outdated` when its version is not above the stored one. The same file
    /// again changes nothing.
    pub fn import_trust_bundle(&mut self, path: &Path) -> AppResult<BundleOutcome> {
        let bytes = read_document_file(DocumentKind::TrustBundle, path)?;
        let roots = self.trusted_roots()?;
        let lookup = |id: &KeyId| roots.iter().find(|root| root.key_id() == *id).copied();
        let (bundle, root_id) = TrustBundle::open(&bytes, &lookup)?;
        let root = lookup(&root_id).expect("the bundle verified under this root");

        let now = unix_now();
        if bundle.expires_at <= now {
            let expired = rfc3339_of_unix(bundle.expires_at);
            return Err(AppError::new(
                "trust.bundle_expired",
                format!("trust bundle version {} expired at {expired}; ask the secretariat for the current bundle", bundle.version),
            )
            .with("version", bundle.version)
            .with("date", expired));
        }

        let mut keys: Vec<_> = bundle
            .encryption_keys
            .iter()
            .map(|entry| {
                let file = PublicKeyFile::new(
                    PublicKey::Recipient(entry.key.clone()),
                    Some(format!("SICREMI secretariat (bundle {})", bundle.version)),
                )?;
                Ok(new_secretariat_key(&file))
            })
            .collect::<AppResult<_>>()?;
        let signing = PublicKeyFile::new(
            PublicKey::Signing(bundle.signing_key),
            Some(format!("SICREMI secretariat (bundle {})", bundle.version)),
        )?;
        keys.push(new_secretariat_key(&signing));

        let outcome = self.store.import_trust_bundle(&NewTrustBundle {
            version: bundle.version,
            sha256: sha256_hex(&bytes),
            root_key_id: root_id.to_hex(),
            expires_at: bundle.expires_at,
            bytes: bytes.clone(),
            keys,
        })?;
        tracing::info!(version = bundle.version, root = %root_id, "trust bundle applied");
        Ok(BundleOutcome {
            bundle: bundle_view(&bundle, &root),
            already_imported: matches!(outcome, BundleImport::AlreadyImported { .. }),
        })
    }
}

/// Returns the workspace's current trust bundle, verified again under the trusted roots,
/// or `None` before the first import.
pub(crate) fn current_bundle(correspondent: &Correspondent) -> AppResult<Option<TrustBundle>> {
    Ok(verified_current(correspondent)?.map(|(bundle, _)| bundle))
}

fn verified_current(
    correspondent: &Correspondent,
) -> AppResult<Option<(TrustBundle, SigningPublicKey)>> {
    let Some(stored) = correspondent.store.current_trust_bundle()? else {
        return Ok(None);
    };
    let roots = correspondent.trusted_roots()?;
    let lookup = |id: &KeyId| roots.iter().find(|root| root.key_id() == *id).copied();
    let (bundle, root_id) = TrustBundle::open(&stored.bytes, &lookup)?;
    let root = lookup(&root_id).expect("the bundle verified under this root");
    Ok(Some((bundle, root)))
}

/// Returns the current bundle for display, `None` before the first import.
pub(crate) fn bundle_view_of(correspondent: &Correspondent) -> AppResult<Option<BundleView>> {
    Ok(verified_current(correspondent)?.map(|(bundle, root)| bundle_view(&bundle, &root)))
}

/// Returns the bundle's encryption key valid now as a public key file.
pub(crate) fn encryption_key_now(bundle: &TrustBundle) -> Option<PublicKeyFile> {
    let entry = bundle.encryption_key_at(unix_now())?;
    PublicKeyFile::new(
        PublicKey::Recipient(entry.key.clone()),
        Some(format!("SICREMI secretariat (bundle {})", bundle.version)),
    )
    .ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deployment_root_matches_fingerprint() {
        let root = deployment_root();
        assert_eq!(root.fingerprint().to_string(), DEPLOYMENT_ROOT_FINGERPRINT);
        assert_eq!(root.key_id().to_hex(), "a0c1ab86f64a1082991c9ef3a1fdbed6");
    }
}
