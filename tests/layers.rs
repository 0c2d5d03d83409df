#![cfg(not(target_arch = "wasm32"))]
//! The layers import one way: content (typed data) <- model (pure state) <- describe (pure
//! sentences) <- view (components, diagram) <- host (mount, effects, the embed protocol).
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
        "components" | "diagram" => 3,
        "host" => 4,
        _ => return None,
    })
}

const LAYERS: [&str; 5] = ["content", "model", "describe", "view", "host"];

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

#[test]
fn no_module_imports_a_layer_above_its_own() {
    let files = layered_files();
    assert!(files.len() > 30, "the source files were not found");
    let mut wrong = Vec::new();
    for (file, module) in &files {
        let own = layer(module).unwrap();
        for (n, line) in fs::read_to_string(file).unwrap().lines().enumerate() {
            for (i, _) in code(line).match_indices("crate::") {
                let rest = &code(line)[i + "crate::".len()..];
                let target: String =
                    rest.chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '_').collect();
                if let Some(l) = layer(&target) {
                    if l > own {
                        wrong.push(format!(
                            "{}:{}: {} ({}) imports {} ({})",
                            file.display(),
                            n + 1,
                            module,
                            LAYERS[own as usize],
                            target,
                            LAYERS[l as usize]
                        ));
                    }
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
