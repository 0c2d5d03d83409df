//! The content files' shapes, as serde reads them (TOML). Words stay strings here; the
//! emitter resolves each vocabulary word, source id and message key, and stops the build
//! on one that does not resolve.

use serde::Deserialize;

#[derive(Deserialize)]
pub struct Catalog {
    pub reviewed: String,
    pub default_pathway: String,
    #[serde(default)]
    pub sources: Vec<Source>,
}

/// The whole structure: the catalog plus every pathway file, pathways in `order`.
pub struct Structure {
    pub reviewed: String,
    pub default_pathway: String,
    pub sources: Vec<Source>,
    pub pathways: Vec<Pathway>,
}

#[derive(Deserialize)]
pub struct Source {
    pub id: String,
    pub kind: String,
    #[serde(default)]
    pub file: String,
    #[serde(default)]
    pub cites: String,
    /// The public address of the source (the publisher's page, or the label on the
    /// regulator's site).
    #[serde(default)]
    pub url: String,
    /// When the source was read or last updated (ISO 8601, a day or a month).
    #[serde(default)]
    pub date: String,
}

/// Where a source can be read, and when it was read or last updated (content/addresses.toml).
#[derive(Deserialize)]
pub struct Address {
    pub url: String,
    pub date: String,
}

/// The sources behind each at-a-glance answer (words: `glance-<pathway>` or
/// `therapy-<id>-glance`, attributes named like the fields).
#[derive(Deserialize)]
pub struct Glance {
    pub time: Vec<String>,
    pub hospital: Vec<String>,
    pub risks: Vec<String>,
    pub who: Vec<String>,
    pub works: Vec<String>,
}

impl Glance {
    pub fn rows(&self) -> [(&'static str, &[String]); 5] {
        [
            ("time", &self.time),
            ("hospital", &self.hospital),
            ("risks", &self.risks),
            ("who", &self.who),
            ("works", &self.works),
        ]
    }
}

#[derive(Deserialize)]
pub struct Pathway {
    pub id: String,
    pub order: u32,
    pub steps: Vec<Step>,
    #[serde(default)]
    pub sources: Vec<Source>,
    pub glance: Option<Glance>,
}

#[derive(Deserialize)]
pub struct Step {
    pub id: String,
    /// Where the cells being treated are at this step (ex vivo and HSCT only).
    #[serde(default)]
    pub cells: String,
    pub stage: String,
    pub diagram: String,
    #[serde(default)]
    pub sources: Vec<String>,
    #[serde(default)]
    pub facts: Vec<Fact>,
}

#[derive(Deserialize)]
pub struct Fact {
    pub id: String,
    pub sources: Vec<String>,
}

#[derive(Deserialize, Default)]
pub struct Glossary {
    /// Sources only this file uses (merged into the catalog's).
    #[serde(default)]
    pub sources: Vec<Source>,
    #[serde(default)]
    pub terms: Vec<Term>,
}

#[derive(Deserialize)]
pub struct Term {
    pub id: String,
    pub sources: Vec<String>,
}

#[derive(Deserialize, Default)]
pub struct Therapies {
    /// Sources only this file uses (merged into the catalog's).
    #[serde(default)]
    pub sources: Vec<Source>,
    #[serde(default)]
    pub therapies: Vec<Therapy>,
}

#[derive(Deserialize)]
pub struct Therapy {
    pub id: String,
    pub pathway: String,
    #[serde(default)]
    pub route: String,
    pub sources: Vec<String>,
    #[serde(default)]
    pub notes: Vec<String>,
    /// The source id of the label or regulator text the product's facts were checked against.
    #[serde(default)]
    pub label: String,
    /// When they were checked (ISO 8601 month or day).
    #[serde(default)]
    pub checked: String,
    /// General facts of its pathway (`<step>/<fact>`) that do not hold for this product.
    #[serde(default)]
    pub skip: Vec<String>,
    pub glance: Option<Glance>,
    /// The steps whose picture differs for this product: step id -> its own diagram id
    /// (words `diagram-<id>` like a step's; a scene of that id in `src/diagram/scenes/`).
    #[serde(default)]
    pub scenes: std::collections::BTreeMap<String, String>,
}

#[derive(Deserialize, Default)]
pub struct Compare {
    /// Sources only this file uses (merged into the catalog's).
    #[serde(default)]
    pub sources: Vec<Source>,
    #[serde(default)]
    pub columns: Vec<String>,
    #[serde(default)]
    pub rows: Vec<Row>,
}

#[derive(Deserialize)]
pub struct Row {
    pub id: String,
    pub cells: Vec<Cell>,
}

#[derive(Deserialize)]
pub struct Cell {
    pub pathway: String,
    #[serde(default)]
    pub na: bool,
    #[serde(default)]
    pub sources: Vec<String>,
}

#[derive(Deserialize, Default)]
pub struct Timeline {
    /// Sources only this file uses (merged into the catalog's).
    #[serde(default)]
    pub sources: Vec<Source>,
    #[serde(default)]
    pub bars: Vec<Bar>,
}

#[derive(Deserialize)]
pub struct Bar {
    pub pathway: String,
    pub id: String,
    pub from: i32,
    pub to: i32,
    pub sources: Vec<String>,
    /// The one product the figure is for (a therapy id of this pathway, as
    /// `tests/content.rs` checks), if it is one's.
    #[serde(default)]
    pub product: String,
}
