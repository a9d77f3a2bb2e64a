//! Commands of the correspondent's side: overview, cells, metadata, findings, imports,
//! questionnaire packs and sealing.

use serde::Serialize;
use tauri::Manager;

use sicremi_app::correspondent::{EditOutcome, FindingsView, ImportOutcome, Overview, SealOutcome};
use sicremi_app::pack::{PackOutcome, PackPreview};
use sicremi_app::{AppResult, CellInput};
use sicremi_model::Dataset;

use crate::session::{required_path, SessionState};

/// Source recorded in the audit trail for a block pasted into the grid.
const PASTE_SOURCE: &str = "paste";

/// One stored cell of a table, as the grid shows it.
#[derive(Debug, Serialize)]
pub struct CellView {
    /// The codes of the cell in dimension order joined by ':', such as "2025:BOL:F".
    pub key: String,
    pub value: Option<i64>,
    pub obs_status: Option<String>,
    pub conf_status: Option<String>,
    pub note: Option<String>,
}

/// Reply of [`default_paths`].
#[derive(Debug, Serialize)]
pub struct DefaultPaths {
    /// Folder sealed packages go to unless another is chosen.
    pub outbox: String,
    /// The user's home folder, a starting point for file paths. Empty when unknown.
    pub home: String,
}

/// Returns the stored cells of `table`, in key order.
pub fn cells_of(dataset: &Dataset, table: &str) -> Vec<CellView> {
    dataset
        .cells
        .get(table)
        .map(|cells| {
            cells
                .iter()
                .map(|(key, cell)| CellView {
                    key: key.clone(),
                    value: cell.value,
                    obs_status: cell.obs_status.clone(),
                    conf_status: cell.conf_status.clone(),
                    note: cell.note.clone(),
                })
                .collect()
        })
        .unwrap_or_default()
}

/// Returns the workspace overview: profile, keys, table progress and submissions.
#[tauri::command]
#[tracing::instrument(skip_all)]
pub async fn overview(state: tauri::State<'_, SessionState>) -> AppResult<Overview> {
    state.lock().correspondent()?.overview()
}

/// Returns the stored cells of one table.
#[tauri::command]
#[tracing::instrument(skip_all)]
pub async fn table_cells(
    state: tauri::State<'_, SessionState>,
    table: String,
) -> AppResult<Vec<CellView>> {
    let dataset = state.lock().correspondent()?.dataset()?;
    Ok(cells_of(&dataset, &table))
}

/// Returns the metadata answers per table id, then question id.
#[tauri::command]
#[tracing::instrument(skip_all)]
pub async fn metadata(
    state: tauri::State<'_, SessionState>,
) -> AppResult<std::collections::BTreeMap<String, std::collections::BTreeMap<String, String>>> {
    Ok(state.lock().correspondent()?.dataset()?.metadata)
}

/// Stores one cell as typed and returns the findings that follow.
#[tauri::command]
#[tracing::instrument(skip_all)]
pub async fn set_cell(
    state: tauri::State<'_, SessionState>,
    table: String,
    key: String,
    input: CellInput,
) -> AppResult<EditOutcome> {
    state.lock().correspondent()?.set_cell(&table, &key, &input)
}

/// Stores a pasted block of cells in one transaction: all of them, or none when one is invalid.
#[tauri::command]
#[tracing::instrument(skip_all)]
pub async fn set_cells(
    state: tauri::State<'_, SessionState>,
    table: String,
    cells: Vec<(String, CellInput)>,
) -> AppResult<EditOutcome> {
    state
        .lock()
        .correspondent()?
        .set_cells(&table, &cells, PASTE_SOURCE)
}

/// Answers one metadata question of a table. An empty value clears the answer.
#[tauri::command]
#[tracing::instrument(skip_all)]
pub async fn set_metadata(
    state: tauri::State<'_, SessionState>,
    table: String,
    field: String,
    value: String,
) -> AppResult<FindingsView> {
    state
        .lock()
        .correspondent()?
        .set_metadata(&table, &field, &value)
}

/// Runs every rule and returns the findings, justifications and whether sealing is allowed.
#[tauri::command]
#[tracing::instrument(skip_all)]
pub async fn findings(state: tauri::State<'_, SessionState>) -> AppResult<FindingsView> {
    state.lock().correspondent()?.findings()
}

/// Stores the justification of a warning. An empty text removes it.
#[tauri::command]
#[tracing::instrument(skip_all)]
pub async fn justify(
    state: tauri::State<'_, SessionState>,
    finding_id: String,
    text: String,
) -> AppResult<FindingsView> {
    state.lock().correspondent()?.justify(&finding_id, &text)
}

/// Imports Argentina's RENAPER file of foreigners into T9 at the reference date `date`.
#[tauri::command]
#[tracing::instrument(skip_all)]
pub async fn import_renaper(
    state: tauri::State<'_, SessionState>,
    path: String,
    date: String,
) -> AppResult<ImportOutcome> {
    let path = required_path(&path, "RENAPER file")?;
    state
        .lock()
        .correspondent()?
        .import_renaper(&path, date.trim())
}

/// Imports a filled template exported by [`export_template`].
#[tauri::command]
#[tracing::instrument(skip_all)]
pub async fn import_template(
    state: tauri::State<'_, SessionState>,
    path: String,
) -> AppResult<ImportOutcome> {
    let path = required_path(&path, "template file")?;
    state.lock().correspondent()?.import_template(&path)
}

/// Writes an .xlsx template of `table` with the current figures, labelled in `lang`.
#[tauri::command]
#[tracing::instrument(skip_all)]
pub async fn export_template(
    state: tauri::State<'_, SessionState>,
    table: String,
    lang: String,
    path: String,
) -> AppResult<String> {
    let path = required_path(&path, "destination file")?;
    state
        .lock()
        .correspondent()?
        .export_template(&table, &lang, &path)?;
    Ok(path.display().to_string())
}

/// Seals a signed, encrypted package into `destination` (a folder or a file), or into the
/// outbox when it is absent or empty.
#[tauri::command]
#[tracing::instrument(skip_all)]
pub async fn seal(
    state: tauri::State<'_, SessionState>,
    passphrase: String,
    destination: Option<String>,
) -> AppResult<SealOutcome> {
    let destination = destination
        .as_deref()
        .map(str::trim)
        .filter(|path| !path.is_empty())
        .map(std::path::PathBuf::from);
    state
        .lock()
        .correspondent()?
        .seal(&passphrase, destination.as_deref())
}

/// Verifies the questionnaire pack file at `path` and returns what importing it would change.
/// Changes nothing.
#[tauri::command]
#[tracing::instrument(skip_all)]
pub async fn pack_inspect(
    state: tauri::State<'_, SessionState>,
    path: String,
) -> AppResult<PackPreview> {
    let path = required_path(&path, "questionnaire pack file")?;
    state.lock().correspondent()?.inspect_pack(&path)
}

/// Imports the questionnaire pack file at `path` in one transaction. A pack whose definition
/// moves or drops values is imported only with `allow_value_changes`, which the UI sets after
/// the user has seen the plan from [`pack_inspect`].
#[tauri::command]
#[tracing::instrument(skip_all)]
pub async fn pack_import(
    state: tauri::State<'_, SessionState>,
    path: String,
    allow_value_changes: bool,
) -> AppResult<PackOutcome> {
    let path = required_path(&path, "questionnaire pack file")?;
    state
        .lock()
        .correspondent()?
        .import_pack(&path, allow_value_changes)
}

/// Moves the workspace to the questionnaire definition built into this version of the app.
#[tauri::command]
#[tracing::instrument(skip_all)]
pub async fn upgrade_definition(
    state: tauri::State<'_, SessionState>,
    allow_value_changes: bool,
) -> AppResult<sicremi_app::upgrade::UpgradeOutcome> {
    state
        .lock()
        .correspondent()?
        .upgrade_definition(allow_value_changes)
}

/// Returns the cells and metadata answers that definition changes dropped, oldest first.
#[tauri::command]
#[tracing::instrument(skip_all)]
pub async fn dropped_items(
    state: tauri::State<'_, SessionState>,
) -> AppResult<Vec<sicremi_store::DroppedItem>> {
    state.lock().correspondent()?.dropped_cells()
}

/// Returns the outbox folder and the home folder, to prefill path fields.
#[tauri::command]
#[tracing::instrument(skip_all)]
pub async fn default_paths(
    app: tauri::AppHandle,
    state: tauri::State<'_, SessionState>,
) -> AppResult<DefaultPaths> {
    let outbox = state.lock().correspondent()?.outbox();
    let home = app
        .path()
        .home_dir()
        .map(|dir| dir.display().to_string())
        .unwrap_or_default();
    Ok(DefaultPaths {
        outbox: outbox.display().to_string(),
        home,
    })
}
