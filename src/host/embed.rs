//! The wasm's one entry point for host pages, called by `static/explainer.js` (the custom
//! element) and `static/boot.js` (the widget's own page, alone or in an iframe):
//!
//! ```js
//! mount(root, "pathway\x1fin-vivo\x1fstep\x1f2", "element" | "frame" | "page",
//!       location.hash, "https://example.org/guide/index.html")   // the widget's own page
//! ```
//! and the two event channels between the widget and the script that mounted it (see
//! ARCHITECTURE.md, "Embedding"):
//! - out: a `gte-event` DOM event on the widget's root, whose `detail` is a list of names
//!   and values `type␟step-changed␟pathway␟in-vivo…` (joined by U+001F, the unit
//!   separator: one string crosses into JS more cheaply than an array); the script turns
//!   it into the documented message (a DOM event on the element, `postMessage` to the parent);
//! - in: a `gte-command` DOM event on the root with the same kind of list
//!   (`pathway␟hsct␟step␟3`, `theme␟dark`), read like attributes.
//!
//! Settings come the same way: `mount(root, "pathway␟in-vivo␟step␟2", …)`.

use wasm_bindgen::prelude::*;
use web_sys::{CustomEvent, CustomEventInit, Element};

use super::app::{App, AppProps};
use crate::content::{locale_tags, Texts, CATALOG, THERAPIES};
use crate::describe::note_text;
use crate::model::settings;

/// The separator of names and values in the strings exchanged with the script.
pub const SEP: char = '\u{1f}';

/// Pairs from `name␟value␟name␟value`; an odd last name gets an empty value.
pub fn pairs(list: &str) -> Vec<(String, String)> {
    let items: Vec<&str> = if list.is_empty() { Vec::new() } else { list.split(SEP).collect() };
    items.chunks(2).map(|c| (c[0].to_string(), c.get(1).unwrap_or(&"").to_string())).collect()
}

/// Renders one widget into `root`. `host` says where it lives: `page` (the widget's own
/// page: it owns the URL and the keys), `frame` (its own page inside an iframe: keys, but
/// the URL only with `sync-url`) or `element` (a custom element's shadow root: keys only
/// when focus is inside it, the URL only with `sync-url`).
#[wasm_bindgen]
pub fn mount(root: Element, settings: &str, host: &str, hash: &str, home: &str) {
    let tags = locale_tags();
    let mut settings = settings::read(&pairs(settings), &tags, &CATALOG, THERAPIES);
    if host == "page" {
        settings.sync_url = true;
    }
    if settings.sync_url {
        settings = settings.with_hash(hash, &CATALOG, THERAPIES);
    }
    let texts = Texts::by_index(settings.lang);
    // Reported once, for whoever wrote the embed code; the reader sees the same notes.
    let notes = settings.notes();
    for note in &notes {
        web_sys::console::warn_1(&format!("gene-therapy-explainer: {}", note_text(texts, note)).into());
    }
    root.set_inner_html("");
    let props = AppProps {
        hash: settings.parsed.place.to_hash(&CATALOG, THERAPIES).into(),
        sync_url: settings.sync_url,
        start_notes: notes,
        theme: settings.theme,
        lang: settings.lang,
        keys_in_widget: host == "element",
        home: home.to_string().into(),
    };
    yew::Renderer::<App>::with_root_and_props(root, props).render();
}

/// Sends an event to the mounting script: `fields` are name/value pairs after the type.
pub fn emit(root: &Element, kind: &str, fields: &[(&str, String)]) {
    let mut detail = format!("type{SEP}{kind}");
    for (name, value) in fields {
        detail.push(SEP);
        detail.push_str(name);
        detail.push(SEP);
        detail.push_str(value);
    }
    let init = CustomEventInit::new();
    init.set_detail(&detail.into());
    // Up to the mounting script's root; `composed` stays off, so it never leaves the
    // shadow root (the script re-sends it from the element, in the documented shape).
    init.set_bubbles(true);
    if let Ok(event) = CustomEvent::new_with_event_init_dict("gte-event", &init) {
        let _ = root.dispatch_event(&event);
    }
}

/// The `name␟value…` list of a `gte-command` event (anything else gives an empty one).
pub fn command_list(event: &web_sys::Event) -> String {
    let detail = event.dyn_ref::<CustomEvent>().map(|e| e.detail());
    detail.and_then(|d| d.as_string()).unwrap_or_default()
}
