//! The words: every `content/<tag>/*.ftl` file, parsed with `fluent-syntax` and flattened
//! into the widget's run-time form (content/texts.rs reads it). Terms are inlined; a
//! message defined twice, a syntax error or an expression the widget cannot show stops the
//! build, naming the file.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::fs;
use std::path::Path;

use fluent_syntax::ast;

use crate::plural;

/// A locale: its tag and its messages by key (`step-ex-vivo-lab.lead`).
pub type Locale = (String, BTreeMap<String, String>);

/// Every locale folder `content/<tag>/`: its messages by key.
pub fn read_locales() -> Vec<Locale> {
    let mut tags: Vec<_> = fs::read_dir("content")
        .expect("read content/")
        .filter_map(|e| e.ok())
        .filter(|e| is_locale_dir(&e.path()))
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    tags.sort();
    tags.into_iter()
        .map(|tag| {
            let mut messages = BTreeMap::new();
            for (key, value) in read_locale(&tag) {
                if messages.insert(key.clone(), value).is_some() {
                    panic!("content/{tag}: the message `{key}` is defined twice");
                }
            }
            (tag, messages)
        })
        .collect()
}

/// A locale is a folder of `.ftl` files (`content/pathways/` holds structure, not words).
fn is_locale_dir(path: &Path) -> bool {
    path.is_dir()
        && fs::read_dir(path).is_ok_and(|mut entries| {
            entries.any(|e| e.is_ok_and(|e| e.path().extension().is_some_and(|x| x == "ftl")))
        })
}

fn read_locale(tag: &str) -> Vec<(String, String)> {
    let dir = Path::new("content").join(tag);
    let mut files: Vec<_> = fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
        .collect();
    files.sort();
    read_files(tag, &files)
}

/// The messages of some `.ftl` files of one locale, in order: `(key, flattened words)`.
/// Also used natively for the teacher notes page, which is not compiled into the wasm.
pub fn read_files(tag: &str, files: &[std::path::PathBuf]) -> Vec<(String, String)> {
    let mut texts = Vec::new();
    for file in files {
        texts.push((file.display().to_string(), fs::read_to_string(file).expect("read ftl")));
    }
    // Terms (`-name`) are inlined where they are used, so collect them first.
    let mut terms: BTreeMap<String, String> = BTreeMap::new();
    let mut resources = Vec::new();
    for (name, text) in &texts {
        let resource = match fluent_syntax::parser::parse(text.as_str()) {
            Ok(r) => r,
            Err((_, errors)) => panic!("{name}: Fluent syntax errors: {errors:?}"),
        };
        for entry in &resource.body {
            if let ast::Entry::Term(term) = entry {
                let value = flatten(name, tag, &term.value, &terms);
                // A term is inlined into messages, maybe into a choice's variant: no choices.
                assert!(!value.contains('\u{1}'), "{name}: the term -{} holds a plural choice", term.id.name);
                terms.insert(term.id.name.to_string(), value);
            }
        }
        resources.push((name, resource));
    }
    let mut messages = Vec::new();
    for (name, resource) in &resources {
        for entry in &resource.body {
            if let ast::Entry::Message(msg) = entry {
                let id = msg.id.name;
                if let Some(value) = &msg.value {
                    messages.push((id.to_string(), flatten(name, tag, value, &terms)));
                }
                for attr in &msg.attributes {
                    messages
                        .push((format!("{id}.{}", attr.id.name), flatten(name, tag, &attr.value, &terms)));
                }
            }
        }
    }
    messages
}

/// Turns a Fluent pattern into the widget's run-time form: literal text with `{$name}`
/// where a variable goes, and a plural choice `{ $n -> [one] … *[other] … }` as
/// `\u{1}n` then each variant as `\u{2}` (`*` for the default) key `\u{3}` words, then
/// `\u{4}` (content/texts.rs reads it). The widget supports variables, term references,
/// string literals and choices on a variable whose keys are numbers or the locale's plural
/// categories (`src/content/plural.rs`); anything else is rejected here, by name.
fn flatten(file: &str, tag: &str, pattern: &ast::Pattern<&str>, terms: &BTreeMap<String, String>) -> String {
    flatten_in(file, tag, pattern, terms, false)
}

fn flatten_in(
    file: &str,
    tag: &str,
    pattern: &ast::Pattern<&str>,
    terms: &BTreeMap<String, String>,
    in_choice: bool,
) -> String {
    let mut s = String::new();
    for element in &pattern.elements {
        match element {
            ast::PatternElement::TextElement { value } => {
                assert!(
                    !value.contains(['\u{1}', '\u{2}', '\u{3}', '\u{4}']),
                    "{file}: control characters in text"
                );
                s.push_str(value)
            }
            ast::PatternElement::Placeable { expression } => match expression {
                ast::Expression::Inline(ast::InlineExpression::VariableReference { id }) => {
                    let _ = write!(s, "{{${}}}", id.name);
                }
                ast::Expression::Inline(ast::InlineExpression::StringLiteral { value }) => s.push_str(value),
                ast::Expression::Inline(ast::InlineExpression::TermReference { id, .. }) => {
                    let value =
                        terms.get(id.name).unwrap_or_else(|| panic!("{file}: unknown term -{}", id.name));
                    s.push_str(value);
                }
                ast::Expression::Select {
                    selector: ast::InlineExpression::VariableReference { id },
                    variants,
                } if !in_choice => {
                    let allowed = plural::categories(tag).unwrap_or_else(|| {
                        panic!("{file}: no plural rules for the locale `{tag}` in src/content/plural.rs")
                    });
                    let _ = write!(s, "\u{1}{}", id.name);
                    for v in variants {
                        let key = match &v.key {
                            ast::VariantKey::Identifier { name } => {
                                assert!(
                                    allowed.iter().any(|c| c.name() == *name),
                                    "{file}: `[{name}]` is not a plural category of `{tag}`; it has {:?}",
                                    allowed.iter().map(|c| c.name()).collect::<Vec<_>>()
                                );
                                name.to_string()
                            }
                            ast::VariantKey::NumberLiteral { value } => {
                                assert!(
                                    value.parse::<u64>().is_ok(),
                                    "{file}: `[{value}]`: whole numbers only"
                                );
                                value.to_string()
                            }
                        };
                        let words = flatten_in(file, tag, &v.value, terms, true);
                        let _ = write!(s, "\u{2}{}{key}\u{3}{words}", if v.default { "*" } else { "" });
                    }
                    s.push('\u{4}');
                }
                other => {
                    panic!(
                        "{file}: unsupported Fluent expression {other:?}; use variables, terms and one \
                         plural choice on a variable"
                    )
                }
            },
        }
    }
    s
}
