//! Compiles the content files into static tables the widget reads at run time.
//!
//! `content/catalog.toml`, `content/pathways/*.toml`, `content/therapies/*.toml` and the
//! other structure files, with `content/<locale>/*.ftl` (words, in Project Fluent syntax),
//! become `$OUT_DIR/content.rs`, so the wasm carries neither a TOML nor a Fluent parser.
//! The build stops, naming the place, on: a file it cannot parse; a message key that no
//! locale defines; a vocabulary word (`stage`, `cells`, `route`, a source's `kind`) that is
//! not in `src/content/vocab.rs`; a source id no `[[sources]]` entry declares; a product
//! without a `label`, or skipping a step/fact its pathway lacks; a key defined twice. Every
//! other content rule (sources used, texts plain and short, answers at a glance, no
//! sentence pasted from a source) is checked by the tests, which name the broken key.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::fs;
use std::path::Path;
use std::sync::OnceLock;

use fluent_syntax::ast;

// The closed vocabularies, shared with the runtime: an unknown value stops the build here.
#[allow(dead_code)]
#[path = "src/content/vocab.rs"]
mod vocab;
// Plural categories: a choice's variant names are checked against the locale's.
#[allow(dead_code)]
#[path = "src/content/plural.rs"]
mod plural;
use serde::Deserialize;
use vocab::{CellPlace, DeliveryRoute, SourceKind, Stage};

#[derive(Deserialize)]
struct Catalog {
    reviewed: String,
    default_pathway: String,
    #[serde(default)]
    sources: Vec<Source>,
}

/// The whole structure: the catalog plus every pathway file, pathways in `order`.
struct Structure {
    reviewed: String,
    default_pathway: String,
    sources: Vec<Source>,
    pathways: Vec<Pathway>,
}

#[derive(Deserialize)]
struct Source {
    id: String,
    kind: String,
    #[serde(default)]
    file: String,
    #[serde(default)]
    cites: String,
    /// The public address of the source (the publisher's page, or the label on the
    /// regulator's site).
    #[serde(default)]
    url: String,
    /// When the source was read or last updated (ISO 8601, a day or a month).
    #[serde(default)]
    date: String,
}

/// Where a source can be read, and when it was read or last updated (content/addresses.toml).
#[derive(Deserialize)]
struct Address {
    url: String,
    date: String,
}

/// The sources behind each at-a-glance answer (words: `glance-<pathway>` or
/// `therapy-<id>-glance`, attributes named like the fields).
#[derive(Deserialize)]
struct Glance {
    time: Vec<String>,
    hospital: Vec<String>,
    risks: Vec<String>,
    who: Vec<String>,
    works: Vec<String>,
}

impl Glance {
    fn rows(&self) -> [(&'static str, &[String]); 5] {
        [
            ("time", &self.time),
            ("hospital", &self.hospital),
            ("risks", &self.risks),
            ("who", &self.who),
            ("works", &self.works),
        ]
    }
}

/// `&[GlanceDef { .. }, ..]` for the answers under `base` (`glance-ex-vivo`).
fn glance(base: &str, g: Option<&Glance>) -> String {
    let rows: Vec<String> = g
        .map(|g| g.rows())
        .into_iter()
        .flatten()
        .map(|(id, sources)| {
            format!(
                "GlanceDef {{ id: {id:?}, label_key: {:?}, key: {:?}, sources: {} }}",
                m(format!("glance-{id}")),
                m(format!("{base}.{id}")),
                srcs(sources, &format!("{base}.{id}"))
            )
        })
        .collect();
    format!("&[{}]", rows.join(", "))
}

#[derive(Deserialize)]
struct Pathway {
    id: String,
    order: u32,
    steps: Vec<Step>,
    #[serde(default)]
    sources: Vec<Source>,
    glance: Option<Glance>,
}

#[derive(Deserialize)]
struct Step {
    id: String,
    /// Where the cells being treated are at this step (ex vivo and HSCT only).
    #[serde(default)]
    cells: String,
    stage: String,
    diagram: String,
    #[serde(default)]
    sources: Vec<String>,
    #[serde(default)]
    facts: Vec<Fact>,
}

#[derive(Deserialize)]
struct Fact {
    id: String,
    sources: Vec<String>,
}

#[derive(Deserialize, Default)]
struct Glossary {
    /// Sources only this file uses (merged into the catalog's).
    #[serde(default)]
    sources: Vec<Source>,
    #[serde(default)]
    terms: Vec<Term>,
}

#[derive(Deserialize)]
struct Term {
    id: String,
    sources: Vec<String>,
}

#[derive(Deserialize, Default)]
struct Therapies {
    /// Sources only this file uses (merged into the catalog's).
    #[serde(default)]
    sources: Vec<Source>,
    #[serde(default)]
    therapies: Vec<Therapy>,
}

#[derive(Deserialize)]
struct Therapy {
    id: String,
    pathway: String,
    #[serde(default)]
    route: String,
    sources: Vec<String>,
    #[serde(default)]
    notes: Vec<String>,
    /// The source id of the label or regulator text the product's facts were checked against.
    #[serde(default)]
    label: String,
    /// When they were checked (ISO 8601 month or day).
    #[serde(default)]
    checked: String,
    /// General facts of its pathway (`<step>/<fact>`) that do not hold for this product.
    #[serde(default)]
    skip: Vec<String>,
    glance: Option<Glance>,
}

#[derive(Deserialize, Default)]
struct Compare {
    /// Sources only this file uses (merged into the catalog's).
    #[serde(default)]
    sources: Vec<Source>,
    #[serde(default)]
    columns: Vec<String>,
    #[serde(default)]
    rows: Vec<Row>,
}

#[derive(Deserialize)]
struct Row {
    id: String,
    cells: Vec<Cell>,
}

#[derive(Deserialize)]
struct Cell {
    pathway: String,
    #[serde(default)]
    na: bool,
    #[serde(default)]
    sources: Vec<String>,
}

#[derive(Deserialize, Default)]
struct Timeline {
    /// Sources only this file uses (merged into the catalog's).
    #[serde(default)]
    sources: Vec<Source>,
    #[serde(default)]
    bars: Vec<Bar>,
}

#[derive(Deserialize)]
struct Bar {
    pathway: String,
    id: String,
    from: i32,
    to: i32,
    sources: Vec<String>,
}

/// An optional content file: its absence means "none yet".
fn read_optional<T: serde::de::DeserializeOwned + Default>(path: &str) -> T {
    if Path::new(path).exists() {
        read_toml(Path::new(path))
    } else {
        T::default()
    }
}

fn main() {
    println!("cargo:rerun-if-changed=content");
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

    let sources: BTreeMap<String, usize> =
        structure.sources.iter().enumerate().map(|(i, src)| (src.id.clone(), i)).collect();
    assert!(sources.len() == structure.sources.len(), "content: a source id is declared twice");
    assert!(sources.len() <= 256, "content: more than 256 sources do not fit a `Src` byte");
    SOURCES.set(sources).expect("set once");

    let locales = read_locales();
    let mut keys: Vec<&str> = locales.iter().flat_map(|(_, msgs)| msgs.keys().map(String::as_str)).collect();
    keys.sort_unstable();
    keys.dedup();
    assert!(keys.len() < usize::from(u16::MAX), "too many messages for a u16 index");
    let index: BTreeMap<String, u16> =
        keys.iter().enumerate().map(|(i, k)| (k.to_string(), i as u16)).collect();
    KEYS.set(index).expect("set once");

    let mut out = String::new();
    out.push_str("// Generated by build.rs from content/. Do not edit.\n");
    write_messages(&mut out, &keys, &locales);
    write_catalog(&mut out, &structure);
    // The glossary is listed alphabetically by its English names (sorted here, so the
    // wasm carries no sort).
    let en = locales.iter().find(|(tag, _)| tag == "en").map(|(_, m)| m);
    glossary
        .terms
        .sort_by_key(|t| en.and_then(|m| m.get(&format!("term-{}", t.id))).map(|n| n.to_lowercase()));
    write_glossary(&mut out, &glossary);
    write_therapies(&mut out, &therapies, &structure.pathways);
    write_compare(&mut out, &compare);
    write_timeline(&mut out, &timeline);

    let dest = Path::new(&std::env::var("OUT_DIR").unwrap()).join("content.rs");
    fs::write(dest, out).expect("write content.rs");
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

/// A vocabulary word as generated code (`Stage::Give`), from its type's `resolve`. An
/// unknown word stops the build, naming where it is, the field, the word and the words
/// allowed.
fn word(
    resolved: Result<&'static str, Vec<&'static str>>,
    place: &str,
    field: &str,
    value: &str,
) -> &'static str {
    resolved
        .unwrap_or_else(|allowed| panic!("content: {place}: `{field} = {value:?}` is not one of {allowed:?}"))
}

/// Every source id, with its index in `CATALOG.sources` (a `Src`).
static SOURCES: OnceLock<BTreeMap<String, usize>> = OnceLock::new();

/// A list of source ids as generated code, `&[Src(3), Src(7)]`: one byte each in the wasm
/// instead of a string reference. An id no `[[sources]]` entry declares stops the build,
/// naming where it is cited.
fn srcs(list: &[String], place: &str) -> String {
    let refs: Vec<String> = list.iter().map(|id| src(id, place)).collect();
    format!("&[{}]", refs.join(", "))
}

/// One source id as generated code, `Src(3)`; an undeclared one stops the build.
fn src(id: &str, place: &str) -> String {
    match SOURCES.get().expect("sources indexed").get(id) {
        Some(i) => format!("Src({i})"),
        None => panic!("content: {place} cites the source `{id}`, which no [[sources]] entry declares"),
    }
}

fn strs(list: &[String]) -> String {
    let quoted: Vec<String> = list.iter().map(|s| format!("{s:?}")).collect();
    format!("&[{}]", quoted.join(", "))
}

fn write_catalog(out: &mut String, s: &Structure) {
    let _ = writeln!(out, "pub static CATALOG: Catalog = Catalog {{");
    let _ = writeln!(out, "    reviewed: {:?},", s.reviewed);
    let _ = writeln!(out, "    default_pathway: {:?},", s.default_pathway);
    let _ = writeln!(out, "    sources: &[");
    for src in &s.sources {
        let _ = writeln!(
            out,
            "        SourceDef {{ id: {:?}, kind: {}, #[cfg(not(target_arch = \"wasm32\"))] file: {:?}, #[cfg(not(target_arch = \"wasm32\"))] cites: {:?}, url: {:?}, date: {:?}, name_key: {:?}, short_key: {:?} }},",
            src.id,
            word(SourceKind::resolve(&src.kind), &format!("source {}", src.id), "kind", &src.kind),
            src.file,
            src.cites,
            src.url,
            src.date,
            m(format!("source-{}", src.id)),
            m(format!("source-{}.short", src.id)),
        );
    }
    let _ = writeln!(out, "    ],\n    pathways: &[");
    for p in &s.pathways {
        let _ = writeln!(
            out,
            "        PathwayDef {{ id: {:?}, name_key: {:?}, short_key: {:?}, summary_key: {:?}, steps: &[",
            p.id,
            m(format!("pathway-{}", p.id)),
            m(format!("pathway-{}.short", p.id)),
            m(format!("pathway-{}.summary", p.id)),
        );
        for st in &p.steps {
            let base = format!("step-{}-{}", p.id, st.id);
            let _ = writeln!(
                out,
                "            StepDef {{ id: {:?}, cells: {}, stage: {}, title_key: {:?}, lead_key: {:?}, sources: {}, diagram: DiagramDef {{ id: {:?}, title_key: {:?}, desc_key: {:?}, frames: &[{}] }}, facts: &[",
                st.id,
                if st.cells.is_empty() {
                    "None".to_string()
                } else {
                    format!("Some({})", word(CellPlace::resolve(&st.cells), &base, "cells", &st.cells))
                },
                word(Stage::resolve(&st.stage), &base, "stage", &st.stage),
                m(base.clone()),
                m(format!("{base}.lead")),
                srcs(&st.sources, &format!("{base}.lead")),
                st.diagram,
                m(format!("diagram-{}.title", st.diagram)),
                m(format!("diagram-{}.desc", st.diagram)),
                frames(&st.diagram),
            );
            for f in &st.facts {
                let _ = writeln!(
                    out,
                    "                FactDef {{ id: {:?}, key: {:?}, sources: {} }},",
                    f.id,
                    m(format!("fact-{}-{}-{}", p.id, st.id, f.id)),
                    srcs(&f.sources, &format!("fact-{}-{}-{}", p.id, st.id, f.id)),
                );
            }
            let _ = writeln!(out, "            ] }},");
        }
        let _ = writeln!(
            out,
            "        ], questions: &[{}], glance: {} }},",
            numbered(&format!("handout-{}.ask", p.id)),
            glance(&format!("glance-{}", p.id), p.glance.as_ref())
        );
    }
    let _ = writeln!(out, "    ],\n}};");
}

fn write_glossary(out: &mut String, g: &Glossary) {
    let _ = writeln!(out, "pub static GLOSSARY: &[TermDef] = &[");
    for t in &g.terms {
        let _ = writeln!(
            out,
            "    TermDef {{ id: {:?}, name_key: {:?}, def_key: {:?}, sources: {} }},",
            t.id,
            m(format!("term-{}", t.id)),
            m(format!("term-{}.def", t.id)),
            srcs(&t.sources, &format!("term-{}", t.id))
        );
    }
    let _ = writeln!(out, "];");
}

/// The product's `label` as a `Src`: every product names the label its facts were checked
/// against (issue 11), so a missing one stops the build.
fn label(th: &Therapy) -> String {
    assert!(
        !th.label.is_empty(),
        "content: therapy {} needs a `label` (the source its facts were checked against)",
        th.id
    );
    src(&th.label, &format!("therapy-{} `label`", th.id))
}

fn write_therapies(out: &mut String, t: &Therapies, pathways: &[Pathway]) {
    let _ = writeln!(out, "pub static THERAPIES: &[TherapyDef] = &[");
    for th in &t.therapies {
        let key = format!("therapy-{}", th.id);
        let notes: Vec<String> =
            th.notes.iter().map(|step| format!("({step:?}, {:?})", m(format!("{key}-{step}")))).collect();
        // "step/fact" as (step index, fact index) in the product's pathway; an id that is not
        // there stops the build, naming it.
        let index = pathways.iter().position(|p| p.id == th.pathway).unwrap_or_else(|| {
            let ids: Vec<&str> = pathways.iter().map(|p| p.id.as_str()).collect();
            panic!("content: therapy {} follows pathway `{}`; the pathways are {ids:?}", th.id, th.pathway)
        });
        let pathway = pathways.get(index);
        let skips: Vec<String> = th
            .skip
            .iter()
            .map(|s| {
                let (step, fact) = s.split_once('/').unwrap_or((s.as_str(), ""));
                let found = pathway.and_then(|p| {
                    let (i, st) = p.steps.iter().enumerate().find(|(_, st)| st.id == step)?;
                    let j = st.facts.iter().position(|f| f.id == fact)?;
                    Some((i, j))
                });
                let (i, j) = found.unwrap_or_else(|| {
                    panic!(
                        "content: therapy {} skips `{s}`, which is not a step/fact of {}",
                        th.id, th.pathway
                    )
                });
                format!("({i}, {j})")
            })
            .collect();
        let _ = writeln!(
            out,
            "    TherapyDef {{ id: {:?}, pathway: {}, route: {}, sources: {}, name_key: {:?}, \
             generic_key: {:?}, disease_key: {:?}, who_key: {:?}, tool_key: {:?}, route_key: {:?}, \
             approved_key: {:?}, caveat: {}, notes: &[{}], label: {}, checked: {:?}, skip: &[{}], \
             glance: {} }},",
            th.id,
            index,
            if th.route.is_empty() {
                "None".to_string()
            } else {
                format!("Some({})", word(DeliveryRoute::resolve(&th.route), &key, "route", &th.route))
            },
            srcs(&th.sources, &key),
            m(key.clone()),
            m(format!("{key}.generic")),
            m(format!("{key}.disease")),
            m(format!("{key}.who")),
            m(format!("{key}.tool")),
            m(format!("{key}.route")),
            m(format!("{key}.approved")),
            optional(&format!("{key}.caveat")),
            notes.join(", "),
            label(th),
            th.checked,
            skips.join(", "),
            glance(&format!("{key}-glance"), th.glance.as_ref()),
        );
    }
    let _ = writeln!(out, "];");
}

fn write_compare(out: &mut String, c: &Compare) {
    let _ = writeln!(
        out,
        "pub static COMPARE: CompareDef = CompareDef {{ columns: {}, rows: &[",
        strs(&c.columns)
    );
    for row in &c.rows {
        let _ = writeln!(
            out,
            "    RowDef {{ id: {:?}, label_key: {:?}, cells: &[",
            row.id,
            m(format!("compare-{}", row.id))
        );
        for cell in &row.cells {
            let _ = writeln!(
                out,
                "        CellDef {{ pathway: {:?}, na: {}, key: {:?}, sources: {} }},",
                cell.pathway,
                cell.na,
                m(format!("compare-{}-{}", row.id, cell.pathway)),
                srcs(&cell.sources, &format!("compare-{}-{}", row.id, cell.pathway))
            );
        }
        let _ = writeln!(out, "    ] }},");
    }
    let _ = writeln!(out, "] }};");
}

fn write_timeline(out: &mut String, t: &Timeline) {
    let _ = writeln!(out, "pub static TIMELINE: &[BarDef] = &[");
    for b in &t.bars {
        let _ = writeln!(
            out,
            "    BarDef {{ pathway: {:?}, id: {:?}, from: {}, to: {}, key: {:?}, sources: {} }},",
            b.pathway,
            b.id,
            b.from,
            b.to,
            m(format!("timeline-{}-{}", b.pathway, b.id)),
            srcs(&b.sources, &format!("timeline-{}-{}", b.pathway, b.id))
        );
    }
    let _ = writeln!(out, "];");
}

/// Every message key, with its index (the `Msg` the widget uses).
static KEYS: OnceLock<BTreeMap<String, u16>> = OnceLock::new();

/// A message key as generated code: `Msg(<index>)`. A key that no locale defines stops
/// the build here, naming it (a step, fact or diagram without words).
struct Key(String);

impl std::fmt::Debug for Key {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        match KEYS.get().expect("keys indexed").get(&self.0) {
            Some(i) => write!(f, "Msg({i})"),
            None => {
                panic!("content: no locale has the message `{}` (see ARCHITECTURE.md, Content keys)", self.0)
            }
        }
    }
}

fn m(key: String) -> Key {
    Key(key)
}

/// `Some(Msg(i))` if some locale defines `key`, else `None`: for optional messages.
fn optional(key: &str) -> String {
    match KEYS.get().expect("keys indexed").get(key) {
        Some(i) => format!("Some(Msg({i}))"),
        None => "None".to_string(),
    }
}

/// The key frames of a diagram's animation: its messages `diagram-<id>.frame-1`,
/// `.frame-2`, … in order, up to the first missing number (`tests/content.rs` checks that
/// each scene has as many frames as its text, and at least two).
fn frames(diagram: &str) -> String {
    numbered(&format!("diagram-{diagram}.frame"))
}

/// The messages `<prefix>-1`, `<prefix>-2`, … up to the first missing number.
fn numbered(prefix: &str) -> String {
    let keys = KEYS.get().expect("keys indexed");
    (1..)
        .map_while(|n| keys.get(&format!("{prefix}-{n}")))
        .map(|i| format!("Msg({i})"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The `Rust` constant name of a key: `step-ex-vivo-lab.lead` -> `STEP_EX_VIVO_LAB_LEAD`.
fn const_name(key: &str) -> String {
    key.chars().map(|c| if c.is_ascii_alphanumeric() { c.to_ascii_uppercase() } else { '_' }).collect()
}

/// Every locale folder `content/<tag>/`: its messages by key.
fn read_locales() -> Vec<(String, BTreeMap<String, String>)> {
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

/// The message constants (`msg::NAV_NEXT`), each locale as one string with end offsets
/// (a missing message has length 0), and, natively, the key names for tests.
fn write_messages(out: &mut String, keys: &[&str], locales: &[(String, BTreeMap<String, String>)]) {
    let _ = writeln!(out, "/// Every message, by name (generated from the keys in content/<locale>/*.ftl).");
    let _ = writeln!(out, "pub mod msg {{\n    use super::Msg;");
    let mut names = BTreeMap::new();
    for (i, key) in keys.iter().enumerate() {
        let name = const_name(key);
        if let Some(other) = names.insert(name.clone(), *key) {
            panic!("content: the keys `{other}` and `{key}` both become the constant {name}");
        }
        let _ = writeln!(out, "    pub const {name}: Msg = Msg({i});");
    }
    let _ = writeln!(out, "}}");
    let _ = writeln!(out, "pub static LOCALES: &[LocaleData] = &[");
    for (tag, messages) in locales {
        let mut text = String::new();
        let mut lens = Vec::with_capacity(keys.len());
        for key in keys {
            let value = messages.get(*key).map_or("", String::as_str);
            let len = u16::try_from(value.len())
                .unwrap_or_else(|_| panic!("content/{tag}: the message `{key}` is over 65,535 bytes"));
            text.push_str(value);
            lens.push(len.to_string());
        }
        let _ =
            writeln!(out, "    LocaleData {{ tag: {tag:?}, text: {text:?}, lens: &[{}] }},", lens.join(","));
    }
    let _ = writeln!(out, "];");
    let quoted: Vec<String> = keys.iter().map(|k| format!("{k:?}")).collect();
    let _ = writeln!(out, "/// Message keys by index: for tests and tools, not shipped in the wasm.");
    let _ = writeln!(out, "#[cfg(not(target_arch = \"wasm32\"))]");
    let _ = writeln!(out, "pub static KEYS: &[&str] = &[{}];", quoted.join(", "));
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

    let mut texts = Vec::new();
    for file in &files {
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
