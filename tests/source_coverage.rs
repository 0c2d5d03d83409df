#![cfg(not(target_arch = "wasm32"))]
//! The claim-by-claim map of the source texts (`docs/source-coverage.md`) stays true: every
//! content key it names exists, every row has a status (and a reason when a claim is only
//! partly carried or left out), row ids are unique, and its summary counts are the rows'.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::Path;

use gene_therapy_explainer::content::KEYS;

const STATUSES: [&str; 3] = ["carried", "partly", "left out"];

struct Row {
    id: String,
    section: String,
    keys: Vec<String>,
    status: String,
    note: String,
}

fn map_text() -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/source-coverage.md");
    fs::read_to_string(&path).expect("docs/source-coverage.md")
}

/// The table rows of every `## <source>` section before the summary.
fn rows(text: &str) -> Vec<Row> {
    let mut out = Vec::new();
    let mut section = String::new();
    for line in text.lines() {
        if let Some(h) = line.strip_prefix("## ") {
            section = h.trim().to_string();
            continue;
        }
        if section.eq_ignore_ascii_case("summary") || !line.starts_with('|') {
            continue;
        }
        let cells: Vec<&str> = line.trim().trim_matches('|').split('|').map(str::trim).collect();
        if cells.first().is_some_and(|c| *c == "#" || c.starts_with("---")) {
            continue;
        }
        assert_eq!(cells.len(), 5, "{section}: a row needs # | claim | keys | status | note: {line}");
        let keys = cells[2].split('`').skip(1).step_by(2).map(str::to_string).collect();
        out.push(Row {
            id: cells[0].to_string(),
            section: section.clone(),
            keys,
            status: cells[3].to_string(),
            note: cells[4].to_string(),
        });
    }
    out
}

#[test]
fn every_key_the_coverage_map_names_exists() {
    let keys: BTreeSet<&str> = KEYS.iter().copied().collect();
    let rows = rows(&map_text());
    for r in &rows {
        for k in &r.keys {
            assert!(
                keys.contains(k.as_str()),
                "source-coverage {}: the content key `{k}` no longer exists",
                r.id
            );
        }
    }
}

#[test]
fn every_row_has_a_status_and_a_reason_when_not_carried() {
    let rows = rows(&map_text());
    assert!(rows.len() > 60, "the map has {} rows; a claim-by-claim map has well over 60", rows.len());
    let mut ids = BTreeSet::new();
    for r in &rows {
        assert!(ids.insert(r.id.clone()), "source-coverage: row id {} twice", r.id);
        assert!(STATUSES.contains(&r.status.as_str()), "source-coverage {}: status {:?}", r.id, r.status);
        match r.status.as_str() {
            "carried" => assert!(!r.keys.is_empty(), "source-coverage {}: carried by which key?", r.id),
            "partly" => {
                assert!(!r.keys.is_empty(), "source-coverage {}: partly carried by which key?", r.id);
                assert!(!r.note.is_empty(), "source-coverage {}: say what is missing", r.id);
            }
            _ => assert!(!r.note.is_empty(), "source-coverage {}: say why it is left out", r.id),
        }
    }
    // Every source text and the facts table have a section.
    let sections: BTreeSet<&str> = rows.iter().map(|r| r.section.as_str()).collect();
    for entry in fs::read_dir(Path::new(env!("CARGO_MANIFEST_DIR")).join("sources")).unwrap() {
        let name = entry.unwrap().file_name().to_string_lossy().into_owned();
        if name.ends_with(".txt") || name == "facts.md" {
            assert!(sections.contains(name.as_str()), "source-coverage: no section for {name}");
        }
    }
}

#[test]
fn the_summary_counts_are_the_rows() {
    let text = map_text();
    let rows = rows(&text);
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    for r in &rows {
        *counts.entry(r.status.as_str()).or_default() += 1;
    }
    let summary = text.split("## Summary").nth(1).expect("source-coverage: a ## Summary section");
    for status in STATUSES {
        let n = counts.get(status).copied().unwrap_or(0);
        let line = summary
            .lines()
            .find(|l| l.to_lowercase().contains(status) && l.chars().any(|c| c.is_ascii_digit()))
            .unwrap_or_else(|| panic!("source-coverage summary: no count for {status}"));
        let numbers: Vec<usize> =
            line.split(|c: char| !c.is_ascii_digit()).filter_map(|w| w.parse().ok()).collect();
        assert!(
            numbers.contains(&n),
            "source-coverage summary: {status} is {n} rows, the summary says {line:?}"
        );
    }
}
