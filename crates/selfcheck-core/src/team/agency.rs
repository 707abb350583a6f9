//! Merging agency files into the agency's work: workloads and platforms by name, the
//! same rule as answers (a workload's inputs and obligation answers are its content).

use super::history::record;
use super::merge::{plan, resolve, Conflict, Mergeable, Plan};
use crate::agency::{Platform, Workload};
use crate::work::AgencyWork;

use crate::timestamp::Timestamp;

impl Mergeable for Workload {
    fn is_blank(&self) -> bool {
        self.name.trim().is_empty()
    }

    fn same_as(&self, other: &Workload) -> bool {
        self == other
    }
}

impl Mergeable for Platform {
    fn is_blank(&self) -> bool {
        self.name.trim().is_empty()
    }

    fn same_as(&self, other: &Platform) -> bool {
        self == other
    }
}

/// What merging agency files would do.
#[derive(Clone, Debug, PartialEq)]
pub struct AgencyMerge {
    pub workloads: Plan<Workload>,
    pub platforms: Plan<Platform>,
}

fn by_name<T>(list: &[T], name: impl Fn(&T) -> &str) -> Vec<(&str, &T)> {
    list.iter().map(|v| (name(v), v)).collect()
}

/// Plans merging `files` (in order) into `work`.
pub fn plan_merge(work: &AgencyWork, files: &[&AgencyWork]) -> AgencyMerge {
    let workloads: Vec<_> = files.iter().map(|f| by_name(&f.workloads, |w| &w.name)).collect();
    let platforms: Vec<_> = files.iter().map(|f| by_name(&f.platforms, |p| &p.name)).collect();
    let mine_w: std::collections::HashMap<&str, &Workload> =
        work.workloads.iter().map(|w| (w.name.as_str(), w)).collect();
    let mine_p: std::collections::HashMap<&str, &Platform> =
        work.platforms.iter().map(|p| (p.name.as_str(), p)).collect();
    AgencyMerge {
        workloads: plan(|name| mine_w.get(name).copied(), &workloads),
        platforms: plan(|name| mine_p.get(name).copied(), &platforms),
    }
}

/// Sets each value by name: in place where the list has it, else at the end.
fn put<T>(list: &mut Vec<T>, set: Vec<(String, T)>, name: impl Fn(&T) -> &str) {
    let mut at: std::collections::HashMap<String, usize> =
        list.iter().enumerate().map(|(i, v)| (name(v).to_string(), i)).collect();
    for (key, value) in set {
        match at.get(&key) {
            Some(&i) => list[i] = value,
            None => {
                at.insert(key, list.len());
                list.push(value);
            }
        }
    }
}

/// The work with the merge applied (see `provider::apply_merge`).
pub fn apply_merge<'a, F: Copy + Into<super::history::FileLabel<'a>>>(
    work: &AgencyWork,
    merge: AgencyMerge,
    choose_workload: impl FnMut(&Conflict<Workload>) -> Option<usize>,
    choose_platform: impl FnMut(&Conflict<Platform>) -> Option<usize>,
    files: &[F],
    merged_at: &Timestamp,
) -> AgencyWork {
    let mut merged = work.clone();
    let workloads = resolve(merge.workloads, choose_workload);
    put(merged.workloads_mut(), workloads.set, |w| &w.name);
    record(&mut merged.history_mut().workloads, workloads.set_aside, files, merged_at);
    let platforms = resolve(merge.platforms, choose_platform);
    put(merged.platforms_mut(), platforms.set, |p| &p.name);
    record(&mut merged.history_mut().platforms, platforms.set_aside, files, merged_at);
    merged
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::team::merge::Side;

    fn workload(name: &str, level: Option<u8>) -> Workload {
        Workload { name: name.into(), mlps_level: level, ..Workload::default() }
    }

    #[test]
    fn workloads_merge_by_name_new_ones_at_the_end_and_conflicts_kept() {
        let work = AgencyWork {
            workloads: vec![workload("门户", Some(2)), workload("OA", None)].into(),
            ..Default::default()
        };
        let office = AgencyWork {
            workloads: vec![workload("OA", Some(2)), workload("门户", Some(3)), workload("邮件", Some(2))].into(),
            platforms: vec![Platform { name: "政务云".into(), ..Platform::default() }].into(),
            ..Default::default()
        };
        let merge = plan_merge(&work, &[&office]);
        let applied: Vec<_> = merge.workloads.applied.iter().map(|(k, _)| k.as_str()).collect();
        assert_eq!(applied, ["邮件"], "a new name is applied");
        let conflicts: Vec<_> = merge.workloads.conflicts.iter().map(|c| c.key.as_str()).collect();
        assert_eq!(conflicts, ["OA", "门户"], "a name with other inputs is a conflict, in the file's order");
        assert_eq!(merge.platforms.applied.len(), 1);
        let at = Timestamp::parse("2026-12-02T12:00:00Z").unwrap();
        let merged = apply_merge(
            &work,
            merge,
            |c| c.candidates.iter().position(|c| c.side == Side::File(0)),
            |_| None,
            &["office.json"],
            &at,
        );
        let names: Vec<_> = merged.workloads.iter().map(|w| (w.name.as_str(), w.mlps_level)).collect();
        assert_eq!(names, [("门户", Some(3)), ("OA", Some(2)), ("邮件", Some(2))]);
        assert_eq!(merged.history.workloads["门户"][0].value.mlps_level, Some(2), "yours, set aside");
        assert_eq!(merged.platforms.len(), 1);
    }
}
