//! Consistency checks of the Fluent catalogs in assets/i18n: every language has the same message
//! and term ids, the same variables and attributes per message, and no syntax errors or dangling
//! references. The UI falls back to English for a missing message, so without these checks a
//! gap would only show up as English text in a Spanish, Portuguese or French screen.

use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

use fluent_syntax::ast::{
    CallArguments, Entry, Expression, InlineExpression, Pattern, PatternElement,
};

const LANGUAGES: [&str; 4] = ["en", "es", "pt", "fr"];

/// What the checks compare across languages for one message or term.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
struct EntrySignature {
    /// Variables (`$name`) used anywhere in the value or the attributes.
    variables: BTreeSet<String>,
    /// Attribute names (`.name`).
    attributes: BTreeSet<String>,
    /// Message ids and `-term` ids this entry refers to.
    references: BTreeSet<String>,
}

/// One parsed catalog: entry id (terms keep their leading `-`) to signature.
#[derive(Debug)]
struct Catalog {
    language: String,
    entries: BTreeMap<String, EntrySignature>,
    syntax_errors: Vec<String>,
}

fn parse_catalog(language: &str, source: &str) -> Catalog {
    let (resource, errors) = match fluent_syntax::parser::parse(source) {
        Ok(resource) => (resource, Vec::new()),
        Err((resource, errors)) => (resource, errors),
    };
    let syntax_errors = errors
        .iter()
        .map(|error| {
            // The slice starts at the broken entry; the position is often the end of input.
            let start = error
                .slice
                .as_ref()
                .map_or(error.pos.start, |slice| slice.start);
            let line = source[..start].matches('\n').count() + 1;
            format!("{language}.ftl line {line}: {error}")
        })
        .collect();

    let mut entries = BTreeMap::new();
    for entry in &resource.body {
        let (id, value, attributes) = match entry {
            Entry::Message(message) => (
                message.id.name.to_string(),
                message.value.as_ref(),
                &message.attributes,
            ),
            Entry::Term(term) => (
                format!("-{}", term.id.name),
                Some(&term.value),
                &term.attributes,
            ),
            _ => continue,
        };

        let mut signature = EntrySignature::default();
        if let Some(pattern) = value {
            collect_pattern(pattern, &mut signature);
        }
        for attribute in attributes {
            signature.attributes.insert(attribute.id.name.to_string());
            collect_pattern(&attribute.value, &mut signature);
        }
        entries.insert(id, signature);
    }

    Catalog {
        language: language.to_string(),
        entries,
        syntax_errors,
    }
}

fn collect_pattern(pattern: &Pattern<&str>, signature: &mut EntrySignature) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            collect_expression(expression, signature);
        }
    }
}

fn collect_expression(expression: &Expression<&str>, signature: &mut EntrySignature) {
    match expression {
        Expression::Inline(inline) => collect_inline(inline, signature),
        Expression::Select { selector, variants } => {
            collect_inline(selector, signature);
            for variant in variants {
                collect_pattern(&variant.value, signature);
            }
        }
    }
}

fn collect_inline(expression: &InlineExpression<&str>, signature: &mut EntrySignature) {
    match expression {
        InlineExpression::VariableReference { id } => {
            signature.variables.insert(id.name.to_string());
        }
        InlineExpression::MessageReference { id, .. } => {
            signature.references.insert(id.name.to_string());
        }
        InlineExpression::TermReference { id, arguments, .. } => {
            signature.references.insert(format!("-{}", id.name));
            if let Some(arguments) = arguments {
                collect_arguments(arguments, signature);
            }
        }
        InlineExpression::FunctionReference { arguments, .. } => {
            collect_arguments(arguments, signature);
        }
        InlineExpression::Placeable { expression } => collect_expression(expression, signature),
        InlineExpression::StringLiteral { .. } | InlineExpression::NumberLiteral { .. } => {}
    }
}

fn collect_arguments(arguments: &CallArguments<&str>, signature: &mut EntrySignature) {
    for positional in &arguments.positional {
        collect_inline(positional, signature);
    }
    for named in &arguments.named {
        collect_inline(&named.value, signature);
    }
}

/// Lists every id that some catalog has and another lacks, naming the id and both languages.
fn missing_entries(catalogs: &[Catalog]) -> Vec<String> {
    let mut problems = Vec::new();
    for source in catalogs {
        for id in source.entries.keys() {
            for target in catalogs {
                if !target.entries.contains_key(id) {
                    problems.push(format!(
                        "\"{id}\" is in {}.ftl but missing in {}.ftl",
                        source.language, target.language
                    ));
                }
            }
        }
    }
    problems
}

/// Lists every entry whose variables or attributes differ from those of the first catalog.
fn mismatched_signatures(catalogs: &[Catalog]) -> Vec<String> {
    let Some((reference, others)) = catalogs.split_first() else {
        return Vec::new();
    };
    let mut problems = Vec::new();
    for (id, expected) in &reference.entries {
        for other in others {
            let Some(actual) = other.entries.get(id) else {
                continue;
            };
            if actual.variables != expected.variables {
                problems.push(format!(
                    "\"{id}\" uses variables {:?} in {}.ftl but {:?} in {}.ftl",
                    expected.variables, reference.language, actual.variables, other.language
                ));
            }
            if actual.attributes != expected.attributes {
                problems.push(format!(
                    "\"{id}\" has attributes {:?} in {}.ftl but {:?} in {}.ftl",
                    expected.attributes, reference.language, actual.attributes, other.language
                ));
            }
        }
    }
    problems
}

/// Lists every reference to a message or term that the same catalog does not define.
fn dangling_references(catalogs: &[Catalog]) -> Vec<String> {
    let mut problems = Vec::new();
    for catalog in catalogs {
        for (id, signature) in &catalog.entries {
            for target in &signature.references {
                if !catalog.entries.contains_key(target) {
                    problems.push(format!(
                        "\"{id}\" in {}.ftl refers to \"{target}\", which {}.ftl does not define",
                        catalog.language, catalog.language
                    ));
                }
            }
        }
    }
    problems
}

fn load_project_catalogs() -> Vec<Catalog> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("assets/i18n");
    LANGUAGES
        .iter()
        .map(|language| {
            let path = dir.join(format!("{language}.ftl"));
            let source = std::fs::read_to_string(&path)
                .unwrap_or_else(|error| panic!("cannot read {}: {error}", path.display()));
            parse_catalog(language, &source)
        })
        .collect()
}

fn assert_no_problems(description: &str, problems: &[String]) {
    assert!(
        problems.is_empty(),
        "{description}:\n  {}",
        problems.join("\n  ")
    );
}

#[test]
fn catalogs_parse_cleanly() {
    let catalogs = load_project_catalogs();
    let errors: Vec<String> = catalogs
        .iter()
        .flat_map(|catalog| catalog.syntax_errors.clone())
        .collect();
    assert_no_problems("Fluent syntax errors", &errors);
}

#[test]
fn catalogs_have_same_ids() {
    let catalogs = load_project_catalogs();
    assert_no_problems("missing translations", &missing_entries(&catalogs));
}

#[test]
fn catalogs_have_same_variables() {
    let catalogs = load_project_catalogs();
    assert_no_problems(
        "messages that differ between languages",
        &mismatched_signatures(&catalogs),
    );
}

#[test]
fn catalogs_references_resolve() {
    let catalogs = load_project_catalogs();
    assert_no_problems("dangling references", &dangling_references(&catalogs));
}

#[test]
fn catalogs_are_not_empty() {
    for catalog in load_project_catalogs() {
        assert!(
            catalog.entries.contains_key("welcome-heading"),
            "{}.ftl has no \"welcome-heading\" message",
            catalog.language
        );
    }
}

// The checks above must be able to fail; these feed them small catalogs with known defects.

#[test]
fn checker_reports_missing_id() {
    let catalogs = [
        parse_catalog("en", "hello = Hello\nbye = Bye\n"),
        parse_catalog("es", "hello = Hola\n"),
    ];
    let problems = missing_entries(&catalogs);
    assert_eq!(
        problems,
        vec!["\"bye\" is in en.ftl but missing in es.ftl".to_string()]
    );
}

#[test]
fn checker_reports_variable_mismatch() {
    let catalogs = [
        parse_catalog(
            "en",
            "rows = { $count ->\n    [one] One row in { $sheet }\n   *[other] { $count } rows\n}\n",
        ),
        parse_catalog("fr", "rows = { $count } lignes\n"),
    ];
    let problems = mismatched_signatures(&catalogs);
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert!(problems[0].contains("\"rows\""), "{}", problems[0]);
    assert!(problems[0].contains("fr.ftl"), "{}", problems[0]);
    assert!(problems[0].contains("\"sheet\""), "{}", problems[0]);
}

#[test]
fn checker_finds_variables_in_attributes_and_functions() {
    let catalog = parse_catalog(
        "en",
        "field = Value\n    .title = { NUMBER($total, minimumFractionDigits: 2) } of { $limit }\n",
    );
    assert!(
        catalog.syntax_errors.is_empty(),
        "{:?}",
        catalog.syntax_errors
    );
    let signature = &catalog.entries["field"];
    let expected: BTreeSet<String> = ["limit", "total"].map(String::from).into();
    assert_eq!(signature.variables, expected);
    assert!(signature.attributes.contains("title"));
}

#[test]
fn checker_reports_attribute_mismatch() {
    let catalogs = [
        parse_catalog("en", "save = Save\n    .title = Save the draft\n"),
        parse_catalog("pt", "save = Salvar\n"),
    ];
    let problems = mismatched_signatures(&catalogs);
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert!(problems[0].contains("attributes"), "{}", problems[0]);
}

#[test]
fn checker_reports_dangling_term() {
    let catalogs = [parse_catalog("es", "title = Bienvenida a { -brand }\n")];
    let problems = dangling_references(&catalogs);
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert!(problems[0].contains("\"-brand\""), "{}", problems[0]);
}

#[test]
fn checker_reports_syntax_error_line() {
    let catalog = parse_catalog("fr", "ok = Bien\nbroken = { $x\n");
    assert_eq!(
        catalog.syntax_errors.len(),
        1,
        "{:?}",
        catalog.syntax_errors
    );
    assert!(
        catalog.syntax_errors[0].starts_with("fr.ftl line 2:"),
        "{}",
        catalog.syntax_errors[0]
    );
}
