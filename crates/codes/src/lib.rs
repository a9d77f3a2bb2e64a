//! Country and nationality codes for the SICREMI questionnaire.
//!
//! Countries are the ISO 3166-1 entries of CLDR with their UN M49 numeric code, the M49
//! regions that contain them and their names in English, Spanish, Portuguese and French.
//! The list is generated from CLDR by `crates/codes/tools/generate.mjs` into
//! `assets/codelists/countries.json`, which this crate embeds and parses on first use.
//! Besides the countries there are four [`SpecialCode`]s (other countries, unknown
//! nationality, stateless, total) and a name matcher for the country labels found in
//! agency files.
//!
//! ```
//! use sicremi_codes::{by_alpha3, is_in_region, match_name, name, Lang};
//!
//! let peru = match_name("PERÚ").unwrap();
//! assert_eq!(peru.alpha3, "PER");
//! assert_eq!(peru.m49, 604);
//! assert_eq!(name("PER", Lang::Fr), Some("Pérou"));
//! assert!(is_in_region("PER", 419));
//! assert!(by_alpha3("ZZZ").is_none());
//! ```

mod catalog;
mod error;
mod lang;
mod matching;
mod normalize;
mod special;

use serde::{Deserialize, Serialize};

pub use error::{LangError, MatchError};
pub use lang::Lang;
pub use matching::{lookup_name, match_name, match_special};
pub use normalize::normalize_name;
pub use special::SpecialCode;

/// M49 code of Latin America and the Caribbean.
pub const LATIN_AMERICA_AND_CARIBBEAN: u16 = 419;
/// M49 code of Northern America (Bermuda, Canada, Greenland, Saint Pierre and Miquelon,
/// United States).
pub const NORTHERN_AMERICA: u16 = 21;

/// A name in each of the four languages of the questionnaire.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Names {
    pub en: String,
    pub es: String,
    pub pt: String,
    pub fr: String,
}

impl Names {
    /// Returns the name in `lang`.
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::En => &self.en,
            Lang::Es => &self.es,
            Lang::Pt => &self.pt,
            Lang::Fr => &self.fr,
        }
    }
}

/// A country or territory of ISO 3166-1, plus Kosovo.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Country {
    /// ISO 3166-1 alpha-3 code. Kosovo, which has no ISO code, is `XKX`.
    pub alpha3: String,
    /// ISO 3166-1 alpha-2 code. Kosovo is `XK`.
    pub alpha2: String,
    /// UN M49 numeric code, which equals the ISO 3166-1 numeric code. Kosovo has 983, a
    /// number from CLDR's user-assigned range and not an M49 code, because the UN counts
    /// Kosovo under Serbia (688).
    pub m49: u16,
    /// CLDR display names.
    pub names: Names,
    /// CLDR's alternative names in the four languages, such as "Ivory Coast" or "Czech
    /// Republic". Name matching accepts them too.
    pub other_names: Vec<String>,
    /// Every numeric region in CLDR's territory containment that contains the country,
    /// directly or transitively, in ascending order. Always includes 1 (World).
    pub regions: Vec<u16>,
}

impl Country {
    /// Returns the display name in `lang`.
    pub fn name(&self, lang: Lang) -> &str {
        self.names.get(lang)
    }

    /// Returns whether the M49 region `m49_region` contains this country.
    pub fn is_in_region(&self, m49_region: u16) -> bool {
        self.regions.binary_search(&m49_region).is_ok()
    }
}

/// An M49 region that contains at least one country, such as 419 Latin America.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Region {
    pub m49: u16,
    /// CLDR display names. CLDR's English name for 001 is the lower-case "world".
    pub names: Names,
}

/// Returns every country, sorted by alpha-3 code.
pub fn countries() -> &'static [Country] {
    &catalog::get().countries
}

/// Returns the country with the given alpha-3 code, ignoring ASCII case.
pub fn by_alpha3(alpha3: &str) -> Option<&'static Country> {
    let catalog = catalog::get();
    let index = *catalog.by_alpha3.get(&alpha3.to_ascii_uppercase())?;
    Some(&catalog.countries[index])
}

/// Returns the country with the given alpha-2 code, ignoring ASCII case.
pub fn by_alpha2(alpha2: &str) -> Option<&'static Country> {
    let catalog = catalog::get();
    let index = *catalog.by_alpha2.get(&alpha2.to_ascii_uppercase())?;
    Some(&catalog.countries[index])
}

/// Returns the country with the given M49 numeric code.
pub fn by_m49(m49: u16) -> Option<&'static Country> {
    let catalog = catalog::get();
    let index = *catalog.by_m49.get(&m49)?;
    Some(&catalog.countries[index])
}

/// Returns the display name of the country `alpha3` in `lang`, or `None` for an unknown
/// code.
pub fn name(alpha3: &str, lang: Lang) -> Option<&'static str> {
    by_alpha3(alpha3).map(|country| country.name(lang))
}

/// Returns whether the country `alpha3` lies in the M49 region `m49_region`. An unknown
/// code lies in no region.
pub fn is_in_region(alpha3: &str, m49_region: u16) -> bool {
    by_alpha3(alpha3).is_some_and(|country| country.is_in_region(m49_region))
}

/// Returns every M49 region that contains at least one country, sorted by code.
pub fn regions() -> &'static [Region] {
    &catalog::get().regions
}

/// Returns the region with the given M49 code.
pub fn region(m49: u16) -> Option<&'static Region> {
    let regions = regions();
    let position = regions.binary_search_by_key(&m49, |r| r.m49).ok()?;
    Some(&regions[position])
}

/// Returns the CLDR version that `countries.json` was generated from, such as "48".
pub fn cldr_version() -> &'static str {
    &catalog::get().cldr_version
}
