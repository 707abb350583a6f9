//! The window keeper: how this window keeps the work in the browser's storage, as a
//! pure state machine. Events come in (the storage opened, the lock was granted, the
//! work changed, typing paused, a save finished, another window saved or asked to
//! edit, the page crashed …) and `step` answers with the effects to carry out (read
//! the stored session, save this revision expecting that stamp, tell the other
//! windows, let the lock go, tell the reducer …). `autosave.rs` turns the browser's
//! callbacks into events and carries the effects out through `platform/`; nothing
//! here touches the browser, so every case is tested natively.
//!
//! This window's part (`Keeping`) is decided here and only here: the reducer's
//! `AppState::keeping` is the copy the page renders, and it changes only through the
//! actions this machine sends (`Opened`, `BecameWriter`, `Keeping`).
//!
//! The rules: the writer saves once typing pauses and at once when the page hides, one
//! save at a time and the newest last, and tells the other windows after each save; a
//! follower reads what was saved each time it is told; a follower may ask the writer
//! to hand over, which it does once its last save is in. A session that would not read
//! back is never saved over the stored one, and the window that holds it keeps the
//! work (it hands over to no other). Without Web Locks every window writes, each
//! expecting the stamp it last read or wrote: one that finds another's save stops
//! saving (`Overtaken`). After a crash nothing more is saved.

use selfcheck_core::report::writable::OverLimit;
use selfcheck_core::session::{RestoreProblem, Session};

use super::{Action, Keeping, StorageProblem};

/// This window's place among the windows of the file, as the lock gives it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Claim {
    /// This window holds the writers' lock.
    Writer,
    /// Another window holds it; this one waits for it.
    Follower,
}

/// Why the stored session is read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reading {
    /// This window was given its part: it starts from what is stored.
    Claim(Claim),
    /// Another window saved: a follower shows what it saved.
    Follow,
}

/// The stored session as read (one that could not be read is set aside first).
#[derive(Clone, Debug, PartialEq)]
pub struct Read {
    /// Nothing stored, the session, or why it could not be restored.
    pub session: Result<Option<Box<Session>>, RestoreProblem>,
    /// The stamp of what is stored now (`None`: nothing is).
    pub stamp: Option<String>,
    /// The last attempt to save failed: what is stored is behind the last changes.
    pub stale: bool,
}

/// Why a write did not go in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WriteError {
    /// The browser refused (quota full, storage unavailable).
    Storage(StorageProblem),
    /// Another window saved since this one last read or wrote: nothing was written.
    Overtaken,
}

/// What a write may replace.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Expect {
    /// This window holds the writers' lock: no other window writes.
    Held,
    /// Only the session with this stamp (`None`: nothing stored). Without Web Locks.
    Stamp(Option<String>),
}

/// What happened, as the keeper hears it.
#[derive(Clone, Debug, PartialEq)]
pub enum Event {
    /// The page mounted.
    PageOpened,
    /// The storage is open (IndexedDB, or localStorage where it cannot be used).
    StoreOpened,
    /// The browser has Web Locks: the lock will say soon whether this window writes.
    Joined,
    /// No Web Locks: every window writes, each checking it replaces what it saw.
    NoWebLocks,
    /// The lock gave this window its part.
    Claimed(Claim),
    /// The stored session, read for `Reading`; `Err` when the storage could not be read.
    Read(Reading, Result<Read, StorageProblem>),
    /// The work as rendered: its revision, and whether autosave must not overwrite
    /// what is stored (`AppState::autosave_paused`).
    Changed { revision: u64, paused: bool },
    /// Typing paused long enough.
    DebounceElapsed,
    /// The page is going away or hidden: the last chance to save.
    Hidden,
    /// The save asked for would not read back: nothing was written.
    SaveRefused(OverLimit),
    /// A write finished: the new stamp, or why nothing was written.
    Written(Result<String, WriteError>),
    /// Another window saved.
    OtherSaved,
    /// A follower asks this window to let it edit.
    HandOverAsked,
    /// The user asks to edit in this window.
    AskToEdit,
    /// The user asks to clear every stored session and preference.
    ClearAll,
    /// The storage was cleared, or why not.
    Cleared(Result<(), StorageProblem>),
    /// The page panicked: its state may be half-changed.
    Crashed,
}

/// What the hook is to do.
#[derive(Clone, Debug, PartialEq)]
pub enum Effect {
    /// Open the storage; `StoreOpened` once it is.
    OpenStore,
    /// Ask for the writers' lock and listen to the other windows; `Joined` or `NoWebLocks`.
    JoinWindows,
    /// Read the stored session (setting aside one that cannot be read); `Read`.
    Read(Reading),
    /// (Re)start the pause after typing; `DebounceElapsed` when it ends.
    StartDebounce,
    /// The pause is over early: it must not end later.
    CancelDebounce,
    /// Save the work as the page shows it (`revision` at least), replacing only what
    /// `expect` says: `SaveRefused` at once if it would not read back, else `Written`.
    Save { revision: u64, expect: Expect },
    /// Note in the browser that what is stored is behind the last changes.
    MarkStale,
    /// Tell the other windows this one saved.
    TellSaved,
    /// Ask the writer to hand over.
    AskToHandOver,
    /// Let the lock go to the window that asked, and queue for it again.
    ReleaseLock,
    /// Give back every lock this page holds or waits for (after a crash).
    LetGo,
    /// Clear every stored session and preference; `Cleared`.
    Clear,
    /// Tell the reducer.
    Dispatch(Action),
}

/// The keeper's state. `Default` is the page as it opens.
#[derive(Clone, Debug)]
pub struct WindowKeeper {
    keeping: Keeping,
    store_open: bool,
    /// Web Locks elect the writer (and the channel to the other windows exists).
    web_locks: bool,
    /// The stamp of the stored session this window last read or wrote.
    stamp: Option<String>,
    /// The latest revision of the work, and whether it may be saved over what is stored.
    revision: u64,
    paused: bool,
    /// The revision in storage (or read from it).
    saved_revision: u64,
    /// A pause after typing is running.
    waiting: bool,
    /// The revision being written, while a write is in flight.
    writing: Option<u64>,
    /// Something changed while a save was in flight: save again after it.
    again: bool,
    /// A follower asked to edit: hand over once the last save is in.
    hand_over: bool,
    /// The last save was refused (the session would not read back): this window keeps
    /// the work and hands over to no other.
    refused: bool,
    crashed: bool,
}

impl Default for WindowKeeper {
    fn default() -> Self {
        WindowKeeper {
            keeping: Keeping::Opening,
            store_open: false,
            web_locks: false,
            stamp: None,
            revision: 0,
            paused: false,
            saved_revision: 0,
            waiting: false,
            writing: None,
            again: false,
            hand_over: false,
            refused: false,
            crashed: false,
        }
    }
}

impl WindowKeeper {
    /// This window's part.
    pub fn keeping(&self) -> Keeping {
        self.keeping
    }

    /// One event in, the effects to carry out (in order) out.
    pub fn step(&mut self, event: Event) -> Vec<Effect> {
        let mut out = Vec::new();
        if self.crashed {
            return out; // a crashed page saves nothing more
        }
        match event {
            Event::PageOpened => out.push(Effect::OpenStore),
            Event::StoreOpened => {
                self.store_open = true;
                out.push(Effect::JoinWindows);
            }
            Event::Joined => self.web_locks = true,
            Event::NoWebLocks => {
                self.web_locks = false;
                out.push(Effect::Read(Reading::Claim(Claim::Writer)));
            }
            Event::Claimed(claim) => {
                if self.store_open {
                    out.push(Effect::Read(Reading::Claim(claim)));
                }
            }
            Event::Read(Reading::Claim(claim), read) => self.claimed(claim, read, &mut out),
            Event::Read(Reading::Follow, read) => {
                // Applied only while this window follows: one that writes keeps its work.
                if let (Ok(Read { session: Ok(session), stamp, .. }), false) = (read, self.keeping.may_edit()) {
                    self.stamp = stamp;
                    out.push(Effect::Dispatch(Action::Followed(session)));
                }
            }
            Event::Changed { revision, paused } => {
                self.paused = paused;
                if revision > self.revision {
                    self.revision = revision;
                    if revision > self.saved_revision {
                        self.waiting = true;
                        out.push(Effect::StartDebounce);
                    }
                }
            }
            Event::DebounceElapsed => {
                if std::mem::take(&mut self.waiting) {
                    self.save(&mut out);
                }
            }
            Event::Hidden => self.flush(&mut out),
            Event::SaveRefused(over) => {
                self.writing = None;
                self.refused = true;
                out.extend([Effect::MarkStale, Effect::Dispatch(Action::SaveRefused(over))]);
            }
            Event::Written(result) => self.written(result, &mut out),
            Event::OtherSaved => {
                if self.store_open && !self.keeping.may_edit() {
                    out.push(Effect::Read(Reading::Follow));
                }
            }
            Event::HandOverAsked => {
                if self.keeping.saves() {
                    self.hand_over = true;
                    self.flush(&mut out);
                    if self.writing.is_none() && !self.refused {
                        self.release(&mut out);
                    }
                }
            }
            Event::AskToEdit => {
                if let Keeping::Follower { .. } = self.keeping {
                    self.keeping = Keeping::Follower { asked: true };
                    out.extend([Effect::Dispatch(Action::Keeping(self.keeping)), Effect::AskToHandOver]);
                }
            }
            Event::ClearAll => out.push(Effect::Clear),
            Event::Cleared(Ok(())) => {
                self.stamp = None;
                out.push(Effect::Dispatch(Action::ClearedAll));
                self.tell_saved(&mut out);
            }
            Event::Cleared(Err(problem)) => out.push(Effect::Dispatch(Action::SaveFailed(problem))),
            Event::Crashed => {
                self.crashed = true;
                if std::mem::take(&mut self.waiting) {
                    out.push(Effect::CancelDebounce);
                }
                out.push(Effect::LetGo);
            }
        }
        out
    }

    /// This window was given its part: it starts from what is stored.
    fn claimed(&mut self, claim: Claim, read: Result<Read, StorageProblem>, out: &mut Vec<Effect>) {
        // Unreadable storage: starting empty, a write will find out whether it can save.
        let Read { session, stamp, stale } = read.unwrap_or(Read { session: Ok(None), stamp: None, stale: false });
        let opening = self.keeping == Keeping::Opening;
        self.keeping = match claim {
            Claim::Writer => Keeping::Writer,
            Claim::Follower => Keeping::Follower { asked: false },
        };
        self.stamp = stamp;
        self.saved_revision = self.revision;
        let keeping = self.keeping;
        match (opening, claim, session) {
            (true, _, session) => {
                let session = Box::new(session.map(|s| s.map(|s| *s)));
                out.push(Effect::Dispatch(Action::Opened { session, stale, keeping }));
            }
            (false, Claim::Writer, Ok(session)) => out.push(Effect::Dispatch(Action::BecameWriter(session))),
            // What was stored could not be read (it was set aside): this window goes on
            // from the work it shows. (A window is told to follow only as it opens.)
            (false, _, session) => {
                if let (Claim::Follower, Ok(session)) = (claim, session) {
                    out.push(Effect::Dispatch(Action::Followed(session)));
                }
                out.push(Effect::Dispatch(Action::Keeping(keeping)));
            }
        }
    }

    /// Saves the latest work if this window writes; one save at a time, the newest last.
    /// False when no save was started or is coming.
    fn save(&mut self, out: &mut Vec<Effect>) -> bool {
        if !self.store_open || !self.keeping.saves() || self.paused || self.revision <= self.saved_revision {
            return false;
        }
        if self.writing.is_some() {
            self.again = true;
            return true;
        }
        self.writing = Some(self.revision);
        let expect = if self.web_locks { Expect::Held } else { Expect::Stamp(self.stamp.clone()) };
        out.push(Effect::Save { revision: self.revision, expect });
        true
    }

    /// Saves at once what waits for typing to pause.
    fn flush(&mut self, out: &mut Vec<Effect>) {
        if std::mem::take(&mut self.waiting) {
            out.push(Effect::CancelDebounce);
            self.save(out);
        }
    }

    fn written(&mut self, result: Result<String, WriteError>, out: &mut Vec<Effect>) {
        let Some(revision) = self.writing.take() else { return };
        // The session passed the check before it was written.
        self.refused = false;
        match result {
            Ok(stamp) => {
                self.stamp = Some(stamp);
                self.saved_revision = revision;
                self.tell_saved(out);
                out.push(Effect::Dispatch(Action::Saved));
            }
            Err(WriteError::Overtaken) => {
                self.keeping = Keeping::Overtaken;
                out.push(Effect::Dispatch(Action::Keeping(Keeping::Overtaken)));
            }
            Err(WriteError::Storage(problem)) => out.push(Effect::Dispatch(Action::SaveFailed(problem))),
        }
        let mut again = std::mem::take(&mut self.again);
        // Changed meanwhile, with a hand-over asked: saved before the lock goes.
        if self.hand_over && std::mem::take(&mut self.waiting) {
            out.push(Effect::CancelDebounce);
            again = true;
        }
        if !(again && self.save(out)) && self.hand_over && !self.refused {
            self.release(out);
        }
    }

    fn tell_saved(&self, out: &mut Vec<Effect>) {
        if self.web_locks {
            out.push(Effect::TellSaved);
        }
    }

    /// The last save is in: the lock goes to the window that asked, and this one follows.
    fn release(&mut self, out: &mut Vec<Effect>) {
        self.hand_over = false;
        self.keeping = Keeping::Follower { asked: false };
        out.extend([Effect::ReleaseLock, Effect::Dispatch(Action::Keeping(self.keeping))]);
    }
}

#[cfg(test)]
mod tests {
    use selfcheck_core::report::writable::Written;
    use selfcheck_core::report::LoadProblem;
    use selfcheck_core::{AgencyWork, ProviderWork};
    use selfcheck_core::{Answer, Lang, Status};

    use super::*;
    use crate::route::Route;
    use crate::state::AppState;

    /// A window: the keeper, and the reducer's state as the keeper's actions leave it.
    /// After every step the page shows the part the keeper decided.
    struct Window {
        keeper: WindowKeeper,
        state: AppState,
    }

    impl Window {
        fn new() -> Window {
            Window { keeper: WindowKeeper::default(), state: AppState::opening(Lang::ZhCn, Route::Provider) }
        }

        fn step(&mut self, event: Event) -> Vec<Effect> {
            let effects = self.keeper.step(event);
            for effect in &effects {
                if let Effect::Dispatch(action) = effect {
                    self.state = self.state.apply(action.clone());
                }
            }
            assert_eq!(self.state.window.keeping, self.keeper.keeping(), "the page shows the keeper's part");
            effects
        }

        /// The page opened, and the lock (or its absence) gave this window its part.
        fn opened(web_locks: bool, claim: Claim, stored: Result<Read, StorageProblem>) -> Window {
            let mut window = Window::new();
            assert_eq!(window.step(Event::PageOpened), [Effect::OpenStore]);
            assert_eq!(window.step(Event::StoreOpened), [Effect::JoinWindows]);
            if web_locks {
                assert_eq!(window.step(Event::Joined), []);
                assert_eq!(window.keeper.keeping(), Keeping::Opening, "until the lock answers");
                assert_eq!(window.step(Event::Claimed(claim)), [Effect::Read(Reading::Claim(claim))]);
            } else {
                assert_eq!(window.step(Event::NoWebLocks), [Effect::Read(Reading::Claim(Claim::Writer))]);
            }
            window.step(Event::Read(Reading::Claim(claim), stored));
            window
        }

        fn writer() -> Window {
            Window::opened(true, Claim::Writer, stored(Some(work(Status::Met)), "s1"))
        }

        fn follower() -> Window {
            Window::opened(true, Claim::Follower, stored(Some(work(Status::Met)), "s1"))
        }

        /// The user changed the work to `revision` (the reducer counts it).
        fn change(&mut self, revision: u64) -> Vec<Effect> {
            self.state.revision = revision;
            self.step(Event::Changed { revision, paused: self.state.autosave_paused() })
        }
    }

    fn work(status: Status) -> Session {
        let mut provider = ProviderWork::default();
        provider.answers_mut().insert("M19-A3-01-Q1".into(), Answer::with_status(status));
        Session::new(provider, AgencyWork::default())
    }

    fn nothing() -> Session {
        Session::default()
    }

    /// The work the page shows, as its stored session would read back.
    fn shown(state: &AppState) -> Session {
        Session::from_json(&state.session().to_json()).expect("the page's work reads back")
    }

    fn stored(session: Option<Session>, stamp: &str) -> Result<Read, StorageProblem> {
        Ok(Read { session: Ok(session.map(Box::new)), stamp: Some(stamp.into()), stale: false })
    }

    fn save(revision: u64) -> Effect {
        Effect::Save { revision, expect: Expect::Held }
    }

    fn save_over(revision: u64, stamp: Option<&str>) -> Effect {
        Effect::Save { revision, expect: Expect::Stamp(stamp.map(String::from)) }
    }

    fn saved(stamp: &str) -> Event {
        Event::Written(Ok(stamp.into()))
    }

    fn keeping(keeping: Keeping) -> Effect {
        Effect::Dispatch(Action::Keeping(keeping))
    }

    fn over_limit() -> OverLimit {
        OverLimit { written: Written::Session, problem: LoadProblem::TooLarge { bytes: 60_000_000 } }
    }

    const DONE_SAVING: [Effect; 2] = [Effect::TellSaved, Effect::Dispatch(Action::Saved)];

    #[test]
    fn opening_restores_what_is_stored() {
        let mut window = Window::new();
        assert_eq!(window.keeper.keeping(), Keeping::Opening);
        window.step(Event::PageOpened);
        window.step(Event::StoreOpened);
        window.step(Event::Joined);
        window.step(Event::Claimed(Claim::Writer));
        let read = Read { session: Ok(Some(Box::new(work(Status::Partial)))), stamp: Some("s1".into()), stale: true };
        assert_eq!(
            window.step(Event::Read(Reading::Claim(Claim::Writer), Ok(read))),
            [Effect::Dispatch(Action::Opened {
                session: Box::new(Ok(Some(work(Status::Partial)))),
                stale: true,
                keeping: Keeping::Writer
            })]
        );
        assert_eq!(shown(&window.state), work(Status::Partial));
        assert!(window.state.window.restored_stale, "the page says the stored work is behind");
        // What was read counts as saved.
        assert_eq!(window.change(0), []);
    }

    #[test]
    fn opening_with_nothing_stored_or_unreadable_storage_starts_empty() {
        for stored in [stored(None, "s0"), Err(StorageProblem::Unavailable)] {
            let mut window = Window::new();
            for event in [Event::PageOpened, Event::StoreOpened, Event::Joined, Event::Claimed(Claim::Writer)] {
                window.step(event);
            }
            assert_eq!(
                window.step(Event::Read(Reading::Claim(Claim::Writer), stored)),
                [Effect::Dispatch(Action::Opened {
                    session: Box::new(Ok(None)),
                    stale: false,
                    keeping: Keeping::Writer
                })]
            );
            assert_eq!(shown(&window.state), nothing());
        }
        // Without Web Locks the first write then expects nothing stored.
        let mut window = Window::opened(false, Claim::Writer, Err(StorageProblem::Unavailable));
        window.change(1);
        assert_eq!(window.step(Event::DebounceElapsed), [save_over(1, None)]);
    }

    #[test]
    fn a_stored_session_that_could_not_be_set_aside_is_never_saved_over() {
        let problem = RestoreProblem { problem: LoadProblem::NotUtf8, set_aside: false };
        let read = Read { session: Err(problem.clone()), stamp: Some("s1".into()), stale: false };
        let mut window = Window::opened(true, Claim::Writer, Ok(read));
        assert_eq!(window.state.window.restore_problem, Some(problem));
        assert_eq!(window.keeper.keeping(), Keeping::Writer);
        assert_eq!(window.change(1), [Effect::StartDebounce]);
        assert_eq!(window.step(Event::DebounceElapsed), [], "autosave paused");
        assert_eq!(window.step(Event::Hidden), []);

        // Clearing all local data lifts it: the next change is saved.
        assert_eq!(window.step(Event::ClearAll), [Effect::Clear]);
        assert_eq!(window.step(Event::Cleared(Ok(()))), [Effect::Dispatch(Action::ClearedAll), Effect::TellSaved]);
        assert_eq!(window.change(1), [], "the same revision, no longer paused");
        window.change(2);
        assert_eq!(window.step(Event::DebounceElapsed), [save(2)]);
    }

    #[test]
    fn the_writer_saves_a_change_once_typing_pauses() {
        let mut window = Window::writer();
        assert_eq!(window.keeper.keeping(), Keeping::Writer);
        assert_eq!(window.change(1), [Effect::StartDebounce]);
        assert_eq!(window.change(2), [Effect::StartDebounce], "each keystroke restarts the pause");
        assert_eq!(window.step(Event::DebounceElapsed), [save(2)]);
        assert_eq!(window.step(saved("s2")), DONE_SAVING);
        assert_eq!(window.state.window.save, crate::state::SaveStatus::Saved);
        // Nothing new: nothing to save, on a late timer or on hiding.
        assert_eq!(window.step(Event::DebounceElapsed), []);
        assert_eq!(window.step(Event::Hidden), []);
    }

    #[test]
    fn a_change_during_a_save_is_saved_after_it_one_write_at_a_time_the_newest_last() {
        let mut window = Window::writer();
        window.change(1);
        assert_eq!(window.step(Event::DebounceElapsed), [save(1)]);
        window.change(2);
        assert_eq!(window.step(Event::DebounceElapsed), [], "one write at a time");
        window.change(3);
        assert_eq!(window.step(Event::Hidden), [Effect::CancelDebounce], "still one at a time");
        let mut after = DONE_SAVING.to_vec();
        after.push(save(3));
        assert_eq!(window.step(saved("s2")), after, "the newest, at once after the first");
        assert_eq!(window.step(saved("s3")), DONE_SAVING);
        assert_eq!(window.change(3), []);
    }

    #[test]
    fn hiding_the_page_saves_at_once() {
        let mut window = Window::writer();
        window.change(1);
        assert_eq!(window.step(Event::Hidden), [Effect::CancelDebounce, save(1)]);
        assert_eq!(window.step(Event::DebounceElapsed), [], "the pause was cancelled");
        assert_eq!(window.step(saved("s2")), DONE_SAVING);
    }

    #[test]
    fn a_follower_shows_what_the_writer_saved_each_time() {
        let mut window = Window::follower();
        assert_eq!(window.keeper.keeping(), Keeping::Follower { asked: false });
        assert_eq!(shown(&window.state), work(Status::Met), "what was stored when it opened");
        for (status, stamp) in [(Status::Partial, "s2"), (Status::NotMet, "s3")] {
            assert_eq!(window.step(Event::OtherSaved), [Effect::Read(Reading::Follow)]);
            assert_eq!(
                window.step(Event::Read(Reading::Follow, stored(Some(work(status)), stamp))),
                [Effect::Dispatch(Action::Followed(Some(Box::new(work(status)))))]
            );
            assert_eq!(shown(&window.state), work(status));
        }
        // A read that fails, or finds what cannot be read, leaves what it shows.
        assert_eq!(window.step(Event::Read(Reading::Follow, Err(StorageProblem::Unavailable))), []);
        let damaged = RestoreProblem { problem: LoadProblem::NotUtf8, set_aside: true };
        let read = Read { session: Err(damaged), stamp: Some("s4".into()), stale: false };
        assert_eq!(window.step(Event::Read(Reading::Follow, Ok(read))), []);
        // It saves nothing, and never hands over.
        assert_eq!(window.step(Event::Hidden), []);
        assert_eq!(window.step(Event::HandOverAsked), []);
        // The writer itself ignores the others' "saved" (there are none).
        assert_eq!(Window::writer().step(Event::OtherSaved), []);
    }

    #[test]
    fn a_follower_asks_to_edit_and_the_writer_hands_over_once_its_last_save_is_in() {
        let mut follower = Window::follower();
        let asked = Keeping::Follower { asked: true };
        assert_eq!(follower.step(Event::AskToEdit), [keeping(asked), Effect::AskToHandOver]);

        // The writer has a change waiting for the pause: saved first, then the lock goes.
        let mut writer = Window::writer();
        writer.change(1);
        assert_eq!(writer.step(Event::HandOverAsked), [Effect::CancelDebounce, save(1)]);
        assert_eq!(writer.keeper.keeping(), Keeping::Writer, "not before the save is in");
        let follows = Keeping::Follower { asked: false };
        let mut after = DONE_SAVING.to_vec();
        after.extend([Effect::ReleaseLock, keeping(follows)]);
        assert_eq!(writer.step(saved("s2")), after);
        assert_eq!(writer.change(1), []);
        assert_eq!(writer.step(Event::OtherSaved), [Effect::Read(Reading::Follow)], "it now follows");

        // The follower hears "saved", then gets the lock, and starts from what is stored.
        assert_eq!(follower.step(Event::OtherSaved), [Effect::Read(Reading::Follow)]);
        assert_eq!(follower.step(Event::Claimed(Claim::Writer)), [Effect::Read(Reading::Claim(Claim::Writer))]);
        assert_eq!(follower.keeper.keeping(), asked, "until what is stored is read");
        assert_eq!(
            follower.step(Event::Read(Reading::Claim(Claim::Writer), stored(Some(work(Status::Partial)), "s2"))),
            [Effect::Dispatch(Action::BecameWriter(Some(Box::new(work(Status::Partial)))))]
        );
        assert_eq!(follower.keeper.keeping(), Keeping::Writer);
        // The "saved" read finishing late does not undo what this window now edits.
        let late = stored(Some(work(Status::Met)), "s1");
        assert_eq!(follower.step(Event::Read(Reading::Follow, late)), []);
        follower.change(1);
        assert_eq!(follower.step(Event::DebounceElapsed), [save(1)]);
    }

    #[test]
    fn a_window_given_the_lock_when_the_stored_work_cannot_be_read_goes_on_from_its_own() {
        let mut window = Window::follower();
        let damaged = RestoreProblem { problem: LoadProblem::NotUtf8, set_aside: true };
        let read = Read { session: Err(damaged), stamp: Some("s2".into()), stale: false };
        window.step(Event::Claimed(Claim::Writer));
        assert_eq!(window.step(Event::Read(Reading::Claim(Claim::Writer), Ok(read))), [keeping(Keeping::Writer)]);
        assert_eq!(shown(&window.state), work(Status::Met), "what it showed");
        window.change(1);
        assert_eq!(window.step(Event::DebounceElapsed), [save(1)]);
    }

    #[test]
    fn hand_over_with_nothing_to_save_is_at_once_and_waits_for_a_save_in_flight() {
        let mut writer = Window::writer();
        let follows = Keeping::Follower { asked: false };
        assert_eq!(writer.step(Event::HandOverAsked), [Effect::ReleaseLock, keeping(follows)]);

        let mut writer = Window::writer();
        writer.change(1);
        writer.step(Event::DebounceElapsed);
        assert_eq!(writer.step(Event::HandOverAsked), [], "a write is in flight");
        writer.change(2);
        // The change made meanwhile is saved too before the lock goes.
        let mut after = DONE_SAVING.to_vec();
        after.extend([Effect::CancelDebounce, save(2)]);
        assert_eq!(writer.step(saved("s2")), after);
        let mut after = DONE_SAVING.to_vec();
        after.extend([Effect::ReleaseLock, keeping(follows)]);
        assert_eq!(writer.step(saved("s3")), after);
    }

    #[test]
    fn a_crashed_page_lets_the_lock_go_and_saves_nothing_more() {
        let mut writer = Window::writer();
        writer.change(1);
        writer.step(Event::DebounceElapsed);
        writer.change(2);
        assert_eq!(writer.keeper.step(Event::Crashed), [Effect::CancelDebounce, Effect::LetGo]);
        for event in [
            saved("s2"),
            Event::DebounceElapsed,
            Event::Hidden,
            Event::Changed { revision: 3, paused: false },
            Event::HandOverAsked,
            Event::OtherSaved,
            Event::Claimed(Claim::Writer),
            Event::AskToEdit,
            Event::ClearAll,
            Event::Crashed,
        ] {
            assert_eq!(writer.keeper.step(event.clone()), [], "{event:?}");
        }
        // A page that crashed while it waited for the lock gives it back too.
        let mut follower = Window::follower();
        assert_eq!(follower.keeper.step(Event::Crashed), [Effect::LetGo]);
    }

    #[test]
    fn without_web_locks_every_window_writes_expecting_the_stamp_it_last_saw() {
        let mut window = Window::opened(false, Claim::Writer, stored(Some(work(Status::Met)), "s1"));
        assert_eq!(window.keeper.keeping(), Keeping::Writer, "every window writes");
        window.change(1);
        assert_eq!(window.step(Event::DebounceElapsed), [save_over(1, Some("s1"))]);
        // No other window to tell: no channel without the lock.
        assert_eq!(window.step(saved("s2")), [Effect::Dispatch(Action::Saved)]);
        window.change(2);
        assert_eq!(window.step(Event::Hidden), [Effect::CancelDebounce, save_over(2, Some("s2"))]);
    }

    #[test]
    fn a_stale_stamp_stops_the_window_saving_and_nothing_is_written_over_the_other_save() {
        let mut window = Window::opened(false, Claim::Writer, stored(Some(work(Status::Met)), "s1"));
        window.change(1);
        assert_eq!(window.step(Event::DebounceElapsed), [save_over(1, Some("s1"))]);
        // Another window saved meanwhile: the store found a stamp other than "s1".
        assert_eq!(window.step(Event::Written(Err(WriteError::Overtaken))), [keeping(Keeping::Overtaken)]);
        assert!(window.state.window.keeping.may_edit(), "the work stays editable in this window");
        // Its changes live in the page only: never saved, never replaced by others' saves.
        window.change(2);
        assert_eq!(window.step(Event::DebounceElapsed), []);
        assert_eq!(window.step(Event::Hidden), []);
        assert_eq!(window.step(Event::OtherSaved), []);
        assert_eq!(window.keeper.keeping(), Keeping::Overtaken);
    }

    #[test]
    fn a_save_that_would_not_read_back_keeps_the_work_here_and_no_hand_over() {
        let mut writer = Window::writer();
        writer.change(1);
        assert_eq!(writer.step(Event::DebounceElapsed), [save(1)]);
        assert_eq!(
            writer.step(Event::SaveRefused(over_limit())),
            [Effect::MarkStale, Effect::Dispatch(Action::SaveRefused(over_limit()))]
        );
        assert_eq!(writer.state.window.save, crate::state::SaveStatus::Refused(over_limit()));
        assert_eq!(writer.step(Event::HandOverAsked), [], "the work would be lost: no hand-over");
        assert_eq!(writer.keeper.keeping(), Keeping::Writer);
        // Once the work is back within the limits, it is saved, and the asked hand-over happens.
        writer.change(2);
        assert_eq!(writer.step(Event::DebounceElapsed), [save(2)]);
        let mut after = DONE_SAVING.to_vec();
        after.extend([Effect::ReleaseLock, keeping(Keeping::Follower { asked: false })]);
        assert_eq!(writer.step(saved("s2")), after);
    }

    #[test]
    fn full_storage_is_said_and_the_work_is_saved_again_on_the_next_change() {
        let mut writer = Window::writer();
        writer.change(1);
        writer.step(Event::DebounceElapsed);
        let full = Event::Written(Err(WriteError::Storage(StorageProblem::Full)));
        assert_eq!(writer.step(full), [Effect::Dispatch(Action::SaveFailed(StorageProblem::Full))]);
        assert_eq!(writer.state.window.save, crate::state::SaveStatus::Failed(StorageProblem::Full));
        assert_eq!(writer.keeper.keeping(), Keeping::Writer, "it keeps working in memory");
        writer.change(2);
        assert_eq!(writer.step(Event::DebounceElapsed), [save(2)]);
    }

    #[test]
    fn clearing_all_forgets_the_stamp_and_tells_the_other_windows() {
        let mut window = Window::opened(false, Claim::Writer, stored(Some(work(Status::Met)), "s1"));
        assert_eq!(window.step(Event::ClearAll), [Effect::Clear]);
        let problem = Event::Cleared(Err(StorageProblem::Unavailable));
        assert_eq!(window.step(problem), [Effect::Dispatch(Action::SaveFailed(StorageProblem::Unavailable))]);
        assert_eq!(window.step(Event::Cleared(Ok(()))), [Effect::Dispatch(Action::ClearedAll)]);
        assert_eq!(shown(&window.state), nothing());
        window.change(1);
        assert_eq!(window.step(Event::DebounceElapsed), [save_over(1, None)], "nothing is stored now");

        let mut writer = Window::writer();
        writer.step(Event::ClearAll);
        assert_eq!(writer.step(Event::Cleared(Ok(()))), [Effect::Dispatch(Action::ClearedAll), Effect::TellSaved]);
    }
}
