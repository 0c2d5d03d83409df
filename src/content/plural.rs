//! Plural categories, for Fluent's `{ $n -> [one] … *[other] … }` in the content files: the
//! CLDR cardinal rules for whole numbers in the locales the guide is written or planned in
//! (en, es, da, ar). A translator chooses the words per category in the `.ftl` file; this
//! only says which category a number falls in. Whole numbers only: the guide never says
//! "1.5 days". `tests/plural.rs` checks these rules against CLDR (ICU's `Intl.PluralRules`)
//! for every number up to 2,000 and some large ones. No crate is shipped for this: rules
//! for every language would outweigh these four.
//! Self-contained (no `crate::` paths): build/ includes this file to check the variant
//! names in each locale's files.

/// A CLDR plural category.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Category {
    Zero,
    One,
    Two,
    Few,
    Many,
    Other,
}

impl Category {
    /// The name a Fluent variant uses: `[one]`.
    pub fn name(self) -> &'static str {
        match self {
            Category::Zero => "zero",
            Category::One => "one",
            Category::Two => "two",
            Category::Few => "few",
            Category::Many => "many",
            Category::Other => "other",
        }
    }
}

/// The categories a locale's whole numbers fall in (the variant names its files may use),
/// or `None` for a locale without rules here.
pub fn categories(tag: &str) -> Option<&'static [Category]> {
    use Category::*;
    Some(match tag {
        "en" | "da" => &[One, Other],
        "es" => &[One, Many, Other],
        "ar" => &[Zero, One, Two, Few, Many, Other],
        _ => return None,
    })
}

/// The category of the whole number `n` in the locale `tag` (`Other` for a locale without rules).
pub fn category(tag: &str, n: u64) -> Category {
    match tag {
        "en" | "da" => {
            if n == 1 {
                Category::One
            } else {
                Category::Other
            }
        }
        "es" => match n {
            1 => Category::One,
            n if n != 0 && n % 1_000_000 == 0 => Category::Many,
            _ => Category::Other,
        },
        "ar" => match (n, n % 100) {
            (0, _) => Category::Zero,
            (1, _) => Category::One,
            (2, _) => Category::Two,
            (_, 3..=10) => Category::Few,
            (_, 11..=99) => Category::Many,
            _ => Category::Other,
        },
        _ => Category::Other,
    }
}
