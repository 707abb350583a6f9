//! Which window keeps the work in this browser's storage. The file may be open in
//! several windows that share one storage; only one writes it (see
//! `platform/windows.rs`), the others follow what it saves and change nothing. The
//! window keeper (`window_keeper.rs`) decides this window's part; the reducer holds
//! the copy the page renders, told by the keeper's actions.

/// This window's part in keeping the work.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Keeping {
    /// The storage is being read: nothing can be changed yet.
    Opening,
    /// This window saves the work.
    Writer,
    /// Another window saves it; this one shows what that one saved. `asked`: this
    /// window asked to edit and waits for the other to save and hand over.
    Follower { asked: bool },
    /// Another window saved work this one had not seen (a browser without Web Locks):
    /// this window stopped saving, so its changes live only in the page.
    Overtaken,
}

impl Keeping {
    /// May the user change the work in this window?
    pub fn may_edit(self) -> bool {
        matches!(self, Keeping::Writer | Keeping::Overtaken)
    }

    /// Is what changes here written to storage?
    pub fn saves(self) -> bool {
        self == Keeping::Writer
    }

    /// For the page's `data-keeping` (tests, styles).
    pub fn code(self) -> &'static str {
        match self {
            Keeping::Opening => "opening",
            Keeping::Writer => "writer",
            Keeping::Follower { .. } => "follower",
            Keeping::Overtaken => "overtaken",
        }
    }
}
