//! Every UI string, in both languages, through one typed table (`texts.rs`).
//!
//! A key is an enum variant, so a typo is a compile error and a key cannot exist
//! in one language only: the core's `localized_table!` demands both, as it does for the
//! core's messages and the workbooks' words. The core's table tests check all three.

use selfcheck_core::Lang;

pub mod labels;
mod texts;
pub use texts::T;

/// `tr` with `{name}` placeholders filled in, by the core's one placeholder engine.
pub fn trf(lang: Lang, key: T, values: &[(&str, &str)]) -> String {
    selfcheck_core::messages::fill_in(tr(lang, key), values)
}

/// The text of `key` in `lang`.
pub const fn tr(lang: Lang, key: T) -> &'static str {
    key.text(lang)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_string_exists_in_both_languages_with_the_same_placeholders() {
        // The one check every table of the product runs (the core's `text_problems`).
        assert_eq!(T::problems(), Vec::<String>::new());
    }

    #[test]
    fn trf_fills_every_placeholder() {
        let text = trf(Lang::En, T::AnsweredOf, &[("answered", "3"), ("total", "7")]);
        assert_eq!(text, "3/7 answered");
    }

    #[test]
    fn chinese_text_is_chinese_and_english_text_is_not() {
        let is_cjk = |c: char| ('\u{4e00}'..='\u{9fff}').contains(&c);
        for &key in T::ALL {
            assert!(tr(Lang::ZhCn, key).chars().any(is_cjk), "{key:?}: zh-CN has no Chinese");
            // Some English texts quote what the user literally types (是/否, a sheet named 自查表).
            const QUOTES_CHINESE_INPUT: &[T] = &[T::CsvHelp, T::CatalogFormatHelp];
            assert!(
                QUOTES_CHINESE_INPUT.contains(&key) || !tr(Lang::En, key).chars().any(is_cjk),
                "{key:?}: en contains Chinese"
            );
        }
    }
}
