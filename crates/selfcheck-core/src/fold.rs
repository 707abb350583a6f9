//! Text as search compares it: letter case, full-width forms and pinyin tone marks folded.
//!
//! Only the scripts that names and notes here are written in are folded: Latin
//! (ASCII, Latin-1, Latin Extended-A), Greek, Cyrillic, and the full-width forms Chinese
//! input methods type; Chinese has no case. Pinyin vowels lose their tone marks
//! (`Zhōngguó` is found by `zhongguo`, `lǜ` by `lu`). A few ranges instead of
//! `str::to_lowercase` keep Unicode's case tables out of the wasm (about 9 KB of the
//! gzipped app). The tests check every folded letter against the standard library's
//! lower case.

/// `text` with every character folded, for `contains` and equality.
pub fn fold(text: &str) -> String {
    text.chars().map(fold_char).collect()
}

/// Full-width ASCII forms to ASCII, upper case to lower case, then a pinyin vowel to
/// the vowel without its tone mark.
pub fn fold_char(c: char) -> char {
    let lower = fold_case(c);
    toneless(lower).unwrap_or(lower)
}

/// The vowel (or n) under a pinyin tone mark; ü, with or without a tone, is u.
fn toneless(c: char) -> Option<char> {
    Some(match c {
        'ā' | 'á' | 'ǎ' | 'à' => 'a',
        'ē' | 'é' | 'ě' | 'è' => 'e',
        'ī' | 'í' | 'ǐ' | 'ì' => 'i',
        'ō' | 'ó' | 'ǒ' | 'ò' => 'o',
        'ū' | 'ú' | 'ǔ' | 'ù' | 'ü' | 'ǖ' | 'ǘ' | 'ǚ' | 'ǜ' => 'u',
        'ń' | 'ň' | 'ǹ' => 'n',
        'Ǎ' | 'Ǐ' | 'Ǒ' | 'Ǔ' | 'Ǖ' | 'Ǘ' | 'Ǚ' | 'Ǜ' | 'Ǹ' => return toneless(lower_extended_b(c)),
        _ => return None,
    })
}

/// Latin Extended-B's pinyin capitals (Ǎ U+01CD … Ǜ U+01DB, Ǹ U+01F8), each before its small letter.
fn lower_extended_b(c: char) -> char {
    char::from_u32(u32::from(c) + 1).unwrap_or(c)
}

/// Full-width ASCII forms to ASCII, then upper case to lower case.
fn fold_case(c: char) -> char {
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
            let (folded, plain) = (fold_case(c), width_folded(c));
            assert!(folded == plain || Some(folded) == std_lower(plain), "{c:?} folded to {folded:?}");
        }
    }

    #[test]
    fn pinyin_tone_marks_are_folded_and_other_accents_only_lose_their_case() {
        assert_eq!(fold("Zhōngguó Lǜsè ǸG Ǚ Xiàn"), "zhongguo luse ng u xian");
        for (toned, base) in
            [("āáǎàĀÁǍÀ", 'a'), ("ēéěèĒÉĚÈ", 'e'), ("īíǐìĪÍǏÌ", 'i'), ("ōóǒòŌÓǑÒ", 'o'), ("ūúǔùǖǘǚǜüǕǗǙǛÜ", 'u')]
        {
            assert!(fold(toned).chars().all(|c| c == base), "{toned} → {}", fold(toned));
        }
        assert_eq!(fold("ÇÅØ"), "çåø");
        // Whatever is folded is a letter of Latin, Greek, Cyrillic or ASCII.
        for c in (0..=0x10FFFFu32).filter_map(char::from_u32) {
            let folded = fold_char(c);
            assert!(folded == width_folded(c) || folded.is_alphabetic(), "{c:?} → {folded:?}");
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
                assert_eq!(fold_case(c), lower, "{c:?}");
            }
        }
    }

    #[test]
    fn search_text_folds_case_and_width() {
        assert_eq!(fold("ＩａａＳ 云平台 Ā Ǎ ÉCOLE Ωμέγα МОСКВА"), "iaas 云平台 a a ecole ωμέγα москва");
    }
}
