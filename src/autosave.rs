//! Keeping the work in this browser: the stored session is read as the page opens,
//! what changes is saved once typing pauses (serialising 10,000 workloads on every
//! keystroke would lag) and at once when the page hides, and this window plays its
//! part among the windows of the file (`platform/windows.rs`): the writer saves and
//! tells the others; a follower shows what was saved and may ask to edit instead.
//! The reducer hears all of it as actions; the browser is reached through `platform/`.

use std::cell::RefCell;
use std::rc::Rc;

use selfcheck_core::report::writable::{check_session, OverLimit, Written};
use selfcheck_core::session::{RestoreProblem, Session};
use yew::prelude::*;

use crate::platform::debounce::Debounce;
use crate::platform::session_store::{Expect, SaveError, SessionStore, Stored};
use crate::platform::storage::{self, StorageError};
use crate::platform::windows::{Claim, Message, Windows};
use crate::platform::{document, lifecycle};
use crate::state::{Action, AppState, Keeping, StorageProblem};

/// How long typing must pause before the session is written to storage.
const AUTOSAVE_DELAY_MS: u32 = 300;

/// What the page shows of keeping: asking to edit here, and saving at once.
#[derive(Clone, PartialEq)]
pub struct Autosave {
    /// A follower asks the writer to hand over.
    pub ask_to_edit: Callback<()>,
    /// Clears every stored session and the stored preferences.
    pub clear_all: Callback<()>,
}

struct Keeper {
    store: Option<SessionStore>,
    windows: Option<Windows>,
    /// This window's part, as last told to the reducer.
    keeping: Keeping,
    /// The stamp of the stored session this window last read or wrote.
    stamp: Option<String>,
    /// The state as last rendered: what a save writes.
    latest: Option<UseReducerHandle<AppState>>,
    saved_revision: u64,
    in_flight: bool,
    /// Something changed while a save was in flight: save again after it.
    again: bool,
    /// A follower asked to edit: hand over once the last save is in.
    hand_over: bool,
    /// The last save was refused (the session would not read back): this window keeps
    /// the work and hands over to no other.
    refused: bool,
}

type Shared = Rc<RefCell<Keeper>>;

/// The browser's refusal as the page states it (autosave here, preferences in `app.rs`).
impl From<StorageError> for StorageProblem {
    fn from(error: StorageError) -> Self {
        match error {
            StorageError::Full => StorageProblem::Full,
            StorageError::Unavailable => StorageProblem::Unavailable,
        }
    }
}

#[hook]
pub fn use_autosave(state: &UseReducerHandle<AppState>) -> Autosave {
    let keeper: Shared = use_mut_ref(|| Keeper {
        store: None,
        windows: None,
        keeping: Keeping::Opening,
        stamp: None,
        latest: None,
        saved_revision: 0,
        in_flight: false,
        again: false,
        hand_over: false,
        refused: false,
    });
    let debounce = use_mut_ref(Debounce::default);
    keeper.borrow_mut().latest = Some(state.clone());

    // Open the storage and join the other windows, once.
    {
        let (keeper, dispatcher) = (keeper.clone(), state.dispatcher());
        let debounce = debounce.clone();
        use_effect_with((), move |_| {
            wasm_bindgen_futures::spawn_local(open(keeper.clone(), dispatcher, debounce.clone()));
            let listener = lifecycle::on_hide(move || debounce.borrow_mut().flush());
            move || drop(listener)
        });
    }

    // Every change to what the user entered is saved once typing pauses.
    {
        let (keeper, debounce) = (keeper.clone(), debounce.clone());
        use_effect_with(state.revision, move |&revision| {
            if revision > keeper.borrow().saved_revision {
                debounce.borrow_mut().schedule(AUTOSAVE_DELAY_MS, move || {
                    save(&keeper);
                });
            }
        });
    }

    let ask_to_edit = {
        let (keeper, dispatcher) = (keeper.clone(), state.dispatcher());
        use_callback((), move |(), _| {
            dispatcher.dispatch(Action::AskToEdit);
            if let Some(windows) = &keeper.borrow().windows {
                windows.tell(Message::HandOver);
            }
        })
    };
    let clear_all = {
        let (keeper, dispatcher) = (keeper.clone(), state.dispatcher());
        use_callback((), move |(), _| {
            let store = keeper.borrow().store.clone();
            let (keeper, dispatcher) = (keeper.clone(), dispatcher.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let cleared = match &store {
                    Some(store) => store.clear().await,
                    None => Ok(()),
                };
                match cleared.and_then(|()| storage::clear_all()) {
                    Ok(()) => {
                        keeper.borrow_mut().stamp = None;
                        dispatcher.dispatch(Action::ClearedAll);
                        tell(&keeper, Message::Saved);
                    }
                    Err(e) => dispatcher.dispatch(Action::SaveFailed(e.into())),
                }
            });
        })
    };
    Autosave { ask_to_edit, clear_all }
}

async fn open(keeper: Shared, dispatcher: UseReducerDispatcher<AppState>, debounce: Rc<RefCell<Debounce>>) {
    let store = SessionStore::open().await;
    document::set_data("storage", store.kind());
    keeper.borrow_mut().store = Some(store);
    let on_claim = {
        let (keeper, dispatcher) = (keeper.clone(), dispatcher.clone());
        move |claim| wasm_bindgen_futures::spawn_local(claimed(keeper.clone(), dispatcher.clone(), claim))
    };
    let on_message = {
        let (keeper, dispatcher) = (keeper.clone(), dispatcher.clone());
        move |message| match message {
            Message::Saved => wasm_bindgen_futures::spawn_local(follow(keeper.clone(), dispatcher.clone())),
            Message::HandOver => hand_over(&keeper, &debounce),
        }
    };
    match Windows::join(on_claim, on_message) {
        Some(windows) => keeper.borrow_mut().windows = Some(windows),
        // No Web Locks: every window writes, each checking it replaces what it saw.
        None => claimed(keeper, dispatcher, Claim::Writer).await,
    }
}

/// This window was given its part: it reads what is stored and starts from it.
async fn claimed(keeper: Shared, dispatcher: UseReducerDispatcher<AppState>, claim: Claim) {
    let Some(store) = keeper.borrow().store.clone() else { return };
    let (session, stamp) = read(&store).await;
    let opening = keeper.borrow().keeping == Keeping::Opening;
    let keeping = match claim {
        Claim::Writer => Keeping::Writer,
        Claim::Follower => Keeping::Follower { asked: false },
    };
    {
        let mut keeper = keeper.borrow_mut();
        keeper.keeping = keeping;
        keeper.stamp = stamp;
        keeper.saved_revision = keeper.latest.as_ref().map_or(0, |s| s.revision);
    }
    if opening {
        let stale = storage::session_is_stale();
        dispatcher.dispatch(Action::Opened { session: Box::new(session), stale, keeping });
    } else if let Ok(session) = session {
        dispatcher.dispatch(Action::BecameWriter(session.map(Box::new)));
    }
}

/// The writer saved: a follower shows what it saved.
async fn follow(keeper: Shared, dispatcher: UseReducerDispatcher<AppState>) {
    let Some(store) = keeper.borrow().store.clone().filter(|_| !keeper.borrow().keeping.may_edit()) else {
        return;
    };
    if let (Ok(session), stamp) = read(&store).await {
        keeper.borrow_mut().stamp = stamp;
        dispatcher.dispatch(Action::Followed(session.map(Box::new)));
    }
}

/// The stored session and its stamp; one that cannot be read is set aside first.
async fn read(store: &SessionStore) -> (Result<Option<Session>, RestoreProblem>, Option<String>) {
    match store.read().await {
        Ok(Some(stored)) if !stored.text.is_empty() => match Session::from_json(&stored.text) {
            Ok(session) => (Ok(Some(session)), Some(stored.stamp)),
            Err(problem) => set_aside(store, stored, problem).await,
        },
        Ok(stored) => (Ok(None), stored.map(|s| s.stamp)),
        // Unreadable storage: starting empty, a write will find out whether it can save.
        Err(_) => (Ok(None), None),
    }
}

async fn set_aside(
    store: &SessionStore,
    stored: Stored,
    problem: selfcheck_core::report::LoadProblem,
) -> (Result<Option<Session>, RestoreProblem>, Option<String>) {
    match store.set_aside(&stored).await {
        Some(stamp) => (Err(RestoreProblem { problem, set_aside: true }), Some(stamp)),
        None => (Err(RestoreProblem { problem, set_aside: false }), Some(stored.stamp)),
    }
}

/// Saves the latest state if this window writes; one save at a time, the newest last.
/// False when nothing was started.
fn save(keeper: &Shared) -> bool {
    let mut k = keeper.borrow_mut();
    let Some(state) = k.latest.clone() else { return false };
    let Some(store) = k.store.clone() else { return false };
    if !k.keeping.saves() || state.autosave_paused() || state.revision <= k.saved_revision {
        return false;
    }
    if k.in_flight {
        k.again = true;
        return true;
    }
    let held = k.windows.is_some();
    let expected = k.stamp.clone();
    drop(k);
    let session = state.session();
    let text = if session.is_empty() { String::new() } else { session.to_json() };
    // A session that would not read back is not saved over the one that does: the work
    // stays in this window (no hand-over either), and the next visit is told that what
    // it restores may miss the latest changes.
    let checked = if text.is_empty() { Ok(()) } else { check_session(&session, &text) };
    if let Err(problem) = checked {
        keeper.borrow_mut().refused = true;
        storage::mark_stale();
        state.dispatch(Action::SaveRefused(OverLimit { written: Written::Session, problem }));
        return false;
    }
    {
        let mut k = keeper.borrow_mut();
        k.refused = false;
        k.in_flight = true;
    }
    let keeper = keeper.clone();
    wasm_bindgen_futures::spawn_local(async move {
        let expect = if held { Expect::Held } else { Expect::Stamp(expected.as_deref()) };
        let result = store.write(&text, expect).await;
        let (again, hand_over) = {
            let mut k = keeper.borrow_mut();
            k.in_flight = false;
            match &result {
                Ok(stamp) => {
                    k.stamp = Some(stamp.clone());
                    k.saved_revision = state.revision;
                }
                Err(SaveError::Overtaken) => k.keeping = Keeping::Overtaken,
                Err(SaveError::Storage(_)) => {}
            }
            (std::mem::take(&mut k.again), k.hand_over)
        };
        match result {
            Ok(_) => {
                tell(&keeper, Message::Saved);
                state.dispatch(Action::Saved);
            }
            Err(SaveError::Overtaken) => state.dispatch(Action::Overtaken),
            Err(SaveError::Storage(e)) => state.dispatch(Action::SaveFailed(e.into())),
        }
        if !(again && save(&keeper)) && hand_over && !keeper.borrow().refused {
            release(&keeper);
        }
    });
    true
}

fn tell(keeper: &Shared, message: Message) {
    if let Some(windows) = &keeper.borrow().windows {
        windows.tell(message);
    }
}

/// A follower asked to edit: the writer saves what is waiting, then lets go.
fn hand_over(keeper: &Shared, debounce: &Rc<RefCell<Debounce>>) {
    if !keeper.borrow().keeping.saves() {
        return;
    }
    keeper.borrow_mut().hand_over = true;
    debounce.borrow_mut().flush();
    let k = keeper.borrow();
    if !k.in_flight && !k.refused {
        drop(k);
        release(keeper);
    }
}

fn release(keeper: &Shared) {
    let state = {
        let mut k = keeper.borrow_mut();
        k.hand_over = false;
        k.keeping = Keeping::Follower { asked: false };
        if let Some(windows) = &k.windows {
            windows.release();
        }
        k.latest.clone()
    };
    if let Some(state) = state {
        state.dispatch(Action::HandedOver);
    }
}
