#![cfg(not(target_arch = "wasm32"))]
//! The render-only view renders natively, with Yew's server renderer, for every view a
//! link can open: every step of every pathway (with and without each product that walks
//! it) and every page. What it shows comes from the state alone: the step's heading and
//! lead, the note for a bad link, the product's answers at a glance on its first step.

use gene_therapy_explainer::components::app::{AppView, AppViewProps};
use gene_therapy_explainer::content::markup::plain;
use gene_therapy_explainer::content::{Texts, CATALOG, THERAPIES};
use gene_therapy_explainer::model::{route, Nav, Page, Place, Route, View};
use yew::{Callback, LocalServerRenderer};

fn render(hash: &str) -> String {
    let nav = Nav::new(route::parse(hash, &CATALOG, THERAPIES));
    let props = AppViewProps {
        nav,
        home: Default::default(),
        system_still: true,
        root: Default::default(),
        heading: Default::default(),
        onaction: Callback::noop(),
        // Native builds have every word compiled in: nothing waits for later words.
        later: gene_therapy_explainer::content::Later::Waiting,
        fragment: gene_therapy_explainer::content::Later::Waiting,
        links: Default::default(),
    };
    let html = futures::executor::block_on(
        LocalServerRenderer::<AppView>::with_props(props).hydratable(false).render(),
    );
    // Nothing shows the content's raw form: an unfilled placeholder or a plural choice.
    assert!(!html.contains("{$"), "{hash}: an unfilled placeholder");
    assert!(!html.contains(['\u{1}', '\u{2}', '\u{3}', '\u{4}']), "{hash}: a raw plural choice");
    html
}

/// HTML escapes what the text holds (quotes and ampersands), as the renderer does.
fn html_text(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('"', "&quot;")
}

/// The rendered page's text with its tags taken out (a glossary term is a button inside a
/// sentence), and its runs of space as one.
fn words(html: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            _ if !in_tag => out.push(c),
            _ => {}
        }
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn every_step_renders_its_heading_and_words_on_a_server() {
    let en = Texts::en();
    for (p, pathway) in CATALOG.pathways.iter().enumerate() {
        for (s, step) in pathway.steps.iter().enumerate() {
            let hash =
                Place::new(View::Step(Route { pathway: p, step: s }), None).to_hash(&CATALOG, THERAPIES);
            let html = render(&hash);
            let title = html_text(en.t(step.title_key));
            assert!(html.contains(&title), "{hash}: no heading {title:?}");
            let first_fact = plain(en.t(step.facts[0].key));
            let start: String = first_fact.split_whitespace().take(3).collect::<Vec<_>>().join(" ");
            assert!(words(&html).contains(&html_text(&start)), "{hash}: no first fact {start:?}");
            // The answers at a glance open the first step only.
            let glance = html.matches("gte-glance\"").count();
            assert_eq!(glance, usize::from(s == 0), "{hash}: answers at a glance");
        }
    }
}

#[test]
fn every_product_walk_renders_with_its_card_and_its_own_answers() {
    let en = Texts::en();
    for (i, t) in THERAPIES.iter().enumerate() {
        let p = t.pathway;
        let first =
            Place::new(View::Step(Route { pathway: p, step: 0 }), Some(i)).to_hash(&CATALOG, THERAPIES);
        let html = render(&first);
        let name = html_text(en.t(t.name_key));
        assert!(html.contains(&format!("{name} at a glance")), "{first}: the product's answers");
        for (s, _) in CATALOG.pathways[p].steps.iter().enumerate() {
            let hash =
                Place::new(View::Step(Route { pathway: p, step: s }), Some(i)).to_hash(&CATALOG, THERAPIES);
            let html = render(&hash);
            assert!(html.contains("gte-therapy-card"), "{hash}: the product's card");
            let marked = html.matches("class=\"gte-not-for\"").count();
            let skipped = t.skip.iter().filter(|(step, _)| usize::from(*step) == s).count();
            assert_eq!(marked, skipped, "{hash}: facts marked as not about {name}");
        }
    }
}

#[test]
fn every_page_renders_and_a_bad_link_shows_its_note() {
    let en = Texts::en();
    for page in Page::ALL {
        let html = render(&format!("#/{}", page.slug()));
        assert!(html.contains("gte-step-heading"), "{}: a heading", page.slug());
    }
    let html = render("#/ex-vivvo/2");
    assert!(html.contains("class=\"gte-note\""), "a note for an unknown pathway");
    assert!(html.contains("ex-vivvo"), "the note names what was asked");
    assert!(
        html.contains(&html_text(en.t(CATALOG.pathways[CATALOG.default_pathway_index()].steps[0].title_key)))
    );
}

#[test]
fn the_root_with_its_state_renders_on_a_server_too() {
    // `App` owns the state and the browser effects; effects never run on a server, and
    // rendering calls no browser API (the reduced-motion preference is a prop).
    use gene_therapy_explainer::{App, AppProps};
    for hash in ["#/in-vivo/3?therapy=luxturna", "#/compare", "#/nowhere/9"] {
        let props =
            yew::props!(AppProps { hash: yew::AttrValue::from(hash), sync_url: false, system_still: true });
        let html = futures::executor::block_on(
            LocalServerRenderer::<App>::with_props(props).hydratable(false).render(),
        );
        let alone = render(hash);
        // The same markup, but for the glossary popovers' ids (a counter shared by renders).
        assert_eq!(without_term_ids(&html), without_term_ids(&alone), "{hash}: the root renders its view");
        assert!(html.contains("gte-step-heading") || html.contains("gte-page"), "{hash}: no view");
    }
}

/// `gte-term-123` as `gte-term-N`.
fn without_term_ids(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(i) = rest.find("gte-term-") {
        let (before, after) = rest.split_at(i + "gte-term-".len());
        out.push_str(before);
        let digits = after.bytes().take_while(u8::is_ascii_digit).count();
        if digits > 0 {
            out.push('N');
        }
        rest = &after[digits..];
    }
    out.push_str(rest);
    out
}
