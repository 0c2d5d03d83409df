//! `generated/content.json`: what the JavaScript tests expect, read from the compiled
//! content (so no JS test parses TOML, Fluent or Rust source): every pathway's steps with
//! their English titles, facts and key frames, every product with its pathway and the
//! facts it skips, every English message by key, and how long a key frame holds.

use gene_therapy_explainer::content::{choose, Texts, CATALOG, KEYS, THERAPIES};
use gene_therapy_explainer::describe::page_title_key;
use gene_therapy_explainer::diagram::{key, labels};
use gene_therapy_explainer::model::player::FRAME_MS;
use gene_therapy_explainer::model::route::{page_file, PAGES_FOLDER};
use gene_therapy_explainer::model::{Place, View};
use serde_json::{json, Map, Value};

pub fn json() -> String {
    let en = Texts::en();
    let pathways: Vec<Value> = CATALOG
        .pathways
        .iter()
        .map(|p| {
            let steps: Vec<Value> = p
                .steps
                .iter()
                .map(|s| {
                    json!({
                        "id": s.id,
                        "title": en.t(s.title_key),
                        "stage": s.stage.slug(),
                        "cells": s.cells.map(|c| c.slug()),
                        "facts": s.facts.iter().map(|f| f.id).collect::<Vec<_>>(),
                        "diagram": s.diagram.id,
                        "frames": s.diagram.frames.iter().map(|&f| en.t(f)).collect::<Vec<_>>(),
                        "labels": labels(s.diagram.id).iter().map(|&m| en.t(m)).collect::<Vec<_>>(),
                        "key": key(s.diagram.id).map(|(m, _)| en.t(m)).collect::<Vec<_>>(),
                    })
                })
                .collect();
            json!({ "id": p.id, "name": en.t(p.name_key), "steps": steps })
        })
        .collect();
    let therapies: Vec<Value> = THERAPIES
        .iter()
        .map(|t| {
            let p = &CATALOG.pathways[t.pathway];
            let skip: Vec<String> = t
                .skip
                .iter()
                .map(|&(s, f)| {
                    let step = &p.steps[usize::from(s)];
                    format!("{}/{}", step.id, step.facts[usize::from(f)].id)
                })
                .collect();
            // Its own pictures: step id -> the scene and its words.
            let scenes: Map<String, Value> = t
                .scenes
                .iter()
                .map(|(step, d)| {
                    let frames: Vec<&str> = d.frames.iter().map(|&f| en.t(f)).collect();
                    let key: Vec<&str> = key(d.id).map(|(m, _)| en.t(m)).collect();
                    let labels: Vec<&str> = labels(d.id).iter().map(|&m| en.t(m)).collect();
                    let json = json!({
                        "diagram": d.id, "title": en.t(d.title_key), "frames": frames, "key": key, "labels": labels,
                    });
                    (step.to_string(), json)
                })
                .collect();
            json!({ "id": t.id, "name": en.t(t.name_key), "pathway": p.id, "skip": skip, "scenes": scenes })
        })
        .collect();
    // A message with a plural choice as its default variant (`{$n} days before`).
    let messages: Map<String, Value> = KEYS
        .iter()
        .filter_map(|k| en.get(k).map(|t| (k.to_string(), Value::from(choose(t, &[], "en")))))
        .collect();
    // Every view: its hash, its static page (static/guide/) and its heading.
    let views: Vec<Value> = View::all(&CATALOG)
        .map(|v| {
            let heading = match v {
                View::Step(r) => en.t(CATALOG.pathways[r.pathway].steps[r.step].title_key),
                View::Page(p) => en.t(page_title_key(p)),
            };
            json!({
                "hash": Place::new(v, None).to_hash(&CATALOG, THERAPIES),
                "page": format!("{PAGES_FOLDER}{}", page_file(v, &CATALOG)),
                "heading": heading,
            })
        })
        .collect();
    let manifest = json!({
        "generated": "by scripts/generate from content/ and src/; do not edit",
        "frameMs": FRAME_MS,
        "defaultPathway": CATALOG.default_pathway,
        "pathways": pathways,
        "views": views,
        "therapies": therapies,
        "messages": messages,
    });
    serde_json::to_string_pretty(&manifest).unwrap() + "\n"
}
