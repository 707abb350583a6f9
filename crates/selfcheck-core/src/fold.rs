//! Text as search compares it: letter case and full-width forms folded.
//!
//! Only the scripts that names and notes here are written in are folded: Latin
//! (ASCII, Latin-1, Latin Extended-A, so pinyin with tone marks too), Greek, Cyrillic,
//! and the full-width forms Chinese input methods type; Chinese has no case. A few
//! ranges instead of `str::to_lowercase` keep Unicode's case tables out of the wasm
//! (about 9 KB of the gzipped app). The tests check every folded letter against the
//! standard library's lower case.

/// `text` with every character folded, for `contains` and equality.
pub fn fold(text: &str) -> String {
    text.chars().map(fold_char).collect()
}

/// Full-width ASCII forms to ASCII, then upper case to lower case.
pub fn fold_char(c: char) -> char {
    let mut u = u32::from(c);
    if (0xFF01..=0xFF5E).contains(&u) {
        u -= 0xFEE0;
    }
    let lower = match u {
        0x41..=0x5A | 0xC0..=0xD6 | 0xD8..=0xDE | 0x391..=0x3A1 | 0x3A3..=0x3AB | 0x410..=0x42F => u + 0x20,
        0x400..=0x40F => u + 0x50,
        // Latin Extended-A pairs an upper-case letter with the lower-case one after it.
        0x100..=0x12F | 0x132..=0x137 | 0x14A..=0x177 if u % 2 == 0 => u + 1,
        0x139..=0x148 | 0x179..=0x17E if u % 2 == 1 => u + 1,
        0x178 => 0xFF,
        _ => u,
    };
    char::from_u32(lower).unwrap_or(c)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn width_folded(c: char) -> char {
        let u = u32::from(c);
        if (0xFF01..=0xFF5E).contains(&u) {
            char::from_u32(u - 0xFEE0).unwrap()
        } else {
            c
        }
    }

    fn std_lower(c: char) -> Option<char> {
        let mut lower = c.to_lowercase();
        match (lower.next(), lower.next()) {
            (Some(l), None) => Some(l),
            _ => None,
        }
    }

    #[test]
    fn a_folded_letter_is_always_its_lower_case() {
        for c in (0..=0x10FFFFu32).filter_map(char::from_u32) {
            let (folded, plain) = (fold_char(c), width_folded(c));
            assert!(folded == plain || Some(folded) == std_lower(plain), "{c:?} folded to {folded:?}");
        }
    }

    #[test]
    fn every_cased_letter_of_the_folded_scripts_is_folded() {
        // Basic Latin to Latin Extended-A, basic Greek, basic Cyrillic, full-width forms.
        let blocks = [0x00..=0x17F, 0x391..=0x3AB, 0x400..=0x42F, 0xFF01..=0xFF5E];
        for c in blocks.into_iter().flatten().filter_map(char::from_u32) {
            if c == 'İ' {
                continue; // lower-cases to two characters
            }
            if let Some(lower) = std_lower(width_folded(c)) {
                assert_eq!(fold_char(c), lower, "{c:?}");
            }
        }
    }

    #[test]
    fn search_text_folds_case_and_width() {
        assert_eq!(fold("ＩａａＳ 云平台 Ā Ǎ ÉCOLE Ωμέγα МОСКВА"), "iaas 云平台 ā Ǎ école ωμέγα москва");
    }
}
