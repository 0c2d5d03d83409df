//! Native tests of the describers: the sentences they build from state.

use super::*;
use crate::content::Texts;
use crate::model::{Route, RouteNote, View};

fn ex_vivo() -> usize {
    CATALOG.pathway_index("ex-vivo").unwrap()
}

#[test]
fn a_step_is_announced_with_its_place_and_title() {
    let en = Texts::en();
    let view = View::Step(Route { pathway: ex_vivo(), step: 2 });
    let title = en.t(CATALOG.pathways[ex_vivo()].steps[2].title_key);
    let total = CATALOG.pathways[ex_vivo()].steps.len();
    let said = announcement(en, view, false);
    assert!(said.contains(title), "{said:?} names the step");
    assert!(said.contains('3') && said.contains(&total.to_string()), "{said:?} gives 3 of {total}");
    assert_ne!(announcement(en, View::Step(Route { pathway: ex_vivo(), step: 3 }), false), said);
    // A presentation's slide of key facts says so, after the same words.
    let facts = announcement(en, view, true);
    assert!(facts.starts_with(&said) && facts.ends_with("key facts"), "{facts:?}");
}

#[test]
fn a_page_is_announced_by_its_title_and_the_tab_title_holds_the_announcement() {
    let en = Texts::en();
    for page in Page::ALL {
        let said = announcement(en, View::Page(page), false);
        assert_eq!(said, en.t(page_title_key(page)));
        let title = document_title(en, View::Page(page));
        assert!(title.contains(&said) && title != said, "{title:?} wraps {said:?}");
        assert_ne!(en.t(page_intro_key(page)), said);
    }
}

#[test]
fn every_note_names_what_was_asked() {
    let en = Texts::en();
    let notes = [
        RouteNote::UnknownPathway { asked: "ex-vivvo".into() },
        RouteNote::StepOutOfRange { asked: "99".into(), total: 9, shown: 9 },
        RouteNote::UnknownTherapy { asked: "nosuch".into() },
        RouteNote::UnknownParam { name: "colour".into() },
        RouteNote::BadValue { name: "theme", asked: "purple".into() },
    ];
    for note in &notes {
        let text = note_text(en, note);
        let asked = match note {
            RouteNote::UnknownPathway { asked }
            | RouteNote::StepOutOfRange { asked, .. }
            | RouteNote::UnknownTherapy { asked }
            | RouteNote::BadValue { asked, .. } => asked,
            RouteNote::UnknownParam { name } => name,
            _ => unreachable!(),
        };
        assert!(text.contains(asked.as_str()), "{text:?} names {asked:?}");
        assert!(!text.contains("{$"), "{text:?} has an unfilled placeholder");
    }
    assert!(!note_text(en, &RouteNote::Malformed).is_empty());
}

#[test]
fn a_frame_line_counts_the_frames_and_says_what_is_shown() {
    let en = Texts::en();
    let def = &CATALOG.pathways[ex_vivo()].steps[0].diagram;
    let line = frame_line(en, def, 0);
    assert!(line.contains(en.t(def.frames[0])), "{line:?}");
    assert!(line.contains(&def.frames.len().to_string()), "{line:?}");
    // Past the end: the last frame, never a panic.
    assert!(frame_line(en, def, 99).contains(en.t(*def.frames.last().unwrap())));
}

#[test]
fn every_cell_place_has_its_own_words() {
    let words: Vec<&str> = CellPlace::ALL.iter().map(|&p| Texts::en().t(cell_place(p))).collect();
    for (p, w) in CellPlace::ALL.iter().zip(&words) {
        assert!(!w.is_empty(), "{p:?} has no words");
    }
    let unique: std::collections::BTreeSet<_> = words.iter().collect();
    assert_eq!(unique.len(), words.len(), "two cell places share words");
}

#[test]
fn days_on_the_timeline_are_said_with_the_contents_plurals() {
    let en = Texts::en();
    // The words are content/en/ui.ftl's: one day, so many days, about so many months or years.
    assert_eq!(when(en, 0), en.t(msg::TIMELINE_DAY_ZERO));
    assert_eq!(when(en, -1), "1 day before");
    assert_eq!(when(en, 40), "40 days after");
    assert_eq!(when(en, -182), "about 6 months before");
    assert_eq!(when(en, 400), "about 1 year after");
    assert_eq!(when(en, 5475), "about 15 years after");
    for day in [-5475, -365, -100, -2, -1, 1, 2, 99, 100, 364, 365, 548, 5475] {
        let said = when(en, day);
        assert!(!said.contains(['{', '\u{1}', '\u{2}', '\u{3}', '\u{4}']), "day {day}: {said:?}");
    }
}

#[test]
fn a_bar_is_said_from_its_first_to_its_last_day() {
    let en = Texts::en();
    let bar = crate::content::TIMELINE.iter().find(|b| b.from != b.to).expect("a bar with a range");
    let said = bar_text(en, bar);
    assert!(said.starts_with(en.t(bar.key)), "{said:?}");
    assert!(said.contains(&when(en, bar.from)) && said.contains(&when(en, bar.to)), "{said:?}");
}

#[test]
fn a_definition_shows_glossary_markup_as_its_words() {
    let en = Texts::en();
    for term in crate::content::GLOSSARY {
        let said = definition(en, term);
        assert!(!said.is_empty() && !said.contains("[[") && !said.contains("]]"), "{}: {said:?}", term.id);
    }
}

#[test]
fn a_caption_names_the_parts_labelled_in_the_picture() {
    let en = Texts::en();
    let said = labelled(en, &[msg::PART_BONE_MARROW, msg::PART_BLOOD_VESSEL]);
    assert!(
        said.contains(en.t(msg::PART_BONE_MARROW)) && said.contains(en.t(msg::PART_BLOOD_VESSEL)),
        "{said}"
    );
    assert!(!said.contains("{$"), "{said}");
}
