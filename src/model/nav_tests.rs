//! Tests for `nav.rs`.

use super::*;
use crate::content::CATALOG;
use crate::model::route::{parse, Mode, Motion, Page};

static NO_THERAPIES: &[TherapyDef] = &[];

fn at(step: usize) -> Nav {
    Nav::new(Parsed {
        place: Place {
            view: View::Step(Route { pathway: 0, step }),
            therapy: None,
            motion: Motion::System,
            mode: Mode::Full,
        },
        notes: vec![],
    })
}

fn apply(n: &Nav, a: Action) -> Nav {
    n.apply(a, &CATALOG, NO_THERAPIES)
}

fn step_of(n: &Nav) -> usize {
    n.route().expect("a step view").step
}

fn last() -> usize {
    CATALOG.pathways[0].steps.len() - 1
}

#[test]
fn next_and_prev_move_one_step_and_count_moves() {
    let n = apply(&at(0), Action::Next);
    assert_eq!((step_of(&n), n.moves), (1, 1));
    let p = apply(&n, Action::Prev);
    assert_eq!((step_of(&p), p.moves), (0, 2));
}

#[test]
fn moving_past_either_end_changes_nothing() {
    let first = at(0);
    assert_eq!(apply(&first, Action::Prev), first);
    assert_eq!(apply(&first, Action::First), first);
    let end = at(last());
    assert_eq!(apply(&end, Action::Next), end);
    assert_eq!(apply(&end, Action::Last), end);
}

#[test]
fn home_end_and_goto_jump() {
    assert_eq!(step_of(&apply(&at(3), Action::First)), 0);
    assert_eq!(step_of(&apply(&at(3), Action::Last)), last());
    assert_eq!(step_of(&apply(&at(0), Action::GoTo(4))), 4);
    assert_eq!(step_of(&apply(&at(0), Action::GoTo(1000))), last());
}

#[test]
fn step_keys_do_nothing_on_other_views() {
    let page = apply(&at(2), Action::Show(View::Page(Page::Compare)));
    assert_eq!(page.moves, 1);
    for a in [Action::Next, Action::Prev, Action::First, Action::Last, Action::GoTo(3)] {
        assert_eq!(apply(&page, a), page);
    }
}

#[test]
fn show_clamps_a_step_into_its_pathway() {
    let n = apply(&at(0), Action::Show(View::Step(Route { pathway: 99, step: 99 })));
    let r = n.route().unwrap();
    assert_eq!(r.pathway, CATALOG.pathways.len() - 1);
    assert_eq!(r.step, CATALOG.pathways[r.pathway].steps.len() - 1);
}

#[test]
fn moving_clears_notes_and_dismiss_clears_them_in_place() {
    let noted = Nav::new(parse("#/ex-vivo/99", &CATALOG, NO_THERAPIES));
    assert!(!noted.notes.is_empty());
    assert!(apply(&noted, Action::Prev).notes.is_empty());
    let dismissed = apply(&noted, Action::DismissNote);
    assert_eq!((dismissed.notes.len(), dismissed.place, dismissed.moves), (0, noted.place, 0));
}

#[test]
fn opening_a_url_counts_a_move_only_when_the_view_changes() {
    let start = at(2);
    assert_eq!(apply(&start, Action::Open(parse("#/ex-vivo/3", &CATALOG, NO_THERAPIES))).moves, 0);
    let other = apply(&start, Action::Open(parse("#/ex-vivo/5", &CATALOG, NO_THERAPIES)));
    assert_eq!((step_of(&other), other.moves), (4, 1));
    let bad = apply(&start, Action::Open(parse("#/nowhere/1", &CATALOG, NO_THERAPIES)));
    assert!(matches!(bad.notes[..], [RouteNote::UnknownPathway { .. }]));
}

#[test]
fn choosing_a_therapy_walks_its_pathway() {
    let therapies = crate::model::testing::THERAPIES;
    let t = 1; // beta: in vivo, not the first pathway
    let own = therapies[t].pathway;
    let n = at(0).apply(Action::ChooseTherapy(Some(t)), &CATALOG, therapies);
    assert_eq!(
        n.place,
        Place {
            view: View::Step(Route { pathway: own, step: 0 }),
            therapy: Some(t),
            motion: Motion::System,
            mode: Mode::Full
        }
    );
    assert_eq!(n.moves, 1);
    // From a later step of another pathway: the same stage, not the start.
    let from = Route { pathway: 0, step: 3 };
    let moved = at(3).apply(Action::ChooseTherapy(Some(t)), &CATALOG, therapies);
    assert_eq!(moved.route(), from.same_stage_in(own, &CATALOG).or(Some(Route { pathway: own, step: 0 })));
    // Already on its pathway: the step stays, only the details change (no focus move).
    let m =
        n.apply(Action::GoTo(2), &CATALOG, therapies).apply(Action::ChooseTherapy(None), &CATALOG, therapies);
    assert_eq!((m.route().unwrap().step, m.place.therapy, m.moves), (2, None, 2));
    let again = m.apply(Action::ChooseTherapy(Some(t)), &CATALOG, therapies);
    assert_eq!((again.route().unwrap().step, again.moves), (2, 2));
}

#[test]
fn showing_another_pathways_step_drops_a_therapy_that_does_not_walk_it() {
    let therapies = crate::model::testing::THERAPIES;
    let walking = at(0).apply(Action::ChooseTherapy(Some(0)), &CATALOG, therapies); // alpha: ex vivo
    assert_eq!(walking.place.therapy, Some(0));
    let page = walking.apply(Action::Show(View::Page(Page::Compare)), &CATALOG, therapies);
    assert_eq!(page.place.therapy, Some(0), "pages keep it");
    let in_vivo = CATALOG.pathway_index("in-vivo").unwrap();
    let other =
        page.apply(Action::Show(View::Step(Route { pathway: in_vivo, step: 0 })), &CATALOG, therapies);
    assert_eq!(other.place.therapy, None);
}

#[test]
fn the_motion_choice_is_not_a_move_and_survives_moves() {
    let n = apply(&at(2), Action::SetMotion(Motion::Still));
    assert_eq!(n.place.motion, Motion::Still);
    assert_eq!(n.moves, 0, "focus stays on the toggle");
    assert_eq!(step_of(&n), 2);
    let n = apply(&n, Action::Next);
    assert_eq!((n.place.motion, step_of(&n), n.moves), (Motion::Still, 3, 1));
    let n = apply(&n, Action::Show(View::Page(Page::Compare)));
    assert_eq!(n.place.motion, Motion::Still);
}

#[test]
fn presentation_mode_is_not_a_move_and_survives_moves() {
    let n = apply(&at(2), Action::SetMode(Mode::Present));
    assert_eq!((n.place.mode, n.moves), (Mode::Present, 0));
    let n = apply(&n, Action::GoTo(3));
    assert_eq!((n.place.mode, step_of(&n), n.moves), (Mode::Present, 3, 1));
    assert_eq!(apply(&n, Action::SetMode(Mode::Full)).place.mode, Mode::Full);
}

fn present(step: usize) -> Nav {
    apply(&at(step), Action::SetMode(Mode::Present))
}

#[test]
fn a_presented_step_is_its_picture_then_its_facts_a_slide_at_a_time() {
    // The first step has 8 facts: three slides of at most three.
    let route = Route { pathway: 0, step: 0 };
    let n = CATALOG.pathways[0].steps[0].facts.len();
    assert_eq!(usize::from(fact_slides(&CATALOG, route)), n.div_ceil(FACTS_PER_SLIDE));
    assert!(n > 2 * FACTS_PER_SLIDE, "this test walks three slides of facts");
    let mut n = present(0);
    for slide in 1..=3 {
        n = apply(&n, Action::Next);
        assert_eq!(
            (step_of(&n), n.facts, n.moves),
            (0, slide, u32::from(slide)),
            "Next shows facts slide {slide}"
        );
    }
    let next = apply(&n, Action::Next);
    assert_eq!((step_of(&next), next.facts), (1, 0), "then the next step, at its picture");
    let back = apply(&next, Action::Prev);
    assert_eq!((step_of(&back), back.facts), (0, 3), "Prev from a picture retraces to the last facts");
    assert_eq!(apply(&back, Action::Prev).facts, 2, "and back a slide at a time");
    assert_eq!(apply(&present(0), Action::Prev), present(0), "nothing before the first picture");
    let mut end = present(last());
    for _ in 0..fact_slides(&CATALOG, Route { pathway: 0, step: last() }) {
        end = apply(&end, Action::Next);
    }
    assert!(end.facts > 0);
    assert_eq!(apply(&end, Action::Next), end, "nothing after the last facts");
    let facts = apply(&present(2), Action::Next);
    for a in [Action::First, Action::Last, Action::GoTo(1), Action::SetMode(Mode::Full)] {
        assert_eq!(apply(&facts, a.clone()).facts, 0, "{a:?} opens at a picture");
    }
    assert_eq!(apply(&at(2), Action::Next).facts, 0, "the reading layout has no slides");
    assert_eq!(apply(&facts, Action::ToggleLabels).facts, 1, "labels do not turn the slide");
}

#[test]
fn the_theme_changes_nothing_else() {
    let n = apply(&at(2), Action::SetTheme(crate::model::Theme::Dark));
    assert_eq!((n.theme, n.moves, step_of(&n)), (crate::model::Theme::Dark, 0, 2));
    assert_eq!(apply(&n, Action::Next).theme, crate::model::Theme::Dark, "kept across moves");
}

#[test]
fn b_blanks_only_a_presentation_and_any_move_brings_it_back() {
    assert!(!apply(&at(2), Action::ToggleBlank).blank, "not in the reading layout");
    let present = apply(&at(2), Action::SetMode(Mode::Present));
    let blank = apply(&present, Action::ToggleBlank);
    assert!(blank.blank);
    assert!(!apply(&blank, Action::ToggleBlank).blank);
    let moved = apply(&blank, Action::Next);
    assert!(!moved.blank);
    assert_eq!(moved.facts, 1, "the step's facts, its second slide");
    assert!(!apply(&blank, Action::SetMode(Mode::Full)).blank);
}

#[test]
fn a_digit_cues_a_key_frame_on_a_step_and_a_move_forgets_it() {
    let n = apply(&at(2), Action::Frame(1));
    assert_eq!((n.cue, n.moves, step_of(&n)), ((1, 1), 0, 2), "not a move");
    // The same digit again is a new request (the reader may have stepped away from it).
    assert_eq!(apply(&n, Action::Frame(1)).cue, (2, 1));
    assert_eq!(apply(&n, Action::Next).cue, (0, 0), "the next step's picture starts from its own start");
    assert_eq!(apply(&n, Action::ToggleLabels).cue, n.cue, "labels do not reset the picture");
    let page = apply(&at(2), Action::Show(View::Page(Page::Glossary)));
    assert_eq!(apply(&page, Action::Frame(0)), page, "no picture on a page: nothing happens");
}
