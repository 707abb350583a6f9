//! Why a report or a session file is refused, as typed values: shared by the readers
//! (`load`, `session`), the limits every reader enforces (`limits`) and the writers'
//! checks (`writable`), and what a reader warns of (`LoadWarning`). Their words are
//! `load`'s `Describe`.

use super::model::{Report, Role};
use crate::catalog::versions::Upgrade;
use crate::catalog::CatalogProblem;
use crate::messages::M;

/// A list whose size is capped.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Counted {
    Workloads,
    Platforms,
    Answers,
    ObligationAnswers,
    Catalogs,
    History,
    QuestionnaireItems,
    EvidenceFiles,
}

impl Counted {
    /// Its name in messages.
    pub const fn term(self) -> M {
        match self {
            Counted::Workloads => M::CountedWorkloads,
            Counted::Platforms => M::CountedPlatforms,
            Counted::Answers => M::CountedAnswers,
            Counted::ObligationAnswers => M::CountedObligations,
            Counted::Catalogs => M::CountedCatalogs,
            Counted::History => M::CountedHistory,
            Counted::QuestionnaireItems => M::CountedQuestionnaireItems,
            Counted::EvidenceFiles => M::CountedEvidenceFiles,
        }
    }
}

/// Whose 等级保护 level is out of range.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LevelOf {
    Workload,
    Platform,
    /// The provider's own platform.
    Profile,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LoadProblem {
    TooLarge {
        bytes: usize,
    },
    /// The browser or the system could not read the file at all.
    Unreadable {
        detail: String,
    },
    NotUtf8,
    NotJson {
        line: usize,
        column: usize,
        detail: String,
    },
    /// JSON, but not a file of this kind: `expected` is the `format` it lacks.
    NotOurFormat {
        expected: &'static str,
    },
    NewerVersion {
        found: u64,
        supported: u32,
    },
    BadVersion,
    /// Not the format's shape, where serde found it.
    Invalid {
        line: usize,
        column: usize,
        detail: String,
    },
    TooMany {
        what: Counted,
        count: usize,
        limit: usize,
    },
    BadTimestamp {
        field: &'static str,
        value: String,
    },
    /// The section of the role is missing, or the other role's is present.
    RoleSection {
        role: Role,
    },
    UnsortedServiceModels,
    LevelOutOfRange {
        what: LevelOf,
        name: String,
        value: u8,
    },
    DuplicatePlatform {
        name: String,
    },
    /// An embedded catalog that is not one (the first problem found in it).
    Catalog(CatalogProblem),
    /// A questionnaire that names no owner.
    QuestionnaireWithoutOwner,
    /// An evidence fingerprint that is not a hash (64 hex digits each).
    BadFingerprint {
        item: String,
        name: String,
    },
    /// A `signature` member that could never hold (the member it concerns, and why).
    Signature(super::signature::SignatureFault),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LoadWarning {
    /// The digest does not match the content: the file was edited after export.
    DigestMismatch,
    /// Answers to items this tool's catalogs do not have; they are kept.
    UnknownItems(Vec<String>),
    /// The report was made against different catalog content, and does not say which
    /// items changed (a file before format 3, or an edited embedded catalog).
    CatalogChanged { id: String },
    /// The report was made against another version of a built-in catalog: what changed.
    CatalogUpgraded(Upgrade),
    /// The report names a catalog this tool does not have; its answers are kept.
    CatalogUnknown { id: String },
    /// An older format was read and brought up to date.
    Migrated { from: u32 },
}

/// A checked report: the whole `Report` (`load_report`), or its inputs (`load_inputs`).
#[derive(Clone, Debug, PartialEq)]
pub struct Loaded<R = Report> {
    pub report: R,
    pub warnings: Vec<LoadWarning>,
}
