//! Component tests, run in headless Chromium by wasm-bindgen-test
//! (`cargo xtask test`, or `cargo test --target wasm32-unknown-unknown --test components`).
#![cfg(target_arch = "wasm32")]

mod support {
    use std::time::Duration;

    use wasm_bindgen::JsCast;
    use web_sys::{Element, HtmlElement};

    pub fn document() -> web_sys::Document {
        web_sys::window().unwrap().document().unwrap()
    }

    /// A fresh element to mount one component into.
    pub fn mount_point() -> Element {
        let div = document().create_element("div").unwrap();
        document().body().unwrap().append_child(&div).unwrap();
        div
    }

    /// Waits until `ready` holds: Yew renders and runs effects on the event loop, so the
    /// test yields to it between checks. Never a fixed sleep; fails after 5 s with `what`.
    pub async fn until(what: &str, ready: impl Fn() -> bool) {
        let started = js_sys::Date::now();
        while !ready() {
            assert!(js_sys::Date::now() - started < 5_000.0, "timed out waiting for {what}");
            yew::platform::time::sleep(Duration::ZERO).await;
        }
    }

    /// Waits until `selector` matches inside `root`.
    pub async fn until_present(root: &Element, selector: &str) {
        until(selector, || root.query_selector(selector).ok().flatten().is_some()).await;
    }

    /// Waits until the text of `selector` is `expected`.
    pub async fn until_text(root: &Element, selector: &str, expected: &str) {
        let what = format!("{selector} to read {expected:?}");
        until(&what, || {
            root.query_selector(selector).ok().flatten().and_then(|e| e.text_content()).as_deref() == Some(expected)
        })
        .await;
    }

    pub fn all(root: &Element, selector: &str) -> Vec<Element> {
        let list = root.query_selector_all(selector).unwrap();
        (0..list.length()).map(|i| list.get(i).unwrap().dyn_into().unwrap()).collect()
    }

    pub fn one(root: &Element, selector: &str) -> Element {
        root.query_selector(selector).unwrap().unwrap_or_else(|| panic!("no {selector}"))
    }

    pub fn text(root: &Element, selector: &str) -> String {
        one(root, selector).text_content().unwrap_or_default()
    }

    pub fn click(root: &Element, selector: &str) {
        one(root, selector).dyn_into::<HtmlElement>().unwrap().click();
    }
}

use std::cell::RefCell;
use std::rc::Rc;

use cloud_selfcheck::app::App;
use cloud_selfcheck::app::Screen;
use cloud_selfcheck::components::layout::LayoutProps;
use cloud_selfcheck::components::{AppFooter, LangSwitch, MainNav};
use cloud_selfcheck::i18n::{tr, T};
use cloud_selfcheck::platform::fatal::{show_fatal_error, PANEL_ID};
use cloud_selfcheck::route::Route;
use cloud_selfcheck::state::AppState;
use selfcheck_core::{sources, Lang};
use support::*;
use wasm_bindgen_test::*;
use yew::{Callback, Html, Renderer};

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
async fn lang_switch_marks_the_current_language_and_reports_clicks() {
    let root = mount_point();
    let chosen = Rc::new(RefCell::new(None));
    let sink = chosen.clone();
    let props = cloud_selfcheck::components::lang_switch::LangSwitchProps {
        lang: Lang::ZhCn,
        on_change: Callback::from(move |lang| *sink.borrow_mut() = Some(lang)),
    };
    Renderer::<LangSwitch>::with_root_and_props(root.clone(), props).render();
    until_present(&root, "[data-lang='en']").await;

    let buttons = all(&root, "button");
    assert_eq!(buttons.len(), 2);
    assert_eq!(one(&root, "[data-lang='zh-CN']").get_attribute("aria-pressed").as_deref(), Some("true"));
    assert_eq!(one(&root, "[data-lang='en']").get_attribute("aria-pressed").as_deref(), Some("false"));
    assert_eq!(one(&root, "[role=group]").get_attribute("aria-label").as_deref(), Some("界面语言"));

    click(&root, "[data-lang='en']");
    assert_eq!(*chosen.borrow(), Some(Lang::En));
}

#[wasm_bindgen_test]
async fn nav_links_point_at_hash_routes_and_mark_the_current_one() {
    let root = mount_point();
    let props = cloud_selfcheck::components::nav::MainNavProps { lang: Lang::En, current: Route::Agency };
    Renderer::<MainNav>::with_root_and_props(root.clone(), props).render();
    until_present(&root, "nav a[aria-current]").await;

    let links = all(&root, "nav a");
    let hrefs: Vec<_> = links.iter().map(|a| a.get_attribute("href").unwrap()).collect();
    assert_eq!(hrefs, ["#/provider", "#/agency", "#/report"]);
    let current: Vec<_> = links.iter().filter(|a| a.get_attribute("aria-current").is_some()).collect();
    assert_eq!(current.len(), 1);
    assert_eq!(current[0].text_content().unwrap(), tr(Lang::En, T::NavAgency));
    assert_eq!(one(&root, "nav").get_attribute("aria-label").as_deref(), Some("Main navigation"));
}

#[wasm_bindgen_test]
async fn footer_lists_every_source_and_labels_guidance() {
    let root = mount_point();
    let props = cloud_selfcheck::components::footer::AppFooterProps { lang: Lang::ZhCn };
    Renderer::<AppFooter>::with_root_and_props(root.clone(), props).render();
    until_present(&root, "#app-version").await;

    assert_eq!(all(&root, "[data-source]").len(), sources::all().len());
    let guidance = sources::all().iter().filter(|d| d.guidance).count();
    assert_eq!(all(&root, ".tag-guidance").len(), guidance);
    assert!(text(&root, "[data-source='opinion-2014']").contains("中网办发文〔2014〕14号"));
    assert_eq!(text(&root, "#app-version"), selfcheck_core::VERSION);
}

/// A layout of `state` whose callbacks do nothing.
fn layout_props(state: AppState) -> LayoutProps {
    LayoutProps {
        state,
        today: selfcheck_core::Date::from_ymd(2026, 1, 1).unwrap(),
        on_lang_change: Callback::noop(),
        on_answerer_change: Callback::noop(),
        on_provider: Callback::noop(),
        on_agency: Callback::noop(),
        on_app: Callback::noop(),
        on_ask_to_edit: Callback::noop(),
        children: Html::default(),
    }
}

#[wasm_bindgen_test]
async fn layout_shows_the_page_of_the_route_in_the_chosen_language() {
    let root = mount_point();
    let props = layout_props(AppState::new(Lang::En, Route::Report));
    Renderer::<Screen>::with_root_and_props(root.clone(), props).render();
    until_present(&root, "main h2").await;

    assert_eq!(one(&root, "main").get_attribute("data-route").as_deref(), Some("#/report"));
    assert_eq!(text(&root, "main h2"), tr(Lang::En, T::ReportTitle));
    assert_eq!(text(&root, "#privacy-note").trim_start_matches('🔒'), tr(Lang::En, T::PrivacyNote));
    assert!(root.query_selector(".notice-warning").unwrap().is_none());
}

#[wasm_bindgen_test]
async fn layout_warns_when_storage_is_unavailable() {
    let root = mount_point();
    let mut state = AppState::new(Lang::ZhCn, Route::Provider);
    state.window.save = cloud_selfcheck::state::SaveStatus::Failed(cloud_selfcheck::state::StorageProblem::Full);
    let props = layout_props(state);
    Renderer::<Screen>::with_root_and_props(root.clone(), props).render();
    until_present(&root, ".notice-warning").await;

    assert_eq!(text(&root, ".notice-warning"), tr(Lang::ZhCn, T::StorageFull));
}

#[wasm_bindgen_test]
async fn a_window_following_another_is_read_only_and_can_ask_to_edit() {
    use cloud_selfcheck::state::Keeping;
    let root = mount_point();
    let asked = Rc::new(RefCell::new(0));
    let mut state = AppState::new(Lang::En, Route::Provider);
    state.window.keeping = Keeping::Follower { asked: false };
    let on_ask_to_edit = {
        let asked = asked.clone();
        Callback::from(move |()| *asked.borrow_mut() += 1)
    };
    let props = LayoutProps { on_ask_to_edit, ..layout_props(state) };
    Renderer::<Screen>::with_root_and_props(root.clone(), props).render();
    until_present(&root, "#keeping-follower").await;
    assert!(text(&root, "#keeping-follower").starts_with(tr(Lang::En, T::FollowerBanner)));
    let main = one(&root, "main");
    assert!(main.has_attribute("inert"), "nothing here can be changed");
    assert_eq!(main.get_attribute("data-keeping").as_deref(), Some("follower"));
    wasm_bindgen::JsCast::unchecked_into::<web_sys::HtmlElement>(one(&root, "#edit-here")).click();
    assert_eq!(*asked.borrow(), 1);
}

#[wasm_bindgen_test]
async fn a_crashed_page_gives_the_lock_back_held_or_waited_for() {
    use cloud_selfcheck::platform::windows::{let_go_after_crash, Claim, Windows};
    // Holders of a lock of the test's own; the first two are this page's before it
    // crashes (one writing, one waiting), the third a window opened after.
    const LOCK: &str = "cloud-selfcheck.test-crash";
    let claims = |log: &Rc<RefCell<Vec<Claim>>>| {
        let log = log.clone();
        move |claim| log.borrow_mut().push(claim)
    };
    let logs: [Rc<RefCell<Vec<Claim>>>; 3] = Default::default();
    let _writing = Windows::join_lock(LOCK, claims(&logs[0]), |_| ()).expect("Web Locks in Chromium");
    until("the first to write", || *logs[0].borrow() == [Claim::Writer]).await;
    let _waiting = Windows::join_lock(LOCK, claims(&logs[1]), |_| ()).expect("Web Locks in Chromium");
    until("the second to wait", || *logs[1].borrow() == [Claim::Follower]).await;
    let_go_after_crash(); // what the panic hook does
    let _after = Windows::join_lock(LOCK, claims(&logs[2]), |_| ()).expect("Web Locks in Chromium");
    until("a window after the crash to write", || logs[2].borrow().last() == Some(&Claim::Writer)).await;
    assert_eq!(*logs[0].borrow(), [Claim::Writer], "the crashed writer does not queue again");
    assert_eq!(*logs[1].borrow(), [Claim::Follower], "the crashed page's waiting request gave the lock back");
}

#[wasm_bindgen_test]
async fn app_follows_the_hash_and_remembers_the_language() {
    let window = web_sys::window().unwrap();
    let storage = window.local_storage().unwrap().unwrap();
    storage.remove_item("cloud-selfcheck.lang").unwrap();
    window.location().set_hash("#/agency").unwrap();

    let root = mount_point();
    Renderer::<App>::with_root(root.clone()).render();
    until_present(&root, "main h2").await;
    assert_eq!(text(&root, "main h2"), tr(Lang::ZhCn, T::AgencyTitle), "Chinese by default");

    click(&root, "[data-lang='en']");
    until_text(&root, "main h2", tr(Lang::En, T::AgencyTitle)).await;
    let html = document().document_element().unwrap();
    until("<html lang> and the stored choice", || {
        html.get_attribute("lang").as_deref() == Some("en")
            && storage.get_item("cloud-selfcheck.lang").unwrap().as_deref() == Some("en")
    })
    .await;

    window.location().set_hash("#/report").unwrap();
    until_text(&root, "main h2", tr(Lang::En, T::ReportTitle)).await;

    // The skip link's anchor is not a route: once the app has heard the change (its
    // listener was added before this one), the view is the same.
    let heard = Rc::new(std::cell::Cell::new(false));
    let flag = heard.clone();
    let _listener = gloo_events::EventListener::once(&window, "hashchange", move |_| flag.set(true));
    window.location().set_hash("#main").unwrap();
    until("the hash change", || heard.get()).await;
    assert_eq!(text(&root, "main h2"), tr(Lang::En, T::ReportTitle));
    storage.remove_item("cloud-selfcheck.lang").unwrap();
}

#[wasm_bindgen_test]
fn fatal_panel_shows_hostile_detail_as_text() {
    let payload = "<img src=x onerror=\"window.__pwned=1\">";
    show_fatal_error(payload);
    show_fatal_error(payload); // a second call replaces, not stacks
    let document = document();
    let panels = document.query_selector_all(&format!("#{PANEL_ID}")).unwrap();
    assert_eq!(panels.length(), 1);
    let panel = document.get_element_by_id(PANEL_ID).unwrap();
    assert_eq!(panel.get_attribute("role").as_deref(), Some("alert"));
    assert_eq!(text(&panel, "pre"), payload);
    assert!(panel.query_selector("img").unwrap().is_none());
    assert!(panel.query_selector("button").unwrap().is_some(), "offers a reload");
    panel.remove();
}

// ---- provider self-check components ----

use cloud_selfcheck::components::bar_chart::{Bar, BarChart, BarChartProps};
use cloud_selfcheck::components::checklist_item::{ChecklistItem, ChecklistItemProps, ItemSource};
use cloud_selfcheck::components::deadline_panel::{DeadlinePanel, DeadlinePanelProps};
use cloud_selfcheck::state::AnswerEdit;
use selfcheck_core::catalog::builtin;
use selfcheck_core::{Answer, Status};

fn item_props(id: &str, answer: Option<Answer>, sink: Rc<RefCell<Vec<(String, AnswerEdit)>>>) -> ChecklistItemProps {
    ChecklistItemProps {
        lang: Lang::ZhCn,
        item: ItemSource::BuiltIn(builtin().item(id).unwrap().item),
        answer,
        prev: None,
        next: None,
        filter: Default::default(),
        history: Vec::new(),
        out_of_scope: None,
        review: false,
        on_edit: Callback::from(move |edit| sink.borrow_mut().push(edit)),
        on_reviewed: Callback::noop(),
        related: Default::default(),
        related_total: 0,
        proposal: None,
        on_show: Callback::noop(),
    }
}

type Edits = Rc<RefCell<Vec<(String, AnswerEdit)>>>;

/// Mounts one checklist card and returns it with the edits it emits.
async fn mount_item(id: &str, answer: Option<Answer>) -> (web_sys::Element, Edits) {
    let root = mount_point();
    let edits = Edits::default();
    Renderer::<ChecklistItem>::with_root_and_props(root.clone(), item_props(id, answer, edits.clone())).render();
    until_present(&root, "article .status-btn").await;
    (root, edits)
}

fn key_down(target: &web_sys::Element, key: &str) {
    let init = web_sys::KeyboardEventInit::new();
    init.set_key(key);
    init.set_bubbles(true);
    let event = web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
    target.dispatch_event(&event).unwrap();
}

#[wasm_bindgen_test]
async fn checklist_item_answers_by_click_and_by_shortcut() {
    let (root, actions) = mount_item("C23-05-Q1", None).await;

    assert_eq!(all(&root, ".status-btn").len(), 4);
    assert!(text(&root, ".item-ref").contains("第五条"), "cites its article");
    click(&root, "[data-status='not_met']");
    key_down(&one(&root, "article"), "2");
    key_down(&one(&root, "article"), "0");
    key_down(&one(&root, "article"), "x"); // not a shortcut: ignored
    let item = "C23-05-Q1".to_string();
    assert_eq!(
        *actions.borrow(),
        [
            (item.clone(), AnswerEdit::Toggle(Status::NotMet)),
            (item.clone(), AnswerEdit::Toggle(Status::Partial)),
            (item, AnswerEdit::Clear),
        ]
    );
}

#[wasm_bindgen_test]
async fn shortcuts_leave_typing_alone() {
    let (root, actions) = mount_item("C23-05-Q1", Some(Answer::with_status(Status::Met))).await;
    assert!(root.query_selector("#note-C23-05-Q1").unwrap().is_none(), "closed details are not drawn");
    click(&root, "summary");
    until_present(&root, "#note-C23-05-Q1").await;
    key_down(&one(&root, "#note-C23-05-Q1"), "1");
    assert!(actions.borrow().is_empty(), "a digit typed into the note is text, not an answer");
}

#[wasm_bindgen_test]
async fn not_applicable_without_reason_asks_for_one() {
    let (root, _) = mount_item("C23-05-Q1", Some(Answer::with_status(Status::NotApplicable))).await;
    assert_eq!(text(&root, ".field-error"), tr(Lang::ZhCn, T::JustificationMissing));
    assert_eq!(one(&root, "article").get_attribute("data-status").as_deref(), Some("none"));
    assert_eq!(one(&root, "#just-C23-05-Q1").get_attribute("aria-invalid").as_deref(), Some("true"));
}

#[wasm_bindgen_test]
async fn materials_are_worded_as_documents() {
    let (root, _) = mount_item("M19-A6-02", None).await;
    let labels: Vec<String> = all(&root, ".status-btn").iter().map(|b| b.text_content().unwrap()).collect();
    assert_eq!(labels, ["1已就绪", "2编写中", "3未开始", "4不适用"]);
}

#[wasm_bindgen_test]
async fn bar_chart_draws_one_proportional_bar_per_value() {
    let root = mount_point();
    let bar = |label: &str, score| Bar { label: label.into(), score, detail: String::new() };
    let props = BarChartProps {
        title: "Readiness".into(),
        bars: vec![bar("a", Some(50.0)), bar("b", Some(100.0)), bar("c", None)],
    };
    Renderer::<BarChart>::with_root_and_props(root.clone(), props).render();
    until_present(&root, ".bar-row:last-child .bar-figure").await;
    let widths: Vec<String> = all(&root, ".bar-value").iter().map(|r| r.get_attribute("width").unwrap()).collect();
    assert_eq!(widths, ["145", "290", "0"]);
    // The label is the page's text (it keeps its size on a phone); the bar is a picture of it.
    assert_eq!(text(&root, ".bar-row:first-child .bar-label"), "a");
    assert_eq!(one(&root, ".bar-row svg").get_attribute("aria-hidden").as_deref(), Some("true"));
    assert!(text(&root, ".bar-row:last-child .bar-figure").starts_with('—'), "no score is a dash, not 0%");
}

#[wasm_bindgen_test]
async fn deadline_panel_shows_dates_and_alerts() {
    use selfcheck_core::deadlines::{compute, DeadlineInputs};
    let day = |y, m, d| selfcheck_core::Date::from_ymd(y, m, d).unwrap();
    let inputs = DeadlineInputs { result_published: Some(day(2021, 6, 15)), ..DeadlineInputs::default() };
    let root = mount_point();
    let props = DeadlinePanelProps { lang: Lang::En, deadlines: compute(&inputs, day(2023, 12, 20)) };
    Renderer::<DeadlinePanel>::with_root_and_props(root.clone(), props).render();
    until_present(&root, ".alert-critical").await;
    assert!(text(&root, "#deadline-expires").contains("2024-06-15"));
    assert!(text(&root, "#deadline-reapply").contains("2023-12-15"));
    assert!(text(&root, ".alert-critical").contains("2023-12-15 has passed"));
}

#[wasm_bindgen_test]
async fn fatal_panel_offers_the_autosaved_session_without_needing_the_app() {
    use cloud_selfcheck::platform::session_store::{Expect, SessionStore};
    let store = SessionStore::open().await;
    let session = selfcheck_core::session::Session::new(Default::default(), Default::default());
    store.write(&session.to_json(), Expect::Held).await.expect("saved");
    show_fatal_error("boom");
    let link = document().get_element_by_id("fatal-autosave").expect("a download link");
    assert_eq!(link.get_attribute("download").as_deref(), Some("cloud-selfcheck-autosave.json"));
    assert!(link.get_attribute("href").unwrap().starts_with("blob:"), "a Blob, no network");
    document().get_element_by_id(PANEL_ID).unwrap().remove();
    store.clear().await.expect("cleared");
    show_fatal_error("no session");
    assert!(document().get_element_by_id("fatal-autosave").is_none(), "no link when nothing was saved");
    document().get_element_by_id(PANEL_ID).unwrap().remove();
}

#[wasm_bindgen_test]
async fn backspace_inside_the_card_is_not_a_shortcut() {
    let (root, actions) = mount_item("C23-05-Q1", Some(Answer::with_status(Status::Met))).await;
    key_down(&one(&root, ".status-btn[data-status='met']"), "Backspace");
    assert!(actions.borrow().is_empty(), "Backspace on a button inside the card does not clear the answer");
    key_down(&one(&root, "article"), "Backspace");
    assert_eq!(*actions.borrow(), [("C23-05-Q1".to_string(), AnswerEdit::Clear)]);
}

fn related_props(
    (rows, total): (Vec<cloud_selfcheck::state::related::RelatedRow>, usize),
) -> (Rc<Vec<cloud_selfcheck::state::related::RelatedRow>>, usize) {
    (Rc::new(rows), total)
}

/// Answer once: a carried answer says where it came from and leads there; an unanswered
/// item's proposal is confirmed with one click (an answer like any other); the related
/// items are listed with their answers.
#[wasm_bindgen_test]
async fn a_card_shows_where_its_answer_came_from_its_proposal_and_its_related_items() {
    use cloud_selfcheck::state::related::related_rows;
    use selfcheck_core::catalog::loaded;
    use selfcheck_core::crosswalk::{carry, propose};
    let relations = loaded::relations(&[]);
    let mut answers = selfcheck_core::Answers::new();
    answers.insert("M19-A3-07-Q2".into(), Answer::with_status(Status::Met));
    carry(&relations, &mut answers);
    let (shown, edits) = (Rc::new(RefCell::new(Vec::<String>::new())), Edits::default());
    let mut props = item_props("O14-G-Q3", answers.get("O14-G-Q3").cloned(), edits.clone());
    (props.related, props.related_total) = related_props(related_rows(&relations, &[], &answers, "O14-G-Q3"));
    props.on_show = {
        let shown = shown.clone();
        Callback::from(move |id| shown.borrow_mut().push(id))
    };
    let root = mount_point();
    Renderer::<ChecklistItem>::with_root_and_props(root.clone(), props).render();
    until_present(&root, ".carried-from").await;
    assert!(text(&root, ".carried-from").contains("M19-A3-07-Q2"));
    click(&root, ".carried-from .show-related");
    assert_eq!(*shown.borrow(), ["M19-A3-07-Q2"]);
    assert_eq!(one(&root, "article").get_attribute("data-status").as_deref(), Some("met"));
    click(&root, ".item-related summary");
    until_present(&root, ".item-related li").await;
    let related = all(&root, ".item-related li");
    assert!(related.len() >= 2, "its equal items at least");
    assert!(text(&root, ".item-related").contains("等同"));

    // An item related only by overlap: proposed, then confirmed by a person.
    let (item, source) = relations
        .group("M19-A3-07-Q2")
        .unwrap()
        .iter()
        .find_map(|id| {
            relations
                .of(id)
                .iter()
                .find(|e| e.kind != selfcheck_core::crosswalk::RelationKind::Equal)
                .map(|e| (e.related.clone(), id.clone()))
        })
        .expect("a relation other than equal");
    let proposal = propose(&relations, &answers, &item);
    assert!(proposal.is_some(), "{item} from {source}");
    let mut props = item_props(&item, None, edits.clone());
    (props.related, props.related_total) = related_props(related_rows(&relations, &[], &answers, &item));
    props.proposal = proposal.clone();
    let root = mount_point();
    Renderer::<ChecklistItem>::with_root_and_props(root.clone(), props).render();
    until_present(&root, ".proposal .confirm-proposal").await;
    click(&root, ".confirm-proposal");
    assert_eq!(edits.borrow().last(), Some(&(item.clone(), AnswerEdit::Toggle(proposal.unwrap().status))));
}

#[wasm_bindgen_test]
async fn an_answer_shows_who_changed_it_and_when() {
    let at = selfcheck_core::Timestamp::parse("2026-12-01T16:15:00+08:00").unwrap();
    let mut answer = Answer::with_status(Status::Partial);
    answer.stamp("运维部 张三", at, None);
    let (root, _) = mount_item("C23-05-Q1", Some(answer)).await;
    assert_eq!(text(&root, ".answered"), "最后修改：运维部 张三，2026-12-01 16:15");
    let (bare, _) = mount_item("C23-05-Q2", Some(Answer::with_status(Status::Met))).await;
    assert!(bare.query_selector(".answered").unwrap().is_none(), "nothing recorded, nothing shown");
}

#[wasm_bindgen_test]
async fn the_header_asks_who_is_answering_and_reports_what_is_typed() {
    use cloud_selfcheck::components::header::{AppHeader, AppHeaderProps};
    use wasm_bindgen::JsCast;
    let root = mount_point();
    let typed = Rc::new(RefCell::new(Vec::new()));
    let sink = typed.clone();
    let props = AppHeaderProps {
        lang: Lang::ZhCn,
        on_lang_change: Callback::noop(),
        answerer: "法务部".into(),
        on_answerer_change: Callback::from(move |name| sink.borrow_mut().push(name)),
    };
    Renderer::<AppHeader>::with_root_and_props(root.clone(), props).render();
    until_present(&root, "#answerer").await;
    let input: web_sys::HtmlInputElement = one(&root, "#answerer").dyn_into().unwrap();
    assert_eq!(input.value(), "法务部");
    assert_eq!(text(&root, "label[for='answerer']"), tr(Lang::ZhCn, T::AnswererLabel));
    input.set_value("法务部 李四");
    let init = web_sys::InputEventInit::new();
    init.set_bubbles(true);
    input.dispatch_event(&web_sys::InputEvent::new_with_event_init_dict("input", &init).unwrap()).unwrap();
    until("the typed name", || !typed.borrow().is_empty()).await;
    assert_eq!(*typed.borrow(), ["法务部 李四"]);
}

#[wasm_bindgen_test]
async fn an_item_out_of_scope_says_why_and_takes_no_answer_and_a_changed_one_asks_for_review() {
    use selfcheck_core::catalog::OutOfScope;
    let root = mount_point();
    let edits = Edits::default();
    let mut props = item_props("G31168-SD-Q1", None, edits.clone());
    props.out_of_scope = Some(OutOfScope::EnhancedTier);
    Renderer::<ChecklistItem>::with_root_and_props(root.clone(), props).render();
    until_present(&root, ".scope-reason").await;
    assert!(text(&root, ".scope-reason").contains("增强要求"));
    assert!(all(&root, ".status-btn").iter().all(|b| b.has_attribute("disabled")));
    assert!(one(&root, "article").get_attribute("class").unwrap().contains("out-of-scope"));

    let reviewed = Rc::new(RefCell::new(Vec::new()));
    let sink = reviewed.clone();
    let mut props = item_props("G31168-SD-Q2", Some(Answer::with_status(Status::Met)), edits);
    props.review = true;
    props.on_reviewed = Callback::from(move |id| sink.borrow_mut().push(id));
    let root = mount_point();
    Renderer::<ChecklistItem>::with_root_and_props(root.clone(), props).render();
    until_present(&root, ".mark-reviewed").await;
    click(&root, ".mark-reviewed");
    assert_eq!(*reviewed.borrow(), ["G31168-SD-Q2"]);
}

#[wasm_bindgen_test]
async fn a_red_line_says_what_makes_it_one_and_another_item_shows_no_basis() {
    // Every item of a catalog with a red line given a basis: only the red line shows it.
    let has_red_line =
        |c: &&selfcheck_core::catalog::Catalog| c.sections.iter().flat_map(|s| &s.items).any(|i| i.gating);
    let mut catalog = builtin().catalogs().iter().find(has_red_line).unwrap().clone();
    let basis = selfcheck_core::Localized {
        zh: "第十五条：材料虚假即不通过".into(),
        en: "Art. 15: false materials fail".into(),
    };
    let mut red = None;
    let mut other = None;
    for (s, section) in catalog.sections.iter_mut().enumerate() {
        for (i, item) in section.items.iter_mut().enumerate() {
            item.gating_basis = Some(basis.clone());
            let slot = if item.gating { &mut red } else { &mut other };
            slot.get_or_insert((0, s, i));
        }
    }
    let catalogs = Rc::new(vec![catalog]);
    for (at, shown) in [(red.expect("a red line"), true), (other.expect("another item"), false)] {
        let root = mount_point();
        let props = ChecklistItemProps {
            item: ItemSource::Loaded { catalogs: catalogs.clone(), at },
            ..item_props("C23-05-Q1", None, Edits::default())
        };
        Renderer::<ChecklistItem>::with_root_and_props(root.clone(), props).render();
        until_present(&root, "article .status-btn").await;
        if shown {
            assert_eq!(
                text(&root, ".gating-basis"),
                format!("{}：第十五条：材料虚假即不通过", tr(Lang::ZhCn, T::GatingBasis))
            );
        } else {
            assert!(root.query_selector(".gating-basis").unwrap().is_none());
        }
    }
}

#[wasm_bindgen_test]
async fn platform_list_imports_platforms_and_shows_a_refusal_line_by_line() {
    use cloud_selfcheck::components::agency::platform_list::{PlatformList, PlatformListProps};
    use cloud_selfcheck::state::{AgencyAction, ImportMode, PlatformEntry, PlatformImportOutcome};
    use selfcheck_core::agency::platforms_csv::{Column, CsvProblem};
    use selfcheck_core::agency::Platform;
    use selfcheck_core::messages::Describe;
    use wasm_bindgen::JsCast;

    let actions = Rc::new(RefCell::new(Vec::new()));
    let sink = actions.clone();
    let platform = Platform { name: "政务云 A".into(), ..Platform::default() };
    let problems = [
        CsvProblem::BadDate { line: 2, column: Column::ResultDate, value: "2024-02-30".into() },
        CsvProblem::DuplicateName { line: 4, column: Column::Name, value: "政务云 A".into(), first: 2 },
    ];
    let props = PlatformListProps {
        lang: Lang::En,
        platforms: Rc::new(vec![PlatformEntry { id: 7, platform }]),
        error: None,
        report_problem: None,
        import_mode: ImportMode::Replace,
        import_outcome: Some(PlatformImportOutcome::Refused(problems.iter().map(Describe::describe).collect())),
        on_action: Callback::from(move |action| sink.borrow_mut().push(action)),
    };
    let root = mount_point();
    Renderer::<PlatformList>::with_root_and_props(root.clone(), props).render();
    until_present(&root, "#platforms-import-errors").await;
    let errors: Vec<String> =
        all(&root, "#platforms-import-errors li").iter().map(|li| li.text_content().unwrap()).collect();
    assert_eq!(errors.len(), 2);
    assert!(errors[0].starts_with("Line 2, column result_date: \"2024-02-30\""), "{errors:?}");
    assert!(errors[1].contains("already used on line 2"), "{errors:?}");
    assert!(text(&root, ".platform-tools").contains("your platform list is unchanged"));
    assert_eq!(all(&root, "fieldset.platform-editor").len(), 1, "the list is drawn beside the refusal");
    let replace: web_sys::HtmlInputElement = one(&root, "#platforms-import-replace").dyn_into().unwrap();
    assert!(replace.checked(), "the choice is shown");
    assert_eq!(one(&root, "#platforms-file").get_attribute("accept").as_deref(), Some(".csv,text/csv,.xlsx"));

    click(&root, "#platforms-import-add");
    click(&root, "#platforms-import-errors ~ .link-btn");
    assert_eq!(
        *actions.borrow(),
        [AgencyAction::SetPlatformImportMode(ImportMode::Add), AgencyAction::DismissPlatformImport]
    );
}
