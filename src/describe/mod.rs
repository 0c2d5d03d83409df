//! PURE describers: the sentences a reader sees or hears that are built from state (the
//! live region's announcement, the tab title, the notes about links that could not be
//! followed, a diagram's key-frame line, the words for where the cells are, page titles).
//! Model state in, words out: no yew, no web_sys, so they are tested natively. Components
//! only place what these return.

use crate::content::markup::plain;
use crate::content::{msg, BarDef, CellPlace, DiagramDef, Msg, TermDef, Texts, CATALOG, THERAPIES};
use crate::model::player::describe;
use crate::model::timeline::{self, Unit, When};
use crate::model::{Page, RouteNote, View};

#[cfg(test)]
mod tests;

/// The content key of a page's title.
pub fn page_title_key(page: Page) -> Msg {
    match page {
        Page::Compare => msg::PAGE_COMPARE,
        Page::Timeline => msg::PAGE_TIMELINE,
        Page::Glossary => msg::PAGE_GLOSSARY,
        Page::Sources => msg::PAGE_SOURCES,
    }
}

/// The content key of a page's introduction.
pub fn page_intro_key(page: Page) -> Msg {
    match page {
        Page::Compare => msg::PAGE_COMPARE_INTRO,
        Page::Timeline => msg::PAGE_TIMELINE_INTRO,
        Page::Glossary => msg::PAGE_GLOSSARY_INTRO,
        Page::Sources => msg::PAGE_SOURCES_INTRO,
    }
}

/// What the live region says after a move: "Step 3 of 9: Collecting the stem cells", or
/// the page's title; on a presentation's slide of key facts, "…, key facts".
pub fn announcement(texts: Texts, view: View, facts: bool) -> String {
    match view {
        View::Step(r) => texts.fmt(
            if facts { msg::LIVE_FACTS } else { msg::LIVE_STEP },
            &[
                ("current", &(r.step + 1).to_string()),
                ("total", &r.total(&CATALOG).to_string()),
                ("title", texts.t(CATALOG.pathways[r.pathway].steps[r.step].title_key)),
            ],
        ),
        View::Page(p) => texts.t(page_title_key(p)).to_string(),
    }
}

/// The browser tab's title for a view, in the reader's language, so history and
/// bookmarks tell steps apart.
pub fn document_title(texts: Texts, view: View) -> String {
    texts.fmt(msg::DOCUMENT_TITLE, &[("view", &announcement(texts, view, false))])
}

/// What a view is about, in the reader's words: a step's lead paragraph or a page's
/// introduction (a static page's meta description; glossary markup reduced to its words).
pub fn view_summary(texts: Texts, view: View) -> String {
    match view {
        View::Step(r) => {
            let step = CATALOG.pathways.get(r.pathway).and_then(|p| p.steps.get(r.step));
            step.map(|s| plain(texts.t(s.lead_key))).unwrap_or_default()
        }
        View::Page(page) => texts.t(page_intro_key(page)).to_string(),
    }
}

/// The sentence for a note about a link or setting that could not be followed.
pub fn note_text(texts: Texts, note: &RouteNote) -> String {
    let pathway_name = |i: usize| texts.t(CATALOG.pathways[i].name_key);
    match note {
        RouteNote::UnknownPathway { asked } => texts.fmt(
            msg::NOTE_UNKNOWN_PATHWAY,
            &[("asked", asked), ("shown", pathway_name(CATALOG.default_pathway_index()))],
        ),
        RouteNote::StepOutOfRange { asked, total, shown } => texts.fmt(
            msg::NOTE_STEP_OUT_OF_RANGE,
            &[("asked", asked), ("total", &total.to_string()), ("shown", &shown.to_string())],
        ),
        RouteNote::Malformed => texts.t(msg::NOTE_MALFORMED).to_string(),
        RouteNote::UnknownTherapy { asked } => texts.fmt(msg::NOTE_UNKNOWN_THERAPY, &[("asked", asked)]),
        RouteNote::TherapyElsewhere { therapy, pathway } => texts.fmt(
            msg::NOTE_THERAPY_ELSEWHERE,
            &[("name", texts.t(THERAPIES[*therapy].name_key)), ("shown", pathway_name(*pathway))],
        ),
        RouteNote::UnknownParam { name } => texts.fmt(msg::NOTE_UNKNOWN_PARAM, &[("asked", name)]),
        RouteNote::BadValue { name, asked } => {
            texts.fmt(msg::NOTE_BAD_VALUE, &[("name", name), ("asked", asked)])
        }
    }
}

/// "2 of 3: what the picture shows now."
pub fn frame_line(texts: Texts, def: &DiagramDef, frame: usize) -> String {
    let d = describe(def, frame);
    texts.fmt(
        msg::DIAGRAM_FRAME,
        &[
            ("current", &d.number.to_string()),
            ("total", &d.total.to_string()),
            ("text", d.text.map_or("", |m| texts.t(m))),
        ],
    )
}

/// The words for where the cells are.
pub fn cell_place(place: CellPlace) -> Msg {
    match place {
        CellPlace::Donor => msg::TRACKER_DONOR,
        CellPlace::Body => msg::TRACKER_BODY,
        CellPlace::Bag => msg::TRACKER_BAG,
        CellPlace::Lab => msg::TRACKER_LAB,
        CellPlace::Frozen => msg::TRACKER_FROZEN,
        CellPlace::Returned => msg::TRACKER_RETURNED,
        CellPlace::Given => msg::TRACKER_GIVEN,
    }
}

/// A day on the Day-0 timeline in words: "about 2 months before", "Day 0", "1 day after"
/// (the plural is the content's choice for the number).
pub fn when(texts: Texts, day: i32) -> String {
    let (key, n) = match timeline::when(day) {
        When::DayZero => return texts.t(msg::TIMELINE_DAY_ZERO).to_string(),
        When::Before(Unit::Days, n) => (msg::TIMELINE_DAYS_BEFORE, n),
        When::After(Unit::Days, n) => (msg::TIMELINE_DAYS_AFTER, n),
        When::Before(Unit::Months, n) => (msg::TIMELINE_MONTHS_BEFORE, n),
        When::After(Unit::Months, n) => (msg::TIMELINE_MONTHS_AFTER, n),
        When::Before(Unit::Years, n) => (msg::TIMELINE_YEARS_BEFORE, n),
        When::After(Unit::Years, n) => (msg::TIMELINE_YEARS_AFTER, n),
    };
    texts.fmt(key, &[("n", &n.to_string())])
}

/// A timeline bar in words: "Conditioning: from 7 days before to 1 day before".
pub fn bar_text(texts: Texts, bar: &BarDef) -> String {
    let label = texts.t(bar.key);
    if bar.from == bar.to {
        texts.fmt(msg::TIMELINE_ON, &[("label", label), ("when", &when(texts, bar.from))])
    } else {
        texts.fmt(
            msg::TIMELINE_RANGE,
            &[("label", label), ("from", &when(texts, bar.from)), ("to", &when(texts, bar.to))],
        )
    }
}

/// A glossary term's definition as a reader sees it: glossary markup in it is shown as its
/// words (a definition opens no further definitions).
pub fn definition(texts: Texts, term: &TermDef) -> String {
    plain(texts.t(term.def_key))
}

/// The steps a source supports, in words: "Ex vivo: Collecting the cells · …".
pub fn cited_steps(texts: Texts, steps: &[(usize, usize)]) -> String {
    let named = steps.iter().map(|&(p, s)| {
        let pathway = &CATALOG.pathways[p];
        texts.fmt(
            msg::SOURCES_STEP,
            &[("pathway", texts.t(pathway.name_key)), ("title", texts.t(pathway.steps[s].title_key))],
        )
    });
    named.collect::<Vec<_>>().join(" · ")
}

/// The parts named on a picture, for its caption (the picture's own words are not read out:
/// it is one image): "Labelled in the picture: Bone marrow, Blood vessel."
pub fn labelled(texts: Texts, names: &[Msg]) -> String {
    let list: Vec<&str> = names.iter().map(|&m| texts.t(m)).collect();
    texts.fmt(msg::DIAGRAM_LABELLED, &[("names", &list.join(", "))])
}
