//! Answer once (#28), driven like a user from the single file: an answer to one of a
//! group of equal items carried to the others (said where it came from, a click away);
//! two equal items answered differently listed in the consistency panel, the printout
//! and the JSON report; a status proposed across a subset or overlap and confirmed by a
//! person; a loaded sheet's `对应项` column tying its items to the built-in groups both
//! ways, and a bad cell refused where it is.
//!
//! The built-in group used throughout (catalogs/crosswalk.json): operations run from
//! inside China, asked by M19-A3-07-Q2 (focus areas), O14-G-Q3 (2014 Opinion) and
//! G22239C-OM-Q1 (GB/T 22239 cloud extension).

use selfcheck_core::report::load_report;
use serde_json::{json, Value};

use super::evidence::print_to_pdf;
use super::{assert_clean, go, open_app};
use selfcheck_webdriver::{Browser, TempDir};

const MEASURES: &str = "measures-2019-focus";
const OPINION: &str = "opinion-2014-platform";
const GBT22239: &str = "gbt22239-2019-cloud";

/// The equal group: operations run from inside China.
const M19: &str = "M19-A3-07-Q2";
const O14: &str = "O14-G-Q3";
const OM: &str = "G22239C-OM-Q1";

/// An item id as the card's DOM id writes it (as `checklist_item::dom_key` does).
fn dom_key(id: &str) -> String {
    id.chars()
        .map(|c| if c.is_ascii_alphanumeric() || c == '-' { c.to_string() } else { format!("_{:x}", u32::from(c)) })
        .collect()
}

fn card(id: &str) -> String {
    format!("#item-{}", dom_key(id))
}

/// Opens a card's related items (`card` is the card's selector): they are drawn once opened.
fn open_related(browser: &Browser, card: &str) {
    browser.click(&format!("{card} details.item-related summary"));
    browser.wait_for(
        &format!("!!document.querySelector(\"{card} details.item-related li\")"),
        "the related items drawn once opened",
    );
}

/// The JS expression reading an attribute of the first match, or null.
fn js_attr(css: &str, attr: &str) -> String {
    format!("document.querySelector({})?.getAttribute('{attr}')", json!(css))
}

fn status(browser: &Browser, id: &str) -> String {
    let value = browser.eval(&format!("return {};", js_attr(&card(id), "data-status")), json!([]));
    value.as_str().unwrap_or_default().to_string()
}

/// Shows a catalog's checklist by its tab, as a person picks it.
fn tab(browser: &Browser, catalog: &str, some_item: &str) {
    browser.click(&format!(".catalog-tab[data-catalog='{catalog}']"));
    browser.wait_for(&format!("!!document.querySelector({})", json!(card(some_item))), catalog);
}

fn wait_status(browser: &Browser, id: &str, status: &str) {
    browser.wait_for(&format!("{} === '{status}'", js_attr(&card(id), "data-status")), &format!("{id} {status}"));
}

/// One click on a status button of a card.
fn answer(browser: &Browser, id: &str, status: &str) {
    browser.click(&format!("{} .status-picker [data-status='{status}']", card(id)));
    wait_status(browser, id, status);
}

/// The item a carried card says its answer came from (None: not carried).
fn carried_from(browser: &Browser, id: &str) -> Option<String> {
    let from =
        browser.eval(&format!("return {};", js_attr(&format!("{} p.carried-from", card(id)), "data-from")), json!([]));
    from.as_str().map(String::from)
}

/// After a click that should show `id`: its catalog's tab pressed and its card focused.
fn wait_shown(browser: &Browser, catalog: &str, id: &str) {
    browser.wait_for(
        &format!(
            "{} === 'true' && document.activeElement?.id === 'item-{}'",
            js_attr(&format!(".catalog-tab[data-catalog='{catalog}']"), "aria-pressed"),
            dom_key(id)
        ),
        &format!("{id} shown in {catalog} and focused"),
    );
}

/// The consistency panel as (kind, [(item, status)] of each side), each pair sorted.
fn contradictions(browser: &Browser) -> Vec<(String, Vec<(String, String)>)> {
    let listed = browser.eval(
        "return [...document.querySelectorAll('#consistency li.contradiction')].map(li => [li.dataset.kind,
             [...li.querySelectorAll('.consistency-side')].map(s => [s.dataset.item, s.dataset.status])]);",
        json!([]),
    );
    serde_json::from_value::<Vec<(String, Vec<(String, String)>)>>(listed)
        .unwrap()
        .into_iter()
        .map(|(kind, mut sides)| {
            sides.sort();
            (kind, sides)
        })
        .collect()
}

fn pair(a: (&str, &str), b: (&str, &str)) -> Vec<(String, String)> {
    let mut sides = vec![(a.0.to_string(), a.1.to_string()), (b.0.to_string(), b.1.to_string())];
    sides.sort();
    sides
}

fn wait_no_contradiction(browser: &Browser) {
    browser.wait_for("!!document.querySelector('#consistency .consistency-none')", "the panel saying none");
    assert_eq!(browser.count("#consistency li.contradiction"), 0);
}

fn set_answerer(browser: &Browser, name: &str) {
    browser.clear("#answerer");
    browser.type_into("#answerer", name);
    browser.wait_for(&format!("document.querySelector('#answerer').value === {}", json!(name)), "the answerer");
}

/// Downloads the provider report from the report view: (the parsed JSON, its bytes).
fn download_report(browser: &Browser) -> (Value, Vec<u8>) {
    browser.click("#download-provider");
    let (name, bytes) = browser.downloaded_starting("cloud-selfcheck-provider-");
    std::fs::remove_file(browser.download_dir().join(&name)).unwrap(); // room for the next one
    let loaded = load_report(&bytes).expect("a valid report");
    assert!(loaded.warnings.is_empty(), "{:?}", loaded.warnings);
    assert_eq!(loaded.report.rebuilt().unwrap(), loaded.report, "every derived part follows from the answers");
    (serde_json::from_slice(&bytes).unwrap(), bytes)
}

#[test]
#[ignore = "needs dist/, Chromium and pdftotext: run by `cargo xtask test`"]
fn one_answer_stands_for_its_equal_items_and_a_contradiction_is_listed_printed_and_reported() {
    let browser = Browser::start();
    answer_once_then_contradict(&browser);

    // The printout as Chromium prints it: the consistency section with both answers.
    let dir = TempDir::new("answer-once-print");
    let (text, _) = print_to_pdf(&browser, &dir.0.join("report.pdf"));
    let flat: String = text.split_whitespace().collect();
    let at = flat.find("答复一致性").unwrap_or_else(|| panic!("no consistency section printed:\n{text}"));
    let section = &flat[at..];
    let listed =
        &section[section.find("等同项答复不同").unwrap_or_else(|| panic!("no contradiction printed:\n{text}"))..];
    let listed: String = listed.chars().take(200).collect();
    for id in [OM, M19] {
        assert!(listed.contains(id), "the printed contradiction names {id}: {listed}");
    }
    assert!(listed.contains('≠') && listed.contains("：未达标") && listed.contains("：达标"), "{listed}");
    assert_clean(&browser);
}

#[test]
#[ignore = "needs dist/ and Firefox: run by `cargo xtask test`"]
fn firefox_one_answer_stands_for_its_equal_items_and_a_contradiction_is_listed_and_reported() {
    let browser = Browser::firefox();
    answer_once_then_contradict(&browser);
    assert_clean(&browser);
}

/// Answer once, then contradict it (shared with Firefox): one answer carried to its equal
/// items, each a click from its source; a different answer to one of them listed as a
/// contradiction in the panel (a click to either side), the printout and the JSON report,
/// the strictest answer carried on.
pub(crate) fn answer_once_then_contradict(browser: &Browser) {
    open_app(browser, "#/provider");
    browser.wait_for("!!document.querySelector('#consistency')", "the consistency panel, after first paint");
    wait_no_contradiction(browser);

    // 1. One answer, three items.
    set_answerer(browser, "运维部 张三");
    tab(browser, MEASURES, M19);
    answer(browser, M19, "met");
    assert_eq!(carried_from(browser, M19), None, "the answer given here is not carried");
    // The card lists its related items: the two equal ones, carried, and the wider item of
    // GB/T 31168 it is part of.
    browser.click(&format!("{} details.item-related summary", card(M19)));
    browser.wait_for(
        &format!("!!document.querySelector(\"{} details.item-related li\")", card(M19)),
        "the related items drawn once opened",
    );
    let related = browser.eval(
        "return [...document.querySelectorAll(arguments[0] + ' details.item-related li')]
             .map(li => [li.dataset.related, li.dataset.relation]).sort();",
        json!([card(M19)]),
    );
    assert_eq!(related, json!([[OM, "equal"], ["G31168-MA-Q2", "subset"], [O14, "equal"]]));
    browser.wait_for(
        &format!(
            "document.querySelector({}).textContent.includes('（带入）')",
            json!(format!("{} li[data-related='{O14}'] .related-status", card(M19)))
        ),
        "the equal item's answer shown as carried",
    );

    // Its related item, a click away: the 2014 Opinion's tab, the card focused, met, carried.
    browser.click(&format!("{} li[data-related='{O14}'] button.show-related[data-item='{O14}']", card(M19)));
    wait_shown(browser, OPINION, O14);
    assert_eq!(status(browser, O14), "met");
    assert_eq!(carried_from(browser, O14).as_deref(), Some(M19));
    let note = browser.text(&format!("{} p.carried-from", card(O14)));
    assert!(note.contains(M19) && note.contains("重点内容自查"), "names the source and its catalog: {note}");
    assert!(browser.text(&format!("{} .answered", card(O14))).contains("运维部 张三"), "who answered travels with it");
    assert_eq!(
        browser.eval(
            &format!("return {};", js_attr(&format!("{} [data-status='met']", card(O14)), "aria-pressed")),
            json!([])
        ),
        json!("true"),
        "the carried status shows as chosen"
    );
    // And back to the source from the carried note.
    browser.click(&format!("{} p.carried-from button.show-related[data-item='{M19}']", card(O14)));
    wait_shown(browser, MEASURES, M19);

    tab(browser, GBT22239, OM);
    assert_eq!(status(browser, OM), "met");
    assert_eq!(carried_from(browser, OM).as_deref(), Some(M19));
    wait_no_contradiction(browser);
    assert!(browser.text("#consistency").contains("未发现矛盾"), "{}", browser.text("#consistency"));

    // 2. Another answer to an equal item: a contradiction.
    set_answerer(browser, "测评组 李四");
    answer(browser, OM, "not_met");
    assert_eq!(carried_from(browser, OM), None, "answered here now");
    browser.wait_for("document.querySelectorAll('#consistency li.contradiction').length > 0", "the contradiction");
    assert_eq!(
        contradictions(browser),
        [("equal_differs".to_string(), pair((M19, "met"), (OM, "not_met")))],
        "one contradiction: both items, both statuses"
    );
    let panel = browser.text("#consistency");
    for said in ["等同项答复不同", "1 处", "运维部 张三", "测评组 李四", "：达标", "：未达标"]
    {
        assert!(panel.contains(said), "the panel says {said}: {panel}");
    }
    // The third item carries the strictest given answer now: not met, from G22239C-OM-Q1.
    tab(browser, OPINION, O14);
    assert_eq!(status(browser, O14), "not_met", "the strictest answer is carried");
    assert_eq!(carried_from(browser, O14).as_deref(), Some(OM));
    assert!(browser.text(&format!("{} .answered", card(O14))).contains("测评组 李四"));
    // In the gap list too, the carried gap says where its answer came from.
    let gap = browser.text(&format!(".gap-list .gap[data-item-id='{O14}'] .carried-note"));
    assert!(gap.contains(OM), "{gap}");
    assert_eq!(browser.count(&format!(".gap-list .gap[data-item-id='{OM}'] .carried-note")), 0, "answered itself");

    // A click from the panel to either side: its catalog shown, its card focused.
    browser.click(&format!("#consistency .consistency-side[data-item='{OM}'] button.show-related"));
    wait_shown(browser, GBT22239, OM);
    browser.click(&format!("#consistency .consistency-side[data-item='{M19}'] button.show-related"));
    wait_shown(browser, MEASURES, M19);
    assert_eq!(status(browser, M19), "met", "the other answer stands as given");

    // The printable report lists it, and the carried gap says where it came from.
    go(browser, "#/report");
    browser.wait_for("!!document.querySelector('#preview-consistency')", "the printout's consistency section");
    assert_eq!(browser.count("#preview-consistency li.contradiction"), 1);
    let printed = browser.text("#preview-consistency li.contradiction");
    for said in [M19, OM, "≠", "：达标", "：未达标", "运维部 张三", "测评组 李四"] {
        assert!(printed.contains(said), "the printout's contradiction says {said}: {printed}");
    }
    let carried_gap = browser.text(&format!("#preview-gaps tr[data-item-id='{O14}'] p.gap-carried"));
    assert!(carried_gap.contains(OM), "{carried_gap}");
    assert_eq!(browser.count(&format!("#preview-gaps tr[data-item-id='{OM}'] p.gap-carried")), 0, "answered itself");

    // The JSON report: format 10, the carried answer and gap, the consistency section.
    let (report, _) = download_report(browser);
    assert_eq!(report["format_version"], 10);
    let answers = &report["provider"]["answers"];
    assert_eq!(answers[O14]["status"], "not_met", "{answers}");
    assert_eq!(answers[O14]["carried_from"], OM);
    assert_eq!(answers[O14]["answered_by"], "测评组 李四");
    for given in [M19, OM] {
        assert!(answers[given].get("carried_from").is_none(), "{given} was answered itself: {}", answers[given]);
    }
    assert_eq!(answers[M19]["status"], "met");
    assert_eq!(answers[OM]["status"], "not_met");
    let gaps = report["provider"]["gaps"].as_array().unwrap();
    let gap = gaps.iter().find(|g| g["item_id"] == O14).expect("the carried not-met is a gap");
    assert_eq!(gap["carried_from"], OM);
    let consistency = report["provider"]["consistency"].as_array().expect("a consistency section");
    assert_eq!(consistency.len(), 1, "{consistency:?}");
    let c = &consistency[0];
    assert_eq!(c["kind"], "equal_differs");
    let mut sides: Vec<(String, String, String)> = ["first", "second"]
        .iter()
        .map(|side| {
            let side = &c[side];
            let s = |k: &str| side[k].as_str().unwrap_or_default().to_string();
            (s("item"), s("status"), s("answered_by"))
        })
        .collect();
    sides.sort();
    assert_eq!(
        sides,
        [
            (OM.to_string(), "not_met".to_string(), "测评组 李四".to_string()),
            (M19.to_string(), "met".to_string(), "运维部 张三".to_string())
        ]
    );
}

#[test]
#[ignore = "needs dist/ and Chromium: run by `cargo xtask test`"]
fn a_status_proposed_across_a_subset_or_an_overlap_counts_once_confirmed() {
    let browser = Browser::start();
    open_app(&browser, "#/provider");
    browser.wait_for("!!document.querySelector('#consistency')", "the consistency panel");
    tab(&browser, MEASURES, "M19-A3-07-Q1");
    // M19-A3-07-Q1 (infrastructure and customer data in China) contains G22239C-PH-Q1
    // (infrastructure in China) and overlaps O14-G-Q4: met there proposes met for the part
    // and only partially met for the overlap, never more.
    answer(&browser, "M19-A3-07-Q1", "met");

    tab(&browser, GBT22239, "G22239C-PH-Q1");
    let subset = card("G22239C-PH-Q1");
    assert_eq!(status(&browser, "G22239C-PH-Q1"), "none", "proposed, not answered");
    assert_eq!(carried_from(&browser, "G22239C-PH-Q1"), None, "not equal: nothing carried");
    browser.wait_for(&format!("{} === 'met'", js_attr(&format!("{subset} p.proposal"), "data-proposed")), "a proposal");
    let proposal = browser.text(&format!("{subset} p.proposal"));
    assert!(proposal.contains("M19-A3-07-Q1") && proposal.contains("须经确认"), "{proposal}");
    open_related(&browser, &subset);
    let relation = browser.eval(
        &format!("return {};", js_attr(&format!("{subset} li[data-related='M19-A3-07-Q1']"), "data-relation")),
        json!([]),
    );
    assert_eq!(relation, json!("subset"), "the card says it is part of the answered item");
    let before = browser.text("#unanswered-count");
    browser.click(&format!("{subset} button.confirm-proposal"));
    wait_status(&browser, "G22239C-PH-Q1", "met");
    browser.wait_for(&format!("!document.querySelector('{subset} p.proposal')"), "the proposal gone");
    assert_eq!(carried_from(&browser, "G22239C-PH-Q1"), None, "a person's answer, not a carried one");
    assert_ne!(browser.text("#unanswered-count"), before, "it counts once confirmed");

    tab(&browser, OPINION, "O14-G-Q4");
    let overlap = card("O14-G-Q4");
    browser.wait_for(
        &format!("{} === 'partial'", js_attr(&format!("{overlap} p.proposal"), "data-proposed")),
        "partially met proposed for the overlap",
    );
    open_related(&browser, &overlap);
    assert_eq!(
        browser.eval(
            &format!("return {};", js_attr(&format!("{overlap} li[data-related='M19-A3-07-Q1']"), "data-relation")),
            json!([])
        ),
        json!("intersect")
    );
    browser.click(&format!("{overlap} button.confirm-proposal"));
    wait_status(&browser, "O14-G-Q4", "partial");
    browser.wait_for(&format!("!document.querySelector('{overlap} p.proposal')"), "the proposal gone");

    // A part not met while the whole is met: the panel says so.
    tab(&browser, GBT22239, "G22239C-PH-Q2");
    answer(&browser, "G22239C-PH-Q2", "not_met");
    browser.wait_for("document.querySelectorAll('#consistency li.contradiction').length === 1", "the contradiction");
    assert_eq!(
        contradictions(&browser),
        [("superset_met".to_string(), pair(("M19-A3-07-Q1", "met"), ("G22239C-PH-Q2", "not_met")))]
    );

    // Choosing the carried status on a carried card confirms it: the carried note goes.
    tab(&browser, MEASURES, "M19-A3-07-Q3");
    answer(&browser, "M19-A3-07-Q3", "met");
    tab(&browser, OPINION, "O14-G-Q2");
    assert_eq!(carried_from(&browser, "O14-G-Q2").as_deref(), Some("M19-A3-07-Q3"));
    browser.click(&format!("{} .status-picker [data-status='met']", card("O14-G-Q2")));
    browser.wait_for(&format!("!document.querySelector('{} p.carried-from')", card("O14-G-Q2")), "confirmed");
    assert_eq!(status(&browser, "O14-G-Q2"), "met", "confirmed, not cleared");
    assert_eq!(browser.count("#consistency li.contradiction"), 1, "agreeing answers do not contradict");

    go(&browser, "#/report");
    let (report, _) = download_report(&browser);
    let answers = &report["provider"]["answers"];
    for (id, status) in [("G22239C-PH-Q1", "met"), ("O14-G-Q4", "partial"), ("O14-G-Q2", "met")] {
        let answer = &answers[id];
        let got = answer.get("status").unwrap_or(answer);
        assert_eq!(got, status, "{id}: {answer}");
        assert!(answer.get("carried_from").is_none(), "{id} is a person's answer: {answer}");
    }
    // The tenants' systems (G22239C-NW-Q1) are a part of every hosted system: proposed
    // met, never carried, so unanswered in the file.
    assert!(answers.get("G22239C-NW-Q1").is_none(), "{answers}");
    assert_eq!(report["provider"]["consistency"][0]["kind"], "superset_met");
    assert_clean(&browser);
}

const SHEET: &str = "team-map";

/// A sheet whose items say how they stand to built-in items (the `对应项` column).
fn sheet(rows: &[[&str; 5]]) -> String {
    let mut csv = String::from("\u{feff}章节,编号,标题,检查内容,对应项\n");
    for row in rows {
        csv.push_str(&row.iter().map(|c| format!("\"{c}\"")).collect::<Vec<_>>().join(","));
        csv.push('\n');
    }
    csv
}

#[test]
#[ignore = "needs dist/ and Chromium: run by `cargo xtask test`"]
fn a_loaded_sheet_maps_its_items_to_the_built_in_groups_and_a_bad_cell_is_refused_where_it_is() {
    let dir = TempDir::new("answer-once-sheet");
    let good = dir.0.join("team-map.csv");
    std::fs::write(
        &good,
        sheet(&[
            ["运维", "OPS-1", "境内运维", "运维操作是否全部在境内实施？", "M19-A3-07-Q2=equal"],
            ["网络", "NET-1", "网络在境内", "网络设施是否位于境内？", "M19-A3-07-Q3=equal"],
            ["其他", "X-1", "其他事项", "是否另有安排？", ""],
        ]),
    )
    .unwrap();
    let bad = dir.0.join("team-map-bad.csv");
    std::fs::write(
        &bad,
        sheet(&[
            ["运维", "OPS-1", "境内运维", "运维操作是否全部在境内实施？", "M19-A3-07-Q2=equal"],
            ["网络", "NET-1", "网络在境内", "网络设施是否位于境内？", "M19-A3-07-Q2=same"],
        ]),
    )
    .unwrap();
    let (ops, net, other) = (format!("{SHEET}:OPS-1"), format!("{SHEET}:NET-1"), format!("{SHEET}:X-1"));

    let browser = Browser::start();
    open_app(&browser, "#/provider");
    tab(&browser, MEASURES, "M19-A3-07-Q3");
    answer(&browser, "M19-A3-07-Q3", "met");

    browser.choose_file("#catalog-file", &good);
    browser.wait_for("!!document.querySelector('#catalog-naming')", "the naming form");
    browser.clear("#catalog-id");
    browser.type_into("#catalog-id", SHEET);
    browser.clear("#catalog-title");
    browser.type_into("#catalog-title", "团队对照表");
    browser.click("#catalog-import");
    browser.wait_for("!!document.querySelector('#catalog-loaded')", "the sheet loaded");
    browser.wait_for(
        &format!("{} === 'true'", js_attr(&format!(".catalog-tab[data-catalog='{SHEET}']"), "aria-pressed")),
        "its tab",
    );
    browser.wait_for(&format!("!!document.querySelector({})", json!(card(&net))), "its items");

    // Answered from the built-in answer as it loads: carried, from M19-A3-07-Q3.
    assert_eq!(status(&browser, &net), "met");
    assert_eq!(carried_from(&browser, &net).as_deref(), Some("M19-A3-07-Q3"));
    assert_eq!(status(&browser, &ops), "none", "its group is unanswered");
    assert_eq!(status(&browser, &other), "none");
    assert_eq!(browser.count(&format!("{} details.item-related", card(&other))), 0, "no relation, no list");
    open_related(&browser, &card(&ops));
    let relation = browser.eval(
        &format!("return {};", js_attr(&format!("{} li[data-related='{M19}']", card(&ops)), "data-relation")),
        json!([]),
    );
    assert_eq!(relation, json!("equal"), "the card lists the built-in item it maps to");

    // Answering the loaded item answers the built-in group.
    answer(&browser, &ops, "partial");
    tab(&browser, MEASURES, M19);
    assert_eq!(status(&browser, M19), "partial");
    assert_eq!(carried_from(&browser, M19).as_deref(), Some(ops.as_str()));
    tab(&browser, OPINION, O14);
    assert_eq!(status(&browser, O14), "partial");
    assert_eq!(carried_from(&browser, O14).as_deref(), Some(ops.as_str()));
    // Back to the sheet's item from the built-in card.
    browser.click(&format!("{} p.carried-from button.show-related", card(O14)));
    wait_shown(&browser, SHEET, &ops);
    wait_no_contradiction(&browser);

    // A cell that is not "id=relation": refused whole, located, nothing changed.
    browser.choose_file("#catalog-file", &bad);
    browser.wait_for("!!document.querySelector('#catalog-refused')", "the refusal");
    assert!(browser.text("#catalog-refused").contains("未导入"), "{}", browser.text("#catalog-refused"));
    assert_eq!(browser.count("#catalog-problems li"), 1, "{}", browser.text("#catalog-problems"));
    let problem = browser.text("#catalog-problems li");
    for said in ["第 3 行", "maps_to 列", "M19-A3-07-Q2=same", "编号=关系"] {
        assert!(problem.contains(said), "the message says {said}: {problem}");
    }
    assert_eq!(browser.count(".loaded-catalog"), 1, "still the one sheet");
    assert_eq!(status(&browser, &ops), "partial");
    assert_eq!(status(&browser, &net), "met");
    assert_eq!(carried_from(&browser, &net).as_deref(), Some("M19-A3-07-Q3"));
    tab(&browser, MEASURES, M19);
    assert_eq!(carried_from(&browser, M19).as_deref(), Some(ops.as_str()), "the built-in group as it was");

    go(&browser, "#/report");
    let (report, _) = download_report(&browser);
    let answers = &report["provider"]["answers"];
    assert_eq!(answers[M19]["carried_from"], ops.as_str(), "{answers}");
    assert_eq!(answers[&net]["carried_from"], "M19-A3-07-Q3");
    assert!(answers[&ops].get("carried_from").is_none(), "{}", answers[&ops]);
    assert!(report["provider"].get("consistency").is_none(), "no contradiction: the section is absent");
    assert_clean(&browser);
}

#[test]
#[ignore = "needs dist/ and Chromium: run by `cargo xtask test`"]
fn an_item_equal_only_through_its_group_is_listed_and_named_where_its_answer_came_from() {
    let browser = Browser::start();
    open_app(&browser, "#/provider");
    // O14-G-Q3 and G22239C-OM-Q1 are equal through M19-A3-07-Q2: the crosswalk states no
    // relation between the two directly (before 72b66d4 the carried note left the source's
    // catalog blank, "由等同项 G22239C-OM-Q1（）带入", and the card did not list it).
    tab(&browser, GBT22239, OM);
    answer(&browser, OM, "met");
    tab(&browser, OPINION, O14);
    assert_eq!(carried_from(&browser, O14).as_deref(), Some(OM));
    let note = browser.text(&format!("{} p.carried-from", card(O14)));
    assert!(!note.contains("（）"), "the source's catalog is left blank: {note}");
    assert!(note.contains("GB/T 22239-2019"), "the note names the source's catalog: {note}");
    // The card lists every equal item of its group, the one its answer came from among them.
    browser.click(&format!("{} details.item-related summary", card(O14)));
    browser.wait_for(
        &format!("!!document.querySelector(\"{} details.item-related li\")", card(O14)),
        "the related items drawn once opened",
    );
    let related = browser.eval(
        "return [...document.querySelectorAll(arguments[0] + ' details.item-related li')]
             .map(li => [li.dataset.related, li.dataset.relation]).sort();",
        json!([card(O14)]),
    );
    assert_eq!(related, json!([[OM, "equal"], [M19, "equal"]]));
    // Its button still leads to the source.
    browser.click(&format!("{} p.carried-from button.show-related[data-item='{OM}']", card(O14)));
    wait_shown(&browser, GBT22239, OM);
    assert_clean(&browser);
}
