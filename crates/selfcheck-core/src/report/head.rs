//! A first, cheap pass over a report or a saved session: its format, its version and
//! the sizes of its big lists, counted without building them, so that a hostile or
//! foreign file is refused before anything large is allocated. Derived by serde: only
//! the counters are written out, since serde has no "length of a list" type.

use std::fmt;

use serde::de::{self, Deserialize, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};

/// What the first pass reads. Anything else in the file is skipped unread; a key given
/// twice is refused (serde's derive), so a repeated list cannot slip past the counts.
#[derive(Debug, Default, serde::Deserialize)]
#[serde(default)]
pub struct Head {
    pub format: Scalar,
    /// Reports call it `format_version`…
    pub format_version: Scalar,
    /// …sessions `version`.
    pub version: Scalar,
    /// The digest the file states.
    pub digest: Scalar,
    pub provider: Option<Sizes>,
    pub agency: Option<Sizes>,
}

/// The lists of a `provider` or `agency` section.
#[derive(Debug, Default, serde::Deserialize)]
#[serde(default)]
pub struct Sizes {
    pub answers: Count,
    pub platforms: Count,
    pub workloads: Workloads,
    /// Entries set aside by merges, over every key.
    pub history: Entries,
    pub questionnaire: Option<QuestionnaireSizes>,
}

#[derive(Debug, Default, serde::Deserialize)]
#[serde(default)]
pub struct QuestionnaireSizes {
    pub items: Count,
}

/// One entry of `agency.workloads`: in a report the inputs sit under `workload` (and the
/// entry's own `obligations` is the derived score, not answers), in a session they are
/// the entry itself.
#[derive(Default, serde::Deserialize)]
#[serde(default)]
struct WorkloadSizes {
    workload: Option<ObligationSizes>,
    obligations: Count,
}

#[derive(Default, serde::Deserialize)]
#[serde(default)]
struct ObligationSizes {
    obligations: Count,
}

impl Head {
    /// A list size over both sections.
    pub fn total(&self, size: impl Fn(&Sizes) -> usize) -> usize {
        self.provider.iter().chain(&self.agency).map(size).sum()
    }

    /// The sizes the limits apply to (`limits::Counts::check`), over both sections.
    pub fn counts(&self) -> super::limits::Counts {
        super::limits::Counts {
            workloads: self.total(|s| s.workloads.count),
            platforms: self.total(|s| s.platforms.0),
            answers: self.total(|s| s.answers.0),
            obligations: self.total(|s| s.workloads.obligations),
            history: self.total(|s| s.history.0),
            questionnaire_items: self.total(|s| s.questionnaire.as_ref().map_or(0, |q| q.items.0)),
        }
    }
}

/// A value read only if it is a string or a non-negative integer; anything else (a list,
/// a negative or decimal number) reads as `Other`, and the typed pass says what is wrong.
#[derive(Debug, Default, PartialEq)]
pub enum Scalar {
    #[default]
    Other,
    Text(String),
    Count(u64),
}

impl Scalar {
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Scalar::Text(text) => Some(text),
            _ => None,
        }
    }

    pub fn as_u64(&self) -> Option<u64> {
        match self {
            Scalar::Count(n) => Some(*n),
            _ => None,
        }
    }
}

impl<'de> Deserialize<'de> for Scalar {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Scalar;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("anything")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Scalar, E> {
                Ok(Scalar::Text(v.to_string()))
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<Scalar, E> {
                Ok(Scalar::Count(v))
            }
            fn visit_bool<E: de::Error>(self, _: bool) -> Result<Scalar, E> {
                Ok(Scalar::Other)
            }
            fn visit_i64<E: de::Error>(self, _: i64) -> Result<Scalar, E> {
                Ok(Scalar::Other)
            }
            fn visit_f64<E: de::Error>(self, _: f64) -> Result<Scalar, E> {
                Ok(Scalar::Other)
            }
            fn visit_unit<E: de::Error>(self) -> Result<Scalar, E> {
                Ok(Scalar::Other)
            }
            fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<Scalar, A::Error> {
                IgnoredAny.visit_seq(seq).map(|_| Scalar::Other)
            }
            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Scalar, A::Error> {
                IgnoredAny.visit_map(map).map(|_| Scalar::Other)
            }
        }
        deserializer.deserialize_any(V)
    }
}

/// The number of elements of a list or entries of a map (`null` counts as none).
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Count(pub usize);

impl Count {
    /// A list's elements, skipped unread.
    fn visit<'de, A: SeqAccess<'de>>(mut seq: A) -> Result<Count, A::Error> {
        let mut n = 0;
        while seq.next_element::<IgnoredAny>()?.is_some() {
            n += 1;
        }
        Ok(Count(n))
    }
}

impl<'de> Deserialize<'de> for Count {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Count;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a list or an object")
            }
            fn visit_unit<E: de::Error>(self) -> Result<Count, E> {
                Ok(Count(0))
            }
            fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<Count, A::Error> {
                Count::visit(seq)
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Count, A::Error> {
                let mut n = 0;
                while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {
                    n += 1;
                }
                Ok(Count(n))
            }
        }
        deserializer.deserialize_any(V)
    }
}

/// The elements of every list inside a value, however deep it nests them: a history is
/// a map of lists (provider) or a map of maps of lists (agency).
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Entries(pub usize);

impl<'de> Deserialize<'de> for Entries {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Entries;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a history")
            }
            fn visit_unit<E: de::Error>(self) -> Result<Entries, E> {
                Ok(Entries(0))
            }
            fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<Entries, A::Error> {
                Count::visit(seq).map(|c| Entries(c.0))
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Entries, A::Error> {
                let mut n = 0usize;
                while let Some((_, inner)) = map.next_entry::<IgnoredAny, Entries>()? {
                    n = n.saturating_add(inner.0);
                }
                Ok(Entries(n))
            }
        }
        deserializer.deserialize_any(V)
    }
}

/// `workloads`: how many, and how many obligation answers in all, entry by entry.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Workloads {
    pub count: usize,
    pub obligations: usize,
}

impl<'de> Deserialize<'de> for Workloads {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Workloads;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a list of workloads")
            }
            fn visit_unit<E: de::Error>(self) -> Result<Workloads, E> {
                Ok(Workloads::default())
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Workloads, A::Error> {
                let mut all = Workloads::default();
                // A `null` entry is counted too; the typed pass refuses it.
                while let Some(entry) = seq.next_element::<Option<WorkloadSizes>>()? {
                    all.count += 1;
                    let entry = entry.unwrap_or_default();
                    all.obligations += entry.workload.map_or(entry.obligations.0, |w| w.obligations.0);
                }
                Ok(all)
            }
        }
        deserializer.deserialize_any(V)
    }
}
