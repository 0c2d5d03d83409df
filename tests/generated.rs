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
//! | `static/handout/<id>.html`    | each pathway's and each product's handout        |
//! | `static/guide/<view>.html`    | every view as a static page (`generate/pages.rs`) |
//! | `index.html`                  | its first view and title, between two markers    |
//! | `static/later/en/<page>.html` | the timeline's and the sources page's bodies     |
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
    pub mod handout;
    pub mod later;
    pub mod manifest;
    pub mod pages;
    pub mod protocol;
    pub mod scenes;
    pub mod teacher_notes;
}

use std::path::Path;

use generate::{floor, handout, later, manifest, pages, protocol, scenes, teacher_notes};

/// Writes one generated file's whole text.
type Make = fn() -> String;

const FILES: [(&str, Make); 9] = [
    ("generated/scenes.rs", scenes::prerendered),
    ("static/scenes.css", scenes::css),
    ("static/teacher-notes.html", teacher_notes::page),
    ("static/worksheet.html", teacher_notes::worksheet),
    ("static/protocol.js", protocol::js_module),
    ("generated/content.json", manifest::json),
    ("generated/floor.html", floor::html),
    ("static/later/en.txt", later::en),
    ("index.html", pages::index),
];

#[test]
fn every_generated_file_matches_its_sources() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let write = std::env::var_os("GENERATE").is_some();
    let mut stale = Vec::new();
    let handouts = handout::pages();
    let guide = pages::pages();
    let fragments = pages::fragments();
    // A page left from a view, product or pathway that is gone is stale too.
    for (folder, made) in
        [("static/handout", &handouts), ("static/guide", &guide), ("static/later/en", &fragments)]
    {
        // No folder yet (a first run) holds no stale page; any other read error stops here.
        let entries = std::fs::read_dir(root.join(folder)).into_iter().flatten().map(|e| e.expect("reads"));
        for entry in entries {
            let name = format!("{folder}/{}", entry.file_name().to_string_lossy());
            if name.ends_with(".html") && !made.iter().any(|(p, _)| *p == name) {
                if write {
                    std::fs::remove_file(entry.path()).unwrap();
                } else {
                    stale.push(name);
                }
            }
        }
    }
    let files = FILES
        .iter()
        .map(|&(relative, make)| (relative.to_string(), make()))
        .chain(handouts)
        .chain(guide)
        .chain(fragments);
    for (relative, want) in files {
        let path = root.join(&relative);
        if write {
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(&path, &want).unwrap();
        } else if std::fs::read_to_string(&path).ok().as_deref() != Some(want.as_str()) {
            stale.push(relative);
        }
    }
    assert!(stale.is_empty(), "stale generated files {stale:?}: run scripts/generate and commit them");
}

/// Each product's handout follows that product: its name in the title, its label's checked
/// date, its own note at each step that has one, a still of each step's picture (its own
/// where its method differs), every question, and the link back walks it again.
#[test]
fn each_handout_follows_its_product() {
    use gene_therapy_explainer::content::{markup::plain, Texts, CATALOG, THERAPIES};
    let en = Texts::en();
    let pages = handout::pages();
    assert_eq!(pages.len(), CATALOG.pathways.len() + THERAPIES.len());
    // One page each: a product id equal to a pathway's would overwrite its page.
    let paths: std::collections::BTreeSet<&String> = pages.iter().map(|(p, _)| p).collect();
    assert_eq!(paths.len(), pages.len(), "two handouts share a file name");
    let text = |s: &str| s.replace('&', "&amp;").replace('<', "&lt;").replace('"', "&quot;");
    for t in THERAPIES {
        let (_, html) =
            pages.iter().find(|(p, _)| *p == format!("static/handout/{}.html", t.id)).expect("a page");
        let pathway = &CATALOG.pathways[t.pathway];
        let name = text(en.t(t.name_key));
        assert!(html.contains(&format!("<title>Handout: {name}</title>")), "{}: title", t.id);
        assert!(html.contains(&format!("on {}.", t.checked)), "{}: the label's checked date", t.id);
        assert!(html.contains(CATALOG.reviewed), "{}: the review date", t.id);
        assert_eq!(
            html.matches("class=\"gte-handout-step\"").count(),
            pathway.steps.len(),
            "{}: steps",
            t.id
        );
        for step in pathway.steps {
            let scene = t.scene(step.id).unwrap_or(&step.diagram);
            assert!(
                html.contains(&format!("data-scene=\"{}\"", scene.id)),
                "{}/{}: its picture",
                t.id,
                step.id
            );
            if let Some(note) = t.note(step.id) {
                let note = plain(en.t(note));
                let start: String = note.split_whitespace().take(4).collect::<Vec<_>>().join(" ");
                assert!(html.contains(&text(&start)), "{}/{}: its note {start:?}", t.id, step.id);
            }
        }
        for &q in pathway.questions {
            assert!(html.contains(&text(en.t(q))), "{}: the question {:?}", t.id, en.t(q));
        }
        assert!(
            html.contains(&format!("href=\"../index.html#/{}/1?therapy={}\"", pathway.id, t.id)),
            "{}: the link back walks the product",
            t.id
        );
    }
}

/// Each static page holds its own view, named in its title and heading, its links between
/// views are links to pages (no hash route, which needs the live widget), and each step's
/// page carries its stills for readers without scripts.
#[test]
fn each_static_page_holds_its_view_and_links_to_pages() {
    use gene_therapy_explainer::content::CATALOG;
    use gene_therapy_explainer::model::route::{page_file, PAGES_FOLDER};
    use gene_therapy_explainer::model::{Place, View};
    let guide = pages::pages();
    assert_eq!(guide.len(), View::all(&CATALOG).count());
    let manifest = manifest::json();
    for view in View::all(&CATALOG) {
        let file = page_file(view, &CATALOG);
        let (_, html) =
            guide.iter().find(|(p, _)| *p == format!("static/{PAGES_FOLDER}{file}")).expect("its page");
        let hash = Place::new(view, None).to_hash(&CATALOG, gene_therapy_explainer::content::THERAPIES);
        assert!(html.contains(&format!("data-view=\"{hash}\"")), "{file}: names its view");
        assert!(html.contains(&format!("<link rel=\"canonical\" href=\"{file}\">")), "{file}: canonical");
        assert!(!html.contains("href=\"#/"), "{file}: a hash route where a page link belongs");
        assert!(html.contains("<meta name=\"description\" content=\""), "{file}: description");
        let stills = html.contains("<noscript><figure class=\"gte-diagram gte-still");
        assert_eq!(stills, matches!(view, View::Step(_)), "{file}: stills for readers without scripts");
        // Its heading is the one the manifest's views give the tests.
        let heading = html.split("id=\"gte-step-heading\"").nth(1).expect("a heading");
        let heading = &heading[heading.find('>').unwrap() + 1..heading.find("</h2>").unwrap()];
        assert!(manifest.contains(&format!("\"heading\": \"{heading}\"")), "{file}: heading {heading}");
    }
    let index = pages::index();
    assert!(index.contains("<a href=\"guide/ex-vivo-2.html\""), "index.html links into guide/");
    assert!(
        !index.contains("<div id=\"gene-therapy-explainer\" data-view"),
        "index.html starts where its address says"
    );
}
