//! Compiles the content files into static tables the widget reads at run time.
//!
//! `content/catalog.toml`, `content/pathways/*.toml`, `content/therapies/*.toml` and the
//! other structure files, with `content/<locale>/*.ftl` (words, in Project Fluent syntax),
//! become `$OUT_DIR/content.rs`, so the wasm carries neither a TOML nor a Fluent parser.
//!
//! | module      | does                                                            |
//! |-------------|-----------------------------------------------------------------|
//! | `schema`    | the content files' shapes (serde)                               |
//! | `read`      | finds and reads the TOML files, merges sources and addresses    |
//! | `fluent`    | reads and flattens the words of each locale                     |
//! | `emit`      | resolves every id and writes the Rust, as tokens (`quote`)      |
//! | `generate`  | all of it in order, to one pretty-printed file (`prettyplease`) |
//!
//! The build stops, naming the file (and line) or the key, on:
//! - a file it cannot parse (TOML or Fluent syntax);
//! - a message key that no locale defines, a key defined twice, two keys that become the
//!   same constant, a message over 32,767 bytes;
//! - a vocabulary word (`stage`, `cells`, `route`, a source's `kind`) not in
//!   `src/content/vocab.rs`;
//! - a Fluent expression the widget cannot show (only variables, terms, string literals and
//!   plural choices), an unknown term, a term holding a choice, control characters in text,
//!   a choice in a locale without plural rules, a variant that is neither a whole number nor
//!   one of the locale's plural categories;
//! - a source id no `[[sources]]` entry declares, a source declared twice, over 256 sources;
//! - a product without a `label`, following a pathway that does not exist, or skipping a
//!   step/fact its pathway lacks.
//!
//! Every other content rule (sources used, texts plain and short, answers at a glance, no
//! sentence pasted from a source) is checked by the tests, which name the key.

mod emit;
mod fluent;
mod generate;
mod read;
mod schema;

// Shared with the runtime, self-contained: the closed vocabularies and the plural rules.
#[allow(dead_code)]
#[path = "../src/content/plural.rs"]
mod plural;
#[allow(dead_code)]
#[path = "../src/content/vocab.rs"]
mod vocab;

fn main() {
    println!("cargo:rerun-if-changed=content");
    println!("cargo:rerun-if-changed=build");
    println!("cargo:rerun-if-changed=src/content/vocab.rs");
    println!("cargo:rerun-if-changed=src/content/plural.rs");
    // Release builds for the browser leave the product details out of the wasm.
    println!("cargo:rerun-if-env-changed=PROFILE");
    let dest = std::path::Path::new(&std::env::var("OUT_DIR").unwrap()).join("content.rs");
    std::fs::write(dest, generate::content_rs()).expect("write content.rs");
}
