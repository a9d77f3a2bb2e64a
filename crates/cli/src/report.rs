//! Text output of the command line, in the user's language. `--json` prints the same results
//! as JSON for scripts instead.

use serde::Serialize;

use sicremi_app::backup::BackupOutcome;
use sicremi_app::batch::{BatchStatus, BatchSummary};
use sicremi_app::correspondent::{ImportOutcome, Overview, SealOutcome};
use sicremi_app::demo::DemoSetup;
use sicremi_app::enrollment::EnrollmentView;
use sicremi_app::i18n::Catalog;
use sicremi_app::pack::{PackOutcome, PackPreview, PackStatus};
use sicremi_app::receipts::ReceiptOutcome;
use sicremi_app::secretariat::{PackIssue, RegisteredKeyView, SecretariatOverview};
use sicremi_app::trust::{BundleIssue, BundleOutcome, BundleView};
use sicremi_app::views::KeyView;
use sicremi_sheets::Warning;
use sicremi_store::{CycleRecord, CycleState, DroppedItem};

/// A command's result, printable as translated text or as JSON.
pub trait Report: Serialize {
    fn lines(&self, catalog: &Catalog) -> Vec<String>;

    fn print(&self, catalog: &Catalog, json: bool) {
        if json {
            println!(
                "{}",
                serde_json::to_string_pretty(self).expect("results serialise")
            );
        } else {
            for line in self.lines(catalog) {
                println!("{line}");
            }
        }
    }
}

fn text(catalog: &Catalog, id: &str, args: &[(&str, String)]) -> String {
    catalog.text_with(id, args)
}

impl Report for KeyView {
    fn lines(&self, catalog: &Catalog) -> Vec<String> {
        vec![text(
            catalog,
            "cli-key",
            &[
                ("kind", self.kind.to_string()),
                ("key_id", self.key_id.clone()),
                ("fingerprint", self.fingerprint.clone()),
            ],
        )]
    }
}

impl Report for DemoSetup {
    fn lines(&self, catalog: &Catalog) -> Vec<String> {
        let mut lines = vec![text(
            catalog,
            "cli-demo-created",
            &[
                ("country", self.country.clone()),
                ("correspondent", self.correspondent_dir.clone()),
                ("secretariat", self.secretariat_dir.clone()),
            ],
        )];
        lines.extend(self.signing_key.lines(catalog));
        lines.extend(self.secretariat_key.lines(catalog));
        lines.push(text(
            catalog,
            "cli-demo-pack",
            &[
                ("version", self.pack_version.to_string()),
                ("path", self.pack_path.clone()),
            ],
        ));
        lines
    }
}

impl Report for Overview {
    fn lines(&self, catalog: &Catalog) -> Vec<String> {
        let mut lines = vec![text(
            catalog,
            "cli-status-header",
            &[
                ("country", self.country.clone()),
                ("name", self.name.clone()),
                ("version", self.questionnaire.version.to_string()),
                ("cycle", self.cycle.to_string()),
                ("path", self.workspace_path.clone()),
            ],
        )];
        for table in &self.tables {
            lines.push(text(
                catalog,
                "cli-status-table",
                &[
                    ("table", table.id.clone()),
                    ("filled", table.filled.to_string()),
                    ("expected", table.expected.to_string()),
                    ("errors", table.errors.to_string()),
                    ("warnings", table.warnings.to_string()),
                    ("unjustified", table.unjustified_warnings.to_string()),
                ],
            ));
        }
        lines.extend(self.signing_key.lines(catalog));
        match &self.secretariat_key {
            Some(key) => lines.extend(key.lines(catalog)),
            None => lines.push(text(catalog, "cli-no-secretariat-key", &[])),
        }
        lines.push(text(
            catalog,
            "cli-status-sequence",
            &[("sequence", self.last_sequence.to_string())],
        ));
        lines
    }
}

impl Report for ImportOutcome {
    fn lines(&self, catalog: &Catalog) -> Vec<String> {
        let mut lines = vec![text(
            catalog,
            "cli-imported",
            &[
                ("source", self.source.clone()),
                ("rows", self.rows_read.to_string()),
                ("cells", self.cells_written.to_string()),
            ],
        )];
        if !self.metadata_filled.is_empty() {
            lines.push(text(
                catalog,
                "cli-metadata-filled",
                &[("fields", self.metadata_filled.join(", "))],
            ));
        }
        for warning in &self.warnings {
            let line = match warning {
                Warning::NamesMerged { code, names } => text(
                    catalog,
                    "ui-import-names-merged",
                    &[("code", code.clone()), ("names", names.join(", "))],
                ),
                Warning::QuestionnaireMismatch { .. } => {
                    text(catalog, "ui-import-questionnaire-mismatch", &[])
                }
                Warning::AmbiguousSymbol {
                    location,
                    symbol,
                    statuses,
                } => text(
                    catalog,
                    "ui-import-ambiguous-symbol",
                    &[
                        ("location", place(location)),
                        ("symbol", symbol.clone()),
                        ("statuses", statuses.join(", ")),
                    ],
                ),
                Warning::SymbolConflict {
                    location,
                    symbol,
                    status,
                    ..
                } => text(
                    catalog,
                    "ui-import-symbol-conflict",
                    &[
                        ("location", place(location)),
                        ("symbol", symbol.clone()),
                        ("status", status.clone()),
                    ],
                ),
            };
            lines.push(format!("  {line}"));
        }
        lines
    }
}

/// A place in an imported file as the messages show it: a line number, or 'Sheet'!B7.
fn place(location: &sicremi_sheets::Location) -> String {
    match location {
        sicremi_sheets::Location::Line { line } => line.to_string(),
        sicremi_sheets::Location::Cell { sheet, cell } => {
            format!("'{}'!{cell}", sheet.replace('\'', "''"))
        }
    }
}

impl Report for SealOutcome {
    fn lines(&self, catalog: &Catalog) -> Vec<String> {
        vec![text(
            catalog,
            "cli-sealed",
            &[
                ("sequence", self.sequence.to_string()),
                ("path", self.path.clone()),
                ("bytes", self.bytes.to_string()),
                ("sha256", self.sha256.clone()),
            ],
        )]
    }
}

impl Report for RegisteredKeyView {
    fn lines(&self, catalog: &Catalog) -> Vec<String> {
        let id = if self.revoked_at.is_some() {
            "cli-key-revoked"
        } else {
            "cli-key-registered"
        };
        vec![
            text(
                catalog,
                id,
                &[
                    ("key_id", self.key_id.clone()),
                    ("country", self.country.clone()),
                    ("fingerprint", self.fingerprint.clone()),
                ],
            ),
            text(
                catalog,
                "cli-key-validity",
                &[
                    ("from", self.valid_from.clone()),
                    ("to", self.valid_to.clone().unwrap_or_else(|| "–".into())),
                ],
            ),
        ]
    }
}

impl Report for SecretariatOverview {
    fn lines(&self, catalog: &Catalog) -> Vec<String> {
        let mut lines = self.encryption_key.lines(catalog);
        lines.push(text(
            catalog,
            "cli-secretariat-summary",
            &[
                ("path", self.store_path.clone()),
                ("submissions", self.submissions.len().to_string()),
                ("countries", self.countries.join(", ")),
            ],
        ));
        for key in &self.keys {
            lines.extend(key.lines(catalog));
        }
        lines
    }
}

impl Report for PackPreview {
    fn lines(&self, catalog: &Catalog) -> Vec<String> {
        let status = match self.status {
            PackStatus::New => "new",
            PackStatus::AlreadyImported => "already_imported",
            PackStatus::Outdated => "outdated",
            PackStatus::VersionConflict => "version_conflict",
        };
        let mut lines = vec![text(
            catalog,
            "cli-pack-preview",
            &[
                ("country", self.country.clone()),
                ("cycle", self.cycle.to_string()),
                ("version", self.pack_version.to_string()),
                ("status", status.to_string()),
                ("definition_version", self.definition_version.to_string()),
                ("definition_hash", self.definition_hash.clone()),
                ("prefilled", self.prefilled_values.to_string()),
                ("years", list_or_dash(&self.population_years)),
            ],
        )];
        for figure in &self.population {
            let line = match figure.current {
                Some(current) if current != figure.value => text(
                    catalog,
                    "cli-pack-population-changed",
                    &[
                        ("year", figure.year.clone()),
                        ("value", figure.value.to_string()),
                        ("current", current.to_string()),
                    ],
                ),
                _ => text(
                    catalog,
                    "cli-pack-population",
                    &[
                        ("year", figure.year.clone()),
                        ("value", figure.value.to_string()),
                    ],
                ),
            };
            lines.push(format!("  {line}"));
        }
        for key in &self.keys {
            lines.extend(key.lines(catalog));
        }
        if let Some(plan) = &self.migration {
            lines.extend(migration_lines(catalog, plan));
        }
        lines
    }
}

/// Lines describing a migration plan: the counts, then each moved and dropped value.
fn migration_lines(
    catalog: &Catalog,
    plan: &sicremi_model::migration::MigrationPlan,
) -> Vec<String> {
    let mut lines = Vec::new();
    lines.push(text(
        catalog,
        "cli-pack-migration",
        &[
            ("kept", plan.kept.to_string()),
            ("moved", plan.moved.len().to_string()),
            ("dropped", plan.dropped.len().to_string()),
            ("tables", list_or_dash(&plan.new_tables)),
            ("codes", plan.new_codes.len().to_string()),
        ],
    ));
    for moved in &plan.moved {
        lines.push(format!(
            "  {}",
            text(
                catalog,
                "cli-pack-moved",
                &[
                    ("from", format!("{} {}", moved.from.table, moved.from.key)),
                    ("to", format!("{} {}", moved.to.table, moved.to.key)),
                ],
            )
        ));
    }
    for dropped in &plan.dropped {
        lines.push(format!(
            "  {}",
            text(
                catalog,
                "cli-pack-dropped",
                &[(
                    "cell",
                    format!("{} {}", dropped.cell.table, dropped.cell.key)
                )],
            )
        ));
    }
    for dropped in &plan.dropped_metadata {
        lines.push(format!(
            "  {}",
            text(
                catalog,
                "cli-pack-dropped",
                &[("cell", format!("{} {}", dropped.table, dropped.field))],
            )
        ));
    }
    lines
}

impl Report for sicremi_app::upgrade::DefinitionUpgrade {
    fn lines(&self, catalog: &Catalog) -> Vec<String> {
        let mut lines = vec![text(
            catalog,
            "cli-definition-upgrade",
            &[
                ("from", self.from_version.to_string()),
                ("to", self.to_version.to_string()),
            ],
        )];
        lines.extend(migration_lines(catalog, &self.migration));
        lines
    }
}

impl Report for sicremi_app::upgrade::UpgradeOutcome {
    fn lines(&self, catalog: &Catalog) -> Vec<String> {
        vec![text(
            catalog,
            "cli-definition-upgraded",
            &[
                ("version", self.definition_version.to_string()),
                ("moved", self.moved.to_string()),
                ("dropped", self.dropped.to_string()),
            ],
        )]
    }
}

impl Report for PackOutcome {
    fn lines(&self, catalog: &Catalog) -> Vec<String> {
        if self.already_imported {
            return vec![text(
                catalog,
                "cli-pack-already-imported",
                &[("version", self.pack_version.to_string())],
            )];
        }
        vec![text(
            catalog,
            "cli-pack-imported",
            &[
                ("version", self.pack_version.to_string()),
                ("definition_version", self.definition_version.to_string()),
                ("prefilled", self.prefilled.to_string()),
                ("moved", self.moved.to_string()),
                ("dropped", self.dropped.to_string()),
            ],
        )]
    }
}

impl Report for PackIssue {
    fn lines(&self, catalog: &Catalog) -> Vec<String> {
        let mut lines = vec![text(
            catalog,
            "cli-pack-issued",
            &[
                ("country", self.country.clone()),
                ("version", self.pack_version.to_string()),
                ("path", self.path.clone()),
                ("cells", self.accepted_cells.to_string()),
                ("years", list_or_dash(&self.population_years)),
                ("sha256", self.sha256.clone()),
            ],
        )];
        lines.extend(self.signing_key.lines(catalog));
        lines
    }
}

/// The dropped cells and answers of a workspace, for `sicremi dropped`.
#[derive(Serialize)]
#[serde(transparent)]
pub struct DroppedList(pub Vec<DroppedItem>);

impl Report for DroppedList {
    fn lines(&self, catalog: &Catalog) -> Vec<String> {
        if self.0.is_empty() {
            return vec![text(catalog, "cli-dropped-none", &[])];
        }
        self.0
            .iter()
            .map(|item| {
                text(
                    catalog,
                    "cli-dropped-item",
                    &[
                        ("table", item.table_id.clone()),
                        ("item", item.item.clone()),
                        ("value", item.value.to_string()),
                        ("date", item.dropped_at.clone()),
                    ],
                )
            })
            .collect()
    }
}

/// Joins items with ", ", or returns "–" for none, so a message never shows an empty list.
fn list_or_dash(items: &[String]) -> String {
    if items.is_empty() {
        "–".to_string()
    } else {
        items.join(", ")
    }
}

/// A root key shown for a telephone check.
#[derive(Serialize)]
pub struct RootKey {
    pub key_id: String,
    pub fingerprint: String,
}

impl RootKey {
    /// Returns the root key built into this program.
    pub fn deployment() -> RootKey {
        let key = sicremi_app::trust::deployment_root();
        RootKey {
            key_id: key.key_id().to_hex(),
            fingerprint: key.fingerprint().to_string(),
        }
    }
}

impl Report for RootKey {
    fn lines(&self, catalog: &Catalog) -> Vec<String> {
        vec![text(
            catalog,
            "cli-root-key",
            &[
                ("key_id", self.key_id.clone()),
                ("fingerprint", self.fingerprint.clone()),
            ],
        )]
    }
}

impl Report for EnrollmentView {
    fn lines(&self, catalog: &Catalog) -> Vec<String> {
        let mut lines = vec![
            text(
                catalog,
                "cli-enrollment",
                &[
                    ("country", self.country.clone()),
                    ("name", self.name.clone()),
                    ("institution", self.institution.clone()),
                    ("key_id", self.key_id.clone()),
                ],
            ),
            text(
                catalog,
                "cli-fingerprint",
                &[("fingerprint", self.fingerprint.clone())],
            ),
        ];
        if let Some(path) = &self.path {
            lines.push(text(catalog, "cli-file", &[("path", path.clone())]));
        }
        lines
    }
}

fn bundle_lines(catalog: &Catalog, bundle: &BundleView) -> Vec<String> {
    let mut lines = vec![
        text(
            catalog,
            "cli-bundle",
            &[
                ("version", bundle.version.to_string()),
                ("issued", bundle.issued_at.clone()),
                ("expires", bundle.expires_at.clone()),
            ],
        ),
        text(
            catalog,
            "cli-root-key",
            &[
                ("key_id", bundle.root.key_id.clone()),
                ("fingerprint", bundle.root.fingerprint.clone()),
            ],
        ),
    ];
    for entry in &bundle.encryption_keys {
        lines.extend(entry.key.lines(catalog));
        lines.push(text(
            catalog,
            "cli-bundle-key-period",
            &[
                ("from", entry.not_before.clone()),
                ("to", entry.not_after.clone()),
            ],
        ));
    }
    lines.extend(bundle.signing_key.lines(catalog));
    lines
}

impl Report for BundleOutcome {
    fn lines(&self, catalog: &Catalog) -> Vec<String> {
        let mut lines = bundle_lines(catalog, &self.bundle);
        if self.already_imported {
            lines.push(text(catalog, "cli-bundle-already-imported", &[]));
        }
        lines
    }
}

impl Report for BundleIssue {
    fn lines(&self, catalog: &Catalog) -> Vec<String> {
        let mut lines = bundle_lines(catalog, &self.bundle);
        lines.push(text(catalog, "cli-file", &[("path", self.path.clone())]));
        lines
    }
}

impl Report for ReceiptOutcome {
    fn lines(&self, catalog: &Catalog) -> Vec<String> {
        let verdict = serde_json::to_value(self.verdict)
            .ok()
            .and_then(|value| value.as_str().map(str::to_string))
            .unwrap_or_default();
        let mut lines = vec![text(
            catalog,
            "cli-receipt",
            &[
                ("package_id", self.package_id.clone()),
                ("sequence", self.sequence.to_string()),
                ("verdict", verdict),
                ("errors", self.findings.errors.to_string()),
                ("warnings", self.findings.warnings.to_string()),
                ("justified", self.findings.justified.to_string()),
            ],
        )];
        if let Some(reason) = &self.reason {
            let error = sicremi_app::AppError::new(&reason.code, reason.message.clone());
            lines.push(format!("  {}", catalog.error(&error)));
        }
        lines.push(text(
            catalog,
            "cli-receipt-sequence",
            &[
                ("before", self.sequence_before.to_string()),
                ("after", self.sequence_after.to_string()),
            ],
        ));
        if self.already_imported {
            lines.push(text(catalog, "cli-receipt-already-imported", &[]));
        }
        lines
    }
}

impl Report for BatchSummary {
    fn lines(&self, catalog: &Catalog) -> Vec<String> {
        let mut lines = Vec::new();
        for entry in &self.entries {
            match (&entry.import, &entry.error) {
                (Some(import), _) => lines.push(text(
                    catalog,
                    "cli-batch-imported",
                    &[
                        ("file", entry.file.clone()),
                        ("status", status_token(entry.status).to_string()),
                        ("country", import.country.clone()),
                        ("sequence", import.sequence.to_string()),
                    ],
                )),
                (None, Some(error)) => lines.push(text(
                    catalog,
                    "cli-batch-rejected",
                    &[
                        ("file", entry.file.clone()),
                        ("status", status_token(entry.status).to_string()),
                        (
                            "copy",
                            entry.quarantined_to.clone().unwrap_or_else(|| "–".into()),
                        ),
                        ("message", catalog.error(error)),
                    ],
                )),
                (None, None) => {}
            }
        }
        lines.push(text(
            catalog,
            "cli-batch-summary",
            &[
                ("imported", self.imported.to_string()),
                ("already", self.already_imported.to_string()),
                ("superseded", self.superseded.to_string()),
                ("quarantined", self.quarantined.to_string()),
                ("failed", self.failed.to_string()),
                ("quarantine", self.quarantine_dir.clone()),
                ("receipts", self.receipts_dir.clone()),
            ],
        ));
        lines
    }
}

fn status_token(status: BatchStatus) -> &'static str {
    match status {
        BatchStatus::Imported => "imported",
        BatchStatus::AlreadyImported => "already_imported",
        BatchStatus::Superseded => "superseded",
        BatchStatus::Quarantined => "quarantined",
        BatchStatus::Failed => "failed",
    }
}

impl Report for BackupOutcome {
    fn lines(&self, catalog: &Catalog) -> Vec<String> {
        vec![text(
            catalog,
            "cli-backup",
            &[
                ("path", self.path.clone()),
                ("files", self.files.join(", ")),
                ("date", self.created_at.clone()),
            ],
        )]
    }
}

impl Report for CycleRecord {
    fn lines(&self, catalog: &Catalog) -> Vec<String> {
        let state = match self.state {
            CycleState::Open => "open",
            CycleState::Closed => "closed",
        };
        vec![text(
            catalog,
            "cli-cycle",
            &[
                ("cycle", self.cycle.clone()),
                ("state", state.to_string()),
                ("date", self.changed_at.clone()),
            ],
        )]
    }
}

/// The cycles whose state was set.
#[derive(Serialize)]
#[serde(transparent)]
pub struct CycleList(pub Vec<CycleRecord>);

impl Report for CycleList {
    fn lines(&self, catalog: &Catalog) -> Vec<String> {
        if self.0.is_empty() {
            return vec![text(catalog, "cli-cycles-none", &[])];
        }
        self.0
            .iter()
            .flat_map(|record| record.lines(catalog))
            .collect()
    }
}
