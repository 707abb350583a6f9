//! A team's self-check, as a lead and three departments do it, offline: the lead assigns
//! owners and hands out three questionnaires; three browsers answer them; the lead
//! merges the three files back, resolving one conflict, and compares with the report
//! made before handing out.

use std::path::PathBuf;

use selfcheck_core::report::load_report;
use selfcheck_core::Status;
use serde_json::json;

use super::{assert_clean_console, assert_fits_360, assert_no_network, go, open_app};
use selfcheck_webdriver::{Browser, TempDir};

/// The three departments and the section of the focus catalog each answers.
const OWNERS: [(&str, &str); 3] = [("人力资源部", "M19-A3-02"), ("采购部", "M19-A3-03"), ("运维部", "M19-A3-04")];

fn status(browser: &Browser, item: &str) -> String {
    let value =
        browser.eval("return document.querySelector(arguments[0]).dataset.status;", json!([format!("#item-{item}")]));
    value.as_str().unwrap_or_default().to_string()
}

fn answer(browser: &Browser, item: &str, status_code: &str) {
    browser.click(&format!("#item-{item} [data-status='{status_code}']"));
    browser.wait_for(&format!("document.querySelector('#item-{item}').dataset.status === '{status_code}'"), item);
}

fn save(dir: &TempDir, name: &str, bytes: &[u8]) -> PathBuf {
    let path = dir.0.join(name);
    std::fs::write(&path, bytes).unwrap();
    path
}

#[test]
#[ignore = "needs dist/ and Chromium: run by `cargo xtask test`"]
fn a_lead_hands_out_three_questionnaires_and_merges_them_back() {
    let dir = TempDir::new("team");
    let lead = Browser::start();
    open_app(&lead, "#/provider");
    lead.type_into("#answerer", "合规部 王工");
    answer(&lead, "M19-A3-04-Q1", "not_met");

    // The report before anything is handed out, to compare with at the end.
    go(&lead, "#/report");
    lead.click("#download-provider");
    let (_, earlier) = lead.downloaded_starting("cloud-selfcheck-provider-");
    let earlier = save(&dir, "earlier.json", &earlier);
    std::fs::remove_dir_all(lead.download_dir()).unwrap();
    std::fs::create_dir_all(lead.download_dir()).unwrap();
    go(&lead, "#/provider");

    // Each section goes to its department, through the search and "give the shown items".
    for (owner, section) in OWNERS {
        lead.clear("#item-search");
        lead.type_into("#item-search", section);
        lead.wait_for(&format!("document.querySelectorAll('.checklist .item').length > 0 && [...document.querySelectorAll('.checklist .item')].every(e => e.dataset.itemId.startsWith('{section}'))"), section);
        lead.clear("#assignee");
        lead.type_into("#assignee", owner);
        lead.click("#assign-shown");
        lead.wait_for(&format!("!!document.querySelector('#team tr[data-owner=\"{owner}\"]')"), owner);
    }
    assert_eq!(lead.count("#team tbody tr"), 3);
    assert_fits_360(&lead, "the team's owners");
    lead.click("#hand-out-all");
    let mut questionnaires = Vec::new();
    for (owner, _) in OWNERS {
        let (name, bytes) = lead.downloaded_starting(&format!("cloud-selfcheck-questionnaire-{owner}-"));
        questionnaires.push(save(&dir, &name, &bytes));
    }

    // Three departments, three browsers: each sees only its own items and answers them.
    let mut returned = Vec::new();
    for (n, ((owner, section), file)) in OWNERS.iter().zip(&questionnaires).enumerate() {
        let respondent = Browser::start();
        open_app(&respondent, "#/report");
        respondent.choose_file("#report-file", file);
        respondent.wait_for("!!document.querySelector('#report-loaded')", "the questionnaire loaded");
        go(&respondent, "#/provider");
        respondent.wait_for("!!document.querySelector('#questionnaire-banner')", "respondent mode");
        assert!(respondent.text("#questionnaire-banner").contains(owner));
        assert!(respondent.text("#questionnaire-banner").contains("合规部 王工"), "who handed it out");
        assert!(respondent.text("#questionnaire-instructions").contains("逐项作答"), "the standard instructions");
        let ids: Vec<String> = respondent
            .eval("return [...document.querySelectorAll('.checklist .item')].map(e => e.dataset.itemId);", json!([]))
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v.as_str().unwrap().to_string())
            .collect();
        assert!(!ids.is_empty() && ids.iter().all(|id| id.starts_with(section)), "{owner}: {ids:?}");
        assert_eq!(respondent.count(".catalog-tab"), 1, "only the catalog with its items");
        assert_eq!(respondent.count("#catalog-file"), 0, "no catalog loading in a questionnaire");
        assert_eq!(
            respondent.eval("return document.querySelector('.profile-fields').disabled;", json!([])),
            json!(true),
            "the profile is read-only"
        );
        answer(&respondent, &format!("{section}-Q1"), "met");
        if n == 0 {
            answer(&respondent, &format!("{section}-Q2"), "partial");
        }
        respondent.click("#download-return");
        let (name, bytes) = respondent.downloaded_starting("cloud-selfcheck-answered-");
        assert!(name.contains(owner), "{name}");
        returned.push(save(&dir, &name, &bytes));
        assert_no_network(&respondent);
        assert_clean_console(&respondent);
    }

    // The lead merges the three files at once: one conflict (the lead had answered Q1 of
    // operations' section), resolved by taking operations' answer.
    go(&lead, "#/report");
    let paths: Vec<String> = returned.iter().map(|p| p.display().to_string()).collect();
    lead.type_into("#merge-file", &paths.join("\n"));
    lead.wait_for("!!document.querySelector('#merge-summary')", "the merge planned");
    assert_eq!(lead.count("#merge-files li.taken"), 3);
    assert!(lead.text("#merge-files").contains("运维部 的问卷") || lead.text("#merge-files").contains("运维部"));
    assert_eq!(lead.count("#merge-conflicts .conflict"), 1);
    assert!(lead.text(".conflict").contains("M19-A3-04-Q1"));
    assert!(lead.text(".conflict").contains("合规部 王工"), "each side with who answered");
    lead.wait_for("document.querySelector('#merge-apply').disabled", "apply waits for the choice");
    lead.click(".conflict input[data-side='2']");
    lead.wait_for("!document.querySelector('#merge-apply').disabled", "the conflict decided");
    lead.click("#merge-apply");
    lead.wait_for("!!document.querySelector('#merge-done')", "merged");

    go(&lead, "#/provider");
    lead.clear("#item-search");
    lead.wait_for(
        "!!document.querySelector('#item-M19-A3-02-Q2') && !!document.querySelector('#item-M19-A3-04-Q1')",
        "every item again",
    );
    assert_eq!(status(&lead, "M19-A3-04-Q1"), "met", "operations' answer, chosen");
    assert_eq!(status(&lead, "M19-A3-02-Q2"), "partial");
    assert!(lead.text("#item-M19-A3-04-Q1 .item-history").contains("1"), "the lead's own answer, kept");
    assert!(lead.text("#item-M19-A3-04-Q1 .answered").contains("运维部"), "who answered travels with it");

    // Compared with the report from before: the progress since.
    go(&lead, "#/report");
    lead.choose_file("#compare-file", &earlier);
    lead.wait_for("!!document.querySelector('#compare-result')", "the comparison");
    let count = |kind: &str| lead.text(&format!("#compare-counts [data-count='{kind}']"));
    assert!(count("improved").ends_with(": 1"), "{}", count("improved"));
    assert!(count("answered").ends_with(": 3"), "{}", count("answered"));
    assert!(count("gap_closed").ends_with(": 1"), "{}", count("gap_closed"));
    assert_eq!(lead.count("#compare-items tbody tr"), 4);
    lead.click("#compare-csv");
    let (_, csv) = lead.downloaded_starting("cloud-selfcheck-comparison-");
    let csv = String::from_utf8(csv).unwrap();
    assert!(csv.contains("M19-A3-04-Q1") && csv.contains("改善"), "{csv}");

    // The merged work as a report: every answer, the history, consistent figures.
    lead.click("#download-provider");
    let (_, bytes) = lead.downloaded_starting("cloud-selfcheck-provider-");
    let report = load_report(&bytes).expect("a valid report").report;
    assert_eq!(report.rebuilt().unwrap(), report);
    let provider = report.provider.unwrap();
    assert_eq!(provider.work.answers["M19-A3-03-Q1"].status(), Some(Status::Met));
    assert_eq!(provider.work.history["M19-A3-04-Q1"][0].value.status(), Some(Status::NotMet));
    assert_no_network(&lead);
    assert_clean_console(&lead);
}

#[test]
#[ignore = "needs dist/ and Chromium: run by `cargo xtask test`"]
fn a_section_is_given_to_an_owner_picked_where_it_is_assigned() {
    let lead = Browser::start();
    open_app(&lead, "#/provider");
    let section = |n: usize| format!(".checklist-section:nth-of-type({n})");
    let id = |n: usize| {
        let value = lead.eval("return document.querySelector(arguments[0]).dataset.section;", json!([section(n)]));
        value.as_str().unwrap().to_string()
    };
    let (first, second) = (id(1), id(2));

    // The button opens a picker; with nobody named yet, a new owner is typed there.
    lead.click(&format!("[data-assign-section='{first}']"));
    lead.wait_for(&format!("!!document.querySelector('[data-picker-for=\"{first}\"]')"), "the owner picker");
    lead.type_into(&format!("#new-owner-{first}"), "运维部");
    lead.click(&format!("[data-picker-for=\"{first}\"] .owner-new"));
    // Said where it was done, the picker closed, and each card shows its owner.
    lead.wait_for(&format!("!!document.querySelector('{} .assign-done')", section(1)), "the confirmation");
    assert!(lead.text(&format!("{} .assign-done", section(1))).contains("分配给 运维部"));
    assert_eq!(lead.count(&format!("[data-picker-for=\"{first}\"]")), 0);
    let cards = lead.count(&format!("{} .item", section(1)));
    assert_eq!(lead.count(&format!("{} .item .tag-owner", section(1))), cards);
    assert!(lead.text(&format!("{} .item .tag-owner", section(1))).contains("运维部"));

    // The next section's picker offers the owner already named: one click.
    lead.click(&format!("[data-assign-section='{second}']"));
    lead.wait_for(
        &format!("!!document.querySelector('[data-picker-for=\"{second}\"] [data-owner=\"运维部\"]')"),
        "the named owner offered",
    );
    lead.click(&format!("[data-picker-for=\"{second}\"] [data-owner=\"运维部\"]"));
    lead.wait_for(&format!("!!document.querySelector('{} .assign-done')", section(2)), "the second confirmation");
    assert_eq!(lead.count(&format!("{} .assign-done", section(1))), 0, "only the last is said");
    assert!(lead.text("#team").contains("运维部"));
    assert_no_network(&lead);
    assert_clean_console(&lead);
}
