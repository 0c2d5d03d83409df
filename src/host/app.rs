//! The root: owns the navigation state and every browser effect (URL, keys, focus, the
//! link with the mounting script), and renders the render-only [`AppView`].

use std::cell::RefCell;
use std::rc::Rc;

use gloo::events::{EventListener, EventListenerOptions};
use wasm_bindgen::JsCast;
use web_sys::{CustomEvent, CustomEventInit, FocusOptions, HtmlElement, KeyboardEvent};
use yew::prelude::*;

use crate::components::app::AppView;
use crate::content::{locale_tags, Later, Texts, CATALOG, SPLIT, THERAPIES};
use crate::describe::document_title;
use crate::model::protocol::{self, HostEvent};
use crate::model::{key_action, route, settings, Action, Nav, Page, RouteNote, Theme, View};

#[derive(Properties, PartialEq, Clone)]
pub struct AppProps {
    /// The location hash when the widget opened, e.g. `#/ex-vivo/3`.
    #[prop_or_default]
    pub hash: AttrValue,
    /// Keep the page's URL in step with the widget. Off where a host page owns the URL.
    #[prop_or(true)]
    pub sync_url: bool,
    /// Notes about the embed's settings (bad attributes), shown with the hash's own.
    #[prop_or_default]
    pub start_notes: Vec<RouteNote>,
    #[prop_or_default]
    pub theme: Theme,
    /// Index into the content's locales ([`locale_tags`]).
    #[prop_or_default]
    pub lang: usize,
    /// Listen for keys on the widget only (several on a page), not on the whole document.
    #[prop_or_default]
    pub keys_in_widget: bool,
    /// The widget's own page without a hash, for links that leave an embed (copy link,
    /// teacher notes, the handout's link back). Empty: links are relative to this page.
    #[prop_or_default]
    pub home: AttrValue,
    /// The system asks for reduced motion (`prefers-reduced-motion`), read by `mount` when
    /// the widget opens, so rendering calls no browser API.
    #[prop_or_default]
    pub system_still: bool,
    /// Where the words fetched later are (`<later><locale>.txt`; `later/` beside the
    /// script that mounted the widget). Used by release builds only (`content::SPLIT`).
    #[prop_or_default]
    pub later: AttrValue,
}

/// Yew glue for the pure [`Nav`] state machine.
#[derive(PartialEq)]
struct NavState(Nav);

impl Reducible for NavState {
    type Action = Action;
    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let next = self.0.apply(action, &CATALOG, THERAPIES);
        if next == self.0 {
            self
        } else {
            Rc::new(NavState(next))
        }
    }
}

#[component]
pub fn App(props: &AppProps) -> Html {
    let nav = {
        let (hash, start_notes, theme, lang) =
            (props.hash.clone(), props.start_notes.clone(), props.theme, props.lang);
        use_reducer(move || {
            let mut parsed = route::parse(&hash, &CATALOG, THERAPIES);
            parsed.notes.extend(start_notes);
            NavState(Nav { theme, lang, ..Nav::new(parsed) })
        })
    };
    let root = use_node_ref();
    let heading = use_node_ref();
    // The listeners read the current state to claim only keys that move (a key that
    // changes nothing, e.g. PageDown on the comparison, scrolls the page as usual).
    let current = use_mut_ref(|| nav.0.clone());
    *current.borrow_mut() = nav.0.clone();
    // What the widget and the address bar last agreed on (see [`UrlSync`]).
    let own_writes = use_mut_ref(UrlSync::default);
    let keys_on = props.keys_in_widget.then(|| root.clone());
    use_browser_listeners(nav.dispatcher(), current.clone(), own_writes.clone(), props.sync_url, keys_on);
    use_url_sync(&nav.0, own_writes, props.sync_url);
    use_host_link(&root, nav.0.place.view, nav.dispatcher(), current);
    {
        // Focus follows the reader's move to the new view's heading (never on first load).
        let heading = heading.clone();
        use_effect_with(nav.0.moves, move |&moves| {
            if moves > 0 {
                focus_heading(&heading);
            }
        });
    }

    let system_still = props.system_still;
    // Product details and the comparison come later: fetched when first wanted.
    let view = nav.0.place.view;
    let wanted = nav.0.place.therapy.is_some() || view == View::Page(Page::Compare);
    let later = use_later(wanted, nav.0.lang, props.later.clone());
    // The timeline and the sources page come as HTML rendered at build time.
    let name = match view {
        View::Page(Page::Sources) => Some("sources".to_string()),
        View::Page(Page::Timeline) => Some(match nav.0.place.therapy.and_then(|t| THERAPIES.get(t)) {
            Some(t) => format!("timeline-{}", t.id),
            None => "timeline".to_string(),
        }),
        _ => None,
    };
    let fragment = use_fragment(name, nav.0.lang, props.later.clone());

    let onaction = {
        let dispatcher = nav.dispatcher();
        let heading = heading.clone();
        Callback::from(move |a: Action| {
            // The dismissed note takes its button with it: focus goes to the heading.
            let refocus = a == Action::DismissNote;
            dispatcher.dispatch(a);
            if refocus {
                focus_heading(&heading);
            }
        })
    };
    html! {
        <AppView nav={nav.0.clone()} home={props.home.clone()} {system_still} {later} {fragment}
            {root} {heading} {onaction} />
    }
}

/// The words that come later (a product's details, the comparison), for the reader's
/// language: fetched once, when a product is first chosen or the comparison first opened. A file of the wrong length (another build's) or
/// a failed fetch leaves them `Failed`, and the product's card says so.
#[hook]
fn use_later(wanted: bool, lang: usize, base: AttrValue) -> Later {
    let state = use_state(|| (usize::MAX, Later::Waiting));
    {
        let state = state.clone();
        use_effect_with((wanted, lang), move |&(wanted, lang)| {
            if SPLIT && wanted && state.0 != lang {
                state.set((lang, Later::Waiting));
                let texts = Texts::by_index(lang);
                let url = format!("{base}{}.txt", texts.lang());
                wasm_bindgen_futures::spawn_local(async move {
                    let got = fetch_text(&url).await.filter(|t| t.len() == texts.later_len());
                    let later = got.map_or(Later::Failed, |t| Later::Here(Box::leak(t.into_boxed_str())));
                    state.set((lang, later));
                });
            }
        });
    }
    if state.0 == lang {
        state.1
    } else {
        Later::Waiting
    }
}

/// A page's body rendered at build time (`<later><locale>/<name>.html`), fetched when the
/// page opens, in release builds (`components::pages`); the last one fetched is kept.
#[hook]
fn use_fragment(name: Option<String>, lang: usize, base: AttrValue) -> Later {
    let state = use_state(|| (String::new(), Later::Waiting));
    let want = name.map(|n| format!("{base}{}/{n}.html", Texts::by_index(lang).lang()));
    {
        let state = state.clone();
        use_effect_with(want.clone(), move |want| {
            if let Some(url) = want.clone().filter(|u| SPLIT && *u != state.0) {
                state.set((url.clone(), Later::Waiting));
                wasm_bindgen_futures::spawn_local(async move {
                    let got = fetch_text(&url).await;
                    state.set((
                        url,
                        got.map_or(Later::Failed, |t| Later::Here(Box::leak(t.into_boxed_str()))),
                    ));
                });
            }
        });
    }
    if want.is_some_and(|u| u == state.0) {
        state.1
    } else {
        Later::Waiting
    }
}

/// A text file's contents, or `None` if it could not be fetched.
async fn fetch_text(url: &str) -> Option<String> {
    use wasm_bindgen_futures::JsFuture;
    let response = JsFuture::from(gloo::utils::window().fetch_with_str(url)).await.ok()?;
    let response: web_sys::Response = response.dyn_into().ok()?;
    if !response.ok() {
        return None;
    }
    JsFuture::from(response.text().ok()?).await.ok()?.as_string()
}

/// Keys anywhere on the page (presenter remotes send Page Up/Down to the document) and,
/// when the widget owns the URL, back/forward and edited hashes.
#[hook]
fn use_browser_listeners(
    dispatcher: UseReducerDispatcher<NavState>,
    current: Rc<RefCell<Nav>>,
    own_writes: Rc<RefCell<UrlSync>>,
    sync_url: bool,
    keys_on: Option<NodeRef>,
) {
    use_effect_with(sync_url, move |&sync_url| {
        let window = gloo::utils::window();
        let on_hash = dispatcher.clone();
        let hash_listener = sync_url.then(|| {
            EventListener::new(&window, "hashchange", move |_| {
                // Events arrive in order: the first ones pending are the widget's own.
                let mut own = own_writes.borrow_mut();
                if own.pending > 0 {
                    own.pending -= 1;
                    return;
                }
                let hash = gloo::utils::window().location().hash().unwrap_or_default();
                // The state is about to follow the address bar: nothing to write back.
                own.agreed = hash.clone();
                drop(own);
                on_hash.dispatch(Action::Open(route::parse(&hash, &CATALOG, THERAPIES)));
            })
        });
        // Not passive: a step key the widget uses must not also scroll the page.
        let options = EventListenerOptions::enable_prevent_default();
        // Several widgets on one page: each hears only the keys pressed inside it.
        let target: web_sys::EventTarget = match keys_on.and_then(|r| r.cast::<web_sys::Element>()) {
            Some(el) => el.into(),
            None => gloo::utils::document().into(),
        };
        let key_listener = EventListener::new_with_options(&target, "keydown", options, move |e| {
            let Some(e) = e.dyn_ref::<KeyboardEvent>() else { return };
            if e.default_prevented() || e.alt_key() || e.ctrl_key() || e.meta_key() || keys_are_native(e) {
                return;
            }
            let now = current.borrow().clone();
            // A blanked screen comes back with any key.
            if now.blank {
                e.prevent_default();
                dispatcher.dispatch(Action::ToggleBlank);
                return;
            }
            let Some(action) = key_action(&e.key()) else { return };
            let next = now.apply(action.clone(), &CATALOG, THERAPIES);
            if next.place != now.place
                || next.blank != now.blank
                || next.cue != now.cue
                || next.facts != now.facts
            {
                e.prevent_default();
                dispatcher.dispatch(action);
            }
        });
        move || drop((hash_listener, key_listener))
    });
}

/// Moves focus to the view's heading, first scrolling it to the top of the screen if it
/// is out of view (focusing an element that already has focus would not scroll).
fn focus_heading(heading: &NodeRef) {
    let Some(h) = heading.cast::<HtmlElement>() else { return };
    let top = h.get_bounding_client_rect().top();
    let height = gloo::utils::window().inner_height().ok().and_then(|v| v.as_f64()).unwrap_or(0.0);
    if top < 0.0 || top > height * 0.8 {
        h.scroll_into_view_with_bool(true);
    }
    let options = FocusOptions::new();
    options.set_prevent_scroll(true);
    let _ = h.focus_with_options(&options);
}

/// Keys typed into a field belong to the field.
fn keys_are_native(e: &KeyboardEvent) -> bool {
    let Some(el) = e.target().and_then(|t| t.dyn_into::<HtmlElement>().ok()) else { return false };
    matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT") || el.is_content_editable()
}

/// The widget's side of the address bar.
#[derive(Default)]
struct UrlSync {
    /// Hash changes the widget made itself whose `hashchange` has not arrived yet. The event
    /// comes later than the write; acting on it could undo a key pressed meanwhile.
    pending: u32,
    /// The hash the state and the address bar last agreed on. A state made from a URL event
    /// agrees already, even when its effect runs after a later Back has moved the bar.
    agreed: String,
}

/// Writes the canonical hash for the current place. A reader's move adds a history entry
/// (so Back returns); the first view and corrected bad links replace the entry instead.
#[hook]
fn use_url_sync(state: &Nav, own_writes: Rc<RefCell<UrlSync>>, sync_url: bool) {
    let replace = state.moves == 0 || !state.notes.is_empty();
    let lang = state.lang;
    use_effect_with((state.place, state.notes.clone(), sync_url, lang), move |(place, _, sync, _)| {
        if !*sync {
            return;
        }
        let hash = place.to_hash(&CATALOG, THERAPIES);
        let window = gloo::utils::window();
        // The tab title names the view, in the reader's language.
        gloo::utils::document().set_title(&document_title(Texts::by_index(lang), place.view));
        let location = window.location();
        let mut own = own_writes.borrow_mut();
        // Already agreed, or the address bar moved on (Back, Forward) after this state was
        // made: writing it now would undo that move and cut the forward history.
        if own.agreed == hash || location.hash().ok().as_deref() == Some(hash.as_str()) {
            own.agreed = hash;
            return;
        }
        own.agreed = hash.clone();
        if replace {
            if let Ok(history) = window.history() {
                let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&hash));
            }
        } else if location.set_hash(&hash).is_ok() {
            own.pending += 1;
        }
    });
}

/// The link with the script that mounted the widget ([`protocol`]). Out: `ready` once,
/// `step-changed` on every move, `pathway-completed` the first time the reader reaches a
/// pathway's last step. In: `gte-command` events, read by `settings::command` (the same
/// rules as attributes; a command keeps whatever it does not name).
#[hook]
fn use_host_link(
    root: &NodeRef,
    view: View,
    dispatcher: UseReducerDispatcher<NavState>,
    current: Rc<RefCell<Nav>>,
) {
    // Whether `ready` was sent, and the pathways completed.
    let sent = use_mut_ref(|| (false, Vec::<usize>::new()));
    let root = root.clone();
    use_effect_with(view, move |&view| {
        let el = root.cast::<web_sys::Element>();
        if let Some(el) = &el {
            let (ready, completed) = &mut *sent.borrow_mut();
            emit(
                el,
                if std::mem::replace(ready, true) {
                    HostEvent::StepChanged(view)
                } else {
                    HostEvent::Ready(view)
                },
            );
            if let View::Step(r) = view {
                if r.step + 1 == r.total(&CATALOG) && !completed.contains(&r.pathway) {
                    completed.push(r.pathway);
                    emit(el, HostEvent::PathwayCompleted(r.pathway));
                }
            }
        }
        let listener = el.map(|el| {
            EventListener::new(&el, "gte-command", move |e| {
                let pairs = protocol::pairs(&command_list(e));
                if pairs.is_empty() {
                    return;
                }
                let now = current.borrow().place;
                let c = settings::command(&pairs, now, &locale_tags(), &CATALOG, THERAPIES);
                if let Some(theme) = c.theme {
                    dispatcher.dispatch(Action::SetTheme(theme));
                }
                if let Some(lang) = c.lang {
                    dispatcher.dispatch(Action::SetLang(lang));
                }
                if c.parsed.place != now || !c.parsed.notes.is_empty() {
                    dispatcher.dispatch(Action::Open(c.parsed));
                }
            })
        });
        move || drop(listener)
    });
}

/// Sends an event to the mounting script as a `gte-event` DOM event on the widget's root.
fn emit(root: &web_sys::Element, event: HostEvent) {
    let init = CustomEventInit::new();
    init.set_detail(&event.encode(&CATALOG).into());
    // Up to the mounting script's root; `composed` stays off, so it never leaves the
    // shadow root (the script re-sends it from the element, in the documented shape).
    init.set_bubbles(true);
    if let Ok(event) = CustomEvent::new_with_event_init_dict("gte-event", &init) {
        let _ = root.dispatch_event(&event);
    }
}

/// The `name␟value…` list of a `gte-command` event (anything else gives an empty one).
fn command_list(event: &web_sys::Event) -> String {
    let detail = event.dyn_ref::<CustomEvent>().map(|e| e.detail());
    detail.and_then(|d| d.as_string()).unwrap_or_default()
}
