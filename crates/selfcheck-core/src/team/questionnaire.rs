//! A questionnaire: the part of a self-check one owner answers, handed out as a report
//! file. Opened in the app it shows only those items; returned, it is merged back.

use std::rc::Rc;

use crate::work::ProviderWork;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::owners::items_of;
use crate::catalog::Index;
use crate::report::provider_catalogs;
use crate::timestamp::Timestamp;

/// What makes a report a questionnaire.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Questionnaire {
    /// Whom it is for: the owner named on its items.
    pub owner: String,
    /// The items handed out, in catalog order.
    pub items: Vec<String>,
    pub issued_at: Timestamp,
    /// Who handed it out.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub issued_by: String,
    /// What the person answering is asked to do, in the lead's words (format 8).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub instructions: String,
}

/// `work` (a questionnaire) with the lead's instructions for the person answering it.
pub fn instructed(mut work: ProviderWork, instructions: &str) -> ProviderWork {
    if let Some(q) = work.questionnaire.as_mut() {
        Rc::make_mut(q).instructions = instructions.trim().to_string();
    }
    work
}

impl Questionnaire {
    pub fn covers(&self, item_id: &str) -> bool {
        self.items.iter().any(|id| id == item_id)
    }
}

/// `owner`'s questionnaire from the work: the profile (for reading), the owner's items
/// with what is recorded on them, and the loaded catalogs those items are in. `None`
/// when the owner has no items.
pub fn hand_out(work: &ProviderWork, owner: &str, issued_by: &str, issued_at: Timestamp) -> Option<ProviderWork> {
    let catalogs = provider_catalogs(&work.catalogs);
    let items: Vec<String> = items_of(&catalogs, &work.answers, owner).into_iter().map(str::to_string).collect();
    if items.is_empty() {
        return None;
    }
    let index = Index::new(&catalogs);
    // Inserted one by one: collecting into a map sorts first, with a stable sort the wasm
    // would otherwise not carry (some 9 KB).
    let mut answers = crate::Answers::new();
    for id in &items {
        // A carried status is not handed out: the one who answers it is the questionnaire's.
        if let Some(answer) = work.answers.get(id).map(|a| crate::crosswalk::carry::taken_back(a.clone())) {
            if !answer.is_empty() {
                answers.insert(id.clone(), answer);
            }
        }
    }
    let used = |id: &str| items.iter().any(|item| index.item(item).is_some_and(|r| r.catalog.id == id));
    Some(ProviderWork {
        profile: work.profile.clone(),
        answers: answers.into(),
        catalogs: Rc::new(work.catalogs.iter().filter(|c| used(&c.id)).cloned().collect()),
        questionnaire: Some(
            Questionnaire {
                owner: owner.trim().to_string(),
                items,
                issued_at,
                issued_by: issued_by.trim().to_string(),
                instructions: String::new(),
            }
            .into(),
        ),
        history: Default::default(),
    })
}

/// The file name a questionnaire is handed out (`returned`: sent back) under: the owner's
/// name kept readable, with what file systems refuse replaced.
pub fn file_name(owner: &str, date: crate::Date, returned: bool) -> String {
    let safe: String = owner
        .trim()
        .chars()
        .map(|c| if c.is_control() || "/\\:*?\"<>|".contains(c) || c.is_whitespace() { '_' } else { c })
        .collect();
    let kind = if returned { "answered" } else { "questionnaire" };
    format!("cloud-selfcheck-{kind}-{safe}-{date}.json")
}

/// Every owner's questionnaire, by owner name.
pub fn hand_out_all(work: &ProviderWork, issued_by: &str, issued_at: &Timestamp) -> Vec<ProviderWork> {
    let catalogs = provider_catalogs(&work.catalogs);
    super::owners::tallies(&catalogs, &work.answers, &Default::default())
        .into_iter()
        .filter(|t| !t.owner.is_empty())
        .filter_map(|t| hand_out(work, &t.owner, issued_by, issued_at.clone()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::csv_import::CatalogHeader;
    use crate::catalog::loaded;
    use crate::team::owners::assign;
    use crate::{Answer, Date, Status};

    fn team_catalog() -> crate::catalog::Catalog {
        let sheet = "section,id,title\n人员,1,背景审查\n人员,2,保密协议\n";
        let day = Date::from_ymd(2026, 12, 1).unwrap();
        let head = CatalogHeader { id: "team".into(), title: "自查表".into(), version: "1".into(), date: day };
        loaded::from_sections(&head, loaded::read_csv(sheet.as_bytes()).unwrap()).unwrap()
    }

    #[test]
    fn a_questionnaires_instructions_travel_in_its_file_and_an_older_one_has_none() {
        let mut work = ProviderWork::default();
        assign(work.answers_mut(), ["M19-A3-01-Q1"], "法务部");
        let at = Timestamp::parse("2026-12-01T09:00:00Z").unwrap();
        let q = instructed(hand_out(&work, "法务部", "合规部", at).unwrap(), "  周五前交回。 ");
        let day = Date::from_ymd(2026, 12, 1).unwrap();
        let text =
            crate::report::write_report(&mut crate::report::draft_provider_report(&q, "2026-12-01T09:00:00Z", day));
        assert!(text.contains("\"instructions\":\"周五前交回。\""), "trimmed, in the file");
        let read = crate::report::load_inputs(text.as_bytes()).unwrap().report;
        assert_eq!(read.provider.unwrap().questionnaire.unwrap().instructions, "周五前交回。");
        let none = instructed(
            hand_out(&work, "法务部", "合规部", Timestamp::parse("2026-12-01T09:00:00Z").unwrap()).unwrap(),
            "",
        );
        let text =
            crate::report::write_report(&mut crate::report::draft_provider_report(&none, "2026-12-01T09:00:00Z", day));
        assert!(!text.contains("instructions"), "nothing written when there are none");
    }

    #[test]
    fn file_names_keep_the_owner_readable_and_safe() {
        let day = Date::from_ymd(2026, 12, 1).unwrap();
        assert_eq!(file_name("人力资源部", day, false), "cloud-selfcheck-questionnaire-人力资源部-2026-12-01.json");
        assert_eq!(file_name(" IT/运维 部 ", day, true), "cloud-selfcheck-answered-IT_运维_部-2026-12-01.json");
    }

    #[test]
    fn a_questionnaire_holds_the_owners_items_and_only_the_catalogs_they_need() {
        let mut work = ProviderWork::default();
        work.profile.provider = "示例云".into();
        work.catalogs_mut().push(team_catalog());
        let other = loaded::namespaced(crate::catalog::Catalog { id: "other".into(), ..team_catalog() });
        work.catalogs_mut().push(other);
        assign(work.answers_mut(), ["team:1", "M19-A3-01-Q1"], "人力资源部");
        assign(work.answers_mut(), ["team:2"], "法务部");
        work.answers_mut().insert("M19-A3-01-Q2".into(), Answer::with_status(Status::Met));
        let at = Timestamp::parse("2026-12-01T09:00:00+08:00").unwrap();
        let hr = hand_out(&work, "人力资源部", "合规部", at.clone()).unwrap();
        let q = hr.questionnaire.as_ref().unwrap();
        assert_eq!(q.items, ["M19-A3-01-Q1", "team:1"], "catalog order: built-in ones first");
        assert_eq!(hr.answers.keys().collect::<Vec<_>>(), ["M19-A3-01-Q1", "team:1"]);
        assert_eq!(hr.catalogs.iter().map(|c| c.id.as_str()).collect::<Vec<_>>(), ["team"]);
        assert_eq!(hr.profile, work.profile);
        assert!(hand_out(&work, "nobody", "", at.clone()).is_none());
        let all = hand_out_all(&work, "合规部", &at);
        let owners: Vec<_> = all.iter().map(|q| q.questionnaire.as_ref().unwrap().owner.as_str()).collect();
        assert_eq!(owners, ["人力资源部", "法务部"]);
    }
}
