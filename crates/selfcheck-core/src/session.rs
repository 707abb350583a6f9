//! The autosaved session: everything the user entered, for both roles, as one JSON
//! value in browser storage. Restoring it must never crash the app: a damaged or
//! foreign value is reported and ignored. It is read with the checks of a report.

use std::marker::PhantomData;

use serde::{Deserialize, Serialize, Serializer};

use crate::agency::{Platform, Workload};
use crate::catalog::Catalog;
use crate::profile::ProviderProfile;
use crate::team::{AgencyHistory, History, Questionnaire};
use crate::{Answer, Answers};

use crate::report::limits::AgencyView;
use crate::report::load::{self, LoadProblem};
use crate::report::{AgencyInputs, ProviderInputs, ProviderParts};

pub const SESSION_FORMAT: &str = "cloud-selfcheck-session";
/// 2: answers record who and when (an older app refuses such a session as "newer").
/// 3: a questionnaire being answered, and what merges set aside.
/// 4: a platform's data-centre location has three states (an older `false` is "not recorded").
pub const SESSION_VERSION: u32 = 4;

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Session {
    pub format: String,
    pub version: u32,
    pub provider: ProviderInputs,
    pub agency: AgencyInputs,
}

impl Session {
    pub fn new(provider: ProviderInputs, agency: AgencyInputs) -> Session {
        Session { format: SESSION_FORMAT.into(), version: SESSION_VERSION, provider, agency }
    }

    pub fn to_json(&self) -> String {
        crate::report::layout::compact_json(self)
    }

    /// Reads a saved session with the checks a report gets: the first pass on format and
    /// list sizes before anything is typed, then the checks on what was entered.
    pub fn from_json(text: &str) -> Result<Session, LoadProblem> {
        let head = load::read_head(text, SESSION_FORMAT)?;
        match head.version.as_u64() {
            Some(found) if found > u64::from(SESSION_VERSION) => {
                return Err(LoadProblem::NewerVersion { found, supported: SESSION_VERSION })
            }
            Some(_) => {}
            None => return Err(LoadProblem::BadVersion),
        }
        let migrated;
        let text = match head.version.as_u64() {
            Some(found) if found < 4 => {
                migrated = load::unticked_data_centres_unrecorded(text);
                migrated.as_str()
            }
            _ => text,
        };
        let session: Session = load::typed(text)?;
        load::check_inputs(Some(&session.provider), Some(&session.agency))?;
        Ok(session)
    }

    /// A file the user chose (the crash panel's download): `None` unless it says it is a
    /// session; then the session, or why not.
    pub fn from_file_if_session(bytes: &[u8]) -> Option<Result<Session, LoadProblem>> {
        // Too large or not text: not recognisably a session; the report reader says why.
        let text = load::decode(bytes).ok()?;
        Session::says_it_is_one(text).then(|| Session::from_json(text))
    }

    /// Whether a file says it is a session (checked or not).
    pub fn is_session_file(bytes: &[u8]) -> bool {
        load::decode(bytes).is_ok_and(Session::says_it_is_one)
    }

    fn says_it_is_one(text: &str) -> bool {
        #[derive(Deserialize)]
        struct Format {
            format: String,
        }
        serde_json::from_str::<Format>(text).is_ok_and(|f| f.format == SESSION_FORMAT)
    }

    pub fn is_empty(&self) -> bool {
        self.provider == ProviderInputs::default() && self.agency == AgencyInputs::default()
    }
}

/// A session written from borrowed parts, wherever the caller keeps them (the app holds
/// workloads beside their ids): autosave copies nothing to write 10,000 workloads.
/// Written as `Session` is, field for field (tested).
#[derive(Serialize)]
#[serde(bound(serialize = "W: AsRef<Workload>, P: AsRef<Platform>"))]
pub struct SessionRef<'a, W, P> {
    format: &'static str,
    version: u32,
    provider: ProviderRef<'a>,
    agency: AgencyRef<'a, W, P>,
}

// Field for field as `ProviderInputs` and `AgencyInputs` are written.
#[derive(Serialize)]
struct ProviderRef<'a> {
    profile: &'a ProviderProfile,
    answers: &'a Answers,
    #[serde(skip_serializing_if = "<[Catalog]>::is_empty")]
    catalogs: &'a [Catalog],
    #[serde(skip_serializing_if = "Option::is_none")]
    questionnaire: Option<&'a Questionnaire>,
    #[serde(skip_serializing_if = "History::is_empty")]
    history: &'a History<Answer>,
}

#[derive(Serialize)]
#[serde(bound(serialize = "W: AsRef<Workload>, P: AsRef<Platform>"))]
struct AgencyRef<'a, W, P> {
    workloads: Items<'a, W, Workload>,
    platforms: Items<'a, P, Platform>,
    #[serde(skip_serializing_if = "AgencyHistory::is_empty")]
    history: &'a AgencyHistory,
}

/// A slice of whatever holds the items (`T: AsRef<I>`), written as the list of the items.
struct Items<'a, T, I: ?Sized>(&'a [T], PhantomData<&'a I>);

impl<T: AsRef<I>, I: Serialize + ?Sized> Serialize for Items<'_, T, I> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.0.iter().map(AsRef::<I>::as_ref))
    }
}

impl<'a, W: AsRef<Workload>, P: AsRef<Platform>> SessionRef<'a, W, P> {
    pub fn new(
        provider: ProviderParts<'a>,
        workloads: &'a [W],
        platforms: &'a [P],
        history: &'a AgencyHistory,
    ) -> Self {
        let ProviderParts { profile, answers, catalogs, questionnaire, history: answer_history } = provider;
        SessionRef {
            format: SESSION_FORMAT,
            version: SESSION_VERSION,
            provider: ProviderRef { profile, answers, catalogs, questionnaire, history: answer_history },
            agency: AgencyRef {
                workloads: Items(workloads, PhantomData),
                platforms: Items(platforms, PhantomData),
                history,
            },
        }
    }

    /// Nothing entered: no session to keep.
    pub fn is_empty(&self) -> bool {
        *self.provider.profile == ProviderProfile::default()
            && self.provider.answers.is_empty()
            && self.provider.catalogs.is_empty()
            && self.provider.questionnaire.is_none()
            && self.provider.history.is_empty()
            && self.agency.workloads.0.is_empty()
            && self.agency.platforms.0.is_empty()
            && self.agency.history.is_empty()
    }

    pub fn to_json(&self) -> String {
        crate::report::layout::compact_json(self)
    }

    /// Both sections, as the limits look at them (`report::writable::check_session`).
    pub(crate) fn sections(
        &self,
    ) -> (
        ProviderParts<'a>,
        AgencyView<'a, impl Iterator<Item = &'a Workload> + Clone, impl Iterator<Item = &'a Platform> + Clone>,
    ) {
        let p = &self.provider;
        let parts = ProviderParts {
            profile: p.profile,
            answers: p.answers,
            catalogs: p.catalogs,
            questionnaire: p.questionnaire,
            history: p.history,
        };
        let agency = AgencyView {
            workloads: self.agency.workloads.0.iter().map(AsRef::<Workload>::as_ref),
            platforms: self.agency.platforms.0.iter().map(AsRef::<Platform>::as_ref),
            history: self.agency.history,
        };
        (parts, agency)
    }
}

/// Why a stored session could not be restored, and whether it was kept elsewhere.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RestoreProblem {
    pub problem: LoadProblem,
    /// False when even setting it aside failed: autosave must then not overwrite it.
    pub set_aside: bool,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::agency::Workload;

    #[test]
    fn round_trips_and_refuses_what_is_not_a_session() {
        let mut agency = AgencyInputs::default();
        agency.workloads.push(Workload { name: "门户".into(), ..Workload::default() });
        let session = Session::new(ProviderInputs::default(), agency);
        assert_eq!(Session::from_json(&session.to_json()).unwrap(), session);
        assert!(matches!(Session::from_json("{"), Err(LoadProblem::NotJson { .. })));
        let other = r#"{"format":"other","version":1,"provider":{"profile":{},"answers":{}},"agency":{"workloads":[],"platforms":[]}}"#;
        assert_eq!(Session::from_json(other), Err(LoadProblem::NotOurFormat { expected: SESSION_FORMAT }));
        let bad_level = session.to_json().replace("\"name\":\"门户\"", "\"name\":\"门户\",\"mlps_level\":200");
        assert!(matches!(Session::from_json(&bad_level), Err(LoadProblem::LevelOutOfRange { value: 200, .. })));
        let newer = session.to_json().replace(&format!("\"version\":{SESSION_VERSION}"), "\"version\":9");
        assert_eq!(Session::from_json(&newer), Err(LoadProblem::NewerVersion { found: 9, supported: SESSION_VERSION }));
    }

    #[test]
    fn a_session_written_from_borrowed_parts_is_the_same_text() {
        let mut agency = AgencyInputs::default();
        agency.workloads.push(Workload { name: "门户".into(), mlps_level: Some(2), ..Workload::default() });
        agency.platforms.push(crate::agency::Platform { name: "政务云".into(), ..Default::default() });
        let mut provider = ProviderInputs::default();
        provider.profile.provider = "示例云".into();
        provider.answers.insert("M19-A3-01-Q1".into(), crate::Answer::with_status(crate::Status::Met));
        let team = crate::catalog::Catalog { id: "team".into(), ..crate::catalog::builtin().catalogs()[1].clone() };
        provider.catalogs.push(crate::catalog::loaded::namespaced(team));
        provider.questionnaire = Some(crate::team::Questionnaire {
            owner: "运维部".into(),
            items: vec!["M19-A3-01-Q1".into()],
            issued_at: crate::Timestamp::parse("2026-12-01T09:00:00Z").unwrap(),
            issued_by: String::new(),
        });
        let merged_at = crate::Timestamp::parse("2026-12-01T10:00:00Z").unwrap();
        let aside = crate::team::Superseded {
            value: crate::Answer::with_status(crate::Status::NotMet),
            from: "hr.json".into(),
            merged_at,
        };
        provider.history.insert("M19-A3-01-Q1".into(), vec![aside.clone()]);
        let kept = crate::team::Superseded {
            value: agency.workloads[0].clone(),
            from: aside.from.clone(),
            merged_at: aside.merged_at.clone(),
        };
        agency.history.workloads.insert("门户".into(), vec![kept]);
        let owned = Session::new(provider.clone(), agency.clone());
        let borrowed = SessionRef::new(provider.parts(), &agency.workloads, &agency.platforms, &agency.history);
        assert_eq!(borrowed.to_json(), owned.to_json());
        assert!(!borrowed.is_empty());
        let none: [Workload; 0] = [];
        let platforms: [crate::agency::Platform; 0] = [];
        let empty = ProviderInputs::default();
        assert!(SessionRef::new(empty.parts(), &none, &platforms, &AgencyHistory::default()).is_empty());
        let read = Session::from_json(&borrowed.to_json()).unwrap();
        assert_eq!(read.provider.catalogs.len(), 1, "a loaded catalog is saved with the session");
        assert_eq!(read, owned, "the questionnaire and the history are kept too");
    }

    /// A session gets a report's checks: duplicate platform names and caps on lists,
    /// counted before anything is typed.
    #[test]
    fn a_session_is_checked_as_a_report_is() {
        let mut agency = AgencyInputs::default();
        for _ in 0..2 {
            agency.platforms.push(crate::agency::Platform { name: "政务云".into(), ..Default::default() });
        }
        let twice = Session::new(ProviderInputs::default(), agency).to_json();
        assert_eq!(Session::from_json(&twice), Err(LoadProblem::DuplicatePlatform { name: "政务云".into() }));
        let many: Vec<String> = (0..=load::MAX_ANSWERS).map(|i| format!("\"X{i}\":\"met\"")).collect();
        let text = format!(
            r#"{{"format":"cloud-selfcheck-session","version":1,"provider":{{"profile":{{}},"answers":{{{}}}}},"agency":{{"workloads":[],"platforms":[]}}}}"#,
            many.join(",")
        );
        assert!(matches!(Session::from_json(&text), Err(LoadProblem::TooMany { what: load::Counted::Answers, .. })));
        let obligations: Vec<String> = (0..=load::MAX_OBLIGATIONS / 10).map(|i| format!("\"O{i}\":\"met\"")).collect();
        let workload = format!(r#"{{"name":"x","obligations":{{{}}}}}"#, obligations.join(","));
        let text = format!(
            r#"{{"format":"cloud-selfcheck-session","version":1,"provider":{{"profile":{{}},"answers":{{}}}},"agency":{{"workloads":[{}],"platforms":[]}}}}"#,
            vec![workload; 10].join(",")
        );
        assert!(matches!(
            Session::from_json(&text),
            Err(LoadProblem::TooMany { what: load::Counted::ObligationAnswers, .. })
        ));
    }
}
