//! The embed protocol, defined once: what crosses between the widget and the script that
//! mounted it (`static/explainer.js`, `static/boot.js`; ARCHITECTURE.md, "Embedding").
//! `static/protocol.js` is generated from these tables (`scripts/generate`), and golden
//! cases in `tests/protocol/golden.json` are checked on both sides.
//!
//! - **Settings** a host gives (the element's attributes, the widget page's query, the
//!   fields of a command) are the [`Setting`]s, read by [`settings`](super::settings).
//! - **Events** out: [`HostEvent`], encoded as one string of names and values joined by
//!   [`SEP`] (`type␟step-changed␟view␟in-vivo/2…`: one string crosses into JS more cheaply
//!   than an array); the script turns it into the documented message, with the fields in
//!   [`NUMBER_FIELDS`] as numbers.
//! - **Commands** in: a documented message of a [`COMMANDS`] type becomes the same kind
//!   of list (`pathway␟hsct␟step␟3`), read like attributes.

use super::route::View;
use crate::content::Catalog;

/// The separator of names and values in the strings exchanged with the script (U+001F).
pub const SEP: char = '\u{1f}';

/// The `source` of every message, which a host checks before trusting one.
pub const SOURCE: &str = "gene-therapy-explainer";

/// The message format's version; a change that breaks a host raises it.
pub const VERSION: u32 = 1;

/// The message an iframe's page (`boot.js`) sends with the widget's height in CSS pixels,
/// `{type: "height", height}`, which `embed-resize.js` fits the frame to.
pub const HEIGHT: &str = "height";

/// The message `embed-resize.js` sends an iframe's page as the host page scrolls:
/// `{type: "viewport", top, bottom}`, the part of the frame in the host's window, in the
/// frame's CSS pixels. `boot.js` keeps Previous / Next at its bottom edge, as the sticky bar
/// does on the widget's own page.
pub const VIEWPORT: &str = "viewport";

/// The fields whose values are numbers in the documented message (`height` is sent by
/// `boot.js` for an iframe).
pub const NUMBER_FIELDS: [&str; 3] = ["step", "total", "height"];

/// A setting a host page can give, by its attribute (and query) name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Setting {
    Pathway,
    Step,
    Therapy,
    Theme,
    Mode,
    Motion,
    Lang,
    SyncUrl,
}

impl Setting {
    /// Every setting; the custom element observes each as an attribute.
    pub const ALL: [Setting; 8] = [
        Setting::Pathway,
        Setting::Step,
        Setting::Therapy,
        Setting::Theme,
        Setting::Mode,
        Setting::Motion,
        Setting::Lang,
        Setting::SyncUrl,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Setting::Pathway => "pathway",
            Setting::Step => "step",
            Setting::Therapy => "therapy",
            Setting::Theme => "theme",
            Setting::Mode => "mode",
            Setting::Motion => "motion",
            Setting::Lang => "lang",
            Setting::SyncUrl => "sync-url",
        }
    }

    /// The setting with this (lower-case) name.
    pub fn parse(name: &str) -> Option<Setting> {
        Setting::ALL.into_iter().find(|s| s.name() == name)
    }
}

/// The commands a host may send, by message `type`, with the settings each may carry.
pub const COMMANDS: [(&str, &[Setting]); 5] = [
    ("go", &[Setting::Pathway, Setting::Step, Setting::Therapy]),
    ("set-theme", &[Setting::Theme]),
    ("set-mode", &[Setting::Mode]),
    ("set-motion", &[Setting::Motion]),
    ("set-lang", &[Setting::Lang]),
];

/// What the widget tells the script that mounted it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HostEvent {
    /// The first view is on screen.
    Ready(View),
    /// The reader moved to another view.
    StepChanged(View),
    /// The reader reached a pathway's last step (index), once per pathway.
    PathwayCompleted(usize),
}

impl HostEvent {
    /// Every event type, as the message's `type`.
    pub const TYPES: [&str; 3] = ["ready", "step-changed", "pathway-completed"];

    pub fn kind(self) -> &'static str {
        match self {
            HostEvent::Ready(_) => Self::TYPES[0],
            HostEvent::StepChanged(_) => Self::TYPES[1],
            HostEvent::PathwayCompleted(_) => Self::TYPES[2],
        }
    }

    /// The fields after the type: a view is named by `view` (`ex-vivo/3`, `compare`) and,
    /// for a step, its pathway, 1-based step and the pathway's length.
    pub fn fields(self, catalog: &Catalog) -> Vec<(&'static str, String)> {
        let pathway_id = |i: usize| catalog.pathways.get(i).map_or(catalog.default_pathway, |p| p.id);
        match self {
            HostEvent::Ready(view) | HostEvent::StepChanged(view) => match view {
                View::Step(r) => {
                    let id = pathway_id(r.pathway);
                    let step = (r.step + 1).to_string();
                    vec![
                        ("view", format!("{id}/{step}")),
                        ("pathway", id.to_string()),
                        ("step", step),
                        ("total", r.total(catalog).to_string()),
                    ]
                }
                View::Page(p) => vec![("view", p.slug().to_string())],
            },
            HostEvent::PathwayCompleted(i) => vec![("pathway", pathway_id(i).to_string())],
        }
    }

    /// The event as the script reads it: `type␟<kind>␟name␟value…`.
    pub fn encode(self, catalog: &Catalog) -> String {
        let mut out = String::from("type");
        out.push(SEP);
        out.push_str(self.kind());
        for (name, value) in self.fields(catalog) {
            out.push(SEP);
            out.push_str(name);
            out.push(SEP);
            out.push_str(&value);
        }
        out
    }
}

/// Pairs from `name␟value␟name␟value`; an odd last name gets an empty value.
pub fn pairs(list: &str) -> Vec<(String, String)> {
    let items: Vec<&str> = if list.is_empty() { Vec::new() } else { list.split(SEP).collect() };
    items.chunks(2).map(|c| (c[0].to_string(), c.get(1).unwrap_or(&"").to_string())).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::CATALOG;
    use crate::model::route::{Page, Route};

    #[test]
    fn a_step_event_names_the_view_its_pathway_step_and_length() {
        let i = CATALOG.pathway_index("in-vivo").unwrap();
        let total = CATALOG.pathways[i].steps.len();
        let e = HostEvent::StepChanged(View::Step(Route { pathway: i, step: 1 }));
        assert_eq!(
            e.encode(&CATALOG),
            format!("type\u{1f}step-changed\u{1f}view\u{1f}in-vivo/2\u{1f}pathway\u{1f}in-vivo\u{1f}step\u{1f}2\u{1f}total\u{1f}{total}")
        );
        assert_eq!(
            HostEvent::Ready(View::Page(Page::Compare)).encode(&CATALOG),
            "type\u{1f}ready\u{1f}view\u{1f}compare"
        );
        assert_eq!(
            HostEvent::PathwayCompleted(i).encode(&CATALOG),
            "type\u{1f}pathway-completed\u{1f}pathway\u{1f}in-vivo"
        );
    }

    #[test]
    fn pairs_read_names_and_values_and_tolerate_an_odd_end() {
        assert_eq!(pairs(""), Vec::<(String, String)>::new());
        assert_eq!(pairs("a\u{1f}1\u{1f}b"), vec![("a".into(), "1".into()), ("b".into(), String::new())]);
    }

    #[test]
    fn names_are_unique_across_settings_events_and_commands() {
        let mut names: Vec<&str> = Setting::ALL.iter().map(|s| s.name()).collect();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), Setting::ALL.len(), "a setting name twice");
        let mut types: Vec<&str> =
            HostEvent::TYPES.iter().copied().chain([HEIGHT, VIEWPORT]).chain(COMMANDS.map(|c| c.0)).collect();
        let n = types.len();
        types.sort_unstable();
        types.dedup();
        assert_eq!(types.len(), n, "a message type twice: {types:?}");
    }
}
