//! A document laid out as Chinese official documents are (GB/T 9704): A4, margins of
//! 37 / 35 / 28 / 26 mm (top, bottom, left, right), the title in 方正小标宋简体, headings in
//! 黑体, the body in 仿宋_GB2312 (an English document: a serif throughout), the page number
//! centred at the foot as "— 1 —". Fonts are set by name for East Asian text, and the font
//! table names each one's fallback, so Word and WPS substitute cleanly where it is missing.
//! Tables repeat their header row on every page. Every word is editable text.

use docx_rs::{
    AlignmentType, Docx, Footer, LineSpacing, PageMargin, PageNum, Paragraph, Run, RunFonts, Shading, Table, TableCell,
    TableLayoutType, TableRow, WidthType,
};
use selfcheck_core::Lang;

use crate::texts::D;
use crate::DocxProblem;

/// A4 in twentieths of a point.
const A4: (u32, u32) = (11906, 16838);
/// GB/T 9704 margins, mm to twips (1 mm = 56.69 twips).
const MARGIN_TOP: i32 = 2098;
const MARGIN_BOTTOM: i32 = 1984;
const MARGIN_LEFT: i32 = 1587;
const MARGIN_RIGHT: i32 = 1474;
/// The width text runs in.
pub const TEXT_WIDTH: usize = (A4.0 as i32 - MARGIN_LEFT - MARGIN_RIGHT) as usize;

/// Sizes in half-points: 二号 (22 pt) for the title, 三号 (16 pt) for the body, 五号
/// (10.5 pt) in tables, which have up to seven columns.
const TITLE_SIZE: usize = 44;
const BODY_SIZE: usize = 32;
const TABLE_SIZE: usize = 21;

const SERIF: &str = "Times New Roman";
const TITLE_ZH: &str = "方正小标宋简体";
const HEADING_ZH: &str = "黑体";
const BODY_ZH: &str = "仿宋_GB2312";
const MONO: &str = "Courier New";

/// Each font the document names, with the one Word or WPS should take where it is missing.
const FONT_TABLE: &str = concat!(
    r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#,
    r#"<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">"#,
    r#"<w:font w:name="Times New Roman"><w:charset w:val="00"/><w:family w:val="roman"/><w:pitch w:val="variable"/></w:font>"#,
    r#"<w:font w:name="Courier New"><w:charset w:val="00"/><w:family w:val="modern"/><w:pitch w:val="fixed"/></w:font>"#,
    r#"<w:font w:name="方正小标宋简体"><w:altName w:val="黑体"/><w:charset w:val="86"/><w:family w:val="script"/><w:pitch w:val="variable"/></w:font>"#,
    r#"<w:font w:name="黑体"><w:altName w:val="SimHei"/><w:charset w:val="86"/><w:family w:val="modern"/><w:pitch w:val="fixed"/></w:font>"#,
    r#"<w:font w:name="仿宋_GB2312"><w:altName w:val="仿宋"/><w:charset w:val="86"/><w:family w:val="modern"/><w:pitch w:val="fixed"/></w:font>"#,
    r#"<w:font w:name="仿宋"><w:altName w:val="FangSong"/><w:charset w:val="86"/><w:family w:val="modern"/><w:pitch w:val="fixed"/></w:font>"#,
    r#"</w:fonts>"#
);

/// A cell's width as a share of the text width; a table's shares add up to 100.
pub type Share = usize;

pub struct Doc {
    lang: Lang,
    docx: Docx,
    /// Headings written so far: they are numbered 一、二、… (1. 2. … in English).
    headings: usize,
}

impl Doc {
    pub fn new(lang: Lang) -> Doc {
        let page_number = Paragraph::new()
            .align(AlignmentType::Center)
            .add_run(Run::new().add_text("— ").size(28))
            .add_page_num(PageNum::new())
            .add_run(Run::new().add_text(" —").size(28));
        let docx = Docx::new()
            .page_size(A4.0, A4.1)
            .page_margin(
                PageMargin::new()
                    .top(MARGIN_TOP)
                    .bottom(MARGIN_BOTTOM)
                    .left(MARGIN_LEFT)
                    .right(MARGIN_RIGHT)
                    .header(851)
                    .footer(992),
            )
            .default_fonts(fonts(lang, BODY_ZH))
            .default_size(BODY_SIZE)
            .footer(Footer::new().add_paragraph(page_number));
        Doc { lang, docx, headings: 0 }
    }

    pub fn lang(&self) -> Lang {
        self.lang
    }

    fn add(&mut self, p: Paragraph) {
        let docx = std::mem::take(&mut self.docx);
        self.docx = docx.add_paragraph(p);
    }

    pub fn title(&mut self, text: &str) {
        let mut run = Run::new().add_text(text).size(TITLE_SIZE).fonts(fonts(self.lang, TITLE_ZH));
        if self.lang == Lang::En {
            run = run.bold();
        }
        self.add(
            Paragraph::new()
                .align(AlignmentType::Center)
                .line_spacing(LineSpacing::new().before(240).after(480))
                .add_run(run),
        );
    }

    /// A centred line under the title: who, what, the day.
    pub fn byline(&mut self, label: &str, value: &str) {
        let p = Paragraph::new().align(AlignmentType::Center).add_run(Run::new().add_text(self.labelled(label, value)));
        self.add(p);
    }

    /// A numbered heading (一、总体结论), kept with what follows.
    pub fn heading(&mut self, text: &str) {
        self.headings += 1;
        let number = match self.lang {
            Lang::ZhCn => format!("{}、", chinese_numeral(self.headings)),
            Lang::En => format!("{}. ", self.headings),
        };
        let mut run = Run::new().add_text(format!("{number}{text}")).fonts(fonts(self.lang, HEADING_ZH));
        if self.lang == Lang::En {
            run = run.bold();
        }
        self.add(Paragraph::new().keep_next(true).line_spacing(LineSpacing::new().before(240).after(120)).add_run(run));
    }

    /// A body paragraph, its first line indented by two characters as the body of a
    /// Chinese document is.
    pub fn para(&mut self, text: &str) {
        let p = Paragraph::new().first_line_chars(if self.lang == Lang::ZhCn { 200 } else { 0 });
        self.add(p.add_run(Run::new().add_text(text)));
    }

    /// A paragraph in bold: the headline.
    pub fn strong(&mut self, text: &str) {
        self.add(Paragraph::new().add_run(Run::new().add_text(text).bold()));
    }

    /// "Label: value" lines.
    pub fn facts(&mut self, facts: &[(&str, String)]) {
        for (label, value) in facts {
            let text = self.labelled(label, value);
            self.add(Paragraph::new().add_run(Run::new().add_text(text)));
        }
    }

    /// The digest, in a monospaced face small enough to hold it on one line.
    pub fn code(&mut self, label: &str, value: &str) {
        let p = Paragraph::new()
            .add_run(Run::new().add_text(self.labelled(label, "")))
            .add_run(Run::new().add_text(value).size(20).fonts(RunFonts::new().ascii(MONO).hi_ansi(MONO)));
        self.add(p);
    }

    fn labelled(&self, label: &str, value: &str) -> String {
        let colon = if self.lang == Lang::ZhCn { "：" } else { ": " };
        let value = if value.trim().is_empty() { "—" } else { value };
        if label.ends_with('：') || label.ends_with(':') {
            format!("{label}{value}")
        } else {
            format!("{label}{colon}{value}")
        }
    }

    /// A table: its header row (repeated on every page) and one row per line; a cell's
    /// line breaks become paragraphs.
    pub fn table(&mut self, columns: &[(&str, Share)], lines: &[Vec<String>]) {
        let widths: Vec<usize> = columns.iter().map(|(_, share)| TEXT_WIDTH * share / 100).collect();
        let cell = |text: &str, width: usize, header: bool| {
            let mut cell = TableCell::new().width(width, WidthType::Dxa);
            for line in text.split('\n') {
                let mut run = Run::new().add_text(line).size(TABLE_SIZE);
                if header {
                    run = run.bold();
                }
                cell = cell.add_paragraph(Paragraph::new().add_run(run));
            }
            if header {
                cell = cell.shading(Shading::new().fill("E7E6E6"));
            }
            cell
        };
        // The header row is the only row that may not split: `finish` marks it as the
        // header to repeat (docx-rs 0.4 has no setter for `w:tblHeader`).
        let header = TableRow::new(columns.iter().zip(&widths).map(|((name, _), w)| cell(name, *w, true)).collect())
            .cant_split();
        let mut rows = vec![header];
        rows.extend(
            lines
                .iter()
                .map(|line| TableRow::new(line.iter().zip(&widths).map(|(text, w)| cell(text, *w, false)).collect())),
        );
        let table = Table::new(rows)
            .set_grid(widths.clone())
            .width(widths.iter().sum(), WidthType::Dxa)
            .layout(TableLayoutType::Fixed);
        let docx = std::mem::take(&mut self.docx);
        self.docx = docx.add_table(table).add_paragraph(Paragraph::new());
    }

    /// The signature and seal block: a statement, then the lines to sign, seal and date.
    pub fn sign_off(&mut self, statement: &str) {
        let lang = self.lang;
        let mut run = Run::new().add_text(D::HeadingSignOff.text(lang)).fonts(fonts(lang, HEADING_ZH));
        if lang == Lang::En {
            run = run.bold();
        }
        self.add(Paragraph::new().keep_next(true).line_spacing(LineSpacing::new().before(480).after(120)).add_run(run));
        self.add(Paragraph::new().keep_next(true).add_run(Run::new().add_text(statement)));
        let blank = "\u{3000}".repeat(10);
        for label in [D::SignPerson, D::SignSeal, D::SignDate] {
            self.add(
                Paragraph::new()
                    .keep_next(label != D::SignDate)
                    .line_spacing(LineSpacing::new().before(360))
                    .indent(Some(TEXT_WIDTH as i32 / 2), None, None, None)
                    .add_run(Run::new().add_text(label.text(lang)))
                    .add_run(Run::new().add_text(blank.as_str()).underline("single")),
            );
        }
    }

    /// The .docx bytes.
    pub fn finish(self) -> Result<Vec<u8>, DocxProblem> {
        let mut xml = self.docx.build();
        xml.font_table = FONT_TABLE.as_bytes().to_vec();
        let document = String::from_utf8(xml.document).map_err(|e| DocxProblem::Write(e.to_string()))?;
        // The header rows: the only rows that may not split (see `table`).
        xml.document = document
            .replace("<w:trPr><w:cantSplit /></w:trPr>", "<w:trPr><w:cantSplit /><w:tblHeader /></w:trPr>")
            .into_bytes();
        let mut out = std::io::Cursor::new(Vec::new());
        xml.pack(&mut out).map_err(|e| DocxProblem::Write(e.to_string()))?;
        Ok(out.into_inner())
    }
}

/// The fonts of a run: `east_asia` for Chinese text, a serif for Latin text. In a Chinese
/// document the punctuation both scripts share (：“”) is set in the Chinese face.
fn fonts(lang: Lang, east_asia: &str) -> RunFonts {
    let fonts = RunFonts::new().ascii(SERIF).hi_ansi(SERIF).cs(SERIF).east_asia(east_asia);
    match lang {
        Lang::ZhCn => fonts.hint("eastAsia"),
        Lang::En => fonts,
    }
}

/// 一 … 九十九: headings never reach a hundred.
fn chinese_numeral(n: usize) -> String {
    const DIGITS: [&str; 10] = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九"];
    match n {
        0..=9 => DIGITS[n].to_string(),
        10..=19 => format!("十{}", DIGITS[n % 10]),
        _ => format!("{}十{}", DIGITS[n / 10 % 10], DIGITS[n % 10]),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn headings_are_numbered_in_chinese() {
        assert_eq!(super::chinese_numeral(1), "一");
        assert_eq!(super::chinese_numeral(10), "十");
        assert_eq!(super::chinese_numeral(12), "十二");
        assert_eq!(super::chinese_numeral(21), "二十一");
    }
}
