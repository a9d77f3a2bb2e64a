//! Rendering of findings, errors and command-line texts in the user's language from the same
//! Fluent catalogs (assets/i18n/*.ftl) the desktop UI uses.

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};

use sicremi_model::{Finding, Param, Questionnaire};

use crate::error::AppError;

/// Finding parameters that carry a decimal number as text ("12.5"): percentages and rates.
/// The renderers write them with the decimal separator of the user's language.
const DECIMAL_PARAMS: [&str; 6] = [
    "percent",
    "threshold_percent",
    "max_percent",
    "rate",
    "min",
    "max",
];

/// The catalogs, embedded so the command line works from any folder.
pub const CATALOGS: [(&str, &str); 4] = [
    ("en", include_str!("../../../assets/i18n/en.ftl")),
    ("es", include_str!("../../../assets/i18n/es.ftl")),
    ("pt", include_str!("../../../assets/i18n/pt.ftl")),
    ("fr", include_str!("../../../assets/i18n/fr.ftl")),
];

pub struct Catalog {
    lang: &'static str,
    bundle: FluentBundle<FluentResource>,
}

impl Catalog {
    /// Creates a catalog for `tag` ("es", "es_AR.UTF-8", ...); unknown languages fall back to English.
    pub fn new(tag: &str) -> Catalog {
        let primary = tag
            .split(['-', '_', '.'])
            .next()
            .unwrap_or("en")
            .to_ascii_lowercase();
        let (lang, source) = CATALOGS
            .iter()
            .find(|(code, _)| *code == primary)
            .copied()
            .unwrap_or(CATALOGS[0]);
        let language = lang.parse().expect("catalog language codes are valid tags");
        let mut bundle = FluentBundle::new(vec![language]);
        // Terminals show the isolation marks Fluent puts around arguments as stray glyphs.
        bundle.set_use_isolating(false);
        let resource =
            FluentResource::try_new(source.to_string()).unwrap_or_else(|(resource, _)| resource);
        // fluent-bundle keeps terms and messages in one namespace, so a term `-x` and a
        // message `x` collide; the catalog test rejects that. The other entries still load.
        if let Err(errors) = bundle.add_resource(resource) {
            tracing::warn!(
                lang,
                count = errors.len(),
                "catalog entries were not loaded"
            );
        }
        Catalog { lang, bundle }
    }

    pub fn lang(&self) -> &'static str {
        self.lang
    }

    pub fn text(&self, id: &str) -> String {
        self.format(id, None).unwrap_or_else(|| id.to_string())
    }

    pub fn text_with(&self, id: &str, args: &[(&str, String)]) -> String {
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            fluent_args.set(*name, FluentValue::from(value.clone()));
        }
        self.format(id, Some(&fluent_args))
            .unwrap_or_else(|| id.to_string())
    }

    /// Formats the error's translated message, then on indented lines the first bad value of a
    /// rejected import (when the `problem` parameter names its code) and the English detail
    /// (`error-detail`). The detail can name more than the parameters, such as the operating
    /// system's error text or every bad value of an import.
    ///
    /// When the catalog lacks the code, or the message cannot be formatted with the error's
    /// parameters, this returns the generic `error-unknown` message with the detail.
    pub fn error(&self, error: &AppError) -> String {
        match self.error_message(error) {
            Ok(text) => {
                let mut lines = vec![text];
                if let Some(problem) = error.params.get("problem") {
                    let first = AppError {
                        code: problem.clone(),
                        ..error.clone()
                    };
                    if let Ok(problem_text) = self.error_message(&first) {
                        lines.push(format!("  {problem_text}"));
                    }
                }
                let args = [("detail", error.detail.clone())];
                lines.push(format!("  {}", self.text_with("error-detail", &args)));
                lines.join("\n")
            }
            Err(problem) => {
                tracing::warn!(code = %error.code, %problem, "no usable translation for an error code");
                let args = [("detail", error.detail.clone())];
                self.text_with("error-unknown", &args)
            }
        }
    }

    /// Returns whether the catalog has a message with this id.
    pub fn has_message(&self, id: &str) -> bool {
        self.bundle
            .get_message(id)
            .and_then(|message| message.value())
            .is_some()
    }

    /// Formats the error's translated message with its parameters, without the detail.
    ///
    /// Fails with a description when the catalog has no message for the code, or when Fluent
    /// reports an error, such as a variable the message uses and the error does not set.
    pub fn error_message(&self, error: &AppError) -> Result<String, String> {
        let id = error.message_id();
        let message = self
            .bundle
            .get_message(&id)
            .ok_or_else(|| format!("{}.ftl has no message {id}", self.lang))?;
        let pattern = message
            .value()
            .ok_or_else(|| format!("{id} in {}.ftl has no value", self.lang))?;
        let mut args = FluentArgs::new();
        for (name, value) in &error.params {
            args.set(name.as_str(), FluentValue::from(value.clone()));
        }
        let mut errors = Vec::new();
        let text = self
            .bundle
            .format_pattern(pattern, Some(&args), &mut errors);
        if errors.is_empty() {
            Ok(text.into_owned())
        } else {
            let errors: Vec<String> = errors.iter().map(ToString::to_string).collect();
            Err(format!("{id} in {}.ftl: {}", self.lang, errors.join("; ")))
        }
    }

    /// Writes a decimal parameter ("12.5") with this language's decimal separator.
    fn decimal(&self, text: &str) -> String {
        let is_decimal = !text.is_empty()
            && text
                .chars()
                .all(|c| c.is_ascii_digit() || c == '.' || c == '-');
        if is_decimal && self.lang != "en" {
            text.replace('.', ",")
        } else {
            text.to_string()
        }
    }

    /// Adds the labels a finding's message may use: the table title, the label of the code
    /// the finding names, the metadata question and the titles of other tables named.
    fn add_finding_labels(
        &self,
        finding: &Finding,
        questionnaire: &Questionnaire,
        args: &mut FluentArgs<'_>,
    ) {
        if let Some(table) = finding
            .table
            .as_deref()
            .and_then(|id| questionnaire.table(id))
        {
            args.set(
                "table_title",
                FluentValue::from(
                    sicremi_model::definition::text_in(&table.title, self.lang).to_string(),
                ),
            );
            if let Some(Param::Text(code)) = finding.params.get("code") {
                let dimension = match finding.params.get("dimension") {
                    Some(Param::Text(dimension)) => Some(dimension.as_str()),
                    _ => None,
                };
                args.set(
                    "code_label",
                    FluentValue::from(Self::label_of_code(
                        questionnaire,
                        table,
                        code,
                        dimension,
                        self.lang,
                    )),
                );
            }
        }
        if let Some(Param::Text(field)) = finding.params.get("field") {
            if let Some(question) = questionnaire.def.metadata.iter().find(|q| &q.id == field) {
                args.set(
                    "field_label",
                    FluentValue::from(
                        sicremi_model::definition::text_in(&question.label, self.lang).to_string(),
                    ),
                );
            }
        }
        // Findings that compare tables name each of them; the messages may use their titles.
        for name in ["left_table", "right_table", "flow_table", "stock_table"] {
            if let Some(other) = match finding.params.get(name) {
                Some(Param::Text(id)) => questionnaire.table(id),
                _ => None,
            } {
                args.set(
                    format!("{name}_title"),
                    FluentValue::from(
                        sicremi_model::definition::text_in(&other.title, self.lang).to_string(),
                    ),
                );
            }
        }
    }

    /// Returns the label of `code` in `table`. The row and column dimensions are searched first,
    /// then the slice dimensions after the period, and the dimension the finding names last, the
    /// same order as the desktop app: a sum along the sex columns names a nationality row, and a
    /// share rule names a code of its own dimension.
    fn label_of_code(
        questionnaire: &Questionnaire,
        table: &sicremi_model::TableDef,
        code: &str,
        dimension: Option<&str>,
        lang: &str,
    ) -> String {
        let mut candidates: Vec<&sicremi_model::definition::DimensionDef> =
            vec![table.row_dim(), table.column_dim()];
        candidates.extend(&table.slice_dims()[1..]);
        candidates.sort_by_key(|d| Some(d.id.as_str()) == dimension);
        candidates
            .iter()
            .map(|d| questionnaire.code_label(&d.codelist, code, lang))
            .find(|label| *label != code)
            .unwrap_or(code)
            .to_string()
    }

    /// Formats the finding's message with its parameters, the table title and the first cell named in
    /// this language.
    pub fn finding(&self, finding: &Finding, questionnaire: &Questionnaire) -> String {
        let mut args = FluentArgs::new();
        for (name, value) in &finding.params {
            match value {
                Param::Int(number) => args.set(name.as_str(), FluentValue::from(*number)),
                Param::Text(text) if DECIMAL_PARAMS.contains(&name.as_str()) => {
                    args.set(name.as_str(), FluentValue::from(self.decimal(text)))
                }
                Param::Text(text) => args.set(name.as_str(), FluentValue::from(text.clone())),
            }
        }
        self.add_finding_labels(finding, questionnaire, &mut args);
        let cell = finding
            .cells
            .first()
            .map(|c| describe_cell(questionnaire, &c.table, &c.key, self.lang))
            .unwrap_or_default();
        args.set("cell", FluentValue::from(cell));
        let severity = self.text(match finding.severity {
            sicremi_model::Severity::Error => "severity-error",
            sicremi_model::Severity::Warning => "severity-warning",
            sicremi_model::Severity::Info => "severity-info",
        });
        let message = self
            .format(&finding.message, Some(&args))
            .unwrap_or_else(|| finding.message.clone());
        format!("[{}] {severity}: {message}", finding.rule)
    }

    fn format(&self, id: &str, args: Option<&FluentArgs>) -> Option<String> {
        let message = self.bundle.get_message(id)?;
        let pattern = message.value()?;
        let mut errors = Vec::new();
        let text = self.bundle.format_pattern(pattern, args, &mut errors);
        Some(text.into_owned())
    }
}

/// "T1 · 2025 · Bolivia · Women": a cell named by its table and code labels.
pub fn describe_cell(
    questionnaire: &Questionnaire,
    table_id: &str,
    key: &str,
    lang: &str,
) -> String {
    let Some(table) = questionnaire.table(table_id) else {
        return format!("{table_id} {key}");
    };
    let mut parts = vec![table_id.to_string()];
    for (dim, code) in table
        .dimensions
        .iter()
        .zip(key.split(sicremi_model::definition::KEY_SEPARATOR))
    {
        parts.push(
            questionnaire
                .code_label(&dim.codelist, code, lang)
                .to_string(),
        );
    }
    parts.join(" · ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_catalog_loads_without_collisions() {
        for (lang, source) in CATALOGS {
            let resource = FluentResource::try_new(source.to_string())
                .unwrap_or_else(|(_, errors)| panic!("{lang}.ftl has syntax errors: {errors:?}"));
            let mut bundle: FluentBundle<FluentResource> =
                FluentBundle::new(vec![lang.parse().unwrap()]);
            if let Err(errors) = bundle.add_resource(resource) {
                panic!("{lang}.ftl: {errors:?}");
            }
        }
    }

    fn finding(table: &str, params: &[(&str, &str)]) -> Finding {
        Finding {
            id: "V02-0000000000000000".into(),
            rule: "V02".into(),
            severity: sicremi_model::Severity::Error,
            message: "finding-residual-share".into(),
            table: Some(table.into()),
            cells: Vec::new(),
            values: Vec::new(),
            params: params
                .iter()
                .map(|(name, value)| (name.to_string(), Param::Text(value.to_string())))
                .collect(),
        }
    }

    #[test]
    fn code_label_searches_every_dimension() {
        let questionnaire = Questionnaire::embedded();
        let catalog = Catalog::new("es");
        let label = |table: &str, params: &[(&str, &str)]| {
            let mut args = FluentArgs::new();
            catalog.add_finding_labels(&finding(table, params), &questionnaire, &mut args);
            match args.get("code_label") {
                Some(FluentValue::String(text)) => text.to_string(),
                other => panic!("no code_label: {other:?}"),
            }
        };
        // A sum along the sex columns names its nationality row.
        assert_eq!(
            label("T1", &[("code", "BOL"), ("dimension", "sex")]),
            "Bolivia"
        );
        // A sum along the nationalities names its sex column.
        assert_eq!(
            label("T1", &[("code", "F"), ("dimension", "nationality")]),
            "Mujeres"
        );
        // A sum over age groups names a code of a slice dimension.
        assert_eq!(
            label("T5", &[("code", "Y15T24"), ("dimension", "age")]),
            "15–24 años"
        );
    }

    #[test]
    fn catalog_falls_back_to_english() {
        assert_eq!(Catalog::new("de_DE.UTF-8").lang(), "en");
        assert_eq!(Catalog::new("es_AR.UTF-8").lang(), "es");
        assert_eq!(Catalog::new("pt-BR").text("severity-error"), "Erro");
    }
}
