//! Reading an input file with its size checked first, so an oversized file is refused
//! before it is read whole.

pub enum ReadError {
    TooLarge { bytes: usize },
    Io(String),
}

pub fn read_limited(path: &str, max_bytes: usize) -> Result<Vec<u8>, ReadError> {
    use std::io::Read;
    let size = std::fs::metadata(path).map_err(|e| ReadError::Io(e.to_string()))?.len();
    if size > max_bytes as u64 {
        return Err(ReadError::TooLarge { bytes: usize::try_from(size).unwrap_or(usize::MAX) });
    }
    // The size on disk can lie (devices, pipes): never read more than the limit + 1.
    let file = std::fs::File::open(path).map_err(|e| ReadError::Io(e.to_string()))?;
    let mut bytes = Vec::new();
    file.take(max_bytes as u64 + 1).read_to_end(&mut bytes).map_err(|e| ReadError::Io(e.to_string()))?;
    if bytes.len() > max_bytes {
        return Err(ReadError::TooLarge { bytes: bytes.len() });
    }
    Ok(bytes)
}

/// A table file: a workbook (known by its first bytes) read through `selfcheck-sheets`,
/// its sheet named one of `wanted` or else its first; anything else as CSV bytes, which
/// the importer checks against `max_csv_bytes`.
pub fn read_table(
    path: &str,
    max_csv_bytes: usize,
    wanted: &[&str],
) -> Result<selfcheck_core::table::Table, selfcheck_core::messages::Message> {
    use selfcheck_core::messages::{Describe, Message, M};
    use selfcheck_core::sheet::{is_workbook, SheetProblem, MAX_WORKBOOK_BYTES};
    use selfcheck_core::table::Table;
    let bytes = read_limited(path, max_csv_bytes.max(MAX_WORKBOOK_BYTES)).map_err(|e| match e {
        ReadError::TooLarge { bytes } => SheetProblem::TooLarge { bytes, limit: MAX_WORKBOOK_BYTES }.describe(),
        ReadError::Io(detail) => Message::new(M::FileUnreadable).with("detail", detail),
    })?;
    if is_workbook(&bytes) {
        selfcheck_sheets::read_sheet(&bytes, wanted).map(Table::Sheet).map_err(|p| p.describe())
    } else {
        Ok(Table::Csv(bytes))
    }
}

/// A report file's bytes (within the report limit), or the message saying why not.
pub fn read_report(path: &str, lang: selfcheck_core::Lang) -> Result<Vec<u8>, String> {
    use selfcheck_core::messages::Describe;
    use selfcheck_core::report::{LoadProblem, MAX_REPORT_BYTES};
    read_limited(path, MAX_REPORT_BYTES).map_err(|e| match e {
        ReadError::TooLarge { bytes } => LoadProblem::TooLarge { bytes }.message(lang),
        ReadError::Io(e) => e,
    })
}

/// A report file read and checked as `validate` checks it (the signature with SM2), or the
/// message saying why it was refused.
pub fn read_verified(
    path: &str,
    lang: selfcheck_core::Lang,
) -> Result<selfcheck_core::report::verify::Verified, String> {
    use selfcheck_core::messages::Describe;
    let bytes = read_report(path, lang)?;
    selfcheck_core::report::verify::verify_with(&bytes, &selfcheck_sign::Sm2Checker).map_err(|p| p.message(lang))
}

/// A report read for writing a view of it (a workbook, a Word document), with the checks
/// of `validate`: a digest that does not match is said on `err`, and the figures are the
/// ones this tool computes from its answers. The inner error is why it was not read.
pub fn report_for_view(
    path: &str,
    lang: selfcheck_core::Lang,
    err: &mut dyn std::io::Write,
) -> std::io::Result<Result<selfcheck_core::report::Report, String>> {
    use selfcheck_core::messages::Describe;
    use selfcheck_core::report::{load_report, LoadWarning};
    let loaded = match read_report(path, lang).and_then(|bytes| load_report(&bytes).map_err(|p| p.message(lang))) {
        Ok(loaded) => loaded,
        Err(message) => return Ok(Err(message)),
    };
    for warning in loaded.warnings.iter().filter(|w| matches!(w, LoadWarning::DigestMismatch)) {
        writeln!(err, "selfcheck: {path}: {}", warning.message(lang))?;
    }
    Ok(Ok(loaded.report.rebuilt().unwrap_or(loaded.report)))
}
