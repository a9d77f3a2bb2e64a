//! Figures the secretariat supplies with a questionnaire pack, against which the rules compare
//! a country's new submission.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::dataset::Dataset;

/// The reference data for one country and cycle. Both the correspondent's app and the
/// secretariat's import validate against the same reference, taken from the same pack.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Reference {
    /// Values the secretariat accepted in earlier cycles, keyed as in the current definition.
    /// They prefill the workspace and anchor the year-on-year, revision and range rules.
    #[serde(default)]
    pub accepted: Dataset,
    /// Total population by year (UN World Population Prospects or the national estimate), the
    /// denominator of the rates and of the IDB indicator.
    #[serde(default, deserialize_with = "crate::dataset::unique::flat")]
    pub population: BTreeMap<String, i64>,
}

impl Reference {
    pub fn is_empty(&self) -> bool {
        self.accepted.cells.values().all(|cells| cells.is_empty()) && self.population.is_empty()
    }
}
