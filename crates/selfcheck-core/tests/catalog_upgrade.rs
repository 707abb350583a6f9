//! Reports answered against the built-in catalogs as they were before the 2.0.0 audit
//! (format-5 fixtures written by that version's code) still load, and say what changed:
//! reworded items to review, removed ones listed, new ones unanswered.

use selfcheck_core::catalog::versions::{needs_review, pin, Upgrade};
use selfcheck_core::catalog::{builtin, Audience};
use selfcheck_core::messages::Describe;
use selfcheck_core::report::{load_inputs, load_report, LoadWarning};
use selfcheck_core::{Lang, Status};

const V5_PROVIDER: &str = include_str!("../../../tests/fixtures/report-v5-provider.json");
const V5_AGENCY: &str = include_str!("../../../tests/fixtures/report-v5-agency.json");

fn upgrades(warnings: &[LoadWarning]) -> Vec<Upgrade> {
    warnings
        .iter()
        .filter_map(|w| match w {
            LoadWarning::CatalogUpgraded(upgrade) => Some(upgrade.clone()),
            _ => None,
        })
        .collect()
}

#[test]
fn a_provider_report_of_the_earlier_catalogs_says_what_changed_and_keeps_every_answer() {
    let loaded = load_inputs(V5_PROVIDER.as_bytes()).unwrap();
    let upgrades = upgrades(&loaded.warnings);
    let provider_catalogs: Vec<_> = builtin().catalogs().iter().filter(|c| c.audience == Audience::Provider).collect();
    for catalog in &provider_catalogs {
        let upgrade = upgrades
            .iter()
            .find(|u| u.catalog == catalog.id)
            .unwrap_or_else(|| panic!("{}: no upgrade reported", catalog.id));
        assert_eq!((upgrade.from_version.as_str(), upgrade.to_version.as_str()), ("1.0.0", catalog.version.as_str()));
        assert!(!upgrade.is_empty(), "{}: the audit changed it", catalog.id);
        for id in &upgrade.added {
            assert!(
                catalog.sections.iter().flat_map(|s| &s.items).any(|i| &i.id == id),
                "{id} is new in {}",
                catalog.id
            );
        }
    }
    let file: serde_json::Value = serde_json::from_str(V5_PROVIDER).unwrap();
    let before = file["provider"]["answers"].as_object().unwrap();
    let mut answers = (*loaded.report.provider_work().unwrap().answers).clone();
    assert_eq!(answers.len(), before.len(), "no answer is dropped, to a removed item or not");
    for upgrade in &upgrades {
        let old = &loaded.report.catalogs.iter().find(|c| c.id == upgrade.catalog).unwrap().items;
        pin(&mut answers, upgrade, old);
        for id in &upgrade.removed {
            assert!(answers.contains_key(id), "{id}: an answer to a removed item is kept");
            assert!(builtin().item(id).is_none());
        }
        for id in &upgrade.added {
            assert!(!answers.contains_key(id), "{id}: a new item starts unanswered");
        }
    }
    // Every reworded item the fixture had answered is flagged for review, its answer kept.
    let reworded: Vec<&String> = upgrades.iter().flat_map(|u| &u.changed).collect();
    assert!(reworded.len() > 50, "the audit reworded most items: {}", reworded.len());
    for id in reworded {
        let item = builtin().item(id).unwrap().item;
        assert!(needs_review(&answers, item), "{id} is flagged for review");
        assert!(answers[id].status().is_some(), "{id} keeps its answer");
    }
    assert!(answers.values().any(|a| a.status() == Some(Status::NotApplicable)), "justifications kept too");
}

#[test]
fn the_upgrade_is_worded_for_people_in_both_languages() {
    let loaded = load_report(V5_PROVIDER.as_bytes()).unwrap();
    let upgrade = upgrades(&loaded.warnings).into_iter().find(|u| u.catalog == "convention-2023").unwrap();
    let warning = LoadWarning::CatalogUpgraded(upgrade.clone());
    let (zh, en) = (warning.message(Lang::ZhCn), warning.message(Lang::En));
    assert!(en.contains(&format!("{} items changed", upgrade.changed.len())), "{en}");
    assert!(zh.contains("convention-2023") || zh.contains("自律公约"), "{zh}");
    assert!(zh.contains(&upgrade.changed.len().to_string()), "{zh}");
}

#[test]
fn an_agency_report_of_the_earlier_catalog_keeps_each_workload_s_obligations() {
    let loaded = load_inputs(V5_AGENCY.as_bytes()).unwrap();
    let upgrade = upgrades(&loaded.warnings)
        .into_iter()
        .find(|u| u.catalog == "opinion-2014-agency")
        .expect("the agency catalog moved on");
    assert_eq!(upgrade.from_version, "1.0.0");
    assert!(!upgrade.added.is_empty(), "the audit added the §2(2), §3 and §6 items");
    let inputs = loaded.report.agency_work().unwrap();
    let answered = &inputs.workloads[0].obligations;
    assert_eq!(answered.len(), 15, "every obligation answer of the first workload is kept");
    for id in &upgrade.added {
        assert!(!answered.contains_key(id), "{id} starts unanswered");
    }
}

#[test]
fn a_report_of_the_earlier_catalogs_is_genuine_but_its_figures_are_not_recomputed() {
    let verified = selfcheck_core::report::verify::verify(V5_PROVIDER.as_bytes()).unwrap();
    assert!(verified.is_consistent(), "nothing held against it: {:?}", verified.findings);
    assert_eq!(verified.earlier_catalogs.len(), 7, "{:?}", verified.earlier_catalogs);
    // Edited after it was written, it is still caught.
    let edited = V5_PROVIDER.replacen("示例政务云", "另一个平台", 1);
    let verified = selfcheck_core::report::verify::verify(edited.as_bytes()).unwrap();
    assert!(verified.is_edited());
}
