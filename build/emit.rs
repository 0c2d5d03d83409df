//! The generated Rust, as tokens (`quote`), pretty-printed by `prettyplease`. Every id is
//! resolved here against what the content declares, and one that does not resolve stops
//! the build naming the place: a message key no locale defines, a source no `[[sources]]`
//! entry declares, a vocabulary word not in `src/content/vocab.rs`, a product's pathway or
//! skipped step/fact that does not exist.

use std::collections::BTreeMap;

use proc_macro2::{Literal, TokenStream};
use quote::quote;

use crate::fluent::Locale;
use crate::schema::*;
use crate::vocab::{CellPlace, DeliveryRoute, SourceKind, Stage};

/// What ids resolve to: message keys to their `Msg` index, source ids to their `Src` byte.
pub struct Emitter {
    keys: BTreeMap<String, u16>,
    sources: BTreeMap<String, u8>,
}

/// The top bit of a message's length: its words are fetched later (`messages`). The same
/// as `content::LATER`, which the runtime reads (the build cannot import the crate).
const LATER: u16 = 0x8000;

fn lit_u16(n: u16) -> Literal {
    Literal::u16_unsuffixed(n)
}

fn lit_usize(n: usize) -> Literal {
    Literal::usize_unsuffixed(n)
}

/// A path such as `Stage::Give` as tokens.
fn path(p: &str) -> TokenStream {
    p.parse().expect("a vocabulary path")
}

/// A vocabulary word as tokens (`Stage::Give`), from its type's `resolve`. An unknown word
/// stops the build, naming where it is, the field, the word and the words allowed.
fn word(
    resolved: Result<&'static str, Vec<&'static str>>,
    place: &str,
    field: &str,
    value: &str,
) -> TokenStream {
    let p = resolved.unwrap_or_else(|allowed| {
        let at = locate(&format!("{field} = {value:?}"));
        panic!("{at}: {place}: `{field} = {value:?}` is not one of {allowed:?}")
    });
    path(p)
}

/// Where `needle` is written in the content's TOML files: `content/pathways/ex-vivo.toml:44`
/// (every line that has it, comments left out), for the message that stops the build.
fn locate(needle: &str) -> String {
    let mut found = Vec::new();
    let mut dirs = vec![std::path::PathBuf::from("content")];
    while let Some(dir) = dirs.pop() {
        let mut entries: Vec<_> =
            std::fs::read_dir(&dir).into_iter().flatten().flatten().map(|e| e.path()).collect();
        entries.sort();
        for path in entries {
            if path.is_dir() {
                dirs.push(path);
            } else if path.extension().is_some_and(|x| x == "toml") {
                let text = std::fs::read_to_string(&path).unwrap_or_default();
                for (n, line) in text.lines().enumerate() {
                    if !line.trim_start().starts_with('#') && line.contains(needle) {
                        found.push(format!("{}:{}", path.display(), n + 1));
                    }
                }
            }
        }
    }
    if found.is_empty() {
        "content".to_string()
    } else {
        found.join(", ")
    }
}

impl Emitter {
    pub fn new(keys: &[&str], sources: &[Source]) -> Emitter {
        assert!(keys.len() < usize::from(u16::MAX), "too many messages for a u16 index");
        let keys = keys.iter().enumerate().map(|(i, k)| (k.to_string(), i as u16)).collect();
        let mut index = BTreeMap::new();
        for (i, s) in sources.iter().enumerate() {
            let byte = u8::try_from(i).expect("content: more than 256 sources do not fit a `Src` byte");
            assert!(
                index.insert(s.id.clone(), byte).is_none(),
                "content: the source `{}` is declared twice",
                s.id
            );
        }
        Emitter { keys, sources: index }
    }

    /// A message key as `Msg(<index>)`. A key that no locale defines stops the build here,
    /// naming it (a step, fact or diagram without words).
    fn msg(&self, key: &str) -> TokenStream {
        match self.keys.get(key) {
            Some(&i) => {
                let i = lit_u16(i);
                quote!(Msg(#i))
            }
            None => panic!("content: no locale has the message `{key}` (see ARCHITECTURE.md, Content keys)"),
        }
    }

    /// `Some(Msg(i))` if some locale defines `key`, else `None`: for optional messages.
    fn optional(&self, key: &str) -> TokenStream {
        match self.keys.contains_key(key) {
            true => {
                let m = self.msg(key);
                quote!(Some(#m))
            }
            false => quote!(None),
        }
    }

    /// The messages `<prefix>-1`, `<prefix>-2`, … up to the first missing number (a
    /// diagram's key frames `diagram-<id>.frame-N`, a handout's questions).
    fn numbered(&self, prefix: &str) -> TokenStream {
        let keys: Vec<TokenStream> = (1..)
            .map(|n| format!("{prefix}-{n}"))
            .take_while(|k| self.keys.contains_key(k))
            .map(|k| self.msg(&k))
            .collect();
        quote!(&[#(#keys),*])
    }

    /// One source id as `Src(3)`: one byte in the wasm instead of a string reference. An id
    /// no `[[sources]]` entry declares stops the build, naming where it is cited.
    fn src(&self, id: &str, place: &str) -> TokenStream {
        match self.sources.get(id) {
            Some(&i) => {
                let i = Literal::u8_unsuffixed(i);
                quote!(Src(#i))
            }
            None => panic!(
                "{}: {place} cites the source `{id}`, which no [[sources]] entry declares",
                locate(&format!("{id:?}"))
            ),
        }
    }

    fn srcs(&self, list: &[String], place: &str) -> TokenStream {
        let refs = list.iter().map(|id| self.src(id, place));
        quote!(&[#(#refs),*])
    }

    /// The answers at a glance under `base` (`glance-ex-vivo`, `therapy-zolgensma-glance`).
    fn glance(&self, base: &str, g: Option<&Glance>) -> TokenStream {
        let rows = g.map(|g| g.rows()).into_iter().flatten().map(|(id, sources)| {
            let (label, key) = (self.msg(&format!("glance-{id}")), self.msg(&format!("{base}.{id}")));
            let sources = self.srcs(sources, &format!("{base}.{id}"));
            quote!(GlanceDef { id: #id, label_key: #label, key: #key, sources: #sources })
        });
        quote!(&[#(#rows),*])
    }

    /// The message constants (`msg::NAV_NEXT`), each locale as one string with the length
    /// of each message (0: the locale lacks it), and, natively, the key names for tests.
    /// A length with the top bit set marks a message fetched later (`later`); with `split`
    /// its words are left out of the string (`scripts/generate` writes them to
    /// `static/later/<locale>.txt`). A message marked `elsewhere` shows only on a page that
    /// `scripts/generate` renders natively (the handouts): with `split` the wasm has neither
    /// its words nor a length for it.
    pub fn messages(
        &self,
        keys: &[&str],
        locales: &[Locale],
        later: &[bool],
        elsewhere: &[bool],
        split: bool,
    ) -> TokenStream {
        let mut names = BTreeMap::new();
        let consts = keys.iter().map(|key| {
            let name = const_name(key);
            if let Some(other) = names.insert(name.clone(), *key) {
                panic!("content: the keys `{other}` and `{key}` both become the constant {name}");
            }
            let ident = quote::format_ident!("{}", name);
            let m = self.msg(key);
            quote!(pub const #ident: Msg = #m;)
        });
        let consts: Vec<TokenStream> = consts.collect();
        let locales = locales.iter().map(|(tag, messages)| {
            let mut text = String::new();
            let lens = keys.iter().zip(later).zip(elsewhere).map(|((key, &later), &elsewhere)| {
                if elsewhere && split {
                    return lit_u16(0);
                }
                let value = messages.get(*key).map_or("", String::as_str);
                let len = u16::try_from(value.len())
                    .ok()
                    .filter(|&l| l < LATER)
                    .unwrap_or_else(|| panic!("content/{tag}: the message `{key}` is over 32,767 bytes"));
                if !(later && split) {
                    text.push_str(value);
                }
                lit_u16(if later { len | LATER } else { len })
            });
            let lens: Vec<Literal> = lens.collect();
            quote!(LocaleData { tag: #tag, text: #text, lens: &[#(#lens),*] })
        });
        quote! {
            /// Every message, by name (generated from the keys in content/<locale>/*.ftl).
            pub mod msg {
                use super::Msg;
                #(#consts)*
            }
            pub static LOCALES: &[LocaleData] = &[#(#locales),*];
            /// The words of messages marked later are not in `LOCALES` (a release build for
            /// the browser): they arrive in a file of their own.
            pub const SPLIT: bool = #split;
            /// Message keys by index: for tests and tools, not shipped in the wasm.
            #[cfg(not(target_arch = "wasm32"))]
            pub static KEYS: &[&str] = &[#(#keys),*];
        }
    }

    pub fn catalog(&self, s: &Structure) -> TokenStream {
        let sources = s.sources.iter().map(|src| {
            let kind = word(SourceKind::resolve(&src.kind), &format!("source {}", src.id), "kind", &src.kind);
            let (id, file, cites, url, date) = (&src.id, &src.file, &src.cites, &src.url, &src.date);
            let name = self.msg(&format!("source-{id}"));
            let short = self.msg(&format!("source-{id}.short"));
            quote! {
                SourceDef {
                    id: #id, kind: #kind,
                    #[cfg(not(target_arch = "wasm32"))] file: #file,
                    #[cfg(not(target_arch = "wasm32"))] cites: #cites,
                    url: #url, date: #date, name_key: #name, short_key: #short,
                }
            }
        });
        let pathways = s.pathways.iter().map(|p| self.pathway(p));
        let (reviewed, default_pathway) = (&s.reviewed, &s.default_pathway);
        quote! {
            pub static CATALOG: Catalog = Catalog {
                reviewed: #reviewed,
                default_pathway: #default_pathway,
                sources: &[#(#sources),*],
                pathways: &[#(#pathways),*],
            };
        }
    }

    fn pathway(&self, p: &Pathway) -> TokenStream {
        let id = &p.id;
        let steps = p.steps.iter().map(|st| {
            let base = format!("step-{id}-{}", st.id);
            let cells = match st.cells.as_str() {
                "" => quote!(None),
                c => {
                    let w = word(CellPlace::resolve(c), &base, "cells", c);
                    quote!(Some(#w))
                }
            };
            let stage = word(Stage::resolve(&st.stage), &base, "stage", &st.stage);
            let (title, lead) = (self.msg(&base), self.msg(&format!("{base}.lead")));
            let sources = self.srcs(&st.sources, &format!("{base}.lead"));
            let diagram = self.diagram(&st.diagram);
            let facts = st.facts.iter().map(|f| {
                let key = format!("fact-{id}-{}-{}", st.id, f.id);
                let (fid, m, sources) = (&f.id, self.msg(&key), self.srcs(&f.sources, &key));
                quote!(FactDef { id: #fid, key: #m, sources: #sources })
            });
            let sid = &st.id;
            quote! {
                StepDef {
                    id: #sid, cells: #cells, stage: #stage, title_key: #title, lead_key: #lead, sources: #sources,
                    diagram: #diagram,
                    facts: &[#(#facts),*],
                }
            }
        });
        let (name, short, summary) = (
            self.msg(&format!("pathway-{id}")),
            self.msg(&format!("pathway-{id}.short")),
            self.msg(&format!("pathway-{id}.summary")),
        );
        let questions = self.numbered(&format!("handout-{id}.ask"));
        let glance = self.glance(&format!("glance-{id}"), p.glance.as_ref());
        quote! {
            PathwayDef {
                id: #id, name_key: #name, short_key: #short, summary_key: #summary,
                steps: &[#(#steps),*], questions: #questions, glance: #glance,
            }
        }
    }

    /// A diagram by id: its title, description and each key frame's words.
    fn diagram(&self, d: &str) -> TokenStream {
        let (title, desc) = (self.msg(&format!("diagram-{d}.title")), self.msg(&format!("diagram-{d}.desc")));
        let frames = self.numbered(&format!("diagram-{d}.frame"));
        quote!(DiagramDef { id: #d, title_key: #title, desc_key: #desc, frames: #frames })
    }

    /// The glossary, in the order given (main.rs sorts it by the English names).
    pub fn glossary(&self, g: &Glossary) -> TokenStream {
        let terms = g.terms.iter().map(|t| {
            let key = format!("term-{}", t.id);
            let (id, name, def, sources) =
                (&t.id, self.msg(&key), self.msg(&format!("{key}.def")), self.srcs(&t.sources, &key));
            quote!(TermDef { id: #id, name_key: #name, def_key: #def, sources: #sources })
        });
        quote!(pub static GLOSSARY: &[TermDef] = &[#(#terms),*];)
    }

    pub fn therapies(&self, t: &Therapies, pathways: &[Pathway]) -> TokenStream {
        let all = t.therapies.iter().map(|th| {
            let key = format!("therapy-{}", th.id);
            let index = pathways.iter().position(|p| p.id == th.pathway).unwrap_or_else(|| {
                let ids: Vec<&str> = pathways.iter().map(|p| p.id.as_str()).collect();
                let at = locate(&format!("pathway = {:?}", th.pathway));
                panic!("{at}: therapy {} follows pathway `{}`; the pathways are {ids:?}", th.id, th.pathway)
            });
            let pathway = &pathways[index];
            let notes = th.notes.iter().map(|step| {
                let m = self.msg(&format!("{key}-{step}"));
                quote!((#step, #m))
            });
            // "step/fact" as (step index, fact index) in the product's pathway; an id that
            // is not there stops the build, naming it.
            let skips = th.skip.iter().map(|s| {
                let (step, fact) = s.split_once('/').unwrap_or((s.as_str(), ""));
                let found = pathway
                    .steps
                    .iter()
                    .enumerate()
                    .find(|(_, st)| st.id == step)
                    .and_then(|(i, st)| Some((i, st.facts.iter().position(|f| f.id == fact)?)));
                let (i, j) = found.unwrap_or_else(|| {
                    panic!(
                        "content: therapy {} skips `{s}`, which is not a step/fact of {}",
                        th.id, th.pathway
                    )
                });
                let byte = |n: usize| {
                    Literal::u8_unsuffixed(u8::try_from(n).expect("content: over 255 steps or facts"))
                };
                let (i, j) = (byte(i), byte(j));
                quote!((#i, #j))
            });
            let route = match th.route.as_str() {
                "" => quote!(None),
                r => {
                    let w = word(DeliveryRoute::resolve(r), &key, "route", r);
                    quote!(Some(#w))
                }
            };
            // Every product names the label its facts were checked against.
            assert!(
                !th.label.is_empty(),
                "content: therapy {} needs a `label` (the source its facts were checked against)",
                th.id
            );
            let label = self.src(&th.label, &format!("therapy-{} `label`", th.id));
            let (id, checked, index) = (&th.id, &th.checked, lit_usize(index));
            let sources = self.srcs(&th.sources, &key);
            let [name, generic, disease, who, tool, route_key, approved] =
                ["", ".generic", ".disease", ".who", ".tool", ".route", ".approved"]
                    .map(|a| self.msg(&format!("{key}{a}")));
            let caveat = self.optional(&format!("{key}.caveat"));
            let glance = self.glance(&format!("{key}-glance"), th.glance.as_ref());
            // Its own pictures, in the order of its pathway's steps; a step it lacks stops the build.
            for step in th.scenes.keys() {
                if !pathway.steps.iter().any(|st| &st.id == step) {
                    let at = locate(&format!("{step} = "));
                    panic!(
                        "{at}: therapy {} has a picture for step `{step}`, which {} lacks",
                        th.id, th.pathway
                    );
                }
            }
            let scenes = pathway.steps.iter().filter_map(|st| {
                let d = self.diagram(th.scenes.get(&st.id)?);
                let step = &st.id;
                Some(quote!((#step, #d)))
            });
            quote! {
                TherapyDef {
                    id: #id, pathway: #index, route: #route, sources: #sources, name_key: #name,
                    generic_key: #generic, disease_key: #disease, who_key: #who, tool_key: #tool,
                    route_key: #route_key, approved_key: #approved, caveat: #caveat,
                    notes: &[#(#notes),*], label: #label, checked: #checked, skip: &[#(#skips),*],
                    glance: #glance, scenes: &[#(#scenes),*],
                }
            }
        });
        quote!(pub static THERAPIES: &[TherapyDef] = &[#(#all),*];)
    }

    pub fn compare(&self, c: &Compare) -> TokenStream {
        let columns = &c.columns;
        let rows = c.rows.iter().map(|row| {
            let cells = row.cells.iter().map(|cell| {
                let key = format!("compare-{}-{}", row.id, cell.pathway);
                let (pathway, na, m, sources) =
                    (&cell.pathway, cell.na, self.msg(&key), self.srcs(&cell.sources, &key));
                quote!(CellDef { pathway: #pathway, na: #na, key: #m, sources: #sources })
            });
            let (id, label) = (&row.id, self.msg(&format!("compare-{}", row.id)));
            quote!(RowDef { id: #id, label_key: #label, cells: &[#(#cells),*] })
        });
        quote!(pub static COMPARE: CompareDef = CompareDef { columns: &[#(#columns),*], rows: &[#(#rows),*] };)
    }

    pub fn timeline(&self, t: &Timeline) -> TokenStream {
        let bars = t.bars.iter().map(|b| {
            let key = format!("timeline-{}-{}", b.pathway, b.id);
            let (pathway, id, m, sources) = (&b.pathway, &b.id, self.msg(&key), self.srcs(&b.sources, &key));
            let (from, to, product) = (day(b.from), day(b.to), &b.product);
            quote!(BarDef { pathway: #pathway, id: #id, from: #from, to: #to, key: #m, sources: #sources, product: #product })
        });
        quote!(pub static TIMELINE: &[BarDef] = &[#(#bars),*];)
    }
}

/// A day relative to Day 0 as tokens (a negative number is a minus and a literal).
fn day(d: i32) -> TokenStream {
    let n = Literal::u32_unsuffixed(d.unsigned_abs());
    if d < 0 {
        quote!(-#n)
    } else {
        quote!(#n)
    }
}

/// The Rust constant name of a key: `step-ex-vivo-lab.lead` -> `STEP_EX_VIVO_LAB_LEAD`.
fn const_name(key: &str) -> String {
    key.chars().map(|c| if c.is_ascii_alphanumeric() { c.to_ascii_uppercase() } else { '_' }).collect()
}
