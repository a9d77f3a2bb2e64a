//! Questionnaire packs: the body the secretariat signs for one country each cycle, and the
//! correspondent's side of reading, previewing and importing one.
//!
//! The signed container is `sicremi_package::open_pack`. This module parses the body strictly,
//! because it comes from a file that crossed e-mail or a USB stick, and only after the
//! signature has verified under a secretariat key the workspace trusts.

use std::collections::BTreeMap;
use std::path::Path;

use serde::{Deserialize, Serialize};

use sicremi_model::migration::{self, MigrationPlan};
use sicremi_model::{canonical_json, Dataset, Questionnaire, Reference};
use sicremi_package::{
    open_pack, read_pack_file, KeyId, PublicKey, PublicKeyFile, SigningPublicKey,
};
use sicremi_store::{
    DroppedItem, NewPack, NewSecretariatKey, PackChanges, PackImport, SecretariatKeyKind,
    StoreError,
};

use crate::correspondent::{to_store_cell, Correspondent};
use crate::error::{AppError, AppResult};
use crate::files::sha256_hex;
use crate::views::KeyView;

/// The value of the body's `format` member.
pub const PACK_BODY_FORMAT: &str = "sicremi-pack/1";

/// The JSON body of a questionnaire pack (docs/package-format.md section 6.3).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PackBody {
    pub format: String,
    /// ISO 3166-1 alpha-3 code of the country the pack is for.
    pub country: String,
    pub cycle: u32,
    /// Increases with every pack the secretariat issues to the country.
    pub pack_version: u64,
    /// RFC 3339 UTC time of issue.
    pub issued_at: String,
    /// The questionnaire definition document.
    pub definition: serde_json::Value,
    pub reference: Reference,
    /// Public key files (docs/package-format.md section 5) of the secretariat's current keys:
    /// one encryption key and at least one signing key.
    pub keys: Vec<serde_json::Value>,
}

impl PackBody {
    /// Encodes the body as canonical JSON (sorted keys, no whitespace).
    pub fn to_canonical_bytes(&self) -> Vec<u8> {
        let value = serde_json::to_value(self).expect("pack body types serialise to JSON");
        canonical_json(&value).into_bytes()
    }
}

/// A pack whose signature verified and whose body passed every check.
pub struct VerifiedBody {
    pub body: PackBody,
    pub questionnaire: Questionnaire,
    /// The definition as canonical JSON text, the form whose SHA-256 is its hash.
    pub definition_text: String,
    pub keys: Vec<PublicKeyFile>,
    /// SHA-256 of the whole pack file.
    pub sha256: String,
}

impl std::fmt::Debug for VerifiedBody {
    // The reference holds a country's accepted values, which must not reach logs.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("VerifiedBody")
            .field("country", &self.body.country)
            .field("pack_version", &self.body.pack_version)
            .field("sha256", &self.sha256)
            .finish_non_exhaustive()
    }
}

/// Verifies a pack file's signature under one of `trusted` and parses its body.
pub fn verify_pack(bytes: &[u8], trusted: &[SigningPublicKey]) -> AppResult<VerifiedBody> {
    let lookup = |id: &KeyId| trusted.iter().find(|key| &key.key_id() == id).copied();
    let verified = open_pack(bytes, &lookup)?;
    let body: PackBody = serde_json::from_slice(verified.body)
        .map_err(|error| invalid_pack(format!("the body is not a valid pack ({error})")))?;
    if body.format != PACK_BODY_FORMAT {
        return Err(invalid_pack(format!(
            "format {:?} is not {PACK_BODY_FORMAT:?}",
            body.format
        )));
    }
    if sicremi_codes::by_alpha3(&body.country).is_none() {
        return Err(invalid_pack(format!(
            "country {:?} is not an ISO 3166-1 alpha-3 code",
            body.country
        )));
    }
    if body.pack_version == 0 {
        return Err(invalid_pack("pack version 0 is not allowed".to_string()));
    }

    let definition_text = canonical_json(&body.definition);
    let questionnaire = Questionnaire::from_json(definition_text.as_bytes())?;
    if questionnaire.def.cycle != body.cycle {
        return Err(invalid_pack(format!(
            "the pack is for cycle {} but its definition is for cycle {}",
            body.cycle, questionnaire.def.cycle
        )));
    }
    check_reference(&body, &questionnaire)?;
    let keys = parse_keys(&body.keys)?;

    Ok(VerifiedBody {
        sha256: sha256_hex(bytes),
        body,
        questionnaire,
        definition_text,
        keys,
    })
}

/// Checks that the accepted values belong to the pack's country and definition, and that
/// every population figure is a positive count for a four-digit year.
fn check_reference(body: &PackBody, questionnaire: &Questionnaire) -> AppResult<()> {
    let accepted = &body.reference.accepted;
    let has_cells = accepted.cells.values().any(|cells| !cells.is_empty());
    if has_cells || !accepted.country.is_empty() {
        if accepted.country != body.country {
            return Err(invalid_pack(format!(
                "the accepted values are for {:?}, the pack for {}",
                accepted.country, body.country
            )));
        }
        crate::payload::check_dataset(accepted, questionnaire)
            .map_err(|error| invalid_pack(format!("accepted values: {}", error.detail)))?;
    }
    check_population(&body.reference.population).map_err(|error| invalid_pack(error.detail))?;
    Ok(())
}

/// Checks population figures: keys are four-digit years and values positive counts.
pub fn check_population(population: &BTreeMap<String, i64>) -> AppResult<()> {
    for (year, value) in population {
        let is_year = year.len() == 4 && year.bytes().all(|b| b.is_ascii_digit());
        if !is_year || *value <= 0 || *value > sicremi_model::MAX_COUNT {
            return Err(AppError::new(
                "pack.invalid_population",
                format!("population {year}={value} is invalid: give a four-digit year and a positive count, e.g. 2023=46000000"),
            )
            .with("value", format!("{year}={value}")));
        }
    }
    Ok(())
}

fn parse_keys(values: &[serde_json::Value]) -> AppResult<Vec<PublicKeyFile>> {
    let mut keys = Vec::with_capacity(values.len());
    for value in values {
        let text = serde_json::to_vec(value).expect("JSON values serialise");
        let file = PublicKeyFile::parse(&text)
            .map_err(|error| invalid_pack(format!("a public key is invalid: {error}")))?;
        keys.push(file);
    }
    let encryption = keys
        .iter()
        .filter(|k| matches!(k.key, PublicKey::Recipient(_)))
        .count();
    let signing = keys.len() - encryption;
    if encryption != 1 || signing == 0 {
        return Err(invalid_pack(format!(
            "the pack must list one encryption key and at least one signing key, it lists {encryption} and {signing}"
        )));
    }
    Ok(keys)
}

fn invalid_pack(detail: String) -> AppError {
    AppError::new(
        "pack.invalid",
        format!(
            "the questionnaire pack is not valid: {detail}; ask the secretariat for a new pack"
        ),
    )
}

/// The position of a pack relative to the packs a workspace already has.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum PackStatus {
    /// Newer than every imported pack, or the first.
    New,
    /// The same file was imported before.
    AlreadyImported,
    /// Older than the active pack.
    Outdated,
    /// Same version as the active pack, different bytes.
    VersionConflict,
}

/// The effect of importing a pack, shown before the user confirms.
#[derive(Debug, Serialize)]
pub struct PackPreview {
    pub country: String,
    pub cycle: u32,
    pub pack_version: u64,
    pub issued_at: String,
    pub status: PackStatus,
    /// Version of the workspace's active pack, `None` before the first import.
    pub current_pack_version: Option<u64>,
    pub definition_version: u32,
    pub definition_hash: String,
    /// Whether the pack's definition differs from the one the workspace uses.
    pub definition_changed: bool,
    pub keys: Vec<KeyView>,
    /// Accepted values that would fill empty cells.
    pub prefilled_values: usize,
    /// Years with a population figure.
    pub population_years: Vec<String>,
    /// The pack's population figures beside the ones the workspace has now, so a changed
    /// denominator of the IDB indicator is seen before the import.
    pub population: Vec<PopulationFigure>,
    /// The moves and drops of the definition change, `None` when the definition is the same.
    pub migration: Option<MigrationPlan>,
    pub sha256: String,
}

/// A population figure of a pack and the workspace's current figure for the same year.
#[derive(Debug, Serialize)]
pub struct PopulationFigure {
    pub year: String,
    pub value: i64,
    pub current: Option<i64>,
}

/// Result of importing a pack.
#[derive(Debug, Serialize)]
pub struct PackOutcome {
    pub pack_version: u64,
    pub definition_version: u32,
    pub definition_hash: String,
    pub already_imported: bool,
    pub prefilled: usize,
    pub moved: usize,
    pub dropped: usize,
}

/// Everything an import computes before its one store transaction.
struct PackPlan {
    verified: VerifiedBody,
    status: PackStatus,
    current_pack_version: Option<u64>,
    definition_changed: bool,
    migration: MigrationPlan,
    prefill: Vec<(String, String, sicremi_store::CellValue)>,
}

impl Correspondent {
    /// Verifies a pack file and returns what importing it would do. Changes nothing.
    pub fn inspect_pack(&self, path: &Path) -> AppResult<PackPreview> {
        let plan = self.plan_pack(path)?;
        let body = &plan.verified.body;
        Ok(PackPreview {
            country: body.country.clone(),
            cycle: body.cycle,
            pack_version: body.pack_version,
            issued_at: body.issued_at.clone(),
            status: plan.status,
            current_pack_version: plan.current_pack_version,
            definition_version: plan.verified.questionnaire.def.version,
            definition_hash: plan.verified.questionnaire.hash_hex(),
            definition_changed: plan.definition_changed,
            keys: plan
                .verified
                .keys
                .iter()
                .map(|k| KeyView::of(&k.key, k.label()))
                .collect(),
            prefilled_values: plan.prefill.len(),
            population_years: body.reference.population.keys().cloned().collect(),
            population: body
                .reference
                .population
                .iter()
                .map(|(year, value)| PopulationFigure {
                    year: year.clone(),
                    value: *value,
                    current: self.reference.population.get(year).copied(),
                })
                .collect(),
            migration: plan.definition_changed.then_some(plan.migration),
            sha256: plan.verified.sha256.clone(),
        })
    }

    /// Imports a pack file in one store transaction: the definition, the reference, the
    /// secretariat keys it lists, the cell moves and drops of a definition change, and the
    /// accepted values into cells that are empty. A cell the correspondent filled is never
    /// overwritten.
    ///
    /// When the definition change moves or drops values, the import runs only with
    /// `allow_value_changes`, after the user has seen [`Correspondent::inspect_pack`].
    pub fn import_pack(
        &mut self,
        path: &Path,
        allow_value_changes: bool,
    ) -> AppResult<PackOutcome> {
        let plan = self.plan_pack(path)?;
        if plan.status == PackStatus::AlreadyImported {
            return Ok(PackOutcome {
                pack_version: plan.verified.body.pack_version,
                definition_version: plan.verified.questionnaire.def.version,
                definition_hash: plan.verified.questionnaire.hash_hex(),
                already_imported: true,
                prefilled: 0,
                moved: 0,
                dropped: 0,
            });
        }
        let workspace = self.workspace_path();
        let current = plan.current_pack_version.unwrap_or(0);
        let version = plan.verified.body.pack_version;
        match plan.status {
            PackStatus::Outdated => {
                return Err(StoreError::PackOutdated {
                    path: workspace,
                    version,
                    current,
                }
                .into())
            }
            PackStatus::VersionConflict => {
                return Err(StoreError::PackVersionConflict {
                    path: workspace,
                    version,
                }
                .into())
            }
            PackStatus::New | PackStatus::AlreadyImported => {}
        }
        if plan.migration.changes_values() && !allow_value_changes {
            let moved = plan.migration.moved.len() + plan.migration.moved_metadata.len();
            let dropped = plan.migration.dropped.len() + plan.migration.dropped_metadata.len();
            return Err(AppError::new(
                "pack.confirmation_required",
                format!("the new questionnaire definition moves {moved} and drops {dropped} value(s); review the plan (sicremi pack inspect) and confirm the import"),
            )
            .with("moved", moved)
            .with("dropped", dropped));
        }

        let verified = &plan.verified;
        let new_pack = NewPack {
            version: verified.body.pack_version,
            sha256: verified.sha256.clone(),
            cycle: verified.body.cycle,
            definition_hash: verified.questionnaire.hash_hex(),
            definition_version: verified.questionnaire.def.version,
            definition: verified.definition_text.clone(),
            reference: serde_json::to_value(&verified.body.reference)
                .expect("references serialise"),
            issued_at: verified.body.issued_at.clone(),
            keys: verified.keys.iter().map(new_secretariat_key).collect(),
        };
        let changes = changes_of(
            &plan.migration,
            &self.questionnaire.hash_hex(),
            plan.prefill.clone(),
        );
        let source = format!("pack:{}", verified.body.pack_version);
        let result = self.store.import_pack(&new_pack, &changes, &source)?;

        let prefilled = match result {
            PackImport::Imported { prefilled } => prefilled,
            PackImport::AlreadyImported { .. } => 0,
        };
        self.questionnaire = plan.verified.questionnaire.clone();
        self.reference = plan.verified.body.reference.clone();
        self.forget_prepared();
        tracing::info!(
            pack_version = plan.verified.body.pack_version,
            definition = %self.questionnaire.hash_hex(),
            prefilled,
            "questionnaire pack applied"
        );
        Ok(PackOutcome {
            pack_version: plan.verified.body.pack_version,
            definition_version: self.questionnaire.def.version,
            definition_hash: self.questionnaire.hash_hex(),
            already_imported: matches!(result, PackImport::AlreadyImported { .. }),
            prefilled,
            moved: plan.migration.moved.len(),
            dropped: plan.migration.dropped.len(),
        })
    }

    /// Returns the cells and metadata answers that definition changes dropped, oldest first.
    pub fn dropped_cells(&self) -> AppResult<Vec<DroppedItem>> {
        Ok(self.store.dropped_items()?)
    }

    /// Returns the reference data of the active pack; empty before the first pack.
    pub fn reference(&self) -> &Reference {
        &self.reference
    }

    /// Returns every secretariat signing key the workspace trusts, from key files or from
    /// earlier packs. Once a trust bundle is imported, only the current bundle's signing key
    /// counts (see [`crate::trust`]), so a newer bundle retires the older keys.
    ///
    /// NOTE: without a trust bundle, a signing key stays trusted once a pack listed it.
    pub(crate) fn trusted_pack_signers(&self) -> AppResult<Vec<SigningPublicKey>> {
        if let Some(bundle) = crate::trust::current_bundle(self)? {
            return Ok(vec![bundle.signing_key]);
        }
        let mut signers = Vec::new();
        for key in self.store.secretariat_keys()? {
            if key.kind != SecretariatKeyKind::Signing {
                continue;
            }
            if let PublicKey::Signing(public) =
                PublicKeyFile::parse(key.public_key_file.as_bytes())?.key
            {
                signers.push(public);
            }
        }
        Ok(signers)
    }

    fn plan_pack(&self, path: &Path) -> AppResult<PackPlan> {
        let bytes = read_pack_file(path)?;
        let verified = verify_pack(&bytes, &self.trusted_pack_signers()?)?;
        if verified.body.country != self.profile.country {
            return Err(AppError::new(
                "pack.wrong_country",
                format!(
                    "{} is a questionnaire pack for {}, this workspace reports for {}; ask the secretariat for your country's pack",
                    path.display(),
                    verified.body.country,
                    self.profile.country
                ),
            )
            .with("country", &verified.body.country)
            .with("path", path.display()));
        }

        let active = self.store.active_pack()?;
        let status = match &active {
            None => PackStatus::New,
            Some(active) if active.version < verified.body.pack_version => PackStatus::New,
            Some(active) if active.version > verified.body.pack_version => PackStatus::Outdated,
            Some(active) if active.sha256 == verified.sha256 => PackStatus::AlreadyImported,
            Some(_) => PackStatus::VersionConflict,
        };
        let dataset = self.dataset()?;
        let definition_changed = verified.questionnaire.hash() != self.questionnaire.hash();
        let migration = migration::plan(&self.questionnaire, &verified.questionnaire, &dataset);
        let prefill = prefill_cells(&verified, &dataset, &migration);
        Ok(PackPlan {
            status,
            current_pack_version: active.map(|a| a.version),
            definition_changed,
            migration,
            prefill,
            verified,
        })
    }
}

/// Lists the accepted values whose cell will be empty once the migration has run.
fn prefill_cells(
    verified: &VerifiedBody,
    dataset: &Dataset,
    plan: &MigrationPlan,
) -> Vec<(String, String, sicremi_store::CellValue)> {
    let mut occupied: std::collections::BTreeSet<(&str, &str)> = dataset
        .cells
        .iter()
        .flat_map(|(table, cells)| cells.keys().map(move |key| (table.as_str(), key.as_str())))
        .collect();
    for moved in &plan.moved {
        occupied.remove(&(moved.from.table.as_str(), moved.from.key.as_str()));
    }
    for dropped in &plan.dropped {
        occupied.remove(&(dropped.cell.table.as_str(), dropped.cell.key.as_str()));
    }
    for moved in &plan.moved {
        occupied.insert((moved.to.table.as_str(), moved.to.key.as_str()));
    }

    let mut cells = Vec::new();
    for (table, accepted) in &verified.body.reference.accepted.cells {
        for (key, cell) in accepted {
            if !occupied.contains(&(table.as_str(), key.as_str())) && !cell.is_empty() {
                cells.push((table.clone(), key.clone(), to_store_cell(cell)));
            }
        }
    }
    cells
}

pub(crate) fn changes_of(
    plan: &MigrationPlan,
    previous_definition_hash: &str,
    prefill: Vec<(String, String, sicremi_store::CellValue)>,
) -> PackChanges {
    PackChanges {
        previous_definition_hash: previous_definition_hash.to_string(),
        moved: plan
            .moved
            .iter()
            .map(|m| {
                (
                    m.from.table.clone(),
                    m.from.key.clone(),
                    m.to.table.clone(),
                    m.to.key.clone(),
                    to_store_cell(&m.value),
                )
            })
            .collect(),
        dropped: plan
            .dropped
            .iter()
            .map(|d| {
                (
                    d.cell.table.clone(),
                    d.cell.key.clone(),
                    to_store_cell(&d.value),
                )
            })
            .collect(),
        moved_metadata: plan
            .moved_metadata
            .iter()
            .map(|m| {
                (
                    m.from_table.clone(),
                    m.to_table.clone(),
                    m.field.clone(),
                    m.value.clone(),
                )
            })
            .collect(),
        dropped_metadata: plan
            .dropped_metadata
            .iter()
            .map(|d| (d.table.clone(), d.field.clone(), d.value.clone()))
            .collect(),
        prefill,
    }
}

/// Converts a checked public key file into the store's form.
pub(crate) fn new_secretariat_key(file: &PublicKeyFile) -> NewSecretariatKey {
    NewSecretariatKey {
        key_id: file.key.key_id().to_hex(),
        kind: match file.key {
            PublicKey::Recipient(_) => SecretariatKeyKind::Encryption,
            PublicKey::Signing(_) => SecretariatKeyKind::Signing,
        },
        public_key_file: file.to_json(),
    }
}
