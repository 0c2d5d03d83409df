//! The pure model: where the reader is (route), how they move (navigation), and how
//! that is written in a URL. No yew, no web_sys: tested with plain `cargo test`.

pub mod nav;
pub mod player;
pub mod protocol;
pub mod route;
pub mod settings;
pub mod share;
pub mod timeline;

pub use nav::{fact_slides, Action, Nav, FACTS_PER_SLIDE};
pub use player::Player;
pub use route::{Links, Mode, Motion, Page, Parsed, Place, Route, RouteNote, View};
pub use settings::{Command, Settings, Theme};

/// The navigation action for a key, if any: arrows and Page Up/Down (presenter remotes)
/// step, Home and End jump, B (or `.`, what many remotes send) blanks a presentation,
/// and the digits 1 to 9 show that key frame of the step's picture. Other keys are left
/// to the page.
pub fn key_action(key: &str) -> Option<Action> {
    if let [d @ b'1'..=b'9'] = key.as_bytes() {
        return Some(Action::Frame(usize::from(d - b'1')));
    }
    match key {
        "b" | "B" | "." => Some(Action::ToggleBlank),
        "ArrowRight" | "PageDown" => Some(Action::Next),
        "ArrowLeft" | "PageUp" => Some(Action::Prev),
        "Home" => Some(Action::First),
        "End" => Some(Action::Last),
        _ => None,
    }
}

/// The navigation action for a finished touch gesture of (`dx`, `dy`) CSS pixels, if it
/// was a deliberate horizontal swipe: far enough, and more sideways than up or down.
pub fn swipe_action(dx: i32, dy: i32) -> Option<Action> {
    const MIN_DISTANCE: i32 = 50;
    if dx.abs() < MIN_DISTANCE || dx.abs() < 2 * dy.abs() {
        return None;
    }
    // Finger moves left: the next step comes in from the right.
    Some(if dx < 0 { Action::Next } else { Action::Prev })
}

/// Fixtures for the model's tests.
#[cfg(test)]
pub(crate) mod testing {
    use crate::content::{Msg, Src, TherapyDef};

    /// Two made-up products (alpha: ex vivo, beta: in vivo), so tests do not depend on
    /// the therapy content.
    pub static THERAPIES: &[TherapyDef] = &[therapy("alpha", EX_VIVO), therapy("beta", IN_VIVO)];

    /// The pathways' places in the catalog (`fixture_pathways_are_where_the_catalog_has_them`).
    const EX_VIVO: usize = 0;
    const IN_VIVO: usize = 1;

    #[test]
    fn fixture_pathways_are_where_the_catalog_has_them() {
        use crate::content::CATALOG;
        assert_eq!(CATALOG.pathway_index("ex-vivo"), Some(EX_VIVO));
        assert_eq!(CATALOG.pathway_index("in-vivo"), Some(IN_VIVO));
    }

    const fn therapy(id: &'static str, pathway: usize) -> TherapyDef {
        TherapyDef {
            id,
            pathway,
            route: None,
            sources: &[],
            name_key: Msg(0),
            generic_key: Msg(0),
            disease_key: Msg(0),
            who_key: Msg(0),
            tool_key: Msg(0),
            route_key: Msg(0),
            approved_key: Msg(0),
            caveat: None,
            notes: &[],
            label: Src(0),
            checked: "",
            skip: &[],
            glance: &[],
            scenes: &[],
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_map_to_actions() {
        assert_eq!(key_action("ArrowRight"), Some(Action::Next));
        assert_eq!(key_action("PageDown"), Some(Action::Next));
        assert_eq!(key_action("ArrowLeft"), Some(Action::Prev));
        assert_eq!(key_action("PageUp"), Some(Action::Prev));
        assert_eq!(key_action("Home"), Some(Action::First));
        assert_eq!(key_action("End"), Some(Action::Last));
        assert_eq!(key_action("ArrowDown"), None);
        assert_eq!(key_action("a"), None);
        assert_eq!(key_action("1"), Some(Action::Frame(0)));
        assert_eq!(key_action("3"), Some(Action::Frame(2)));
        assert_eq!(key_action("0"), None);
        assert_eq!(key_action("12"), None);
        assert_eq!(key_action("b"), Some(Action::ToggleBlank));
    }

    #[test]
    fn only_clear_horizontal_swipes_navigate() {
        assert_eq!(swipe_action(-120, 10), Some(Action::Next));
        assert_eq!(swipe_action(120, -10), Some(Action::Prev));
        assert_eq!(swipe_action(-30, 0), None, "too short");
        assert_eq!(swipe_action(-120, 90), None, "too diagonal: probably a scroll");
        assert_eq!(swipe_action(0, 0), None);
    }
}
