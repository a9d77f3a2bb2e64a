//! Shared setup of the key, trust bundle, receipt and batch import tests: a demo network in
//! a temporary folder, and a workspace made sealable.

#![allow(dead_code)]

use std::path::{Path, PathBuf};

use sicremi_app::correspondent::SealOutcome;
use sicremi_app::{create_demo, Correspondent, DataLayout, KdfParams, Secretariat};

pub const PASSPHRASE: &str = "correct horse battery";

/// Cheap Argon2 parameters: the tests exercise the flows, not the key derivation cost.
pub fn test_kdf() -> KdfParams {
    KdfParams::new(64, 1, 1).unwrap()
}

/// A demo network (secretariat, demo root and one correspondent) in a temporary folder.
pub struct Network {
    pub dir: tempfile::TempDir,
    pub layout: DataLayout,
}

impl Network {
    pub fn new(country: &str) -> Network {
        let dir = tempfile::tempdir().unwrap();
        let layout = DataLayout::new(dir.path());
        create_demo(&layout, country, PASSPHRASE, &test_kdf()).unwrap();
        Network { dir, layout }
    }

    pub fn correspondent(&self) -> Correspondent {
        Correspondent::open(&self.layout.correspondent()).unwrap()
    }

    pub fn secretariat(&self) -> Secretariat {
        Secretariat::open(&self.layout.secretariat()).unwrap()
    }

    /// Returns a path in the network's folder.
    pub fn file(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    /// Returns the demo root key file that the demo created.
    pub fn demo_root(&self) -> PathBuf {
        self.layout.secretariat().join("demo-root.key")
    }
}

/// Justifies every warning so the workspace can be sealed, and checks that it can.
pub fn make_sealable(correspondent: &mut Correspondent) {
    let view = correspondent.findings().unwrap();
    for finding in &view.findings {
        if finding.severity == sicremi_model::Severity::Warning {
            correspondent
                .justify(&finding.id, "Figures follow in the next package.")
                .unwrap();
        }
    }
    let view = correspondent.findings().unwrap();
    assert!(
        view.assessment.can_seal(),
        "the workspace is not sealable: {:?}",
        view.assessment
    );
}

/// Makes the workspace sealable and seals a package into `dir`.
pub fn seal_into(correspondent: &mut Correspondent, dir: &Path) -> SealOutcome {
    make_sealable(correspondent);
    correspondent.seal(PASSPHRASE, Some(dir)).unwrap()
}

/// Returns the receipt files in `dir`, in name order.
pub fn receipts_in(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = match std::fs::read_dir(dir) {
        Ok(entries) => entries.map(|entry| entry.unwrap().path()).collect(),
        Err(_) => Vec::new(),
    };
    files.retain(|path| path.extension().is_some_and(|ext| ext == "sicremi-receipt"));
    files.sort();
    files
}
