#![cfg(not(target_arch = "wasm32"))]
//! The content's closed vocabularies: every word round-trips, a misspelt one is no value
//! (build/emit.rs resolves every `stage`, `cells`, `route` and `kind` through the same `parse`
//! and stops the build on `None`, naming the file's entry, the field and the word), and the
//! content uses what the widget depends on.

use gene_therapy_explainer::content::{CellPlace, DeliveryRoute, SourceKind, Stage, CATALOG, THERAPIES};

#[test]
fn every_word_round_trips_and_typos_are_no_value() {
    for s in Stage::ALL {
        assert_eq!(Stage::parse(s.slug()), Some(*s));
    }
    for c in CellPlace::ALL {
        assert_eq!(CellPlace::parse(c.slug()), Some(*c));
    }
    for r in DeliveryRoute::ALL {
        assert_eq!(DeliveryRoute::parse(r.slug()), Some(*r));
    }
    for k in SourceKind::ALL {
        assert_eq!(SourceKind::parse(k.slug()), Some(*k));
    }
    // The typos that would once have removed a step's stage links without a word.
    for typo in ["colect", "Collect", "take_hold", "followup", ""] {
        assert_eq!(Stage::parse(typo), None, "{typo:?}");
    }
    assert_eq!(CellPlace::parse("fridge"), None);
    assert_eq!(DeliveryRoute::parse("IV"), None);
    assert_eq!(SourceKind::parse("refrence"), None);
}

#[test]
fn every_stage_is_used_and_most_link_two_pathways_or_more() {
    // The stage links ("the same stage in the other pathways") need shared stages.
    for s in Stage::ALL {
        let n = CATALOG.pathways.iter().filter(|p| p.steps.iter().any(|st| st.stage == *s)).count();
        assert!(n >= 1, "no pathway has a step at stage {}", s.slug());
    }
    let shared = Stage::ALL
        .iter()
        .filter(|s| CATALOG.pathways.iter().filter(|p| p.steps.iter().any(|st| st.stage == **s)).count() >= 2)
        .count();
    assert!(shared >= Stage::ALL.len() - 2, "only {shared} stages link pathways");
}

#[test]
fn every_delivery_route_the_scenes_draw_is_reachable_by_a_product() {
    let used: Vec<DeliveryRoute> = THERAPIES.iter().filter_map(|t| t.route).collect();
    assert!(used.contains(&DeliveryRoute::Iv) && used.contains(&DeliveryRoute::Subretinal));
}

#[test]
fn every_delivery_route_is_drawn_and_brought_forward_by_the_styles() {
    // The routes are named once (DeliveryRoute); the scenes and the CSS use their slugs.
    let css = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/static/style.css")).unwrap();
    let scenes: String = gene_therapy_explainer::diagram::prerendered_ids()
        .filter_map(gene_therapy_explainer::diagram::markup)
        .collect();
    for route in DeliveryRoute::ALL {
        let slug = route.slug();
        let rule = format!(".gte-scene[data-highlight=\"{slug}\"] [data-route=\"{slug}\"]");
        assert!(css.contains(&rule), "static/style.css has no `{rule}`");
        assert!(scenes.contains(&format!("data-route=\"{slug}\"")), "no scene draws the route {slug}");
    }
}
