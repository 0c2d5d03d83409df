//! Every generated file, made by one command, `scripts/generate` (it runs
//! `GENERATE=1 cargo test --test generated`), and checked here: without `GENERATE` this
//! fails naming each file that no longer matches what its sources give.
//!
//! | file                          | from                                             |
//! |-------------------------------|--------------------------------------------------|
//! | `generated/scenes.rs`         | the scenes (`src/diagram/scenes/`), drawn once    |
//! | `static/scenes.css`           | each scene actor's pose in each key frame        |
//! | `static/teacher-notes.html`   | `content/en/teacher/notes.ftl` and step titles   |
//! | `static/worksheet.html`       | the same: each step's first question, to write in |
//! | `static/protocol.js`          | `src/model/protocol.rs` in its template           |
//! | `generated/content.json`      | the compiled content, for the JavaScript tests   |
//! | `generated/floor.html`        | the first view as plain HTML, the bench's floor  |
//! | `static/later/en.txt`         | the words fetched later (a product's details)    |
#![cfg(not(target_arch = "wasm32"))]

// The build's own Fluent reader (and the plural rules it checks choices with).
#[allow(dead_code)]
#[path = "../build/fluent.rs"]
mod fluent;
#[allow(dead_code)]
#[path = "../src/content/plural.rs"]
mod plural;

mod generate {
    pub mod floor;
    pub mod later;
    pub mod manifest;
    pub mod protocol;
    pub mod scenes;
    pub mod teacher_notes;
}

use std::path::Path;

use generate::{floor, later, manifest, protocol, scenes, teacher_notes};

/// Writes one generated file's whole text.
type Make = fn() -> String;

const FILES: [(&str, Make); 8] = [
    ("generated/scenes.rs", scenes::prerendered),
    ("static/scenes.css", scenes::css),
    ("static/teacher-notes.html", teacher_notes::page),
    ("static/worksheet.html", teacher_notes::worksheet),
    ("static/protocol.js", protocol::js_module),
    ("generated/content.json", manifest::json),
    ("generated/floor.html", floor::html),
    ("static/later/en.txt", later::en),
];

#[test]
fn every_generated_file_matches_its_sources() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let write = std::env::var_os("GENERATE").is_some();
    let mut stale = Vec::new();
    for (relative, make) in FILES {
        let path = root.join(relative);
        let want = make();
        if write {
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(&path, &want).unwrap();
        } else if std::fs::read_to_string(&path).ok().as_deref() != Some(want.as_str()) {
            stale.push(relative);
        }
    }
    assert!(stale.is_empty(), "stale generated files {stale:?}: run scripts/generate and commit them");
}
