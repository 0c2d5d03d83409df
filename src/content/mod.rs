//! The explainer's content as typed, static data, compiled from `content/` by `build/`.
//!
//! Pure: no yew, no web_sys. Components ask [`Texts`] for words by [`Msg`]; a message a
//! locale lacks shows as English (never a panic), and `tests/content.rs` proves none is
//! missing.

pub mod markup;
pub mod plural;
mod texts;
pub mod vocab;

pub use texts::{choose, fill, Later, Texts, LATER};
pub use vocab::{CellPlace, DeliveryRoute, SourceKind, Stage};

/// The structure of all pathways and their sources (locale-independent).
#[derive(Debug, PartialEq)]
pub struct Catalog {
    /// The date a person last reviewed the content against the sources (ISO 8601).
    pub reviewed: &'static str,
    /// The pathway shown when none (or an unknown one) is asked for.
    pub default_pathway: &'static str,
    pub sources: &'static [SourceDef],
    pub pathways: &'static [PathwayDef],
}

/// A source, as its index in `CATALOG.sources`: one byte per citation in the wasm.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Src(pub u8);

impl Src {
    pub fn def(self) -> &'static SourceDef {
        &CATALOG.sources[usize::from(self.0)]
    }
}

/// A document a fact rests on.
#[derive(Debug, PartialEq)]
pub struct SourceDef {
    pub id: &'static str,
    /// `"text"` (a file in `sources/`), `"reference"` (cited in `sources/facts.md`) or
    /// `"label"` (a label this project read, in `sources/labels/`).
    pub kind: SourceKind,
    /// The file of a `text` source (tests only: not shipped in the wasm).
    #[cfg(not(target_arch = "wasm32"))]
    pub file: &'static str,
    /// The name `facts.md` or `labels/` gives a reference (tests only).
    #[cfg(not(target_arch = "wasm32"))]
    pub cites: &'static str,
    /// Its public address: the publisher's page, or the label on the regulator's site.
    pub url: &'static str,
    /// When it was read or last updated (ISO 8601 day or month).
    pub date: &'static str,
    pub name_key: Msg,
    pub short_key: Msg,
}

#[derive(Debug, PartialEq)]
pub struct PathwayDef {
    pub id: &'static str,
    pub name_key: Msg,
    /// A short name for tight places (phone tabs); its words are part of the full name.
    pub short_key: Msg,
    pub summary_key: Msg,
    pub steps: &'static [StepDef],
    /// Questions to ask your care team (`handout-<id>.ask-N`), for the printed handout.
    pub questions: &'static [Msg],
    /// The reader's first questions answered at a glance (how long, hospital, risks, who,
    /// how well it works), shown first on the pathway's first step and in the handout.
    pub glance: &'static [GlanceDef],
}

/// One at-a-glance answer: `id` is `time`, `hospital`, `risks`, `who` or `works`.
#[derive(Debug, PartialEq)]
pub struct GlanceDef {
    pub id: &'static str,
    /// The question (`glance-<id>`).
    pub label_key: Msg,
    pub key: Msg,
    pub sources: &'static [Src],
}

#[derive(Debug, PartialEq)]
pub struct StepDef {
    pub id: &'static str,
    /// Where the cells being treated are at this step, for pathways that take cells out
    /// (`tracker-<location>` names it): donor, body, bag, lab, frozen, returned, given.
    pub cells: Option<CellPlace>,
    /// Where this step sits on the journey all pathways share (ARCHITECTURE.md, "Stages").
    pub stage: Stage,
    pub title_key: Msg,
    pub lead_key: Msg,
    /// Sources for the lead paragraph.
    pub sources: &'static [Src],
    pub diagram: DiagramDef,
    pub facts: &'static [FactDef],
}

#[derive(Debug, PartialEq)]
pub struct DiagramDef {
    /// Names the scene function that draws it (`crate::diagram::scene_for`).
    pub id: &'static str,
    pub title_key: Msg,
    pub desc_key: Msg,
    /// What each key frame of the animation shows, in order (`diagram-<id>.frame-N`).
    pub frames: &'static [Msg],
}

#[derive(Debug, PartialEq)]
pub struct FactDef {
    pub id: &'static str,
    pub key: Msg,
    pub sources: &'static [Src],
}

/// A glossary term: its name and one-line definition live in the locale files.
#[derive(Debug, PartialEq)]
pub struct TermDef {
    pub id: &'static str,
    pub name_key: Msg,
    pub def_key: Msg,
    pub sources: &'static [Src],
}

/// An approved product, walked through its pathway when chosen (`?therapy=<id>`).
#[derive(Debug, PartialEq)]
pub struct TherapyDef {
    pub id: &'static str,
    /// The pathway it follows (index into `CATALOG.pathways`, checked by the build).
    pub pathway: usize,
    /// For in vivo products: how it is given (the scenes bring that route forward).
    pub route: Option<DeliveryRoute>,
    pub sources: &'static [Src],
    pub name_key: Msg,
    pub generic_key: Msg,
    pub disease_key: Msg,
    pub who_key: Msg,
    pub tool_key: Msg,
    pub route_key: Msg,
    pub approved_key: Msg,
    /// Shown on every step of the pathway when the product's journey differs from the
    /// general one (e.g. CAR-T walks the ex vivo steps with T cells, not stem cells).
    pub caveat: Option<Msg>,
    /// (step id, key): this product's own detail for a step of its pathway.
    pub notes: &'static [(&'static str, Msg)],
    /// The label or regulator text its facts were last checked against.
    pub label: Src,
    /// When they were checked (ISO 8601 month or day).
    pub checked: &'static str,
    /// (step index, fact index) in its pathway: general facts that do not hold for it.
    pub skip: &'static [(u8, u8)],
    /// This product's answers to the reader's first questions.
    pub glance: &'static [GlanceDef],
    /// (step id, picture): the steps whose picture shows this product's own method
    /// (gene editing, T cells), in step order.
    pub scenes: &'static [(&'static str, DiagramDef)],
}

impl TherapyDef {
    /// Whether fact `fact` of step `step` (indices in its pathway) does not hold for it.
    pub fn skips(&self, step: usize, fact: usize) -> bool {
        self.skip.iter().any(|&(s, f)| usize::from(s) == step && usize::from(f) == fact)
    }

    /// The picture of the step with this id for this product: its own, if its method
    /// differs there.
    pub fn scene(&self, step: &str) -> Option<&'static DiagramDef> {
        self.scenes.iter().find(|(s, _)| *s == step).map(|(_, d)| d)
    }

    /// Whether it skips any general fact of the step with this id.
    pub fn skips_at(&self, step: &str) -> bool {
        let steps = CATALOG.pathways.get(self.pathway).map_or(&[][..], |p| p.steps);
        self.skip.iter().any(|&(s, _)| steps.get(usize::from(s)).is_some_and(|st| st.id == step))
    }

    /// Its own note for a step, if it has one.
    pub fn note(&self, step: &str) -> Option<Msg> {
        self.notes.iter().find(|(s, _)| *s == step).map(|(_, key)| *key)
    }
}

/// The side-by-side comparison: one row per question, one cell per pathway.
#[derive(Debug, PartialEq)]
pub struct CompareDef {
    /// Pathway ids, in column order.
    pub columns: &'static [&'static str],
    pub rows: &'static [RowDef],
}

#[derive(Debug, PartialEq)]
pub struct RowDef {
    pub id: &'static str,
    pub label_key: Msg,
    pub cells: &'static [CellDef],
}

/// One answer. `na`: the question does not apply to this pathway; `key` then says why.
#[derive(Debug, PartialEq)]
pub struct CellDef {
    pub pathway: &'static str,
    pub na: bool,
    pub key: Msg,
    pub sources: &'static [Src],
}

/// A range bar on the Day-0 timeline: days relative to the day the cells or vector are given.
#[derive(Debug, PartialEq)]
pub struct BarDef {
    pub pathway: &'static str,
    pub id: &'static str,
    pub from: i32,
    pub to: i32,
    pub key: Msg,
    pub sources: &'static [Src],
    /// The therapy id the figure is for; empty where it is not one product's.
    pub product: &'static str,
}

/// One message of the content, by index: named constants are in [`msg`], generated from
/// the keys of `content/<locale>/*.ftl`, so a misspelt key does not compile.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Msg(pub u16);

/// Natively a message shows as its key (test failures name the key); the wasm has no keys.
#[cfg(not(target_arch = "wasm32"))]
impl std::fmt::Display for Msg {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str(KEYS.get(usize::from(self.0)).copied().unwrap_or("<no such message>"))
    }
}

/// All messages of one locale: one string, cut into `lens` bytes each, in key order (a
/// length of 0 means the locale lacks it). Lengths rather than end offsets: small numbers
/// that repeat compress to two thirds of the size, and summing them is quick.
#[derive(Debug, PartialEq)]
pub struct LocaleData {
    pub tag: &'static str,
    pub text: &'static str,
    pub lens: &'static [u16],
}

include!(concat!(env!("OUT_DIR"), "/content.rs"));

impl Catalog {
    pub fn pathway_index(&self, id: &str) -> Option<usize> {
        self.pathways.iter().position(|p| p.id == id)
    }

    pub fn step_index(&self, pathway: usize, id: &str) -> Option<usize> {
        self.pathways.get(pathway)?.steps.iter().position(|s| s.id == id)
    }

    pub fn source(&self, id: &str) -> Option<&SourceDef> {
        self.sources.iter().find(|s| s.id == id)
    }

    /// The steps that cite `source` (in their lead or a fact), as (pathway, step) indices,
    /// in pathway order.
    pub fn steps_citing(&self, source: Src) -> Vec<(usize, usize)> {
        let mut steps = Vec::new();
        for (pi, p) in self.pathways.iter().enumerate() {
            for (si, s) in p.steps.iter().enumerate() {
                if s.sources.contains(&source) || s.facts.iter().any(|f| f.sources.contains(&source)) {
                    steps.push((pi, si));
                }
            }
        }
        steps
    }

    /// Index of the default pathway (the first one if the default id is unknown).
    pub fn default_pathway_index(&self) -> usize {
        self.pathway_index(self.default_pathway).unwrap_or(0)
    }
}

/// Every picture the content shows: each step's, then each product's own (a picture
/// several products share comes once per product).
pub fn diagrams() -> impl Iterator<Item = &'static DiagramDef> {
    let steps = CATALOG.pathways.iter().flat_map(|p| p.steps).map(|s| &s.diagram);
    steps.chain(THERAPIES.iter().flat_map(|t| t.scenes).map(|(_, d)| d))
}

/// The glossary term with this id.
pub fn term(id: &str) -> Option<&'static TermDef> {
    GLOSSARY.iter().find(|t| t.id == id)
}

/// The locale with this tag, if the content has it.
pub fn locale(tag: &str) -> Option<&'static LocaleData> {
    LOCALES.iter().find(|l| l.tag == tag)
}

/// The locale tags, English (the default) first.
pub fn locale_tags() -> Vec<&'static str> {
    let en = LOCALES.iter().filter(|l| l.tag == "en");
    en.chain(LOCALES.iter().filter(|l| l.tag != "en")).map(|l| l.tag).collect()
}
