//! Text output of the command line, in the user's language. `--json` prints the same results
//! as JSON for scripts instead.

use serde::Serialize;

use sicremi_app::correspondent::{ImportOutcome, Overview, SealOutcome};
use sicremi_app::demo::DemoSetup;
use sicremi_app::i18n::Catalog;
use sicremi_app::pack::{PackOutcome, PackPreview, PackStatus};
use sicremi_app::secretariat::{PackIssue, RegisteredKeyView, SecretariatOverview};
use sicremi_app::views::KeyView;
use sicremi_sheets::Warning;
use sicremi_store::DroppedItem;

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
        vec![text(
            catalog,
            id,
            &[
                ("key_id", self.key_id.clone()),
                ("country", self.country.clone()),
                ("fingerprint", self.fingerprint.clone()),
            ],
        )]
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
        for key in &self.keys {
            lines.extend(key.lines(catalog));
        }
        if let Some(plan) = &self.migration {
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
        }
        lines
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
