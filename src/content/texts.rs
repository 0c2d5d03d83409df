//! Looking up and filling the words of one locale.

use super::{LocaleData, Msg};

/// The words of one locale. Cheap to copy; compare by tag.
#[derive(Clone, Copy, Debug)]
pub struct Texts(pub &'static LocaleData);

impl PartialEq for Texts {
    fn eq(&self, other: &Self) -> bool {
        self.0.tag == other.0.tag
    }
}

impl Texts {
    /// English, the locale every other one is checked against.
    pub fn en() -> Self {
        Texts(super::locale("en").expect("the en locale is compiled in"))
    }

    /// The locale at `index` in [`locale_tags`](super::locale_tags) (English if none).
    pub fn by_index(index: usize) -> Self {
        super::locale_tags().get(index).and_then(|t| super::locale(t)).map_or_else(Texts::en, Texts)
    }

    pub fn lang(&self) -> &'static str {
        self.0.tag
    }

    /// The message in this locale; empty if the locale lacks it.
    pub fn raw(&self, m: Msg) -> &'static str {
        let i = usize::from(m.0);
        let ends = self.0.ends;
        let end = ends.get(i).map_or(0, |&e| e as usize);
        let start = if i == 0 { 0 } else { ends.get(i - 1).map_or(end, |&e| e as usize) };
        self.0.text.get(start..end).unwrap_or("")
    }

    /// The message; English where this locale lacks it, so a gap never blanks the widget.
    pub fn t(&self, m: Msg) -> &'static str {
        match self.raw(m) {
            "" if self.0.tag != "en" => Texts::en().raw(m),
            text => text,
        }
    }

    /// The message with its `{$name}` placeholders filled from `args`.
    pub fn fmt(&self, m: Msg, args: &[(&str, &str)]) -> String {
        fill(self.t(m), args)
    }

    /// The message with this key, if the locale has it (tests and tools; keys are not
    /// shipped in the wasm).
    #[cfg(not(target_arch = "wasm32"))]
    pub fn get(&self, key: &str) -> Option<&'static str> {
        let i = super::KEYS.binary_search(&key).ok()?;
        Some(self.raw(Msg(i as u16))).filter(|t| !t.is_empty())
    }
}

/// Replaces each `{$name}` in `pattern` with its value in `args`. An unknown name is
/// left as written, so the gap shows (and the content tests catch it).
pub fn fill(pattern: &str, args: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(pattern.len() + 16);
    let mut rest = pattern;
    while let Some((before, after)) = rest.split_once("{$") {
        out.push_str(before);
        match after.split_once('}') {
            Some((name, tail)) => {
                match args.iter().find(|(n, _)| *n == name) {
                    Some((_, value)) => out.push_str(value),
                    None => {
                        out.push_str("{$");
                        out.push_str(name);
                        out.push('}');
                    }
                }
                rest = tail;
            }
            None => {
                out.push_str("{$");
                out.push_str(after);
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
}

// Native only: they look messages up by key, and keys are not compiled into the wasm.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::content::msg;

    #[test]
    fn fill_replaces_named_placeholders() {
        assert_eq!(fill("Step {$current} of {$total}", &[("total", "9"), ("current", "3")]), "Step 3 of 9");
    }

    #[test]
    fn fill_leaves_unknown_and_unclosed_placeholders_visible() {
        assert_eq!(fill("a {$x} b", &[]), "a {$x} b");
        assert_eq!(fill("a {$x", &[("x", "1")]), "a {$x");
        assert_eq!(fill("no placeholders", &[("x", "1")]), "no placeholders");
    }

    #[test]
    fn lookup_by_constant_and_by_key_agree() {
        let en = Texts::en();
        assert_eq!(en.t(msg::NAV_NEXT), "Next");
        assert_eq!(en.get("nav-next"), Some("Next"));
        assert_eq!(en.get("source-idf.short"), Some("IDF handbook"));
        assert_eq!(en.t(msg::SOURCE_IDF_SHORT), "IDF handbook");
        assert_eq!(en.get("no-such-key"), None);
    }

    #[test]
    fn messages_are_cut_exactly_at_their_ends() {
        // Neighbours must not bleed into each other (values as written in content/en/ui.ftl).
        let en = Texts::en();
        assert_eq!(en.t(msg::APP_TAGLINE), "A step-by-step guide, with the source of every fact.");
        assert_eq!(en.t(msg::NAV_PREVIOUS), "Previous");
        assert_eq!(en.t(msg::VIEWS_LABEL), "Guides and views");
        assert_eq!(en.raw(Msg(u16::MAX)), "", "out of range is empty, not a panic");
    }

    #[test]
    fn terms_are_inlined() {
        assert_eq!(Texts::en().t(msg::APP_TITLE), "How gene therapy works");
    }
}
