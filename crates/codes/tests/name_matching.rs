//! Matching of country names, with the curated alias file read as data.

use std::collections::{BTreeMap, HashSet};

use serde::Deserialize;
use sicremi_codes::{
    countries, lookup_name, match_name, match_special, normalize_name, Lang, MatchError,
    SpecialCode,
};

const ALIASES_JSON: &str = include_str!("../../../assets/codelists/country-aliases.json");

#[derive(Deserialize)]
struct AliasesFile {
    aliases: BTreeMap<String, Vec<String>>,
    ambiguous: BTreeMap<String, Vec<String>>,
}

fn aliases_file() -> AliasesFile {
    serde_json::from_str(ALIASES_JSON).expect("parse country-aliases.json")
}

fn matched_alpha3(text: &str) -> Option<&'static str> {
    match_name(text).map(|country| country.alpha3.as_str())
}

#[test]
fn match_ignores_case_and_diacritics() {
    assert_eq!(matched_alpha3("PERU"), Some("PER"));
    assert_eq!(matched_alpha3("perú"), Some("PER"));
    assert_eq!(matched_alpha3("Mexico"), Some("MEX"));
    assert_eq!(matched_alpha3("ESPANA"), Some("ESP"));
    assert_eq!(matched_alpha3("Brésil"), Some("BRA"));
}

#[test]
fn match_ignores_apostrophe_form() {
    assert_eq!(matched_alpha3("Côte d’Ivoire"), Some("CIV"));
    assert_eq!(matched_alpha3("Côte d'Ivoire"), Some("CIV"));
    assert_eq!(matched_alpha3("Cote d`Ivoire"), Some("CIV"));
    assert_eq!(matched_alpha3("Cote dIvoire"), Some("CIV"));
}

#[test]
fn match_ignores_spacing_and_footnotes() {
    assert_eq!(matched_alpha3("   Costa   Rica  "), Some("CRI"));
    assert_eq!(matched_alpha3("Curaçao*"), Some("CUW"));
    assert_eq!(matched_alpha3("Réunion *"), Some("REU"));
    assert_eq!(matched_alpha3("Guinea Bissau"), Some("GNB"));
    assert_eq!(matched_alpha3("Trinidad and Tobago"), Some("TTO"));
}

#[test]
fn match_cldr_alternative_names() {
    assert_eq!(matched_alpha3("Ivory Coast"), Some("CIV"));
    assert_eq!(matched_alpha3("Czech Republic"), Some("CZE"));
    assert_eq!(matched_alpha3("Swaziland"), Some("SWZ"));
    assert_eq!(matched_alpha3("UK"), Some("GBR"));
}

#[test]
fn code_like_short_name_dropped() {
    // Spanish CLDR abbreviates the United Kingdom as "RU", which is Russia's alpha-2.
    assert_eq!(matched_alpha3("RU"), None);
}

#[test]
fn unknown_name_not_found() {
    assert_eq!(matched_alpha3("Atlantis"), None);
    let error = lookup_name("  Atlantis ").unwrap_err();
    assert_eq!(
        error,
        MatchError::NotFound {
            name: "Atlantis".to_string()
        }
    );
    assert_eq!(error.code(), "codes.name_not_found");
    assert!(error.to_string().contains("\"Atlantis\""), "{error}");
}

#[test]
fn empty_name_rejected() {
    for text in ["", "   ", " * "] {
        assert_eq!(lookup_name(text), Err(MatchError::Empty), "{text:?}");
    }
    assert_eq!(MatchError::Empty.code(), "codes.name_empty");
}

#[test]
fn ambiguous_name_not_matched() {
    assert_eq!(matched_alpha3("Korea"), None);
    let error = lookup_name("Korea").unwrap_err();
    assert_eq!(
        error,
        MatchError::Ambiguous {
            name: "Korea".to_string(),
            candidates: vec!["KOR", "PRK"],
        }
    );
    assert_eq!(error.code(), "codes.name_ambiguous");
    assert!(error.to_string().contains("KOR, PRK"), "{error}");
}

#[test]
fn ambiguous_names_list_candidates() {
    for (name, expected) in aliases_file().ambiguous {
        let mut expected: Vec<&str> = expected.iter().map(String::as_str).collect();
        expected.sort_unstable();
        match lookup_name(&name) {
            Err(MatchError::Ambiguous { candidates, .. }) => {
                assert_eq!(candidates, expected, "candidates of {name:?}");
            }
            other => panic!("{name:?} should be ambiguous, got {other:?}"),
        }
    }
}

#[test]
fn qualified_names_not_ambiguous() {
    assert_eq!(matched_alpha3("Corea del Sur"), Some("KOR"));
    assert_eq!(matched_alpha3("Corea del Norte"), Some("PRK"));
    assert_eq!(matched_alpha3("Islas Vírgenes Británicas"), Some("VGB"));
}

#[test]
fn every_cldr_name_matches_its_country() {
    for country in countries() {
        let names = Lang::ALL
            .iter()
            .map(|lang| country.name(*lang))
            .chain(country.other_names.iter().map(String::as_str));
        for name in names {
            assert_eq!(
                matched_alpha3(name),
                Some(country.alpha3.as_str()),
                "{name:?}"
            );
        }
    }
}

#[test]
fn every_alias_matches_its_country() {
    for (alpha3, aliases) in aliases_file().aliases {
        for alias in aliases {
            assert_eq!(matched_alpha3(&alias), Some(alpha3.as_str()), "{alias:?}");
        }
    }
}

#[test]
fn no_alias_repeats_a_cldr_name() {
    let cldr_keys: HashSet<String> = countries()
        .iter()
        .flat_map(|country| {
            Lang::ALL
                .iter()
                .map(|lang| country.name(*lang).to_string())
                .chain(country.other_names.iter().cloned())
        })
        .map(|name| normalize_name(&name))
        .collect();

    let mut seen = HashSet::new();
    let mut repeats = Vec::new();
    for alias in aliases_file().aliases.into_values().flatten() {
        let key = normalize_name(&alias);
        if cldr_keys.contains(&key) || !seen.insert(key) {
            repeats.push(alias);
        }
    }
    assert_eq!(
        repeats,
        Vec::<String>::new(),
        "aliases that add no new name"
    );
}

#[test]
fn special_names_match_special_codes() {
    assert_eq!(
        match_special("Otro país"),
        Some(SpecialCode::OtherCountries)
    );
    assert_eq!(
        match_special("OTROS PAISES"),
        Some(SpecialCode::OtherCountries)
    );
    assert_eq!(match_special("Apátrida"), Some(SpecialCode::Stateless));
    assert_eq!(
        match_special("Sin especificar"),
        Some(SpecialCode::UnknownNationality)
    );
    assert_eq!(match_special("Total*"), Some(SpecialCode::Total));
    assert_eq!(match_special("Argentina"), None);
}

#[test]
fn special_names_are_not_countries() {
    for special in SpecialCode::ALL {
        for lang in Lang::ALL {
            let label = special.name(lang);
            assert_eq!(match_special(label), Some(special), "{label:?}");
            assert_eq!(lookup_name(label).ok(), None, "{label:?} matches a country");
        }
    }
}
