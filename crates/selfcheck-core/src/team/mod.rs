//! A self-check done by a team: items assigned to owners (`owners`), questionnaires
//! handed out to them (`questionnaire`), their files merged back (`merge` is the rule,
//! `provider` and `agency` apply it, `history` keeps what was not chosen, `fit` moves
//! the oldest of it to files of its own before a limit is passed), and two
//! reports compared (`compare`).

pub mod agency;
pub mod compare;
pub mod compare_csv;
pub mod fit;
pub mod history;
pub mod incoming;
pub mod merge;
pub mod owners;
pub mod provider;
pub mod questionnaire;
pub mod questionnaire_sheet;

pub use history::{AgencyHistory, History, Superseded};
pub use merge::{Candidate, Conflict, Mergeable, Plan, Prefer, Side};
pub use questionnaire::Questionnaire;
