//! Any bytes offered to a merge (a returned questionnaire, a colleague's report, a
//! window's saved work): read, checked, planned against a full self-check and an
//! inventory, and applied. Nothing may
//! panic, and nothing the work held may be lost.
#![no_main]

use selfcheck_core::{ProviderWork};
use libfuzzer_sys::fuzz_target;
use selfcheck_core::catalog::Index;
use selfcheck_core::fixtures::{agency_work, provider_work};
use selfcheck_core::report::{provider_catalogs, Role};
use selfcheck_core::team::incoming::{read_offered, Incoming, Offered};
use selfcheck_core::team::{agency, provider};
use selfcheck_core::Timestamp;

fuzz_target!(|data: &[u8]| {
    let work = provider_work();
    let catalogs = provider_catalogs(&work.catalogs);
    let index = Index::new(&catalogs);
    let at = Timestamp::parse("2026-12-02T08:00:00Z").expect("a time");
    // As the app offers a JSON file: a report, or a window's saved work.
    let offered = Offered::Json { bytes: data.to_vec(), modified: at.clone() };
    let Ok(files) = read_offered("fuzz.json", offered, &index) else { return };
    for file in files {
        merge_into_work(&file, &work, &at);
    }
});

fn merge_into_work(file: &Incoming, work: &ProviderWork, at: &Timestamp) {
    match file.report.role {
        Role::Provider => {
            let Some(other) = file.report.provider.as_ref() else { return };
            let plan = provider::plan_merge(work, &[other]);
            let merged = provider::apply_merge(work, plan, |c| Some(c.candidates.len() - 1), &["fuzz.json"], at);
            for id in work.answers.keys() {
                assert!(merged.answers.contains_key(id), "an answer of the work was lost");
            }
        }
        Role::Agency => {
            let Some(other) = file.report.agency.as_ref() else { return };
            let inventory = agency_work(20);
            let plan = agency::plan_merge(&inventory, &[other]);
            let merged = agency::apply_merge(&inventory, plan, |_| Some(0), |_| Some(0), &["fuzz.json"], at);
            assert!(merged.workloads.len() >= inventory.workloads.len(), "a workload of the work was lost");
        }
    }
}
