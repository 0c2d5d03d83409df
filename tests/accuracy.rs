#![cfg(not(target_arch = "wasm32"))]
//! The rules that keep what the guide says true and traceable (issue 11): every source can
//! be opened (an address and a date), every product says which label its facts were
//! checked against and when, a product's walk marks the general facts that do not hold for
//! it, and every pathway and product answers the reader's first questions at a glance.

use std::collections::BTreeSet;

use gene_therapy_explainer::content::markup::plain;
use gene_therapy_explainer::content::{GlanceDef, SourceKind, Texts, CATALOG, THERAPIES};

/// The at-a-glance questions, in the order they are shown.
const GLANCE: [&str; 5] = ["time", "hospital", "risks", "who", "works"];

/// A date as the content writes it: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, plausible, and not
/// after the day the content was last checked.
fn assert_date(what: &str, date: &str) {
    let parts: Vec<&str> = date.split('-').collect();
    let ok = (1..=3).contains(&parts.len())
        && parts[0].len() == 4
        && parts.iter().all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()))
        && parts.get(1).is_none_or(|m| m.len() == 2 && ("01"..="12").contains(m))
        && parts.get(2).is_none_or(|d| d.len() == 2 && ("01"..="31").contains(d));
    assert!(ok, "{what}: {date:?} is not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)");
    assert!(date >= "1990", "{what}: {date} is before any source this guide uses");
    assert!(
        date <= CATALOG.reviewed,
        "{what}: {date} is after the content's check date {}",
        CATALOG.reviewed
    );
}

fn assert_glance(owner: &str, rows: &[GlanceDef]) {
    let ids: Vec<&str> = rows.iter().map(|g| g.id).collect();
    assert_eq!(ids, GLANCE, "{owner}: the at-a-glance answers, in order");
    let en = Texts::en();
    for g in rows {
        assert!(!g.sources.is_empty(), "{}: an answer at a glance needs a source", g.key);
        let text = plain(en.t(g.key));
        let n = text.split_whitespace().count();
        assert!(n <= 40, "{}: {n} words; an answer at a glance has at most 40", g.key);
    }
}

#[test]
fn every_source_has_a_public_address_and_a_date() {
    for s in CATALOG.sources {
        assert!(
            s.url.starts_with("https://") && s.url.len() > "https://x.y".len() && !s.url.contains(' '),
            "source {}: needs an https address (its `url`, or content/addresses.toml), not {:?}",
            s.id,
            s.url
        );
        assert_date(&format!("source {}", s.id), s.date);
    }
}

#[test]
fn every_product_says_which_label_it_was_checked_against_and_when() {
    for t in THERAPIES {
        let label = t.label.def();
        assert!(
            label.kind != SourceKind::Text,
            "therapy {}: checked against a label or regulator text, not {}",
            t.id,
            label.id
        );
        assert!(
            t.sources.contains(&t.label),
            "therapy {}: its label {} must be among its sources",
            t.id,
            label.id
        );
        assert_date(&format!("therapy {} `checked`", t.id), t.checked);
        assert!(t.checked.len() >= 7, "therapy {}: `checked` needs at least a month", t.id);
    }
}

#[test]
fn a_products_walk_marks_each_general_fact_it_skips_and_names_real_facts() {
    for t in THERAPIES {
        let p = &CATALOG.pathways[t.pathway];
        // (Unknown step or fact ids stop the build, naming them.)
        let mut seen = BTreeSet::new();
        for &(step, fact) in t.skip {
            let st = &p.steps[usize::from(step)];
            let f = &st.facts[usize::from(fact)];
            assert!(seen.insert((step, fact)), "therapy {}: skips {}/{} twice", t.id, st.id, f.id);
            assert!(t.skips(step.into(), fact.into()));
            // A product that skips a step's general facts must say what holds for it there.
            assert!(
                t.note(st.id).is_some(),
                "therapy {}: skips {}/{} but has no note for {}",
                t.id,
                st.id,
                f.id,
                st.id
            );
        }
    }
}

#[test]
fn an_edited_product_is_never_shown_vector_facts_as_its_own() {
    // Casgevy edits the cells with CRISPR; the vector facts of the lab step and the
    // insertional-cancer facts of follow-up describe other products.
    let casgevy = THERAPIES.iter().find(|t| t.id == "casgevy").expect("casgevy");
    let p = &CATALOG.pathways[CATALOG.pathway_index("ex-vivo").unwrap()];
    let en = Texts::en();
    for (i, st) in p.steps.iter().enumerate() {
        for (j, f) in st.facts.iter().enumerate() {
            let text = en.t(f.key).to_lowercase();
            let about_vectors =
                text.contains("lentivir") || text.contains("gammaretrovir") || text.contains("strimvelis");
            if about_vectors {
                assert!(
                    casgevy.skips(i, j),
                    "casgevy walks {}/{}, a vector fact, as if it held",
                    st.id,
                    f.id
                );
            }
        }
    }
}

#[test]
fn every_pathway_and_product_answers_the_first_questions_at_a_glance() {
    for p in CATALOG.pathways {
        assert_glance(p.id, p.glance);
    }
    for t in THERAPIES {
        assert_glance(t.id, t.glance);
    }
}

#[test]
fn product_notes_and_answers_are_plain_short_sentences() {
    // The same reading-level proxies as the pathways' facts (tests/content.rs).
    let en = Texts::en();
    let mut texts: Vec<(String, &str, usize)> = Vec::new();
    for t in THERAPIES {
        for &(step, key) in t.notes {
            texts.push((format!("{} note for {step}", t.id), en.t(key), 45));
        }
        for g in t.glance {
            texts.push((format!("{} at a glance: {}", t.id, g.id), en.t(g.key), 40));
        }
    }
    for p in CATALOG.pathways {
        for g in p.glance {
            texts.push((format!("{} at a glance: {}", p.id, g.id), en.t(g.key), 40));
        }
    }
    for (what, text, max) in texts {
        let text = plain(text);
        let n = text.split_whitespace().count();
        assert!(n <= max, "{what}: {n} words (at most {max})");
        for s in text.split(['.', '?', '!', ';', ':']) {
            let n = s.split_whitespace().count();
            assert!(n <= 30, "{what}: a sentence of {n} words: {s:?}");
        }
    }
}
