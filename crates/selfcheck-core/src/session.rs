//! The autosaved session: everything the user entered, for both roles, as one JSON
//! value in browser storage. Restoring it must never crash the app: a damaged or
//! foreign value is reported and ignored. It is read with the checks of a report.

use serde::{Deserialize, Serialize};

use crate::agency::{Platform, Workload};
use crate::report::load::{self, load_inputs, LoadProblem, Loaded};
use crate::report::ReportInputs;
use crate::work::{AgencyWork, ProviderWork};

pub const SESSION_FORMAT: &str = "cloud-selfcheck-session";
/// 2: answers record who and when (an older app refuses such a session as "newer").
/// 3: a questionnaire being answered, and what merges set aside.
/// 4: a platform's data-centre location has three states (an older `false` is "not recorded").
pub const SESSION_VERSION: u32 = 4;

/// The work of both roles as saved. `W` and `P` are how the agency's rows are held
/// (`AgencyWork`): the app writes its own rows, sharing them, and reads `Session`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[serde(bound(serialize = "W: Serialize, P: Serialize", deserialize = "W: Deserialize<'de>, P: Deserialize<'de>"))]
pub struct Session<W = Workload, P = Platform> {
    pub format: String,
    pub version: u32,
    pub provider: ProviderWork,
    pub agency: AgencyWork<W, P>,
}

impl Default for Session {
    fn default() -> Self {
        Session::new(ProviderWork::default(), AgencyWork::default())
    }
}

impl<W, P> Session<W, P> {
    pub fn new(provider: ProviderWork, agency: AgencyWork<W, P>) -> Self {
        Session { format: SESSION_FORMAT.into(), version: SESSION_VERSION, provider, agency }
    }
}

impl<W: Serialize + AsRef<Workload>, P: Serialize + AsRef<Platform>> Session<W, P> {
    pub fn to_json(&self) -> String {
        crate::report::layout::compact_json(self)
    }

    /// Nothing entered: no session to keep.
    pub fn is_empty(&self) -> bool {
        self.provider.is_empty() && self.agency.is_empty()
    }
}

impl Session {
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
        load::check_values(Some(&session.provider), Some(&session.agency))?;
        Ok(session)
    }

    /// A file chosen to resume from: a report, or a window's saved work (the crash
    /// panel's download). Read as a report first, the usual case: a session is looked
    /// for only when the report reader finds the file is no report, which spares every
    /// report a whole pass over it (12 ms natively for 10,000 workloads).
    pub fn read_resumable(bytes: &[u8]) -> Result<Resumable, LoadProblem> {
        match load_inputs(bytes) {
            Err(LoadProblem::NotOurFormat { .. }) if Session::is_session_file(bytes) => {
                Session::from_json(load::decode(bytes)?).map(|session| Resumable::Session(Box::new(session)))
            }
            read => read.map(|loaded| Resumable::Report(Box::new(loaded))),
        }
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
}

/// What a file chosen to resume from turned out to be.
#[derive(Debug)]
pub enum Resumable {
    Report(Box<Loaded<ReportInputs>>),
    Session(Box<Session>),
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
    fn a_file_to_resume_from_is_a_report_or_a_session_or_refused_as_a_report() {
        let mut agency = AgencyWork::default();
        agency.workloads_mut().push(Workload { name: "门户".into(), ..Workload::default() });
        let session = Session::new(ProviderWork::default(), agency.clone());
        match Session::read_resumable(session.to_json().as_bytes()) {
            Ok(Resumable::Session(read)) => assert_eq!(*read, session),
            other => panic!("{other:?}"),
        }
        let day = crate::Date::from_ymd(2026, 12, 2).unwrap();
        let report =
            crate::report::write_report(&mut crate::report::draft_agency_report(&agency, "2026-12-02T08:00:00Z", day));
        match Session::read_resumable(report.as_bytes()) {
            Ok(Resumable::Report(loaded)) => assert_eq!(loaded.report.agency.unwrap().workloads[0].name, "门户"),
            other => panic!("{other:?}"),
        }
        // Neither: the report reader's reason, as before sessions were recognised.
        for junk in ["{", r#"{"format":"other"}"#] {
            assert_eq!(
                Session::read_resumable(junk.as_bytes()).unwrap_err(),
                load_inputs(junk.as_bytes()).unwrap_err()
            );
        }
        // A session that does not hold is refused as a session.
        let broken = session.to_json().replacen(&format!("\"version\":{SESSION_VERSION}"), "\"version\":99", 1);
        assert_ne!(broken, session.to_json());
        assert_eq!(Session::read_resumable(broken.as_bytes()).unwrap_err(), Session::from_json(&broken).unwrap_err());
    }

    #[test]
    fn round_trips_and_refuses_what_is_not_a_session() {
        let mut agency = AgencyWork::default();
        agency.workloads_mut().push(Workload { name: "门户".into(), ..Workload::default() });
        let session = Session::new(ProviderWork::default(), agency);
        assert_eq!(Session::from_json(&session.to_json()).unwrap(), session);
        assert!(matches!(Session::from_json("{"), Err(LoadProblem::NotJson { .. })));
        let other = r#"{"format":"other","version":1,"provider":{"profile":{},"answers":{}},"agency":{"workloads":[],"platforms":[]}}"#;
        assert_eq!(Session::from_json(other), Err(LoadProblem::NotOurFormat { expected: SESSION_FORMAT }));
        let bad_level = session.to_json().replace("\"name\":\"门户\"", "\"name\":\"门户\",\"mlps_level\":200");
        assert!(matches!(Session::from_json(&bad_level), Err(LoadProblem::LevelOutOfRange { value: 200, .. })));
        let newer = session.to_json().replace(&format!("\"version\":{SESSION_VERSION}"), "\"version\":9");
        assert_eq!(Session::from_json(&newer), Err(LoadProblem::NewerVersion { found: 9, supported: SESSION_VERSION }));
    }

    /// A row as the app holds it: the workload beside a stable id, written as the
    /// workload alone.
    #[derive(Clone, Serialize)]
    #[serde(transparent)]
    struct Row<T> {
        #[serde(skip)]
        _id: u64,
        value: T,
    }

    impl<T> AsRef<T> for Row<T> {
        fn as_ref(&self) -> &T {
            &self.value
        }
    }

    #[test]
    fn a_session_of_rows_held_beside_ids_is_the_same_text() {
        let mut agency = AgencyWork::default();
        agency.workloads_mut().push(Workload { name: "门户".into(), mlps_level: Some(2), ..Workload::default() });
        agency.platforms_mut().push(crate::agency::Platform { name: "政务云".into(), ..Default::default() });
        let mut provider = ProviderWork::default();
        provider.profile.provider = "示例云".into();
        provider.answers_mut().insert("M19-A3-01-Q1".into(), crate::Answer::with_status(crate::Status::Met));
        let team = crate::catalog::Catalog { id: "team".into(), ..crate::catalog::builtin().catalogs()[1].clone() };
        provider.catalogs_mut().push(crate::catalog::loaded::namespaced(team));
        provider.questionnaire = Some(std::rc::Rc::new(crate::team::Questionnaire {
            owner: "运维部".into(),
            items: vec!["M19-A3-01-Q1".into()],
            issued_at: crate::Timestamp::parse("2026-12-01T09:00:00Z").unwrap(),
            issued_by: String::new(),
            instructions: String::new(),
        }));
        let merged_at = crate::Timestamp::parse("2026-12-01T10:00:00Z").unwrap();
        let aside = crate::team::Superseded {
            value: crate::Answer::with_status(crate::Status::NotMet),
            from: "hr.json".into(),
            signer: "ab12 ".repeat(15) + "ab12",
            merged_at,
        };
        provider.history_mut().insert("M19-A3-01-Q1".into(), vec![aside.clone()]);
        let kept = crate::team::Superseded {
            value: agency.workloads[0].clone(),
            from: aside.from.clone(),
            signer: String::new(),
            merged_at: aside.merged_at.clone(),
        };
        agency.history_mut().workloads.insert("门户".into(), vec![kept]);
        agency.profile.unit = "某市政务服务数据管理局".into();
        let owned = Session::new(provider.clone(), agency.clone());
        fn rows<T: Clone>(list: &[T]) -> std::rc::Rc<Vec<Row<T>>> {
            std::rc::Rc::new(
                list.iter().cloned().enumerate().map(|(i, value)| Row { _id: i as u64 + 7, value }).collect(),
            )
        }
        let held = Session::new(
            provider.clone(),
            AgencyWork {
                profile: agency.profile.clone(),
                workloads: rows(&agency.workloads),
                platforms: rows(&agency.platforms),
                history: agency.history.clone(),
            },
        );
        assert_eq!(held.to_json(), owned.to_json());
        assert!(!held.is_empty());
        let nothing: Session<Row<Workload>, Row<crate::agency::Platform>> =
            Session::new(ProviderWork::default(), AgencyWork::empty());
        assert!(nothing.is_empty());
        let read = Session::from_json(&held.to_json()).unwrap();
        assert_eq!(read.provider.catalogs.len(), 1, "a loaded catalog is saved with the session");
        assert_eq!(read, owned, "the questionnaire and the history are kept too");
    }

    /// A session gets a report's checks: duplicate platform names and caps on lists,
    /// counted before anything is typed.
    #[test]
    fn a_session_is_checked_as_a_report_is() {
        let mut agency = AgencyWork::default();
        for _ in 0..2 {
            agency.platforms_mut().push(crate::agency::Platform { name: "政务云".into(), ..Default::default() });
        }
        let twice = Session::new(ProviderWork::default(), agency).to_json();
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
