//! Browser unit tests: the real `App` rendered into headless Chromium by
//! `wasm-bindgen-test-runner`. Each test mounts a fresh app and destroys it, and waits on
//! Yew's scheduler (`flush`), never on a timer.
#![cfg(target_arch = "wasm32")]

use gene_therapy_explainer::content::{msg, Texts, CATALOG};
use gene_therapy_explainer::{App, AppProps};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, KeyboardEvent, KeyboardEventInit};
use yew::{AppHandle, AttrValue};

wasm_bindgen_test_configure!(run_in_browser);

struct Mounted {
    root: Element,
    handle: Option<AppHandle<App>>,
}

impl Mounted {
    async fn new(hash: &str) -> Mounted {
        let document = gloo::utils::document();
        let root = document.create_element("div").unwrap();
        document.body().unwrap().append_child(&root).unwrap();
        let props = yew::props!(AppProps { hash: AttrValue::from(hash.to_string()), sync_url: false });
        let handle = yew::Renderer::<App>::with_root_and_props(root.clone(), props).render();
        yew::scheduler::flush().await;
        Mounted { root, handle: Some(handle) }
    }

    fn text(&self, selector: &str) -> String {
        self.root
            .query_selector(selector)
            .unwrap()
            .unwrap_or_else(|| panic!("nothing matches {selector}"))
            .text_content()
            .unwrap_or_default()
    }

    fn has(&self, selector: &str) -> bool {
        self.root.query_selector(selector).unwrap().is_some()
    }

    async fn click(&self, selector: &str) {
        let el: HtmlElement = self.root.query_selector(selector).unwrap().unwrap().dyn_into().unwrap();
        el.click();
        yew::scheduler::flush().await;
    }

    async fn destroy(mut self) {
        self.handle.take().unwrap().destroy();
        self.root.remove();
        yew::scheduler::flush().await;
    }
}

fn title(step: usize) -> &'static str {
    Texts::en().t(CATALOG.pathways[CATALOG.default_pathway_index()].steps[step].title_key)
}

fn total() -> usize {
    CATALOG.pathways[CATALOG.default_pathway_index()].steps.len()
}

async fn press(key: &str) {
    let init = KeyboardEventInit::new();
    init.set_key(key);
    init.set_bubbles(true);
    init.set_cancelable(true);
    let event = KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
    gloo::utils::document().dispatch_event(&event).unwrap();
    yew::scheduler::flush().await;
}

#[wasm_bindgen_test]
async fn first_view_shows_step_one_without_stealing_focus() {
    let app = Mounted::new("").await;
    assert_eq!(app.text("h2#gte-step-heading").trim(), title(0));
    assert_eq!(app.text(".gte-progress-text"), format!("Step 1 of {}", total()));
    assert_eq!(app.text(".gte-announce"), "", "nothing is announced on load");
    let active = gloo::utils::document().active_element().map(|e| e.id());
    assert_ne!(active.as_deref(), Some("gte-step-heading"));
    assert!(app.has(".gte-prev[disabled]") && !app.has(".gte-next[disabled]"));
    app.destroy().await;
}

#[wasm_bindgen_test]
async fn next_moves_focus_to_the_new_heading_and_announces_it() {
    let app = Mounted::new("#/ex-vivo/1").await;
    app.click(".gte-next").await;
    assert_eq!(app.text("h2#gte-step-heading").trim(), title(1));
    let active = gloo::utils::document().active_element().unwrap();
    assert_eq!(active.id(), "gte-step-heading");
    assert_eq!(app.text(".gte-announce"), format!("Step 2 of {}: {}", total(), title(1)));
    app.click(".gte-prev").await;
    assert_eq!(app.text("h2#gte-step-heading").trim(), title(0));
    app.destroy().await;
}

#[wasm_bindgen_test]
async fn keys_step_and_jump() {
    let app = Mounted::new("#/ex-vivo/2").await;
    press("End").await;
    assert_eq!(app.text("h2#gte-step-heading").trim(), title(total() - 1));
    assert!(app.has(".gte-next[disabled]"));
    press("PageUp").await;
    assert_eq!(app.text("h2#gte-step-heading").trim(), title(total() - 2));
    press("Home").await;
    assert_eq!(app.text("h2#gte-step-heading").trim(), title(0));
    press("ArrowRight").await;
    assert_eq!(app.text("h2#gte-step-heading").trim(), title(1));
    app.destroy().await;
}

#[wasm_bindgen_test]
async fn step_list_jumps_and_marks_the_current_step() {
    let app = Mounted::new("").await;
    app.click(".gte-step-list li:nth-child(5) button").await;
    assert_eq!(app.text("h2#gte-step-heading").trim(), title(4));
    assert!(app.text("[aria-current=step]").contains(title(4)));
    app.destroy().await;
}

#[wasm_bindgen_test]
async fn a_bad_link_shows_the_nearest_step_and_a_note_that_can_be_hidden() {
    let app = Mounted::new("#/ex-vivo/42").await;
    assert_eq!(app.text("h2#gte-step-heading").trim(), title(total() - 1));
    assert!(app.text(".gte-note").contains("no step “42”"), "{}", app.text(".gte-note"));
    app.click(".gte-note-dismiss").await;
    assert!(!app.has(".gte-note"));
    app.destroy().await;
}

#[wasm_bindgen_test]
async fn every_step_draws_a_titled_described_diagram_and_sourced_facts() {
    let app = Mounted::new("").await;
    for step in 0..total() {
        let def = &CATALOG.pathways[CATALOG.default_pathway_index()].steps[step].diagram;
        let scene = app.root.query_selector(".gte-scene[role=img]").unwrap().expect("a scene image");
        assert_eq!(
            scene.get_attribute("aria-label").as_deref(),
            Some(Texts::en().t(def.title_key)),
            "step {step}"
        );
        assert!(!app.text(".gte-diagram-desc").is_empty(), "step {step}: diagram without a description");
        assert!(app.has(".gte-scene svg.gte-bg g"), "step {step}: empty drawing");
        let facts = app.root.query_selector_all(".gte-fact").unwrap();
        assert!(facts.length() > 0, "step {step}: no facts");
        for i in 0..facts.length() {
            let fact: Element = facts.item(i).unwrap().dyn_into().unwrap();
            assert!(fact.query_selector("cite").unwrap().is_some(), "step {step}: a fact without a source");
        }
        press("ArrowRight").await;
    }
    app.destroy().await;
}

fn attr(app: &Mounted, selector: &str, name: &str) -> String {
    app.root.query_selector(selector).unwrap().and_then(|e| e.get_attribute(name)).unwrap_or_default()
}

#[wasm_bindgen_test]
async fn the_player_pauses_replays_and_announces_only_what_the_reader_started() {
    let app = Mounted::new("#/ex-vivo/3").await;
    let frames = CATALOG.pathways[CATALOG.default_pathway_index()].steps[2].diagram.frames;
    let first = Texts::en().t(frames[0]);
    // On arrival it plays by itself from the first frame, quietly.
    assert_eq!(attr(&app, ".gte-scene", "data-frame"), "0");
    assert_eq!(attr(&app, ".gte-play", "data-playing"), "true");
    assert!(app.text(".gte-frame-line").ends_with(first), "{}", app.text(".gte-frame-line"));
    assert_eq!(app.text(".gte-diagram [aria-live]"), "");
    app.click(".gte-play").await;
    assert_eq!(attr(&app, ".gte-play", "data-playing"), "false");
    assert_eq!(app.text(".gte-play"), "Play");
    app.click(".gte-replay").await;
    assert_eq!(attr(&app, ".gte-play", "data-playing"), "true");
    assert_eq!(app.text(".gte-play"), "Pause");
    let said = app.text(".gte-diagram [aria-live]");
    assert!(said.starts_with(&format!("1 of {}", frames.len())) && said.ends_with(first), "{said}");
    app.destroy().await;
}

#[wasm_bindgen_test]
async fn stills_show_every_key_frame_and_the_toggle_brings_the_animation_back() {
    let app = Mounted::new("#/ex-vivo/4?motion=still").await;
    let frames = CATALOG.pathways[CATALOG.default_pathway_index()].steps[3].diagram.frames;
    let board = app.root.query_selector_all(".gte-board > li").unwrap();
    assert_eq!(board.length() as usize, frames.len());
    for (i, m) in frames.iter().enumerate() {
        let li: Element = board.item(i as u32).unwrap().dyn_into().unwrap();
        let frame = li.query_selector(".gte-scene").unwrap().unwrap().get_attribute("data-frame");
        assert_eq!(frame, Some(i.to_string()));
        assert!(li.text_content().unwrap_or_default().ends_with(Texts::en().t(*m)));
    }
    assert!(!app.has(".gte-play"), "no player in stills");
    assert_eq!(app.text(".gte-motion"), Texts::en().t(msg::DIAGRAM_MOVING), "the way back is named");
    app.click(".gte-motion").await;
    assert!(!app.has(".gte-board"));
    assert_eq!(app.text(".gte-motion"), Texts::en().t(msg::DIAGRAM_STILLS));
    assert_eq!(attr(&app, ".gte-play", "data-playing"), "true", "back to moving: it plays");
    app.destroy().await;
}

/// Mounts through the embed entry point, as the custom element does.
async fn mount_embed(settings: &[&str]) -> Element {
    let document = gloo::utils::document();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    let list = settings.join("\u{1f}");
    gene_therapy_explainer::host::embed::mount(
        root.clone(),
        &list,
        "element",
        "",
        "https://example.org/guide/index.html",
        "",
    );
    yew::scheduler::flush().await;
    root
}

fn heading_of(root: &Element) -> String {
    root.query_selector("h2#gte-step-heading").unwrap().unwrap().text_content().unwrap_or_default()
}

fn in_vivo_title(step: usize) -> &'static str {
    Texts::en().t(CATALOG.pathways[CATALOG.pathway_index("in-vivo").unwrap()].steps[step].title_key)
}

#[wasm_bindgen_test]
async fn embedded_widgets_hear_only_their_own_keys_and_report_moves() {
    let a = mount_embed(&["pathway", "in-vivo", "step", "2", "mode", "compact"]).await;
    let b = mount_embed(&["pathway", "in-vivo"]).await;
    assert_eq!(heading_of(&a), in_vivo_title(1));
    assert_eq!(
        a.query_selector(".gte").unwrap().unwrap().get_attribute("data-mode").as_deref(),
        Some("compact")
    );
    // Events bubble to the mount root as `type␟…` lists.
    let seen = std::rc::Rc::new(std::cell::RefCell::new(Vec::<String>::new()));
    let sink = seen.clone();
    let _listener = gloo::events::EventListener::new(&a, "gte-event", move |e| {
        let detail = e.dyn_ref::<web_sys::CustomEvent>().unwrap().detail().as_string().unwrap();
        sink.borrow_mut().push(detail);
    });
    // A key on the document (not inside either widget) moves neither.
    press("ArrowRight").await;
    assert_eq!((heading_of(&a), heading_of(&b)), (in_vivo_title(1).into(), in_vivo_title(0).into()));
    // A key inside the first widget moves only it.
    let init = KeyboardEventInit::new();
    init.set_key("ArrowRight");
    init.set_bubbles(true);
    init.set_cancelable(true);
    let event = KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
    a.query_selector("h2").unwrap().unwrap().dispatch_event(&event).unwrap();
    yew::scheduler::flush().await;
    assert_eq!((heading_of(&a), heading_of(&b)), (in_vivo_title(2).into(), in_vivo_title(0).into()));
    let total = CATALOG.pathways[CATALOG.pathway_index("in-vivo").unwrap()].steps.len();
    let want = format!("type\u{1f}step-changed\u{1f}view\u{1f}in-vivo/3\u{1f}pathway\u{1f}in-vivo\u{1f}step\u{1f}3\u{1f}total\u{1f}{total}");
    assert_eq!(*seen.borrow(), vec![want]);
    a.remove();
    b.remove();
}

#[wasm_bindgen_test]
async fn commands_move_and_theme_the_widget_and_bad_ones_leave_a_note() {
    let root = mount_embed(&["pathway", "in-vivo"]).await;
    let gte = root.query_selector(".gte").unwrap().unwrap();
    let send = |list: &str| {
        let init = web_sys::CustomEventInit::new();
        init.set_detail(&list.into());
        gte.dispatch_event(&web_sys::CustomEvent::new_with_event_init_dict("gte-command", &init).unwrap())
            .unwrap();
    };
    send("pathway\u{1f}in-vivo\u{1f}step\u{1f}4");
    yew::scheduler::flush().await;
    assert_eq!(heading_of(&root), in_vivo_title(3));
    send("theme\u{1f}dark");
    yew::scheduler::flush().await;
    assert_eq!(gte.get_attribute("data-theme").as_deref(), Some("dark"));
    assert_eq!(heading_of(&root), in_vivo_title(3), "a theme command does not move");
    send("theme\u{1f}neon");
    yew::scheduler::flush().await;
    assert_eq!(gte.get_attribute("data-theme").as_deref(), Some("auto"));
    assert!(root.query_selector(".gte-note").unwrap().unwrap().text_content().unwrap().contains("neon"));
    root.remove();
}
