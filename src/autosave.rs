//! Keeping the work in this browser: the `use_autosave` hook. What to do is decided by
//! the window keeper (`state/window_keeper.rs`, a pure state machine: events in,
//! effects out); this hook turns the browser's callbacks (the storage opened, the lock,
//! the other windows' messages, the pause after typing, the page hiding, a write
//! finished) into its events, and carries out its effects through `platform/`: the
//! storage, the lock and the channel, the timer, and the reducer's actions.

use std::cell::{Cell, RefCell};
use std::collections::VecDeque;
use std::rc::{Rc, Weak};

use selfcheck_core::report::writable::{check_session, OverLimit, Written};
use selfcheck_core::session::{RestoreProblem, Session};
use yew::prelude::*;

use crate::platform::debounce::Debounce;
use crate::platform::session_store::{self, SaveError, SessionStore, Stored};
use crate::platform::storage::{self, StorageError};
use crate::platform::windows::{self, Claim as LockClaim, Message, Windows};
use crate::platform::{clock, crashed, document, lifecycle};
use crate::state::window_keeper::{Claim, Effect, Event, Expect, Read, WindowKeeper, WriteError};
use crate::state::{AppState, StorageProblem};

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

/// The browser's refusal as the page states it (autosave here, preferences in `app.rs`).
impl From<StorageError> for StorageProblem {
    fn from(error: StorageError) -> Self {
        match error {
            StorageError::Full => StorageProblem::Full,
            StorageError::Unavailable => StorageProblem::Unavailable,
        }
    }
}

/// The machine and what its effects are carried out with.
struct Driver {
    keeper: RefCell<WindowKeeper>,
    /// Events waiting for the machine: one is stepped at a time, and an event heard
    /// while effects are carried out waits its turn.
    queue: RefCell<VecDeque<Event>>,
    stepping: Cell<bool>,
    dispatcher: UseReducerDispatcher<AppState>,
    /// The state as last rendered: what a save writes.
    latest: RefCell<Option<UseReducerHandle<AppState>>>,
    store: RefCell<Option<SessionStore>>,
    windows: RefCell<Option<Windows>>,
    debounce: RefCell<Debounce>,
}

#[hook]
pub fn use_autosave(state: &UseReducerHandle<AppState>) -> Autosave {
    let dispatcher = state.dispatcher();
    let driver = use_memo((), move |_| Driver {
        keeper: RefCell::default(),
        queue: RefCell::default(),
        stepping: Cell::new(false),
        dispatcher,
        latest: RefCell::default(),
        store: RefCell::default(),
        windows: RefCell::default(),
        debounce: RefCell::default(),
    });
    *driver.latest.borrow_mut() = Some(state.clone());

    // Open the storage and join the other windows, once; save at once as the page hides.
    {
        let driver = driver.clone();
        use_effect_with((), move |()| {
            feed(&driver, Event::PageOpened);
            let weak = Rc::downgrade(&driver);
            let listener = lifecycle::on_hide(move || feed_weak(&weak, Event::Hidden));
            move || drop(listener)
        });
    }

    // Every change to what the user entered is saved once typing pauses.
    {
        let driver = driver.clone();
        use_effect_with((state.revision, state.autosave_paused()), move |&(revision, paused)| {
            feed(&driver, Event::Changed { revision, paused });
        });
    }

    let ask_to_edit = {
        let driver = driver.clone();
        use_callback((), move |(), _| feed(&driver, Event::AskToEdit))
    };
    let clear_all = use_callback((), move |(), _| feed(&driver, Event::ClearAll));
    Autosave { ask_to_edit, clear_all }
}

fn feed_weak(driver: &Weak<Driver>, event: Event) {
    if let Some(driver) = driver.upgrade() {
        feed(&driver, event);
    }
}

/// Steps the machine with `event` (and with what comes of carrying out its effects).
fn feed(driver: &Rc<Driver>, event: Event) {
    driver.queue.borrow_mut().push_back(event);
    if driver.stepping.replace(true) {
        return; // the loop below, already running, takes it in turn
    }
    loop {
        let Some(event) = driver.queue.borrow_mut().pop_front() else { break };
        let effects = {
            let mut keeper = driver.keeper.borrow_mut();
            // A timer or a hidden tab can still run the autosave of a page that panicked.
            let mut effects = if crashed::has_crashed() { keeper.step(Event::Crashed) } else { Vec::new() };
            effects.extend(keeper.step(event));
            effects
        };
        // An effect answered at once is stepped next, before anything heard meanwhile.
        let answers: Vec<Event> = effects.into_iter().filter_map(|effect| carry_out(driver, effect)).collect();
        let mut queue = driver.queue.borrow_mut();
        for answer in answers.into_iter().rev() {
            queue.push_front(answer);
        }
    }
    driver.stepping.set(false);
}

/// Carries out one effect; the event it answers with at once, if any (the others
/// answer later, through `feed`).
fn carry_out(driver: &Rc<Driver>, effect: Effect) -> Option<Event> {
    let weak = Rc::downgrade(driver);
    match effect {
        Effect::OpenStore => wasm_bindgen_futures::spawn_local(async move {
            let store = SessionStore::open().await;
            document::set_data("storage", store.kind());
            if let Some(driver) = weak.upgrade() {
                *driver.store.borrow_mut() = Some(store);
                feed(&driver, Event::StoreOpened);
            }
        }),
        Effect::JoinWindows => {
            let on_claim = {
                let weak = weak.clone();
                move |claim| {
                    let claim = match claim {
                        LockClaim::Writer => Claim::Writer,
                        LockClaim::Follower => Claim::Follower,
                    };
                    feed_weak(&weak, Event::Claimed(claim));
                }
            };
            let on_message = move |message| {
                feed_weak(
                    &weak,
                    match message {
                        Message::Saved => Event::OtherSaved,
                        Message::HandOver => Event::HandOverAsked,
                    },
                );
            };
            let Some(joined) = Windows::join(on_claim, on_message) else { return Some(Event::NoWebLocks) };
            *driver.windows.borrow_mut() = Some(joined);
            return Some(Event::Joined);
        }
        Effect::Read(reading) => {
            let store = driver.store.borrow().clone()?;
            wasm_bindgen_futures::spawn_local(async move {
                let read = read(&store).await;
                feed_weak(&weak, Event::Read(reading, read));
            });
        }
        Effect::StartDebounce => {
            driver.debounce.borrow_mut().schedule(AUTOSAVE_DELAY_MS, move || feed_weak(&weak, Event::DebounceElapsed));
        }
        Effect::CancelDebounce => driver.debounce.borrow_mut().cancel(),
        Effect::Save { revision: _, expect } => return save(driver, expect),
        Effect::MarkStale => storage::mark_stale(),
        Effect::TellSaved => tell(driver, Message::Saved),
        Effect::AskToHandOver => tell(driver, Message::HandOver),
        Effect::ReleaseLock => {
            if let Some(windows) = &*driver.windows.borrow() {
                windows.release();
            }
        }
        // The panic hook did it first; giving back twice is harmless.
        Effect::LetGo => windows::let_go_after_crash(),
        Effect::Clear => {
            let store = driver.store.borrow().clone();
            wasm_bindgen_futures::spawn_local(async move {
                let cleared = match &store {
                    Some(store) => store.clear().await,
                    None => Ok(()),
                };
                let cleared = cleared.and_then(|()| storage::clear_all()).map_err(StorageProblem::from);
                feed_weak(&weak, Event::Cleared(cleared));
            });
        }
        Effect::Dispatch(action) => driver.dispatcher.dispatch(clock::timed(action)),
    }
    None
}

fn tell(driver: &Driver, message: Message) {
    if let Some(windows) = &*driver.windows.borrow() {
        windows.tell(message);
    }
}

/// Writes the work as last rendered; `SaveRefused` at once when it would not read back.
fn save(driver: &Rc<Driver>, expect: Expect) -> Option<Event> {
    // The keeper saves only once the storage is open, and the page has rendered by then.
    let (Some(state), Some(store)) = (driver.latest.borrow().clone(), driver.store.borrow().clone()) else {
        return Some(Event::Written(Err(WriteError::Storage(StorageProblem::Unavailable))));
    };
    let session = state.session();
    let text = if session.is_empty() { String::new() } else { session.to_json() };
    // A session that would not read back is not saved over the one that does.
    if !text.is_empty() {
        if let Err(problem) = check_session(&session, &text) {
            return Some(Event::SaveRefused(OverLimit { written: Written::Session, problem }));
        }
    }
    let weak = Rc::downgrade(driver);
    wasm_bindgen_futures::spawn_local(async move {
        let expect = match &expect {
            Expect::Held => session_store::Expect::Held,
            Expect::Stamp(stamp) => session_store::Expect::Stamp(stamp.as_deref()),
        };
        let written = store.write(&text, expect).await.map_err(|error| match error {
            SaveError::Overtaken => WriteError::Overtaken,
            SaveError::Storage(error) => WriteError::Storage(error.into()),
        });
        feed_weak(&weak, Event::Written(written));
    });
    None
}

/// The stored session and its stamp; one that cannot be read is set aside first.
async fn read(store: &SessionStore) -> Result<Read, StorageProblem> {
    let (session, stamp) = match store.read().await? {
        Some(stored) if !stored.text.is_empty() => match Session::from_json(&stored.text) {
            Ok(session) => (Ok(Some(Box::new(session))), Some(stored.stamp)),
            Err(problem) => set_aside(store, stored, problem).await,
        },
        stored => (Ok(None), stored.map(|s| s.stamp)),
    };
    Ok(Read { session, stamp, stale: storage::session_is_stale() })
}

async fn set_aside(
    store: &SessionStore,
    stored: Stored,
    problem: selfcheck_core::report::LoadProblem,
) -> (Result<Option<Box<Session>>, RestoreProblem>, Option<String>) {
    match store.set_aside(&stored).await {
        Some(stamp) => (Err(RestoreProblem { problem, set_aside: true }), Some(stamp)),
        None => (Err(RestoreProblem { problem, set_aside: false }), Some(stored.stamp)),
    }
}
