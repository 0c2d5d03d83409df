//! Finding and reading the content files: the catalog, every pathway (in `order`), every
//! therapies file (in file-name order) and the optional glossary, comparison, timeline and
//! source addresses. A file that does not parse stops the build, naming it.

use std::collections::BTreeMap;
use std::fs;
use std::path::Path;

use crate::schema::*;

/// Everything the content files say, sources merged into one list with their addresses.
pub struct Content {
    pub structure: Structure,
    pub glossary: Glossary,
    pub therapies: Therapies,
    pub compare: Compare,
    pub timeline: Timeline,
}

pub fn content() -> Content {
    let mut structure = read_structure();
    let mut glossary: Glossary = read_optional("content/glossary.toml");
    let mut therapies = read_therapies();
    let mut compare: Compare = read_optional("content/compare.toml");
    let mut timeline: Timeline = read_optional("content/timeline.toml");
    for extra in [&mut glossary.sources, &mut therapies.sources, &mut compare.sources, &mut timeline.sources]
    {
        structure.sources.append(extra);
    }
    // A source's address and date: its own fields, else content/addresses.toml.
    let addresses: BTreeMap<String, Address> = read_optional("content/addresses.toml");
    for src in &mut structure.sources {
        if let Some(a) = addresses.get(&src.id) {
            if src.url.is_empty() {
                src.url = a.url.clone();
            }
            if src.date.is_empty() {
                src.date = a.date.clone();
            }
        }
    }
    Content { structure, glossary, therapies, compare, timeline }
}

/// An optional content file: its absence means "none yet".
fn read_optional<T: serde::de::DeserializeOwned + Default>(path: &str) -> T {
    if Path::new(path).exists() {
        read_toml(Path::new(path))
    } else {
        T::default()
    }
}

fn read_toml<T: serde::de::DeserializeOwned>(path: &Path) -> T {
    let text = fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    toml::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Every `content/therapies/*.toml`, in file-name order (ex vivo, then in vivo).
fn read_therapies() -> Therapies {
    let mut all = Therapies::default();
    for file in toml_files("content/therapies") {
        let mut part: Therapies = read_toml(&file);
        all.sources.append(&mut part.sources);
        all.therapies.append(&mut part.therapies);
    }
    all
}

/// The `.toml` files of a folder, sorted by name (none if it does not exist).
fn toml_files(dir: &str) -> Vec<std::path::PathBuf> {
    let mut files: Vec<_> = fs::read_dir(dir)
        .into_iter()
        .flatten()
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .collect();
    files.sort();
    files
}

fn read_structure() -> Structure {
    let catalog: Catalog = read_toml(Path::new("content/catalog.toml"));
    let files = toml_files("content/pathways");
    let mut pathways: Vec<Pathway> = files.iter().map(|f| read_toml(f)).collect();
    pathways.sort_by_key(|p| p.order);
    let mut sources = catalog.sources;
    for p in &mut pathways {
        sources.append(&mut p.sources);
    }
    Structure { reviewed: catalog.reviewed, default_pathway: catalog.default_pathway, sources, pathways }
}
