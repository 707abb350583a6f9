//! The autosaved session: everything the user entered, for both roles, as one JSON
//! value in browser storage. Restoring it must never crash the app: a damaged or
//! foreign value is reported and ignored.

use serde::{Deserialize, Serialize};

use crate::report::{AgencyInputs, ProviderInputs};

pub const SESSION_FORMAT: &str = "cloud-selfcheck-session";
pub const SESSION_VERSION: u32 = 1;

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

    /// Reads a stored session; `Err` explains why it cannot be used.
    pub fn from_json(text: &str) -> Result<Session, String> {
        let session: Session = serde_json::from_str(text).map_err(|e| e.to_string())?;
        if session.format != SESSION_FORMAT {
            return Err(format!("not a session: format {:?}", session.format));
        }
        if session.version > SESSION_VERSION {
            return Err(format!("saved by a newer version ({})", session.version));
        }
        let level_ok = |level: Option<u8>| level.is_none_or(|l| (1..=5).contains(&l));
        let agency = &session.agency;
        if !agency.workloads.iter().all(|w| level_ok(w.mlps_level))
            || !agency.platforms.iter().all(|p| level_ok(p.mlps_level))
        {
            return Err("a protection level is outside 1–5".into());
        }
        if agency.workloads.len() > crate::report::load::MAX_WORKLOADS
            || session.provider.answers.len() > crate::report::load::MAX_ANSWERS
        {
            return Err("more entries than this tool accepts".into());
        }
        Ok(session)
    }

    /// `None` unless the text says it is a session; then the session, or why not.
    pub fn from_file_if_session(text: &str) -> Option<Result<Session, String>> {
        #[derive(Deserialize)]
        struct Format {
            format: String,
        }
        let format: Format = serde_json::from_str(text).ok()?;
        (format.format == SESSION_FORMAT).then(|| Session::from_json(text))
    }

    pub fn is_empty(&self) -> bool {
        self.provider == ProviderInputs::default() && self.agency == AgencyInputs::default()
    }
}

/// Why a stored session could not be restored, and whether it was kept elsewhere.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RestoreProblem {
    pub message: String,
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
        assert!(Session::from_json("{").is_err());
        assert!(Session::from_json(r#"{"format":"other","version":1,"provider":{"profile":{},"answers":{}},"agency":{"workloads":[],"platforms":[]}}"#).is_err());
        let bad_level = session.to_json().replace("\"name\":\"门户\"", "\"name\":\"门户\",\"mlps_level\":200");
        assert!(Session::from_json(&bad_level).unwrap_err().contains("1–5"));
        let newer = session.to_json().replace("\"version\":1", "\"version\":9");
        assert!(Session::from_json(&newer).unwrap_err().contains("newer"));
    }
}
