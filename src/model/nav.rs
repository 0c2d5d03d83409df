//! The navigation state machine: one state, a handful of actions, no side effects.
//!
//! ```text
//!            Next / Prev / First / Last / GoTo(i)       Open(parsed URL)
//!   Nav ─────────────────────────────────────────► Nav' ◄──────────── browser
//!   (place, notes, moves)  Show(view), ChooseTherapy      back / forward / link
//! ```
//! Step actions clamp to the pathway and do nothing on the other views. `moves` counts
//! view changes after the first, so the view moves focus to the new heading only when
//! the reader moved, never on first load (a host page keeps its focus).

use super::route::{Mode, Motion, Parsed, Place, Route, RouteNote, View};
use super::settings::Theme;
use crate::content::{Catalog, TherapyDef};

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Nav {
    pub place: Place,
    /// Shown until the reader moves or dismisses them.
    pub notes: Vec<RouteNote>,
    /// How many times the view changed since the widget opened.
    pub moves: u32,
    /// Colours: as the system asks, or set by the embed (an attribute or a command).
    pub theme: Theme,
    /// The presenter blanked the screen (`B`); only in the presentation layout.
    pub blank: bool,
    /// The reader's language: an index into the content's locales (an attribute or a command).
    pub lang: usize,
    /// The reader hid the pictures' labels ("Labels" off); they show by default.
    pub hide_labels: bool,
    /// The reader's last request for a key frame of the step's picture (digit keys): how
    /// many requests so far, and the frame (0-based). The picture shows that frame when
    /// the count changes; a move to another view starts again from no request.
    pub cue: (u32, usize),
    /// In the presentation, a step is its picture with the lead (0), then its key facts,
    /// [`FACTS_PER_SLIDE`] a slide (1, 2, …): Next shows the next slide, then the next
    /// step; Prev retraces. Not in the URL: a link opens a step at its picture.
    pub facts: u8,
}

/// Key facts on one presentation slide: three fit a projected screen at full size.
pub const FACTS_PER_SLIDE: usize = 3;

/// How many slides of key facts a presented step has.
pub fn fact_slides(catalog: &Catalog, route: Route) -> u8 {
    let n = catalog.pathways[route.pathway].steps[route.step].facts.len();
    u8::try_from(n.div_ceil(FACTS_PER_SLIDE)).unwrap_or(u8::MAX)
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Action {
    Next,
    Prev,
    First,
    Last,
    /// Jump to a 0-based step of the current pathway.
    GoTo(usize),
    /// Go to any view (a pathway tab, a page, the same stage in another pathway).
    Show(View),
    /// Walk a therapy's pathway with its details (or, with `None`, the general pathway).
    ChooseTherapy(Option<usize>),
    /// The URL changed (a link, back or forward).
    Open(Parsed),
    DismissNote,
    /// Pictures as stills or moving (kept in the URL; not a move: focus stays put).
    SetMotion(Motion),
    /// Full, compact or presentation layout (kept in the URL; not a move).
    SetMode(Mode),
    /// Light, dark or as the system asks (not a move; notes stay).
    SetTheme(Theme),
    /// Another of the content's locales (index; not a move; notes stay).
    SetLang(usize),
    /// Show or hide the labels on the pictures (not a move: focus stays on the button).
    ToggleLabels,
    /// Blank the screen or bring it back (presentation layout only; any move brings it back).
    ToggleBlank,
    /// Show key frame `n` (0-based) of the step's picture (step views only; not a move).
    Frame(usize),
}

impl Nav {
    pub fn new(parsed: Parsed) -> Nav {
        Nav {
            place: parsed.place,
            notes: parsed.notes,
            moves: 0,
            theme: Theme::Auto,
            blank: false,
            lang: 0,
            hide_labels: false,
            cue: (0, 0),
            facts: 0,
        }
    }

    /// The step shown, if the view is a step.
    pub fn route(&self) -> Option<Route> {
        match self.place.view {
            View::Step(r) => Some(r),
            View::Page(_) => None,
        }
    }

    /// The state after `action`. Moving past either end stays put.
    pub fn apply(&self, action: Action, catalog: &Catalog, therapies: &[TherapyDef]) -> Nav {
        let mut place = self.place;
        let mut facts = 0;
        match action {
            Action::Next | Action::Prev | Action::First | Action::Last | Action::GoTo(_) => {
                let Some(route) = self.route() else { return self.clone() };
                // A presented step's slides: Next shows its facts a slide at a time, Prev
                // retraces (from a step's picture to the previous step's last facts).
                let present = self.place.mode == Mode::Present;
                let slides =
                    |step: usize| if present { fact_slides(catalog, Route { step, ..route }) } else { 0 };
                let last = route.total(catalog).saturating_sub(1);
                let turn = |facts: u8| Nav {
                    facts,
                    moves: self.moves + 1,
                    blank: false,
                    cue: (0, 0),
                    ..self.clone()
                };
                match action {
                    Action::Next if self.facts < slides(route.step) => return turn(self.facts + 1),
                    Action::Next if self.facts > 0 && route.step == last => return self.clone(),
                    Action::Prev if self.facts > 0 => return turn(self.facts - 1),
                    Action::Prev if route.step > 0 => facts = slides(route.step - 1),
                    _ => {}
                }
                let step = match action {
                    Action::Next => (route.step + 1).min(last),
                    Action::Prev => route.step.saturating_sub(1),
                    Action::First => 0,
                    Action::Last => last,
                    Action::GoTo(i) => i.min(last),
                    _ => unreachable!(),
                };
                place.view = View::Step(Route { step, ..route });
            }
            Action::Show(view) => {
                place.view = clamp(view, catalog);
                // A therapy walks one pathway: leaving it for another pathway's step drops it.
                if let (View::Step(r), Some(t)) = (place.view, place.therapy) {
                    if therapies[t].pathway != r.pathway {
                        place.therapy = None;
                    }
                }
            }
            Action::ChooseTherapy(choice) => {
                place.therapy = choice.filter(|&t| t < therapies.len());
                if let Some(t) = place.therapy {
                    let own = therapies[t].pathway;
                    // Walk its pathway: at the same stage if the reader is on another
                    // pathway's step, from the start if on a page; stay if already on it.
                    match self.route() {
                        Some(r) if r.pathway == own => {}
                        Some(r) => {
                            let to = r.same_stage_in(own, catalog).unwrap_or(Route { pathway: own, step: 0 });
                            place.view = View::Step(to);
                        }
                        None => place.view = View::Step(Route { pathway: own, step: 0 }),
                    }
                }
            }
            Action::Open(parsed) => {
                let moved = parsed.place.view != self.place.view;
                return Nav {
                    place: parsed.place,
                    notes: parsed.notes,
                    moves: self.moves + u32::from(moved),
                    theme: self.theme,
                    blank: false,
                    lang: self.lang,
                    hide_labels: self.hide_labels,
                    cue: if moved { (0, 0) } else { self.cue },
                    facts: if moved { 0 } else { self.facts },
                };
            }
            Action::DismissNote => return Nav { notes: Vec::new(), ..self.clone() },
            Action::SetTheme(theme) => return Nav { theme, ..self.clone() },
            Action::SetLang(lang) => return Nav { lang, ..self.clone() },
            Action::ToggleLabels => return Nav { hide_labels: !self.hide_labels, ..self.clone() },
            Action::Frame(n) => {
                if self.route().is_none() {
                    return self.clone();
                }
                return Nav { cue: (self.cue.0 + 1, n), ..self.clone() };
            }
            Action::ToggleBlank => {
                let blank = !self.blank && self.place.mode == Mode::Present;
                return Nav { blank, ..self.clone() };
            }
            Action::SetMotion(motion) => place.motion = motion,
            Action::SetMode(mode) => place.mode = mode,
        }
        if place == self.place && facts == self.facts {
            return self.clone();
        }
        let moved = place.view != self.place.view;
        Nav {
            place,
            notes: Vec::new(),
            moves: self.moves + u32::from(moved),
            theme: self.theme,
            blank: false,
            lang: self.lang,
            hide_labels: self.hide_labels,
            cue: (0, 0),
            facts,
        }
    }
}

/// A view made valid: a step inside its pathway.
fn clamp(view: View, catalog: &Catalog) -> View {
    match view {
        View::Step(r) => {
            let pathway = r.pathway.min(catalog.pathways.len().saturating_sub(1));
            let route = Route { pathway, step: 0 };
            View::Step(Route { step: r.step.min(route.total(catalog).saturating_sub(1)), ..route })
        }
        page => page,
    }
}

#[cfg(test)]
#[path = "nav_tests.rs"]
mod tests;
