//! What every sheet of the workbooks shares: formats, a header row frozen with its
//! filter and repeated on every printed page, column widths, wrapped text, red lines
//! highlighted, the status dropdown, sheet names Excel accepts, and the print set-up.

use rust_xlsxwriter::{Color, DataValidation, Format, FormatAlign, FormatBorder, Worksheet, XlsxError};
use selfcheck_core::catalog::ItemKind;
use selfcheck_core::messages::terms;
use selfcheck_core::{Lang, Status};

use crate::texts::W;

pub struct Formats {
    pub title: Format,
    pub label: Format,
    pub header: Format,
    pub text: Format,
    pub red: Format,
}

impl Formats {
    pub fn new() -> Formats {
        let text = Format::new().set_text_wrap().set_align(FormatAlign::Top);
        Formats {
            title: Format::new().set_bold().set_font_size(14),
            label: Format::new().set_bold().set_align(FormatAlign::Top),
            header: Format::new()
                .set_bold()
                .set_text_wrap()
                .set_align(FormatAlign::Top)
                .set_background_color(Color::RGB(0xE7E6E6))
                .set_border(FormatBorder::Thin),
            red: text.clone().set_background_color(Color::RGB(0xFDE2E1)),
            text,
        }
    }
}

/// One column of a table: its header and width (in characters).
pub struct Col<'a> {
    pub header: &'a str,
    pub width: f64,
}

pub fn col(header: &str, width: f64) -> Col<'_> {
    Col { header, width }
}

/// One row of a table: its cells, and whether it is a red line.
pub struct Line {
    pub cells: Vec<Cell>,
    pub red: bool,
}

pub enum Cell {
    Text(String),
    Number(f64),
}

impl From<String> for Cell {
    fn from(text: String) -> Cell {
        Cell::Text(text)
    }
}

impl From<&str> for Cell {
    fn from(text: &str) -> Cell {
        Cell::Text(text.to_string())
    }
}

/// Writes a table with its header on `top`, frozen with a filter and repeated on every
/// printed page, each row as tall as its wrapped text; returns the row after it.
pub fn table(ws: &mut Worksheet, f: &Formats, top: u32, cols: &[Col], lines: &[Line]) -> Result<u32, XlsxError> {
    for (c, column) in cols.iter().enumerate() {
        ws.write_string_with_format(top, c as u16, column.header, &f.header)?;
        ws.set_column_width(c as u16, column.width)?;
    }
    fit_height(ws, top, cols.iter().map(|c| (c.header, c.width)))?;
    for (r, line) in lines.iter().enumerate() {
        let row = top + 1 + r as u32;
        let format = if line.red { &f.red } else { &f.text };
        for (c, cell) in line.cells.iter().enumerate() {
            match cell {
                Cell::Text(text) if text.is_empty() => ws.write_blank(row, c as u16, format)?,
                Cell::Text(text) => ws.write_string_with_format(row, c as u16, text, format)?,
                Cell::Number(n) => ws.write_number_with_format(row, c as u16, *n, format)?,
            };
        }
        let texts = line.cells.iter().zip(cols).filter_map(|(cell, col)| match cell {
            Cell::Text(text) => Some((text.as_str(), col.width)),
            Cell::Number(_) => None,
        });
        fit_height(ws, row, texts)?;
    }
    ws.set_freeze_panes(top + 1, 0)?;
    ws.set_repeat_rows(top, top)?;
    if !cols.is_empty() {
        ws.autofilter(top, 0, top + lines.len().max(1) as u32, cols.len() as u16 - 1)?;
    }
    Ok(top + 1 + lines.len() as u32)
}

/// A row as tall as the most lines one of its `cells` (text, column width) wraps to.
/// rust_xlsxwriter writes no heights, and LibreOffice does not fit a row to its text
/// when it opens a file: without this, wrapped text prints cut to one line.
fn fit_height<'a>(ws: &mut Worksheet, row: u32, cells: impl Iterator<Item = (&'a str, f64)>) -> Result<(), XlsxError> {
    const LINE: f64 = 15.0; // points: a line of the default 11-point font
    let lines = cells.map(|(text, width)| wrapped_lines(text, width)).max().unwrap_or(1);
    if lines > 1 {
        ws.set_row_height(row, lines as f64 * LINE)?;
    }
    Ok(())
}

/// The lines `text` takes in a column `width` characters wide, erring long: a Chinese
/// character is two characters wide (as Excel shows it; LibreOffice's are narrower),
/// and a line wrapped at a space leaves room unused.
fn wrapped_lines(text: &str, width: f64) -> usize {
    let room = (width - 1.0).max(1.0);
    text.split('\n')
        .map(|line| {
            let wide: f64 = line.chars().map(|c| if (c as u32) < 0x2E80 { 1.0 } else { 2.0 }).sum();
            let slack = if line.contains(' ') { 0.9 } else { 1.0 };
            (wide / (room * slack)).ceil().max(1.0) as usize
        })
        .sum()
}

/// Label-and-value rows from `top` (column A bold, B the value, `width` characters
/// wide); returns the next row.
pub fn pairs(ws: &mut Worksheet, f: &Formats, top: u32, width: f64, pairs: &[(&str, Cell)]) -> Result<u32, XlsxError> {
    for (i, (label, value)) in pairs.iter().enumerate() {
        let row = top + i as u32;
        ws.write_string_with_format(row, 0, *label, &f.label)?;
        match value {
            Cell::Text(text) if text.is_empty() => {}
            Cell::Text(text) => {
                ws.write_string_with_format(row, 1, text, &f.text)?;
                fit_height(ws, row, [(text.as_str(), width)].into_iter())?;
            }
            Cell::Number(n) => {
                ws.write_number_with_format(row, 1, *n, &f.text)?;
            }
        }
    }
    Ok(top + pairs.len() as u32)
}

/// A status's name in the sheet: the words of the item's kind.
pub fn status_name(kind: ItemKind, status: Option<Status>, lang: Lang) -> String {
    status.map(|s| terms::status(kind, s).text(lang).to_string()).unwrap_or_default()
}

/// A dropdown of the statuses, in `lang` and in the words of each row's kind, on the
/// column `col` of the rows given (sheet row, kind). Consecutive rows of one kind share
/// one rule, so a long sheet carries few.
pub fn status_dropdown(ws: &mut Worksheet, col: u16, rows: &[(u32, ItemKind)], lang: Lang) -> Result<(), XlsxError> {
    let mut start = 0;
    while start < rows.len() {
        let (first, kind) = rows[start];
        let mut end = start;
        while end + 1 < rows.len() && rows[end + 1].1 == kind && rows[end + 1].0 == rows[end].0 + 1 {
            end += 1;
        }
        let names: Vec<String> = Status::ALL.iter().map(|&s| status_name(kind, Some(s), lang)).collect();
        let rule = DataValidation::new().allow_list_strings(&names)?.set_input_message(W::StatusPrompt.text(lang))?;
        ws.add_data_validation(first, col, rows[end].0, col, &rule)?;
        start = end + 1;
    }
    Ok(())
}

/// The longest sheet name Excel accepts, in characters.
const SHEET_NAME_MAX: usize = 31;

/// A name Excel accepts for a sheet, as near `wanted` (a catalog's title) as it allows:
/// shortened to 31 characters (`shorten`), none of `[]:*?/\` (a slash becomes the
/// look-alike `∕`, so "GB/T" still reads), no apostrophe at either end, not Excel's
/// reserved "History", and unlike the sheets already named in any letter case (a second
/// "X" is "X (2)").
pub fn sheet_name(wanted: &str, taken: &mut Vec<String>) -> String {
    let clean: String = shorten(wanted.trim(), SHEET_NAME_MAX)
        .chars()
        .map(|c| match c {
            '/' => '∕',
            '\\' => '∖',
            '[' => '(',
            ']' => ')',
            ':' | '*' | '?' => '_',
            c => c,
        })
        .collect();
    let clean = clean.trim().trim_matches('\'').trim();
    let base = if clean.is_empty() || clean.eq_ignore_ascii_case("history") { "Sheet" } else { clean };
    let is_taken = |name: &str| taken.iter().any(|t| t.to_lowercase() == name.to_lowercase());
    let mut name = base.to_string();
    let mut n = 2;
    while is_taken(&name) {
        let suffix = format!(" ({n})");
        let room = SHEET_NAME_MAX - suffix.chars().count();
        name = format!("{}{suffix}", base.chars().take(room).collect::<String>().trim_end());
        n += 1;
    }
    taken.push(name.clone());
    name
}

/// `title` within `max` characters, keeping what tells it apart: the whole title if it
/// fits; else the part after its last ": " (the catalog's subject, its series dropped);
/// else whole words and "…", keeping a closing parenthesis such as "(guidance)".
fn shorten(title: &str, max: usize) -> String {
    let len = |s: &str| s.chars().count();
    if len(title) <= max {
        return title.to_string();
    }
    if let Some((_, subject)) = title.rsplit_once(": ") {
        if !subject.trim().is_empty() && len(subject.trim()) <= max {
            return subject.trim().to_string();
        }
    }
    let (head, tail) = match title.rfind(['(', '（']) {
        Some(at) if title.ends_with([')', '）']) && len(&title[at..]) <= max / 2 => {
            (title[..at].trim_end(), &title[at..])
        }
        _ => (title, ""),
    };
    let tail = if tail.is_empty() { String::new() } else { format!(" {tail}") };
    let room = max - len(&tail) - 1; // the "…"
    let mut kept = String::new();
    if head.contains(' ') {
        for word in head.split(' ') {
            let next = if kept.is_empty() { word.to_string() } else { format!("{kept} {word}") };
            if len(&next) > room {
                break;
            }
            kept = next;
        }
    }
    if kept.is_empty() {
        kept = head.chars().take(room).collect(); // a script without spaces, or one long word
    }
    format!("{}…{tail}", kept.trim_end())
}

/// What the top of every printed page says: what the workbook is, whom it is about
/// (a provider and platform, an owner), and its date.
pub struct PageTitle {
    pub workbook: String,
    pub about: String,
    pub date: String,
}

/// The print set-up every sheet shares: A4 landscape, scaled to one page wide and as
/// many tall as it takes, narrow margins, the title block as the page header, the
/// sheet's name and the page number as the footer. The title block is in the page
/// header rather than in cells above the table, so a sheet's first row stays the header
/// row the importers read (inventory, platforms, questionnaire) and every printed page
/// carries it; `table` repeats the header row.
pub fn print_setup(ws: &mut Worksheet, title: &PageTitle, lang: Lang) -> Result<(), XlsxError> {
    const A4: u8 = 9;
    ws.set_paper_size(A4);
    ws.set_landscape();
    ws.set_print_fit_to_pages(1, 0);
    ws.set_print_center_horizontally(true);
    // Inches: left, right, top, bottom, then the header's and footer's distance from the edge.
    ws.set_margins(0.4, 0.4, 0.7, 0.6, 0.3, 0.3);
    // `&` starts a code in a page header: a literal one is doubled. Excel takes at most
    // 255 characters, codes included, so the names are cut short first.
    let text = |s: &str, max: usize| shorten(s, max).replace('&', "&&");
    let about = if title.about.is_empty() { String::new() } else { format!(" · {}", text(&title.about, 120)) };
    ws.set_header(format!(
        "&L&\"-,Bold\"{}&\"-,Regular\"{about}&R{}",
        text(&title.workbook, 40),
        text(&title.date, 30)
    ));
    ws.set_footer(format!("&L&A&R{}", W::PageOf.text(lang)));
    Ok(())
}

pub fn yes_no(value: bool, lang: Lang) -> String {
    if value { W::Yes } else { W::No }.text(lang).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sheet_names_are_what_excel_accepts_and_unique() {
        let mut taken = vec!["概览".to_string()];
        assert_eq!(sheet_name("a/b:c", &mut taken), "a∕b_c");
        assert_eq!(sheet_name("A∕B_C", &mut taken), "A∕B_C (2)", "unique in any letter case");
        assert_eq!(sheet_name("[x]*?\\", &mut taken), "(x)__∖");
        assert_eq!(sheet_name("'quoted'", &mut taken), "quoted");
        assert_eq!(sheet_name("", &mut taken), "Sheet");
        assert_eq!(sheet_name("History", &mut taken), "Sheet (2)", "Excel reserves History");
        let long = "x".repeat(40);
        let first = sheet_name(&long, &mut taken);
        let second = sheet_name(&long, &mut taken);
        assert_eq!((first.chars().count(), second.chars().count()), (31, 31));
        assert_ne!(first, second);
        assert!(second.ends_with(" (2)"));
        for name in &taken {
            assert!(name.chars().count() <= 31 && !name.contains(['[', ']', ':', '*', '?', '/', '\\']), "{name}");
        }
    }

    #[test]
    fn long_titles_are_shortened_to_what_tells_them_apart() {
        let mut taken = Vec::new();
        let mut name = |title: &str| sheet_name(title, &mut taken);
        // A title that fits is kept whole, Chinese ones included.
        assert_eq!(
            name("GB/T 31168-2023 云计算服务安全能力要求（参考）"),
            "GB∕T 31168-2023 云计算服务安全能力要求（参考）"
        );
        assert_eq!(name("Cloud Service Security Assessment: Focus Area Self-Check"), "Focus Area Self-Check");
        assert_eq!(name("GB/T 22239-2019 cloud computing extension (guidance)"), "GB∕T 22239-2019… (guidance)");
        assert_eq!(
            name("Self-check against the Cloud Computing Service Security Self-Discipline Convention"),
            "Self-check against the Cloud…"
        );
        assert_eq!(name(&"云".repeat(40)), format!("{}…", "云".repeat(30)));
        assert!(taken.iter().all(|n| n.chars().count() <= 31), "{taken:?}");
    }
}
