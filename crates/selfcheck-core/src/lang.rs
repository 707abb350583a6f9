//! The two languages the product speaks, and text that exists in both.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// A user-facing language. Simplified Chinese is the default: the rules are Chinese.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
pub enum Lang {
    #[default]
    #[serde(rename = "zh-CN")]
    ZhCn,
    #[serde(rename = "en")]
    En,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::ZhCn, Lang::En];

    /// BCP 47 tag, used for `<html lang>` and for persistence.
    pub const fn code(self) -> &'static str {
        match self {
            Lang::ZhCn => "zh-CN",
            Lang::En => "en",
        }
    }

    /// Parses a stored or browser-provided tag; anything unknown yields `None`.
    pub fn from_code(code: &str) -> Option<Lang> {
        let code = code.trim();
        if code.eq_ignore_ascii_case("zh-CN") || code.eq_ignore_ascii_case("zh") {
            Some(Lang::ZhCn)
        } else if code.eq_ignore_ascii_case("en") || code.to_ascii_lowercase().starts_with("en-") {
            Some(Lang::En)
        } else {
            None
        }
    }

    /// The name of the language in itself, as a switch shows it.
    pub const fn endonym(self) -> &'static str {
        match self {
            Lang::ZhCn => "中文",
            Lang::En => "English",
        }
    }
}

/// A piece of text in both languages, as catalogs and source registers store it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Localized {
    pub zh: String,
    pub en: String,
}

impl Localized {
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::ZhCn => &self.zh,
            Lang::En => &self.en,
        }
    }

    /// True when both languages carry real text.
    pub fn is_complete(&self) -> bool {
        !self.zh.trim().is_empty() && !self.en.trim().is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip() {
        for lang in Lang::ALL {
            assert_eq!(Lang::from_code(lang.code()), Some(lang));
        }
    }

    #[test]
    fn browser_tags_are_understood() {
        assert_eq!(Lang::from_code("en-GB"), Some(Lang::En));
        assert_eq!(Lang::from_code(" zh "), Some(Lang::ZhCn));
        assert_eq!(Lang::from_code("fr"), None);
        assert_eq!(Lang::from_code(""), None);
    }

    #[test]
    fn default_is_chinese() {
        assert_eq!(Lang::default(), Lang::ZhCn);
    }

    #[test]
    fn localized_picks_language_and_checks_completeness() {
        let text = Localized { zh: "办法".into(), en: "Measures".into() };
        assert_eq!(text.get(Lang::ZhCn), "办法");
        assert_eq!(text.get(Lang::En), "Measures");
        assert!(text.is_complete());
        assert!(!Localized { zh: " ".into(), en: "x".into() }.is_complete());
    }

    #[test]
    fn serializes_as_bcp47() {
        assert_eq!(serde_json::to_string(&Lang::ZhCn).unwrap(), "\"zh-CN\"");
        assert_eq!(serde_json::from_str::<Lang>("\"en\"").unwrap(), Lang::En);
    }
}
