//! A workbook's sheet into rows of text, as the same table in CSV would read: numbers
//! without a trailing `.0` (a 等保 level typed as the number 3 reads "3"), dates as
//! YYYY-MM-DD, booleans as true/false. Rows keep the numbers Excel shows, so the
//! importers' located problems point at the right row.

use std::io::Cursor;

use calamine::{open_workbook_from_rs, Data, Reader, Xlsx};
use selfcheck_core::csv::Record;
use selfcheck_core::sheet::{choose, SheetProblem, SheetRows, MAX_WORKBOOK_BYTES};

/// Reads the sheet named one of `wanted` (else the first) of the workbook `bytes`.
pub fn read_sheet(bytes: &[u8], wanted: &[&str]) -> Result<SheetRows, SheetProblem> {
    if bytes.len() > MAX_WORKBOOK_BYTES {
        return Err(SheetProblem::TooLarge { bytes: bytes.len(), limit: MAX_WORKBOOK_BYTES });
    }
    let mut workbook: Xlsx<_> = open_workbook_from_rs(Cursor::new(bytes))
        .map_err(|e: calamine::XlsxError| SheetProblem::NotWorkbook { detail: e.to_string() })?;
    let names = workbook.sheet_names();
    let sheet = choose(&names, wanted).ok_or(SheetProblem::NoSheet)?.clone();
    let range = workbook.worksheet_range(&sheet).map_err(|e| SheetProblem::NotWorkbook { detail: e.to_string() })?;
    let (first_row, first_col) = range.start().unwrap_or((0, 0));
    let mut rows = Vec::with_capacity(range.height());
    for (i, cells) in range.rows().enumerate() {
        let row = first_row as usize + i + 1;
        // Columns before the range's first are empty: the reader sees them as blank,
        // so a header in column C still locates its cells as C, D, …
        let mut fields = vec![String::new(); first_col as usize];
        for (j, cell) in cells.iter().enumerate() {
            let text = text(cell).map_err(|error| SheetProblem::CellError {
                sheet: sheet.clone(),
                cell: format!("{}{row}", column_letters(first_col as usize + j)),
                error,
            })?;
            fields.push(text);
        }
        while fields.last().is_some_and(|f| f.is_empty()) {
            fields.pop(); // a sheet's used range runs past its table; CSV rows end there
        }
        let quoted = vec![false; fields.len()];
        rows.push(Record { line: row, fields, quoted });
    }
    // Every row as wide as the header, so a short row is a short row only where a
    // CSV would have been short too: cells beyond the header are kept, blanks padded.
    let width = rows.iter().find(|r| !r.fields.is_empty()).map_or(0, |h| h.fields.len());
    for row in &mut rows {
        if row.fields.len() < width && !row.fields.is_empty() {
            row.fields.resize(width, String::new());
            row.quoted.resize(width, false);
        }
    }
    Ok(SheetRows { sheet, rows })
}

/// A cell as the CSV text of the same table, or the error value it shows.
fn text(cell: &Data) -> Result<String, String> {
    Ok(match cell {
        Data::Empty => String::new(),
        Data::String(s) => s.clone(),
        Data::Int(i) => i.to_string(),
        Data::Float(f) if f.fract() == 0.0 && f.abs() < 1e15 => format!("{}", *f as i64),
        Data::Float(f) => f.to_string(),
        Data::Bool(b) => b.to_string(),
        Data::DateTime(d) => {
            let (y, m, day, h, min, s, _) = d.to_ymd_hms_milli();
            if d.is_datetime() && (h, min, s) != (0, 0, 0) {
                format!("{y:04}-{m:02}-{day:02} {h:02}:{min:02}:{s:02}")
            } else {
                format!("{y:04}-{m:02}-{day:02}")
            }
        }
        Data::DateTimeIso(s) | Data::DurationIso(s) => s.clone(),
        Data::Error(e) => return Err(e.to_string()),
    })
}

/// A column's letters as Excel shows them: 0 → A, 25 → Z, 26 → AA.
pub fn column_letters(mut index: usize) -> String {
    let mut letters = Vec::new();
    loop {
        letters.push(b'A' + (index % 26) as u8);
        if index < 26 {
            break;
        }
        index = index / 26 - 1;
    }
    letters.reverse();
    String::from_utf8(letters).expect("ASCII")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_are_lettered_as_excel_does() {
        assert_eq!(column_letters(0), "A");
        assert_eq!(column_letters(25), "Z");
        assert_eq!(column_letters(26), "AA");
        assert_eq!(column_letters(701), "ZZ");
        assert_eq!(column_letters(702), "AAA");
    }

    #[test]
    fn anything_but_a_workbook_is_refused_with_a_reason() {
        assert!(matches!(read_sheet(b"name,level\nx,3\n", &[]), Err(SheetProblem::NotWorkbook { .. })));
        assert!(matches!(read_sheet(b"PK\x03\x04broken", &[]), Err(SheetProblem::NotWorkbook { .. })));
        let huge = vec![0u8; MAX_WORKBOOK_BYTES + 1];
        assert!(matches!(read_sheet(&huge, &[]), Err(SheetProblem::TooLarge { .. })));
    }
}
