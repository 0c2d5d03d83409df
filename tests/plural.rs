//! The widget's plural rules (`src/content/plural.rs`) agree with CLDR's for every whole
//! number up to 2,000 and some large ones, in every locale the guide has rules for, and
//! every locale the content has, has rules. The oracle is `Intl.PluralRules` in Node.js
//! (ICU's CLDR data; the test machine's Node is installed by `scripts/setup`): the Rust
//! crate `intl_pluralrules` was tried first, but its data predates CLDR 38 and it puts
//! Arabic 103 in `other` where CLDR says `few`.
#![cfg(not(target_arch = "wasm32"))]

use std::process::Command;

use gene_therapy_explainer::content::locale_tags;
use gene_therapy_explainer::content::plural::{categories, category};

const TAGS: [&str; 4] = ["en", "es", "da", "ar"];

fn numbers() -> Vec<u64> {
    (0..=2_000u64).chain([10_000, 100_000, 1_000_000, 1_000_001, 2_000_000, 10_000_003]).collect()
}

#[test]
fn the_rules_match_cldr_for_whole_numbers() {
    let list: Vec<String> = numbers().iter().map(u64::to_string).collect();
    let script = format!(
        "for (const t of {tags:?}) {{ const r = new Intl.PluralRules(t); \
         console.log([{list}].map((n) => r.select(n)).join(' ')); }}",
        tags = TAGS,
        list = list.join(",")
    );
    let out =
        Command::new("node").args(["-e", &script]).output().expect("node runs (scripts/setup installs it)");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let text = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), TAGS.len());
    for (tag, line) in TAGS.iter().zip(lines) {
        let all = categories(tag).unwrap();
        let cldr: Vec<&str> = line.split(' ').collect();
        assert_eq!(cldr.len(), numbers().len());
        for (n, want) in numbers().into_iter().zip(cldr) {
            assert_eq!(category(tag, n).name(), want, "{tag} {n}");
            assert!(all.iter().any(|c| c.name() == want), "{tag}: {want} is missing from its categories");
        }
    }
}

#[test]
fn every_content_locale_has_plural_rules() {
    for tag in locale_tags() {
        assert!(categories(tag).is_some(), "content/{tag}/: no plural rules in src/content/plural.rs");
    }
}
