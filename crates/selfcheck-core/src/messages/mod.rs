//! Every message the core gives a person, in both languages, from one table (`texts.rs`).
//!
//! The logic never words anything: a check returns a typed problem (a code and its
//! located parameters: line, column, field, value), `Describe::describe` turns it into a
//! `Message` (a key of the table and the values of its `{placeholders}`), and `render`
//! words it in the user's language. The app and the CLI show the same words.

use crate::Lang;

/// Declares a key enum and its table from one list of `Key { zh: "…", en: "…" }`: a
/// key is a variant, so a typo is a compile error, and a key cannot exist in one
/// language only. The app's UI table and the workbooks' words are declared with it too.
#[macro_export]
macro_rules! localized_table {
    ($(#[$enum_doc:meta])* $name:ident { $($(#[$doc:meta])* $key:ident { zh: $zh:literal, en: $en:literal $(,)? })* }) => {
        $(#[$enum_doc])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum $name { $($(#[$doc])* $key,)* }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$key,)*];

            /// The text in `lang`.
            pub const fn text(self, lang: $crate::Lang) -> &'static str {
                match lang {
                    $crate::Lang::ZhCn => match self { $($name::$key => $zh,)* },
                    $crate::Lang::En => match self { $($name::$key => $en,)* },
                }
            }

            /// What is wrong with the table's texts (`messages::text_problems`): the
            /// one check every table's test runs.
            pub fn problems() -> Vec<String> {
                Self::ALL
                    .iter()
                    .flat_map(|&key| {
                        $crate::messages::text_problems(
                            &format!("{key:?}"),
                            key.text($crate::Lang::ZhCn),
                            key.text($crate::Lang::En),
                        )
                    })
                    .collect()
            }
        }
    };
}

pub mod terms;
mod texts;
pub use texts::M;

/// The value of one placeholder.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Arg {
    /// Shown as it is (a number, a date, a value from the user's file).
    Text(String),
    /// A word of the table, in the message's language.
    Term(M),
    /// Several values, joined as the language joins a list ("、" or ", ").
    List(Vec<String>),
    /// A message of its own, in the same language (a problem inside its location).
    Message(Box<Message>),
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

    /// Fills `{name}` with a word of the table.
    pub fn term(mut self, name: &'static str, term: M) -> Message {
        self.args.push((name, Arg::Term(term)));
        self
    }

    /// Fills `{name}` with another message.
    pub fn message(mut self, name: &'static str, message: Message) -> Message {
        self.args.push((name, Arg::Message(Box::new(message))));
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
    fn every_message_exists_in_both_languages_with_the_same_placeholders() {
        assert_eq!(M::problems(), Vec::<String>::new());
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
