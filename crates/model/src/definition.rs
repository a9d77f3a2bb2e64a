//! The questionnaire definition: tables, dimensions, code lists, metadata questions and rules,
//! loaded from a JSON document and identified by the SHA-256 of its canonical form.
//!
//! The format is specified in docs/questionnaire-format.md. Loading checks every cross-reference
//! (a dimension's code list, a rule's table and dimension, the four languages of every label), so
//! the validation engine can index without checking again.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

use crate::canonical::canonical_json;
use crate::rules::Rule;

/// The value of the `format` field this code reads.
pub const FORMAT: &str = "sicremi-questionnaire/1";

/// The languages every user-facing text of a definition must carry.
pub const LANGUAGES: [&str; 4] = ["en", "es", "pt", "fr"];

/// Separator between the codes of a cell key. Codes may not contain it.
pub const KEY_SEPARATOR: char = ':';

/// Largest number of cells a table may have for one reference date, so that the dense index
/// the rules run on stays a few tens of megabytes and no sum over a table can overflow i64.
pub const MAX_TABLE_CELLS: usize = 2_000_000;

/// A text in each of the four languages, keyed by language code.
pub type Text = BTreeMap<String, String>;

/// Looks up a text in `lang`, falling back to English.
pub fn text_in<'a>(text: &'a Text, lang: &str) -> &'a str {
    text.get(lang)
        .or_else(|| text.get("en"))
        .map(String::as_str)
        .unwrap_or("")
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Definition {
    pub format: String,
    /// Stable identifier of the questionnaire family, e.g. "sicremi".
    pub id: String,
    /// Increases with every published change of the definition.
    pub version: u32,
    /// Reporting cycle the definition is for (the year the data are collected).
    pub cycle: u32,
    pub title: Text,
    pub codelists: BTreeMap<String, CodeList>,
    pub statuses: Statuses,
    pub metadata: Vec<MetadataQuestion>,
    pub tables: Vec<TableDef>,
    pub rules: Vec<Rule>,
    /// How the cells of earlier versions map to this one, applied when a workspace moves to
    /// this definition (see `crate::migration`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub migrations: Vec<crate::migration::MigrationDef>,
}

/// A list of codes a dimension takes its values from.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CodeList {
    pub label: Text,
    #[serde(default)]
    pub kind: CodeListKind,
    /// Adds every ISO 3166-1 country (alpha-3) from the embedded CLDR-derived list before `codes`.
    #[serde(default)]
    pub include_countries: bool,
    #[serde(default)]
    pub codes: Vec<Code>,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CodeListKind {
    /// Codes are listed in the definition (or come from the country list).
    #[default]
    Enumerated,
    /// Codes are ISO 8601 calendar dates (YYYY-MM-DD) chosen by the correspondent, such as a
    /// stock's reference date.
    Date,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Code {
    pub code: String,
    pub label: Text,
}

/// Observation and confidentiality status codes (SDMX CL_OBS_STATUS and CL_CONF_STATUS).
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Statuses {
    pub obs_status: Vec<Code>,
    pub conf_status: Vec<Code>,
    /// Observation statuses that stand in for a value: a cell with no number must carry one.
    pub missing: Vec<String>,
    /// House style: the symbol shown or exported for a cell with no number, by observation
    /// status (".." for not available, say). The store keeps only the codes.
    #[serde(default)]
    pub symbols: BTreeMap<String, String>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MetadataQuestion {
    pub id: String,
    pub label: Text,
    #[serde(default)]
    pub help: Text,
    pub kind: MetadataKind,
    #[serde(default)]
    pub required: bool,
    /// Choices for `kind = "choice"`.
    #[serde(default)]
    pub choices: Vec<Code>,
    /// Tables the question is asked for; empty means every table.
    #[serde(default)]
    pub tables: Vec<String>,
}

impl MetadataQuestion {
    pub fn applies_to(&self, table: &str) -> bool {
        self.tables.is_empty() || self.tables.iter().any(|t| t == table)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MetadataKind {
    Text,
    LongText,
    Choice,
    Date,
    /// A non-negative whole number, such as a rounding base or a year.
    Integer,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TableDef {
    pub id: String,
    pub title: Text,
    #[serde(default)]
    pub help: Text,
    /// Counting units the correspondent may declare for this table, the usual one first.
    pub units: Vec<Unit>,
    /// What the period dimension holds: years (calendar or fiscal, as the metadata declare) or
    /// the reference dates of a stock.
    pub period: PeriodKind,
    #[serde(default)]
    pub mandatory: bool,
    /// Periods (years) that a mandatory table must report.
    #[serde(default)]
    pub mandatory_periods: Vec<String>,
    /// Dimensions in key order: one or more `slice` dimensions first, the first of them the
    /// period, then one `row` and one `column` dimension in either order.
    pub dimensions: Vec<DimensionDef>,
}

/// The thing a table counts. Persons and permits cannot be added together, because one
/// person may hold several permits in a year.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Unit {
    Persons,
    /// Residence permits or visas granted.
    Permits,
    Applications,
    Decisions,
    /// Asylum cases, which may cover several persons.
    Cases,
}

impl Unit {
    pub fn code(self) -> &'static str {
        match self {
            Unit::Persons => "persons",
            Unit::Permits => "permits",
            Unit::Applications => "applications",
            Unit::Decisions => "decisions",
            Unit::Cases => "cases",
        }
    }

    pub fn from_code(code: &str) -> Option<Unit> {
        [
            Unit::Persons,
            Unit::Permits,
            Unit::Applications,
            Unit::Decisions,
            Unit::Cases,
        ]
        .into_iter()
        .find(|unit| unit.code() == code)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PeriodKind {
    /// A flow over a year; the period codes are years.
    Year,
    /// A stock on a date; the period codes are ISO 8601 dates.
    ReferenceDate,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DimensionDef {
    pub id: String,
    pub codelist: String,
    pub role: DimensionRole,
    /// Rows of an open dimension exist only once the correspondent adds them (nationalities);
    /// the total code is always present.
    #[serde(default)]
    pub open: bool,
    /// Code whose cells contain the sum of every other code of this dimension.
    #[serde(default)]
    pub total: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DimensionRole {
    /// Chosen above the grid: the period (a year or reference date), and for some tables a
    /// breakdown such as the age group or the kind of asylum application.
    Slice,
    Row,
    Column,
}

/// A definition that passed every check, with its content hash and expanded code lists.
#[derive(Debug, Clone)]
pub struct Questionnaire {
    pub def: Definition,
    hash: [u8; 32],
    codes: BTreeMap<String, Vec<Code>>,
}

#[derive(Debug, thiserror::Error)]
pub enum DefinitionError {
    #[error("questionnaire definition is not valid JSON: {0}; check the file was not edited by hand or truncated")]
    Json(#[from] serde_json::Error),
    #[error("questionnaire definition has format {found:?}, this version of SICREMI Collect reads {expected:?}; install the matching version")]
    Format {
        found: String,
        expected: &'static str,
    },
    #[error("questionnaire definition is inconsistent at {path}: {problem}")]
    Invalid { path: String, problem: String },
}

impl DefinitionError {
    pub fn code(&self) -> &'static str {
        match self {
            DefinitionError::Json(_) => "definition.json",
            DefinitionError::Format { .. } => "definition.format",
            DefinitionError::Invalid { .. } => "definition.invalid",
        }
    }
}

fn invalid(path: impl Into<String>, problem: impl Into<String>) -> DefinitionError {
    DefinitionError::Invalid {
        path: path.into(),
        problem: problem.into(),
    }
}

impl Questionnaire {
    /// Parses and checks a definition document.
    pub fn from_json(bytes: &[u8]) -> Result<Self, DefinitionError> {
        let value: serde_json::Value = serde_json::from_slice(bytes)?;
        let hash = ring::digest::digest(&ring::digest::SHA256, canonical_json(&value).as_bytes());
        let def: Definition = serde_json::from_value(value)?;
        if def.format != FORMAT {
            return Err(DefinitionError::Format {
                found: def.format,
                expected: FORMAT,
            });
        }
        let mut hash_bytes = [0u8; 32];
        hash_bytes.copy_from_slice(hash.as_ref());
        let codes = expand_codelists(&def)?;
        let questionnaire = Questionnaire {
            def,
            hash: hash_bytes,
            codes,
        };
        questionnaire.check()?;
        Ok(questionnaire)
    }

    /// Loads the SICREMI questionnaire shipped with the application.
    pub fn embedded() -> Self {
        Self::from_json(EMBEDDED_DEFINITION.as_bytes())
            .expect("the embedded questionnaire definition is checked by the model tests")
    }

    /// SHA-256 of the definition's canonical JSON (sorted keys, no insignificant whitespace).
    pub fn hash(&self) -> [u8; 32] {
        self.hash
    }

    /// Returns the content hash as `sha256:<hex>`, the form shown to users and stored in workspaces.
    pub fn hash_hex(&self) -> String {
        let hex: String = self.hash.iter().map(|b| format!("{b:02x}")).collect();
        format!("sha256:{hex}")
    }

    pub fn table(&self, id: &str) -> Option<&TableDef> {
        self.def.tables.iter().find(|t| t.id == id)
    }

    /// Codes of a code list, countries expanded. Empty for date lists.
    pub fn codes(&self, codelist: &str) -> &[Code] {
        self.codes.get(codelist).map(Vec::as_slice).unwrap_or(&[])
    }

    pub fn codelist(&self, id: &str) -> Option<&CodeList> {
        self.def.codelists.get(id)
    }

    /// Checks whether `code` is a valid value of dimension `dim`.
    pub fn accepts_code(&self, dim: &DimensionDef, code: &str) -> bool {
        match self.def.codelists.get(&dim.codelist).map(|c| c.kind) {
            Some(CodeListKind::Date) => is_iso_date(code),
            Some(CodeListKind::Enumerated) => {
                self.codes(&dim.codelist).iter().any(|c| c.code == code)
            }
            None => false,
        }
    }

    /// Checks whether `key` names a cell of `table`: one valid code per dimension.
    pub fn accepts_key(&self, table: &TableDef, key: &str) -> bool {
        let codes: Vec<&str> = key.split(KEY_SEPARATOR).collect();
        codes.len() == table.dimensions.len()
            && table
                .dimensions
                .iter()
                .zip(codes)
                .all(|(dim, code)| self.accepts_code(dim, code))
    }

    /// Returns the label of a code in `lang`; for countries the CLDR name, for dates the date itself.
    pub fn code_label<'a>(&'a self, codelist: &str, code: &'a str, lang: &str) -> &'a str {
        self.codes(codelist)
            .iter()
            .find(|c| c.code == code)
            .map(|c| text_in(&c.label, lang))
            .unwrap_or(code)
    }

    fn check(&self) -> Result<(), DefinitionError> {
        check_text("title", &self.def.title)?;
        for (id, list) in &self.def.codelists {
            check_text(&format!("codelists.{id}.label"), &list.label)?;
            let mut seen = BTreeSet::new();
            for code in self.codes(id) {
                check_code(&format!("codelists.{id}"), &code.code)?;
                check_text(&format!("codelists.{id}.{}", code.code), &code.label)?;
                if !seen.insert(code.code.as_str()) {
                    return Err(invalid(
                        format!("codelists.{id}"),
                        format!("code {} appears twice", code.code),
                    ));
                }
            }
        }
        for code in self
            .def
            .statuses
            .obs_status
            .iter()
            .chain(&self.def.statuses.conf_status)
        {
            check_text(&format!("statuses.{}", code.code), &code.label)?;
        }
        for missing in &self.def.statuses.missing {
            if !self
                .def
                .statuses
                .obs_status
                .iter()
                .any(|c| &c.code == missing)
            {
                return Err(invalid(
                    "statuses.missing",
                    format!("{missing} is not an obs_status code"),
                ));
            }
        }
        for (code, symbol) in &self.def.statuses.symbols {
            let known = self.def.statuses.obs_status.iter().any(|c| &c.code == code);
            if !known || symbol.trim().is_empty() {
                return Err(invalid(
                    "statuses.symbols",
                    format!("{code} is not an obs_status code or its symbol is empty"),
                ));
            }
        }
        for question in &self.def.metadata {
            let path = format!("metadata.{}", question.id);
            if let Some(table) = question.tables.iter().find(|t| self.table(t).is_none()) {
                return Err(invalid(path, format!("unknown table {table}")));
            }
            check_text(&path, &question.label)?;
            if !question.help.is_empty() {
                check_text(&path, &question.help)?;
            }
            if (question.kind == MetadataKind::Choice) == question.choices.is_empty() {
                return Err(invalid(
                    path,
                    "choices are required for kind choice and only for it",
                ));
            }
            for choice in &question.choices {
                check_text(&format!("{path}.{}", choice.code), &choice.label)?;
            }
        }
        let mut table_ids = BTreeSet::new();
        for table in &self.def.tables {
            self.check_table(table)?;
            if !table_ids.insert(table.id.as_str()) {
                return Err(invalid(
                    "tables",
                    format!("table {} appears twice", table.id),
                ));
            }
        }
        for (index, rule) in self.def.rules.iter().enumerate() {
            rule.check(self)
                .map_err(|problem| invalid(format!("rules[{index}] ({})", rule.id()), problem))?;
        }
        Ok(())
    }

    fn check_dimension_order(&self, table: &TableDef) -> Result<(), DefinitionError> {
        let path = format!("tables.{}", table.id);
        let roles: Vec<DimensionRole> = table.dimensions.iter().map(|d| d.role).collect();
        let slices = roles
            .iter()
            .take_while(|r| **r == DimensionRole::Slice)
            .count();
        let rest = &roles[slices..];
        let valid = slices >= 1
            && rest.len() == 2
            && rest.contains(&DimensionRole::Row)
            && rest.contains(&DimensionRole::Column);
        if !valid {
            return Err(invalid(
                path,
                "dimensions must be one or more slices (the period first), then one row and one column",
            ));
        }
        let mut ids = BTreeSet::new();
        for dim in &table.dimensions {
            check_code(&format!("tables.{}.dimensions", table.id), &dim.id)?;
            if !ids.insert(dim.id.as_str()) {
                return Err(invalid(
                    format!("tables.{}", table.id),
                    format!("dimension {} appears twice", dim.id),
                ));
            }
        }
        Ok(())
    }

    fn check_table(&self, table: &TableDef) -> Result<(), DefinitionError> {
        let path = format!("tables.{}", table.id);
        check_code(&path, &table.id)?;
        check_text(&path, &table.title)?;
        if !table.help.is_empty() {
            check_text(&path, &table.help)?;
        }
        self.check_dimension_order(table)?;
        if table.units.is_empty() {
            return Err(invalid(&path, "needs at least one counting unit"));
        }
        for (index, dim) in table.dimensions.iter().enumerate() {
            let Some(list) = self.def.codelists.get(&dim.codelist) else {
                return Err(invalid(
                    &path,
                    format!(
                        "dimension {} uses unknown code list {}",
                        dim.id, dim.codelist
                    ),
                ));
            };
            if let Some(total) = &dim.total {
                if !self.codes(&dim.codelist).iter().any(|c| &c.code == total) {
                    return Err(invalid(
                        &path,
                        format!("total {total} is not in code list {}", dim.codelist),
                    ));
                }
                if index == 0 {
                    return Err(invalid(
                        &path,
                        format!("the period dimension {} cannot have a total", dim.id),
                    ));
                }
            }
            let is_date = list.kind == CodeListKind::Date;
            if is_date && index != 0 {
                return Err(invalid(
                    &path,
                    format!("date dimension {} must be the period (the first)", dim.id),
                ));
            }
            if index == 0 && is_date != (table.period == PeriodKind::ReferenceDate) {
                return Err(invalid(
                    &path,
                    format!(
                        "period {:?} does not match the kind of code list {}",
                        table.period, dim.codelist
                    ),
                ));
            }
        }
        let cells = table
            .dimensions
            .iter()
            .map(|d| self.codes(&d.codelist).len().max(1))
            .try_fold(1usize, |acc, n| acc.checked_mul(n))
            .unwrap_or(usize::MAX);
        if cells > MAX_TABLE_CELLS {
            return Err(invalid(
                &path,
                format!("has {cells} cells per reference date, at most {MAX_TABLE_CELLS}"),
            ));
        }
        let period = table.period_dim();
        for code in &table.mandatory_periods {
            if !self.accepts_code(period, code) {
                return Err(invalid(
                    &path,
                    format!("mandatory period {code} is not a {} code", period.id),
                ));
            }
        }
        Ok(())
    }
}

impl TableDef {
    pub fn dimension(&self, id: &str) -> Option<&DimensionDef> {
        self.dimensions.iter().find(|d| d.id == id)
    }

    pub fn dimension_index(&self, id: &str) -> Option<usize> {
        self.dimensions.iter().position(|d| d.id == id)
    }

    fn dim_with_role(&self, role: DimensionRole) -> &DimensionDef {
        self.dimensions
            .iter()
            .find(|d| d.role == role)
            .expect("checked at load: one row and one column dimension")
    }

    /// Returns the first slice dimension: the year or reference date.
    pub fn period_dim(&self) -> &DimensionDef {
        &self.dimensions[0]
    }

    /// Returns the slice dimensions, period first.
    pub fn slice_dims(&self) -> &[DimensionDef] {
        &self.dimensions[..self.slice_count()]
    }

    /// Number of slice dimensions; they come first in the key.
    pub fn slice_count(&self) -> usize {
        self.dimensions.len() - 2
    }

    pub fn row_dim(&self) -> &DimensionDef {
        self.dim_with_role(DimensionRole::Row)
    }

    pub fn column_dim(&self) -> &DimensionDef {
        self.dim_with_role(DimensionRole::Column)
    }

    /// Whether the row dimension comes before the column dimension in the key.
    fn row_first(&self) -> bool {
        self.dimensions[self.slice_count()].role == DimensionRole::Row
    }

    /// Builds a cell key from a slice (the slice dimensions' codes joined by `:`), a row code
    /// and a column code.
    pub fn key(&self, slice: &str, row: &str, column: &str) -> String {
        let (first, second) = if self.row_first() {
            (row, column)
        } else {
            (column, row)
        };
        let mut key = String::with_capacity(slice.len() + first.len() + second.len() + 2);
        key.push_str(slice);
        key.push(KEY_SEPARATOR);
        key.push_str(first);
        key.push(KEY_SEPARATOR);
        key.push_str(second);
        key
    }

    /// Builds a cell key from one code per dimension, in dimension order.
    pub fn key_from_codes(&self, codes: &[&str]) -> String {
        codes.join(&KEY_SEPARATOR.to_string())
    }

    /// Builds a slice from one code per slice dimension, in dimension order.
    pub fn slice_from_codes(&self, codes: &[&str]) -> String {
        codes.join(&KEY_SEPARATOR.to_string())
    }

    /// Splits a cell key into (slice, row, column); the slice keeps its `:` separators.
    pub fn split_key<'k>(&self, key: &'k str) -> Option<(&'k str, &'k str, &'k str)> {
        let (slice, rest) = split_after(key, self.slice_count())?;
        let (first, second) = rest.split_once(KEY_SEPARATOR)?;
        if second.contains(KEY_SEPARATOR) {
            return None;
        }
        if self.row_first() {
            Some((slice, first, second))
        } else {
            Some((slice, second, first))
        }
    }

    /// Splits a slice into the codes of the slice dimensions.
    pub fn split_slice<'s>(&self, slice: &'s str) -> Option<Vec<&'s str>> {
        let codes: Vec<&str> = slice.split(KEY_SEPARATOR).collect();
        (codes.len() == self.slice_count()).then_some(codes)
    }

    /// Returns the period code of a slice or key: its first code.
    pub fn period_of<'k>(&self, slice_or_key: &'k str) -> &'k str {
        slice_or_key
            .split(KEY_SEPARATOR)
            .next()
            .unwrap_or(slice_or_key)
    }
}

/// Splits `text` after its `count`-th separator-delimited part.
fn split_after(text: &str, count: usize) -> Option<(&str, &str)> {
    let mut end = 0;
    for _ in 0..count {
        let next = text[end..].find(KEY_SEPARATOR)?;
        end += next + 1;
    }
    Some((&text[..end - 1], &text[end..]))
}

fn expand_codelists(def: &Definition) -> Result<BTreeMap<String, Vec<Code>>, DefinitionError> {
    let mut expanded = BTreeMap::new();
    for (id, list) in &def.codelists {
        let mut codes = Vec::new();
        if list.include_countries {
            for country in sicremi_codes::countries() {
                let label: Text = sicremi_codes::Lang::ALL
                    .iter()
                    .map(|lang| (lang.code().to_string(), country.name(*lang).to_string()))
                    .collect();
                codes.push(Code {
                    code: country.alpha3.to_string(),
                    label,
                });
            }
        }
        if list.kind == CodeListKind::Date && (!list.codes.is_empty() || list.include_countries) {
            return Err(invalid(
                format!("codelists.{id}"),
                "a date list cannot list codes",
            ));
        }
        codes.extend(list.codes.iter().cloned());
        expanded.insert(id.clone(), codes);
    }
    Ok(expanded)
}

fn check_text(path: &str, text: &Text) -> Result<(), DefinitionError> {
    for lang in LANGUAGES {
        match text.get(lang) {
            Some(value) if !value.trim().is_empty() => {}
            _ => return Err(invalid(path, format!("text is missing in language {lang}"))),
        }
    }
    if let Some(extra) = text.keys().find(|k| !LANGUAGES.contains(&k.as_str())) {
        return Err(invalid(path, format!("unknown language {extra}")));
    }
    Ok(())
}

fn check_code(path: &str, code: &str) -> Result<(), DefinitionError> {
    let valid = !code.is_empty()
        && code.len() <= 32
        && code
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-');
    if valid {
        Ok(())
    } else {
        Err(invalid(
            path,
            format!("code {code:?} must be 1 to 32 ASCII letters, digits, '_' or '-'"),
        ))
    }
}

/// Checks whether `text` is a calendar date in the form YYYY-MM-DD.
pub fn is_iso_date(text: &str) -> bool {
    let bytes = text.as_bytes();
    if bytes.len() != 10 || bytes[4] != b'-' || bytes[7] != b'-' {
        return false;
    }
    let number = |range: std::ops::Range<usize>| text.get(range)?.parse::<u32>().ok();
    let (Some(year), Some(month), Some(day)) = (number(0..4), number(5..7), number(8..10)) else {
        return false;
    };
    let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    let days_in_month = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    (1900..=2999).contains(&year) && day >= 1 && day <= days_in_month
}

/// The questionnaire definition shipped in assets/questionnaire/.
pub const EMBEDDED_DEFINITION: &str =
    include_str!("../../../assets/questionnaire/sicremi-2026.json");
