//! Another program reads our Word documents: LibreOffice Writer (headless) opens each of
//! the three and prints it to PDF, whose text (poppler's `pdftotext`) holds the headings,
//! a gap's title and its owner, the agency's unit and the signature block, on A4 pages
//! (`pdfinfo`). Needs `soffice`: `cargo xtask test` installs it and runs this with
//! `SELFCHECK_SOFFICE` set; plain `cargo test` skips it (ignored).

mod common;

use std::path::PathBuf;
use std::process::Command;

use selfcheck_core::Lang;
use selfcheck_docx::{docx, Kind};

fn soffice() -> PathBuf {
    std::env::var_os("SELFCHECK_SOFFICE").map(PathBuf::from).expect("SELFCHECK_SOFFICE names LibreOffice's soffice")
}

static SOFFICE: std::sync::Mutex<()> = std::sync::Mutex::new(());

/// A document as LibreOffice prints it: its text in reading order (`pdftotext`, which
/// keeps a table cell's wrapped lines together, where `-layout` interleaves the row's
/// cells line by line) and each page's
/// size in points (`pdfinfo`).
fn printed(bytes: &[u8], name: &str) -> (String, Vec<(f64, f64)>) {
    let dir = std::env::temp_dir().join(format!("selfcheck-lo-docx-{}-{name}", std::process::id()));
    let out = dir.join("out");
    std::fs::create_dir_all(&out).unwrap();
    let input = dir.join(format!("{name}.docx"));
    std::fs::write(&input, bytes).unwrap();
    // Its own profile: a second soffice must not find the first one's lock.
    let profile = format!("-env:UserInstallation=file://{}", dir.join("profile").display());
    // One soffice at a time: the tests run in parallel, the machine's cores are few.
    let _one = SOFFICE.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
    let convert = || {
        Command::new(soffice())
            .args([&profile, "--headless", "--norestore", "--convert-to", "pdf", "--outdir"])
            .arg(&out)
            .arg(&input)
            .status()
            .expect("soffice runs")
    };
    // soffice's very first start on a fresh machine can abort while it sets itself up.
    let mut status = convert();
    if !status.success() {
        eprintln!("soffice failed on {name} ({status}); trying once more");
        status = convert();
    }
    assert!(status.success(), "soffice converted {name}");
    let pdf = out.join(format!("{name}.pdf"));
    assert!(pdf.exists(), "soffice wrote {name}.pdf");
    let text = Command::new("pdftotext").args(["-enc", "UTF-8"]).arg(&pdf).arg("-").output().unwrap();
    assert!(text.status.success(), "pdftotext read the PDF");
    let info = Command::new("pdfinfo").args(["-f", "1", "-l", "100000"]).arg(&pdf).output().unwrap();
    assert!(info.status.success(), "pdfinfo read the PDF");
    if let Some(keep) = std::env::var_os("SELFCHECK_KEEP_PDF") {
        let _ = std::fs::copy(&pdf, PathBuf::from(keep).join(format!("{name}.pdf")));
    }
    let _ = std::fs::remove_dir_all(&dir);
    // "Page    1 size: 595.276 x 841.89 pts (A4)"
    let sizes = String::from_utf8(info.stdout)
        .unwrap()
        .lines()
        .filter_map(|l| l.strip_prefix("Page").filter(|_| l.contains(" size: ")))
        .map(|l| {
            let numbers: Vec<f64> = l.split_whitespace().filter_map(|w| w.parse().ok()).collect();
            (numbers[1], numbers[2])
        })
        .collect();
    (String::from_utf8(text.stdout).unwrap(), sizes)
}

/// The text with all white space removed: a long cell wraps onto lines of its own, and
/// Chinese has no spaces to lose.
fn squeezed(text: &str) -> String {
    text.chars().filter(|c| !c.is_whitespace()).collect()
}

fn assert_a4(name: &str, sizes: &[(f64, f64)]) {
    assert!(!sizes.is_empty(), "{name} has pages");
    for &(w, h) in sizes {
        assert!((w - 595.3).abs() < 1.0 && (h - 841.9).abs() < 1.0, "{name}: {w} x {h} is A4 portrait");
    }
}

#[test]
#[ignore = "needs LibreOffice: run by cargo xtask test"]
fn libreoffice_prints_each_document_with_its_headings_gaps_owner_unit_and_signature_block() {
    let provider = common::provider_report();
    let p = provider.provider.as_ref().unwrap();
    let gap = &p.gaps[0];
    let agency = common::agency_report();
    let signature = ["签字、盖章", "负责人（签字）：", "单位（盖章）：", "日期："];

    let (text, sizes) = printed(&docx(&provider, Kind::Report, Lang::ZhCn).unwrap(), "report");
    assert_a4("report", &sizes);
    let all = squeezed(&text);
    for expected in [
        "云计算服务安全自查报告",
        "云服务商：示例云科技有限公司",
        "一、总体结论",
        "项未作答·",
        "二、分清单与领域的就绪度",
        "四、差距",
        "五、声明不适用的检查项",
        "六、报告摘要及其核验",
        gap.title.zh.as_str(),
        common::OWNER,
    ]
    .iter()
    .chain(&signature)
    {
        assert!(all.contains(&squeezed(expected)), "{expected:?} in the report's PDF:\n{text}");
    }

    let (text, sizes) = printed(&docx(&provider, Kind::Plan, Lang::ZhCn).unwrap(), "plan");
    assert_a4("plan", &sizes);
    let all = squeezed(&text);
    for expected in ["云计算服务安全整改计划", "目标日期", gap.title.zh.as_str(), common::OWNER, "2027-03-31"]
        .iter()
        .chain(&signature)
    {
        assert!(all.contains(&squeezed(expected)), "{expected:?} in the plan's PDF:\n{text}");
    }

    let (text, sizes) = printed(&docx(&agency, Kind::Report, Lang::ZhCn).unwrap(), "agency");
    assert_a4("agency", &sizes);
    let all = squeezed(&text);
    for expected in [
        "党政机关业务系统上云评估报告",
        common::UNIT,
        "一、分类结论统计",
        "二、各业务系统的结论",
        "三、候选平台",
        "政务云A",
    ]
    .iter()
    .chain(&signature)
    {
        assert!(all.contains(&squeezed(expected)), "{expected:?} in the assessment's PDF:\n{text}");
    }

    // In English too: the serif title and the signature block.
    let (text, _) = printed(&docx(&provider, Kind::Report, Lang::En).unwrap(), "report-en");
    let all = squeezed(&text);
    for expected in ["Cloud Computing Service Security Self-Check Report", "Responsible person (signature):"] {
        assert!(all.contains(&squeezed(expected)), "{expected:?} in the English report's PDF:\n{text}");
    }
}
