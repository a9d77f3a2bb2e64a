//! Commands of the secretariat's registry: enrollment requests, batch import of a folder,
//! reporting cycles and the export of its pack and receipt signing key.

use std::path::PathBuf;

use serde::Deserialize;

use sicremi_app::batch::BatchSummary;
use sicremi_app::enrollment::EnrollmentView;
use sicremi_app::files::write_atomically;
use sicremi_app::secretariat::RegisteredKeyView;
use sicremi_app::AppResult;
use sicremi_store::{CycleRecord, CycleState};

use crate::session::{required_path, SessionState};

/// Target state of a cycle in a `secretariat_set_cycle_state` request.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CycleStateRequest {
    Open,
    Closed,
}

impl From<CycleStateRequest> for CycleState {
    fn from(request: CycleStateRequest) -> CycleState {
        match request {
            CycleStateRequest::Open => CycleState::Open,
            CycleStateRequest::Closed => CycleState::Closed,
        }
    }
}

/// Verifies the enrollment request file at `path` and returns its content, so the fingerprint
/// can be compared over the telephone. Changes nothing.
#[tauri::command]
#[tracing::instrument(skip_all)]
pub async fn secretariat_inspect_enrollment(
    state: tauri::State<'_, SessionState>,
    path: String,
) -> AppResult<EnrollmentView> {
    let path = required_path(&path, "enrollment request file")?;
    state.lock().secretariat()?.inspect_enrollment(&path)
}

/// Registers the key of the enrollment request at `path` for the request's country. The
/// validity runs from `valid_from` (now when absent or blank) until `valid_to` (open-ended when
/// absent or blank), each as `YYYY-MM-DD` (midnight UTC) or RFC 3339.
#[tauri::command]
#[tracing::instrument(skip_all)]
pub async fn secretariat_register_enrollment(
    state: tauri::State<'_, SessionState>,
    path: String,
    valid_from: Option<String>,
    valid_to: Option<String>,
) -> AppResult<RegisteredKeyView> {
    let path = required_path(&path, "enrollment request file")?;
    let valid_from = non_blank(valid_from.as_deref());
    let valid_to = non_blank(valid_to.as_deref());
    state
        .lock()
        .secretariat()?
        .register_enrollment(&path, valid_from, valid_to)
}

/// Imports every package file of the folder (or the single file) at `path`. Rejected files are
/// copied to the quarantine folder with a reason file, and receipts go to the receipts folder.
/// Both folders are the secretariat's defaults, and the summary names them.
#[tauri::command]
#[tracing::instrument(skip_all)]
pub async fn secretariat_import_batch(
    state: tauri::State<'_, SessionState>,
    path: String,
    passphrase: String,
) -> AppResult<BatchSummary> {
    let input: PathBuf = required_path(&path, "package folder")?;
    state
        .lock()
        .secretariat()?
        .import_batch(&[input], &passphrase, None, None)
}

/// Returns every cycle whose state was set. A cycle not listed is open.
#[tauri::command]
#[tracing::instrument(skip_all)]
pub async fn secretariat_cycles(
    state: tauri::State<'_, SessionState>,
) -> AppResult<Vec<CycleRecord>> {
    state.lock().secretariat()?.cycle_records()
}

/// Closes or reopens the reporting cycle `cycle` (a four-digit year). Packages of a closed
/// cycle are rejected with `store.cycle_closed`.
#[tauri::command]
#[tracing::instrument(skip_all)]
pub async fn secretariat_set_cycle_state(
    state: tauri::State<'_, SessionState>,
    cycle: String,
    cycle_state: CycleStateRequest,
) -> AppResult<CycleRecord> {
    state
        .lock()
        .secretariat()?
        .set_cycle_state(&cycle, cycle_state.into())
}

/// Writes the secretariat's public signing key file, which verifies its questionnaire packs and
/// receipts, to `path`. Fails with `io.not_found` for a secretariat folder created before packs
/// existed, until it issues its first pack.
#[tauri::command]
#[tracing::instrument(skip_all)]
pub async fn secretariat_export_signing_key(
    state: tauri::State<'_, SessionState>,
    path: String,
) -> AppResult<String> {
    let path = required_path(&path, "destination file")?;
    let bytes = state.lock().secretariat()?.signing_public_key_file()?;
    write_atomically(&path, &bytes)?;
    Ok(path.display().to_string())
}

/// Returns `None` for an absent or blank text field.
fn non_blank(text: Option<&str>) -> Option<&str> {
    text.map(str::trim).filter(|text| !text.is_empty())
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use sicremi_app::batch::BatchStatus;
    use sicremi_app::{create_demo, DataLayout, KdfParams};

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
    fn blank_dates_mean_default() {
        assert_eq!(non_blank(None), None);
        assert_eq!(non_blank(Some("   ")), None);
        assert_eq!(non_blank(Some(" 2027-01-31 ")), Some("2027-01-31"));
    }

    #[test]
    fn cycle_state_request_parses() {
        let closed: CycleStateRequest = serde_json::from_str("\"closed\"").unwrap();
        let open: CycleStateRequest = serde_json::from_str("\"open\"").unwrap();
        assert_eq!(CycleState::from(closed), CycleState::Closed);
        assert_eq!(CycleState::from(open), CycleState::Open);
        assert!(serde_json::from_str::<CycleStateRequest>("\"paused\"").is_err());
    }

    #[test]
    fn enrollment_registers_with_validity() {
        let root = tempfile::tempdir().unwrap();
        let mut session = demo_session(root.path());
        let kdf = KdfParams::new(64, 1, 1).unwrap();
        let request = root.path().join("enrollment.sicremi-enroll");
        let correspondent = session.correspondent().unwrap();
        let new_key = correspondent.replace_signing_key(PASSPHRASE, &kdf).unwrap();
        let exported = correspondent
            .export_enrollment(PASSPHRASE, &request)
            .unwrap();
        assert_eq!(exported.fingerprint, new_key.fingerprint);

        let secretariat = session.secretariat().unwrap();
        let inspected = secretariat.inspect_enrollment(&request).unwrap();
        assert_eq!(inspected.fingerprint, new_key.fingerprint);
        assert_eq!(inspected.country, "ARG");
        let registered = secretariat
            .register_enrollment(&request, non_blank(Some("2026-01-01")), non_blank(Some("")))
            .unwrap();

        assert_eq!(registered.key_id, new_key.key_id);
        assert_eq!(registered.valid_from, "2026-01-01T00:00:00Z");
        assert_eq!(registered.valid_to, None);
    }

    #[test]
    fn cycle_closes_and_reopens() {
        let root = tempfile::tempdir().unwrap();
        let mut session = demo_session(root.path());
        let secretariat = session.secretariat().unwrap();
        assert!(secretariat.cycle_records().unwrap().is_empty());

        let closed = secretariat
            .set_cycle_state("2026", CycleStateRequest::Closed.into())
            .unwrap();
        assert_eq!(closed.state, CycleState::Closed);
        let reopened = secretariat
            .set_cycle_state("2026", CycleStateRequest::Open.into())
            .unwrap();

        assert_eq!(reopened.state, CycleState::Open);
        let records = secretariat.cycle_records().unwrap();
        assert_eq!(records.len(), 1);
        assert_eq!(records[0].cycle, "2026");
        assert_eq!(records[0].state, CycleState::Open);
    }

    #[test]
    fn batch_quarantines_bad_file() {
        let root = tempfile::tempdir().unwrap();
        let mut session = demo_session(root.path());
        let folder = root.path().join("incoming");
        std::fs::create_dir(&folder).unwrap();
        std::fs::write(folder.join("a-not-a-package.sicremi"), b"not a package").unwrap();

        let summary = session
            .secretariat()
            .unwrap()
            .import_batch(std::slice::from_ref(&folder), PASSPHRASE, None, None)
            .unwrap();

        assert_eq!(summary.quarantined, 1, "{:?}", summary.entries);
        assert_eq!(summary.imported, 0);
        assert_eq!(summary.entries[0].status, BatchStatus::Quarantined);
        let copy = summary.entries[0]
            .quarantined_to
            .as_deref()
            .expect("copy path");
        assert!(Path::new(copy).is_file(), "{copy} was not written");
        assert!(
            folder.join("a-not-a-package.sicremi").is_file(),
            "the original stays in place"
        );
    }
}
