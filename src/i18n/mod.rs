//! Every UI string, in both languages, through one typed table (`texts.rs`).
//!
//! A key is an enum variant, so a typo is a compile error and a key cannot exist
//! in one language only: the core's `localized_table!` demands both, as it does for the
//! core's messages, the workbooks' words and the CLI's. A word other tables use too is
//! the core's term (`messages::Term`), referred to; the test below runs over every table.

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

    /// The one test over every text table of the product: the core's terms and messages,
    /// this UI's, the workbooks', the Word documents' and the command line's. Each text in both languages,
    /// neither empty nor padded, Chinese in the Chinese, the same placeholders in both; and
    /// no word written in two tables (the same Chinese, or the same pair): a shared word is
    /// the core's term, which the tables refer to. The app is the one crate that can see
    /// every table (the workbooks' and the CLI's only as native dev-dependencies: the app
    /// never links them).
    #[cfg(not(target_arch = "wasm32"))]
    #[test]
    fn every_table_has_both_languages_the_same_placeholders_and_no_word_twice() {
        use selfcheck_core::messages::{core_tables, table_problems, Table};

        let mut tables = core_tables();
        tables.push(Table { name: "app", entries: T::entries() });
        tables.push(selfcheck_sheets::text_table());
        tables.push(selfcheck_docx::text_table());
        tables.push(selfcheck_cli::text_table());
        assert_eq!(tables.len(), 6, "terms, messages, app, workbooks, documents, cli");
        // The same Chinese meaning something else, each for its reason.
        const ALLOWED: &[(&str, &str)] = &[
            // 清单 is a checklist (the terms' Catalog) and also an agency's list of workloads
            // (inventory): the workbook's inventory sheet is named 清单 because that is the
            // sheet the inventory importer looks for (`sheet::names::INVENTORY`).
            ("workbooks", "SheetInventory"),
        ];
        assert_eq!(table_problems(&tables, ALLOWED), Vec::<String>::new());
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
