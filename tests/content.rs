#![cfg(not(target_arch = "wasm32"))]
//! Content validation: every rule a content author can break fails here, naming the key.
//! Runs natively (`cargo test`); reads the compiled content and the project's copy of the source texts in `sources/`.

use std::collections::{BTreeSet, HashSet};
use std::fs;
use std::path::{Path, PathBuf};

use gene_therapy_explainer::content::markup::plain;
use gene_therapy_explainer::content::{
    fill, locale, LocaleData, Msg, SourceKind, Stage, Texts, CATALOG, COMPARE, GLOSSARY, KEYS, LOCALES,
    THERAPIES, TIMELINE,
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

/// The variables a message uses: its `{$name}` placeholders and the variable a plural
/// choice is made on (written `\u{1}name` by the build).
fn placeholders(text: &str) -> BTreeSet<String> {
    let filled = text.split("{$").skip(1).filter_map(|p| p.split('}').next());
    let chosen = text.split('\u{1}').skip(1).filter_map(|p| p.split('\u{2}').next());
    filled.chain(chosen).map(str::to_string).collect()
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

/// Whether `stages` appear in `pathway`'s steps in this order (others may come between).
fn walks_in_order(pathway: &str, stages: &[Stage]) -> bool {
    let p = &CATALOG.pathways[CATALOG.pathway_index(pathway).unwrap()];
    let mut want = stages.iter().peekable();
    for s in p.steps {
        if want.peek() == Some(&&s.stage) {
            want.next();
        }
    }
    want.peek().is_none()
}

#[test]
fn each_pathway_walks_its_journey_in_order() {
    use Stage::*;
    // Ex vivo: cells collected, changed in the lab, the patient conditioned, the cells
    // given back, taking hold, long follow-up.
    assert!(walks_in_order("ex-vivo", &[Assess, Collect, Make, Condition, Give, TakeHold, FollowUp]));
    // In vivo: the vector is given into the body; nothing is collected, no conditioning.
    assert!(walks_in_order("in-vivo", &[Assess, Give, TakeHold, FollowUp]));
    // A donor transplant: donor cells collected, conditioning, transplant, engraftment.
    assert!(walks_in_order("hsct", &[Assess, Collect, Condition, Give, TakeHold, FollowUp]));
    let stages = |id: &str| {
        CATALOG.pathways[CATALOG.pathway_index(id).unwrap()].steps.iter().map(|s| s.stage).collect::<Vec<_>>()
    };
    assert!(!stages("in-vivo").contains(&Collect) && !stages("in-vivo").contains(&Condition));
    assert!(!stages("hsct").contains(&Make), "a donor's cells are not changed in a lab");
    // The check sees a wrong order.
    assert!(!walks_in_order("ex-vivo", &[Give, Collect]));
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
    // Each step's picture, and each product's own (gene editing, T cells).
    for d in gene_therapy_explainer::content::diagrams() {
        assert!(scene_for(d.id).is_some(), "{}: no scene {}", d.title_key, d.id);
        used.insert(d.id);
    }
    let mut seen = HashSet::new();
    for id in ids() {
        assert!(seen.insert(id), "scene {id} is defined twice");
        assert!(used.contains(id), "scene {id} is drawn but no step or product uses it");
    }
}

/// The key a message was written under (for failure messages).
fn name(m: Msg) -> &'static str {
    KEYS[usize::from(m.0)]
}

/// Every message of a locale, with its key.
fn messages(loc: &'static LocaleData) -> impl Iterator<Item = (&'static str, &'static str)> {
    KEYS.iter().enumerate().map(move |(i, key)| (*key, Texts::of(loc).raw(Msg(i as u16))))
}

/// The keys a locale lacks or leaves empty. Every `Msg` (the code's `msg::…` constants,
/// the catalog's fields) is an index into KEYS, the union of every locale's keys, so this
/// covers every message the widget can show.
fn missing(loc: &'static LocaleData) -> Vec<&'static str> {
    messages(loc).filter(|(_, text)| text.trim().is_empty()).map(|(key, _)| key).collect()
}

#[test]
fn every_message_exists_in_every_locale() {
    for loc in LOCALES {
        let gaps = missing(loc);
        assert!(gaps.is_empty(), "{}: missing or empty messages {gaps:?}", loc.tag);
    }
    // The check sees a gap: a locale with no words lacks every key.
    static EMPTY: LocaleData = LocaleData { tag: "xx", text: "", lens: &[] };
    assert_eq!(missing(&EMPTY).len(), KEYS.len());
}

/// The keys whose placeholders differ from English's in `loc` (a translation that drops
/// `{$total}` would show a gap; one that adds `{$x}` would show it raw).
fn placeholder_mismatches(loc: &'static LocaleData) -> Vec<&'static str> {
    let en = Texts::en();
    messages(loc)
        .filter(|(key, value)| {
            !value.is_empty() && placeholders(value) != placeholders(en.get(key).unwrap_or(""))
        })
        .map(|(key, _)| key)
        .collect()
}

#[test]
fn every_locale_has_the_placeholders_english_has() {
    for loc in LOCALES.iter().filter(|l| l.tag != "en") {
        let wrong = placeholder_mismatches(loc);
        assert!(wrong.is_empty(), "{}: placeholders differ from English in {wrong:?}", loc.tag);
    }
    // The check sees a difference: English's own step counter with one placeholder dropped.
    let key = "live-step";
    let i = KEYS.binary_search(&key).expect("the live-step message");
    let en = Texts::en().t(Msg(i as u16));
    assert!(en.contains("{$total}"), "{en}");
    let text: &'static str = Box::leak(en.replace("{$total}", "").into_boxed_str());
    let lens: &'static [u16] = Box::leak(
        (0..KEYS.len())
            .map(|k| if k == i { text.len() as u16 } else { 0 })
            .collect::<Vec<_>>()
            .into_boxed_slice(),
    );
    let loc: &'static LocaleData = Box::leak(Box::new(LocaleData { tag: "xx", text, lens }));
    assert_eq!(placeholder_mismatches(loc), [key]);
}

#[test]
fn placeholders_used_in_code_are_filled() {
    // The widget fills these names; any other placeholder would show raw.
    let known = [
        "current", "total", "title", "number", "asked", "shown", "date", "name", "pathway", "label", "when",
        "from", "to", "n", "view", "route", "where", "text", "names",
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

/// A presented step shows its key facts three a slide, and `static/style.css` has the rules
/// for slides 1 to 3: a step with more than nine facts needs a fourth rule there first.
#[test]
fn every_step_has_facts_and_at_most_three_slides_of_them() {
    use gene_therapy_explainer::model::{fact_slides, Route, FACTS_PER_SLIDE};
    assert_eq!(FACTS_PER_SLIDE, 3, "the CSS's slide rules are written for three facts a slide");
    for (pathway, p) in CATALOG.pathways.iter().enumerate() {
        for (step, s) in p.steps.iter().enumerate() {
            let slides = fact_slides(&CATALOG, Route { pathway, step });
            assert!(
                (1..=3).contains(&slides),
                "{}: {} facts make {slides} slides",
                s.title_key,
                s.facts.len()
            );
        }
    }
}

/// A timeline bar that is one product's names a therapy of its own pathway, and its label
/// names that product, so the group it shows under and its words agree.
#[test]
fn each_timeline_product_is_a_therapy_of_its_pathway_and_its_label_names_it() {
    let en = Texts::en();
    for b in TIMELINE.iter().filter(|b| !b.product.is_empty()) {
        let t = THERAPIES.iter().find(|t| t.id == b.product);
        let t = t.unwrap_or_else(|| panic!("timeline {}/{}: no therapy {}", b.pathway, b.id, b.product));
        assert_eq!(
            CATALOG.pathways[t.pathway].id, b.pathway,
            "timeline {}/{}: {} is another pathway's",
            b.pathway, b.id, t.id
        );
        assert!(
            en.t(b.key).contains(en.t(t.name_key)),
            "timeline {}/{}: the label does not name {}",
            b.pathway,
            b.id,
            t.id
        );
    }
}

/// Every bar fits the axis (the axis clamps silently), and on it, with the content's own
/// bars, the scale is honest where it used to mislead: the stay in hospital after the
/// infusion is drawn shorter than the months of making the cells.
#[test]
fn timeline_bars_fit_the_axis_and_compare_truly() {
    use gene_therapy_explainer::model::timeline::{pieces, MAX_DAY, SPAN};
    for b in TIMELINE {
        assert!(
            -SPAN <= b.from && b.from <= b.to && b.to <= MAX_DAY,
            "timeline {}/{}: {}..{} is off the axis",
            b.pathway,
            b.id,
            b.from,
            b.to
        );
    }
    let drawn = |id: &str| {
        let b = TIMELINE.iter().find(|b| b.pathway == "ex-vivo" && b.id == id).expect("the bar");
        pieces(b.from, b.to).iter().map(|(a, z)| z - a).sum::<i32>()
    };
    assert!(drawn("hospital") < drawn("making"), "3-5 weeks drawn longer than months");
}

/// The handout's words are not in a release wasm (`build/generate.rs`, `elsewhere`): only
/// the handout component may use them, and the widget only its link's words.
#[test]
fn only_the_handout_uses_the_words_left_out_of_the_wasm() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = vec![root.clone()];
    let mut misused = Vec::new();
    while let Some(dir) = files.pop() {
        for entry in fs::read_dir(&dir).unwrap().map(|e| e.unwrap().path()) {
            if entry.is_dir() {
                files.push(entry);
            } else if entry.extension().is_some_and(|e| e == "rs")
                && !entry.ends_with("components/handout.rs")
            {
                let text = fs::read_to_string(&entry).unwrap();
                let uses = text.matches("msg::HANDOUT_").count();
                let link =
                    text.matches("msg::HANDOUT_PRINT)").count() + text.matches("msg::HANDOUT_PRINT,").count();
                if uses > link {
                    misused.push(entry.display().to_string());
                }
            }
        }
    }
    assert!(misused.is_empty(), "handout words used outside components/handout.rs: {misused:?}");
}
