//! The provider self-check's state: profile, answers and how the checklist is viewed.

use selfcheck_core::ProviderWork;
use std::rc::Rc;

use selfcheck_core::catalog::{builtin, loaded, Audience, Catalog, ItemRef, Scope, ScopeChange};
use selfcheck_core::profile::{CapabilityTier, ProviderProfile, ServiceModel};
use selfcheck_core::report::provider_catalogs;
use selfcheck_core::team::owners;
use selfcheck_core::{Against, Date};

use super::answer_edit::{self, AnswerEdit, Stamp};
use super::catalogs::{CatalogAction, CatalogState};
use super::checklist_view::{Filter, View, ViewSettings};
use super::Context;

/// Items drawn per page of the checklist: a 5,000-item catalog stays quick to draw.
pub const ITEMS_PER_PAGE: usize = 60;

/// The provider's part of the page: its work, how the checklist is viewed, and loading
/// a catalog (a flow in progress).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ProviderState {
    /// What the provider entered; its parts are shared until changed (copy-on-write):
    /// views and memos hold them without copying a 5,000-item catalog's answers.
    pub work: ProviderWork,
    pub view: ProviderView,
    /// Loading catalogs (the loaded ones are part of the work).
    pub catalogs: CatalogState,
}

/// How the provider's checklist is viewed: nothing here is saved or reported.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ProviderView {
    /// The catalog shown in the checklist.
    pub catalog: String,
    pub filter: Filter,
    pub search: String,
    /// The item whose text is being edited: it stays in view even if the filter or
    /// search would now hide it, so the user's field does not vanish while typing.
    pub pinned: Option<String>,
    /// The page of the checklist shown (`ITEMS_PER_PAGE` items each).
    pub page: usize,
    /// Only the items of this owner are shown (`""`: the items nobody owns).
    pub owner: Option<String>,
    /// The owner typed for assigning many items at once.
    pub assignee: String,
    /// What the last change of tier or level did to the work, said beside the profile.
    pub scope_change: Option<ScopeChange>,
    /// The section whose owner picker is open.
    pub assigning: Option<String>,
    /// The last assignment, said where it was made.
    pub assigned: Option<Assigned>,
}

/// Items given to an owner, and where the person did it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Assigned {
    /// A section's id, or `None` for the items shown (the toolbar).
    pub section: Option<String>,
    pub owner: String,
    pub count: usize,
}

impl Default for ProviderView {
    fn default() -> Self {
        ProviderView {
            catalog: builtin().for_audience(Audience::Provider)[0].id.clone(),
            filter: Filter::All,
            search: String::new(),
            pinned: None,
            page: 0,
            owner: None,
            assignee: String::new(),
            scope_change: None,
            assigning: None,
            assigned: None,
        }
    }
}

/// A change to the provider profile.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ProfileEdit {
    Provider(String),
    Platform(String),
    /// The platform's own 等级保护 level.
    MlpsLevel(Option<u8>),
    ToggleServiceModel(ServiceModel),
    Tier(Option<CapabilityTier>),
    /// One location per line, as typed.
    DataCentres(String),
    ServesPartyGovernment(bool),
    ServesCii(bool),
    ResultPublished(Option<Date>),
    PlannedControlChange(Option<Date>),
    PlannedEndOfService(Option<Date>),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ProviderAction {
    /// Recorded with who and when from the transition's `Context`.
    Answer {
        item: String,
        edit: AnswerEdit,
    },
    Profile(ProfileEdit),
    DismissScopeChange,
    SelectCatalog(String),
    SetFilter(Filter),
    SetSearch(String),
    SetPage(usize),
    Catalog(CatalogAction),
    /// The answer stands for the item as it reads now.
    MarkReviewed(String),
    /// Show only one owner's items (`Some("")`: nobody's), or everyone's.
    SetOwnerFilter(Option<String>),
    SetAssignee(String),
    /// Every item the checklist shows now (all pages) goes to the assignee.
    AssignShown,
    /// Every item of a section of the catalog shown goes to the assignee.
    /// A section's items in the work, to the owner picked for it.
    AssignSection {
        section: String,
        owner: String,
    },
    /// Opens a section's owner picker (`None`: closes it).
    OpenAssign(Option<String>),
    /// Brings an item into the checklist (from a gap): its catalog and page, kept in
    /// view whatever the filter.
    ShowItem(String),
}

impl ProviderState {
    /// What the checklist shows, with the settings as they are now.
    pub fn shown(&self) -> View<'_> {
        View::new(ViewSettings {
            answers: &self.work.answers,
            questionnaire: self.work.questionnaire.as_deref(),
            filter: self.view.filter,
            owner: self.view.owner.as_deref(),
            search: &self.view.search,
            pinned: self.view.pinned.as_deref(),
        })
    }

    /// `cx`: who is answering and when, recorded on what they change.
    pub fn apply(&mut self, action: ProviderAction, cx: Context<'_>) {
        match action {
            ProviderAction::Answer { item, edit } => {
                if self.work.questionnaire.as_ref().is_some_and(|q| !q.covers(&item)) {
                    return; // a questionnaire answers its own items only
                }
                if matches!(edit, AnswerEdit::Text(..) | AnswerEdit::TargetDate(_)) {
                    self.view.pinned = Some(item.clone());
                }
                let digest = self.item(&item).map(|r| (r.catalog.version.clone(), loaded::item_digest(r.item)));
                let against = digest.as_ref().map(|(version, digest)| Against { version, item_digest: digest });
                // A respondent who has not named themselves answers as the questionnaire's owner.
                let by = match &self.work.questionnaire {
                    Some(q) if cx.answerer.trim().is_empty() => q.owner.as_str(),
                    _ => cx.answerer,
                };
                let stamp = Stamp { by, at: cx.now, against };
                answer_edit::apply(Rc::make_mut(&mut self.work.answers), &item, edit, stamp);
                // Only the edited item's group can change.
                if super::related::relations_for(&self.work.catalogs).group(&item).is_some() {
                    self.carry();
                }
            }
            ProviderAction::Profile(edit) => {
                let before = Scope::of(&self.work.profile);
                apply_profile_edit(&mut self.work.profile, edit);
                let after = Scope::of(&self.work.profile);
                if after != before {
                    self.view.scope_change = ScopeChange::between(before, after, self.work_catalogs());
                }
            }
            ProviderAction::DismissScopeChange => self.view.scope_change = None,
            ProviderAction::SelectCatalog(id) => {
                if self.work_catalogs().iter().any(|c| c.id == id) {
                    self.view.catalog = id;
                    self.view.pinned = None;
                    self.view.page = 0;
                }
            }
            ProviderAction::SetFilter(filter) => {
                self.view.filter = filter;
                self.view.pinned = None;
                self.view.page = 0;
            }
            ProviderAction::SetSearch(search) => {
                self.view.search = search;
                self.view.pinned = None;
                self.view.page = 0;
            }
            ProviderAction::SetPage(page) => self.view.page = page,
            ProviderAction::ShowItem(id) => self.show_item(id),
            ProviderAction::Catalog(action) => {
                if let Some(id) = self.catalogs.apply(action, &mut self.work) {
                    self.view.catalog = id;
                    self.view.page = 0;
                }
                self.carry();
                if !self.all_catalogs().iter().any(|c| c.id == self.view.catalog) {
                    self.view.catalog = ProviderView::default().catalog;
                }
            }
            ProviderAction::SetOwnerFilter(owner) => {
                self.view.owner = owner;
                self.view.pinned = None;
                self.view.page = 0;
            }
            ProviderAction::SetAssignee(name) => self.view.assignee = name,
            ProviderAction::AssignShown => {
                let ids = self.current_catalog().map(|c| {
                    let view = self.shown();
                    view.shown_in(c).into_iter().map(|(s, i)| c.sections[s].items[i].id.clone()).collect::<Vec<_>>()
                });
                let owner = self.view.assignee.trim().to_string();
                self.assign(ids.unwrap_or_default(), None, owner);
            }
            ProviderAction::AssignSection { section, owner } => {
                let ids = self.current_catalog().and_then(|c| c.sections.iter().find(|s| s.id == section)).map(|s| {
                    let view = self.shown();
                    s.items.iter().filter(|i| view.in_work(i)).map(|i| i.id.clone()).collect::<Vec<_>>()
                });
                self.assign(ids.unwrap_or_default(), Some(section), owner.trim().to_string());
                self.view.assigning = None;
            }
            ProviderAction::OpenAssign(section) => self.view.assigning = section,
            ProviderAction::MarkReviewed(item) => {
                let digest = self.item(&item).map(|r| (r.catalog.version.clone(), loaded::item_digest(r.item)));
                if let (Some((version, digest)), Some(answer)) = (digest, self.work.answers_mut().get_mut(&item)) {
                    answer.edit_details(|d| {
                        d.item_digest = digest;
                        d.catalog_version = version;
                    });
                }
            }
        }
    }
}

fn apply_profile_edit(profile: &mut ProviderProfile, edit: ProfileEdit) {
    match edit {
        ProfileEdit::Provider(v) => profile.provider = v,
        ProfileEdit::Platform(v) => profile.platform = v,
        ProfileEdit::MlpsLevel(level) => profile.mlps_level = level,
        ProfileEdit::ToggleServiceModel(model) => profile.toggle_service_model(model),
        ProfileEdit::Tier(tier) => profile.tier = tier,
        ProfileEdit::DataCentres(text) => {
            profile.data_centres = text.lines().map(str::trim).filter(|l| !l.is_empty()).map(String::from).collect();
        }
        ProfileEdit::ServesPartyGovernment(v) => profile.serves_party_government = v,
        ProfileEdit::ServesCii(v) => profile.serves_cii = v,
        ProfileEdit::ResultPublished(d) => profile.dates.result_published = d,
        ProfileEdit::PlannedControlChange(d) => profile.dates.planned_control_change = d,
        ProfileEdit::PlannedEndOfService(d) => profile.dates.planned_end_of_service = d,
    }
}

impl ProviderState {
    /// Replaces what was entered; the view stays, on a catalog with work in it.
    pub fn set_work(&mut self, work: ProviderWork) {
        self.work = work;
        self.carry();
        self.catalogs = CatalogState::default();
        let catalogs = self.work_catalogs();
        if !catalogs.iter().any(|c| c.id == self.view.catalog) {
            let first = catalogs.first().map_or_else(|| ProviderView::default().catalog, |c| c.id.clone());
            self.view.catalog = first;
            self.view.page = 0;
        }
    }

    /// Brings the answers carried between equal items in line with those people gave
    /// (`crosswalk::carry`); the answers are copied only when something changes.
    fn carry(&mut self) {
        let relations = super::related::relations_for(&self.work.catalogs);
        let mut answers = (*self.work.answers).clone();
        if selfcheck_core::crosswalk::carry(&relations, &mut answers) > 0 {
            self.work.answers = Rc::new(answers);
        }
    }

    /// Every catalog the provider answers: the built-in ones, then those loaded.
    pub fn all_catalogs(&self) -> Vec<&Catalog> {
        provider_catalogs(&self.work.catalogs)
    }

    /// The catalogs with work here: all of them, or those a questionnaire has items in.
    pub fn work_catalogs(&self) -> Vec<&Catalog> {
        let mut catalogs = self.all_catalogs();
        if let Some(q) = &self.work.questionnaire {
            catalogs.retain(|c| c.sections.iter().flat_map(|s| &s.items).any(|i| q.covers(&i.id)));
        }
        catalogs
    }

    /// The catalog the checklist shows.
    pub fn current_catalog(&self) -> Option<&Catalog> {
        self.all_catalogs().into_iter().find(|c| c.id == self.view.catalog)
    }

    fn show_item(&mut self, id: String) {
        let Some(catalog) = self.item(&id).map(|r| r.catalog.id.clone()) else { return };
        if !self.work_catalogs().iter().any(|c| c.id == catalog) {
            return;
        }
        self.view.catalog = catalog;
        self.view.pinned = Some(id.clone());
        let page = self.current_catalog().and_then(|c| {
            let at = self.shown().shown_in(c).iter().position(|&(s, i)| c.sections[s].items[i].id == id)?;
            Some(at / ITEMS_PER_PAGE)
        });
        self.view.page = page.unwrap_or(0);
    }

    /// Gives `ids` to the assignee (trimmed; empty: to nobody).
    fn assign(&mut self, ids: Vec<String>, section: Option<String>, owner: String) {
        if ids.is_empty() || owner.is_empty() {
            return;
        }
        owners::assign(self.work.answers_mut(), ids.iter().map(String::as_str), &owner);
        self.view.assigned = Some(Assigned { section, owner, count: ids.len() });
    }

    /// Where an item sits, in a built-in or a loaded catalog.
    pub fn item(&self, id: &str) -> Option<ItemRef<'_>> {
        loaded::find_item(&self.work.catalogs, id)
    }

    /// The first item of the first provider catalog (tests and examples).
    pub fn catalog_first_item(&self) -> String {
        builtin().for_audience(Audience::Provider)[0].sections[0].items[0].id.clone()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn answers_are_edited_through_answer_edit() {
        let item = builtin().catalogs()[0].sections[0].items[0].id.clone();
        let mut state = ProviderState::default();
        state.apply(
            ProviderAction::Answer { item: item.clone(), edit: AnswerEdit::Toggle(selfcheck_core::Status::Met) },
            Context::default(),
        );
        assert_eq!(state.work.answers[&item].status(), Some(selfcheck_core::Status::Met));
    }

    /// An answer is carried as it is given, and taken back as it is cleared, through the
    /// built-in relations and through a loaded catalog's `maps_to` to an item the built-in
    /// ones do not relate.
    #[test]
    fn an_answer_is_carried_to_its_equal_items_as_it_is_given_and_cleared() {
        use selfcheck_core::catalog::csv_import::CatalogHeader;
        use selfcheck_core::Status;
        let met = |item: &str| ProviderAction::Answer { item: item.into(), edit: AnswerEdit::Toggle(Status::Met) };
        let mut state = ProviderState::default();
        state.apply(met("M19-A3-07-Q2"), Context::default());
        assert_eq!(state.work.answers["O14-G-Q3"].carried_from(), Some("M19-A3-07-Q2"));
        state.apply(met("M19-A3-07-Q2"), Context::default()); // chosen again: cleared
        assert!(state.work.answers.is_empty(), "{:?}", state.work.answers);

        let date = selfcheck_core::Date::from_ymd(2026, 12, 7).unwrap();
        let head = CatalogHeader { id: "team".into(), title: "自查表".into(), version: "1".into(), date };
        let sheet = loaded::read_csv("章节,编号,标题,对应项\nA,1,审计报表,M19-A3-01-Q1=equal\n".as_bytes()).unwrap();
        state.work.catalogs = Rc::new(vec![loaded::from_sections(&head, sheet).unwrap()]);
        state.apply(met("M19-A3-01-Q1"), Context::default());
        assert_eq!(state.work.answers["team:1"].carried_from(), Some("M19-A3-01-Q1"));
    }

    #[test]
    fn the_item_being_typed_in_stays_pinned_until_the_view_changes() {
        let item = builtin().catalogs()[0].sections[0].items[0].id.clone();
        let mut state = ProviderState::default();
        state.apply(
            ProviderAction::Answer { item: item.clone(), edit: AnswerEdit::Toggle(selfcheck_core::Status::Met) },
            Context::default(),
        );
        assert_eq!(state.view.pinned, None, "a status pick does not pin");
        let note = AnswerEdit::Text(crate::state::AnswerField::Note, "x".into());
        state.apply(ProviderAction::Answer { item: item.clone(), edit: note }, Context::default());
        assert_eq!(state.view.pinned.as_deref(), Some(item.as_str()));
        state.apply(ProviderAction::SetSearch("y".into()), Context::default());
        assert_eq!(state.view.pinned, None);
    }

    #[test]
    fn a_gap_leads_to_its_item_on_its_page_whatever_the_filter() {
        let catalogs = builtin().for_audience(Audience::Provider);
        let (catalog, last) = (catalogs[1], catalogs[1].sections.last().unwrap().items.last().unwrap());
        let mut state = ProviderState::default();
        state.apply(ProviderAction::SetFilter(Filter::Gating), Context::default());
        state.apply(ProviderAction::ShowItem(last.id.clone()), Context::default());
        assert_eq!(state.view.catalog, catalog.id, "its catalog is shown");
        assert_eq!(state.view.pinned.as_deref(), Some(last.id.as_str()), "kept in view though the filter hides it");
        let shown = state.shown().shown_in(catalog);
        let at = shown.iter().position(|&(s, i)| catalog.sections[s].items[i].id == last.id).unwrap();
        assert_eq!(state.view.page, at / ITEMS_PER_PAGE, "on the page that holds it");
        state.apply(ProviderAction::ShowItem("NO-SUCH-ITEM".into()), Context::default());
        assert_eq!(state.view.catalog, catalog.id, "an unknown item changes nothing");
    }

    #[test]
    fn choosing_a_tier_or_level_says_what_it_did_to_the_work_until_dismissed() {
        use selfcheck_core::profile::CapabilityTier;
        let mut state = ProviderState::default();
        state.apply(ProviderAction::Profile(ProfileEdit::Tier(Some(CapabilityTier::Enhanced))), Context::default());
        let change = state.view.scope_change.expect("the enhanced tier brings items in");
        assert!(change.added > 0 && change.removed == 0, "{change:?}");
        // Another field of the profile leaves it said; a level that changes nothing too.
        state.apply(ProviderAction::Profile(ProfileEdit::Provider("示例云".into())), Context::default());
        assert_eq!(state.view.scope_change, Some(change));
        // Level 3 brings no item in (the built-in ones bound to a level start at 4).
        state.apply(ProviderAction::Profile(ProfileEdit::MlpsLevel(Some(3))), Context::default());
        assert_eq!(state.view.scope_change, None, "nothing to say");
        state.apply(ProviderAction::Profile(ProfileEdit::MlpsLevel(Some(4))), Context::default());
        let level = state.view.scope_change.expect("level 4 brings level-bound items in");
        assert_eq!(level.applicable, change.applicable + level.added - level.removed);
        state.apply(ProviderAction::DismissScopeChange, Context::default());
        assert_eq!(state.view.scope_change, None);
        state.apply(ProviderAction::Profile(ProfileEdit::Tier(None)), Context::default());
        assert!(state.view.scope_change.is_some_and(|c| c.removed > 0 && c.added == 0));
    }

    #[test]
    fn a_sections_owner_is_picked_where_it_is_assigned_and_said_there() {
        let mut state = ProviderState::default();
        let section = state.current_catalog().unwrap().sections[0].clone();
        state.apply(ProviderAction::OpenAssign(Some(section.id.clone())), Context::default());
        assert_eq!(state.view.assigning.as_deref(), Some(section.id.as_str()));
        // A blank owner assigns nothing and leaves the picker open.
        state.apply(
            ProviderAction::AssignSection { section: section.id.clone(), owner: " ".into() },
            Context::default(),
        );
        assert!(state.work.answers.is_empty() && state.view.assigned.is_none());
        state.apply(
            ProviderAction::AssignSection { section: section.id.clone(), owner: " 运维部 ".into() },
            Context::default(),
        );
        let in_work = section.items.iter().filter(|i| state.shown().in_work(i)).count();
        assert_eq!(
            state.view.assigned,
            Some(Assigned { section: Some(section.id.clone()), owner: "运维部".into(), count: in_work })
        );
        assert_eq!(state.view.assigning, None, "the picker closes");
        assert!(section
            .items
            .iter()
            .filter(|i| state.shown().in_work(i))
            .all(|i| state.work.answers[&i.id].details().owner == "运维部"));
    }

    #[test]
    fn data_centres_are_one_per_line_without_blanks() {
        let mut state = ProviderState::default();
        state.apply(ProviderAction::Profile(ProfileEdit::DataCentres(" 北京\n\n贵阳 \n".into())), Context::default());
        assert_eq!(state.work.profile.data_centres, ["北京", "贵阳"]);
    }

    #[test]
    fn unknown_catalogs_cannot_be_selected() {
        let mut state = ProviderState::default();
        let before = state.view.catalog.clone();
        state.apply(ProviderAction::SelectCatalog("nope".into()), Context::default());
        assert_eq!(state.view.catalog, before);
    }
}
