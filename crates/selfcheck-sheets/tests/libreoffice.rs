//! Another program reads our workbooks: LibreOffice Calc (headless) re-saves them, and
//! the re-saved file has the same sheets and cells, the dropdown, and a questionnaire
//! that still reads back. Needs `soffice`: `cargo xtask test` installs it and runs this
//! with `SELFCHECK_SOFFICE` set; plain `cargo test` skips it (ignored).

use selfcheck_core::ProviderWork;
use std::io::{Cursor, Read};
use std::path::PathBuf;
use std::process::Command;

use calamine::{open_workbook_from_rs, Data, Reader, Xlsx};
use selfcheck_core::catalog::Index;
use selfcheck_core::report::{build_agency_report, build_provider_report, provider_catalogs};
use selfcheck_core::sheet::names;
use selfcheck_core::table::Table;
use selfcheck_core::team::{questionnaire, questionnaire_sheet};
use selfcheck_core::{fixtures, Answer, Date, Lang, Status, Timestamp};
use selfcheck_sheets::{read_sheet, workbook};

fn soffice() -> PathBuf {
    std::env::var_os("SELFCHECK_SOFFICE").map(PathBuf::from).expect("SELFCHECK_SOFFICE names LibreOffice's soffice")
}

/// `bytes` as LibreOffice re-saves them (xlsx to xlsx, through Calc).
fn resaved(bytes: &[u8], name: &str) -> Vec<u8> {
    converted(bytes, name, "xlsx:Calc MS Excel 2007 XML", "xlsx")
}

static SOFFICE: std::sync::Mutex<()> = std::sync::Mutex::new(());

/// `bytes` converted by LibreOffice to `filter`, the file it wrote (extension `ext`).
fn converted(bytes: &[u8], name: &str, filter: &str, ext: &str) -> Vec<u8> {
    let dir = std::env::temp_dir().join(format!("selfcheck-lo-{}-{name}", std::process::id()));
    let out = dir.join("out");
    std::fs::create_dir_all(&out).unwrap();
    let input = dir.join(format!("{name}.xlsx"));
    std::fs::write(&input, bytes).unwrap();
    // Its own profile: a second soffice must not find the first one's lock.
    let profile = format!("-env:UserInstallation=file://{}", dir.join("profile").display());
    // One soffice at a time: the tests run in parallel, the machine's cores are few.
    let _one = SOFFICE.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
    let convert = || {
        Command::new(soffice())
            .args([&profile, "--headless", "--norestore", "--convert-to", filter, "--outdir"])
            .arg(&out)
            .arg(&input)
            .status()
            .expect("soffice runs")
    };
    // On a fresh machine soffice's very first start can abort while it sets itself up
    // (seen once in CI: WrappedTargetRuntimeException); a file it cannot convert fails twice.
    let mut status = convert();
    if !status.success() {
        eprintln!("soffice failed on {name} ({status}); trying once more");
        status = convert();
    }
    assert!(status.success(), "soffice converted {name}");
    let converted = std::fs::read(out.join(format!("{name}.{ext}"))).expect("soffice wrote the file");
    let _ = std::fs::remove_dir_all(&dir);
    converted
}

/// A workbook as LibreOffice prints it: each page's text (poppler's `pdftotext -layout`)
/// and size in points (`pdfinfo`).
fn printed(bytes: &[u8], name: &str) -> Vec<(String, (f64, f64))> {
    let pdf = std::env::temp_dir().join(format!("selfcheck-lo-{}-{name}.pdf", std::process::id()));
    std::fs::write(&pdf, converted(bytes, name, "pdf", "pdf")).unwrap();
    let run = |program: &str, args: &[&str]| {
        let output = Command::new(program).args(args).arg(&pdf).args(["-"]).output().expect("poppler's tools run");
        assert!(output.status.success(), "{program} read the PDF");
        String::from_utf8(output.stdout).unwrap()
    };
    let text = run("pdftotext", &["-layout", "-enc", "UTF-8"]);
    let info = Command::new("pdfinfo").args(["-f", "1", "-l", "100000"]).arg(&pdf).output().expect("pdfinfo runs");
    if std::env::var_os("SELFCHECK_KEEP_PDF").is_none() {
        let _ = std::fs::remove_file(&pdf);
    }
    // "Page    1 size: 841.89 x 595.276 pts (A4)"
    let sizes: Vec<(f64, f64)> = String::from_utf8(info.stdout)
        .unwrap()
        .lines()
        .filter_map(|l| l.strip_prefix("Page").filter(|_| l.contains(" size: ")))
        .map(|l| {
            let numbers: Vec<f64> = l.split_whitespace().filter_map(|w| w.parse().ok()).collect();
            (numbers[1], numbers[2])
        })
        .collect();
    let pages: Vec<String> = text.split('\u{c}').map(str::to_string).collect();
    // pdftotext ends the last page with a form feed too.
    let pages = &pages[..sizes.len()];
    pages.iter().cloned().zip(sizes).collect()
}

fn cells(bytes: &[u8]) -> Vec<(String, Vec<Vec<String>>)> {
    let mut book: Xlsx<_> = open_workbook_from_rs(Cursor::new(bytes)).unwrap();
    book.sheet_names()
        .into_iter()
        .map(|name| {
            let range = book.worksheet_range(&name).unwrap();
            let rows = range
                .rows()
                .map(|r| {
                    let mut row: Vec<String> = r.iter().map(as_text).collect();
                    while row.last().is_some_and(String::is_empty) {
                        row.pop();
                    }
                    row
                })
                .filter(|r| !r.is_empty())
                .collect();
            (name, rows)
        })
        .collect()
}

/// A cell's value whatever type the writer stored it as (numbers may come back as floats).
fn as_text(cell: &Data) -> String {
    match cell {
        Data::Float(f) => format!("{f}"),
        Data::Int(i) => format!("{i}"),
        other => other.to_string(),
    }
}

fn has_list_validation(bytes: &[u8], sheet: usize) -> bool {
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).unwrap();
    let mut xml = String::new();
    zip.by_name(&format!("xl/worksheets/sheet{sheet}.xml")).unwrap().read_to_string(&mut xml).unwrap();
    xml.contains("type=\"list\"")
}

fn work() -> ProviderWork {
    let mut work = fixtures::provider_work();
    let ids: Vec<String> = work.answers.keys().take(3).cloned().collect();
    for id in &ids {
        let answer =
            Answer::with_status(Status::Partial).with_details(|d| (d.owner, d.note) = ("运维部".into(), "=A1".into()));
        work.answers_mut().insert(id.clone(), answer);
    }
    work
}

#[test]
#[ignore = "needs LibreOffice: run by `cargo xtask test`"]
fn libreoffice_resaves_every_workbook_with_the_same_cells_and_the_dropdown() {
    let day = Date::from_ymd(2026, 12, 2).unwrap();
    let provider = build_provider_report(&work(), "2026-12-02T08:00:00Z", day);
    let agency = build_agency_report(&fixtures::agency_work(50), "2026-12-02T08:00:00Z", day);
    for (name, report) in [("provider", &provider), ("agency", &agency)] {
        let ours = workbook(report, Lang::ZhCn).unwrap();
        let theirs = resaved(&ours, name);
        assert_eq!(cells(&theirs), cells(&ours), "{name}: LibreOffice reads the same cells");
        if name == "provider" {
            assert!(has_list_validation(&theirs, 2), "the status dropdown survives re-saving");
        }
    }
}

#[test]
#[ignore = "needs LibreOffice: run by `cargo xtask test`"]
fn a_questionnaire_resaved_by_libreoffice_still_reads_back() {
    let work = work();
    let issued = Timestamp::parse("2026-12-02T08:00:00Z").unwrap();
    let handed = questionnaire::hand_out(&work, "运维部", "牵头人", issued.clone()).unwrap();
    let report = build_provider_report(&handed, issued.as_str(), Date::from_ymd(2026, 12, 2).unwrap());
    let theirs = resaved(&workbook(&report, Lang::En).unwrap(), "questionnaire");
    assert!(has_list_validation(&theirs, 1));
    let sheet = read_sheet(&theirs, names::QUESTIONNAIRE).unwrap();
    let catalogs = provider_catalogs(&work.catalogs);
    let back = questionnaire_sheet::read(&Table::Sheet(sheet), &issued, &Index::new(&catalogs)).unwrap();
    let q = back.questionnaire.unwrap();
    assert_eq!((q.owner.as_str(), q.items.len()), ("运维部", 3));
    for id in &q.items {
        assert_eq!(back.answers[id].status(), Some(Status::Partial));
        assert_eq!(back.answers[id].details().note, "=A1", "still text after another program saved it");
    }
}

#[test]
#[ignore = "needs LibreOffice: run by `cargo xtask test`"]
fn the_provider_workbook_prints_one_page_wide_under_titles_with_wrapped_text_whole() {
    let mut work = fixtures::provider_work();
    work.profile.provider = "示例云".into();
    // A long note, its words numbered: a cell printed short of its text loses the last.
    let words: Vec<String> = (1..=40).map(|n| format!("step{n:02}")).collect();
    let first = provider_catalogs(&[])[0].sections[0].items[0].id.clone();
    let note = Answer::with_status(Status::Partial).with_details(|d| d.note = words.join(" "));
    work.answers_mut().insert(first, note);
    let report = build_provider_report(&work, "2026-12-02T08:00:00Z", Date::from_ymd(2026, 12, 2).unwrap());
    let bytes = workbook(&report, Lang::ZhCn).unwrap();
    let pages = prints_one_page_wide(&bytes, "provider-print", "云服务商安全自查 · 示例云");
    // 61 pages before the print set-up, columns split across pages.
    eprintln!("LibreOffice prints the provider workbook on {} pages", pages.len());

    let sheets = cells(&bytes);
    let catalogs = provider_catalogs(&[]);
    let all = pages.concat();
    for catalog in &catalogs {
        // Excel forbids a slash in a sheet's name: GB/T is written with the look-alike ∕.
        let title = catalog.title.get(Lang::ZhCn).replace('/', "∕");
        assert!(sheets.iter().any(|(name, _)| *name == title), "a sheet named {title}: {:?}", names_of(&sheets));
        assert!(!all.contains(&catalog.id), "{} printed by its id, not its title", catalog.id);
    }
    for word in &words {
        assert!(all.contains(word.as_str()), "the long note printed whole: {word} missing");
    }
}

#[test]
#[ignore = "needs LibreOffice: run by `cargo xtask test`"]
fn the_agency_and_questionnaire_workbooks_print_one_page_wide_too() {
    let day = Date::from_ymd(2026, 12, 2).unwrap();
    let mut assessed = fixtures::agency_work(50);
    assessed.profile.unit = "某市政务服务数据管理局".into();
    assessed.profile.contact = "王工".into();
    let agency = build_agency_report(&assessed, "2026-12-02T08:00:00Z", day);
    let pages = prints_one_page_wide(&workbook(&agency, Lang::ZhCn).unwrap(), "agency-print", "党政机关上云分类自查");
    for (n, page) in pages.iter().enumerate() {
        assert!(page.contains("某市政务服务数据管理局") && page.contains("王工"), "page {} names who assessed", n + 1);
    }
    let issued = Timestamp::parse("2026-12-02T08:00:00Z").unwrap();
    let handed = questionnaire::hand_out(&work(), "运维部", "牵头人", issued.clone()).unwrap();
    let report = build_provider_report(&handed, issued.as_str(), day);
    prints_one_page_wide(&workbook(&report, Lang::En).unwrap(), "questionnaire-print", "For: 运维部");
}

/// Prints `bytes` through LibreOffice and checks every page as a reader holds it: A4
/// landscape, the title block (`title`, the date) at its top, its sheet named in the
/// footer, and its table whole in width: the header row, first column to last, repeated
/// on it. Returns the pages' text.
fn prints_one_page_wide(bytes: &[u8], name: &str, title: &str) -> Vec<String> {
    let sheets = cells(bytes);
    let pages = printed(bytes, name);
    for (n, (text, (width, height))) in pages.iter().enumerate() {
        let n = n + 1;
        assert!((width - 841.9).abs() < 1.0 && (height - 595.3).abs() < 1.0, "{name}: page {n} is A4 landscape");
        let top = text.lines().find(|l| !l.trim().is_empty()).unwrap_or_default();
        assert!(top.contains(title) && top.contains("2026-12-02"), "{name}: page {n} has the title block: {top}");
        let footer = text.lines().rev().find(|l| !l.trim().is_empty()).unwrap_or_default();
        let (sheet, rows) = sheets
            .iter()
            .filter(|(sheet, _)| footer.contains(sheet.as_str()))
            .max_by_key(|(sheet, _)| sheet.len())
            .unwrap_or_else(|| panic!("{name}: page {n} names its sheet in its footer:\n{text}"));
        if let Some(header) = rows.iter().find(|r| r.len() > 3 && r.iter().all(|c| !c.is_empty())) {
            for cell in [&header[0], header.last().unwrap()] {
                // Its first characters: a header may wrap in its cell.
                let start: String = cell.chars().take(4).collect();
                assert!(text.contains(&start), "{name}: page {n} ({sheet}) holds the header {cell:?}:\n{text}");
            }
        }
    }
    pages.into_iter().map(|(text, _)| text).collect()
}

fn names_of(sheets: &[(String, Vec<Vec<String>>)]) -> Vec<&str> {
    sheets.iter().map(|(name, _)| name.as_str()).collect()
}
