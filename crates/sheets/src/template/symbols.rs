//! House-style symbols of cells without a count, such as ".." for not available.

use std::collections::BTreeMap;

use sicremi_model::definition::Statuses;

/// The symbol of each observation status that has one, from the definition's
/// `statuses.symbols`. The store keeps codes only, so symbols are written on export and read
/// back on import.
pub(crate) struct Symbols<'q> {
    statuses: &'q Statuses,
    by_status: &'q BTreeMap<String, String>,
}

impl<'q> Symbols<'q> {
    pub(crate) fn new(statuses: &'q Statuses) -> Self {
        Symbols {
            statuses,
            by_status: &statuses.symbols,
        }
    }

    /// Returns the symbol of an observation status, if the house style gives it one.
    pub(crate) fn of(&self, obs_status: Option<&str>) -> Option<&'q str> {
        self.by_status.get(obs_status?).map(String::as_str)
    }

    /// Returns the observation statuses whose symbol is `text` (surrounding spaces ignored), in
    /// the definition's order. Empty when `text` is no symbol.
    pub(crate) fn statuses_of(&self, text: &str) -> Vec<&'q str> {
        let text = text.trim();
        if text.is_empty() {
            return Vec::new();
        }
        self.statuses
            .obs_status
            .iter()
            .filter(|code| self.by_status.get(&code.code).map(|s| s.trim()) == Some(text))
            .map(|code| code.code.as_str())
            .collect()
    }
}
