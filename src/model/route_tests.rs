//! Tests for `route.rs`: every URL form, every kind of bad input.

use super::*;
use crate::content::CATALOG;

use crate::model::testing::THERAPIES;

fn p(hash: &str) -> Parsed {
    parse(hash, &CATALOG, THERAPIES)
}

fn step(pathway: &str, step: usize) -> View {
    View::Step(Route { pathway: CATALOG.pathway_index(pathway).unwrap(), step })
}

fn at(view: View) -> Parsed {
    Parsed { place: Place { view, therapy: None, motion: Motion::System, mode: Mode::Full }, notes: vec![] }
}

fn total() -> usize {
    CATALOG.pathways[CATALOG.pathway_index("ex-vivo").unwrap()].steps.len()
}

#[test]
fn reads_a_valid_deep_link() {
    assert_eq!(p("#/ex-vivo/3"), at(step("ex-vivo", 2)));
}

#[test]
fn reads_the_other_views() {
    assert_eq!(p("#/compare"), at(View::Page(Page::Compare)));
    assert_eq!(p("#/TIMELINE"), at(View::Page(Page::Timeline)));
    assert_eq!(p("#glossary/"), at(View::Page(Page::Glossary)));
    assert_eq!(p("#/sources"), at(View::Page(Page::Sources)));
    let r = p("#/compare/2");
    assert_eq!((r.place.view, r.notes), (View::Page(Page::Compare), vec![RouteNote::Malformed]));
}

#[test]
fn empty_or_bare_hashes_start_at_the_beginning_without_a_note() {
    for h in ["", "#", "#/", "/"] {
        assert_eq!(p(h), at(View::Step(Route::start(&CATALOG))), "hash {h:?}");
    }
}

#[test]
fn a_pathway_without_step_opens_its_first_step() {
    assert_eq!(p("#/ex-vivo"), at(step("ex-vivo", 0)));
    assert_eq!(p("#/ex-vivo/"), at(step("ex-vivo", 0)));
}

#[test]
fn pathway_ids_are_case_insensitive_and_leading_slash_is_optional() {
    assert_eq!(p("#/EX-VIVO/2"), p("#ex-vivo/2"));
    assert_eq!(p("#ex-vivo/2"), at(step("ex-vivo", 1)));
}

#[test]
fn unknown_pathway_with_a_bad_step_starts_at_the_beginning_with_one_note() {
    let r = p("#/nope/99");
    assert_eq!(r.place.view, View::Step(Route { pathway: CATALOG.default_pathway_index(), step: 0 }));
    assert_eq!(r.notes, vec![RouteNote::UnknownPathway { asked: "nope".into() }]);
}

#[test]
fn the_same_stage_is_found_in_another_pathway_at_the_nearest_position() {
    let (ex, hsct) = (CATALOG.pathway_index("ex-vivo").unwrap(), CATALOG.pathway_index("hsct").unwrap());
    let steps = |p: usize| CATALOG.pathways[p].steps;
    for (si, step) in steps(ex).iter().enumerate() {
        let from = Route { pathway: ex, step: si };
        match from.same_stage_in(hsct, &CATALOG) {
            Some(to) => assert_eq!(steps(hsct)[to.step].stage, step.stage, "{}", step.id),
            None => assert!(steps(hsct).iter().all(|s| s.stage != step.stage), "{}", step.id),
        }
    }
    // The last follow-up step matches the last follow-up step, not the first.
    let last = Route { pathway: ex, step: steps(ex).len() - 1 };
    assert_eq!(last.same_stage_in(hsct, &CATALOG).unwrap().step, steps(hsct).len() - 1);
}

#[test]
fn unknown_pathway_falls_back_to_default_and_keeps_a_valid_step() {
    let r = p("#/gene-magic/4");
    assert_eq!(r.place.view, View::Step(Route { pathway: CATALOG.default_pathway_index(), step: 3 }));
    assert_eq!(r.notes, vec![RouteNote::UnknownPathway { asked: "gene-magic".into() }]);
}

#[test]
fn step_past_the_end_shows_the_last_step() {
    let r = p("#/ex-vivo/99");
    assert_eq!(r.place.view, step("ex-vivo", total() - 1));
    assert_eq!(
        r.notes,
        vec![RouteNote::StepOutOfRange { asked: "99".into(), total: total(), shown: total() }]
    );
}

#[test]
fn step_zero_negative_or_text_shows_the_first_step_and_huge_numbers_the_last() {
    for s in ["0", "-1", "three", "1.5", "99999999999999999999999"] {
        let r = p(&format!("#/ex-vivo/{s}"));
        let shown = if s.starts_with('9') { total() } else { 1 };
        assert_eq!(r.place.view, step("ex-vivo", shown - 1), "step {s}");
        assert_eq!(
            r.notes,
            vec![RouteNote::StepOutOfRange { asked: s.into(), total: total(), shown }],
            "{s}"
        );
    }
}

#[test]
fn too_many_segments_is_malformed() {
    assert_eq!(p("#/ex-vivo/3/extra").notes, vec![RouteNote::Malformed]);
    assert_eq!(p("#/ex-vivo/3/extra").place.view, View::Step(Route::start(&CATALOG)));
}

#[test]
fn a_therapy_is_read_from_the_query() {
    let r = p("#/ex-vivo/5?therapy=ALPHA");
    assert_eq!(
        r,
        Parsed {
            place: Place {
                view: step("ex-vivo", 4),
                therapy: Some(0),
                motion: Motion::System,
                mode: Mode::Full
            },
            notes: vec![]
        }
    );
}

#[test]
fn an_unknown_therapy_gives_the_general_pathway_and_a_note() {
    let r = p("#/ex-vivo/2?therapy=nope");
    assert_eq!(
        r.place,
        Place { view: step("ex-vivo", 1), therapy: None, motion: Motion::System, mode: Mode::Full }
    );
    assert_eq!(r.notes, vec![RouteNote::UnknownTherapy { asked: "nope".into() }]);
}

#[test]
fn a_therapy_on_another_pathway_walks_its_own_pathway() {
    let r = p("#/ex-vivo/1?therapy=beta");
    let in_vivo = CATALOG.pathway_index("in-vivo").unwrap();
    // Step 1 of ex vivo (assess) lands on in vivo's assess step.
    assert_eq!(
        r.place,
        Place { view: step("in-vivo", 0), therapy: Some(1), motion: Motion::System, mode: Mode::Full }
    );
    assert_eq!(r.notes, vec![RouteNote::TherapyElsewhere { therapy: 1, pathway: in_vivo }]);
    // A later step lands on the matching stage, not back at the start.
    let ex = CATALOG.pathway_index("ex-vivo").unwrap();
    let infusion = CATALOG.step_index(ex, "infusion").unwrap();
    let r = p(&format!("#/ex-vivo/{}?therapy=beta", infusion + 1));
    let View::Step(to) = r.place.view else { panic!("a step") };
    assert_eq!(
        (to.pathway, CATALOG.pathways[to.pathway].steps[to.step].stage),
        (in_vivo, crate::content::Stage::Give)
    );
}

#[test]
fn unknown_parameters_are_ignored_with_a_note() {
    let r = p("#/ex-vivo/2?colour=red&therapy=alpha");
    assert_eq!(
        r.place,
        Place { view: step("ex-vivo", 1), therapy: Some(0), motion: Motion::System, mode: Mode::Full }
    );
    assert_eq!(r.notes, vec![RouteNote::UnknownParam { name: "colour".into() }]);
}

#[test]
fn echoed_input_is_decoded_bounded_and_control_free() {
    let r = p("#/%3Cscript%3E%0A/1");
    assert_eq!(r.notes, vec![RouteNote::UnknownPathway { asked: "<script>".into() }]);
    let long = "x".repeat(500);
    match &p(&format!("#/{long}/1")).notes[..] {
        [RouteNote::UnknownPathway { asked }] => {
            assert_eq!(asked.chars().count(), MAX_ECHO + 1);
            assert!(asked.ends_with('…'));
        }
        other => panic!("unexpected {other:?}"),
    }
    assert_eq!(echo("a%"), "a%");
    assert_eq!(echo("a%zz"), "a%zz");
    assert_eq!(echo("%ff%fe"), "\u{fffd}\u{fffd}");
}

#[test]
fn every_place_round_trips_through_its_hash() {
    let mut places = vec![];
    for (pi, pathway) in CATALOG.pathways.iter().enumerate() {
        for si in 0..pathway.steps.len() {
            places.push(Place {
                view: View::Step(Route { pathway: pi, step: si }),
                therapy: None,
                motion: Motion::System,
                mode: Mode::Full,
            });
        }
    }
    places.extend(Page::ALL.map(|pg| Place {
        view: View::Page(pg),
        therapy: None,
        motion: Motion::System,
        mode: Mode::Full,
    }));
    places.push(Place {
        view: step("ex-vivo", 2),
        therapy: Some(0),
        motion: Motion::System,
        mode: Mode::Full,
    });
    places.push(Place {
        view: View::Page(Page::Compare),
        therapy: Some(1),
        motion: Motion::System,
        mode: Mode::Full,
    });
    places.push(Place { view: step("hsct", 3), therapy: None, motion: Motion::Still, mode: Mode::Present });
    places.push(Place {
        view: step("ex-vivo", 2),
        therapy: Some(0),
        motion: Motion::Moving,
        mode: Mode::Compact,
    });
    places.push(Place {
        view: View::Page(Page::Glossary),
        therapy: None,
        motion: Motion::System,
        mode: Mode::Present,
    });
    for place in places {
        assert_eq!(p(&place.to_hash(&CATALOG, THERAPIES)), Parsed { place, notes: vec![] });
    }
}

#[test]
fn reads_the_motion_choice_in_any_case_and_with_other_parameters() {
    assert_eq!(p("#/ex-vivo/3?motion=still").place.motion, Motion::Still);
    assert_eq!(p("#/ex-vivo/3?therapy=alpha&motion=MOVING").place.motion, Motion::Moving);
    assert_eq!(p("#/compare?motion=still").place.motion, Motion::Still);
    assert_eq!(p("#/ex-vivo/3").place.motion, Motion::System);
}

#[test]
fn a_bad_motion_value_keeps_the_system_setting_with_a_note() {
    let r = p("#/ex-vivo/3?motion=fast");
    assert_eq!(r.place.view, step("ex-vivo", 2));
    assert_eq!(r.place.motion, Motion::System);
    assert_eq!(r.notes, vec![RouteNote::BadValue { name: "motion", asked: "fast".into() }]);
    let empty = p("#/ex-vivo/3?motion=");
    assert_eq!(empty.notes, vec![RouteNote::BadValue { name: "motion", asked: String::new() }]);
}

#[test]
fn the_motion_toggle_flips_what_is_shown_and_keeps_urls_short() {
    for system in [false, true] {
        for m in [Motion::System, Motion::Still, Motion::Moving] {
            let t = m.toggled(system);
            assert_ne!(t.is_still(system), m.is_still(system), "{m:?} with system reduce={system}");
            // Toggling back lands on the default when the system already gives that.
            assert_eq!(t.toggled(system), if m.is_still(system) == system { Motion::System } else { m });
        }
    }
    assert_eq!(Motion::System.toggled(false), Motion::Still);
    assert_eq!(Motion::System.toggled(true), Motion::Moving);
    assert_eq!(Motion::Still.toggled(true), Motion::Moving);
}

#[test]
fn mode_is_read_and_a_bad_mode_keeps_the_full_layout() {
    assert_eq!(p("#/ex-vivo/2?mode=present").place.mode, Mode::Present);
    assert_eq!(p("#/ex-vivo/2?mode=COMPACT").place.mode, Mode::Compact);
    let bad = p("#/ex-vivo/2?mode=huge");
    assert_eq!(bad.place.mode, Mode::Full);
    assert_eq!(bad.place.view, step("ex-vivo", 1));
    assert_eq!(bad.notes, vec![RouteNote::BadValue { name: "mode", asked: "huge".into() }]);
}

#[test]
fn percent_escapes_are_decoded_before_matching() {
    // An escaped character is the same character (RFC 3986): `%2D` is `-`, `%33` is `3`.
    let p = parse("#/ex%2Dvivo/%33?%74herapy=alpha", &CATALOG, THERAPIES);
    assert_eq!(p.notes, vec![]);
    assert_eq!(
        p.place.view,
        View::Step(Route { pathway: CATALOG.pathway_index("ex-vivo").unwrap(), step: 2 })
    );
    assert_eq!(p.place.therapy, Some(0));
    // An escaped `/` stays inside its segment: one unknown name, not a path.
    let p = parse("#/in-vivo%2F2", &CATALOG, THERAPIES);
    assert_eq!(p.notes, vec![RouteNote::UnknownPathway { asked: "in-vivo/2".into() }]);
}

#[test]
fn every_view_has_its_own_static_page_named_like_its_hash() {
    let views: Vec<View> = View::all(&CATALOG).collect();
    let steps: usize = CATALOG.pathways.iter().map(|p| p.steps.len()).sum();
    assert_eq!(views.len(), steps + Page::ALL.len());
    let mut files: Vec<String> = views.iter().map(|&v| page_file(v, &CATALOG)).collect();
    assert_eq!(files[2], "ex-vivo-3.html");
    assert!(files.contains(&"compare.html".to_string()));
    files.sort();
    files.dedup();
    assert_eq!(files.len(), views.len(), "one file per view");
    // The same place, as a hash and as a page: the view alone goes to the page.
    let place = Place { therapy: Some(0), motion: Motion::Still, ..Place::new(step("in-vivo", 1), None) };
    assert_eq!(Links::Hash.href(place, &CATALOG, THERAPIES), place.to_hash(&CATALOG, THERAPIES));
    assert_eq!(Links::Pages("guide/").href(place, &CATALOG, THERAPIES), "guide/in-vivo-2.html");
    assert_eq!(
        Links::Pages("").href(Place::new(View::Page(Page::Glossary), None), &CATALOG, THERAPIES),
        "glossary.html"
    );
    // And every page's name reads back as its view.
    for v in views {
        let file = page_file(v, &CATALOG);
        let name = file.trim_end_matches(".html");
        let back = match v {
            View::Step(_) => {
                let (id, n) = name.rsplit_once('-').unwrap();
                p(&format!("#/{id}/{n}")).place.view
            }
            View::Page(_) => p(&format!("#/{name}")).place.view,
        };
        assert_eq!(back, v, "{file}");
    }
}
