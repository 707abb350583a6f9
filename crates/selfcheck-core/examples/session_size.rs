//! How large the autosaved session is at the design load (10,000 workloads).
fn main() {
    let agency = selfcheck_core::fixtures::agency_work(10_000);
    let mut none = agency.clone();
    for w in none.workloads_mut() {
        w.obligations.clear();
    }
    for (label, agency) in [("every obligation answered", agency), ("no obligation answered", none)] {
        let session = selfcheck_core::session::Session::new(selfcheck_core::fixtures::provider_work(), agency);
        let json = session.to_json();
        println!("{label}: {} chars", json.chars().count());
    }
}
