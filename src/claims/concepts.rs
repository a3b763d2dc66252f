//! The language-independent concepts claims count, and the groups that make them comparable.
//!
//! Every lexicon entry maps to one of these keys; money uses its ISO 4217 code and "percent"
//! its own key, both outside this table (their group is the key itself).

/// (concept, group, person): the group decides which claims may be linked ("soldier" and
/// "volunteer" are both military personnel); `person` marks people a casualty or arrest verb
/// can turn into that count ("12 civilians were killed" counts deaths).
const CONCEPTS: &[(&str, &str, bool)] = &[
    // People, by role.
    ("volunteer", "military", true),
    ("soldier", "military", true),
    ("fighter", "military", true),
    ("civilian", "people", true),
    ("person", "people", true),
    ("resident", "people", true),
    ("child", "child", true),
    ("student", "student", true),
    ("worker", "worker", true),
    ("passenger", "passenger", true),
    ("migrant", "migrant", true),
    ("patient", "patient", true),
    ("protester", "protester", true),
    ("voter", "voter", true),
    ("refugee", "displaced", true),
    ("displaced", "displaced", true),
    ("evacuee", "displaced", true),
    ("family", "household", false),
    ("household", "household", false),
    // What happened to people.
    ("death", "death", false),
    ("injured", "injured", false),
    ("missing", "missing", false),
    ("arrest", "arrest", false),
    ("case", "case", false),
    // Things.
    ("job", "job", false),
    ("vote", "vote", false),
    ("home", "building", false),
    ("building", "building", false),
    ("tree", "tree", false),
    ("farm", "farm", false),
    ("company", "company", false),
    ("vehicle", "vehicle", false),
    ("flight", "flight", false),
    ("aircraft", "aircraft", false),
    ("drone", "drone", false),
    ("missile", "missile", false),
    ("tank", "tank", false),
    ("animal", "animal", false),
    // Units.
    ("t", "t", false),
    ("kg", "kg", false),
    ("km", "km", false),
    ("m", "m", false),
    ("km2", "km2", false),
    ("m3", "m3", false),
    ("km/h", "km/h", false),
    ("m/s", "m/s", false),
    ("°C", "°C", false),
    ("°F", "°F", false),
    ("ha", "ha", false),
    ("l", "l", false),
    ("MW", "MW", false),
    ("barrel", "barrel", false),
];

/// The group of `concept`: claims are compared within a group. Unknown keys (currencies,
/// "percent") are their own group.
pub fn group(concept: &str) -> &str {
    CONCEPTS
        .iter()
        .find(|(c, _, _)| *c == concept)
        .map_or(concept, |(_, g, _)| g)
}

/// Can a casualty, arrest or evacuation verb re-count this concept?
pub(crate) fn is_person(concept: &str) -> bool {
    CONCEPTS.iter().any(|(c, _, p)| *c == concept && *p)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn groups() {
        assert_eq!(group("volunteer"), group("soldier"));
        assert_eq!(group("EUR"), "EUR");
        assert_ne!(group("death"), group("injured"));
        assert!(is_person("civilian") && !is_person("job"));
    }
}
