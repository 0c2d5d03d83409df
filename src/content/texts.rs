//! Looking up and filling the words of one locale.

use super::LocaleData;

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

    pub fn lang(&self) -> &'static str {
        self.0.tag
    }

    /// The message for `key`, or `None` if this locale lacks it.
    pub fn get(&self, key: &str) -> Option<&'static str> {
        let messages = self.0.messages;
        messages.binary_search_by(|(k, _)| (*k).cmp(key)).ok().map(|i| messages[i].1)
    }

    /// The message for `key`; the key itself if missing, so a gap is visible, never a crash.
    pub fn t(&self, key: &'static str) -> &'static str {
        self.get(key).unwrap_or(key)
    }

    /// The message for `key` with its `{$name}` placeholders filled from `args`.
    pub fn fmt(&self, key: &'static str, args: &[(&str, &str)]) -> String {
        fill(self.t(key), args)
    }
}

/// Replaces each `{$name}` in `pattern` with its value in `args`. An unknown name is
/// left as written, so the gap shows (and the content tests catch it).
pub fn fill(pattern: &str, args: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(pattern.len() + 16);
    let mut rest = pattern;
    while let Some(start) = rest.find("{$") {
        out.push_str(&rest[..start]);
        let after = &rest[start + 2..];
        match after.find('}') {
            Some(end) => {
                let name = &after[..end];
                match args.iter().find(|(n, _)| *n == name) {
                    Some((_, value)) => out.push_str(value),
                    None => out.push_str(&rest[start..start + 2 + end + 1]),
                }
                rest = &after[end + 1..];
            }
            None => {
                out.push_str(&rest[start..]);
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

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
    fn lookup_finds_messages_and_attributes_and_reports_missing() {
        const MISSING: &str = "no-such-key";
        let en = Texts::en();
        assert_eq!(en.get("nav-next"), Some("Next"));
        assert_eq!(en.get("source-idf.short"), Some("IDF handbook"));
        assert_eq!(en.get(MISSING), None);
        assert_eq!(en.t(MISSING), MISSING);
    }

    #[test]
    fn terms_are_inlined() {
        assert_eq!(Texts::en().get("app-title"), Some("How gene therapy works"));
    }
}
