//! The wasm's one entry point for host pages, called by `static/explainer.js` (the custom
//! element) and `static/boot.js` (the widget's own page, alone or in an iframe):
//!
//! ```js
//! mount(root, "pathway\x1fin-vivo\x1fstep\x1f2", "element" | "frame" | "page",
//!       location.hash, "https://example.org/guide/index.html",   // the widget's own page
//!       "https://example.org/guide/later/")   // the words fetched later (release builds)
//! ```
//! Settings are a `name␟value…` list, as [`protocol`] defines; the events out and the
//! commands in are the root's effects (`host::app`).

use wasm_bindgen::prelude::*;
use web_sys::Element;

use super::app::{App, AppProps};
use crate::content::{locale_tags, Texts, CATALOG, THERAPIES};
use crate::describe::note_text;
use crate::model::{protocol, settings};

/// Renders one widget into `root`. `host` says where it lives: `page` (the widget's own
/// page: it owns the URL and the keys), `frame` (its own page inside an iframe: keys, but
/// the URL only with `sync-url`) or `element` (a custom element's shadow root: keys only
/// when focus is inside it, the URL only with `sync-url`).
#[wasm_bindgen]
pub fn mount(root: Element, settings: &str, host: &str, hash: &str, home: &str, later: &str) {
    let tags = locale_tags();
    let mut settings = settings::read(&protocol::pairs(settings), &tags, &CATALOG, THERAPIES);
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
        later: later.to_string().into(),
        system_still: gloo::utils::window()
            .match_media("(prefers-reduced-motion: reduce)")
            .ok()
            .flatten()
            .is_some_and(|q| q.matches()),
    };
    yew::Renderer::<App>::with_root_and_props(root, props).render();
}
