//! The secretariat's side: its encryption and signing keys, the registered correspondent keys,
//! questionnaire packs, package import into the consolidated store, and the consolidated
//! export.

use std::path::{Path, PathBuf};

use serde::Serialize;

use sicremi_model::{validate_with, Dataset, Finding, Questionnaire, Reference};
use sicremi_package::{
    parse_header, read_package_file, sign_pack, Header, KdfParams, KeyId, PublicKey, PublicKeyFile,
    RecipientSecretKey, SigningKey, SigningPublicKey,
};
use sicremi_store::{
    Consolidated, CycleRecord, CycleState, ImportOutcome, ImportedSubmission, NewIssuedPack,
    NewSigningKey, NewSubmission, RegisteredKey, StoreError,
};

use crate::correspondent::{check_passphrase, hex, to_model_cell, to_store_cell};
use crate::error::{io_error, AppError, AppResult};
use crate::files::{now_rfc3339, sha256_hex, write_atomically};
use crate::pack::{check_population, PackBody, PACK_BODY_FORMAT};
use crate::payload::SubmissionPayload;
use crate::views::KeyView;

pub(crate) const STORE_FILE: &str = "consolidated.sqlite";
pub(crate) const ENCRYPTION_KEY_FILE: &str = "encryption.key";
pub(crate) const ENCRYPTION_PUBLIC_FILE: &str = "encryption.pub.json";
pub(crate) const SIGNING_KEY_FILE: &str = "signing.key";
pub(crate) const SIGNING_PUBLIC_FILE: &str = "signing.pub.json";
const RECEIPTS_DIR: &str = "receipts";

pub struct Secretariat {
    pub(crate) dir: PathBuf,
    pub(crate) store: Consolidated,
    pub(crate) questionnaire: Questionnaire,
}

/// The secretariat's private keys, unlocked for one import or one batch.
pub(crate) struct UnlockedKeys {
    pub encryption: RecipientSecretKey,
    /// Encryption keys replaced by a rotation, kept so that packages sealed to them before the
    /// correspondent received the new trust bundle still open.
    pub retired: Vec<RecipientSecretKey>,
    pub signing: SigningKey,
}

impl UnlockedKeys {
    /// Returns the encryption key with id `key_id`, current or retired.
    pub fn encryption_key(&self, key_id: &KeyId) -> Option<&RecipientSecretKey> {
        std::iter::once(&self.encryption)
            .chain(&self.retired)
            .find(|key| &key.key_id() == key_id)
    }
}

/// Name of a retired encryption key file: `encryption-<key id in hex>.key`.
pub(crate) fn retired_key_file_name(key_id: &KeyId) -> String {
    format!("encryption-{}.key", key_id.to_hex())
}

/// Reads the key id from a retired encryption key file's name, `None` for any other name.
pub(crate) fn retired_key_id(file_name: &str) -> Option<KeyId> {
    let hex = file_name
        .strip_prefix("encryption-")?
        .strip_suffix(".key")?;
    KeyId::from_hex(hex)
}

/// The source of an import's private keys: keys unlocked already, or a passphrase that
/// unlocks them on first use, so that checks that need no key run before the passphrase is
/// tried.
pub(crate) enum KeySource<'a> {
    Passphrase(&'a str),
    Unlocked(Box<UnlockedKeys>),
}

impl KeySource<'_> {
    /// Returns the unlocked keys, unlocking them now if needed.
    pub fn unlock(&mut self, secretariat: &Secretariat) -> AppResult<&UnlockedKeys> {
        if let KeySource::Passphrase(passphrase) = self {
            *self = KeySource::Unlocked(Box::new(secretariat.unlock(passphrase)?));
        }
        match self {
            KeySource::Unlocked(keys) => Ok(keys),
            KeySource::Passphrase(_) => unreachable!("the keys were unlocked above"),
        }
    }
}

/// Result of importing one package file.
#[derive(Debug, Serialize)]
pub struct PackageImport {
    pub file: String,
    pub country: String,
    pub package_id: String,
    pub sequence: u64,
    pub sha256: String,
    pub outcome: ImportOutcome,
    /// Findings of the secretariat's own validation run on the received figures.
    pub findings: Vec<Finding>,
    pub justified: usize,
    /// Path of the signed receipt written for the correspondent, `None` when writing it
    /// failed (the failure is logged; importing the same file again writes one).
    pub receipt: Option<String>,
}

/// Result of issuing a questionnaire pack.
#[derive(Debug, Serialize)]
pub struct PackIssue {
    pub path: String,
    pub country: String,
    pub pack_version: u64,
    pub definition_hash: String,
    /// Accepted cells carried as reference values.
    pub accepted_cells: usize,
    pub population_years: Vec<String>,
    pub sha256: String,
    pub bytes: usize,
    pub signing_key: KeyView,
}

#[derive(Debug, Serialize)]
pub struct SecretariatOverview {
    pub encryption_key: KeyView,
    /// The key that signs questionnaire packs; `None` for a folder created before packs
    /// existed, until the first pack is issued.
    pub signing_key: Option<KeyView>,
    pub store_path: String,
    pub countries: Vec<String>,
    pub submissions: Vec<ImportedSubmission>,
    pub keys: Vec<RegisteredKeyView>,
}

#[derive(Debug, Serialize)]
pub struct RegisteredKeyView {
    pub key_id: String,
    pub fingerprint: String,
    pub country: String,
    pub label: String,
    /// RFC 3339 UTC start of the validity period.
    pub valid_from: String,
    /// RFC 3339 UTC end of the validity period, `None` when open-ended.
    pub valid_to: Option<String>,
    pub revoked_at: Option<String>,
}

impl Secretariat {
    /// Creates the secretariat's folder: a new encryption key and a new pack signing key, both
    /// under `passphrase`, and an empty consolidated store.
    pub fn create(dir: &Path, passphrase: &str, kdf: &KdfParams) -> AppResult<Secretariat> {
        check_passphrase(passphrase)?;
        if dir.join(ENCRYPTION_KEY_FILE).exists() {
            return Err(AppError::new(
                "setup.already_exists",
                format!(
                    "{} already holds a secretariat key; open it instead, or choose another folder",
                    dir.display()
                ),
            )
            .with("path", dir.display()));
        }
        std::fs::create_dir_all(dir).map_err(|e| io_error(dir, e))?;
        let key = RecipientSecretKey::generate()?;
        sicremi_package::write_new_key_file(
            &dir.join(ENCRYPTION_KEY_FILE),
            &key.to_key_file(passphrase, kdf)?,
        )?;
        let public = PublicKeyFile::new(
            PublicKey::Recipient(key.public_key().clone()),
            Some("SICREMI secretariat".to_string()),
        )?;
        write_atomically(
            &dir.join(ENCRYPTION_PUBLIC_FILE),
            public.to_json().as_bytes(),
        )?;
        create_signing_key(dir, passphrase, kdf)?;
        tracing::info!(dir = %dir.display(), key_id = %key.key_id(), "secretariat created");
        Secretariat::open(dir)
    }

    pub fn open(dir: &Path) -> AppResult<Secretariat> {
        if !dir.join(ENCRYPTION_KEY_FILE).exists() {
            return Err(AppError::new(
                "setup.no_secretariat",
                format!("{} holds no secretariat key; create one first (sicremi secretariat init, or the demo)", dir.display()),
            )
            .with("path", dir.display()));
        }
        let store = Consolidated::open(dir.join(STORE_FILE))?;
        Ok(Secretariat {
            dir: dir.to_path_buf(),
            store,
            questionnaire: Questionnaire::embedded(),
        })
    }

    /// Checks that `passphrase` unlocks the encryption key, without keeping the key.
    pub fn check_passphrase(&self, passphrase: &str) -> AppResult<()> {
        let key_path = self.dir.join(ENCRYPTION_KEY_FILE);
        RecipientSecretKey::from_key_file(&sicremi_package::read_key_file(&key_path)?, passphrase)?;
        Ok(())
    }

    pub fn exists(dir: &Path) -> bool {
        dir.join(ENCRYPTION_KEY_FILE).exists()
    }

    pub fn questionnaire(&self) -> &Questionnaire {
        &self.questionnaire
    }

    /// Reads the public encryption key file to hand to correspondents.
    pub fn public_key_file(&self) -> AppResult<Vec<u8>> {
        let path = self.dir.join(ENCRYPTION_PUBLIC_FILE);
        std::fs::read(&path).map_err(|e| io_error(&path, e))
    }

    pub fn public_key_path(&self) -> PathBuf {
        self.dir.join(ENCRYPTION_PUBLIC_FILE)
    }

    /// Reads the public pack signing key file that correspondents trust. Fails with
    /// `io.not_found` for a folder created before packs existed, until the first pack is
    /// issued.
    pub fn signing_public_key_file(&self) -> AppResult<Vec<u8>> {
        let path = self.dir.join(SIGNING_PUBLIC_FILE);
        std::fs::read(&path).map_err(|e| io_error(&path, e))
    }

    /// Issues a signed questionnaire pack for `country` to `out`: the definition this
    /// secretariat validates against, the country's currently accepted values and
    /// `population` as reference, and the secretariat's public keys.
    ///
    /// The pack takes the next version of the country, recorded before the file is written
    /// so that a version is never issued twice with different content. A folder created
    /// before packs existed gets its signing key here, under `passphrase` once that
    /// passphrase has unlocked the encryption key.
    pub fn issue_pack(
        &mut self,
        country: &str,
        passphrase: &str,
        population: &std::collections::BTreeMap<String, i64>,
        out: &Path,
    ) -> AppResult<PackIssue> {
        let country = crate::correspondent::check_country(country)?;
        check_population(population)?;
        if out.exists() {
            return Err(AppError::new(
                "pack.file_exists",
                format!(
                    "{} already exists and is not replaced; choose another file name",
                    out.display()
                ),
            )
            .with("path", out.display()));
        }
        let signer = self.signing_key(passphrase)?;

        let mut accepted = self.dataset(&country)?;
        // Only the figures are reference values; metadata answers are asked again each cycle.
        accepted.metadata.clear();
        let accepted_cells = accepted.cells.values().map(|cells| cells.len()).sum();
        let reference = Reference {
            accepted,
            population: population.clone(),
        };
        let definition: serde_json::Value =
            serde_json::from_str(sicremi_model::definition::EMBEDDED_DEFINITION)
                .expect("the embedded definition is valid JSON");
        let signing_public = PublicKeyFile::new(
            PublicKey::Signing(signer.public_key()),
            Some("SICREMI secretariat packs".to_string()),
        )?;
        let encryption_public = PublicKeyFile::parse(&self.public_key_file()?)?;
        let keys = [encryption_public, signing_public.clone()]
            .iter()
            .map(|file| serde_json::from_str(&file.to_json()).expect("key files are JSON"))
            .collect();

        let version = self.store.next_pack_version(&country)?;
        let issued_at = now_rfc3339();
        let body = PackBody {
            format: PACK_BODY_FORMAT.to_string(),
            country: country.clone(),
            cycle: self.questionnaire.def.cycle,
            pack_version: version,
            issued_at: issued_at.clone(),
            definition,
            reference,
            keys,
        };
        let pack = sign_pack(&body.to_canonical_bytes(), &signer)?;
        drop(signer);
        let sha256 = sha256_hex(&pack);

        self.store.record_issued_pack(&NewIssuedPack {
            country: country.clone(),
            version,
            cycle: self.questionnaire.def.cycle.to_string(),
            definition_hash: self.questionnaire.hash_hex(),
            reference: serde_json::to_value(&body.reference).expect("references serialise"),
            sha256: sha256.clone(),
            issued_at,
        })?;
        write_atomically(out, &pack)?;
        tracing::info!(country = %country, version, bytes = pack.len(), "questionnaire pack issued");
        Ok(PackIssue {
            path: out.display().to_string(),
            country,
            pack_version: version,
            definition_hash: self.questionnaire.hash_hex(),
            accepted_cells,
            population_years: population.keys().cloned().collect(),
            sha256,
            bytes: pack.len(),
            signing_key: KeyView::of(&signing_public.key, signing_public.label()),
        })
    }

    /// Unlocks the pack signing key, creating it first in a folder that has none.
    pub(crate) fn signing_key(&self, passphrase: &str) -> AppResult<SigningKey> {
        let key_path = self.dir.join(SIGNING_KEY_FILE);
        if !key_path.exists() {
            self.check_passphrase(passphrase)?;
            create_signing_key(&self.dir, passphrase, &KdfParams::DEFAULT)?;
        }
        let key_file = sicremi_package::read_key_file(&key_path)?;
        Ok(SigningKey::from_key_file(&key_file, passphrase)?)
    }

    /// Registers a correspondent's signing key for `country`.
    pub fn register_correspondent(
        &mut self,
        public_key_file: &[u8],
        country: &str,
    ) -> AppResult<RegisteredKeyView> {
        let country = country.trim().to_ascii_uppercase();
        if sicremi_codes::by_alpha3(&country).is_none() {
            return Err(AppError::new(
                "setup.unknown_country",
                format!("{country:?} is not an ISO 3166-1 alpha-3 country code"),
            )
            .with("value", &country));
        }
        let file = PublicKeyFile::parse(public_key_file)?;
        let PublicKey::Signing(key) = &file.key else {
            return Err(AppError::new(
                "setup.not_a_signing_key",
                "the file holds an encryption key, not a correspondent's signing key; ask the correspondent for the file SICREMI Collect exported",
            ));
        };
        let registered = self.store.register_key(&NewSigningKey {
            key_id: key.key_id().to_hex(),
            public_key: key.as_bytes().to_vec(),
            country: country.clone(),
            label: file.label().unwrap_or("").to_string(),
            valid_from: now_rfc3339(),
            valid_to: None,
        })?;
        tracing::info!(key_id = %registered.key_id, country = %country, "correspondent key registered");
        Ok(registered_view(&registered))
    }

    pub fn revoke(&mut self, key_id: &str) -> AppResult<RegisteredKeyView> {
        Ok(registered_view(&self.store.revoke_key(key_id)?))
    }

    /// Imports one package file: header checks, sender registration and validity, cycle
    /// state, decryption, signature, strict payload parsing, the same validation the
    /// correspondent ran, then one store transaction. Any failure leaves the consolidated
    /// store unchanged.
    ///
    /// A signed receipt goes to [`Secretariat::receipts_dir`] for every verdict, a rejection
    /// included (see [`crate::receipts`]). The keys are unlocked only once the header checks
    /// that need no key have passed, so a mistyped passphrase cannot hide a bad file.
    pub fn import_package(&mut self, path: &Path, passphrase: &str) -> AppResult<PackageImport> {
        let receipts = self.receipts_dir();
        let mut keys = KeySource::Passphrase(passphrase);
        self.import_with_keys(path, &mut keys, &receipts)
    }

    /// Imports one package file with keys unlocked by the caller or on first use, and
    /// writes its receipt to `receipts_dir`.
    pub(crate) fn import_with_keys(
        &mut self,
        path: &Path,
        keys: &mut KeySource<'_>,
        receipts_dir: &Path,
    ) -> AppResult<PackageImport> {
        let bytes = read_package_file(path)?;
        let header = parse_header(&bytes)?;
        match self.import_parsed(path, &bytes, &header, keys) {
            Ok(mut import) => {
                import.receipt =
                    crate::receipts::write_for_import(self, keys, &header, &import, receipts_dir);
                Ok(import)
            }
            Err(error) => Err(crate::receipts::write_for_rejection(
                self,
                keys,
                &header,
                &bytes,
                error,
                receipts_dir,
            )),
        }
    }

    fn import_parsed(
        &mut self,
        path: &Path,
        bytes: &[u8],
        header: &Header,
        keys: &mut KeySource<'_>,
    ) -> AppResult<PackageImport> {
        let country = header.meta.country.as_str().to_string();

        if header.meta.reporting_cycle != self.questionnaire.def.cycle
            || header.meta.questionnaire_version != self.questionnaire.def.version
            || header.meta.schema_hash[..] != self.questionnaire.hash()[..16]
        {
            return Err(AppError::new(
                "import.wrong_questionnaire",
                format!(
                    "{} is for cycle {} questionnaire version {}, this secretariat accepts cycle {} version {}; ask the correspondent to update SICREMI Collect and seal again",
                    path.display(),
                    header.meta.reporting_cycle,
                    header.meta.questionnaire_version,
                    self.questionnaire.def.cycle,
                    self.questionnaire.def.version
                ),
            )
            .with("path", path.display()));
        }
        let cycle = header.meta.reporting_cycle.to_string();
        if self.store.cycle_state(&cycle)? == CycleState::Closed {
            return Err(StoreError::CycleClosed {
                path: self.store.path().to_path_buf(),
                cycle,
            }
            .into());
        }

        // The sender must be registered, unrevoked, inside its validity period and bound to
        // the package's country before any decryption happens.
        let sender_id = header.sender_key_id.to_hex();
        let Some(registered) = self.store.key(&sender_id)? else {
            return Err(AppError::new(
                "import.unknown_sender",
                format!("{} is signed by key {sender_id}, which is not registered; register the correspondent's public key first", path.display()),
            )
            .with("key_id", &sender_id));
        };
        if let Some(revoked_at) = &registered.revoked_at {
            return Err(AppError::new(
                "import.revoked_sender",
                format!("{} is signed by key {sender_id}, revoked at {revoked_at}; the package is refused whatever date it claims", path.display()),
            )
            .with("key_id", &sender_id));
        }
        crate::enrollment::check_validity(&registered, path)?;
        if registered.country != country {
            return Err(AppError::new(
                "import.wrong_country",
                format!("{} claims country {country}, but key {sender_id} is registered for {}; the package is refused", path.display(), registered.country),
            )
            .with("key_id", &sender_id)
            .with("country", &country));
        }
        let sender_key = SigningPublicKey::from_bytes(&registered.public_key)?;

        // A package sealed for another key is reported as such before the passphrase is
        // tried, so a mistyped passphrase cannot hide it. Keys retired by a rotation still
        // open the packages sealed to them.
        let own_key = PublicKeyFile::parse(&self.public_key_file()?)?.key.key_id();
        if header.recipient_key_id != own_key
            && !self.retired_key_ids()?.contains(&header.recipient_key_id)
        {
            return Err(sicremi_package::PackageError::UnknownRecipient {
                found: header.recipient_key_id,
                expected: own_key,
            }
            .into());
        }

        let unlocked = keys.unlock(self)?;
        let recipient = unlocked.encryption_key(&header.recipient_key_id).ok_or(
            sicremi_package::PackageError::UnknownRecipient {
                found: header.recipient_key_id,
                expected: own_key,
            },
        )?;
        let lookup = |id: &KeyId| (id == &header.sender_key_id).then_some(sender_key);
        let opened = sicremi_package::open(bytes, recipient, &lookup)?;

        let payload = SubmissionPayload::parse(&opened.payload, &self.questionnaire)?;
        if payload.dataset.country != country {
            return Err(AppError::new(
                "import.wrong_country",
                format!("the figures inside {} are for {}, the package header says {country}; the package is refused", path.display(), payload.dataset.country),
            )
            .with("country", &payload.dataset.country));
        }

        let reference = self.reference_of(&country, &payload, path)?;
        let findings = validate_with(&self.questionnaire, &payload.dataset, &reference);
        let justified = findings
            .iter()
            .filter(|f| payload.justifications.iter().any(|j| j.covers(f)))
            .count();
        let cells = payload
            .dataset
            .cells
            .iter()
            .flat_map(|(table, cells)| {
                cells
                    .iter()
                    .map(move |(key, cell)| (table.clone(), key.clone(), to_store_cell(cell)))
            })
            .collect();
        let package_id = hex(&header.meta.package_id);
        let submission = NewSubmission {
            package_id: package_id.clone(),
            country: country.clone(),
            cycle: header.meta.reporting_cycle.to_string(),
            questionnaire_version: header.meta.questionnaire_version.to_string(),
            schema_hash: self.questionnaire.hash_hex(),
            sequence: header.meta.sequence,
            sender_key_id: sender_id,
            raw: bytes.to_vec(),
            findings: serde_json::to_value(&findings).expect("findings serialise"),
            justifications: serde_json::to_value(&payload.justifications)
                .expect("justifications serialise"),
            metadata: serde_json::to_value(&payload.dataset.metadata).expect("metadata serialises"),
            cells,
        };
        let outcome = self.store.import_submission(&submission)?;
        tracing::info!(package_id = %package_id, country = %country, sequence = header.meta.sequence, "package import finished");
        Ok(PackageImport {
            file: path.display().to_string(),
            country,
            package_id,
            sequence: header.meta.sequence,
            sha256: sha256_hex(bytes),
            outcome,
            findings,
            justified,
            receipt: None,
        })
    }

    /// Returns the folder receipts go to unless another is chosen: `receipts` next to the
    /// consolidated store.
    pub fn receipts_dir(&self) -> PathBuf {
        self.dir.join(RECEIPTS_DIR)
    }

    /// Unlocks the encryption key and the signing key under `passphrase`.
    pub(crate) fn unlock(&self, passphrase: &str) -> AppResult<UnlockedKeys> {
        let key_path = self.dir.join(ENCRYPTION_KEY_FILE);
        let encryption = RecipientSecretKey::from_key_file(
            &sicremi_package::read_key_file(&key_path)?,
            passphrase,
        )?;
        let mut retired = Vec::new();
        for key_id in self.retired_key_ids()? {
            let path = self.dir.join(retired_key_file_name(&key_id));
            retired.push(RecipientSecretKey::from_key_file(
                &sicremi_package::read_key_file(&path)?,
                passphrase,
            )?);
        }
        let signing = self.signing_key(passphrase)?;
        Ok(UnlockedKeys {
            encryption,
            retired,
            signing,
        })
    }

    /// Lists the ids of the encryption keys a rotation retired, from their file names.
    pub(crate) fn retired_key_ids(&self) -> AppResult<Vec<KeyId>> {
        let entries = std::fs::read_dir(&self.dir).map_err(|e| io_error(&self.dir, e))?;
        let mut ids = Vec::new();
        for entry in entries {
            let entry = entry.map_err(|e| io_error(&self.dir, e))?;
            if let Some(id) = entry.file_name().to_str().and_then(retired_key_id) {
                ids.push(id);
            }
        }
        ids.sort_by_key(|id| id.to_hex());
        Ok(ids)
    }

    /// Replaces the encryption key with a new one, as each cycle should, and returns the new
    /// key. The old key is kept as `encryption-<key id>.key` under the same passphrase, so
    /// packages sealed to it still open. Correspondents seal to the new key once they import
    /// a trust bundle that lists it.
    pub fn rotate_encryption_key(
        &mut self,
        passphrase: &str,
        kdf: &KdfParams,
    ) -> AppResult<KeyView> {
        let current_path = self.dir.join(ENCRYPTION_KEY_FILE);
        let current_file = sicremi_package::read_key_file(&current_path)?;
        let current = RecipientSecretKey::from_key_file(&current_file, passphrase)?;

        // The old key is copied under its retired name before the new key replaces it, so an
        // interruption leaves at worst two copies of the old key, never none.
        let retired_path = self.dir.join(retired_key_file_name(&current.key_id()));
        if !retired_path.exists() {
            sicremi_package::write_new_key_file(&retired_path, &current_file)?;
        }
        let key = RecipientSecretKey::generate()?;
        write_atomically(&current_path, &key.to_key_file(passphrase, kdf)?)?;
        let public = PublicKeyFile::new(
            PublicKey::Recipient(key.public_key().clone()),
            Some("SICREMI secretariat".to_string()),
        )?;
        write_atomically(
            &self.dir.join(ENCRYPTION_PUBLIC_FILE),
            public.to_json().as_bytes(),
        )?;
        tracing::info!(
            retired = %current.key_id(),
            key_id = %key.key_id(),
            "secretariat encryption key rotated"
        );
        Ok(KeyView::of(&public.key, public.label()))
    }

    /// Closes or reopens a reporting cycle. Packages of a closed cycle are rejected with
    /// `store.cycle_closed`.
    pub fn set_cycle_state(&mut self, cycle: &str, state: CycleState) -> AppResult<CycleRecord> {
        let cycle = cycle.trim();
        let is_year = cycle.len() == 4 && cycle.bytes().all(|b| b.is_ascii_digit());
        if !is_year {
            return Err(AppError::new(
                "input.invalid_cycle",
                format!(
                    "{cycle:?} is not a reporting cycle; give the four-digit year, such as 2026"
                ),
            )
            .with("value", cycle));
        }
        Ok(self.store.set_cycle_state(cycle, state)?)
    }

    /// Returns every cycle whose state was set; a cycle not listed is open.
    pub fn cycle_records(&self) -> AppResult<Vec<CycleRecord>> {
        Ok(self.store.cycle_records()?)
    }

    /// Reads the currently accepted figures of `country` for the questionnaire's cycle.
    pub fn dataset(&self, country: &str) -> AppResult<Dataset> {
        let cycle = self.questionnaire.def.cycle.to_string();
        let mut dataset = Dataset::new(country);
        for cell in self.store.cells(country, &cycle)? {
            dataset.set(&cell.table_id, &cell.key, to_model_cell(&cell.cell));
        }
        if let Some(current) = self
            .store
            .submissions()?
            .into_iter()
            .find(|s| s.is_current && s.country == country && s.cycle == cycle)
        {
            dataset.metadata = serde_json::from_value(current.metadata).unwrap_or_default();
        }
        Ok(dataset)
    }

    /// Runs the rules that compare countries (the mirror check: emigrants a country reports
    /// against the immigrants of its nationality the destinations report) over every country's
    /// current figures. The findings are information for the secretariat.
    pub fn network_findings(&self) -> AppResult<Vec<sicremi_model::Finding>> {
        let cycle = self.questionnaire.def.cycle.to_string();
        let mut countries: Vec<String> = self
            .store
            .submissions()?
            .into_iter()
            .filter(|s| s.is_current && s.cycle == cycle)
            .map(|s| s.country)
            .collect();
        countries.sort();
        countries.dedup();
        let datasets = countries
            .iter()
            .map(|country| self.dataset(country))
            .collect::<AppResult<Vec<Dataset>>>()?;
        Ok(sicremi_model::validate_network(
            &self.questionnaire,
            &datasets,
        ))
    }

    /// Returns the reference of the pack a payload names, checked against the record of
    /// issued packs, or an empty reference for a payload that names none.
    fn reference_of(
        &self,
        country: &str,
        payload: &SubmissionPayload,
        path: &Path,
    ) -> AppResult<Reference> {
        let Some(pack) = &payload.questionnaire.pack else {
            return Ok(Reference::default());
        };
        let unknown = || {
            AppError::new(
                "import.unknown_pack",
                format!("{} answers questionnaire pack {} for {country}, which this secretariat did not issue (or issued with other content); the package is refused", path.display(), pack.version),
            )
            .with("path", path.display())
            .with("version", pack.version)
        };
        let Some(issued) = self.store.issued_pack(country, pack.version)? else {
            return Err(unknown());
        };
        if issued.sha256 != pack.sha256 || issued.definition_hash != self.questionnaire.hash_hex() {
            return Err(unknown());
        }
        serde_json::from_value(issued.reference).map_err(|error| {
            AppError::new(
                "store.corrupt",
                format!("the recorded reference of pack {} for {country} cannot be read ({error}); restore the consolidated store from a backup", pack.version),
            )
            .with("path", self.store.path().display())
        })
    }

    pub fn overview(&self) -> AppResult<SecretariatOverview> {
        let public = PublicKeyFile::parse(&self.public_key_file()?)?;
        let signing = match self.signing_public_key_file() {
            Ok(bytes) => {
                let file = PublicKeyFile::parse(&bytes)?;
                Some(KeyView::of(&file.key, file.label()))
            }
            Err(error) if error.code == "io.not_found" => None,
            Err(error) => return Err(error),
        };
        Ok(SecretariatOverview {
            encryption_key: KeyView::of(&public.key, public.label()),
            signing_key: signing,
            store_path: self.store.path().display().to_string(),
            countries: self.store.countries()?,
            submissions: self.store.submissions()?,
            keys: self.store.keys()?.iter().map(registered_view).collect(),
        })
    }

    /// Writes every country's current figures to one workbook.
    pub fn export_consolidated(&self, path: &Path, lang: &str) -> AppResult<usize> {
        let mut datasets = Vec::new();
        for country in self.store.countries()? {
            let dataset = self.dataset(&country)?;
            datasets.push((country, dataset));
        }
        sicremi_sheets::export_consolidated(&self.questionnaire, &datasets, lang, path)?;
        Ok(datasets.len())
    }
}

/// Writes a new pack signing key under `passphrase` and its public key file.
fn create_signing_key(dir: &Path, passphrase: &str, kdf: &KdfParams) -> AppResult<()> {
    let key = SigningKey::generate()?;
    sicremi_package::write_new_key_file(
        &dir.join(SIGNING_KEY_FILE),
        &key.to_key_file(passphrase, kdf)?,
    )?;
    let public = PublicKeyFile::new(
        PublicKey::Signing(key.public_key()),
        Some("SICREMI secretariat packs".to_string()),
    )?;
    write_atomically(&dir.join(SIGNING_PUBLIC_FILE), public.to_json().as_bytes())?;
    tracing::info!(key_id = %key.key_id(), "secretariat pack signing key created");
    Ok(())
}

pub(crate) fn registered_view(key: &RegisteredKey) -> RegisteredKeyView {
    let fingerprint = SigningPublicKey::from_bytes(&key.public_key)
        .map(|k| k.fingerprint().to_string())
        .unwrap_or_default();
    RegisteredKeyView {
        key_id: key.key_id.clone(),
        fingerprint,
        country: key.country.clone(),
        label: key.label.clone(),
        valid_from: key.valid_from.clone(),
        valid_to: key.valid_to.clone(),
        revoked_at: key.revoked_at.clone(),
    }
}

impl std::fmt::Debug for Secretariat {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Secretariat")
            .field("dir", &self.dir)
            .finish()
    }
}
