//! `selfcheck docx` writes the app's three Word documents natively: a provider's
//! self-check report and remediation plan, an agency's assessment; a plan of an agency's
//! report is refused.

use std::io::Read;
use std::path::PathBuf;
use std::rc::Rc;

mod common;
use common::selfcheck;

use selfcheck_core::agency::AgencyProfile;
use selfcheck_core::report::{build_agency_report, build_provider_report, to_canonical_json};
use selfcheck_core::{fixtures, Answer, Date, ProviderWork, Status};

fn temp(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("selfcheck-docx-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir.join(name)
}

fn day() -> Date {
    Date::from_ymd(2026, 12, 2).unwrap()
}

/// The text of a document's body (its XML, whose runs hold the words as written).
fn body(path: &PathBuf) -> String {
    let bytes = std::fs::read(path).unwrap();
    assert!(bytes.starts_with(b"PK"), "a .docx is a zip");
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    let mut xml = String::new();
    zip.by_name("word/document.xml").unwrap().read_to_string(&mut xml).unwrap();
    xml
}

#[test]
fn docx_writes_each_of_the_three_documents_and_refuses_a_plan_of_an_agency() {
    let mut work = ProviderWork::default();
    work.profile.provider = "示例云科技有限公司".into();
    work.answers_mut().insert(
        "M19-A3-01-Q1".into(),
        Answer::with_status(Status::NotMet).with_details(|d| {
            d.owner = "安全部张三".into();
            d.target_date = Date::from_ymd(2027, 6, 30);
        }),
    );
    let provider = temp("provider.json");
    std::fs::write(&provider, to_canonical_json(&build_provider_report(&work, "2026-12-02T08:00:00Z", day()))).unwrap();
    let title = selfcheck_core::catalog::builtin().item("M19-A3-01-Q1").unwrap().item.title.clone();

    let report = temp("report.docx");
    let (code, stdout, err) = selfcheck(&["docx", provider.to_str().unwrap(), "-o", report.to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    assert!(stdout.contains("report.docx"), "{stdout}");
    let xml = body(&report);
    for expected in
        ["云计算服务安全自查报告", "示例云科技有限公司", title.zh.as_str(), "安全部张三", "负责人（签字）："]
    {
        assert!(xml.contains(expected), "{expected}");
    }

    let plan = temp("plan.docx");
    let (code, _, err) = selfcheck(&[
        "docx",
        provider.to_str().unwrap(),
        "-o",
        plan.to_str().unwrap(),
        "--kind",
        "plan",
        "--lang",
        "en",
    ]);
    assert_eq!(code, 0, "{err}");
    let xml = body(&plan);
    for expected in
        ["Remediation Plan", title.en.as_str(), "安全部张三", "2027-06-30", "Responsible person (signature):"]
    {
        assert!(xml.contains(expected), "{expected}");
    }

    let mut agency_work = fixtures::agency_work(2);
    agency_work.profile = AgencyProfile { unit: "某市人民政府办公室".into(), ..AgencyProfile::default() };
    agency_work.platforms = Rc::new(Vec::new());
    let agency = temp("agency.json");
    std::fs::write(&agency, to_canonical_json(&build_agency_report(&agency_work, "2026-12-02T08:00:00Z", day())))
        .unwrap();
    let assessment = temp("agency.docx");
    let (code, _, err) = selfcheck(&["docx", agency.to_str().unwrap(), "-o", assessment.to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    let xml = body(&assessment);
    for expected in ["党政机关业务系统上云评估报告", "某市人民政府办公室", "业务系统00001"] {
        assert!(xml.contains(expected), "{expected}");
    }

    let refused = temp("agency-plan.docx");
    let (code, stdout, err) = selfcheck(&[
        "docx",
        agency.to_str().unwrap(),
        "-o",
        refused.to_str().unwrap(),
        "--kind",
        "plan",
        "--lang",
        "zh-CN",
    ]);
    assert_eq!(code, 1);
    assert!(stdout.is_empty());
    assert!(err.contains("整改计划只能由云服务商的自查报告生成"), "{err}");
    assert!(!refused.exists(), "nothing written");

    let (code, _, err) = selfcheck(&["docx", provider.to_str().unwrap(), "-o", "x.docx", "--kind", "memo"]);
    assert_eq!(code, 2, "{err}");
}
