//! Commands of the correspondent's exchange with the secretariat: enrollment requests, signing
//! key replacement, trust bundles and receipts.

use serde::Serialize;

use sicremi_app::correspondent::Correspondent;
use sicremi_app::enrollment::EnrollmentView;
use sicremi_app::receipts::ReceiptOutcome;
use sicremi_app::trust::BundleOutcome;
use sicremi_app::views::KeyView;
use sicremi_app::{AppResult, KdfParams};

use crate::session::{required_path, SessionState};

/// A root key that trust bundles may be signed with.
#[derive(Debug, Serialize)]
pub struct TrustedRoot {
    pub key_id: String,
    /// Six groups of five digits.
    pub fingerprint: String,
    /// True for the real deployment's root compiled into the app, false for a root trusted
    /// from a public key file (the demo network's, for example).
    pub built_in: bool,
}

/// Writes an enrollment request for the workspace's signing key to the new file `path`, and
/// returns its content with the key fingerprint to read aloud over the telephone.
#[tauri::command]
#[tracing::instrument(skip_all)]
pub async fn export_enrollment(
    state: tauri::State<'_, SessionState>,
    passphrase: String,
    path: String,
) -> AppResult<EnrollmentView> {
    let path = required_path(&path, "enrollment request file")?;
    state
        .lock()
        .correspondent()?
        .export_enrollment(&passphrase, &path)
}

/// Replaces the workspace's signing key with a new one under `passphrase` and returns the new
/// key. The secretariat rejects packages signed with it until it is enrolled and registered.
#[tauri::command]
#[tracing::instrument(skip_all)]
pub async fn replace_signing_key(
    state: tauri::State<'_, SessionState>,
    passphrase: String,
) -> AppResult<KeyView> {
    state
        .lock()
        .correspondent()?
        .replace_signing_key(&passphrase, &KdfParams::DEFAULT)
}

/// Verifies the trust bundle file at `path` and stores it with the keys it lists.
#[tauri::command]
#[tracing::instrument(skip_all)]
pub async fn import_trust_bundle(
    state: tauri::State<'_, SessionState>,
    path: String,
) -> AppResult<BundleOutcome> {
    let path = required_path(&path, "trust bundle file")?;
    state.lock().correspondent()?.import_trust_bundle(&path)
}

/// Returns the roots that trust bundles may be signed with, the built-in root first.
#[tauri::command]
#[tracing::instrument(skip_all)]
pub async fn trusted_roots(state: tauri::State<'_, SessionState>) -> AppResult<Vec<TrustedRoot>> {
    roots_of(state.lock().correspondent()?)
}

/// Lists the roots of `correspondent`. [`Correspondent::trusted_roots`] puts the compiled-in
/// root first.
pub fn roots_of(correspondent: &Correspondent) -> AppResult<Vec<TrustedRoot>> {
    let roots = correspondent.trusted_roots()?;
    Ok(roots
        .iter()
        .enumerate()
        .map(|(index, root)| TrustedRoot {
            key_id: root.key_id().to_hex(),
            fingerprint: root.fingerprint().to_string(),
            built_in: index == 0,
        })
        .collect())
}

/// Verifies the receipt file at `path` and records it: the submission it names shows as
/// received or rejected, and the sequence counter rises to the secretariat's record.
#[tauri::command]
#[tracing::instrument(skip_all)]
pub async fn import_receipt(
    state: tauri::State<'_, SessionState>,
    path: String,
) -> AppResult<ReceiptOutcome> {
    let path = required_path(&path, "receipt file")?;
    state.lock().correspondent()?.import_receipt(&path)
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use sicremi_app::trust::DEPLOYMENT_ROOT_FINGERPRINT;
    use sicremi_app::{create_demo, DataLayout};

    use super::*;
    use crate::session::Session;

    const PASSPHRASE: &str = "correct horse battery";

    fn demo_session(root: &Path) -> Session {
        let layout = DataLayout::new(root);
        let kdf = KdfParams::new(64, 1, 1).expect("valid test parameters");
        create_demo(&layout, "ARG", PASSPHRASE, &kdf).expect("demo created");
        Session::new(layout)
    }

    #[test]
    fn roots_list_built_in_first() {
        let root = tempfile::tempdir().unwrap();
        let mut session = demo_session(root.path());
        let correspondent = session.correspondent().unwrap();
        let bundle_root = correspondent
            .overview()
            .unwrap()
            .trust_bundle
            .expect("the demo imports a bundle")
            .root;

        let roots = roots_of(correspondent).unwrap();

        assert_eq!(roots.len(), 2, "{roots:?}");
        assert!(roots[0].built_in);
        assert_eq!(roots[0].fingerprint, DEPLOYMENT_ROOT_FINGERPRINT);
        assert!(!roots[1].built_in);
        assert_eq!(roots[1].key_id, bundle_root.key_id, "the demo root");
        assert_eq!(roots[1].fingerprint, bundle_root.fingerprint);
    }
}
