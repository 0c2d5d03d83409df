//! Settings an embed gives: the attributes of `<gene-therapy-explainer>`, or the query of
//! the widget page's own URL (`index.html?pathway=in-vivo&step=2&theme=dark`, the iframe
//! embed). The same forgiving rules as the URL hash: any input gives a valid
//! configuration, and what could not be honoured comes back as notes.
//!
//! ```text
//! pathway   ex-vivo | in-vivo | hsct           step     1..=steps (default 1)
//! therapy   a therapy id                       lang     a content locale (en)
//! theme     auto | light | dark                mode     full | compact | present
//! motion    auto | still | moving              sync-url true | false (write the page URL)
//! ```
//! Attributes every HTML element may carry (`class`, `id`, `style`, `data-*`, `aria-*`…)
//! are the host page's and are ignored.

use super::protocol::Setting;
use super::route::{self, Parsed, RouteNote};
use crate::content::{Catalog, TherapyDef};

/// Colours: as the reader's system asks, or fixed by the host page.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Theme {
    #[default]
    Auto,
    Light,
    Dark,
}

impl Theme {
    pub fn slug(self) -> &'static str {
        match self {
            Theme::Auto => "auto",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }

    pub fn from_slug(s: &str) -> Option<Theme> {
        [Theme::Auto, Theme::Light, Theme::Dark].into_iter().find(|t| t.slug() == s)
    }
}

/// A widget's configuration when it opens.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Settings {
    /// The first place (and its notes: unknown pathway, step out of range…).
    pub parsed: Parsed,
    pub theme: Theme,
    /// Index into the locales the widget was given.
    pub lang: usize,
    /// Whether the widget keeps the page's URL (hash and title) in step with it.
    pub sync_url: bool,
    /// Notes about settings that are not part of the place (theme, lang, sync-url, unknown
    /// attributes); kept apart so a URL hash can replace the place without losing them.
    pub other_notes: Vec<RouteNote>,
}

impl Settings {
    /// Every note, the place's first.
    pub fn notes(&self) -> Vec<RouteNote> {
        self.parsed.notes.iter().chain(&self.other_notes).cloned().collect()
    }

    /// The place from a URL hash instead (the widget page's own hash wins over its query,
    /// so back, forward and shared step links work). An empty hash changes nothing.
    pub fn with_hash(mut self, hash: &str, catalog: &Catalog, therapies: &[TherapyDef]) -> Settings {
        if !hash.trim_start_matches('#').is_empty() {
            self.parsed = route::parse(hash, catalog, therapies);
        }
        self
    }
}

/// Attributes a host element carries for the page's own purposes.
fn belongs_to_host(name: &str) -> bool {
    matches!(
        name,
        "class" | "id" | "style" | "slot" | "hidden" | "title" | "tabindex" | "part" | "dir" | "role"
    ) || name.starts_with("data-")
        || name.starts_with("aria-")
}

/// Reads `(name, value)` pairs. `locales` are the content locale tags, the first the
/// default.
pub fn read(
    pairs: &[(String, String)],
    locales: &[&str],
    catalog: &Catalog,
    therapies: &[TherapyDef],
) -> Settings {
    read_with_lang(pairs, locales, catalog, therapies).0
}

/// [`read`], and the locale the pairs asked for and got (the last good `lang`), if any.
fn read_with_lang(
    pairs: &[(String, String)],
    locales: &[&str],
    catalog: &Catalog,
    therapies: &[TherapyDef],
) -> (Settings, Option<usize>) {
    let (mut pathway, mut step, mut lang) = (None, None, None);
    let mut ask = route::Ask::default();
    let mut settings = Settings {
        parsed: Parsed { place: route::Place::start(catalog), notes: Vec::new() },
        theme: Theme::Auto,
        lang: 0,
        sync_url: false,
        other_notes: Vec::new(),
    };
    let bad = |name: &'static str, asked: &str| RouteNote::BadValue { name, asked: route::echo(asked) };
    let mut other = Vec::new();
    for (name, value) in pairs {
        let name = name.trim().to_ascii_lowercase();
        let value = value.trim();
        let lower = value.to_ascii_lowercase();
        let Some(setting) = Setting::parse(&name) else {
            if !belongs_to_host(&name) {
                other.push(RouteNote::UnknownParam { name: route::echo(&name) });
            }
            continue;
        };
        match setting {
            Setting::Pathway => pathway = Some(value).filter(|v| !v.is_empty()),
            Setting::Step => step = Some(value).filter(|v| !v.is_empty()),
            // Empty (an attribute removed or left blank): the default, without a note.
            Setting::Therapy | Setting::Mode if value.is_empty() => {}
            Setting::Therapy | Setting::Mode => ask.query.push((name, value.to_string())),
            Setting::Motion => match lower.as_str() {
                "" | "auto" => {}
                _ => ask.query.push((name, value.to_string())),
            },
            Setting::Theme if value.is_empty() => settings.theme = Theme::Auto,
            Setting::Theme => match Theme::from_slug(&lower) {
                Some(t) => settings.theme = t,
                None => other.push(bad("theme", value)),
            },
            Setting::Lang if value.is_empty() => lang = Some(0),
            Setting::Lang => match locales.iter().position(|l| l.eq_ignore_ascii_case(value)) {
                Some(i) => lang = Some(i),
                None => other.push(bad("lang", value)),
            },
            Setting::SyncUrl => match lower.as_str() {
                "" | "true" => settings.sync_url = true,
                "false" => settings.sync_url = false,
                _ => other.push(bad("sync-url", value)),
            },
        }
    }
    // The place is resolved as a URL's is, so both ways of asking behave alike: a step
    // alone is a step of the default pathway.
    ask.path = match (pathway, step) {
        (None, None) => Vec::new(),
        (p, None) => vec![p.unwrap_or(catalog.default_pathway).to_string()],
        (p, Some(s)) => vec![p.unwrap_or(catalog.default_pathway).to_string(), s.to_string()],
    };
    settings.parsed = route::resolve(&ask, catalog, therapies);
    settings.other_notes = other;
    settings.lang = lang.unwrap_or(0);
    (settings, lang)
}

/// What a command from the host page asks for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Command {
    /// The place to open, with notes for bad values.
    pub parsed: Parsed,
    /// The theme, if the command named one.
    pub theme: Option<Theme>,
    /// The locale (index), if the command named one the content has (empty: the default).
    pub lang: Option<usize>,
}

/// A command from the host page (`gte-command`), read like attributes but applied to the
/// place shown `now`: it keeps whatever it does not name (a step without a pathway is a
/// step of the default pathway, as in an attribute).
pub fn command(
    pairs: &[(String, String)],
    now: route::Place,
    locales: &[&str],
    catalog: &Catalog,
    therapies: &[TherapyDef],
) -> Command {
    let named = |s: Setting| pairs.iter().any(|(k, _)| k.trim().eq_ignore_ascii_case(s.name()));
    let (s, lang) = read_with_lang(pairs, locales, catalog, therapies);
    let mut parsed = s.parsed;
    parsed.notes.extend(s.other_notes);
    if !named(Setting::Mode) {
        parsed.place.mode = now.mode;
    }
    if !named(Setting::Motion) {
        parsed.place.motion = now.motion;
    }
    if !(named(Setting::Pathway) || named(Setting::Step) || named(Setting::Therapy)) {
        parsed.place.view = now.view;
        parsed.place.therapy = now.therapy;
    }
    Command { parsed, theme: named(Setting::Theme).then_some(s.theme), lang }
}

#[cfg(test)]
#[path = "settings_tests.rs"]
mod tests;
