//! The wasm's one entry point for host pages, called by `static/explainer.js` (the custom
//! element) and `static/boot.js` (the widget's own page, alone or in an iframe):
//!
//! ```js
//! mount(root, ["pathway", "in-vivo", "step", "2", ...], "element" | "frame" | "page",
//!       location.hash, "https://example.org/guide/index.html")   // the widget's own page
//! ```
//! and the two event channels between the widget and the script that mounted it (see
//! ARCHITECTURE.md, "Embedding"):
//! - out: a `gte-event` DOM event on the widget's root, whose `detail` is a flat array of
//!   strings `["type", "step-changed", "pathway", "in-vivo", ...]`; the script turns it
//!   into the documented message (a DOM event on the element, `postMessage` to the parent);
//! - in: a `gte-command` DOM event on the root with the same kind of array
//!   (`["pathway", "hsct", "step", "3"]`, `["theme", "dark"]`), read like attributes.

use wasm_bindgen::prelude::*;
use web_sys::{CustomEvent, CustomEventInit, Element};

use crate::components::app::{App, AppProps};
use crate::components::route_note::note_text;
use crate::content::{locale_tags, Texts, CATALOG, THERAPIES};
use crate::model::settings;

/// Pairs from a flat array of strings; an odd last name gets an empty value.
pub fn pairs(flat: &[String]) -> Vec<(String, String)> {
    flat.chunks(2).map(|c| (c[0].clone(), c.get(1).cloned().unwrap_or_default())).collect()
}

/// Renders one widget into `root`. `host` says where it lives: `page` (the widget's own
/// page: it owns the URL and the keys), `frame` (its own page inside an iframe: keys, but
/// the URL only with `sync-url`) or `element` (a custom element's shadow root: keys only
/// when focus is inside it, the URL only with `sync-url`).
#[wasm_bindgen]
pub fn mount(root: Element, settings: Vec<String>, host: &str, hash: &str, home: &str) {
    let tags = locale_tags();
    let mut settings = settings::read(&pairs(&settings), &tags, &CATALOG, THERAPIES);
    if host == "page" {
        settings.sync_url = true;
    }
    if settings.sync_url {
        settings = settings.with_hash(hash, &CATALOG, THERAPIES);
    }
    let texts = Texts::by_index(settings.lang);
    // Reported once, for whoever wrote the embed code; the reader sees the same note.
    for note in settings.notes() {
        web_sys::console::warn_1(&format!("gene-therapy-explainer: {}", note_text(texts, &note)).into());
    }
    root.set_inner_html("");
    let props = AppProps {
        hash: settings.parsed.place.to_hash(&CATALOG, THERAPIES).into(),
        sync_url: settings.sync_url,
        start_notes: settings.notes(),
        theme: settings.theme,
        lang: settings.lang,
        keys_in_widget: host == "element",
        home: home.to_string().into(),
    };
    yew::Renderer::<App>::with_root_and_props(root, props).render();
}

/// Sends an event to the mounting script: `fields` are name/value pairs after the type.
pub fn emit(root: &Element, kind: &str, fields: &[(&str, String)]) {
    let detail = js_sys::Array::new();
    detail.push(&"type".into());
    detail.push(&kind.into());
    for (name, value) in fields {
        detail.push(&(*name).into());
        detail.push(&value.into());
    }
    let init = CustomEventInit::new();
    init.set_detail(&detail);
    // Up to the mounting script's root; `composed` stays off, so it never leaves the
    // shadow root (the script re-sends it from the element, in the documented shape).
    init.set_bubbles(true);
    if let Ok(event) = CustomEvent::new_with_event_init_dict("gte-event", &init) {
        let _ = root.dispatch_event(&event);
    }
}

/// The strings of a `gte-command` event's detail (anything else gives none).
pub fn command_strings(event: &web_sys::Event) -> Vec<String> {
    let Some(event) = event.dyn_ref::<CustomEvent>() else { return Vec::new() };
    let detail = event.detail();
    if !js_sys::Array::is_array(&detail) {
        return Vec::new();
    }
    js_sys::Array::from(&detail).iter().take(16).filter_map(|v| v.as_string()).collect()
}
