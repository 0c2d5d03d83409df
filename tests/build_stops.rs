//! The build stops on a content mistake, naming it: each case copies `content/`, makes one
//! mistake in the copy, and runs the build's own code (`build/generate.rs`) on it, which
//! must panic (the build's way of stopping) with a message naming the file and line, the
//! entry, the field and the value. The unchanged copy must build, so a case cannot pass for another reason.
#![cfg(not(target_arch = "wasm32"))]

#[allow(dead_code)]
#[path = "../build/emit.rs"]
mod emit;
#[allow(dead_code)]
#[path = "../build/fluent.rs"]
mod fluent;
#[path = "../build/generate.rs"]
mod generate;
#[allow(dead_code)]
#[path = "../src/content/plural.rs"]
mod plural;
#[allow(dead_code)]
#[path = "../build/read.rs"]
mod read;
#[allow(dead_code)]
#[path = "../build/schema.rs"]
mod schema;
#[allow(dead_code)]
#[path = "../src/content/vocab.rs"]
mod vocab;

use std::fs;
use std::path::{Path, PathBuf};

fn copy_dir(from: &Path, to: &Path) {
    fs::create_dir_all(to).unwrap();
    for entry in fs::read_dir(from).unwrap() {
        let path = entry.unwrap().path();
        let target = to.join(path.file_name().unwrap());
        if path.is_dir() {
            copy_dir(&path, &target);
        } else {
            fs::copy(&path, &target).unwrap();
        }
    }
}

/// One mistake: in `file` (under content/), the first `from` becomes `to`; the build's
/// message must contain each of `says`.
struct Case {
    file: &'static str,
    from: &'static str,
    to: &'static str,
    says: &'static [&'static str],
}

const CASES: &[Case] = &[
    Case {
        file: "pathways/ex-vivo.toml",
        from: "stage = \"assess\"",
        to: "stage = \"asess\"",
        says: &[
            "content/pathways/ex-vivo.toml:44: step-ex-vivo-",
            "stage = \"asess\"",
            "is not one of",
            "\"assess\"",
        ],
    },
    Case {
        file: "pathways/ex-vivo.toml",
        from: "cells = \"body\"",
        to: "cells = \"bodyy\"",
        says: &["content/pathways/ex-vivo.toml:", "cells = \"bodyy\"", "is not one of", "\"body\""],
    },
    Case {
        file: "therapies/in-vivo.toml",
        from: "route = \"iv\"",
        to: "route = \"vein\"",
        says: &["content/therapies/in-vivo.toml:", "therapy-", "route = \"vein\"", "\"iv\""],
    },
    Case {
        file: "catalog.toml",
        from: "id = \"idf\"\nkind = \"text\"",
        to: "id = \"idf\"\nkind = \"txt\"",
        says: &["content/catalog.toml:", "source idf", "kind = \"txt\"", "\"text\""],
    },
    Case {
        file: "therapies/in-vivo.toml",
        from: "pathway = \"in-vivo\"",
        to: "pathway = \"in-vitro\"",
        says: &["content/therapies/in-vivo.toml:", "follows pathway `in-vitro`", "\"in-vivo\""],
    },
    Case {
        file: "pathways/hsct.toml",
        from: "sources = [\"idf\",",
        to: "sources = [\"idff\",",
        says: &["content/pathways/hsct.toml:47", "cites the source `idff`"],
    },
];

fn panic_text(e: Box<dyn std::any::Any + Send>) -> String {
    e.downcast_ref::<String>()
        .cloned()
        .or_else(|| e.downcast_ref::<&str>().map(|s| s.to_string()))
        .unwrap_or_default()
}

#[test]
fn a_content_mistake_stops_the_build_naming_it() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let work: PathBuf = std::env::temp_dir().join(format!("gte-build-stops-{}", std::process::id()));
    let _ = fs::remove_dir_all(&work);
    copy_dir(&root.join("content"), &work.join("content"));
    // The build reads `content/` from the current directory; this binary has one test, so
    // nothing else depends on it meanwhile.
    std::env::set_current_dir(&work).unwrap();
    let quiet = std::panic::take_hook();
    std::panic::set_hook(Box::new(|_| {}));
    let clean = std::panic::catch_unwind(generate::content_rs);
    let mut failures = Vec::new();
    if let Err(e) = &clean {
        failures.push(format!(
            "the unchanged content does not build: {}",
            e.downcast_ref::<String>().unwrap_or(&String::new())
        ));
    }
    for case in CASES {
        let file = work.join("content").join(case.file);
        let original = fs::read_to_string(&file).unwrap();
        assert!(original.contains(case.from), "{}: no `{}` to change", case.file, case.from);
        fs::write(&file, original.replacen(case.from, case.to, 1)).unwrap();
        match std::panic::catch_unwind(generate::content_rs) {
            Ok(_) => failures.push(format!("{}: `{}` built", case.file, case.to)),
            Err(e) => {
                let said = panic_text(e);
                for part in case.says {
                    if !said.contains(part) {
                        failures.push(format!(
                            "{}: `{}`: the message {said:?} does not say {part:?}",
                            case.file, case.to
                        ));
                    }
                }
            }
        }
        fs::write(&file, original).unwrap();
    }
    std::panic::set_hook(quiet);
    std::env::set_current_dir(root).unwrap();
    let _ = fs::remove_dir_all(&work);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
