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
use sicremi_model::Questionnaire;

use crate::session::{required_path, Session, SessionState};

/// Reply of [`get_definition`]: the questionnaire and its code lists with countries expanded.
#[derive(Debug, Serialize)]
pub struct DefinitionView {
    pub definition: Definition,
    /// Codes of each code list, in list order. Date lists have none.
    pub codes: BTreeMap<String, Vec<Code>>,
    /// Content hash as `sha256:<hex>`.
    pub hash: String,
}

impl DefinitionView {
    fn of(questionnaire: &Questionnaire) -> DefinitionView {
        let codes = questionnaire
            .def
            .codelists
            .keys()
            .map(|id| (id.clone(), questionnaire.codes(id).to_vec()))
            .collect();
        DefinitionView {
            definition: questionnaire.def.clone(),
            codes,
            hash: questionnaire.hash_hex(),
        }
    }
}

/// Returns the questionnaire the app fills: tables, labels in the four languages and rules.
///
/// With a correspondent workspace in the data folder, this is the workspace's definition,
/// which a questionnaire pack may have replaced. Otherwise, or when the workspace does not
/// open, it is the definition shipped with the app.
#[tauri::command]
#[tracing::instrument(skip_all)]
pub async fn get_definition(state: tauri::State<'_, SessionState>) -> AppResult<DefinitionView> {
    Ok(definition_for(&mut state.lock()))
}

/// Returns the definition view for the data folder of `session`, as [`get_definition`] describes.
pub fn definition_for(session: &mut Session) -> DefinitionView {
    if !Correspondent::exists(&session.layout().correspondent()) {
        return DefinitionView::of(super::questionnaire());
    }
    match session.correspondent() {
        Ok(correspondent) => DefinitionView::of(correspondent.questionnaire()),
        Err(error) => {
            tracing::warn!(code = %error.code, "workspace did not open; showing the shipped questionnaire");
            DefinitionView::of(super::questionnaire())
        }
    }
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

#[cfg(test)]
mod tests {
    use sicremi_app::DataLayout;

    use super::*;

    #[test]
    fn definition_without_workspace_is_shipped() {
        let root = tempfile::tempdir().unwrap();
        let mut session = Session::new(DataLayout::new(root.path()));

        let view = definition_for(&mut session);

        assert_eq!(view.hash, super::super::questionnaire().hash_hex());
        assert!(view.codes.contains_key("nationality"));
    }

    #[test]
    fn definition_of_workspace_is_its_own() {
        let root = tempfile::tempdir().unwrap();
        let layout = DataLayout::new(root.path());
        let kdf = KdfParams::new(64, 1, 1).expect("valid test parameters");
        create_demo(&layout, "ARG", "correct horse battery", &kdf).expect("demo created");
        let mut session = Session::new(layout);
        let expected = session
            .correspondent()
            .expect("workspace opens")
            .questionnaire()
            .hash_hex();

        let view = definition_for(&mut session);

        assert_eq!(view.hash, expected);
        assert!(view.definition.tables.iter().any(|t| t.id == "T9"));
    }
}
