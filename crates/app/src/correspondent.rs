//! The correspondent's side: a workspace with the questionnaire's figures, the signing key,
//! the secretariat's trusted encryption key, validation, imports and sealing.

use std::path::{Path, PathBuf};

use serde::Serialize;

use sicremi_model::{
    Assessment, CellValue, Dataset, Finding, Justification, Questionnaire, Reference, TableDef,
};
use sicremi_package::{
    random_package_id, seal, CountryCode, HeaderMeta, KdfParams, PayloadType, PublicKey,
    PublicKeyFile, SigningKey,
};
use sicremi_store::{NewJustification, NewOutgoingSubmission, OutgoingSubmission, Workspace};

use crate::error::{io_error, AppError, AppResult};
use crate::files::{sha256_hex, write_atomically};
use crate::input::{non_empty, parse_count, CellInput, MAX_NOTE_CHARS};
use crate::payload::{self, PackRef, QuestionnaireRef, SubmissionPayload, PAYLOAD_FORMAT};
use crate::views::{KeyView, TableProgress};

const WORKSPACE_FILE: &str = "workspace.sqlite";
const SIGNING_KEY_FILE: &str = "signing.key";
const SIGNING_PUBLIC_FILE: &str = "signing.pub.json";
const SECRETARIAT_KEY_FILE: &str = "secretariat.pub.json";
const OUTBOX_DIR: &str = "outbox";

/// Workspace settings this module writes.
mod setting {
    pub const COUNTRY: &str = "country";
    pub const NAME: &str = "correspondent_name";
    pub const INSTITUTION: &str = "correspondent_institution";
    pub const DEFINITION_HASH: &str = "definition_hash";
    pub const DEFINITION_VERSION: &str = "definition_version";
}

/// Identity of the correspondent, stored with the workspace and sealed into packages.
#[derive(Debug, Clone)]
pub struct Profile {
    pub country: String,
    pub name: String,
    pub institution: String,
}

pub struct Correspondent {
    pub(crate) dir: PathBuf,
    pub(crate) store: Workspace,
    /// The active pack's definition, or the embedded one before the first pack.
    pub(crate) questionnaire: Questionnaire,
    /// The active pack's reference, empty before the first pack.
    pub(crate) reference: Reference,
    pub(crate) profile: Profile,
    /// The figures in memory between edits; see `prepared.rs`.
    pub(crate) prepared: crate::prepared::PreparedCache,
}

/// Result of an edit: the stored cell and the findings that follow from it.
#[derive(Debug, Serialize)]
pub struct EditOutcome {
    pub changed: usize,
    pub findings: FindingsView,
}

#[derive(Debug, Serialize)]
pub struct FindingsView {
    pub findings: Vec<Finding>,
    pub justifications: Vec<Justification>,
    pub assessment: Assessment,
}

#[derive(Debug, Serialize)]
pub struct Overview {
    pub country: String,
    pub name: String,
    pub institution: String,
    pub questionnaire: QuestionnaireRef,
    pub cycle: u32,
    pub workspace_path: String,
    pub signing_key: KeyView,
    pub secretariat_key: Option<KeyView>,
    /// Secretariat keys trusted to sign questionnaire packs.
    pub secretariat_signing_keys: Vec<KeyView>,
    /// The current trust bundle, `None` before the first one is imported.
    pub trust_bundle: Option<crate::trust::BundleView>,
    /// Receipts from the secretariat, oldest first.
    pub receipts: Vec<sicremi_store::StoredReceipt>,
    /// Version of the active questionnaire pack, `None` before the first pack.
    pub pack_version: Option<u64>,
    /// The changes that moving to this program's newer built-in definition would make, when
    /// there is one.
    pub definition_upgrade: Option<crate::upgrade::DefinitionUpgrade>,
    pub tables: Vec<TableProgress>,
    pub assessment: Assessment,
    pub last_sequence: u64,
    pub submissions: Vec<OutgoingSubmission>,
}

#[derive(Debug, Serialize)]
pub struct SealOutcome {
    pub path: String,
    pub package_id: String,
    pub sequence: u64,
    pub sha256: String,
    pub bytes: usize,
}

#[derive(Debug, Serialize)]
pub struct ImportOutcome {
    pub source: String,
    pub rows_read: u64,
    pub cells_written: usize,
    pub metadata_filled: Vec<String>,
    pub warnings: Vec<sicremi_sheets::Warning>,
}

impl Correspondent {
    /// Creates a workspace for `profile` in `dir` with a new signing key encrypted under
    /// `passphrase`. Fails if `dir` already contains a workspace or a key.
    pub fn create(
        dir: &Path,
        profile: Profile,
        passphrase: &str,
        kdf: &KdfParams,
    ) -> AppResult<Correspondent> {
        let country = check_country(&profile.country)?;
        check_passphrase(passphrase)?;
        if dir.join(WORKSPACE_FILE).exists() || dir.join(SIGNING_KEY_FILE).exists() {
            return Err(AppError::new(
                "setup.already_exists",
                format!("{} already holds a correspondent workspace; open it instead, or choose another folder", dir.display()),
            )
            .with("path", dir.display()));
        }
        std::fs::create_dir_all(dir.join(OUTBOX_DIR)).map_err(|e| io_error(dir, e))?;

        // The key is written first, so a workspace never exists without its key.
        let key = SigningKey::generate()?;
        let key_file = key.to_key_file(passphrase, kdf)?;
        sicremi_package::write_new_key_file(&dir.join(SIGNING_KEY_FILE), &key_file)?;
        let label = format!("{} ({}, {})", profile.name, profile.institution, country);
        let public = PublicKeyFile::new(PublicKey::Signing(key.public_key()), Some(label))?;
        write_atomically(&dir.join(SIGNING_PUBLIC_FILE), public.to_json().as_bytes())?;

        let questionnaire = Questionnaire::embedded();
        let mut store = Workspace::open(dir.join(WORKSPACE_FILE))?;
        store.set_setting(setting::COUNTRY, &country)?;
        store.set_setting(setting::NAME, &profile.name)?;
        store.set_setting(setting::INSTITUTION, &profile.institution)?;
        store.set_setting(setting::DEFINITION_HASH, &questionnaire.hash_hex())?;
        store.set_setting(
            setting::DEFINITION_VERSION,
            &questionnaire.def.version.to_string(),
        )?;
        store.set_setting(
            sicremi_store::setting_keys::DEFINITION_JSON,
            sicremi_model::definition::EMBEDDED_DEFINITION,
        )?;
        tracing::info!(dir = %dir.display(), country = %country, key_id = %key.key_id(), "correspondent workspace created");
        Ok(Correspondent {
            dir: dir.to_path_buf(),
            store,
            questionnaire,
            reference: Reference::default(),
            profile: Profile { country, ..profile },
            prepared: Default::default(),
        })
    }

    /// Opens the workspace in `dir` with the definition and reference of its active pack, or
    /// with the embedded definition when no pack was imported yet.
    pub fn open(dir: &Path) -> AppResult<Correspondent> {
        let path = dir.join(WORKSPACE_FILE);
        if !path.exists() {
            return Err(AppError::new(
                "setup.no_workspace",
                format!("{} holds no correspondent workspace; create one first (sicremi init, or the demo)", dir.display()),
            )
            .with("path", dir.display()));
        }
        let store = Workspace::open(&path)?;
        let (questionnaire, reference) = match store.active_pack()? {
            Some(pack) => {
                let reference = serde_json::from_value(pack.reference).map_err(|error| {
                    AppError::new(
                        "store.corrupt",
                        format!("the reference of questionnaire pack {} in {} cannot be read ({error}); import the pack again or restore the workspace from a backup", pack.version, path.display()),
                    )
                    .with("path", path.display())
                })?;
                (
                    Questionnaire::from_json(pack.definition.as_bytes())?,
                    reference,
                )
            }
            None => (
                crate::upgrade::built_in_definition_of(&store)?,
                Reference::default(),
            ),
        };
        let stored_hash = store.setting(setting::DEFINITION_HASH)?.unwrap_or_default();
        if stored_hash != questionnaire.hash_hex() {
            return Err(AppError::new(
                "setup.definition_changed",
                format!(
                    "the workspace was filled with questionnaire {stored_hash}, this installation has {}; install the version that created it",
                    questionnaire.hash_hex()
                ),
            ));
        }
        let profile = Profile {
            country: store.setting(setting::COUNTRY)?.unwrap_or_default(),
            name: store.setting(setting::NAME)?.unwrap_or_default(),
            institution: store.setting(setting::INSTITUTION)?.unwrap_or_default(),
        };
        Ok(Correspondent {
            dir: dir.to_path_buf(),
            store,
            questionnaire,
            reference,
            profile,
            prepared: Default::default(),
        })
    }

    pub fn exists(dir: &Path) -> bool {
        dir.join(WORKSPACE_FILE).exists()
    }

    pub fn questionnaire(&self) -> &Questionnaire {
        &self.questionnaire
    }

    pub fn country(&self) -> &str {
        &self.profile.country
    }

    pub fn workspace_path(&self) -> PathBuf {
        self.dir.join(WORKSPACE_FILE)
    }

    /// Returns the folder sealed packages go to unless another is chosen.
    pub fn outbox(&self) -> PathBuf {
        self.dir.join(OUTBOX_DIR)
    }

    /// Returns the path of the encrypted signing key file.
    pub fn signing_key_path(&self) -> PathBuf {
        self.dir.join(SIGNING_KEY_FILE)
    }

    /// Decrypts the signing key. A wrong passphrase gives `key.wrong_passphrase`.
    pub(crate) fn unlock_signing_key(&self, passphrase: &str) -> AppResult<SigningKey> {
        let key_file = sicremi_package::read_key_file(&self.signing_key_path())?;
        Ok(SigningKey::from_key_file(&key_file, passphrase)?)
    }

    pub fn signing_public_key_path(&self) -> PathBuf {
        self.dir.join(SIGNING_PUBLIC_FILE)
    }

    /// Trusts a secretariat key read from a public key file: its encryption key, which
    /// packages are then sealed to, or its signing key, which questionnaire packs must be
    /// signed with. The correspondent's own signing key is rejected.
    pub fn trust_secretariat(&mut self, public_key_file: &[u8]) -> AppResult<KeyView> {
        let file = PublicKeyFile::parse(public_key_file)?;
        if file.key.key_id() == self.signing_public_key()?.key.key_id() {
            return Err(AppError::new(
                "setup.own_signing_key",
                "the file holds this workspace's own signing key, not a secretariat key; ask the secretariat for its public key files",
            ));
        }
        if matches!(file.key, PublicKey::Recipient(_)) {
            // Workspaces of earlier versions read the encryption key from this file only.
            write_atomically(
                &self.dir.join(SECRETARIAT_KEY_FILE),
                file.to_json().as_bytes(),
            )?;
        }
        self.store
            .trust_secretariat_key(&crate::pack::new_secretariat_key(&file), "file")?;
        tracing::info!(key_id = %file.key.key_id(), "secretariat key trusted");
        Ok(KeyView::of(&file.key, file.label()))
    }

    /// Returns the secretariat encryption key trusted last, from a key file or a pack.
    ///
    /// Once a trust bundle is imported, only the bundle's encryption key whose validity period
    /// contains the current time counts, and `None` means that none does.
    fn secretariat_key(&self) -> AppResult<Option<PublicKeyFile>> {
        if let Some(bundle) = crate::trust::current_bundle(self)? {
            return Ok(crate::trust::encryption_key_now(&bundle));
        }
        let latest = self
            .store
            .secretariat_keys()?
            .into_iter()
            .rev()
            .find(|k| k.kind == sicremi_store::SecretariatKeyKind::Encryption);
        if let Some(key) = latest {
            return Ok(Some(PublicKeyFile::parse(key.public_key_file.as_bytes())?));
        }
        let path = self.dir.join(SECRETARIAT_KEY_FILE);
        match std::fs::read(&path) {
            Ok(bytes) => Ok(Some(PublicKeyFile::parse(&bytes)?)),
            Err(error) if error.kind() == std::io::ErrorKind::NotFound => Ok(None),
            Err(error) => Err(io_error(&path, error)),
        }
    }

    fn signing_public_key(&self) -> AppResult<PublicKeyFile> {
        let path = self.dir.join(SIGNING_PUBLIC_FILE);
        let bytes = std::fs::read(&path).map_err(|e| io_error(&path, e))?;
        Ok(PublicKeyFile::parse(&bytes)?)
    }

    /// Reads the workspace's figures and metadata into a model dataset.
    pub fn dataset(&self) -> AppResult<Dataset> {
        let mut dataset = Dataset::new(&self.profile.country);
        for stored in self.store.cells()? {
            dataset.set(&stored.table_id, &stored.key, to_model_cell(&stored.cell));
        }
        for entry in self.store.metadata()? {
            dataset
                .metadata
                .entry(entry.table_id)
                .or_default()
                .insert(entry.field, entry.value);
        }
        Ok(dataset)
    }

    pub fn justifications(&self) -> AppResult<Vec<Justification>> {
        let path = self.workspace_path();
        let unreadable = |error| stored_json_error(&path, error);
        self.store
            .justifications()?
            .into_iter()
            .map(|stored| {
                Ok(Justification {
                    finding_id: stored.finding_id,
                    rule: stored.rule_id,
                    cells: serde_json::from_value(stored.cells).map_err(unreadable)?,
                    values: serde_json::from_value(stored.values).map_err(unreadable)?,
                    text: stored.text,
                    at: stored.at,
                })
            })
            .collect()
    }

    pub fn findings(&self) -> AppResult<FindingsView> {
        let findings = self.validate_workspace()?;
        self.view_of(findings)
    }

    /// Pairs findings with the workspace's justifications and decides whether they allow
    /// sealing.
    fn view_of(&self, findings: Vec<Finding>) -> AppResult<FindingsView> {
        let justifications = self.justifications()?;
        let assessment = Assessment::of(&findings, &justifications);
        Ok(FindingsView {
            findings,
            justifications,
            assessment,
        })
    }

    pub fn overview(&self) -> AppResult<Overview> {
        let view = self.findings()?;
        // The figures in memory, or read from the file when they cannot be indexed.
        let prepared = self.prepared()?;
        let read;
        let dataset = match &prepared {
            Some(prepared) => &prepared.dataset,
            None => {
                read = self.dataset()?;
                &read
            }
        };
        let tables = self
            .questionnaire
            .def
            .tables
            .iter()
            .map(|table| {
                TableProgress::of(
                    &self.questionnaire,
                    table,
                    dataset,
                    &view.findings,
                    &view.justifications,
                )
            })
            .collect();
        drop(prepared);
        let signing = self.signing_public_key()?;
        Ok(Overview {
            country: self.profile.country.clone(),
            name: self.profile.name.clone(),
            institution: self.profile.institution.clone(),
            questionnaire: self.questionnaire_ref(),
            cycle: self.questionnaire.def.cycle,
            workspace_path: self.workspace_path().display().to_string(),
            signing_key: KeyView::of(&signing.key, signing.label()),
            secretariat_key: self
                .secretariat_key()?
                .map(|f| KeyView::of(&f.key, f.label())),
            secretariat_signing_keys: self.secretariat_signing_keys()?,
            trust_bundle: crate::trust::bundle_view_of(self)?,
            receipts: self.store.receipts()?,
            pack_version: self.store.active_pack()?.map(|p| p.version),
            definition_upgrade: self.definition_upgrade()?,
            tables,
            assessment: view.assessment,
            last_sequence: self.store.last_sequence()?,
            submissions: self.store.submissions()?,
        })
    }

    fn questionnaire_ref(&self) -> QuestionnaireRef {
        QuestionnaireRef {
            id: self.questionnaire.def.id.clone(),
            version: self.questionnaire.def.version,
            hash: self.questionnaire.hash_hex(),
            pack: None,
        }
    }

    fn secretariat_signing_keys(&self) -> AppResult<Vec<KeyView>> {
        let mut views = Vec::new();
        for key in self.store.secretariat_keys()? {
            if key.kind == sicremi_store::SecretariatKeyKind::Signing {
                let file = PublicKeyFile::parse(key.public_key_file.as_bytes())?;
                views.push(KeyView::of(&file.key, file.label()));
            }
        }
        Ok(views)
    }

    /// Parses and stores one cell, committed with its audit row before returning.
    pub fn set_cell(
        &mut self,
        table_id: &str,
        key: &str,
        input: &CellInput,
    ) -> AppResult<EditOutcome> {
        let cell = to_store_cell(&self.parse_cell(table_id, key, input)?);
        let audit_before = self.store.last_audit_id()?;
        let change = self.store.set_cell(table_id, key, &cell, "edit")?;
        self.cache_cells_written(
            audit_before,
            &[(table_id.to_string(), key.to_string(), cell)],
        )?;
        Ok(EditOutcome {
            changed: usize::from(change.is_change()),
            findings: self.findings()?,
        })
    }

    /// Parses every cell of a pasted block first and stores them in one transaction, so a
    /// block with one bad value changes nothing.
    pub fn set_cells(
        &mut self,
        table_id: &str,
        cells: &[(String, CellInput)],
        source: &str,
    ) -> AppResult<EditOutcome> {
        let mut parsed = Vec::with_capacity(cells.len());
        let mut problems = Vec::new();
        for (key, input) in cells {
            match self.parse_cell(table_id, key, input) {
                Ok(cell) => parsed.push((table_id.to_string(), key.clone(), to_store_cell(&cell))),
                Err(error) => problems.push(format!("{key}: {}", error.detail)),
            }
        }
        if !problems.is_empty() {
            let count = problems.len();
            problems.truncate(20);
            return Err(AppError::new(
                "input.block_rejected",
                format!(
                    "{count} pasted value(s) were rejected and nothing was changed: {}",
                    problems.join("; ")
                ),
            )
            .with("count", count)
            .with("first", &problems[0]));
        }
        let audit_before = self.store.last_audit_id()?;
        let changes = self.store.set_cells(&parsed, source)?;
        self.cache_cells_written(audit_before, &parsed)?;
        Ok(EditOutcome {
            changed: changes.len(),
            findings: self.findings()?,
        })
    }

    fn parse_cell(&self, table_id: &str, key: &str, input: &CellInput) -> AppResult<CellValue> {
        let table = self.table(table_id)?;
        check_key(&self.questionnaire, table, key)?;
        let value = match &input.value {
            Some(text) => parse_count(text)?,
            None => None,
        };
        let obs_status = non_empty(&input.obs_status);
        let conf_status = non_empty(&input.conf_status);
        let note = non_empty(&input.note);
        let statuses = &self.questionnaire.def.statuses;
        if let Some(code) = &obs_status {
            if !statuses.obs_status.iter().any(|c| &c.code == code) {
                return Err(AppError::new(
                    "input.unknown_status",
                    format!("{code:?} is not an observation status; choose one from the list"),
                )
                .with("value", code));
            }
        }
        if let Some(code) = &conf_status {
            if !statuses.conf_status.iter().any(|c| &c.code == code) {
                return Err(AppError::new(
                    "input.unknown_status",
                    format!("{code:?} is not a confidentiality status; choose one from the list"),
                )
                .with("value", code));
            }
        }
        if let Some(note) = &note {
            if note.chars().count() > MAX_NOTE_CHARS {
                return Err(AppError::new("input.note_too_long", format!("the note has more than {MAX_NOTE_CHARS} characters; shorten it or put the detail in the table's notes")).with("max", MAX_NOTE_CHARS));
            }
        }
        Ok(CellValue {
            value,
            obs_status,
            conf_status,
            note,
        })
    }

    fn table(&self, table_id: &str) -> AppResult<&TableDef> {
        self.questionnaire.table(table_id).ok_or_else(|| {
            AppError::new(
                "input.unknown_table",
                format!("{table_id:?} is not a table of the questionnaire"),
            )
            .with("value", table_id)
        })
    }

    pub fn set_metadata(
        &mut self,
        table_id: &str,
        field: &str,
        value: &str,
    ) -> AppResult<FindingsView> {
        self.table(table_id)?;
        crate::input::check_metadata_answer(&self.questionnaire, field, value.trim())?;
        let value = Some(value.trim()).filter(|v| !v.is_empty());
        let audit_before = self.store.last_audit_id()?;
        self.store.set_metadata(table_id, field, value, "edit")?;
        self.cache_metadata_written(audit_before, table_id, field, value)?;
        self.findings()
    }

    /// Stores a justification for a warning, with the cells and their values now.
    pub fn justify(&mut self, finding_id: &str, text: &str) -> AppResult<FindingsView> {
        let view = self.findings()?;
        let Some(finding) = view.findings.iter().find(|f| f.id == finding_id) else {
            return Err(AppError::new(
                "input.unknown_finding",
                format!("finding {finding_id} no longer applies: the figures changed; check the findings list again"),
            )
            .with("value", finding_id));
        };
        if finding.severity != sicremi_model::Severity::Warning {
            return Err(AppError::new(
                "input.not_a_warning",
                "only warnings can be justified; fix the error in the table instead",
            ));
        }
        let text = text.trim();
        if text.is_empty() {
            self.store.delete_justification(finding_id, "edit")?;
        } else {
            self.store.set_justification(
                &NewJustification {
                    finding_id: finding.id.clone(),
                    rule_id: finding.rule.clone(),
                    cells: serde_json::to_value(&finding.cells).expect("cell refs serialise"),
                    values: serde_json::to_value(&finding.values).expect("values serialise"),
                    text: text.to_string(),
                },
                "edit",
            )?;
        }
        self.findings()
    }

    /// Imports Argentina's RENAPER file of foreigners into T9 at `reference_date`.
    pub fn import_renaper(
        &mut self,
        path: &Path,
        reference_date: &str,
    ) -> AppResult<ImportOutcome> {
        let import =
            sicremi_sheets::import_renaper_stock_file(path, &self.questionnaire, reference_date)?;
        self.apply_import(path, import, MetadataPolicy::FillUnanswered)
    }

    /// Imports a filled template exported by [`Correspondent::export_template`].
    pub fn import_template(&mut self, path: &Path) -> AppResult<ImportOutcome> {
        let import = sicremi_sheets::import_template(path, &self.questionnaire)?;
        self.apply_import(path, import, MetadataPolicy::Replace)
    }

    fn apply_import(
        &mut self,
        path: &Path,
        import: sicremi_sheets::SheetImport,
        policy: MetadataPolicy,
    ) -> AppResult<ImportOutcome> {
        let file_name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        if let Some(country) = import
            .report
            .country
            .as_deref()
            .filter(|c| *c != self.profile.country)
        {
            return Err(AppError::new(
                "import.wrong_country",
                format!("{file_name} holds figures for {country}, this workspace reports for {}; nothing was imported", self.profile.country),
            )
            .with("country", country));
        }
        let source = format!("import:{file_name}");
        // Cells the file shows empty are cleared in the same transaction as the new values.
        let cleared = import.cleared.iter().map(|(table, key)| {
            (
                table.clone(),
                key.clone(),
                sicremi_store::CellValue::default(),
            )
        });
        let cells: Vec<(String, String, sicremi_store::CellValue)> = cleared
            .chain(
                import
                    .cells
                    .iter()
                    .map(|(table, key, cell)| (table.clone(), key.clone(), to_store_cell(cell))),
            )
            .collect();
        let changes = self.store.set_cells(&cells, &source)?;

        let dataset = self.dataset()?;
        let mut filled = Vec::new();
        for (table, field, value) in &import.metadata {
            let current = dataset.metadata(table, field);
            let write = match policy {
                MetadataPolicy::FillUnanswered => current.is_none(),
                MetadataPolicy::Replace => current != Some(value.as_str()),
            };
            if write {
                self.store
                    .set_metadata(table, field, Some(value), &source)?;
                filled.push(format!("{table}.{field}"));
            }
        }
        tracing::info!(source = %source, cells = changes.len(), "import applied");
        Ok(ImportOutcome {
            source: file_name,
            rows_read: import.report.rows_read,
            cells_written: changes.len(),
            metadata_filled: filled,
            warnings: import.report.warnings.clone(),
        })
    }

    pub fn export_template(&self, table_id: &str, lang: &str, path: &Path) -> AppResult<()> {
        self.table(table_id)?;
        let dataset = self.dataset()?;
        sicremi_sheets::export_template(&self.questionnaire, &dataset, table_id, lang, path)?;
        Ok(())
    }

    /// Seals the workspace into a signed package encrypted to the trusted secretariat key.
    ///
    /// Refuses while an error or an unjustified warning remains. The package is written
    /// atomically and only then recorded with its sequence number.
    pub fn seal(&mut self, passphrase: &str, destination: Option<&Path>) -> AppResult<SealOutcome> {
        let view = self.findings()?;
        if !view.assessment.can_seal() {
            return Err(AppError::new(
                "seal.blocked",
                format!(
                    "{} error(s) and {} unjustified warning(s) remain; fix the errors and justify the warnings in the findings list, then seal again",
                    view.assessment.errors, view.assessment.unjustified_warnings
                ),
            )
            .with("errors", view.assessment.errors)
            .with("warnings", view.assessment.unjustified_warnings));
        }
        let Some(secretariat) = self.secretariat_key()? else {
            if let Some(bundle) = crate::trust::current_bundle(self)? {
                return Err(AppError::new(
                    "seal.no_valid_encryption_key",
                    format!("no encryption key of trust bundle {} is valid now; import the newest trust bundle from the secretariat", bundle.version),
                )
                .with("version", bundle.version));
            }
            return Err(AppError::new(
                "seal.no_secretariat_key",
                "no secretariat encryption key is trusted yet; import the secretariat's public key file first",
            ));
        };
        let PublicKey::Recipient(recipient) = secretariat.key else {
            return Err(AppError::new(
                "seal.no_secretariat_key",
                "the trusted secretariat key is not an encryption key; import it again",
            ));
        };

        if let Some(path) = destination.filter(|p| p.exists() && !p.is_dir()) {
            return Err(file_exists(path));
        }

        // Unlock before reserving a sequence number, so a wrong passphrase costs nothing.
        let signer = self.unlock_signing_key(passphrase)?;

        let dataset = self.dataset()?;
        let pack = self.store.active_pack()?.map(|pack| PackRef {
            version: pack.version,
            sha256: pack.sha256,
        });
        let payload = SubmissionPayload {
            format: PAYLOAD_FORMAT.to_string(),
            questionnaire: QuestionnaireRef {
                pack,
                ..self.questionnaire_ref()
            },
            cycle: self.questionnaire.def.cycle,
            correspondent: payload::Correspondent {
                name: self.profile.name.clone(),
                institution: self.profile.institution.clone(),
            },
            dataset,
            justifications: view.justifications,
            sealed_at: crate::files::now_rfc3339(),
        };
        let bytes = payload.to_canonical_bytes();

        let sequence = self.store.next_sequence()?;
        let package_id = random_package_id()?;
        let mut schema_hash = [0u8; 16];
        schema_hash.copy_from_slice(&self.questionnaire.hash()[..16]);
        let meta = HeaderMeta {
            country: CountryCode::new(&self.profile.country)?,
            payload_type: PayloadType::CanonicalJson,
            reporting_cycle: self.questionnaire.def.cycle,
            questionnaire_version: self.questionnaire.def.version,
            schema_hash,
            sequence,
            created_at: crate::files::unix_now(),
            package_id,
        };
        let package = seal(&bytes, &meta, &signer, &recipient)?;
        drop(signer);

        let package_hex = hex(&package_id);
        let file_name = format!(
            "SICREMI-{}-{}-{sequence:04}.sicremi",
            self.profile.country, self.questionnaire.def.cycle
        );
        // A destination without an extension that does not exist yet is a folder to create,
        // so the package keeps its descriptive name and .sicremi extension.
        let path = match destination {
            Some(path) if path.is_dir() => path.join(&file_name),
            Some(path) if !path.exists() && path.extension().is_none() => {
                std::fs::create_dir_all(path).map_err(|e| io_error(path, e))?;
                path.join(&file_name)
            }
            Some(path) => path.to_path_buf(),
            None => self.outbox().join(&file_name),
        };
        // A package already on disk is never replaced: the workspace records its digest.
        if path.exists() {
            return Err(file_exists(&path));
        }
        write_atomically(&path, &package)?;
        let sha256 = sha256_hex(&package);
        self.store.record_submission(&NewOutgoingSubmission {
            package_id: package_hex.clone(),
            sequence,
            path: path.display().to_string(),
            sha256: sha256.clone(),
        })?;
        tracing::info!(package_id = %package_hex, sequence, bytes = package.len(), "package sealed");
        Ok(SealOutcome {
            path: path.display().to_string(),
            package_id: package_hex,
            sequence,
            sha256,
            bytes: package.len(),
        })
    }

    /// Reads the correspondent's public signing key file, for registration with the secretariat.
    pub fn signing_public_key_file(&self) -> AppResult<Vec<u8>> {
        let path = self.signing_public_key_path();
        std::fs::read(&path).map_err(|e| io_error(&path, e))
    }

    pub fn signing_key_id(&self) -> AppResult<String> {
        let file = self.signing_public_key()?;
        Ok(file.key.key_id().to_hex())
    }
}

/// What an import does with metadata answers the workspace already has.
#[derive(Debug, Clone, Copy)]
enum MetadataPolicy {
    /// An agency file only suggests answers, such as its own institution's name, so it
    /// fills unanswered questions and leaves the correspondent's answers alone.
    FillUnanswered,
    /// A template carries the correspondent's own answers, edited in the workbook.
    Replace,
}

/// Checks that `key` names a cell of `table`: three codes, each valid for its dimension.
pub fn check_key(questionnaire: &Questionnaire, table: &TableDef, key: &str) -> AppResult<()> {
    // The dimensions in key order, such as year:nationality:sex, so the message shows the
    // form a key of this table takes.
    let shape: Vec<&str> = table.dimensions.iter().map(|d| d.id.as_str()).collect();
    let shape = shape.join(":");
    let bad_key = |detail: String| {
        AppError::new("input.unknown_cell", detail)
            .with("value", key)
            .with("table", &table.id)
            .with("shape", &shape)
    };
    let parts: Vec<&str> = key
        .split(sicremi_model::definition::KEY_SEPARATOR)
        .collect();
    if parts.len() != table.dimensions.len() {
        return Err(bad_key(format!(
            "{key:?} is not a cell of table {}; its keys are {shape}",
            table.id
        )));
    }
    for (dim, code) in table.dimensions.iter().zip(parts) {
        if !questionnaire.accepts_code(dim, code) {
            return Err(bad_key(format!(
                "{code:?} is not a valid {} for table {}; its keys are {shape}",
                dim.id, table.id
            )));
        }
    }
    Ok(())
}

pub(crate) fn to_model_cell(cell: &sicremi_store::CellValue) -> CellValue {
    CellValue {
        value: cell.value,
        obs_status: cell.obs_status.clone(),
        conf_status: cell.conf_status.clone(),
        note: cell.note.clone(),
    }
}

pub(crate) fn to_store_cell(cell: &CellValue) -> sicremi_store::CellValue {
    sicremi_store::CellValue {
        value: cell.value,
        obs_status: cell.obs_status.clone(),
        conf_status: cell.conf_status.clone(),
        note: cell.note.clone(),
    }
}

fn stored_json_error(path: &Path, error: serde_json::Error) -> AppError {
    AppError::new(
        "store.corrupt",
        format!(
            "a stored justification in {} cannot be read ({error}); restore the workspace from a backup",
            path.display()
        ),
    )
    .with("path", path.display())
}

fn file_exists(path: &Path) -> AppError {
    AppError::new(
        "seal.file_exists",
        format!(
            "{} already exists and is not replaced; choose another file name or a folder",
            path.display()
        ),
    )
    .with("path", path.display())
}

/// Normalises a country code and checks it is an ISO 3166-1 alpha-3 code.
pub(crate) fn check_country(code: &str) -> AppResult<String> {
    let country = code.trim().to_ascii_uppercase();
    if sicremi_codes::by_alpha3(&country).is_none() {
        return Err(AppError::new(
            "setup.unknown_country",
            format!(
                "{country:?} is not an ISO 3166-1 alpha-3 country code; use e.g. ARG for Argentina"
            ),
        )
        .with("value", &country));
    }
    Ok(country)
}

pub(crate) fn check_passphrase(passphrase: &str) -> AppResult<()> {
    const MIN_CHARS: usize = 8;
    if passphrase.chars().count() < MIN_CHARS {
        return Err(AppError::new(
            "setup.passphrase_too_short",
            format!("the passphrase needs at least {MIN_CHARS} characters; a few words are easier to remember than symbols"),
        )
        .with("min", MIN_CHARS));
    }
    Ok(())
}

pub(crate) fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

impl std::fmt::Debug for Correspondent {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Correspondent")
            .field("dir", &self.dir)
            .field("country", &self.profile.country)
            .finish()
    }
}
