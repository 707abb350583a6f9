//! A first, cheap pass over a report file: its format, its version and the sizes of its
//! big lists, read without building the lists, so that a hostile or foreign file is
//! refused before anything large is allocated.

use std::fmt;

use serde::de::{self, Deserialize, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};

#[derive(Debug, Default)]
pub struct Head {
    pub format: Scalar,
    pub format_version: Scalar,
    /// The digest the file states.
    pub digest: Scalar,
    pub workloads: usize,
    pub platforms: usize,
    pub answers: usize,
    /// Obligation answers summed over all workloads.
    pub obligations: usize,
}

/// A map key, borrowed from the text when it needs no unescaping (no allocation).
struct Key<'de>(std::borrow::Cow<'de, str>);

impl<'de> Deserialize<'de> for Key<'de> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Key<'de>;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a key")
            }
            fn visit_borrowed_str<E: de::Error>(self, v: &'de str) -> Result<Key<'de>, E> {
                Ok(Key(std::borrow::Cow::Borrowed(v)))
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Key<'de>, E> {
                Ok(Key(std::borrow::Cow::Owned(v.to_string())))
            }
        }
        deserializer.deserialize_str(V)
    }
}

/// A value the head reads only if it is a string or a non-negative integer; anything
/// else (a list, a negative or decimal number) reads as `Other`.
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
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Scalar, A::Error> {
                while seq.next_element::<IgnoredAny>()?.is_some() {}
                Ok(Scalar::Other)
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Scalar, A::Error> {
                while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
                Ok(Scalar::Other)
            }
        }
        deserializer.deserialize_any(V)
    }
}

/// Visitor methods that accept any scalar and yield the default: the head pass must not
/// fail on a malformed section; the typed pass that follows says what is wrong.
macro_rules! accept_scalars {
    () => {
        fn visit_bool<E: de::Error>(self, _: bool) -> Result<Self::Value, E> {
            Ok(Default::default())
        }
        fn visit_i64<E: de::Error>(self, _: i64) -> Result<Self::Value, E> {
            Ok(Default::default())
        }
        fn visit_u64<E: de::Error>(self, _: u64) -> Result<Self::Value, E> {
            Ok(Default::default())
        }
        fn visit_f64<E: de::Error>(self, _: f64) -> Result<Self::Value, E> {
            Ok(Default::default())
        }
        fn visit_str<E: de::Error>(self, _: &str) -> Result<Self::Value, E> {
            Ok(Default::default())
        }
        fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
            Ok(Default::default())
        }
        fn visit_none<E: de::Error>(self) -> Result<Self::Value, E> {
            Ok(Default::default())
        }
    };
}

/// The number of elements of a list or entries of a map; 0 for anything else.
#[derive(Default)]
struct Len(usize);

impl<'de> Deserialize<'de> for Len {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Len;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("anything")
            }
            accept_scalars!();
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Len, A::Error> {
                let mut n = 0;
                while seq.next_element::<IgnoredAny>()?.is_some() {
                    n += 1;
                }
                Ok(Len(n))
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Len, A::Error> {
                let mut n = 0;
                while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {
                    n += 1;
                }
                Ok(Len(n))
            }
        }
        deserializer.deserialize_any(V)
    }
}

/// The `provider` or `agency` section: only the sizes of its lists. A key given twice
/// adds up: the typed pass would otherwise build the first before refusing the second.
#[derive(Default)]
struct Section {
    workloads: usize,
    platforms: usize,
    answers: usize,
    obligations: usize,
}

/// `agency.workloads`: how many, and how many obligation answers in all.
#[derive(Default)]
struct Workloads {
    count: usize,
    obligations: usize,
}

impl<'de> Deserialize<'de> for Workloads {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Workloads;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("anything")
            }
            accept_scalars!();
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Workloads, A::Error> {
                let mut all = Workloads::default();
                while let Some(entry) = seq.next_element::<Nested>()? {
                    all.count += 1;
                    all.obligations += entry.0;
                }
                Ok(all)
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Workloads, A::Error> {
                let mut all = Workloads::default();
                while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {
                    all.count += 1;
                }
                Ok(all)
            }
        }
        deserializer.deserialize_any(V)
    }
}

/// The size of `workload.obligations` inside one `agency.workloads` entry (summed if repeated).
#[derive(Default)]
struct Nested(usize);

impl<'de> Deserialize<'de> for Nested {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct V {
            /// The key path still to walk: `workload`, then `obligations`.
            depth: u8,
        }
        impl<'de> de::DeserializeSeed<'de> for V {
            type Value = usize;
            fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<usize, D::Error> {
                if self.depth == 0 {
                    return Ok(Len::deserialize(deserializer)?.0);
                }
                deserializer.deserialize_any(self)
            }
        }
        impl<'de> Visitor<'de> for V {
            type Value = usize;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("anything")
            }
            accept_scalars!();
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<usize, A::Error> {
                while seq.next_element::<IgnoredAny>()?.is_some() {}
                Ok(0)
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<usize, A::Error> {
                let wanted = if self.depth == 2 { "workload" } else { "obligations" };
                let mut total = 0;
                while let Some(Key(key)) = map.next_key::<Key>()? {
                    if key == wanted {
                        total += map.next_value_seed(V { depth: self.depth - 1 })?;
                    } else {
                        map.next_value::<IgnoredAny>()?;
                    }
                }
                Ok(total)
            }
        }
        Ok(Nested(de::DeserializeSeed::deserialize(V { depth: 2 }, deserializer)?))
    }
}

impl<'de> Deserialize<'de> for Section {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Section;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("anything")
            }
            accept_scalars!();
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Section, A::Error> {
                while seq.next_element::<IgnoredAny>()?.is_some() {}
                Ok(Section::default())
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Section, A::Error> {
                let mut section = Section::default();
                while let Some(Key(key)) = map.next_key::<Key>()? {
                    match key.as_ref() {
                        "workloads" => {
                            let workloads = map.next_value::<Workloads>()?;
                            section.workloads += workloads.count;
                            section.obligations += workloads.obligations;
                        }
                        "platforms" => section.platforms += map.next_value::<Len>()?.0,
                        "answers" => section.answers += map.next_value::<Len>()?.0,
                        _ => {
                            map.next_value::<IgnoredAny>()?;
                        }
                    }
                }
                Ok(section)
            }
        }
        deserializer.deserialize_any(V)
    }
}

impl<'de> Deserialize<'de> for Head {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Head;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a JSON object")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Head, A::Error> {
                let mut head = Head::default();
                while let Some(Key(key)) = map.next_key::<Key>()? {
                    match key.as_ref() {
                        "format" => head.format = map.next_value()?,
                        "format_version" => head.format_version = map.next_value()?,
                        "digest" => head.digest = map.next_value()?,
                        "agency" | "provider" => {
                            let section = map.next_value::<Section>()?;
                            head.workloads += section.workloads;
                            head.platforms += section.platforms;
                            head.answers += section.answers;
                            head.obligations += section.obligations;
                        }
                        _ => {
                            map.next_value::<IgnoredAny>()?;
                        }
                    }
                }
                Ok(head)
            }
        }
        deserializer.deserialize_map(V)
    }
}
