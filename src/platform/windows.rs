//! The file open in several windows (two tabs, a second double-click): they share one
//! storage, so one window at a time may write it. A Web Lock elects that window; the
//! others queue for the lock and, told over a BroadcastChannel whenever it saved,
//! follow what it saved. A follower may ask the writer to hand over.
//!
//! Neither API has a gloo wrapper, and web-sys still marks Web Locks unstable (a
//! `--cfg` for the whole build), so the one call is bound here.

use std::cell::{Cell, RefCell};
use std::rc::{Rc, Weak};

use gloo_events::EventListener;
use js_sys::{Function, Promise};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

const LOCK: &str = "cloud-selfcheck.writer";
const CHANNEL: &str = "cloud-selfcheck.windows";

#[wasm_bindgen]
extern "C" {
    /// `navigator.locks.request(name, options, callback)`; throws where the browser has
    /// no Web Locks (`navigator.locks` undefined) or refuses them to this page.
    #[wasm_bindgen(catch, js_namespace = ["navigator", "locks"], js_name = request)]
    fn request_lock(name: &str, options: &JsValue, callback: &Function) -> Result<Promise, JsValue>;
}

/// What one window tells the others.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Message {
    /// The writer saved: read the storage again.
    Saved,
    /// A follower asks the writer to let it edit.
    HandOver,
}

impl Message {
    fn code(self) -> &'static str {
        match self {
            Message::Saved => "saved",
            Message::HandOver => "hand-over",
        }
    }

    fn from_code(code: &str) -> Option<Message> {
        [Message::Saved, Message::HandOver].into_iter().find(|m| m.code() == code)
    }
}

/// This window's place among the windows of the file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Claim {
    /// This window holds the lock: it writes.
    Writer,
    /// Another window holds it; this one waits in the queue.
    Follower,
}

type OnClaim = Rc<dyn Fn(Claim)>;
type Release = Rc<Held>;

/// One window's hold on the lock.
#[derive(Default)]
struct Held {
    /// Resolving this releases the lock, while it is held.
    resolve: RefCell<Option<Function>>,
    /// The page crashed: the lock, if granted later, is given back at once.
    crashed: Cell<bool>,
}

thread_local! {
    /// Every lock this page holds or waits for, so that a crash can let them go.
    static HELD: RefCell<Vec<Weak<Held>>> = const { RefCell::new(Vec::new()) };
}

/// Called by the panic hook: a window that has crashed can save nothing more, so the
/// lock goes to a waiting window at once (which reads what was last saved), instead of
/// leaving it read-only until someone closes the crashed tab. A lock this page still
/// waits for is given back when granted.
pub fn let_go_after_crash() {
    let held = HELD.try_with(|held| held.try_borrow_mut().map(|mut held| std::mem::take(&mut *held)).ok());
    for held in held.ok().flatten().unwrap_or_default().iter().filter_map(Weak::upgrade) {
        held.crashed.set(true);
        if let Some(resolve) = held.resolve.try_borrow_mut().ok().and_then(|mut r| r.take()) {
            let _ = resolve.call0(&JsValue::NULL);
        }
    }
}

/// The lock this window holds or waits for, and the channel to the other windows.
/// Dropping it ends listening; the lock itself goes with the page.
pub struct Windows {
    lock: &'static str,
    channel: Option<web_sys::BroadcastChannel>,
    _listener: Option<EventListener>,
    /// Resolving this releases the lock this window holds.
    release: Release,
    on_claim: OnClaim,
}

impl Windows {
    /// Asks for the lock. `None` where the browser has no Web Locks: then every window
    /// writes, and the stamp check in `session_store` keeps them from overwriting each
    /// other. Otherwise `on_claim` hears `Writer` or `Follower` soon, and `Writer` again
    /// whenever a follower is given the lock.
    pub fn join(on_claim: impl Fn(Claim) + 'static, on_message: impl Fn(Message) + 'static) -> Option<Windows> {
        Windows::join_lock(LOCK, on_claim, on_message)
    }

    /// `join` with a lock of another name: the component tests' own, beside the app's.
    #[doc(hidden)]
    pub fn join_lock(
        lock: &'static str,
        on_claim: impl Fn(Claim) + 'static,
        on_message: impl Fn(Message) + 'static,
    ) -> Option<Windows> {
        let on_claim: OnClaim = Rc::new(on_claim);
        let release: Release = Rc::default();
        let options = js_sys::Object::new();
        js_sys::Reflect::set(&options, &"ifAvailable".into(), &JsValue::TRUE).ok()?;
        let promise = request_lock(lock, &options, &granted(lock, on_claim.clone(), release.clone(), true)).ok()?;
        ignore_rejection(&promise);
        HELD.with(|held| held.borrow_mut().push(Rc::downgrade(&release)));
        let channel = web_sys::BroadcastChannel::new(CHANNEL).ok();
        let listener = channel.as_ref().map(|channel| {
            EventListener::new(channel, "message", move |event| {
                let code = event.dyn_ref::<web_sys::MessageEvent>().and_then(|e| e.data().as_string());
                if let Some(message) = code.as_deref().and_then(Message::from_code) {
                    on_message(message);
                }
            })
        });
        Some(Windows { lock, channel, _listener: listener, release, on_claim })
    }

    pub fn tell(&self, message: Message) {
        if let Some(channel) = &self.channel {
            let _ = channel.post_message(&message.code().into());
        }
    }

    /// Lets the lock go (to the window that asked for it) and queues for it again.
    pub fn release(&self) {
        if let Some(resolve) = self.release.resolve.borrow_mut().take() {
            let _ = resolve.call0(&JsValue::NULL);
            queue(self.lock, self.on_claim.clone(), self.release.clone());
        }
    }
}

/// The callback the lock calls once: with the lock (held until `release`), or, when
/// asked `if_available` and another window has it, with null (then this window queues).
fn granted(name: &'static str, on_claim: OnClaim, release: Release, if_available: bool) -> Function {
    let callback = move |lock: JsValue| -> JsValue {
        if release.crashed.get() {
            return JsValue::UNDEFINED; // the lock goes back as soon as this returns
        }
        if lock.is_null() && if_available {
            on_claim(Claim::Follower);
            queue(name, on_claim.clone(), release.clone());
            return JsValue::UNDEFINED;
        }
        let held = release.clone();
        // The lock is held until this promise settles.
        let promise = Promise::new(&mut |resolve, _reject| *held.resolve.borrow_mut() = Some(resolve));
        on_claim(Claim::Writer);
        promise.into()
    };
    Closure::once_into_js(callback).unchecked_into()
}

/// Waits in the queue for the lock.
fn queue(lock: &'static str, on_claim: OnClaim, release: Release) {
    if let Ok(promise) = request_lock(lock, &js_sys::Object::new(), &granted(lock, on_claim, release, false)) {
        ignore_rejection(&promise);
    }
}

/// The lock's promise settles when the lock goes; a page closing may reject it.
fn ignore_rejection(promise: &Promise) {
    let settled = wasm_bindgen_futures::JsFuture::from(promise.clone());
    wasm_bindgen_futures::spawn_local(async move {
        let _ = settled.await;
    });
}
