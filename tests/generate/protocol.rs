//! `static/protocol.js`: the protocol's tables from `model::protocol`, in the template's
//! hand-written functions.

use gene_therapy_explainer::model::protocol::{
    HostEvent, Setting, COMMANDS, HEIGHT, NUMBER_FIELDS, SEP, SOURCE, VERSION, VIEWPORT,
};

const TEMPLATE: &str = include_str!("protocol.template.js");

/// A JS string literal of a plain ASCII word (the protocol's names are nothing else).
fn js(word: &str) -> String {
    assert!(word.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-'), "not a plain word: {word:?}");
    format!("'{word}'")
}

fn list<'a>(words: impl IntoIterator<Item = &'a str>) -> String {
    format!("[{}]", words.into_iter().map(js).collect::<Vec<_>>().join(", "))
}

pub fn js_module() -> String {
    let commands: Vec<String> = COMMANDS
        .iter()
        .map(|(kind, fields)| format!("  {}: {},", js(kind), list(fields.iter().map(|s| s.name()))))
        .collect();
    let tables = format!(
        "export const SOURCE = {source};\n\
         export const VERSION = {VERSION};\n\
         /** Between names and values in the strings exchanged with the wasm. */\n\
         export const SEP = '\\x{sep:02x}';\n\
         /** The settings a host gives, by attribute (and query) name; the element observes each. */\n\
         export const SETTINGS = {settings};\n\
         /** The fields whose values are numbers in a message. */\n\
         export const NUMBER_FIELDS = {numbers};\n\
         /** The events the widget sends, by message `type`. */\n\
         export const EVENTS = {events};\n\
         /** The message with an iframe's height, sent by boot.js. */\n\
         export const HEIGHT = {height};\n\
         /** The message with the part of an iframe in its host's window, sent by embed-resize.js. */\n\
         export const VIEWPORT = {viewport};\n\
         /** The commands a host may send, by message `type`, with the fields each may carry. */\n\
         export const COMMANDS = {{\n{commands}\n}};\n\
         /** Every view's static page in `guide/` (`<name>.html`), for a first view before the wasm. */\n\
         export const PAGES = {pages};",
        source = js(SOURCE),
        sep = SEP as u32,
        settings = list(Setting::ALL.iter().map(|s| s.name())),
        numbers = list(NUMBER_FIELDS),
        events = list(HostEvent::TYPES),
        height = js(HEIGHT),
        viewport = js(VIEWPORT),
        commands = commands.join("\n"),
        pages = list(super::pages::names().iter().map(String::as_str)),
    );
    assert!(TEMPLATE.contains("/* TABLES */"), "the template has no /* TABLES */ marker");
    TEMPLATE.replace("/* TABLES */", &tables)
}
