#![cfg(not(target_arch = "wasm32"))]
//! Content validation for the views beyond the pathways: glossary, therapies, the
//! comparison table and the Day-0 timeline, and the glossary-term markup in all text.

use std::collections::BTreeSet;

use gene_therapy_explainer::content::markup::{segments, term_ids, Segment};
use gene_therapy_explainer::content::{
    term, Msg, Texts, CATALOG, COMPARE, GLOSSARY, KEYS, LOCALES, THERAPIES, TIMELINE,
};

/// Terms the explainer must define (the list).
const REQUIRED_TERMS: &[&str] = &[
    "vector",
    "aav",
    "lentivirus",
    "apheresis",
    "mobilization",
    "conditioning",
    "engraftment",
    "gvhd",
    "hla",
    "episome",
    "insertional-oncogenesis",
    "crispr",
    "car-t",
];

/// Keys whose text may carry glossary markup: running text, not labels or titles.
fn may_mark(key: &str) -> bool {
    key.ends_with(".lead")
        || key.starts_with("fact-")
        || key.ends_with(".def")
        || key.starts_with("compare-")
        || (key.starts_with("therapy-") && !key.contains('.'))
}

#[test]
fn every_marked_term_is_defined_and_markup_is_only_in_running_text() {
    for loc in LOCALES {
        let texts = Texts::of(loc);
        for (i, key) in KEYS.iter().enumerate() {
            let value = texts.raw(Msg(i as u16));
            let marked: Vec<_> = term_ids(value).collect();
            if !marked.is_empty() {
                assert!(may_mark(key), "{}: {key} is a label or title and must not mark terms", loc.tag);
            }
            for id in marked {
                assert!(term(id).is_some(), "{}: {key} marks [[{id}]], which the glossary lacks", loc.tag);
            }
            // Unclosed or malformed markup would show brackets to a reader.
            for s in segments(value) {
                if let Segment::Text(t) = s {
                    assert!(!t.contains("[[") && !t.contains("]]"), "{}: {key} has broken markup", loc.tag);
                }
            }
        }
    }
}

#[test]
fn the_glossary_defines_every_required_term_once() {
    let ids: Vec<_> = GLOSSARY.iter().map(|t| t.id).collect();
    let unique: BTreeSet<_> = ids.iter().collect();
    assert_eq!(unique.len(), ids.len(), "a term is defined twice");
    for id in REQUIRED_TERMS {
        assert!(term(id).is_some(), "glossary lacks {id}");
    }
    for t in GLOSSARY {
        assert!(!t.sources.is_empty(), "term {} has no source", t.id);
        // A definition is one line: short enough for a popover.
        let def = Texts::en().t(t.def_key);
        assert!(def.split_whitespace().count() <= 40, "term {}: definition too long", t.id);
    }
}

#[test]
fn at_least_ten_therapies_each_on_a_real_pathway() {
    assert!(THERAPIES.len() >= 10, "only {} therapies", THERAPIES.len());
    let mut ids = BTreeSet::new();
    for t in THERAPIES {
        assert!(ids.insert(t.id), "therapy {} twice", t.id);
        assert!(
            t.id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-'),
            "id {}",
            t.id
        );
        let p = t.pathway;
        assert!(!t.sources.is_empty(), "{}: no source", t.id);
        if CATALOG.pathways[p].id == "in-vivo" {
            assert!(t.route.is_some(), "{}: an in vivo therapy names its delivery route", t.id);
        } else {
            assert!(t.route.is_none(), "{}: only in vivo therapies name a delivery route", t.id);
        }
        for (step, _) in t.notes {
            assert!(CATALOG.step_index(p, step).is_some(), "{}: note for unknown step {step}", t.id);
        }
    }
    for pathway in ["ex-vivo", "in-vivo"] {
        let p = CATALOG.pathway_index(pathway).unwrap();
        assert!(THERAPIES.iter().any(|t| t.pathway == p), "no therapy walks {pathway}");
    }
}

#[test]
fn the_comparison_has_every_pathway_in_every_row() {
    let pathways: Vec<_> = CATALOG.pathways.iter().map(|p| p.id).collect();
    assert_eq!(COMPARE.columns, pathways.as_slice(), "one column per pathway, in pathway order");
    assert!(COMPARE.rows.len() >= 12, "only {} rows", COMPARE.rows.len());
    for row in COMPARE.rows {
        let cols: Vec<_> = row.cells.iter().map(|c| c.pathway).collect();
        assert_eq!(cols, COMPARE.columns, "row {}: one cell per column, in order", row.id);
        for c in row.cells {
            assert!(c.na || !c.sources.is_empty(), "{}: an answer needs a source", c.key);
        }
    }
}

#[test]
fn the_timeline_has_bars_for_every_pathway() {
    for p in CATALOG.pathways {
        let bars: Vec<_> = TIMELINE.iter().filter(|b| b.pathway == p.id).collect();
        assert!(bars.len() >= 2, "timeline: {} has {} bars", p.id, bars.len());
    }
    let mut ids = BTreeSet::new();
    for b in TIMELINE {
        assert!(CATALOG.pathway_index(b.pathway).is_some(), "{}: no pathway {}", b.key, b.pathway);
        assert!(ids.insert(b.key), "{} twice", b.key);
        assert!(b.from <= b.to, "{}: from {} is after to {}", b.key, b.from, b.to);
        assert!(!b.sources.is_empty(), "{}: no source", b.key);
    }
}
