//! Moving a workspace to the newer questionnaire definition built into a newer version of the
//! program, for workspaces that no questionnaire pack governs.
//!
//! The workspace keeps the built-in definition it was filled against. After an upgrade of the
//! program it opens with that older definition, unchanged, and `definition_upgrade` shows which
//! values the newer definition moves and drops before `upgrade_definition` applies them in one
//! transaction. Dropped values stay readable in the list of dropped values.

use serde::Serialize;

use sicremi_model::migration::{plan, MigrationPlan};
use sicremi_model::Questionnaire;
use sicremi_store::{setting_keys, Workspace};

use crate::correspondent::Correspondent;
use crate::error::{AppError, AppResult};

/// Returns the definition built into this program, parsed and hashed once: the overview asks
/// for it after every edit.
fn built_in() -> &'static Questionnaire {
    static BUILT_IN: std::sync::OnceLock<Questionnaire> = std::sync::OnceLock::new();
    BUILT_IN.get_or_init(Questionnaire::embedded)
}

/// Returns the definition a workspace without a pack was filled against: the one it stored,
/// or the built-in one. A workspace created before definitions were stored gets the built-in
/// one, and then opens only if the two have the same hash.
pub(crate) fn built_in_definition_of(store: &Workspace) -> AppResult<Questionnaire> {
    let built_in = built_in().clone();
    let stored_hash = store
        .setting(setting_keys::DEFINITION_HASH)?
        .unwrap_or_default();
    if stored_hash == built_in.hash_hex() {
        return Ok(built_in);
    }
    match store.setting(setting_keys::DEFINITION_JSON)? {
        Some(json) => Ok(Questionnaire::from_json(json.as_bytes())?),
        None => Ok(built_in),
    }
}

/// The changes that moving to the built-in definition would make.
#[derive(Debug, Serialize)]
pub struct DefinitionUpgrade {
    pub from_version: u32,
    pub from_hash: String,
    pub to_version: u32,
    pub to_hash: String,
    pub migration: MigrationPlan,
}

/// Result of moving to the built-in definition.
#[derive(Debug, Serialize)]
pub struct UpgradeOutcome {
    pub definition_version: u32,
    pub definition_hash: String,
    pub moved: usize,
    pub dropped: usize,
}

impl Correspondent {
    /// Returns what moving to this program's built-in definition would change, or `None`
    /// when the workspace uses it already or a questionnaire pack governs the workspace.
    pub fn definition_upgrade(&self) -> AppResult<Option<DefinitionUpgrade>> {
        if self.store.active_pack()?.is_some() {
            return Ok(None);
        }
        let built_in = built_in();
        if built_in.hash() == self.questionnaire.hash() {
            return Ok(None);
        }
        let migration = plan(&self.questionnaire, built_in, &self.dataset()?);
        Ok(Some(DefinitionUpgrade {
            from_version: self.questionnaire.def.version,
            from_hash: self.questionnaire.hash_hex(),
            to_version: built_in.def.version,
            to_hash: built_in.hash_hex(),
            migration,
        }))
    }

    /// Moves the workspace to this program's built-in definition. When values move or are
    /// dropped, `allow_value_changes` must confirm that the user saw the plan.
    pub fn upgrade_definition(&mut self, allow_value_changes: bool) -> AppResult<UpgradeOutcome> {
        let Some(upgrade) = self.definition_upgrade()? else {
            return Err(AppError::new(
                "definition.no_upgrade",
                "the workspace already uses this program's questionnaire definition, or a questionnaire pack governs it; nothing to do",
            ));
        };
        let migration = &upgrade.migration;
        let moved = migration.moved.len() + migration.moved_metadata.len();
        let dropped = migration.dropped.len() + migration.dropped_metadata.len();
        if migration.changes_values() && !allow_value_changes {
            return Err(AppError::new(
                "definition.confirmation_required",
                format!("the newer questionnaire definition moves {moved} and drops {dropped} value(s); review the plan and confirm"),
            )
            .with("moved", moved)
            .with("dropped", dropped));
        }
        let changes = crate::pack::changes_of(migration, &upgrade.from_hash, Vec::new());
        self.store.upgrade_definition(
            sicremi_model::definition::EMBEDDED_DEFINITION,
            &upgrade.to_hash,
            upgrade.to_version,
            &changes,
            "definition-upgrade",
        )?;
        self.questionnaire = built_in().clone();
        self.forget_prepared();
        tracing::info!(
            from = upgrade.from_version,
            to = upgrade.to_version,
            moved,
            dropped,
            "workspace moved to the built-in definition"
        );
        Ok(UpgradeOutcome {
            definition_version: upgrade.to_version,
            definition_hash: upgrade.to_hash,
            moved,
            dropped,
        })
    }
}
