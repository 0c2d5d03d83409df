//! URL state: `#/<pathway>/<step>` (step 1-based), parsed forgivingly.
//!
//! Any hash gives a valid route. What could not be honoured comes back as a
//! [`RouteNote`], which the widget shows so the reader knows why they landed where they did.

use crate::content::Catalog;

/// A valid place in the content: a pathway index and a 0-based step index.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Route {
    pub pathway: usize,
    pub step: usize,
}

/// Why the route shown differs from the one asked for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RouteNote {
    /// No pathway has this id; the default pathway is shown.
    UnknownPathway { asked: String },
    /// The step is not a number in 1..=total; `shown` is the 1-based step shown instead.
    StepOutOfRange { asked: String, total: usize, shown: usize },
    /// The hash has a shape we cannot read at all.
    Malformed,
}

/// The result of reading a URL hash: always a route, sometimes a note.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Parsed {
    pub route: Route,
    pub note: Option<RouteNote>,
}

/// The longest piece of a bad URL repeated back to the reader.
const MAX_ECHO: usize = 40;

impl Route {
    /// The first step of the default pathway.
    pub fn start(catalog: &Catalog) -> Route {
        Route { pathway: catalog.default_pathway_index(), step: 0 }
    }

    /// The canonical hash for this route, e.g. `#/ex-vivo/3`.
    pub fn to_hash(self, catalog: &Catalog) -> String {
        let id = catalog.pathways.get(self.pathway).map_or(catalog.default_pathway, |p| p.id);
        format!("#/{}/{}", id, self.step + 1)
    }

    /// Number of steps in this route's pathway.
    pub fn total(self, catalog: &Catalog) -> usize {
        catalog.pathways.get(self.pathway).map_or(0, |p| p.steps.len())
    }
}

/// Reads a location hash (with or without the leading `#`).
pub fn parse(hash: &str, catalog: &Catalog) -> Parsed {
    let start = Route::start(catalog);
    let body = hash.strip_prefix('#').unwrap_or(hash);
    // Query parameters (`?therapy=…`) belong to later features; the path is what counts.
    let path = body.split('?').next().unwrap_or("");
    let path = path.strip_prefix('/').unwrap_or(path);
    let segments: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();

    let (pathway_seg, step_seg) = match segments.as_slice() {
        [] => return Parsed { route: start, note: None },
        [p] => (*p, None),
        [p, s] => (*p, Some(*s)),
        _ => return Parsed { route: start, note: Some(RouteNote::Malformed) },
    };

    let mut note = None;
    let pathway = match catalog.pathway_index(&pathway_seg.to_ascii_lowercase()) {
        Some(i) => i,
        None => {
            note = Some(RouteNote::UnknownPathway { asked: echo(pathway_seg) });
            start.pathway
        }
    };
    let total = catalog.pathways[pathway].steps.len();
    let step = match step_seg {
        None => 0,
        Some(s) => match s.parse::<usize>() {
            Ok(n) if (1..=total).contains(&n) => n - 1,
            parsed => {
                // Too big: the last step is nearest. Zero or not a number: the first.
                let too_big = match parsed {
                    Ok(n) => n > total,
                    // All digits but unparsable: a number too big for usize.
                    Err(_) => s.bytes().all(|b| b.is_ascii_digit()),
                };
                let shown = if too_big { total } else { 1 };
                // An unknown pathway already explains the landing; one note is enough.
                if note.is_none() {
                    note = Some(RouteNote::StepOutOfRange { asked: echo(s), total, shown });
                }
                shown - 1
            }
        },
    };
    Parsed { route: Route { pathway, step }, note }
}

/// A bounded, decoded copy of what the reader typed, safe to show back.
fn echo(raw: &str) -> String {
    let decoded = percent_decode(raw);
    let mut out: String = decoded.chars().filter(|c| !c.is_control()).take(MAX_ECHO).collect();
    if decoded.chars().count() > MAX_ECHO {
        out.push('…');
    }
    out
}

/// Decodes `%XX` escapes; invalid escapes and invalid UTF-8 are kept or replaced, never fatal.
fn percent_decode(raw: &str) -> String {
    let bytes = raw.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' && i + 2 < bytes.len() {
            if let (Some(hi), Some(lo)) = (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                out.push(hi * 16 + lo);
                i += 3;
                continue;
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn hex(b: u8) -> Option<u8> {
    (b as char).to_digit(16).map(|d| d as u8)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::CATALOG;

    fn p(hash: &str) -> Parsed {
        parse(hash, &CATALOG)
    }

    fn ex_vivo() -> usize {
        CATALOG.pathway_index("ex-vivo").unwrap()
    }

    fn total() -> usize {
        CATALOG.pathways[ex_vivo()].steps.len()
    }

    #[test]
    fn reads_a_valid_deep_link() {
        assert_eq!(p("#/ex-vivo/3"), Parsed { route: Route { pathway: ex_vivo(), step: 2 }, note: None });
    }

    #[test]
    fn empty_or_bare_hashes_start_at_the_beginning_without_a_note() {
        for h in ["", "#", "#/", "/"] {
            assert_eq!(p(h), Parsed { route: Route::start(&CATALOG), note: None }, "hash {h:?}");
        }
    }

    #[test]
    fn a_pathway_without_step_opens_its_first_step() {
        assert_eq!(p("#/ex-vivo").route, Route { pathway: ex_vivo(), step: 0 });
        assert_eq!(p("#/ex-vivo/").note, None);
    }

    #[test]
    fn pathway_ids_are_case_insensitive_and_leading_slash_is_optional() {
        assert_eq!(p("#/EX-VIVO/2"), p("#ex-vivo/2"));
        assert_eq!(p("#ex-vivo/2").route.step, 1);
    }

    #[test]
    fn unknown_pathway_falls_back_to_default_and_keeps_a_valid_step() {
        let r = p("#/gene-magic/4");
        assert_eq!(r.route, Route { pathway: CATALOG.default_pathway_index(), step: 3 });
        assert_eq!(r.note, Some(RouteNote::UnknownPathway { asked: "gene-magic".into() }));
    }

    #[test]
    fn step_past_the_end_shows_the_last_step() {
        let r = p("#/ex-vivo/99");
        assert_eq!(r.route.step, total() - 1);
        assert_eq!(
            r.note,
            Some(RouteNote::StepOutOfRange { asked: "99".into(), total: total(), shown: total() })
        );
    }

    #[test]
    fn step_zero_negative_or_text_shows_the_first_step() {
        for s in ["0", "-1", "three", "1.5", "99999999999999999999999"] {
            let r = p(&format!("#/ex-vivo/{s}"));
            let expected_shown = if s.starts_with('9') { total() } else { 1 };
            assert_eq!(r.route.step, expected_shown - 1, "step {s}");
            assert_eq!(
                r.note,
                Some(RouteNote::StepOutOfRange { asked: s.into(), total: total(), shown: expected_shown }),
                "step {s}"
            );
        }
    }

    #[test]
    fn too_many_segments_is_malformed() {
        let r = p("#/ex-vivo/3/extra");
        assert_eq!(r, Parsed { route: Route::start(&CATALOG), note: Some(RouteNote::Malformed) });
    }

    #[test]
    fn query_parameters_do_not_break_the_path() {
        assert_eq!(p("#/ex-vivo/5?therapy=casgevy").route.step, 4);
    }

    #[test]
    fn echoed_input_is_decoded_bounded_and_control_free() {
        let r = p("#/%3Cscript%3E%0A/1");
        assert_eq!(r.note, Some(RouteNote::UnknownPathway { asked: "<script>".into() }));
        let long = "x".repeat(500);
        match p(&format!("#/{long}/1")).note {
            Some(RouteNote::UnknownPathway { asked }) => {
                assert_eq!(asked.chars().count(), MAX_ECHO + 1);
                assert!(asked.ends_with('…'));
            }
            other => panic!("unexpected {other:?}"),
        }
        // A lone or broken escape is kept as typed, and bad UTF-8 does not panic.
        assert_eq!(echo("a%"), "a%");
        assert_eq!(echo("a%zz"), "a%zz");
        assert_eq!(echo("%ff%fe"), "\u{fffd}\u{fffd}");
    }

    #[test]
    fn every_route_round_trips_through_its_hash() {
        for (pi, pathway) in CATALOG.pathways.iter().enumerate() {
            for si in 0..pathway.steps.len() {
                let route = Route { pathway: pi, step: si };
                assert_eq!(p(&route.to_hash(&CATALOG)), Parsed { route, note: None });
            }
        }
    }
}
