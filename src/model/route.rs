//! URL state, parsed forgivingly. Forms (steps are 1-based):
//!
//! ```text
//! #/<pathway>/<step>[?therapy=<id>]     a step, optionally walked for one product
//! #/compare  #/timeline  #/glossary  #/sources      the other views
//! ...&motion=still | ...&motion=moving             pictures as stills, or animated
//! ...&mode=present | ...&mode=compact              classroom or compact layout
//! ```
//!
//! Any hash gives a valid [`Place`]. What could not be honoured comes back as
//! [`RouteNote`]s, which the widget shows so the reader knows why they landed there.

use crate::content::{Catalog, TherapyDef};

/// A valid step: a pathway index and a 0-based step index.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Route {
    pub pathway: usize,
    pub step: usize,
}

/// A view that is not a step.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Page {
    Compare,
    Timeline,
    Glossary,
    Sources,
}

impl Page {
    pub const ALL: [Page; 4] = [Page::Compare, Page::Timeline, Page::Glossary, Page::Sources];

    /// The URL segment, which is also the root of its content keys (`page-<slug>`).
    pub fn slug(self) -> &'static str {
        match self {
            Page::Compare => "compare",
            Page::Timeline => "timeline",
            Page::Glossary => "glossary",
            Page::Sources => "sources",
        }
    }

    fn from_slug(s: &str) -> Option<Page> {
        Page::ALL.into_iter().find(|p| p.slug() == s)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum View {
    Step(Route),
    Page(Page),
}

impl View {
    /// Every view: each step of each pathway in order, then each page.
    pub fn all(catalog: &Catalog) -> impl Iterator<Item = View> + '_ {
        let steps =
            catalog.pathways.iter().enumerate().flat_map(|(pathway, p)| {
                (0..p.steps.len()).map(move |step| View::Step(Route { pathway, step }))
            });
        steps.chain(Page::ALL.into_iter().map(View::Page))
    }

    /// Its pathway id (or page slug) and, for a step, its number from 1: what a link's path
    /// (`#/in-vivo/3`) and an embed's `pathway` and `step` settings say.
    pub fn address(self, catalog: &Catalog) -> (&'static str, Option<usize>) {
        match self {
            View::Step(r) => {
                (catalog.pathways.get(r.pathway).map_or(catalog.default_pathway, |p| p.id), Some(r.step + 1))
            }
            View::Page(p) => (p.slug(), None),
        }
    }
}

/// How the diagrams move: as the reader's system asks (`prefers-reduced-motion`), or
/// chosen in the widget and kept in the URL so a shared link shows the same.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Motion {
    #[default]
    System,
    /// A storyboard of still key frames, nothing travels.
    Still,
    /// Animated, even where the system asks for less motion (the reader chose it).
    Moving,
}

impl Motion {
    /// The URL value, or `None` for the default (not written).
    pub fn slug(self) -> Option<&'static str> {
        match self {
            Motion::System => None,
            Motion::Still => Some("still"),
            Motion::Moving => Some("moving"),
        }
    }

    /// Whether pictures are still, given whether the system asks for reduced motion.
    pub fn is_still(self, system_reduces: bool) -> bool {
        match self {
            Motion::System => system_reduces,
            Motion::Still => true,
            Motion::Moving => false,
        }
    }

    /// The choice a "still pictures" toggle makes from what is shown now: the opposite of
    /// it, as `System` when that is what the system gives anyway (so the URL stays short).
    pub fn toggled(self, system_reduces: bool) -> Motion {
        let want_still = !self.is_still(system_reduces);
        if want_still == system_reduces {
            Motion::System
        } else if want_still {
            Motion::Still
        } else {
            Motion::Moving
        }
    }
}

/// How the widget is laid out: the full reading layout, a compact one for narrow article
/// columns, or the classroom presentation (big type, projector palette, few controls).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Mode {
    #[default]
    Full,
    Compact,
    Present,
}

impl Mode {
    pub const ALL: [Mode; 3] = [Mode::Full, Mode::Compact, Mode::Present];

    /// The URL and attribute value.
    pub fn slug(self) -> &'static str {
        match self {
            Mode::Full => "full",
            Mode::Compact => "compact",
            Mode::Present => "present",
        }
    }

    pub fn from_slug(s: &str) -> Option<Mode> {
        Mode::ALL.into_iter().find(|m| m.slug() == s)
    }
}

/// Where the reader is: a view, the therapy (index into the therapies) being walked, how
/// the pictures move and the layout.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Place {
    pub view: View,
    pub therapy: Option<usize>,
    pub motion: Motion,
    pub mode: Mode,
}

/// Why the place shown differs from the one asked for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RouteNote {
    /// No pathway or view has this name; the default pathway is shown.
    UnknownPathway { asked: String },
    /// The step is not a number in 1..=total; `shown` is the 1-based step shown instead.
    StepOutOfRange { asked: String, total: usize, shown: usize },
    /// The hash has a shape we cannot read at all.
    Malformed,
    /// No therapy has this id; the general pathway is shown.
    UnknownTherapy { asked: String },
    /// The therapy follows another pathway (index), which is shown instead.
    TherapyElsewhere { therapy: usize, pathway: usize },
    /// A parameter the widget does not know; it is ignored.
    UnknownParam { name: String },
    /// A known parameter with a value it cannot take; the default is used.
    BadValue { name: &'static str, asked: String },
}

/// The result of reading a URL hash: always a place, sometimes notes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Parsed {
    pub place: Place,
    pub notes: Vec<RouteNote>,
}

/// The longest piece of a bad URL repeated back to the reader.
const MAX_ECHO: usize = 40;

impl Route {
    /// The first step of the default pathway.
    pub fn start(catalog: &Catalog) -> Route {
        Route { pathway: catalog.default_pathway_index(), step: 0 }
    }

    /// The step of `pathway` at the same stage of the journey as this one (`stage` in the
    /// content). Where several steps share the stage, the one at the nearest relative
    /// position: the last follow-up step matches the last, not the first.
    pub fn same_stage_in(self, pathway: usize, catalog: &Catalog) -> Option<Route> {
        let here = catalog.pathways.get(self.pathway)?;
        let stage = here.steps.get(self.step)?.stage;
        let there = catalog.pathways.get(pathway)?;
        // Relative positions compared as fractions a/b without floats: self.step/(n-1).
        let (a, b) = (self.step, here.steps.len().saturating_sub(1).max(1));
        let n = there.steps.len().saturating_sub(1).max(1);
        there
            .steps
            .iter()
            .enumerate()
            .filter(|(_, s)| s.stage == stage)
            .min_by_key(|(i, _)| (i * b).abs_diff(a * n))
            .map(|(step, _)| Route { pathway, step })
    }

    /// The matching step of every other pathway at this step's stage, in pathway order.
    pub fn same_stage_elsewhere(self, catalog: &Catalog) -> Vec<Route> {
        (0..catalog.pathways.len())
            .filter(|&i| i != self.pathway)
            .filter_map(|i| self.same_stage_in(i, catalog))
            .collect()
    }

    /// Number of steps in this route's pathway.
    pub fn total(self, catalog: &Catalog) -> usize {
        catalog.pathways.get(self.pathway).map_or(0, |p| p.steps.len())
    }
}

impl Place {
    /// A view (with a therapy) and pictures as the system asks.
    pub fn new(view: View, therapy: Option<usize>) -> Place {
        Place { view, therapy, motion: Motion::System, mode: Mode::Full }
    }

    pub fn start(catalog: &Catalog) -> Place {
        Place::new(View::Step(Route::start(catalog)), None)
    }

    /// The first step of a pathway (index).
    pub fn start_of(pathway: usize) -> Place {
        Place::new(View::Step(Route { pathway, step: 0 }), None)
    }

    /// The canonical hash, e.g. `#/ex-vivo/3?therapy=casgevy&motion=still` or `#/compare`.
    pub fn to_hash(self, catalog: &Catalog, therapies: &[TherapyDef]) -> String {
        let mut hash = match self.view.address(catalog) {
            (id, Some(step)) => format!("#/{id}/{step}"),
            (id, None) => format!("#/{id}"),
        };
        let mut sep = '?';
        if let Some(t) = self.therapy.and_then(|i| therapies.get(i)) {
            hash.push(sep);
            hash.push_str("therapy=");
            hash.push_str(t.id);
            sep = '&';
        }
        if let Some(m) = self.motion.slug() {
            hash.push(sep);
            hash.push_str("motion=");
            hash.push_str(m);
            sep = '&';
        }
        if self.mode != Mode::Full {
            hash.push(sep);
            hash.push_str("mode=");
            hash.push_str(self.mode.slug());
        }
        hash
    }
}

/// Where the links between views point. The live widget moves through its own hash
/// routes (`#/ex-vivo/3`); the static pages, prerendered for every view so the guide reads
/// and links with no script at all, link each view to its own page file (`ex-vivo-3.html`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Links {
    #[default]
    Hash,
    /// Page files, each name after this folder (`""` inside the pages' folder, `guide/`
    /// from the widget's own page beside it).
    Pages(&'static str),
}

impl Links {
    /// The link to `place`: its hash, or the page of its view (a page holds the view
    /// alone, so a product, mode or motion is left to the live widget).
    pub fn href(self, place: Place, catalog: &Catalog, therapies: &[TherapyDef]) -> String {
        match self {
            Links::Hash => place.to_hash(catalog, therapies),
            Links::Pages(folder) => format!("{folder}{}", page_file(place.view, catalog)),
        }
    }
}

/// The folder of the static pages, beside the widget's own page.
pub const PAGES_FOLDER: &str = "guide/";

/// The static page of a view: `ex-vivo-3.html` for a step (numbered from 1), `compare.html`.
pub fn page_file(view: View, catalog: &Catalog) -> String {
    match view.address(catalog) {
        (id, Some(step)) => format!("{id}-{step}.html"),
        (id, None) => format!("{id}.html"),
    }
}

/// What a URL hash or an embed's settings ask for, decoded but not yet checked: the path
/// segments (`["in-vivo", "2"]`, `["compare"]`) and the query's names and values.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Ask {
    pub path: Vec<String>,
    pub query: Vec<(String, String)>,
}

impl Ask {
    /// Splits a location hash (with or without the leading `#`) and decodes each piece;
    /// a `/`, `?` or `&` written as `%2F`, `%3F`, `%26` stays inside its piece.
    pub fn of_hash(hash: &str) -> Ask {
        let body = hash.strip_prefix('#').unwrap_or(hash);
        let (path, query) = body.split_once('?').unwrap_or((body, ""));
        Ask {
            path: path.split('/').filter(|s| !s.is_empty()).map(percent_decode).collect(),
            query: query
                .split('&')
                .filter(|p| !p.is_empty())
                .map(|pair| {
                    let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
                    (percent_decode(key), percent_decode(value))
                })
                .collect(),
        }
    }
}

/// Reads a location hash (with or without the leading `#`).
pub fn parse(hash: &str, catalog: &Catalog, therapies: &[TherapyDef]) -> Parsed {
    resolve(&Ask::of_hash(hash), catalog, therapies)
}

/// The place an [`Ask`] names, the nearest valid one where it names none, with notes.
pub fn resolve(ask: &Ask, catalog: &Catalog, therapies: &[TherapyDef]) -> Parsed {
    let mut notes = Vec::new();
    let mut therapy = None;
    let mut motion = Motion::System;
    let mut mode = Mode::Full;
    for (key, value) in &ask.query {
        match key.as_str() {
            "therapy" => {
                let wanted = value.to_ascii_lowercase();
                therapy = therapies.iter().position(|t| t.id == wanted);
                if therapy.is_none() {
                    notes.push(RouteNote::UnknownTherapy { asked: shown(value) });
                }
            }
            "motion" => match value.to_ascii_lowercase().as_str() {
                "still" => motion = Motion::Still,
                "moving" => motion = Motion::Moving,
                _ => notes.push(RouteNote::BadValue { name: "motion", asked: shown(value) }),
            },
            "mode" => match Mode::from_slug(&value.to_ascii_lowercase()) {
                Some(m) => mode = m,
                None => notes.push(RouteNote::BadValue { name: "mode", asked: shown(value) }),
            },
            other => notes.push(RouteNote::UnknownParam { name: shown(other) }),
        }
    }

    let mut view = parse_path(&ask.path, catalog, &mut notes);
    // A therapy walks its own pathway: if the link named another one, show the therapy's,
    // at the same stage of the journey.
    if let (Some(t), View::Step(route)) = (therapy, &mut view) {
        let own = therapies[t].pathway;
        if own != route.pathway {
            notes.push(RouteNote::TherapyElsewhere { therapy: t, pathway: own });
            *route = route.same_stage_in(own, catalog).unwrap_or(Route { pathway: own, step: 0 });
        }
    }
    Parsed { place: Place { view, therapy, motion, mode }, notes }
}

fn parse_path(segments: &[String], catalog: &Catalog, notes: &mut Vec<RouteNote>) -> View {
    let start = View::Step(Route::start(catalog));
    let (first, step_seg) = match segments {
        [] => return start,
        [p] => (p.as_str(), None),
        [p, s] => (p.as_str(), Some(s.as_str())),
        _ => {
            notes.push(RouteNote::Malformed);
            return start;
        }
    };
    let name = first.to_ascii_lowercase();
    if let Some(page) = Page::from_slug(&name) {
        if step_seg.is_some() {
            notes.push(RouteNote::Malformed);
        }
        return View::Page(page);
    }
    let pathway = match catalog.pathway_index(&name) {
        Some(i) => i,
        None => {
            notes.push(RouteNote::UnknownPathway { asked: shown(first) });
            catalog.default_pathway_index()
        }
    };
    let total = catalog.pathways[pathway].steps.len();
    let step = match step_seg {
        None => 0,
        Some(s) => match s.parse::<usize>() {
            Ok(n) if (1..=total).contains(&n) => n - 1,
            parsed => {
                let too_big = match parsed {
                    Ok(n) => n > total,
                    // All digits but unparsable: a number too big for usize.
                    Err(_) => !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit()),
                };
                // An unknown pathway and a bad step: start at the beginning, one note.
                if notes.iter().any(|n| matches!(n, RouteNote::UnknownPathway { .. })) {
                    return View::Step(Route { pathway, step: 0 });
                }
                let shown_step = if too_big { total } else { 1 };
                notes.push(RouteNote::StepOutOfRange { asked: shown(s), total, shown: shown_step });
                shown_step - 1
            }
        },
    };
    View::Step(Route { pathway, step })
}

/// A bounded, decoded copy of what the reader typed, safe to show back.
pub(crate) fn echo(raw: &str) -> String {
    shown(&percent_decode(raw))
}

/// A bounded copy of a decoded value, without control characters, safe to show back.
fn shown(decoded: &str) -> String {
    let mut out: String = decoded.chars().filter(|c| !c.is_control()).take(MAX_ECHO).collect();
    if decoded.chars().count() > MAX_ECHO {
        out.push('…');
    }
    out
}

/// Decodes `%XX` escapes; invalid escapes and invalid UTF-8 are kept or replaced, never fatal.
fn percent_decode(raw: &str) -> String {
    let bytes = raw.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' && i + 2 < bytes.len() {
            if let (Some(hi), Some(lo)) = (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                out.push(hi * 16 + lo);
                i += 3;
                continue;
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn hex(b: u8) -> Option<u8> {
    (b as char).to_digit(16).map(|d| d as u8)
}

#[cfg(test)]
#[path = "route_tests.rs"]
mod tests;
