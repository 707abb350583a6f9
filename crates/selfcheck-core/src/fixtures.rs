//! Generated inputs at the design load, shared by the native bench and `cargo xtask bench`.

use crate::date::Date;
use crate::work::{AgencyWork, ProviderWork};

use crate::agency::Workload;
use crate::catalog::csv_import::CatalogHeader;
use crate::catalog::loaded;
use crate::catalog::{builtin, Audience};
use crate::evidence::EvidenceFile;

use crate::session::Session;
use crate::{Answer, Status};

/// `count` workloads of every kind, each with every obligation answered (the worst case).
pub fn agency_work(count: usize) -> AgencyWork {
    let obligations: Vec<String> =
        builtin().items().filter(|r| r.catalog.audience == Audience::Agency).map(|r| r.item.id.clone()).collect();
    let workloads = (0..count)
        .map(|i| Workload {
            name: format!("业务系统{i:05}"),
            description: "bench".into(),
            state_secret: i % 50 == 0,
            mlps_level: Some((i % 5) as u8 + 1).filter(|_| i % 7 != 0),
            sensitive_data: i % 3 == 0,
            key_business: i % 4 == 0,
            platform: Some("政务云 A".into()),
            migration_date: Date::from_ymd(2027, 1, 1),
            obligations: obligations.iter().map(|id| (id.clone(), Answer::with_status(Status::Met))).collect(),
            ..Workload::default()
        })
        .collect();
    AgencyWork { workloads: std::rc::Rc::new(workloads), ..AgencyWork::default() }
}

/// Every provider item answered.
pub fn provider_work() -> ProviderWork {
    let mut inputs = ProviderWork::default();
    for (n, r) in builtin().items().filter(|r| r.catalog.audience == Audience::Provider).enumerate() {
        inputs
            .answers_mut()
            .insert(r.item.id.clone(), Answer::with_status([Status::Met, Status::Partial, Status::NotMet][n % 3]));
    }
    inputs
}

/// A team's checklist sheet of `count` items (CSV, Chinese headers), in sections of 50.
pub fn catalog_csv(count: usize) -> String {
    catalog_csv_mapped(count, 0)
}

/// The same sheet with a `对应项` column: every `every`-th item (none when 0) related to a
/// built-in item in turn, equal to one of a group of equal items or overlapping another.
pub fn catalog_csv_mapped(count: usize, every: usize) -> String {
    const TARGETS: [&str; 4] =
        ["M19-A3-07-Q2=equal", "G31168-SC-Q3=intersect", "M19-A3-07-Q3=equal", "G22239C-NW-Q2=superset"];
    let mut rows = vec![vec![
        "章节".to_string(),
        "编号".into(),
        "标题".into(),
        "检查内容".into(),
        "依据".into(),
        "权重".into(),
        "红线".into(),
        "证据".into(),
    ]];
    for i in 0..count {
        rows.push(vec![
            format!("第 {} 部分", i / 50 + 1),
            format!("{}.{}", i / 50 + 1, i % 50 + 1),
            format!("检查项 {i}"),
            format!("是否已落实第 {i} 项控制措施，并保留记录？"),
            "单位制度".into(),
            ((i % 5) + 1).to_string(),
            if i % 97 == 0 { "是" } else { "否" }.into(),
            "制度文件与记录".into(),
        ]);
        if every > 0 {
            let cell = if i % every == 0 { TARGETS[(i / every) % TARGETS.len()] } else { "" };
            rows.last_mut().expect("just pushed").push(cell.into());
        }
    }
    if every > 0 {
        rows[0].push("对应项".into());
    }
    let table: Vec<Vec<&str>> = rows.iter().map(|r| r.iter().map(String::as_str).collect()).collect();
    crate::csv::write_file(&table)
}

/// A full provider self-check (`provider_work`) with its items given to `count` owners
/// in turn, and each owner's questionnaire as returned: every item answered, one in
/// three differently from the lead (a conflict each).
pub fn returned_questionnaires(count: usize) -> (ProviderWork, Vec<ProviderWork>) {
    use crate::team::{owners, questionnaire};
    let mut lead = provider_work();
    let ids: Vec<String> = lead.answers.keys().cloned().collect();
    let owner = |n: usize| format!("部门{:02}", n % count);
    for (n, id) in ids.iter().enumerate() {
        owners::assign(lead.answers_mut(), [id.as_str()], &owner(n));
    }
    let issued = crate::Timestamp::parse("2026-12-01T09:00:00+08:00").expect("a timestamp");
    let answered = crate::Timestamp::parse("2026-12-02T10:00:00+08:00").expect("a timestamp");
    let returned = (0..count)
        .filter_map(|n| {
            let mut q = questionnaire::hand_out(&lead, &owner(n), "合规部", issued.clone())?;
            for (i, answer) in q.answers_mut().values_mut().enumerate() {
                let status = if i % 3 == 0 { Status::Met } else { answer.status().unwrap_or(Status::Met) };
                answer.set_status(Some(status));
                answer.stamp(&owner(n), answered.clone(), None);
            }
            Some(q)
        })
        .collect();
    (lead, returned)
}

/// The largest session the design expects, for the autosave: a loaded 5,000-item
/// catalog with every item answered and two evidence files each, and
/// `agency_work(10_000)`.
pub fn large_session() -> Session {
    let sections = loaded::read_csv(catalog_csv(5_000).as_bytes()).expect("the generated sheet reads");
    let date = Date::from_ymd(2026, 12, 1).expect("a date");
    let head = CatalogHeader { id: "team-5000".into(), title: "五千项自查表".into(), version: "1".into(), date };
    let catalog = loaded::from_sections(&head, sections).expect("the generated catalog passes the checks");
    let mut provider = ProviderWork::default();
    let items = catalog.sections.iter().flat_map(|s| &s.items);
    for (n, item) in items.enumerate() {
        let file = |k: usize| EvidenceFile {
            name: format!("证据-{n:04}-{k}.pdf"),
            size: (n * 1000 + k) as u64,
            modified: None,
            sha256: format!("{:064x}", n * 2 + k),
            sm3: format!("{:064x}", n * 2 + k + 1),
        };
        let answer = Answer::with_status(Status::Met).with_details(|d| d.evidence_files = vec![file(0), file(1)]);
        provider.answers_mut().insert(item.id.clone(), answer);
    }
    provider.catalogs_mut().push(catalog);
    Session::new(provider, agency_work(10_000))
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_large_session_is_a_valid_session() {
        let text = super::large_session().to_json();
        let read = crate::session::Session::from_json(&text).expect("it reads back");
        assert_eq!((read.provider.answers.len(), read.agency.workloads.len()), (5_000, 10_000));
        eprintln!("large session: {} bytes", text.len());
    }
}
