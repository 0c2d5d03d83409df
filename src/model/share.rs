//! What the Share panel offers: a link to the place shown and the two embed codes (iframe,
//! custom element), filled with the guide's own address. Pure: the view shows them, the
//! host copies them. The codes are those of README, "Embedding", with this place's settings.

use super::route::{Place, View};
use crate::content::{Catalog, TherapyDef};

/// The guide's page without query or hash (`https://site.example/guide/index.html`), from
/// the widget's `home` (an iframe's page keeps its embed query in it).
pub fn page_address(home: &str) -> &str {
    // Bytes, not a `char` pattern: the same answer in less wasm.
    let end = home.bytes().position(|b| b == b'?' || b == b'#').unwrap_or(home.len());
    &home[..end]
}

/// A link that opens this place on the guide's own page.
pub fn link(home: &str, place: Place, catalog: &Catalog, therapies: &[TherapyDef]) -> String {
    format!("{}{}", page_address(home), place.to_hash(catalog, therapies))
}

/// The printable handout of the pathway shown, or of the product walked through it: a
/// page beside the guide's own, `handout/<pathway or product>.html`. Pages have none.
pub fn handout(home: &str, place: Place, catalog: &Catalog, therapies: &[TherapyDef]) -> Option<String> {
    let View::Step(r) = place.view else { return None };
    let walked = place.therapy.and_then(|t| therapies.get(t)).filter(|t| t.pathway == r.pathway);
    let id = walked.map_or(catalog.pathways[r.pathway].id, |t| t.id);
    Some(format!("{}handout/{id}.html", folder(page_address(home))))
}

/// The folder of the guide's page, with its trailing `/`, where the loaders live.
pub fn folder(page: &str) -> &str {
    page.bytes().rposition(|b| b == b'/').map_or("", |i| &page[..=i])
}

/// The settings that open this place in an embed: pathway (or page) and step, and the
/// therapy being walked. The layout and motion are the reader's own and are not shared.
pub fn settings(place: Place, catalog: &Catalog, therapies: &[TherapyDef]) -> Vec<(&'static str, String)> {
    let (id, step) = place.view.address(catalog);
    let mut out = vec![("pathway", id.to_string())];
    if let Some(step) = step {
        out.push(("step", step.to_string()));
    }
    if let Some(t) = place.therapy.and_then(|i| therapies.get(i)) {
        out.push(("therapy", t.id.to_string()));
    }
    out
}

/// `&`, `<`, `>` and `"` as HTML writes them in an attribute or text.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            c => out.push(c),
        }
    }
    out
}

/// The iframe embed: the frame with this place's settings in its query, and the height
/// helper beside the guide's page. `title` names the frame for screen readers.
pub fn iframe_code(page: &str, settings: &[(&str, String)], title: &str) -> String {
    let query: Vec<String> = settings.iter().map(|(k, v)| format!("{k}={v}")).collect();
    format!(
        "<iframe data-gte-embed title=\"{}\" src=\"{}?{}\" style=\"display:block;width:100%;height:100vh;border:0\" loading=\"lazy\"></iframe>\n<script src=\"{}embed-resize.js\" defer></script>",
        escape(title),
        escape(page),
        escape(&query.join("&")),
        escape(folder(page)),
    )
}

/// The custom element: the loader, and the element with this place's settings as
/// attributes and a link to the guide as its own content (shown until the guide runs, and
/// instead of it where the guide cannot load).
pub fn element_code(page: &str, settings: &[(&str, String)], title: &str) -> String {
    let attrs: String = settings.iter().map(|(k, v)| format!(" {k}=\"{}\"", escape(v))).collect();
    format!(
        "<script type=\"module\" src=\"{}explainer.js\"></script>\n<gene-therapy-explainer{attrs}>\n  <a href=\"{}\">{}</a>\n</gene-therapy-explainer>",
        escape(folder(page)),
        escape(page),
        escape(title),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::{CATALOG, THERAPIES};
    use crate::model::route::{Mode, Motion, Page, Route, View};
    use crate::model::settings;

    const HOME: &str = "https://health.example/guide/index.html?pathway=hsct&id=article-guide#/hsct/2";

    #[test]
    fn the_handout_is_the_product_walked_or_else_the_pathway_beside_the_guide() {
        let step = |pathway, therapy| Place::new(View::Step(Route { pathway, step: 3 }), therapy);
        let luxturna = THERAPIES.iter().position(|t| t.id == "luxturna").unwrap();
        let in_vivo = CATALOG.pathway_index("in-vivo").unwrap();
        let hsct = CATALOG.pathway_index("hsct").unwrap();
        let at = |place| handout(HOME, place, &CATALOG, THERAPIES);
        assert_eq!(
            at(step(in_vivo, Some(luxturna))).as_deref(),
            Some("https://health.example/guide/handout/luxturna.html")
        );
        assert_eq!(
            at(step(in_vivo, None)).as_deref(),
            Some("https://health.example/guide/handout/in-vivo.html")
        );
        // A product of another pathway is not this pathway's handout.
        assert_eq!(
            at(step(hsct, Some(luxturna))).as_deref(),
            Some("https://health.example/guide/handout/hsct.html")
        );
        assert_eq!(at(Place::new(View::Page(Page::Glossary), None)), None);
        // Relative to the page where the widget has no address of its own.
        assert_eq!(handout("", step(hsct, None), &CATALOG, THERAPIES).as_deref(), Some("handout/hsct.html"));
    }

    #[test]
    fn the_page_address_drops_the_embed_query_and_the_hash() {
        assert_eq!(page_address(HOME), "https://health.example/guide/index.html");
        assert_eq!(page_address("http://127.0.0.1:4173/"), "http://127.0.0.1:4173/");
        assert_eq!(folder("http://127.0.0.1:4173/index.html"), "http://127.0.0.1:4173/");
    }

    /// The settings read back (as an embed reads them) give the same view and therapy, for
    /// every step of every pathway, with and without a therapy, and every page.
    #[test]
    fn settings_open_the_same_place() {
        let mut places = Vec::new();
        for (pathway, p) in CATALOG.pathways.iter().enumerate() {
            for step in 0..p.steps.len() {
                places.push(Place::new(View::Step(Route { pathway, step }), None));
            }
            if let Some(therapy) = THERAPIES.iter().position(|t| t.pathway == pathway) {
                places.push(Place::new(View::Step(Route { pathway, step: 1 }), Some(therapy)));
            }
        }
        assert!(places.iter().any(|p| p.therapy.is_some()), "no pathway has a therapy");
        places.extend(Page::ALL.map(|p| Place::new(View::Page(p), None)));
        for place in places {
            let pairs: Vec<(String, String)> =
                settings(place, &CATALOG, THERAPIES).into_iter().map(|(k, v)| (k.to_string(), v)).collect();
            let read = settings::read(&pairs, &["en"], &CATALOG, THERAPIES);
            assert_eq!(read.notes(), vec![], "{pairs:?}");
            assert_eq!(
                (read.parsed.place.view, read.parsed.place.therapy),
                (place.view, place.therapy),
                "{pairs:?}"
            );
        }
    }

    #[test]
    fn the_reader_s_own_layout_and_motion_are_not_shared() {
        let mut place = Place::new(View::Step(Route { pathway: 0, step: 2 }), None);
        place.mode = Mode::Compact;
        place.motion = Motion::Still;
        let names: Vec<&str> = settings(place, &CATALOG, THERAPIES).iter().map(|(k, _)| *k).collect();
        assert_eq!(names, ["pathway", "step"]);
    }

    #[test]
    fn the_codes_carry_the_address_the_settings_and_an_escaped_title() {
        let page = page_address(HOME);
        let pairs = vec![
            ("pathway", "in-vivo".to_string()),
            ("step", "3".to_string()),
            ("therapy", "luxturna".to_string()),
        ];
        let title = "Gene therapy \"how\" & <why>";
        assert_eq!(
            iframe_code(page, &pairs, title),
            "<iframe data-gte-embed title=\"Gene therapy &quot;how&quot; &amp; &lt;why&gt;\" \
             src=\"https://health.example/guide/index.html?pathway=in-vivo&amp;step=3&amp;therapy=luxturna\" \
             style=\"display:block;width:100%;height:100vh;border:0\" loading=\"lazy\"></iframe>\n\
             <script src=\"https://health.example/guide/embed-resize.js\" defer></script>"
        );
        assert_eq!(
            element_code(page, &pairs, title),
            "<script type=\"module\" src=\"https://health.example/guide/explainer.js\"></script>\n\
             <gene-therapy-explainer pathway=\"in-vivo\" step=\"3\" therapy=\"luxturna\">\n  \
             <a href=\"https://health.example/guide/index.html\">Gene therapy &quot;how&quot; &amp; &lt;why&gt;</a>\n\
             </gene-therapy-explainer>"
        );
    }
}
