//! The embedded demo network: a secretariat and one correspondent on this machine, with each
//! side holding the other's public key, so a newcomer can go the whole path alone.

use std::path::{Path, PathBuf};

use serde::Serialize;

use sicremi_package::KdfParams;

use crate::correspondent::{Correspondent, Profile};
use crate::error::AppResult;
use crate::secretariat::Secretariat;
use crate::views::KeyView;

/// The application identifier of tauri.conf.json.
pub const APP_IDENTIFIER: &str = "org.oas.sicremi.collect";

/// Layout of the correspondent and secretariat folders under one data folder.
#[derive(Debug, Clone)]
pub struct DataLayout {
    pub root: PathBuf,
}

impl DataLayout {
    pub fn new(root: &Path) -> DataLayout {
        DataLayout {
            root: root.to_path_buf(),
        }
    }

    /// Returns the operating system's per-user data folder for the app, e.g.
    /// ~/.local/share/org.oas.sicremi.collect on Linux. It is the folder Tauri's
    /// `app_data_dir` gives for the identifier in tauri.conf.json, so the desktop app and the
    /// command line find the same workspace.
    pub fn default_root() -> Option<PathBuf> {
        dirs::data_dir().map(|d| d.join(APP_IDENTIFIER))
    }

    pub fn correspondent(&self) -> PathBuf {
        self.root.join("correspondent")
    }

    pub fn secretariat(&self) -> PathBuf {
        self.root.join("secretariat")
    }
}

#[derive(Debug, Serialize)]
pub struct DemoSetup {
    pub country: String,
    pub correspondent_dir: String,
    pub secretariat_dir: String,
    pub signing_key: KeyView,
    pub secretariat_key: KeyView,
    /// The questionnaire pack the demo secretariat issued and the correspondent imported.
    pub pack_path: String,
    pub pack_version: u64,
    /// The demo network's own root key, which the demo workspace trusts explicitly.
    pub root_key: KeyView,
    /// Version of the trust bundle the demo root signed and the correspondent imported.
    pub bundle_version: u64,
}

/// Made-up population figures for the demo pack, of the order of Argentina's (about 46
/// million), so the rates and the IDB indicator have a denominator. They are not statistics.
const DEMO_POPULATION: [(&str, i64); 5] = [
    ("2021", 45_800_000),
    ("2022", 46_000_000),
    ("2023", 46_200_000),
    ("2024", 46_400_000),
    ("2025", 46_600_000),
];

/// Creates the demo secretariat (unless one exists) and a correspondent for `country`, both
/// keys under `passphrase`, and registers the correspondent's key with the secretariat.
/// The correspondent then trusts the secretariat's keys and the demo root, and imports a
/// trust bundle signed by that root and a questionnaire pack with demo population figures.
pub fn create_demo(
    layout: &DataLayout,
    country: &str,
    passphrase: &str,
    kdf: &KdfParams,
) -> AppResult<DemoSetup> {
    // Everything that can be checked is checked before a key is written, so a failed attempt
    // leaves no secretariat key behind under a passphrase the user did not keep.
    crate::correspondent::check_country(country)?;
    crate::correspondent::check_passphrase(passphrase)?;
    let secretariat_dir = layout.secretariat();
    let mut secretariat = if Secretariat::exists(&secretariat_dir) {
        let secretariat = Secretariat::open(&secretariat_dir)?;
        secretariat.check_passphrase(passphrase)?;
        secretariat
    } else {
        Secretariat::create(&secretariat_dir, passphrase, kdf)?
    };
    let profile = Profile {
        country: country.to_string(),
        name: "Demo correspondent".to_string(),
        institution: "Demo national office".to_string(),
    };
    let mut correspondent =
        Correspondent::create(&layout.correspondent(), profile, passphrase, kdf)?;
    let secretariat_key = correspondent.trust_secretariat(&secretariat.public_key_file()?)?;
    secretariat.register_correspondent(
        &correspondent.signing_public_key_file()?,
        correspondent.country(),
    )?;

    // A secretariat folder of an earlier demo may lack the signing key until its first pack,
    // so the pack is issued before its signing key is trusted.
    let population = DEMO_POPULATION
        .iter()
        .map(|(year, count)| (year.to_string(), *count))
        .collect();
    let pack_dir = secretariat_dir.join("packs");
    std::fs::create_dir_all(&pack_dir).map_err(|e| crate::error::io_error(&pack_dir, e))?;
    let pack_path = pack_dir.join(format!(
        "SICREMI-pack-{}-{}.sicremi-pack",
        correspondent.country(),
        crate::files::unix_now()
    ));
    let issued =
        secretariat.issue_pack(correspondent.country(), passphrase, &population, &pack_path)?;
    let bundle = demo_trust_bundle(
        &secretariat_dir,
        &mut secretariat,
        &mut correspondent,
        passphrase,
        kdf,
    )?;
    correspondent.trust_secretariat(&secretariat.signing_public_key_file()?)?;
    correspondent.import_pack(&pack_path, false)?;

    let overview = correspondent.overview()?;
    tracing::info!(country = %correspondent.country(), "demo network created");
    Ok(DemoSetup {
        country: correspondent.country().to_string(),
        correspondent_dir: layout.correspondent().display().to_string(),
        secretariat_dir: secretariat_dir.display().to_string(),
        signing_key: overview.signing_key,
        secretariat_key,
        pack_path: issued.path,
        pack_version: issued.pack_version,
        root_key: bundle.bundle.root,
        bundle_version: bundle.bundle.version,
    })
}

/// Name of the demo network's root key file in the demo secretariat's folder.
const DEMO_ROOT_FILE: &str = "demo-root.key";

/// Creates the demo root key unless the demo secretariat has one, makes the correspondent
/// trust it explicitly, and signs and imports a trust bundle of the secretariat's keys.
/// The real deployment's root is compiled in and never used here.
fn demo_trust_bundle(
    secretariat_dir: &Path,
    secretariat: &mut Secretariat,
    correspondent: &mut Correspondent,
    passphrase: &str,
    kdf: &KdfParams,
) -> AppResult<crate::trust::BundleOutcome> {
    let root = secretariat_dir.join(DEMO_ROOT_FILE);
    if !root.exists() {
        crate::trust::create_root_key(&root, passphrase, kdf)?;
    }
    let public_path = crate::trust::root_public_path(&root);
    let public =
        std::fs::read(&public_path).map_err(|e| crate::error::io_error(&public_path, e))?;
    correspondent.trust_root(&public)?;

    let bundle_dir = secretariat_dir.join("bundles");
    std::fs::create_dir_all(&bundle_dir).map_err(|e| crate::error::io_error(&bundle_dir, e))?;
    let version = secretariat.store.next_bundle_version()?;
    let bundle_path = bundle_dir.join(format!("SICREMI-trust-{version}.sicremi-trust"));
    secretariat.sign_trust_bundle(&root, passphrase, 365, &bundle_path)?;
    correspondent.import_trust_bundle(&bundle_path)
}
