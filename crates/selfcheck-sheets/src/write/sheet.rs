//! What every sheet of the workbooks shares: formats, a header row frozen with its
//! filter, column widths, wrapped text, red lines highlighted, and the status dropdown.

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

/// Writes a table with its header on `top`, frozen with a filter; returns the row
/// after it.
pub fn table(ws: &mut Worksheet, f: &Formats, top: u32, cols: &[Col], lines: &[Line]) -> Result<u32, XlsxError> {
    for (c, column) in cols.iter().enumerate() {
        ws.write_string_with_format(top, c as u16, column.header, &f.header)?;
        ws.set_column_width(c as u16, column.width)?;
    }
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
    }
    ws.set_freeze_panes(top + 1, 0)?;
    if !cols.is_empty() {
        ws.autofilter(top, 0, top + lines.len().max(1) as u32, cols.len() as u16 - 1)?;
    }
    Ok(top + 1 + lines.len() as u32)
}

/// Label-and-value rows from `top` (column A bold, B the value); returns the next row.
pub fn pairs(ws: &mut Worksheet, f: &Formats, top: u32, pairs: &[(&str, Cell)]) -> Result<u32, XlsxError> {
    for (i, (label, value)) in pairs.iter().enumerate() {
        let row = top + i as u32;
        ws.write_string_with_format(row, 0, *label, &f.label)?;
        match value {
            Cell::Text(text) if text.is_empty() => {}
            Cell::Text(text) => {
                ws.write_string_with_format(row, 1, text, &f.text)?;
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

/// A name Excel accepts for a sheet: at most 31 characters, none of `[]:*?/\`, and
/// unlike the sheets already named (in any letter case).
pub fn sheet_name(wanted: &str, taken: &mut Vec<String>) -> String {
    let clean: String = wanted.chars().map(|c| if "[]:*?/\\".contains(c) { '_' } else { c }).collect();
    let clean = clean.trim().trim_matches('\'');
    let base: String = clean.chars().take(28).collect();
    let base = if base.is_empty() { "sheet".to_string() } else { base };
    let mut name = base.clone();
    let mut n = 2;
    while taken.iter().any(|t| t.eq_ignore_ascii_case(&name)) {
        name = format!("{base}~{n}");
        n += 1;
    }
    taken.push(name.clone());
    name
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
        assert_eq!(sheet_name("a/b:c", &mut taken), "a_b_c");
        assert_eq!(sheet_name("A/B:C", &mut taken), "A_B_C~2");
        assert_eq!(sheet_name(&"x".repeat(40), &mut taken).chars().count(), 28);
        assert_eq!(sheet_name("", &mut taken), "sheet");
    }
}
