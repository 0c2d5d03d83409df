//! Looking up and filling the words of one locale.

use super::{LocaleData, Msg};

/// The words of one locale. Cheap to copy; compare by tag and by which later words it has.
#[derive(Clone, Copy, Debug)]
pub struct Texts(pub &'static LocaleData, pub Later);

/// The words a release build for the browser fetches when they are needed (a product's
/// details: `build/generate.rs`), for one locale: not asked for yet or on their way, there,
/// or they could not be fetched. Every other build has them compiled in.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Later {
    Waiting,
    Here(&'static str),
    Failed,
}

impl PartialEq for Texts {
    fn eq(&self, other: &Self) -> bool {
        let same_later = match (self.1, other.1) {
            (Later::Here(a), Later::Here(b)) => std::ptr::eq(a, b),
            (Later::Waiting, Later::Waiting) | (Later::Failed, Later::Failed) => true,
            _ => false,
        };
        self.0.tag == other.0.tag && same_later
    }
}

/// The top bit of a message's length marks words fetched later (`build/emit.rs` sets it;
/// the build cannot import the crate, so it has its own copy).
pub const LATER: u16 = 0x8000;

impl Texts {
    /// The words of a locale (its later words not fetched yet).
    pub fn of(data: &'static LocaleData) -> Self {
        Texts(data, Later::Waiting)
    }

    /// English, the locale every other one is checked against.
    pub fn en() -> Self {
        Texts::of(super::locale("en").expect("the en locale is compiled in"))
    }

    /// The locale at `index` in [`locale_tags`](super::locale_tags) (English if none).
    pub fn by_index(index: usize) -> Self {
        super::locale_tags().get(index).and_then(|t| super::locale(t)).map_or_else(Texts::en, Texts::of)
    }

    /// These words with the later ones as they now are.
    pub fn with_later(self, later: Later) -> Self {
        Texts(self.0, later)
    }

    pub fn lang(&self) -> &'static str {
        self.0.tag
    }

    /// Whether every word is here: compiled in, or the later ones fetched.
    pub fn complete(&self) -> bool {
        !super::SPLIT || matches!(self.1, Later::Here(_))
    }

    /// The later words failed to arrive (a product's details say so instead).
    pub fn failed(&self) -> bool {
        super::SPLIT && matches!(self.1, Later::Failed)
    }

    /// How many bytes the later words of this locale hold: a fetched file of another
    /// length belongs to another build and is not used.
    pub fn later_len(&self) -> usize {
        self.0.lens.iter().filter(|&&l| l & LATER != 0).map(|&l| usize::from(l & !LATER)).sum()
    }

    /// The message in this locale; empty if the locale lacks it, or if its words come
    /// later and are not here yet.
    pub fn raw(&self, m: Msg) -> &'static str {
        let i = usize::from(m.0);
        let lens = self.0.lens;
        let Some(&at) = lens.get(i) else { return "" };
        let later = super::SPLIT && at & LATER != 0;
        // Where it starts: after the messages before it in the same string.
        let start: usize = lens[..i]
            .iter()
            .filter(|&&l| !super::SPLIT || (l & LATER != 0) == later)
            .map(|&l| usize::from(l & !LATER))
            .sum();
        let text = match (later, self.1) {
            (false, _) => self.0.text,
            (true, Later::Here(text)) => text,
            (true, _) => "",
        };
        text.get(start..start + usize::from(at & !LATER)).unwrap_or("")
    }

    /// The message; English where this locale lacks it, so a gap never blanks the widget.
    /// A message with a plural choice is shown through [`fmt`](Self::fmt), never this.
    pub fn t(&self, m: Msg) -> &'static str {
        let text = self.found(m).0;
        debug_assert!(!text.contains(CHOICE), "{m:?} has a plural choice: show it with fmt");
        text
    }

    /// The message and the tag of the locale it came from (English where this one lacks it).
    fn found(&self, m: Msg) -> (&'static str, &'static str) {
        match self.raw(m) {
            // (A later message missing from this locale stays empty: the English later words
            // are a file of their own, not fetched for another locale.)
            "" if self.0.tag != "en" => (Texts::en().raw(m), "en"),
            text => (text, self.0.tag),
        }
    }

    /// The message with its plural choices made and its `{$name}` placeholders filled
    /// from `args`.
    pub fn fmt(&self, m: Msg, args: &[(&str, &str)]) -> String {
        // The plural rules of the language the words are in (English, for a gap).
        let (pattern, tag) = self.found(m);
        if pattern.contains(CHOICE) {
            fill(&choose(pattern, args, tag), args)
        } else {
            fill(pattern, args)
        }
    }

    /// The message with this key, if the locale has it (tests and tools; keys are not
    /// shipped in the wasm).
    #[cfg(not(target_arch = "wasm32"))]
    pub fn get(&self, key: &str) -> Option<&'static str> {
        let i = super::KEYS.binary_search(&key).ok()?;
        Some(self.raw(Msg(i as u16))).filter(|t| !t.is_empty())
    }
}

/// Where build/ wrote a plural choice: `\u{1}var`, then each variant as `\u{2}` (`*` for
/// the default) key `\u{3}` words, then `\u{4}`.
const CHOICE: char = '\u{1}';
const VARIANT: char = '\u{2}';
const WORDS: char = '\u{3}';
const END: char = '\u{4}';

/// `pattern` with each plural choice replaced by the variant for its variable's value in
/// `args`: the variant whose key is that number, else the one named by the locale's plural
/// category for it, else the default. A value that is not a whole number takes the default.
pub fn choose(pattern: &str, args: &[(&str, &str)], tag: &str) -> String {
    let mut out = String::with_capacity(pattern.len());
    let mut rest = pattern;
    while let Some((before, after)) = rest.split_once(CHOICE) {
        out.push_str(before);
        let (choice, tail) = after.split_once(END).unwrap_or((after, ""));
        let mut parts = choice.split(VARIANT);
        let var = parts.next().unwrap_or("");
        let n = args.iter().find(|(k, _)| *k == var).and_then(|(_, v)| v.parse::<u64>().ok());
        let category = n.map(|n| super::plural::category(tag, n).name());
        let (mut exact, mut named, mut default) = (None, None, "");
        for variant in parts {
            let (key, words) = variant.split_once(WORDS).unwrap_or((variant, ""));
            let (is_default, key) = match key.strip_prefix('*') {
                Some(k) => (true, k),
                None => (false, key),
            };
            if is_default {
                default = words;
            }
            if n.is_some_and(|n| key.parse::<u64>() == Ok(n)) {
                exact = Some(words);
            } else if category == Some(key) {
                named = Some(words);
            }
        }
        out.push_str(exact.or(named).unwrap_or(default));
        rest = tail;
    }
    out.push_str(rest);
    out
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
    fn a_choice_takes_the_exact_number_then_the_category_then_the_default() {
        let p = "\u{1}n\u{2}0\u{3}none\u{2}one\u{3}1 day\u{2}*other\u{3}{$n} days\u{4} before";
        assert_eq!(choose(p, &[("n", "0")], "en"), "none before");
        assert_eq!(choose(p, &[("n", "1")], "en"), "1 day before");
        assert_eq!(choose(p, &[("n", "7")], "en"), "{$n} days before");
        assert_eq!(choose(p, &[("n", "many")], "en"), "{$n} days before", "not a number: the default");
        assert_eq!(choose(p, &[], "en"), "{$n} days before", "no value: the default");
        let ar = "\u{1}n\u{2}two\u{3}يومان\u{2}few\u{3}{$n} أيام\u{2}*other\u{3}{$n} يوم\u{4}";
        assert_eq!(choose(ar, &[("n", "2")], "ar"), "يومان");
        assert_eq!(choose(ar, &[("n", "5")], "ar"), "{$n} أيام");
        assert_eq!(choose(ar, &[("n", "100")], "ar"), "{$n} يوم");
        assert_eq!(choose("no choice", &[("n", "1")], "en"), "no choice");
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
