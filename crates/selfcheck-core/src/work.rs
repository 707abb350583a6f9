//! What people enter, one type per role. The app holds it as it is (each big part
//! behind an `Rc`, shared until changed), the session saves it, a report's section
//! starts with it (`report::ProviderReport` writes `ProviderWork` in line; the agency's
//! report wraps each workload with its verdict), and every reader returns it. A field
//! added here is saved, reported, read back and checked; the one other list of its
//! fields, the readers' (`report/provider_section.rs`), fails to compile until it is
//! added there too (see ARCHITECTURE.md, "Adding a field").

use std::rc::Rc;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::agency::{AgencyProfile, Platform, Workload};
use crate::catalog::Catalog;
use crate::profile::ProviderProfile;
use crate::team::{AgencyHistory, History, Questionnaire};
use crate::{Answer, Answers};

/// What a provider enters: restoring it restores the provider's work. Written in this
/// order in reports and sessions.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct ProviderWork {
    pub profile: ProviderProfile,
    /// The catalogs the user loaded, whole (ids keyed `catalog:item`): a file is
    /// self-contained.
    #[serde(default, skip_serializing_if = "is_empty_list")]
    pub catalogs: Rc<Vec<Catalog>>,
    /// Present when this work is a questionnaire: the items one owner answers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub questionnaire: Option<Rc<Questionnaire>>,
    /// Every answer by item id, including ids no current catalog knows (kept, never dropped).
    pub answers: Rc<Answers>,
    /// Answers a merge did not choose, by item id: kept, never dropped.
    #[serde(default, skip_serializing_if = "is_empty_history")]
    pub history: Rc<History<Answer>>,
}

/// What an agency enters. `W` and `P` are how a workload and a platform are held: as
/// they are when read from a file, or beside the app's stable row ids (written as the
/// workload or platform alone).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(bound(serialize = "W: Serialize, P: Serialize", deserialize = "W: Deserialize<'de>, P: Deserialize<'de>"))]
pub struct AgencyWork<W = Workload, P = Platform> {
    /// Who the assessment is by (absent from files before format 7).
    #[serde(default, skip_serializing_if = "AgencyProfile::is_empty")]
    pub profile: AgencyProfile,
    pub workloads: Rc<Vec<W>>,
    pub platforms: Rc<Vec<P>>,
    /// Workloads and platforms merges set aside, by name.
    #[serde(default, skip_serializing_if = "is_empty_agency_history")]
    pub history: Rc<AgencyHistory>,
}

impl Default for AgencyWork {
    fn default() -> Self {
        AgencyWork::empty()
    }
}

impl<W, P> AgencyWork<W, P> {
    /// No workloads, platforms or history, however they would be held.
    pub fn empty() -> Self {
        AgencyWork {
            profile: AgencyProfile::default(),
            workloads: Rc::default(),
            platforms: Rc::default(),
            history: Rc::default(),
        }
    }
}

// Changing a part copies it only while another holder shares it (`Rc::make_mut`).
impl ProviderWork {
    /// Nothing entered.
    pub fn is_empty(&self) -> bool {
        *self == ProviderWork::default()
    }

    pub fn answers_mut(&mut self) -> &mut Answers {
        Rc::make_mut(&mut self.answers)
    }

    pub fn catalogs_mut(&mut self) -> &mut Vec<Catalog> {
        Rc::make_mut(&mut self.catalogs)
    }

    pub fn history_mut(&mut self) -> &mut History<Answer> {
        Rc::make_mut(&mut self.history)
    }
}

impl<W: Clone, P: Clone> AgencyWork<W, P> {
    pub fn workloads_mut(&mut self) -> &mut Vec<W> {
        Rc::make_mut(&mut self.workloads)
    }

    pub fn platforms_mut(&mut self) -> &mut Vec<P> {
        Rc::make_mut(&mut self.platforms)
    }

    pub fn history_mut(&mut self) -> &mut AgencyHistory {
        Rc::make_mut(&mut self.history)
    }
}

impl<W: AsRef<Workload>, P: AsRef<Platform>> AgencyWork<W, P> {
    /// The workloads, however they are held.
    pub fn workloads(&self) -> impl ExactSizeIterator<Item = &Workload> + Clone {
        self.workloads.iter().map(AsRef::as_ref)
    }

    /// The platforms, however they are held.
    pub fn platforms(&self) -> impl ExactSizeIterator<Item = &Platform> + Clone {
        self.platforms.iter().map(AsRef::as_ref)
    }

    /// Nothing entered.
    pub fn is_empty(&self) -> bool {
        self.profile.is_empty() && self.workloads.is_empty() && self.platforms.is_empty() && self.history.is_empty()
    }

    /// Whether this is the same work as `other`, however each holds its rows (nothing
    /// is copied to tell).
    pub fn holds_the_same_as<V: AsRef<Workload>, Q: AsRef<Platform>>(&self, other: &AgencyWork<V, Q>) -> bool {
        self.profile == other.profile
            && self.workloads().eq(other.workloads())
            && self.platforms().eq(other.platforms())
            && self.history == other.history
    }

    /// The same work holding its own copies (what a file would read back as).
    pub fn to_owned_work(&self) -> AgencyWork {
        AgencyWork {
            profile: self.profile.clone(),
            workloads: Rc::new(self.workloads().cloned().collect()),
            platforms: Rc::new(self.platforms().cloned().collect()),
            history: Rc::clone(&self.history),
        }
    }
}

fn is_empty_list<T>(list: &Rc<Vec<T>>) -> bool {
    list.is_empty()
}

fn is_empty_history(history: &Rc<History<Answer>>) -> bool {
    history.is_empty()
}

fn is_empty_agency_history(history: &Rc<AgencyHistory>) -> bool {
    history.is_empty()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A row as the app holds it: beside an id.
    struct Row<T> {
        _id: u64,
        value: T,
    }

    impl<T> AsRef<T> for Row<T> {
        fn as_ref(&self) -> &T {
            &self.value
        }
    }

    #[test]
    fn work_is_the_same_however_its_rows_are_held() {
        let mut owned = AgencyWork::default();
        owned.workloads_mut().push(Workload { name: "门户".into(), ..Workload::default() });
        owned.platforms_mut().push(Platform { name: "政务云".into(), ..Platform::default() });
        let rows = |w: &AgencyWork| AgencyWork {
            profile: w.profile.clone(),
            workloads: Rc::new(w.workloads.iter().cloned().map(|value| Row { _id: 7, value }).collect::<Vec<_>>()),
            platforms: Rc::new(w.platforms.iter().cloned().map(|value| Row { _id: 9, value }).collect::<Vec<_>>()),
            history: Rc::clone(&w.history),
        };
        assert!(rows(&owned).holds_the_same_as(&owned));
        assert_eq!(rows(&owned).to_owned_work(), owned);
        let mut changed = owned.clone();
        changed.workloads_mut()[0].description = "对外门户".into();
        assert!(!rows(&owned).holds_the_same_as(&changed));
        let mut signed = owned.clone();
        signed.profile.contact = "王工".into();
        assert!(!rows(&owned).holds_the_same_as(&signed));
        let mut renamed = owned.clone();
        renamed.platforms_mut()[0].name = "政务云 B".into();
        assert!(!rows(&owned).holds_the_same_as(&renamed));
    }
}
