//! The documents' structure, read from their XML: A4 and GB/T 9704's margins, the fonts
//! named, the header rows marked to repeat, and the words a reader looks for.

mod common;

use std::io::{Cursor, Read};

use selfcheck_core::report::Role;
use selfcheck_core::Lang;
use selfcheck_docx::{docx, DocxProblem, Kind};

fn part(bytes: &[u8], name: &str) -> String {
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).expect("a zip");
    let mut xml = String::new();
    zip.by_name(name).unwrap_or_else(|_| panic!("{name} in the package")).read_to_string(&mut xml).unwrap();
    xml
}

/// The document's text, runs joined within a paragraph, paragraphs by new lines.
fn text(xml: &str) -> String {
    let mut out = String::new();
    for para in xml.split("</w:p>") {
        for piece in para.split("<w:t").skip(1) {
            let Some(start) = piece.find('>') else { continue };
            if piece.starts_with("ab") || piece.starts_with("bl") || piece.starts_with("r") {
                continue; // <w:tab>, <w:tbl…>, <w:tr…>
            }
            let body = &piece[start + 1..];
            out.push_str(&body[..body.find("</w:t>").unwrap_or(0)]);
        }
        out.push('\n');
    }
    out
}

#[test]
fn every_document_is_a4_with_gb_t_9704_margins_and_the_official_fonts() {
    let provider = common::provider_report();
    let agency = common::agency_report();
    for (report, kind) in [(&provider, Kind::Report), (&provider, Kind::Plan), (&agency, Kind::Report)] {
        let bytes = docx(report, kind, Lang::ZhCn).unwrap();
        assert!(bytes.starts_with(b"PK"));
        let xml = part(&bytes, "word/document.xml");
        assert!(xml.contains(r#"<w:pgSz w:w="11906" w:h="16838""#), "A4: {kind:?}");
        for margin in [r#"w:top="2098""#, r#"w:bottom="1984""#, r#"w:left="1587""#, r#"w:right="1474""#] {
            assert!(xml.contains(margin), "{margin} in {kind:?}");
        }
        assert!(xml.contains(r#"w:eastAsia="方正小标宋简体""#), "the title's face");
        assert!(xml.contains(r#"w:eastAsia="黑体""#), "the headings' face");
        let styles = part(&bytes, "word/styles.xml");
        assert!(styles.contains(r#"w:eastAsia="仿宋_GB2312""#), "the body's face");
        let fonts = part(&bytes, "word/fontTable.xml");
        assert!(fonts.contains(r#"<w:font w:name="仿宋_GB2312"><w:altName w:val="仿宋"/>"#), "its fallback");
        assert!(fonts.contains(r#"<w:font w:name="方正小标宋简体"><w:altName w:val="黑体"/>"#), "its fallback");
        // Every table's first row, and it alone, repeats on each page.
        assert_eq!(xml.matches("<w:tblHeader />").count(), xml.matches("<w:tbl>").count(), "{kind:?}");
        assert!(xml.matches("<w:tbl>").count() >= 1);
        assert!(!xml.contains("<w:drawing"), "text, no pictures");
        assert!(part(&bytes, "word/footer1.xml").contains("PAGE"), "page numbers");
    }
}

#[test]
fn the_self_check_report_holds_the_headline_figures_gaps_and_signature_block() {
    let report = common::provider_report();
    let p = report.provider.as_ref().unwrap();
    let unanswered = p.summary.overall.tally.unanswered;
    assert!(unanswered > 0);
    let text = text(&part(&docx(&report, Kind::Report, Lang::ZhCn).unwrap(), "word/document.xml"));
    assert!(text.starts_with("云计算服务安全自查报告\n"), "{text}");
    for expected in [
        "云服务商：示例云科技有限公司",
        "云平台：示例政务云平台",
        "报告日期：2026-12-02",
        "一、总体结论",
        &format!("总体状态：{unanswered} 项未作答 · "),
        "覆盖率：",
        "已答项就绪度：",
        "未满足的红线项：",
        "能力级别：增强级",
        "二、分清单与领域的就绪度",
        "三、期限",
        "评估结果失效日：2027-03-01",
        "四、差距",
        "五、声明不适用的检查项",
        "本平台不提供该服务",
        "六、报告摘要及其核验",
        &report.digest,
        "签字、盖章",
        "负责人（签字）：",
        "单位（盖章）：",
        "日期：",
    ] {
        assert!(text.contains(expected), "{expected:?} in\n{text}");
    }
    for gap in &p.gaps {
        assert!(text.contains(gap.title.zh.as_str()), "{}", gap.title.zh);
    }
    assert_eq!(text.matches(common::OWNER).count(), 3, "each gap's owner");
    assert!(text.contains("2027-03-31"));
}

#[test]
fn the_plan_lists_every_gap_with_owner_target_date_status_and_note() {
    let report = common::provider_report();
    let p = report.provider.as_ref().unwrap();
    let text = text(&part(&docx(&report, Kind::Plan, Lang::ZhCn).unwrap(), "word/document.xml"));
    assert!(text.starts_with("云计算服务安全整改计划\n"), "{text}");
    for gap in &p.gaps {
        let row = format!("{} {}", gap.item_id, gap.title.zh);
        assert!(text.contains(&row), "{row} in\n{text}");
    }
    for header in ["检查项", "严重程度", "负责人", "目标日期", "状态", "备注"] {
        assert!(text.contains(&format!("{header}\n")), "{header}");
    }
    assert_eq!(text.matches("采购已立项").count(), 3);
    assert!(text.contains("负责人（签字）："));
    assert!(!text.contains("报告摘要"), "a plan is a list to work through, not the report");
}

#[test]
fn the_agency_report_names_who_assessed_each_verdict_and_the_platforms() {
    let report = common::agency_report();
    let a = report.agency.as_ref().unwrap();
    let text = text(&part(&docx(&report, Kind::Report, Lang::ZhCn).unwrap(), "word/document.xml"));
    assert!(text.starts_with("党政机关业务系统上云评估报告\n"), "{text}");
    let unit = format!("单位名称：{}", common::UNIT);
    for expected in [
        unit.as_str(),
        "承办部门：信息中心",
        "联系人：李四 010-12345678",
        "评估日期：2026-11-30",
        "一、分类结论统计",
        "共评估 3 个业务系统。",
        "二、各业务系统的结论",
        "业务系统00000",
        "三、候选平台",
        "政务云 A",
        "四、报告摘要及其核验",
        "负责人（签字）：",
    ] {
        assert!(text.contains(expected), "{expected:?} in\n{text}");
    }
    let fits: usize = a.workloads.iter().map(|w| w.platform_fit.as_ref().map_or(0, Vec::len)).sum();
    assert!(fits > 0, "the fixture has fit gaps");
    let fit = a.workloads.iter().flat_map(|w| w.platform_fit.iter().flatten()).next().unwrap();
    let fit_text = selfcheck_core::agency::rule_texts(fit.code.code()).text.zh.as_str();
    assert!(text.contains(fit_text), "{fit_text}");
}

#[test]
fn in_english_every_word_is_english() {
    let provider = common::provider_report();
    let text = text(&part(&docx(&provider, Kind::Report, Lang::En).unwrap(), "word/document.xml"));
    assert!(text.starts_with("Cloud Computing Service Security Self-Check Report\n"), "{text}");
    for expected in ["1. Overall result", "Coverage: ", "Responsible person (signature):", "Unit (seal):"] {
        assert!(text.contains(expected), "{expected:?} in\n{text}");
    }
    let plan = text_of(&provider, Kind::Plan, Lang::En);
    assert!(plan.starts_with("Cloud Computing Service Security Remediation Plan\n"));
    let agency = text_of(&common::agency_report(), Kind::Report, Lang::En);
    assert!(agency.contains("Unit: "), "{agency}");
}

fn text_of(report: &selfcheck_core::report::Report, kind: Kind, lang: Lang) -> String {
    text(&part(&docx(report, kind, lang).unwrap(), "word/document.xml"))
}

#[test]
fn a_plan_of_an_agency_report_is_refused_with_a_reason() {
    let agency = common::agency_report();
    assert_eq!(agency.role, Role::Agency);
    let problem = docx(&agency, Kind::Plan, Lang::ZhCn).unwrap_err();
    assert_eq!(problem, DocxProblem::PlanOfAgency);
    assert!(problem.message(Lang::ZhCn).contains("整改计划"));
    assert!(problem.message(Lang::En).contains("remediation plan"));
    assert_eq!(Kind::from_code("plan"), Some(Kind::Plan));
    assert_eq!(Kind::from_code("memo"), None);
}
