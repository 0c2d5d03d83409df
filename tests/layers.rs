#![cfg(not(target_arch = "wasm32"))]
//! The layers import one way: content (typed data) <- model (pure state) <- describe (pure
//! sentences) <- view (the diagram, then the components that hold it) <- host (mount, effects, the embed protocol).
//! This reads every `crate::…` path in `src/` (comments left out) and fails on one that
//! points up a layer, and on yew, web_sys, gloo or wasm_bindgen in a pure layer, naming the
//! file and line.

use std::fs;
use std::path::{Path, PathBuf};

/// The layer of a top-level module of the crate, lowest first.
fn layer(module: &str) -> Option<u8> {
    Some(match module {
        "content" => 0,
        "model" => 1,
        "describe" => 2,
        "diagram" => 3,
        "components" => 4,
        "host" => 5,
        _ => return None,
    })
}

const LAYERS: [&str; 6] = ["content", "model", "describe", "view: diagram", "view: components", "host"];

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// (file, its top-level module) for every source file inside a layer.
fn layered_files() -> Vec<(PathBuf, String)> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    files
        .into_iter()
        .filter_map(|f| {
            let module = f
                .strip_prefix(&src)
                .ok()?
                .components()
                .next()?
                .as_os_str()
                .to_str()?
                .trim_end_matches(".rs")
                .to_string();
            layer(&module).map(|_| (f, module))
        })
        .collect()
}

/// The code of a line without its comment (doc links name modules without importing them).
fn code(line: &str) -> &str {
    line.split("//").next().unwrap_or("")
}

/// The top-level modules each `crate::` path in `text` names, with its line: `crate::model`
/// and every member of a group, `crate::{model::Nav, host::app}`, across lines too.
fn crate_paths(text: &str) -> Vec<(usize, String)> {
    let code: String = text.lines().map(code).collect::<Vec<_>>().join("\n");
    let ident = |s: &str| -> String {
        s.trim_start().chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '_').collect()
    };
    let mut out = Vec::new();
    for (i, _) in code.match_indices("crate::") {
        let line = code[..i].matches('\n').count() + 1;
        let rest = &code[i + "crate::".len()..];
        if let Some(group) = rest.strip_prefix('{') {
            // The group's members at its own depth, up to its closing brace.
            let (mut depth, mut start) = (0, 0);
            for (j, c) in group.char_indices() {
                match c {
                    '{' => depth += 1,
                    '}' if depth == 0 => {
                        out.push((line, ident(&group[start..j])));
                        break;
                    }
                    '}' => depth -= 1,
                    ',' if depth == 0 => {
                        out.push((line, ident(&group[start..j])));
                        start = j + 1;
                    }
                    _ => {}
                }
            }
        } else {
            out.push((line, ident(rest)));
        }
    }
    out.retain(|(_, m)| !m.is_empty());
    out
}

#[test]
fn the_path_reader_sees_groups_across_lines() {
    let text = "use crate::{\n    model::Nav,\n    host::{app, embed},\n};\nlet x = crate::describe::when; // crate::components\n";
    let got: Vec<(usize, String)> = crate_paths(text);
    assert_eq!(got, [(1, "model".into()), (1, "host".into()), (5, "describe".into())]);
}

#[test]
fn no_module_imports_a_layer_above_its_own() {
    let files = layered_files();
    assert!(files.len() > 30, "the source files were not found");
    let mut wrong = Vec::new();
    for (file, module) in &files {
        let own = layer(module).unwrap();
        for (n, target) in crate_paths(&fs::read_to_string(file).unwrap()) {
            if let Some(l) = layer(&target) {
                if l > own {
                    wrong.push(format!(
                        "{}:{n}: {module} ({}) imports {target} ({})",
                        file.display(),
                        LAYERS[own as usize],
                        LAYERS[l as usize]
                    ));
                }
            }
        }
    }
    assert!(wrong.is_empty(), "imports that point up a layer:\n{}", wrong.join("\n"));
}

#[test]
fn the_pure_layers_use_no_browser_or_view_crate() {
    let mut wrong = Vec::new();
    for (file, module) in layered_files() {
        if layer(&module).unwrap() > 2 {
            continue;
        }
        for (n, line) in fs::read_to_string(&file).unwrap().lines().enumerate() {
            let c = code(line);
            for krate in ["yew::", "web_sys", "gloo", "wasm_bindgen"] {
                if c.contains(krate) {
                    wrong.push(format!("{}:{}: {krate} in {module}", file.display(), n + 1));
                }
            }
        }
    }
    assert!(wrong.is_empty(), "browser or view crates in a pure layer:\n{}", wrong.join("\n"));
}

/// The sibling modules a file of `dir` names through `super::x` or `crate::<top>::x`.
fn sibling_imports(text: &str, top: &str, siblings: &[String]) -> Vec<String> {
    let mut out = Vec::new();
    for line in text.lines() {
        let c = code(line);
        for prefix in ["super::".to_string(), format!("crate::{top}::")] {
            for (i, _) in c.match_indices(prefix.as_str()) {
                let rest = &c[i + prefix.len()..];
                // `super::{a::A, b}` names several.
                let names: Vec<&str> = if let Some(group) = rest.strip_prefix('{') {
                    group.split('}').next().unwrap_or("").split(',').collect()
                } else {
                    vec![rest]
                };
                for n in names {
                    let n: String =
                        n.trim().chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '_').collect();
                    if siblings.contains(&n) && !out.contains(&n) {
                        out.push(n);
                    }
                }
            }
        }
    }
    out
}

#[test]
fn the_modules_of_a_layer_import_each_other_without_a_cycle() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut checked = 0;
    for top in ["components", "model", "describe", "content", "host", "diagram"] {
        let dir = src.join(top);
        let siblings: Vec<String> = fs::read_dir(&dir)
            .unwrap()
            .filter_map(|e| {
                let p = e.unwrap().path();
                let name = p.file_stem()?.to_str()?.to_string();
                (name != "mod").then_some(name)
            })
            .collect();
        let edges: Vec<(String, Vec<String>)> = siblings
            .iter()
            .map(|s| {
                let file = if dir.join(s).is_dir() {
                    dir.join(s).join("mod.rs")
                } else {
                    dir.join(format!("{s}.rs"))
                };
                let text = fs::read_to_string(&file).unwrap_or_default();
                let mut to = sibling_imports(&text, top, &siblings);
                to.retain(|t| t != s);
                (s.clone(), to)
            })
            .collect();
        // Depth-first search for a path back to where it started.
        fn visit(n: &str, edges: &[(String, Vec<String>)], path: &mut Vec<String>) -> Option<Vec<String>> {
            if let Some(at) = path.iter().position(|p| p == n) {
                let mut cycle = path[at..].to_vec();
                cycle.push(n.to_string());
                return Some(cycle);
            }
            path.push(n.to_string());
            for to in edges.iter().find(|(f, _)| f == n).map(|(_, t)| t.clone()).unwrap_or_default() {
                if let Some(c) = visit(&to, edges, path) {
                    return Some(c);
                }
            }
            path.pop();
            None
        }
        for (s, _) in &edges {
            if let Some(cycle) = visit(s, &edges, &mut Vec::new()) {
                panic!("an import cycle in src/{top}: {}", cycle.join(" -> "));
            }
        }
        checked += edges.iter().filter(|(_, t)| !t.is_empty()).count();
    }
    assert!(checked > 10, "too few imports between sibling modules were found: {checked}");
}

#[test]
fn the_cycle_finder_reads_grouped_and_crate_paths() {
    let siblings = ["a".to_string(), "b".to_string(), "c".to_string()];
    let text = "use super::{a::A, b};\nuse crate::components::c::C; // super::d\n";
    assert_eq!(sibling_imports(text, "components", &siblings), ["a", "b", "c"]);
}
