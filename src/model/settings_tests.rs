//! Tests for embed settings (attributes and the widget page's query).

use super::*;
use crate::content::CATALOG;
use crate::model::route::{Mode, Motion, Page, Place, Route, View};
use crate::model::testing::THERAPIES;

const LOCALES: &[&str] = &["en", "fr"];

fn read_pairs(pairs: &[(&str, &str)]) -> Settings {
    let owned: Vec<(String, String)> = pairs.iter().map(|(n, v)| (n.to_string(), v.to_string())).collect();
    read(&owned, LOCALES, &CATALOG, THERAPIES)
}

fn step(pathway: &str, step: usize) -> View {
    View::Step(Route { pathway: CATALOG.pathway_index(pathway).unwrap(), step })
}

#[test]
fn no_settings_give_the_start_and_no_notes() {
    let s = read_pairs(&[]);
    assert_eq!(s.parsed.place, Place::start(&CATALOG));
    assert_eq!((s.theme, s.lang, s.sync_url), (Theme::Auto, 0, false));
    assert!(s.notes().is_empty());
}

#[test]
fn every_setting_is_read() {
    let s = read_pairs(&[
        ("pathway", "in-vivo"),
        ("step", "3"),
        ("theme", "Dark"),
        ("mode", "present"),
        ("motion", "still"),
        ("lang", "FR"),
        ("sync-url", ""),
        ("therapy", "beta"),
    ]);
    assert_eq!(s.parsed.place.view, step("in-vivo", 2));
    assert_eq!(s.parsed.place.therapy, Some(1));
    assert_eq!((s.parsed.place.mode, s.parsed.place.motion), (Mode::Present, Motion::Still));
    assert_eq!((s.theme, s.lang, s.sync_url), (Theme::Dark, 1, true));
    assert!(s.notes().is_empty(), "{:?}", s.notes());
}

#[test]
fn a_step_alone_is_a_step_of_the_default_pathway() {
    let s = read_pairs(&[("step", "2")]);
    assert_eq!(s.parsed.place.view, step(CATALOG.default_pathway, 1));
    let s = read_pairs(&[("pathway", "hsct")]);
    assert_eq!(s.parsed.place.view, step("hsct", 0));
}

#[test]
fn bad_values_fall_back_with_one_note_each() {
    let s = read_pairs(&[
        ("pathway", "ex-vivo"),
        ("step", "99"),
        ("theme", "purple"),
        ("lang", "xx"),
        ("mode", "huge"),
        ("motion", "fast"),
        ("sync-url", "maybe"),
        ("colour", "red"),
    ]);
    let total = CATALOG.pathways[CATALOG.pathway_index("ex-vivo").unwrap()].steps.len();
    assert_eq!(s.parsed.place.view, step("ex-vivo", total - 1));
    assert_eq!((s.theme, s.lang, s.sync_url, s.parsed.place.mode), (Theme::Auto, 0, false, Mode::Full));
    assert_eq!(s.parsed.place.motion, Motion::System);
    let notes = s.notes();
    assert_eq!(notes.len(), 7, "{notes:?}");
    assert!(notes.contains(&RouteNote::StepOutOfRange { asked: "99".into(), total, shown: total }));
    for (name, asked) in
        [("theme", "purple"), ("lang", "xx"), ("mode", "huge"), ("motion", "fast"), ("sync-url", "maybe")]
    {
        assert!(notes.contains(&RouteNote::BadValue { name, asked: asked.into() }), "{name}: {notes:?}");
    }
    assert!(notes.contains(&RouteNote::UnknownParam { name: "colour".into() }));
}

#[test]
fn values_with_url_characters_stay_one_value() {
    let s = read_pairs(&[("pathway", "in-vivo/2?mode=present"), ("therapy", "a&b=c")]);
    assert_eq!(s.parsed.place.view, step(CATALOG.default_pathway, 0));
    assert_eq!(s.parsed.place.mode, Mode::Full);
    assert_eq!(
        s.notes(),
        vec![
            RouteNote::UnknownTherapy { asked: "a&b=c".into() },
            RouteNote::UnknownPathway { asked: "in-vivo/2?mode=present".into() },
        ]
    );
}

#[test]
fn the_host_pages_own_attributes_are_ignored() {
    let s =
        read_pairs(&[("class", "x"), ("id", "a"), ("data-x", "1"), ("aria-label", "Guide"), ("style", "")]);
    assert!(s.notes().is_empty());
}

#[test]
fn a_hash_replaces_the_place_but_keeps_the_other_notes() {
    let s = read_pairs(&[("pathway", "nowhere"), ("theme", "purple")]).with_hash(
        "#/compare",
        &CATALOG,
        THERAPIES,
    );
    assert_eq!(s.parsed.place.view, View::Page(Page::Compare));
    assert_eq!(s.notes(), vec![RouteNote::BadValue { name: "theme", asked: "purple".into() }]);
    let same = read_pairs(&[("pathway", "hsct")]).with_hash("#", &CATALOG, THERAPIES);
    assert_eq!(same.parsed.place.view, step("hsct", 0));
}

#[test]
fn a_command_keeps_what_it_does_not_name() {
    let owned = |pairs: &[(&str, &str)]| -> Vec<(String, String)> {
        pairs.iter().map(|(n, v)| (n.to_string(), v.to_string())).collect()
    };
    let now = Place { mode: Mode::Present, motion: Motion::Still, ..Place::new(step("hsct", 2), None) };
    let c = command(&owned(&[("theme", "dark")]), now, LOCALES, &CATALOG, THERAPIES);
    let (p, theme) = (c.parsed, c.theme);
    assert_eq!((p.place, theme, p.notes.len()), (now, Some(Theme::Dark), 0));
    let c = command(&owned(&[("pathway", "in-vivo"), ("step", "3")]), now, LOCALES, &CATALOG, THERAPIES);
    let (p, theme) = (c.parsed, c.theme);
    assert_eq!(p.place, Place { view: step("in-vivo", 2), ..now });
    assert_eq!(theme, None);
    let p = command(&owned(&[("mode", "full"), ("theme", "neon")]), now, LOCALES, &CATALOG, THERAPIES).parsed;
    assert_eq!(p.place, Place { mode: Mode::Full, ..now });
    assert_eq!(p.notes, vec![RouteNote::BadValue { name: "theme", asked: "neon".into() }]);
}

#[test]
fn a_command_changes_the_language_only_to_a_known_one() {
    let owned = |pairs: &[(&str, &str)]| -> Vec<(String, String)> {
        pairs.iter().map(|(n, v)| (n.to_string(), v.to_string())).collect()
    };
    let now = Place::new(step("hsct", 2), None);
    let c = command(&owned(&[("lang", "FR")]), now, LOCALES, &CATALOG, THERAPIES);
    assert_eq!((c.lang, c.parsed.place, c.parsed.notes.len()), (Some(1), now, 0));
    let c = command(&owned(&[("lang", "xx")]), now, LOCALES, &CATALOG, THERAPIES);
    assert_eq!(c.lang, None);
    assert_eq!(c.parsed.notes, vec![RouteNote::BadValue { name: "lang", asked: "xx".into() }]);
    assert_eq!(command(&owned(&[("theme", "dark")]), now, LOCALES, &CATALOG, THERAPIES).lang, None);
}

#[test]
fn every_setting_of_the_protocol_is_read_and_nothing_else() {
    use crate::model::protocol::Setting;
    // Values each setting takes without a note.
    for s in Setting::ALL {
        let value = match s {
            Setting::Pathway => "hsct",
            Setting::Step => "2",
            Setting::Therapy => "alpha",
            Setting::Theme => "dark",
            Setting::Mode => "compact",
            Setting::Motion => "still",
            Setting::Lang => "en",
            Setting::SyncUrl => "true",
        };
        let notes = read_pairs(&[(s.name(), value)]).notes();
        // alpha walks ex vivo, so with no pathway named it is shown there without a note.
        assert!(notes.is_empty(), "{}={value}: {notes:?}", s.name());
        let notes = read_pairs(&[(s.name(), "%%%")]).notes();
        assert!(
            !notes.iter().any(|n| matches!(n, RouteNote::UnknownParam { .. })),
            "{} is a setting, not an unknown name: {notes:?}",
            s.name()
        );
    }
    // A name that is no setting (nor the host page's own) is reported.
    assert_eq!(
        read_pairs(&[("colour", "red")]).notes(),
        vec![RouteNote::UnknownParam { name: "colour".into() }]
    );
}

#[test]
fn an_empty_setting_means_its_default_without_a_note() {
    // An attribute removed (the element sends "") or left blank.
    for name in ["pathway", "step", "therapy", "theme", "mode", "motion", "lang"] {
        let s = read_pairs(&[(name, "")]);
        assert!(s.notes().is_empty(), "{name}=\"\": {:?}", s.notes());
        assert_eq!((s.parsed.place, s.theme, s.lang), (Place::start(&CATALOG), Theme::Auto, 0), "{name}");
    }
    // A step with a blank pathway is a step of the default pathway.
    let s = read_pairs(&[("pathway", ""), ("step", "3")]);
    assert_eq!(s.parsed.place.view, step(CATALOG.default_pathway, 2));
    assert!(s.notes().is_empty());
}

#[test]
fn a_command_takes_the_last_language_it_could_honour() {
    let owned = |pairs: &[(&str, &str)]| -> Vec<(String, String)> {
        pairs.iter().map(|(n, v)| (n.to_string(), v.to_string())).collect()
    };
    let now = Place::new(step("hsct", 2), None);
    let c = command(&owned(&[("lang", "fr"), ("lang", "xx")]), now, LOCALES, &CATALOG, THERAPIES);
    assert_eq!(c.lang, Some(1));
    assert_eq!(c.parsed.notes, vec![RouteNote::BadValue { name: "lang", asked: "xx".into() }]);
    assert_eq!(
        command(&owned(&[("lang", "")]), now, LOCALES, &CATALOG, THERAPIES).lang,
        Some(0),
        "back to the default"
    );
}
