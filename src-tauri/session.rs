//! The open correspondent workspace and secretariat store that the IPC commands share.

use std::sync::{Mutex, MutexGuard};

use sicremi_app::{AppError, AppResult, Correspondent, DataLayout, KdfParams, Secretariat};

/// The data folder's two sides, each opened on first use and then kept open.
#[derive(Debug)]
pub struct Session {
    layout: DataLayout,
    correspondent: Option<Correspondent>,
    secretariat: Option<Secretariat>,
}

impl Session {
    pub fn new(layout: DataLayout) -> Session {
        Session {
            layout,
            correspondent: None,
            secretariat: None,
        }
    }

    pub fn layout(&self) -> &DataLayout {
        &self.layout
    }

    /// Returns the correspondent workspace, opening it on first use. Fails with
    /// `setup.no_workspace` while none exists.
    pub fn correspondent(&mut self) -> AppResult<&mut Correspondent> {
        if self.correspondent.is_none() {
            let opened = Correspondent::open(&self.layout.correspondent())?;
            tracing::info!(country = %opened.country(), "correspondent workspace opened");
            self.correspondent = Some(opened);
        }
        Ok(self
            .correspondent
            .as_mut()
            .expect("the workspace was opened above"))
    }

    /// Returns the secretariat, opening it on first use. Fails with `setup.no_secretariat`
    /// while none exists.
    pub fn secretariat(&mut self) -> AppResult<&mut Secretariat> {
        if self.secretariat.is_none() {
            let opened = Secretariat::open(&self.layout.secretariat())?;
            tracing::info!("secretariat store opened");
            self.secretariat = Some(opened);
        }
        Ok(self
            .secretariat
            .as_mut()
            .expect("the secretariat was opened above"))
    }

    /// Creates the secretariat's key and consolidated store in the data folder and keeps the new
    /// store open. An open correspondent workspace stays open. Fails with `setup.already_exists`
    /// when the folder already contains a secretariat key, and leaves that key untouched.
    pub fn create_secretariat(
        &mut self,
        passphrase: &str,
        kdf: &KdfParams,
    ) -> AppResult<&mut Secretariat> {
        let created = Secretariat::create(&self.layout.secretariat(), passphrase, kdf)?;
        tracing::info!("secretariat key and store created");
        Ok(self.secretariat.insert(created))
    }

    /// Drops both open handles, so the next call reopens what a setup command just created.
    pub fn reset(&mut self) {
        self.correspondent = None;
        self.secretariat = None;
    }
}

/// The session behind the mutex that Tauri manages.
#[derive(Debug)]
pub struct SessionState(pub Mutex<Session>);

impl SessionState {
    pub fn new(layout: DataLayout) -> SessionState {
        SessionState(Mutex::new(Session::new(layout)))
    }

    /// Locks the session. A command that panicked while holding the lock leaves the handles
    /// usable, because every store write is committed or rolled back before it returns, so a
    /// poisoned lock is taken over instead of failing every later command.
    pub fn lock(&self) -> MutexGuard<'_, Session> {
        self.0.lock().unwrap_or_else(|poisoned| {
            tracing::warn!("a command panicked earlier; continuing with the session it left");
            poisoned.into_inner()
        })
    }
}

/// Converts a path argument from the UI into an error when it is empty, so the user sees
/// "choose a file" instead of an operating-system message about the path "".
pub fn required_path(path: &str, field: &str) -> AppResult<std::path::PathBuf> {
    let trimmed = path.trim();
    if trimmed.is_empty() {
        return Err(AppError::new(
            "input.missing_path",
            format!("no {field} was given; type the path of the file or folder"),
        )
        .with("field", field));
    }
    Ok(std::path::PathBuf::from(trimmed))
}

#[cfg(test)]
mod tests {
    use sicremi_app::create_demo;

    use super::*;

    #[test]
    fn empty_folder_has_no_workspace() {
        let root = tempfile::tempdir().unwrap();
        let mut session = Session::new(DataLayout::new(root.path()));

        assert_eq!(
            session.correspondent().unwrap_err().code,
            "setup.no_workspace"
        );
        assert_eq!(
            session.secretariat().unwrap_err().code,
            "setup.no_secretariat"
        );
    }

    #[test]
    fn demo_opens_both_sides() {
        let root = tempfile::tempdir().unwrap();
        let layout = DataLayout::new(root.path());
        let kdf = KdfParams::new(64, 1, 1).unwrap();
        let mut session = Session::new(layout.clone());
        assert_eq!(
            session.correspondent().unwrap_err().code,
            "setup.no_workspace"
        );

        create_demo(&layout, "ARG", "correct horse battery", &kdf).unwrap();
        session.reset();

        assert_eq!(session.correspondent().unwrap().country(), "ARG");
        let overview = session.secretariat().unwrap().overview().unwrap();
        assert_eq!(overview.keys.len(), 1);
        assert_eq!(overview.keys[0].country, "ARG");
    }

    #[test]
    fn created_secretariat_stays_open() {
        let root = tempfile::tempdir().unwrap();
        let layout = DataLayout::new(root.path());
        let kdf = KdfParams::new(64, 1, 1).unwrap();
        let mut session = Session::new(layout.clone());

        let fingerprint = session
            .create_secretariat("correct horse battery", &kdf)
            .unwrap()
            .overview()
            .unwrap()
            .encryption_key
            .fingerprint;

        assert!(Secretariat::exists(&layout.secretariat()));
        let overview = session.secretariat().unwrap().overview().unwrap();
        assert_eq!(overview.encryption_key.fingerprint, fingerprint);
        assert!(overview.keys.is_empty());
        assert!(overview.submissions.is_empty());
        // The key on disk unlocks with the passphrase it was created under.
        session
            .secretariat()
            .unwrap()
            .check_passphrase("correct horse battery")
            .unwrap();
    }

    #[test]
    fn second_secretariat_is_rejected() {
        let root = tempfile::tempdir().unwrap();
        let layout = DataLayout::new(root.path());
        let kdf = KdfParams::new(64, 1, 1).unwrap();
        let mut session = Session::new(layout.clone());
        let first = session
            .create_secretariat("correct horse battery", &kdf)
            .unwrap()
            .public_key_file()
            .unwrap();

        let error = session
            .create_secretariat("another passphrase", &kdf)
            .unwrap_err();

        assert_eq!(error.code, "setup.already_exists");
        let mut reopened = Session::new(layout);
        let stored_key = reopened.secretariat().unwrap().public_key_file().unwrap();
        assert_eq!(stored_key, first, "the first key is kept");
    }

    #[test]
    fn short_secretariat_passphrase_is_rejected() {
        let root = tempfile::tempdir().unwrap();
        let layout = DataLayout::new(root.path());
        let kdf = KdfParams::new(64, 1, 1).unwrap();
        let mut session = Session::new(layout.clone());

        let error = session.create_secretariat("short", &kdf).unwrap_err();

        assert_eq!(error.code, "setup.passphrase_too_short");
        assert!(!Secretariat::exists(&layout.secretariat()));
    }

    #[test]
    fn secretariat_beside_correspondent_keeps_it_open() {
        let root = tempfile::tempdir().unwrap();
        let layout = DataLayout::new(root.path());
        let kdf = KdfParams::new(64, 1, 1).unwrap();
        let profile = sicremi_app::Profile {
            country: "ARG".to_string(),
            name: "Ana".to_string(),
            institution: "DNM".to_string(),
        };
        Correspondent::create(
            &layout.correspondent(),
            profile,
            "correct horse battery",
            &kdf,
        )
        .unwrap();
        let mut session = Session::new(layout);
        assert_eq!(session.correspondent().unwrap().country(), "ARG");

        session
            .create_secretariat("correct horse battery", &kdf)
            .unwrap();

        assert!(session.correspondent.is_some(), "the workspace stays open");
        assert_eq!(session.correspondent().unwrap().country(), "ARG");
    }

    #[test]
    fn empty_path_is_rejected() {
        let error = required_path("   ", "package file").unwrap_err();
        assert_eq!(error.code, "input.missing_path");
        assert_eq!(error.params["field"], "package file");
        assert_eq!(
            required_path(" /tmp/a.sicremi ", "package file").unwrap(),
            std::path::PathBuf::from("/tmp/a.sicremi")
        );
    }
}
