//! Commands that read the questionnaire or create a workspace: the demo network, a real
//! correspondent, and the key exchange with the secretariat.

use std::collections::BTreeMap;

use serde::Serialize;

use sicremi_app::demo::DemoSetup;
use sicremi_app::error::io_error;
use sicremi_app::files::write_atomically;
use sicremi_app::views::KeyView;
use sicremi_app::{create_demo, AppResult, Correspondent, KdfParams, Profile};
use sicremi_model::definition::{Code, Definition};

use crate::session::{required_path, SessionState};

/// Reply of [`get_definition`]: the questionnaire and its code lists with countries expanded.
#[derive(Debug, Serialize)]
pub struct DefinitionView {
    pub definition: &'static Definition,
    /// Codes of each code list, in list order. Date lists have none.
    pub codes: BTreeMap<&'static str, &'static [Code]>,
    /// Content hash as `sha256:<hex>`.
    pub hash: String,
}

/// Returns the questionnaire the app fills: tables, labels in the four languages and rules.
#[tauri::command]
#[tracing::instrument(skip_all)]
pub async fn get_definition() -> AppResult<DefinitionView> {
    let questionnaire = super::questionnaire();
    let codes = questionnaire
        .def
        .codelists
        .keys()
        .map(|id| (id.as_str(), questionnaire.codes(id)))
        .collect();
    Ok(DefinitionView {
        definition: &questionnaire.def,
        codes,
        hash: questionnaire.hash_hex(),
    })
}

/// Creates the demo secretariat and a demo correspondent for `country`, both under
/// `passphrase`.
#[tauri::command]
#[tracing::instrument(skip_all)]
pub async fn demo_create(
    state: tauri::State<'_, SessionState>,
    country: String,
    passphrase: String,
) -> AppResult<DemoSetup> {
    let mut session = state.lock();
    session.reset();
    create_demo(session.layout(), &country, &passphrase, &KdfParams::DEFAULT)
}

/// Creates the correspondent workspace of a real deployment and returns its overview.
#[tauri::command]
#[tracing::instrument(skip_all)]
pub async fn correspondent_create(
    state: tauri::State<'_, SessionState>,
    country: String,
    name: String,
    institution: String,
    passphrase: String,
) -> AppResult<sicremi_app::correspondent::Overview> {
    let mut session = state.lock();
    session.reset();
    let profile = Profile {
        country,
        name: name.trim().to_string(),
        institution: institution.trim().to_string(),
    };
    let dir = session.layout().correspondent();
    Correspondent::create(&dir, profile, &passphrase, &KdfParams::DEFAULT)?;
    session.correspondent()?.overview()
}

/// Trusts the secretariat's public encryption key file at `path`.
#[tauri::command]
#[tracing::instrument(skip_all)]
pub async fn trust_secretariat(
    state: tauri::State<'_, SessionState>,
    path: String,
) -> AppResult<KeyView> {
    let path = required_path(&path, "public key file")?;
    let bytes = std::fs::read(&path).map_err(|error| io_error(&path, error))?;
    state.lock().correspondent()?.trust_secretariat(&bytes)
}

/// Writes the correspondent's public signing key file to `path`, for the secretariat to
/// register.
#[tauri::command]
#[tracing::instrument(skip_all)]
pub async fn export_signing_key(
    state: tauri::State<'_, SessionState>,
    path: String,
) -> AppResult<String> {
    let path = required_path(&path, "destination file")?;
    let bytes = state.lock().correspondent()?.signing_public_key_file()?;
    write_atomically(&path, &bytes)?;
    Ok(path.display().to_string())
}
