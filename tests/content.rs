//! Content validation: every rule a content author can break fails here, naming the key.
//! Runs natively (`cargo test`); reads the compiled content and `../shared/sources/`.

use std::collections::{BTreeMap, BTreeSet, HashSet};
use std::fs;
use std::path::{Path, PathBuf};

use gene_therapy_explainer::components::view_tabs::{page_intro_key, page_title_key};
use gene_therapy_explainer::content::markup::plain;
use gene_therapy_explainer::content::{
    fill, locale, Texts, CATALOG, COMPARE, GLOSSARY, LOCALES, THERAPIES, TIMELINE,
};
use gene_therapy_explainer::diagram::scenes::{ids, scene_for};
use gene_therapy_explainer::model::timeline::{phrase, MAX_DAY};
use gene_therapy_explainer::model::Page;

fn sources_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/sources")
}

/// Every key the catalog implies, in every locale.
fn catalog_keys() -> Vec<&'static str> {
    let mut keys = Vec::new();
    for s in CATALOG.sources {
        keys.extend([s.name_key, s.short_key]);
    }
    for p in CATALOG.pathways {
        keys.extend([p.name_key, p.summary_key]);
        for st in p.steps {
            keys.extend([st.title_key, st.lead_key, st.diagram.title_key, st.diagram.desc_key]);
            keys.extend(st.facts.iter().map(|f| f.key));
        }
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
            refs.extend(st.sources.iter().map(|id| (st.lead_key.to_string(), *id)));
            for f in st.facts {
                refs.extend(f.sources.iter().map(|id| (f.key.to_string(), *id)));
            }
        }
    }
    for t in GLOSSARY {
        refs.extend(t.sources.iter().map(|id| (t.def_key.to_string(), *id)));
    }
    for t in THERAPIES {
        refs.extend(t.sources.iter().map(|id| (t.name_key.to_string(), *id)));
    }
    for row in COMPARE.rows {
        for c in row.cells {
            refs.extend(c.sources.iter().map(|id| (c.key.to_string(), *id)));
        }
    }
    for b in TIMELINE {
        refs.extend(b.sources.iter().map(|id| (b.key.to_string(), *id)));
    }
    refs
}

/// Keys the Rust code asks for by literal: `.t("k")`, `.fmt("k"`, `label_key="k"`.
fn code_keys() -> BTreeSet<String> {
    let mut keys = BTreeSet::new();
    let mut stack = vec![Path::new(env!("CARGO_MANIFEST_DIR")).join("src")];
    while let Some(dir) = stack.pop() {
        for entry in fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let text = fs::read_to_string(&path).unwrap();
                for marker in [".t(\"", ".fmt(\"", "label_key=\""] {
                    for piece in text.split(marker).skip(1) {
                        keys.insert(piece.split('"').next().unwrap().to_string());
                    }
                }
            }
        }
    }
    keys
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
        .expect("../shared/sources/facts.md must sit beside the project");
    let used: BTreeSet<&str> = source_refs().into_iter().map(|(_, id)| id).collect();
    for s in CATALOG.sources {
        match s.kind {
            "text" => assert!(sources_dir().join(s.file).is_file(), "source {}: no file {}", s.id, s.file),
            "reference" => {
                assert!(
                    !s.cites.is_empty() && facts_md.contains(s.cites),
                    "source {}: facts.md does not cite {:?}",
                    s.id,
                    s.cites
                )
            }
            other => panic!("source {}: unknown kind {other}", s.id),
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

#[test]
fn every_locale_has_every_key_with_text() {
    let mut wanted: BTreeSet<String> = catalog_keys().into_iter().map(str::to_string).collect();
    wanted.extend(code_keys());
    // Keys the code builds from values rather than writes as literals.
    for page in Page::ALL {
        wanted.extend([page_title_key(page).to_string(), page_intro_key(page).to_string()]);
    }
    for day in -MAX_DAY..=MAX_DAY {
        wanted.insert(phrase(day).0.to_string());
    }
    assert!(wanted.contains("nav-next") && wanted.contains("progress"), "code key scan found too little");
    for loc in LOCALES {
        let texts = Texts(loc);
        for key in &wanted {
            let value = texts.get(key).unwrap_or_else(|| panic!("{}: missing key {key}", loc.tag));
            assert!(!value.trim().is_empty(), "{}: empty text for {key}", loc.tag);
        }
    }
}

#[test]
fn locales_have_no_duplicate_keys_and_match_english() {
    let en = locale("en").expect("en locale");
    let en_keys: BTreeMap<_, _> = en.messages.iter().copied().collect();
    for loc in LOCALES {
        for pair in loc.messages.windows(2) {
            assert_ne!(pair[0].0, pair[1].0, "{}: key {} defined twice", loc.tag, pair[0].0);
        }
        let keys: BTreeMap<_, _> = loc.messages.iter().copied().collect();
        for (k, v) in &keys {
            let en_v = en_keys.get(k).unwrap_or_else(|| panic!("{}: key {k} is not in en", loc.tag));
            assert_eq!(placeholders(v), placeholders(en_v), "{}: placeholders differ for {k}", loc.tag);
        }
        for k in en_keys.keys() {
            assert!(keys.contains_key(k), "{}: missing {k}", loc.tag);
        }
    }
}

#[test]
fn placeholders_used_in_code_are_filled() {
    // The widget fills these names; any other placeholder would show raw.
    let known = [
        "current", "total", "title", "number", "asked", "shown", "date", "name", "pathway", "label", "when",
        "from", "to", "n",
    ];
    for (key, value) in locale("en").unwrap().messages {
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
    for entry in fs::read_dir(sources_dir()).expect("../shared/sources") {
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
        for (key, value) in loc.messages {
            for win in words(&plain(value)).windows(RUN) {
                let run = win.join(" ");
                assert!(!runs.contains(&run), "{}: {key} copies a source verbatim: {run:?}", loc.tag);
            }
        }
    }
}
