//! The navigation state machine: one state, a handful of actions, no side effects.
//!
//! ```text
//!            Next / Prev / First / Last / GoTo(i)        Open(parsed URL)
//!   Nav ─────────────────────────────────────────► Nav' ◄──────────────── browser
//!   (route, note, moves)   clamped to the pathway         back / forward / link
//! ```
//! `moves` counts step changes after the first view, so the view moves focus to the
//! new heading only when the reader moved, never on first load (a host page keeps focus).

use super::route::{Parsed, Route, RouteNote};
use crate::content::Catalog;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Nav {
    pub route: Route,
    /// Shown until the reader moves or dismisses it.
    pub note: Option<RouteNote>,
    /// How many times the step changed since the widget opened.
    pub moves: u32,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Action {
    Next,
    Prev,
    First,
    Last,
    /// Jump to a 0-based step of the current pathway.
    GoTo(usize),
    /// The URL changed (a link, back or forward).
    Open(Parsed),
    DismissNote,
}

impl Nav {
    pub fn new(parsed: Parsed) -> Nav {
        Nav { route: parsed.route, note: parsed.note, moves: 0 }
    }

    pub fn total(&self, catalog: &Catalog) -> usize {
        self.route.total(catalog)
    }

    pub fn is_first(&self) -> bool {
        self.route.step == 0
    }

    pub fn is_last(&self, catalog: &Catalog) -> bool {
        self.route.step + 1 >= self.total(catalog)
    }

    /// The state after `action`. Moving past either end stays put.
    pub fn apply(&self, action: Action, catalog: &Catalog) -> Nav {
        let last = self.total(catalog).saturating_sub(1);
        let step = self.route.step;
        let target = match action {
            Action::Next => Route { step: (step + 1).min(last), ..self.route },
            Action::Prev => Route { step: step.saturating_sub(1), ..self.route },
            Action::First => Route { step: 0, ..self.route },
            Action::Last => Route { step: last, ..self.route },
            Action::GoTo(i) => Route { step: i.min(last), ..self.route },
            Action::Open(parsed) => {
                let moved = parsed.route != self.route;
                return Nav { route: parsed.route, note: parsed.note, moves: self.moves + u32::from(moved) };
            }
            Action::DismissNote => return Nav { note: None, ..self.clone() },
        };
        if target == self.route {
            return self.clone();
        }
        Nav { route: target, note: None, moves: self.moves + 1 }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::CATALOG;
    use crate::model::route::parse;

    fn at(step: usize) -> Nav {
        Nav::new(Parsed { route: Route { pathway: 0, step }, note: None })
    }

    fn last() -> usize {
        CATALOG.pathways[0].steps.len() - 1
    }

    #[test]
    fn next_and_prev_move_one_step_and_count_moves() {
        let n = at(0).apply(Action::Next, &CATALOG);
        assert_eq!((n.route.step, n.moves), (1, 1));
        let p = n.apply(Action::Prev, &CATALOG);
        assert_eq!((p.route.step, p.moves), (0, 2));
    }

    #[test]
    fn moving_past_either_end_changes_nothing() {
        let first = at(0);
        assert_eq!(first.apply(Action::Prev, &CATALOG), first);
        assert_eq!(first.apply(Action::First, &CATALOG), first);
        let end = at(last());
        assert_eq!(end.apply(Action::Next, &CATALOG), end);
        assert_eq!(end.apply(Action::Last, &CATALOG), end);
    }

    #[test]
    fn home_end_and_goto_jump() {
        assert_eq!(at(3).apply(Action::First, &CATALOG).route.step, 0);
        assert_eq!(at(3).apply(Action::Last, &CATALOG).route.step, last());
        assert_eq!(at(0).apply(Action::GoTo(4), &CATALOG).route.step, 4);
        assert_eq!(at(0).apply(Action::GoTo(1000), &CATALOG).route.step, last());
    }

    #[test]
    fn ends_are_reported() {
        assert!(at(0).is_first() && !at(0).is_last(&CATALOG));
        assert!(at(last()).is_last(&CATALOG) && !at(last()).is_first());
    }

    #[test]
    fn moving_clears_a_note_and_dismiss_clears_it_in_place() {
        let noted = Nav::new(parse("#/ex-vivo/99", &CATALOG));
        assert!(noted.note.is_some());
        assert_eq!(noted.apply(Action::Prev, &CATALOG).note, None);
        let dismissed = noted.apply(Action::DismissNote, &CATALOG);
        assert_eq!((dismissed.note.clone(), dismissed.route, dismissed.moves), (None, noted.route, 0));
    }

    #[test]
    fn opening_a_url_counts_a_move_only_when_the_step_changes() {
        let start = at(2);
        let same = start.apply(Action::Open(parse("#/ex-vivo/3", &CATALOG)), &CATALOG);
        assert_eq!(same.moves, 0);
        let other = start.apply(Action::Open(parse("#/ex-vivo/5", &CATALOG)), &CATALOG);
        assert_eq!((other.route.step, other.moves), (4, 1));
        let bad = start.apply(Action::Open(parse("#/nowhere/1", &CATALOG)), &CATALOG);
        assert!(matches!(bad.note, Some(RouteNote::UnknownPathway { .. })));
    }
}
