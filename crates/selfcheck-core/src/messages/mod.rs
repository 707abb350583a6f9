//! Every message the core gives a person, in both languages, from one table (`texts.rs`).
//!
//! The logic never words anything: a check returns a typed problem (a code and its
//! located parameters: line, column, field, value), `Describe::describe` turns it into a
//! `Message` (a key of the table and the values of its `{placeholders}`), and `render`
//! words it in the user's language. The app and the CLI show the same words.

use std::collections::BTreeMap;

use crate::Lang;

/// Declares a key enum and its table from one list of entries: a key is a variant, so a
/// typo is a compile error, and a key cannot exist in one language only. An entry is
/// one of:
///
/// - `Key { zh: "…", en: "…" }`: its own text;
/// - `Key { term: Term::Word }`: a word several tables share, defined once in the core's
///   terms table (`messages::terms::Term`), as it is;
/// - `Key { zh: Term::Word, en: "…" }`: that word's Chinese, with the English form this
///   place needs. Chinese has no case, number or inflection; English does (lower case in a
///   sentence or a CSV value, a plural, a column's name in a CSV), so the Chinese is
///   shared and the English said where it differs.
///
/// The app's UI table, the workbooks' words and the CLI's texts are declared with it too,
/// and one test runs `messages::table_problems` over all of them.
#[macro_export]
macro_rules! localized_table {
    ($(#[$enum_doc:meta])* $name:ident { $($(#[$doc:meta])* $key:ident { $($body:tt)* })* }) => {
        $(#[$enum_doc])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum $name { $($(#[$doc])* $key,)* }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$key,)*];

            /// The text in `lang`. The texts are one table worked out when compiling (a
            /// term's text included), so this is an index into data: a `match` whose arms
            /// call a term's `text` compiled to code, 9.5 KB more of the app's wasm.
            pub const fn text(self, lang: $crate::Lang) -> &'static str {
                const TEXTS: &[(&str, &str)] = &[$($crate::__localized_pair!($($body)*),)*];
                let (zh, en) = TEXTS[self as usize];
                match lang {
                    $crate::Lang::ZhCn => zh,
                    $crate::Lang::En => en,
                }
            }

            /// Every entry with its texts and which of them it defines itself, for the
            /// check over every table (`messages::table_problems`).
            pub fn entries() -> Vec<$crate::messages::Entry> {
                vec![$({
                    let (zh_own, en_own) = $crate::__localized_own!($($body)*);
                    $crate::messages::Entry {
                        key: stringify!($key),
                        zh: $name::$key.text($crate::Lang::ZhCn),
                        en: $name::$key.text($crate::Lang::En),
                        zh_own,
                        en_own,
                    }
                },)*]
            }
        }
    };
}

/// One entry's texts, (Chinese, English), as a constant (`localized_table!`'s three forms).
#[doc(hidden)]
#[macro_export]
macro_rules! __localized_pair {
    (zh: $zh:literal, en: $en:literal $(,)?) => {
        ($zh, $en)
    };
    (zh: $term:path, en: $en:literal $(,)?) => {
        ($term.text($crate::Lang::ZhCn), $en)
    };
    (term: $term:path $(,)?) => {
        ($term.text($crate::Lang::ZhCn), $term.text($crate::Lang::En))
    };
}

/// Which of its texts (Chinese, English) an entry defines itself.
#[doc(hidden)]
#[macro_export]
macro_rules! __localized_own {
    (zh: $zh:literal, en: $en:literal $(,)?) => {
        (true, true)
    };
    (zh: $term:path, en: $en:literal $(,)?) => {
        (false, true)
    };
    (term: $term:path $(,)?) => {
        (false, false)
    };
}

pub mod terms;
mod texts;
pub use terms::Term;
pub use texts::M;

/// A word filled into a message: one of the message table's own, or a shared term.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Word {
    Message(M),
    Term(Term),
}

impl Word {
    pub const fn text(self, lang: Lang) -> &'static str {
        match self {
            Word::Message(key) => key.text(lang),
            Word::Term(term) => term.text(lang),
        }
    }
}

impl From<M> for Word {
    fn from(key: M) -> Word {
        Word::Message(key)
    }
}

impl From<Term> for Word {
    fn from(term: Term) -> Word {
        Word::Term(term)
    }
}

/// The value of one placeholder.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Arg {
    /// Shown as it is (a number, a date, a value from the user's file).
    Text(String),
    /// A word of the tables, in the message's language.
    Term(Word),
    /// Several values, joined as the language joins a list ("、" or ", ").
    List(Vec<String>),
    /// A message of its own, in the same language (a problem inside its location).
    Message(Box<Message>),
    /// Text given in both languages (worded where the message was made).
    Localized(crate::Localized),
}

/// A message to show: a key of the table with the values of its placeholders.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Message {
    pub key: M,
    pub args: Vec<(&'static str, Arg)>,
}

impl Message {
    pub fn new(key: M) -> Message {
        Message { key, args: Vec::new() }
    }

    /// Fills `{name}` with `value`, shown as it is.
    pub fn with(mut self, name: &'static str, value: impl ToString) -> Message {
        self.args.push((name, Arg::Text(value.to_string())));
        self
    }

    /// Fills `{name}` with a word of the tables.
    pub fn term(mut self, name: &'static str, term: impl Into<Word>) -> Message {
        self.args.push((name, Arg::Term(term.into())));
        self
    }

    /// Fills `{name}` with another message.
    pub fn message(mut self, name: &'static str, message: Message) -> Message {
        self.args.push((name, Arg::Message(Box::new(message))));
        self
    }

    /// Fills `{name}` with text worded elsewhere in both languages (by a first-use
    /// module, which hands the app its text, not its keys).
    pub fn localized(mut self, name: &'static str, text: crate::Localized) -> Message {
        self.args.push((name, Arg::Localized(text)));
        self
    }

    /// Fills `{name}` with a list.
    pub fn list(mut self, name: &'static str, items: impl IntoIterator<Item = String>) -> Message {
        self.args.push((name, Arg::List(items.into_iter().collect())));
        self
    }

    /// The message in `lang`, every placeholder filled in.
    pub fn render(&self, lang: Lang) -> String {
        fill(self.key.text(lang), |name, out| {
            let Some((_, arg)) = self.args.iter().find(|(n, _)| *n == name) else { return false };
            match arg {
                Arg::Text(text) => out.push_str(text),
                Arg::Term(term) => out.push_str(term.text(lang)),
                Arg::List(items) => out.push_str(&items.join(list_separator(lang))),
                Arg::Message(message) => out.push_str(&message.render(lang)),
                Arg::Localized(text) => out.push_str(text.get(lang)),
            }
            true
        })
    }
}

/// `template` with each `{name}` replaced by the text given for it: the one placeholder
/// engine of the core's messages and of the app's and the workbooks' tables.
pub fn fill_in(template: &str, values: &[(&str, &str)]) -> String {
    fill(template, |name, out| match values.iter().find(|(n, _)| *n == name) {
        Some((_, value)) => {
            out.push_str(value);
            true
        }
        None => false,
    })
}

/// `template` with each `{name}` written by `value` (which says whether it knew the
/// name); an unknown name is left as it is (the tests render every message and would
/// see it).
fn fill(template: &str, value: impl Fn(&str, &mut String) -> bool) -> String {
    let mut out = String::with_capacity(template.len() + 32);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match after.find('}').map(|close| (&after[..close], close)) {
            Some((name, close)) if !name.is_empty() && name.bytes().all(|b| b.is_ascii_lowercase() || b == b'_') => {
                if !value(name, &mut out) {
                    out.push_str(&rest[open..open + close + 2]);
                }
                rest = &after[close + 1..];
            }
            _ => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// How a language joins the items of a list.
pub const fn list_separator(lang: Lang) -> &'static str {
    match lang {
        Lang::ZhCn => "、",
        Lang::En => ", ",
    }
}

/// Anything the core reports to a person: a typed problem or warning, worded by the table.
pub trait Describe {
    fn describe(&self) -> Message;

    /// The message in `lang`.
    fn message(&self, lang: Lang) -> String {
        self.describe().render(lang)
    }
}

/// What is wrong with one text of a table: empty or padded in a language, Chinese
/// without Chinese, placeholders that differ between the languages. Every table (the
/// core's messages, the app's, the workbooks', the CLI's) is checked by it.
pub fn text_problems(key: &str, zh: &str, en: &str) -> Vec<String> {
    let mut problems = Vec::new();
    for (lang, text) in [("zh-CN", zh), ("en", en)] {
        if text.trim().is_empty() {
            problems.push(format!("{key}: empty in {lang}"));
        } else if text.trim() != text {
            problems.push(format!("{key}: stray spaces in {lang}"));
        }
    }
    if !zh.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)) {
        problems.push(format!("{key}: the Chinese text has no Chinese"));
    }
    if placeholders(zh) != placeholders(en) {
        problems.push(format!("{key}: the languages' placeholders differ"));
    }
    problems
}

/// One entry of a text table as the check over every table sees it
/// (`localized_table!`'s `entries`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    pub key: &'static str,
    pub zh: &'static str,
    pub en: &'static str,
    /// Whether the entry writes its Chinese itself, rather than taking a term's.
    pub zh_own: bool,
    /// Whether the entry writes its English itself.
    pub en_own: bool,
}

/// A text table, named, as the check over every table sees it.
#[derive(Clone, Debug)]
pub struct Table {
    pub name: &'static str,
    pub entries: Vec<Entry>,
}

/// The name of the terms table in `table_problems`' findings.
pub const TERMS: &str = "terms";

/// The core's tables: the shared terms and the messages.
pub fn core_tables() -> Vec<Table> {
    vec![Table { name: TERMS, entries: Term::entries() }, Table { name: "messages", entries: M::entries() }]
}

/// What is wrong with the product's text tables, taken together: each entry's texts
/// (`text_problems`: both languages, no stray spaces, Chinese in the Chinese, the same
/// placeholders), and every word written in more than one table, which belongs in the
/// terms table, once: the same Chinese, or the same pair of texts, written by entries of
/// two tables (or twice in the terms table). `allowed` names the entries (table, key) whose
/// Chinese is also another table's but means something else there; an allowance that
/// names no entry, or an entry whose Chinese no other table has, is a problem too.
pub fn table_problems(tables: &[Table], allowed: &[(&str, &str)]) -> Vec<String> {
    let mut problems = Vec::new();
    let mut by_zh: BTreeMap<&str, Vec<(&str, &str)>> = BTreeMap::new();
    let mut by_pair: BTreeMap<(&str, &str), Vec<(&str, &str)>> = BTreeMap::new();
    for table in tables {
        for entry in &table.entries {
            problems.extend(text_problems(&format!("{}::{}", table.name, entry.key), entry.zh, entry.en));
            if allowed.contains(&(table.name, entry.key)) {
                continue;
            }
            if entry.zh_own {
                by_zh.entry(entry.zh).or_default().push((table.name, entry.key));
            }
            if entry.zh_own || entry.en_own {
                by_pair.entry((entry.zh, entry.en)).or_default().push((table.name, entry.key));
            }
        }
    }
    let repeated = |places: &[(&str, &str)]| {
        let first = places[0].0;
        places.iter().any(|(table, _)| *table != first)
            || places.iter().filter(|(table, _)| *table == TERMS).count() > 1
    };
    let named = |places: &[(&str, &str)]| {
        places.iter().map(|(table, key)| format!("{table}::{key}")).collect::<Vec<_>>().join(", ")
    };
    for (zh, places) in &by_zh {
        if repeated(places) {
            problems.push(format!(
                "\"{zh}\" is written in {}: write it once in the terms table and refer to it",
                named(places)
            ));
        }
    }
    for ((zh, en), places) in &by_pair {
        if repeated(places) && !by_zh.get(zh).is_some_and(|zh_places| repeated(zh_places)) {
            problems.push(format!(
                "\"{zh}\" / \"{en}\" is written in {}: refer to the term as it is ({{ term: Term::… }})",
                named(places)
            ));
        }
    }
    for &(table, key) in allowed {
        let entry = tables.iter().filter(|t| t.name == table).flat_map(|t| &t.entries).find(|e| e.key == key);
        match entry {
            None => problems.push(format!("allowed {table}::{key}: no such entry")),
            Some(entry) => {
                let shared = tables
                    .iter()
                    .filter(|t| t.name != table)
                    .flat_map(|t| &t.entries)
                    .any(|other| other.zh == entry.zh);
                if !shared {
                    problems.push(format!(
                        "allowed {table}::{key}: no other table has \"{}\", so it needs no allowance",
                        entry.zh
                    ));
                }
            }
        }
    }
    problems
}

/// The `{name}` placeholders of a template, sorted, each once.
pub fn placeholders(template: &str) -> Vec<&str> {
    let mut found: Vec<&str> = template
        .split('{')
        .skip(1)
        .filter_map(|rest| rest.split_once('}'))
        .map(|(name, _)| name)
        .filter(|name| !name.is_empty() && name.bytes().all(|b| b.is_ascii_lowercase() || b == b'_'))
        .collect();
    found.sort_unstable();
    found.dedup();
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_message_and_term_exists_in_both_languages_with_the_same_placeholders() {
        // The core's own tables; the test over every table of the product is the app's
        // (`i18n`), the one crate that sees them all.
        assert_eq!(table_problems(&core_tables(), &[]), Vec::<String>::new());
    }

    #[test]
    fn an_entry_is_its_own_text_a_term_as_it_is_or_a_terms_chinese_with_its_english() {
        let entries = M::entries();
        let own = |key: &str| {
            let entry = entries.iter().find(|e| e.key == key).expect(key);
            (entry.zh, entry.en, entry.zh_own, entry.en_own)
        };
        assert_eq!(own("CliDiffNone"), ("没有变化。", "No change.", true, true));
        assert_eq!(own("YesWord"), ("是", "yes", false, false));
        assert_eq!(own("CountedWorkloads"), ("业务系统", "workloads", false, true));
        assert_eq!(M::CountedWorkloads.text(Lang::ZhCn), Term::Workload.text(Lang::ZhCn));
        assert_eq!(entries.len(), M::ALL.len());
    }

    fn entry(key: &'static str, zh: &'static str, en: &'static str, own: (bool, bool)) -> Entry {
        Entry { key, zh, en, zh_own: own.0, en_own: own.1 }
    }

    #[test]
    fn a_word_written_in_two_tables_is_found_and_a_reference_is_not() {
        let tables = [
            Table { name: TERMS, entries: vec![entry("Owner", "负责人", "Owner", (true, true))] },
            Table {
                name: "app",
                entries: vec![
                    entry("ColumnOwner", "负责人", "Owner", (false, false)),
                    entry("OwnerCsv", "负责人", "owner", (false, true)),
                    entry("Gaps", "差距", "Gaps", (true, true)),
                    entry("Items", "检查项", "Items", (false, true)),
                    entry("List", "清单", "List", (true, true)),
                ],
            },
            Table {
                name: "workbooks",
                entries: vec![
                    entry("Owner", "负责人", "Owner", (true, true)),
                    entry("Gaps", "差距", "Gap", (true, true)),
                    entry("Items", "检查项", "Items", (false, true)),
                    entry("Inventory", "清单", "Inventory", (true, true)),
                ],
            },
        ];
        assert_eq!(
            table_problems(&tables, &[]),
            [
                "\"差距\" is written in app::Gaps, workbooks::Gaps: write it once in the terms table and refer to it",
                "\"清单\" is written in app::List, workbooks::Inventory: write it once in the terms table and refer to it",
                "\"负责人\" is written in terms::Owner, workbooks::Owner: write it once in the terms table and refer to it",
                "\"检查项\" / \"Items\" is written in app::Items, workbooks::Items: refer to the term as it is ({ term: Term::… })",
            ]
        );
        let allowed = [("workbooks", "Inventory"), ("app", "Nothing"), ("workbooks", "Owner")];
        let problems = table_problems(&tables, &allowed);
        assert!(!problems.iter().any(|p| p.contains("清单")), "{problems:?}");
        assert!(problems.contains(&"allowed app::Nothing: no such entry".to_string()), "{problems:?}");
        let twice = [Table {
            name: TERMS,
            entries: vec![entry("A", "是", "yes", (true, true)), entry("B", "是", "true", (true, true))],
        }];
        assert_eq!(table_problems(&twice, &[]).len(), 1, "a term is written once");
        let alone = [Table { name: "app", entries: vec![entry("A", "是", "yes", (true, true))] }];
        assert_eq!(
            table_problems(&alone, &[("app", "A")]),
            ["allowed app::A: no other table has \"是\", so it needs no allowance"]
        );
    }

    #[test]
    fn the_table_check_finds_each_kind_of_problem() {
        assert!(text_problems("K", "好 {a}", "good {a}").is_empty());
        assert_eq!(text_problems("K", "", "x"), ["K: empty in zh-CN", "K: the Chinese text has no Chinese"]);
        assert_eq!(text_problems("K", "好", " x"), ["K: stray spaces in en"]);
        assert_eq!(text_problems("K", "好 {a}", "good {b}"), ["K: the languages' placeholders differ"]);
    }

    #[test]
    fn rendering_fills_text_terms_and_lists_in_the_language() {
        let message = Message::new(M::CsvMissingColumn)
            .with("column", "name")
            .list("aliases", ["名称".to_string(), "系统名称".to_string()]);
        assert_eq!(message.render(Lang::ZhCn), "表头缺少必需的列 name（也可用：名称、系统名称）。");
        assert_eq!(message.render(Lang::En), "The header lacks the required column name (or: 名称, 系统名称).");
        let term = Message::new(M::ReportTooMany).term("what", M::CountedWorkloads).with("count", 9).with("limit", 5);
        assert_eq!(term.render(Lang::En), "The report has 9 workloads, over the limit of 5.");
    }

    #[test]
    fn braces_that_are_not_placeholders_are_kept() {
        assert_eq!(fill_in("{a} {} {B} {", &[("a", "x")]), "x {} {B} {");
        assert_eq!(fill_in("{missing}", &[]), "{missing}");
        assert_eq!(fill_in("{a}/{b}", &[("b", "2"), ("a", "1")]), "1/2", "by name, in any order");
    }
}
