#![cfg(not(target_arch = "wasm32"))]
//! Content validation: every rule a content author can break fails here, naming the key.
//! Runs natively (`cargo test`); reads the compiled content and the project's copy of the source texts in `sources/`.

use std::collections::{BTreeSet, HashSet};
use std::fs;
use std::path::{Path, PathBuf};

use gene_therapy_explainer::content::markup::plain;
use gene_therapy_explainer::content::{
    fill, locale, LocaleData, Msg, SourceKind, Texts, CATALOG, COMPARE, GLOSSARY, KEYS, LOCALES, THERAPIES,
    TIMELINE,
};
use gene_therapy_explainer::diagram::scenes::{ids, scene_for};

fn sources_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("sources")
}

/// The project's own record of the product labels it read (`sources/labels/*.md`).
fn labels_md() -> String {
    let dir = sources_dir().join("labels");
    let mut all = String::new();
    for entry in fs::read_dir(&dir).into_iter().flatten() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "md") {
            all.push_str(&fs::read_to_string(&path).unwrap());
        }
    }
    all
}

/// Every key the catalog implies, in every locale.
fn catalog_keys() -> Vec<Msg> {
    let mut keys = Vec::new();
    for s in CATALOG.sources {
        keys.extend([s.name_key, s.short_key]);
    }
    for p in CATALOG.pathways {
        keys.extend([p.name_key, p.short_key, p.summary_key]);
        for st in p.steps {
            keys.extend([st.title_key, st.lead_key, st.diagram.title_key, st.diagram.desc_key]);
            keys.extend(st.facts.iter().map(|f| f.key));
        }
        keys.extend(p.glance.iter().flat_map(|g| [g.label_key, g.key]));
    }
    for t in GLOSSARY {
        keys.extend([t.name_key, t.def_key]);
    }
    for t in THERAPIES {
        keys.extend([
            t.name_key,
            t.generic_key,
            t.disease_key,
            t.who_key,
            t.tool_key,
            t.route_key,
            t.approved_key,
        ]);
        keys.extend(t.notes.iter().map(|(_, k)| *k));
        keys.extend(t.glance.iter().flat_map(|g| [g.label_key, g.key]));
    }
    for row in COMPARE.rows {
        keys.push(row.label_key);
        keys.extend(row.cells.iter().map(|c| c.key));
    }
    keys.extend(TIMELINE.iter().map(|b| b.key));
    keys
}

/// Every (where, source id) reference in the content.
fn source_refs() -> Vec<(String, &'static str)> {
    let mut refs = Vec::new();
    for p in CATALOG.pathways {
        for st in p.steps {
            refs.extend(st.sources.iter().map(|src| (st.lead_key.to_string(), src.def().id)));
            for f in st.facts {
                refs.extend(f.sources.iter().map(|src| (f.key.to_string(), src.def().id)));
            }
        }
    }
    for t in GLOSSARY {
        refs.extend(t.sources.iter().map(|src| (t.def_key.to_string(), src.def().id)));
    }
    for p in CATALOG.pathways {
        for g in p.glance {
            refs.extend(g.sources.iter().map(|src| (g.key.to_string(), src.def().id)));
        }
    }
    for t in THERAPIES {
        refs.extend(t.sources.iter().map(|src| (t.name_key.to_string(), src.def().id)));
        refs.push((t.name_key.to_string(), t.label.def().id));
        for g in t.glance {
            refs.extend(g.sources.iter().map(|src| (g.key.to_string(), src.def().id)));
        }
    }
    for row in COMPARE.rows {
        for c in row.cells {
            refs.extend(c.sources.iter().map(|src| (c.key.to_string(), src.def().id)));
        }
    }
    for b in TIMELINE {
        refs.extend(b.sources.iter().map(|src| (b.key.to_string(), src.def().id)));
    }
    refs
}

fn placeholders(text: &str) -> BTreeSet<String> {
    text.split("{$").skip(1).filter_map(|p| p.split('}').next()).map(str::to_string).collect()
}

#[test]
fn ids_are_unique() {
    let mut seen = HashSet::new();
    for s in CATALOG.sources {
        assert!(seen.insert(("source", s.id)), "duplicate source id {}", s.id);
    }
    for p in CATALOG.pathways {
        assert!(seen.insert(("pathway", p.id)), "duplicate pathway id {}", p.id);
        let mut steps = HashSet::new();
        for st in p.steps {
            assert!(steps.insert(st.id), "duplicate step id {}/{}", p.id, st.id);
            let mut facts = HashSet::new();
            for f in st.facts {
                assert!(facts.insert(f.id), "duplicate fact id {}/{}/{}", p.id, st.id, f.id);
            }
        }
    }
}

#[test]
fn the_default_pathway_exists_and_every_pathway_has_steps() {
    assert!(CATALOG.pathway_index(CATALOG.default_pathway).is_some());
    for p in CATALOG.pathways {
        assert!(!p.steps.is_empty(), "pathway {} has no steps", p.id);
    }
}

#[test]
fn the_ex_vivo_pathway_has_the_nine_steps_in_order() {
    let p = &CATALOG.pathways[CATALOG.pathway_index("ex-vivo").unwrap()];
    let ids: Vec<_> = p.steps.iter().map(|s| s.id).collect();
    assert_eq!(
        ids,
        [
            "assessment",
            "mobilize",
            "collect",
            "lab",
            "test-freeze",
            "conditioning",
            "infusion",
            "engraftment",
            "follow-up"
        ]
    );
}

#[test]
fn every_fact_and_lead_has_sources_that_resolve() {
    for p in CATALOG.pathways {
        for st in p.steps {
            assert!(!st.sources.is_empty(), "{}: the lead names no source", st.title_key);
            assert!(!st.facts.is_empty(), "{}: a step needs key facts", st.title_key);
            for f in st.facts {
                assert!(!f.sources.is_empty(), "{}: a fact without a source", f.key);
            }
        }
    }
    for (place, id) in source_refs() {
        assert!(CATALOG.source(id).is_some(), "{place}: unknown source {id}");
    }
}

#[test]
fn every_source_is_one_of_the_project_sources_and_is_used() {
    let facts_md = fs::read_to_string(sources_dir().join("facts.md"))
        .expect("sources/facts.md (the project's copy of the source texts)");
    let labels = labels_md();
    let used: BTreeSet<&str> = source_refs().into_iter().map(|(_, id)| id).collect();
    for s in CATALOG.sources {
        match s.kind {
            SourceKind::Text => {
                assert!(sources_dir().join(s.file).is_file(), "source {}: no file {}", s.id, s.file)
            }
            SourceKind::Reference => {
                assert!(
                    !s.cites.is_empty() && facts_md.contains(s.cites),
                    "source {}: facts.md does not cite {:?}",
                    s.id,
                    s.cites
                )
            }
            SourceKind::Label => assert!(
                !s.cites.is_empty() && labels.contains(s.cites),
                "source {}: no table in sources/labels/ names the label {:?}",
                s.id,
                s.cites
            ),
        }
        assert!(used.contains(s.id), "source {} is listed but nothing uses it", s.id);
    }
}

#[test]
fn every_diagram_has_a_scene_and_every_scene_is_used() {
    let mut used = BTreeSet::new();
    for p in CATALOG.pathways {
        for st in p.steps {
            assert!(scene_for(st.diagram.id).is_some(), "{}: no scene {}", st.title_key, st.diagram.id);
            used.insert(st.diagram.id);
        }
    }
    let mut seen = HashSet::new();
    for id in ids() {
        assert!(seen.insert(id), "scene {id} is defined twice");
        assert!(used.contains(id), "scene {id} is drawn but no step uses it");
    }
}

/// The key a message was written under (for failure messages).
fn name(m: Msg) -> &'static str {
    KEYS[usize::from(m.0)]
}

/// Every message of a locale, with its key.
fn messages(loc: &'static LocaleData) -> impl Iterator<Item = (&'static str, &'static str)> {
    KEYS.iter().enumerate().map(move |(i, key)| (*key, Texts(loc).raw(Msg(i as u16))))
}

#[test]
fn every_message_the_content_or_code_uses_exists_in_every_locale() {
    // Every `Msg` is an index into KEYS: the code's `msg::…` constants and the catalog's
    // fields are generated from it (build.rs stops on a key no locale has). So checking every
    // index in every locale covers all of them; the catalog's are checked to be in range.
    for m in catalog_keys() {
        assert!(usize::from(m.0) < KEYS.len(), "catalog message {m:?} is not a key");
    }
    for loc in LOCALES {
        for (key, text) in messages(loc) {
            assert!(!text.trim().is_empty(), "{}: missing or empty message {key}", loc.tag);
        }
    }
}

#[test]
fn locales_match_english_placeholders() {
    let en = Texts::en();
    for loc in LOCALES {
        for (key, value) in messages(loc) {
            let en_value = en.get(key).unwrap_or_else(|| panic!("{}: key {key} is not in en", loc.tag));
            assert_eq!(
                placeholders(value),
                placeholders(en_value),
                "{}: placeholders differ for {key}",
                loc.tag
            );
        }
    }
}

#[test]
fn placeholders_used_in_code_are_filled() {
    // The widget fills these names; any other placeholder would show raw.
    let known = [
        "current", "total", "title", "number", "asked", "shown", "date", "name", "pathway", "label", "when",
        "from", "to", "n", "view", "route", "where", "text",
    ];
    for (key, value) in messages(locale("en").unwrap()) {
        for name in placeholders(value) {
            assert!(known.contains(&name.as_str()), "{key}: unknown placeholder {name}");
        }
        let args: Vec<(&str, &str)> = known.iter().map(|k| (*k, "X")).collect();
        assert!(!fill(value, &args).contains("{$"), "{key}: unfilled placeholder");
    }
}

fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
        .filter(|w| !w.is_empty())
        .map(|w| w.to_lowercase().replace('’', "'"))
        .collect()
}

fn sentences(text: &str) -> impl Iterator<Item = &str> {
    text.split(['.', '?', '!', ';', ':']).filter(|s| !words(s).is_empty())
}

#[test]
fn reader_text_is_plain_short_sentences() {
    // Proxies for a reading age of about 12: short sentences, short paragraphs.
    let en = Texts::en();
    for p in CATALOG.pathways {
        for st in p.steps {
            let mut texts = vec![(st.lead_key, 95)];
            texts.extend(st.facts.iter().map(|f| (f.key, 45)));
            for (key, max_words) in texts {
                let text = &plain(en.t(key));
                let key = name(key);
                let n = words(text).len();
                assert!(n <= max_words, "{key}: {n} words (at most {max_words})");
                for s in sentences(text) {
                    let n = words(s).len();
                    assert!(n <= 30, "{key}: a sentence of {n} words: {s:?}");
                }
            }
        }
    }
}

#[test]
fn no_sentence_is_pasted_from_a_source() {
    // Ten words in a row taken over verbatim means copying, not paraphrase.
    const RUN: usize = 10;
    let mut runs = HashSet::new();
    for entry in fs::read_dir(sources_dir()).expect("sources/") {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "txt") {
            let w = words(&fs::read_to_string(&path).unwrap());
            for win in w.windows(RUN) {
                runs.insert(win.join(" "));
            }
        }
    }
    assert!(runs.len() > 1000, "the source texts were not read");
    for loc in LOCALES {
        for (key, value) in messages(loc) {
            for win in words(&plain(value)).windows(RUN) {
                let run = win.join(" ");
                assert!(!runs.contains(&run), "{}: {key} copies a source verbatim: {run:?}", loc.tag);
            }
        }
    }
}

#[test]
fn pathways_that_take_cells_out_say_where_the_cells_are_at_every_step() {
    // (An unknown place stops the build: `cells` is a `CellPlace`.)
    for p in CATALOG.pathways {
        let with = p.steps.iter().filter(|s| s.cells.is_some()).count();
        assert!(with == 0 || with == p.steps.len(), "{}: every step or none gives `cells`", p.id);
    }
    for id in ["ex-vivo", "hsct"] {
        let p = &CATALOG.pathways[CATALOG.pathway_index(id).unwrap()];
        assert!(p.steps.iter().all(|s| s.cells.is_some()), "{id} must track the cells");
    }
}
