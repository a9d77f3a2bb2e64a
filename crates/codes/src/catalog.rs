//! Loading and validation of the embedded code lists.

use std::collections::{BTreeMap, HashMap};
use std::sync::LazyLock;

use serde::Deserialize;
use thiserror::Error;

use crate::normalize::normalize_name;
use crate::{Country, Names, Region, SpecialCode};

const COUNTRIES_JSON: &str = include_str!("../../../assets/codelists/countries.json");
const ALIASES_JSON: &str = include_str!("../../../assets/codelists/country-aliases.json");
const SPECIAL_CODES_JSON: &str = include_str!("../../../assets/codelists/special-codes.json");

static CATALOG: LazyLock<Catalog> = LazyLock::new(|| match Catalog::load() {
    Ok(catalog) => {
        tracing::debug!(
            countries = catalog.countries.len(),
            match_names = catalog.country_names.len(),
            cldr_version = %catalog.cldr_version,
            "loaded country code lists"
        );
        catalog
    }
    // The lists are compiled into the binary and the crate's tests load them, so this
    // only happens when an edited asset was not tested.
    Err(error) => panic!("embedded code list is invalid: {error}"),
});

/// Returns the parsed code lists, parsing them on first use.
pub(crate) fn get() -> &'static Catalog {
    &CATALOG
}

pub(crate) struct Catalog {
    pub(crate) cldr_version: String,
    pub(crate) countries: Vec<Country>,
    pub(crate) regions: Vec<Region>,
    pub(crate) by_alpha3: HashMap<String, usize>,
    pub(crate) by_alpha2: HashMap<String, usize>,
    pub(crate) by_m49: HashMap<u16, usize>,
    /// Normalized name to the indexes of the countries it names, sorted. More than one
    /// index only for the names in the `ambiguous` section of the aliases file.
    pub(crate) country_names: HashMap<String, Vec<usize>>,
    /// Display names of the special codes, in the order of `SpecialCode::position`.
    pub(crate) special_names: Vec<Names>,
    /// Normalized name or match name to its special code.
    pub(crate) special_match_names: HashMap<String, SpecialCode>,
}

/// An inconsistency in the embedded JSON files.
#[derive(Debug, Error)]
enum AssetError {
    #[error("{file} is not valid JSON for its schema: {source}")]
    Json {
        file: &'static str,
        source: serde_json::Error,
    },
    #[error("countries.json lists {field} \"{value}\" twice")]
    DuplicateCode { field: &'static str, value: String },
    #[error("countries.json gives {alpha3} regions that are not sorted and unique")]
    UnsortedRegions { alpha3: String },
    #[error("countries.json lists regions that are not sorted by code")]
    UnsortedRegionList,
    #[error("country-aliases.json names unknown country \"{alpha3}\"")]
    UnknownAliasCountry { alpha3: String },
    #[error("country-aliases.json declares \"{name}\" ambiguous with fewer than two countries")]
    TooFewCandidates { name: String },
    #[error(
        "\"{name}\" names {} but is not in the ambiguous section of country-aliases.json; \
         remove the alias or declare the name ambiguous",
        alpha3s.join(" and ")
    )]
    UndeclaredAmbiguity { name: String, alpha3s: Vec<String> },
    #[error("a name normalizes to the empty string for {owner}")]
    EmptyName { owner: String },
    #[error("special-codes.json must list {expected} in this order, found {found:?}")]
    SpecialCodeOrder {
        expected: String,
        found: Vec<String>,
    },
    #[error("special-codes.json: \"{name}\" is used by {first} and {second}")]
    DuplicateSpecialName {
        name: String,
        first: String,
        second: String,
    },
    #[error("special-codes.json: \"{name}\" of {code} is also the name of country {alpha3}")]
    SpecialNameIsCountry {
        name: String,
        code: String,
        alpha3: String,
    },
}

#[derive(Deserialize)]
struct CountriesFile {
    header: CountriesHeader,
    regions: Vec<Region>,
    countries: Vec<Country>,
}

#[derive(Deserialize)]
struct CountriesHeader {
    cldr_version: String,
}

#[derive(Deserialize)]
struct AliasesFile {
    /// Alpha-3 code to extra names for that country.
    aliases: BTreeMap<String, Vec<String>>,
    /// Name to the alpha-3 codes of every country it can mean.
    ambiguous: BTreeMap<String, Vec<String>>,
}

#[derive(Deserialize)]
struct SpecialCodesFile {
    codes: Vec<SpecialCodeEntry>,
}

#[derive(Deserialize)]
struct SpecialCodeEntry {
    code: String,
    names: Names,
    match_names: Vec<String>,
}

impl Catalog {
    fn load() -> Result<Catalog, AssetError> {
        let countries_file: CountriesFile = parse("countries.json", COUNTRIES_JSON)?;
        let aliases_file: AliasesFile = parse("country-aliases.json", ALIASES_JSON)?;
        let special_file: SpecialCodesFile = parse("special-codes.json", SPECIAL_CODES_JSON)?;

        let countries = countries_file.countries;
        let regions = countries_file.regions;
        if !regions.windows(2).all(|pair| pair[0].m49 < pair[1].m49) {
            return Err(AssetError::UnsortedRegionList);
        }

        let (by_alpha3, by_alpha2, by_m49) = index_codes(&countries)?;
        let country_names = index_country_names(&countries, &by_alpha3, &aliases_file)?;
        let (special_names, special_match_names) =
            index_special_codes(special_file, &countries, &country_names)?;

        Ok(Catalog {
            cldr_version: countries_file.header.cldr_version,
            countries,
            regions,
            by_alpha3,
            by_alpha2,
            by_m49,
            country_names,
            special_names,
            special_match_names,
        })
    }
}

fn parse<T: serde::de::DeserializeOwned>(file: &'static str, text: &str) -> Result<T, AssetError> {
    serde_json::from_str(text).map_err(|source| AssetError::Json { file, source })
}

type CodeIndexes = (
    HashMap<String, usize>,
    HashMap<String, usize>,
    HashMap<u16, usize>,
);

fn index_codes(countries: &[Country]) -> Result<CodeIndexes, AssetError> {
    let mut by_alpha3 = HashMap::new();
    let mut by_alpha2 = HashMap::new();
    let mut by_m49 = HashMap::new();

    for (index, country) in countries.iter().enumerate() {
        if by_alpha3.insert(country.alpha3.clone(), index).is_some() {
            return Err(duplicate("alpha3", &country.alpha3));
        }
        if by_alpha2.insert(country.alpha2.clone(), index).is_some() {
            return Err(duplicate("alpha2", &country.alpha2));
        }
        if by_m49.insert(country.m49, index).is_some() {
            return Err(duplicate("m49", &country.m49.to_string()));
        }
        // Country::is_in_region relies on binary search.
        if !country.regions.windows(2).all(|pair| pair[0] < pair[1]) {
            return Err(AssetError::UnsortedRegions {
                alpha3: country.alpha3.clone(),
            });
        }
    }
    Ok((by_alpha3, by_alpha2, by_m49))
}

fn duplicate(field: &'static str, value: &str) -> AssetError {
    AssetError::DuplicateCode {
        field,
        value: value.to_string(),
    }
}

/// Builds the map from normalized name to countries out of the CLDR names, CLDR's other
/// names, the curated aliases and the declared ambiguous names. A name that ends up naming
/// two countries without being declared ambiguous is an error, so that a new alias or a
/// new CLDR release cannot silently make a name ambiguous.
fn index_country_names(
    countries: &[Country],
    by_alpha3: &HashMap<String, usize>,
    aliases_file: &AliasesFile,
) -> Result<HashMap<String, Vec<usize>>, AssetError> {
    let mut names: HashMap<String, Vec<usize>> = HashMap::new();
    let mut add = |name: &str, index: usize, owner: &str| -> Result<(), AssetError> {
        let key = normalize_name(name);
        if key.is_empty() {
            return Err(AssetError::EmptyName {
                owner: owner.to_string(),
            });
        }
        let candidates = names.entry(key).or_default();
        if !candidates.contains(&index) {
            candidates.push(index);
            candidates.sort_unstable();
        }
        Ok(())
    };

    for (index, country) in countries.iter().enumerate() {
        let cldr_names = [
            &country.names.en,
            &country.names.es,
            &country.names.pt,
            &country.names.fr,
        ];
        for name in cldr_names.into_iter().chain(&country.other_names) {
            add(name, index, &country.alpha3)?;
        }
    }

    let country_index = |alpha3: &str| -> Result<usize, AssetError> {
        by_alpha3
            .get(alpha3)
            .copied()
            .ok_or_else(|| AssetError::UnknownAliasCountry {
                alpha3: alpha3.to_string(),
            })
    };

    for (alpha3, aliases) in &aliases_file.aliases {
        let index = country_index(alpha3)?;
        for alias in aliases {
            add(alias, index, alpha3)?;
        }
    }

    let mut declared_ambiguous = Vec::new();
    for (name, alpha3s) in &aliases_file.ambiguous {
        if alpha3s.len() < 2 {
            return Err(AssetError::TooFewCandidates { name: name.clone() });
        }
        for alpha3 in alpha3s {
            add(name, country_index(alpha3)?, name)?;
        }
        declared_ambiguous.push(normalize_name(name));
    }

    for (key, candidates) in &names {
        if candidates.len() > 1 && !declared_ambiguous.contains(key) {
            return Err(AssetError::UndeclaredAmbiguity {
                name: key.clone(),
                alpha3s: candidates
                    .iter()
                    .map(|&i| countries[i].alpha3.clone())
                    .collect(),
            });
        }
    }
    Ok(names)
}

type SpecialIndexes = (Vec<Names>, HashMap<String, SpecialCode>);

fn index_special_codes(
    file: SpecialCodesFile,
    countries: &[Country],
    country_names: &HashMap<String, Vec<usize>>,
) -> Result<SpecialIndexes, AssetError> {
    let found: Vec<String> = file.codes.iter().map(|entry| entry.code.clone()).collect();
    let expected: Vec<&str> = SpecialCode::ALL.iter().map(|code| code.code()).collect();
    if found != expected {
        return Err(AssetError::SpecialCodeOrder {
            expected: expected.join(", "),
            found,
        });
    }

    let mut display_names = Vec::new();
    let mut match_names: HashMap<String, SpecialCode> = HashMap::new();
    for (special, entry) in SpecialCode::ALL.into_iter().zip(file.codes) {
        let names = [
            &entry.names.en,
            &entry.names.es,
            &entry.names.pt,
            &entry.names.fr,
        ];
        for name in names.into_iter().chain(&entry.match_names) {
            let key = normalize_name(name);
            if key.is_empty() {
                return Err(AssetError::EmptyName {
                    owner: entry.code.clone(),
                });
            }
            if let Some(candidates) = country_names.get(&key) {
                return Err(AssetError::SpecialNameIsCountry {
                    name: name.clone(),
                    code: entry.code.clone(),
                    alpha3: countries[candidates[0]].alpha3.clone(),
                });
            }
            if let Some(previous) = match_names.insert(key, special) {
                if previous != special {
                    return Err(AssetError::DuplicateSpecialName {
                        name: name.clone(),
                        first: previous.code().to_string(),
                        second: entry.code.clone(),
                    });
                }
            }
        }
        display_names.push(entry.names);
    }
    Ok((display_names, match_names))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn embedded_countries() -> (Vec<Country>, HashMap<String, usize>) {
        let file: CountriesFile = parse("countries.json", COUNTRIES_JSON).unwrap();
        let (by_alpha3, _, _) = index_codes(&file.countries).unwrap();
        (file.countries, by_alpha3)
    }

    fn aliases(json: &str) -> AliasesFile {
        parse("country-aliases.json", json).unwrap()
    }

    #[test]
    fn embedded_lists_load() {
        let catalog = Catalog::load().unwrap();
        assert_eq!(catalog.countries.len(), 250);
        assert_eq!(catalog.special_names.len(), SpecialCode::ALL.len());
    }

    #[test]
    fn alias_naming_two_countries_rejected() {
        let (countries, by_alpha3) = embedded_countries();
        let file = aliases(r#"{"aliases": {"ARG": ["Chile"]}, "ambiguous": {}}"#);
        let error = index_country_names(&countries, &by_alpha3, &file).unwrap_err();
        assert!(
            matches!(&error, AssetError::UndeclaredAmbiguity { name, alpha3s }
                if name == "chile" && alpha3s == &["ARG", "CHL"]),
            "{error}"
        );
    }

    #[test]
    fn declared_ambiguity_accepted() {
        let (countries, by_alpha3) = embedded_countries();
        let file = aliases(r#"{"aliases": {}, "ambiguous": {"Chile": ["ARG", "CHL"]}}"#);
        let names = index_country_names(&countries, &by_alpha3, &file).unwrap();
        let candidates: Vec<&str> = names["chile"]
            .iter()
            .map(|&i| countries[i].alpha3.as_str())
            .collect();
        assert_eq!(candidates, ["ARG", "CHL"]);
    }

    #[test]
    fn alias_for_unknown_country_rejected() {
        let (countries, by_alpha3) = embedded_countries();
        let file = aliases(r#"{"aliases": {"XYZ": ["Nowhere"]}, "ambiguous": {}}"#);
        let error = index_country_names(&countries, &by_alpha3, &file).unwrap_err();
        assert!(
            matches!(&error, AssetError::UnknownAliasCountry { alpha3 } if alpha3 == "XYZ"),
            "{error}"
        );
    }

    #[test]
    fn ambiguity_with_one_country_rejected() {
        let (countries, by_alpha3) = embedded_countries();
        let file = aliases(r#"{"aliases": {}, "ambiguous": {"Korea": ["KOR"]}}"#);
        let error = index_country_names(&countries, &by_alpha3, &file).unwrap_err();
        assert!(
            matches!(&error, AssetError::TooFewCandidates { name } if name == "Korea"),
            "{error}"
        );
    }

    #[test]
    fn special_name_equal_to_country_rejected() {
        let (countries, by_alpha3) = embedded_countries();
        let names = index_country_names(&countries, &by_alpha3, &aliases(ALIASES_JSON)).unwrap();
        let mut file: SpecialCodesFile = parse("special-codes.json", SPECIAL_CODES_JSON).unwrap();
        file.codes[0].match_names.push("Perú".to_string());
        let error = index_special_codes(file, &countries, &names).unwrap_err();
        assert!(
            matches!(&error, AssetError::SpecialNameIsCountry { alpha3, .. } if alpha3 == "PER"),
            "{error}"
        );
    }

    #[test]
    fn special_codes_out_of_order_rejected() {
        let (countries, by_alpha3) = embedded_countries();
        let names = index_country_names(&countries, &by_alpha3, &aliases(ALIASES_JSON)).unwrap();
        let mut file: SpecialCodesFile = parse("special-codes.json", SPECIAL_CODES_JSON).unwrap();
        file.codes.swap(0, 1);
        let error = index_special_codes(file, &countries, &names).unwrap_err();
        assert!(
            matches!(error, AssetError::SpecialCodeOrder { .. }),
            "{error}"
        );
    }
}
