//! The embed protocol's golden cases (`tests/protocol/golden.json`), the Rust side: the
//! widget encodes each event as the golden string, and reads each command's list into the
//! golden place. `tests/js/protocol.test.mjs` checks the same cases in the loaders' code.
#![cfg(not(target_arch = "wasm32"))]

use gene_therapy_explainer::content::{locale_tags, CATALOG, THERAPIES};
use gene_therapy_explainer::model::protocol::{pairs, HostEvent, SEP};
use gene_therapy_explainer::model::{route, settings, Theme, View};
use serde_json::Value;

fn golden() -> Value {
    let text =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/protocol/golden.json")).unwrap();
    serde_json::from_str(&text).unwrap()
}

fn view(hash: &str) -> View {
    let parsed = route::parse(hash, &CATALOG, THERAPIES);
    assert!(parsed.notes.is_empty(), "{hash}: {:?}", parsed.notes);
    parsed.place.view
}

#[test]
fn every_golden_event_is_encoded_as_its_string() {
    let cases = golden()["events"].as_array().unwrap().clone();
    assert!(cases.len() >= 4);
    for case in cases {
        let v = view(case["hash"].as_str().unwrap());
        let event = match case["event"].as_str().unwrap() {
            "ready" => HostEvent::Ready(v),
            "step-changed" => HostEvent::StepChanged(v),
            "pathway-completed" => match v {
                View::Step(r) => HostEvent::PathwayCompleted(r.pathway),
                View::Page(_) => panic!("a pathway completes on a step"),
            },
            other => panic!("no event {other}"),
        };
        assert_eq!(event.encode(&CATALOG), case["wire"].as_str().unwrap(), "{case}");
    }
}

#[test]
fn every_golden_command_opens_its_place() {
    let cases = golden()["commands"].as_array().unwrap().clone();
    assert!(cases.len() >= 5);
    for case in cases {
        let list: Vec<&str> = case["wire"].as_array().unwrap().iter().map(|v| v.as_str().unwrap()).collect();
        let wire = list.join(&SEP.to_string());
        let now = route::parse(case["from"].as_str().unwrap(), &CATALOG, THERAPIES).place;
        let c = settings::command(&pairs(&wire), now, &locale_tags(), &CATALOG, THERAPIES);
        assert_eq!(c.parsed.place.to_hash(&CATALOG, THERAPIES), case["opens"].as_str().unwrap(), "{case}");
        let theme = case.get("theme").and_then(Value::as_str).map(|t| Theme::from_slug(t).unwrap());
        assert_eq!(c.theme, theme, "{case}");
        assert_eq!(c.lang, case.get("lang").and_then(Value::as_u64).map(|l| l as usize), "{case}");
        assert_eq!(
            c.parsed.notes.len() as u64,
            case["notes"].as_u64().expect("notes"),
            "{case}: {:?}",
            c.parsed.notes
        );
    }
}
