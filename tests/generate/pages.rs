//! The static views: every view of the guide as real HTML, rendered natively from the same
//! components as the live widget (`components::app::AppView`), so a reader sees the words
//! and pictures before any WebAssembly runs, and reads the whole guide with scripts off.
//!
//! - `static/guide/<view>.html`: one page per view (each step of each pathway, the
//!   comparison, timeline, glossary and sources), with its own title, description and
//!   canonical link. Its links between views are links to these pages, so they work with
//!   no script and from a folder (`file://`).
//! - `index.html`: the first view (the default pathway's first step) between two markers,
//!   its links into `guide/`.
//!
//! Each page's `first-view.js` loads `boot.js` after the first paint, which starts the live
//! widget at the page's own view.

use gene_therapy_explainer::components::app::{AppView, AppViewProps};
use gene_therapy_explainer::content::{msg, Later, Texts, CATALOG, THERAPIES};
use gene_therapy_explainer::describe::{document_title, view_summary};
use gene_therapy_explainer::model::route::{page_file, PAGES_FOLDER};
use gene_therapy_explainer::model::{Links, Nav, Place, View};
use yew::{Callback, LocalServerRenderer};

/// Escaped for an attribute's value or for text.
pub fn escape(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('"', "&quot;")
}

/// The rendered view, moving pictures or stills, its links into `links` (also the
/// benchmark's floor, `floor.rs`).
pub fn render(view: View, links: Links, still: bool, home: &'static str) -> String {
    let place = Place::new(view, None);
    let hash = place.to_hash(&CATALOG, THERAPIES);
    let props = AppViewProps {
        nav: Nav::new(gene_therapy_explainer::model::route::parse(&hash, &CATALOG, THERAPIES)),
        home: home.into(),
        system_still: still,
        root: Default::default(),
        heading: Default::default(),
        onaction: Callback::noop(),
        later: Later::Waiting,
        fragment: Later::Waiting,
        links,
    };
    let html = futures::executor::block_on(
        LocalServerRenderer::<AppView>::with_props(props).hydratable(false).render(),
    );
    stable_ids(&html)
}

/// `html` with each glossary popover's id (`gte-term-<n>`, numbered by the components
/// from one count for the whole process) numbered from 0 in the order they appear, so a
/// page reads the same however many views were rendered before it.
pub fn stable_ids(html: &str) -> String {
    const ID: &str = "gte-term-";
    let mut seen: Vec<&str> = Vec::new();
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(at) = rest.find(ID) {
        let digits = rest[at + ID.len()..].bytes().take_while(u8::is_ascii_digit).count();
        let n = &rest[at + ID.len()..at + ID.len() + digits];
        let i = seen.iter().position(|&s| s == n).unwrap_or_else(|| {
            seen.push(n);
            seen.len() - 1
        });
        out.push_str(&rest[..at + ID.len()]);
        out.push_str(&i.to_string());
        rest = &rest[at + ID.len() + digits..];
    }
    out.push_str(rest);
    out
}

/// Where the step's picture (`<figure class="gte-diagram …">…</figure>`) lies in `html`.
fn figure(html: &str) -> Option<std::ops::Range<usize>> {
    let start = html.find("<figure class=\"gte-diagram")?;
    let end = start + html[start..].find("</figure>")? + "</figure>".len();
    Some(start..end)
}

/// The widget's root with `view` rendered in it, its links into `links`. A step's moving
/// picture is followed by its storyboard in `<noscript>`: without a script nothing could
/// pause the motion or move between key frames, so those readers get the stills (the
/// moving one is hidden by `@media (scripting: none)` in style.css). On a page of its own,
/// `data-view` names its view, where the live widget starts when the address names none,
/// and `data-home` the widget's own page (for the handout, copied links, teacher notes).
pub fn root(view: View, links: Links, own_page: bool) -> String {
    let texts = Texts::en();
    // The widget's own page, where the handout and the other pages beside it are found.
    let home = if own_page { "../index.html" } else { "index.html" };
    let mut body = render(view, links, false, home);
    if let Some(moving) = figure(&body) {
        let stills = render(view, links, true, home);
        let board = figure(&stills).expect("a step with a picture has its stills");
        body.insert_str(moving.end, &format!("<noscript>{}</noscript>", &stills[board]));
    }
    let hash = Place::new(view, None).to_hash(&CATALOG, THERAPIES);
    let data = if own_page { format!(r#" data-view="{hash}" data-home="{home}""#) } else { String::new() };
    // What shows while a view the address asks for is on its way (first-view.js); what
    // explainer.js shows when the interactive parts cannot start, are opened from a folder,
    // or break, all hidden until then, first in the widget; with scripts off, a line saying
    // so at its foot.
    let t = |key| escape(texts.t(key));
    let notes = format!(
        "<p class=\"gte-static-note gte-wait-note\" hidden>{}</p>\
         <p class=\"gte-static-note gte-start-failed\" role=\"status\" hidden>{}</p>\
         <p class=\"gte-static-note gte-file-note\" role=\"status\" hidden>{}</p>\
         <div class=\"gte-static-note gte-broken\" role=\"alert\" hidden><p>{}</p>\
         <button type=\"button\" class=\"gte-button gte-reload\">{}</button></div>",
        t(msg::STATIC_LOADING),
        t(msg::STATIC_FAILED),
        t(msg::STATIC_FILE),
        t(msg::STATIC_BROKEN),
        t(msg::STATIC_RELOAD),
    );
    let open = body.find(" class=\"gte\">").expect("the widget's root");
    let open = open + body[open..].find('>').unwrap() + 1;
    body.insert_str(open, &notes);
    let close = body.rfind("</div>").expect("the widget's root closes");
    body.insert_str(
        close,
        &format!("<noscript><p class=\"gte-static-note\">{}</p></noscript>", t(msg::STATIC_NO_SCRIPT)),
    );
    format!(r#"<div id="gene-therapy-explainer"{data}>{body}</div>"#)
}

/// Every view's page name (`ex-vivo-3`, `compare`): the pages `first-view.js` and the
/// custom element may fetch (a name not here has no page, so nothing is fetched for it).
pub fn names() -> Vec<String> {
    View::all(&CATALOG).map(|v| page_file(v, &CATALOG).trim_end_matches(".html").to_string()).collect()
}

/// The head's lines that name the view (title, description, canonical link), and the
/// small script that, before the first paint, sees whether the address asks for another
/// view than this page holds (`static/first-view.js`). `up` leads from the page to the
/// widget's files, `pages` from the page to the static pages.
fn head(view: View, canonical: &str, up: &str, pages: &str) -> String {
    let texts = Texts::en();
    let hash = Place::new(view, None).to_hash(&CATALOG, THERAPIES);
    format!(
        "<title>{}</title>\n<meta name=\"description\" content=\"{}\">\n<link rel=\"canonical\" href=\"{canonical}\">\n\
         <script src=\"{up}first-view.js\" data-view=\"{hash}\" data-pages=\"{pages}\" data-views=\"{}\"></script>",
        escape(&document_title(texts, view)),
        escape(&view_summary(texts, view)),
        names().join(" "),
    )
}

/// Every view's page: (path in the repository, page).
pub fn pages() -> Vec<(String, String)> {
    View::all(&CATALOG)
        .map(|view| {
            let file = page_file(view, &CATALOG);
            let html = format!(
                "<!doctype html>\n<!-- Generated by scripts/generate from the content and components. Do not edit. -->\n\
                 <html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
                 <meta name=\"viewport\" content=\"width=device-width, initial-scale=1, viewport-fit=cover\">\n\
                 <meta name=\"color-scheme\" content=\"light dark\">\n{}\n\
                 <link rel=\"icon\" href=\"../favicon.svg\" type=\"image/svg+xml\">\n\
                 <link rel=\"stylesheet\" href=\"../style.css\">\n<link rel=\"stylesheet\" href=\"../scenes.css\">\n</head>\n<body>\n{}\n</body>\n</html>\n",
                head(view, &file, "../", ""),
                root(view, Links::Pages(""), true),
            );
            (format!("static/{PAGES_FOLDER}{file}"), html)
        })
        .collect()
}

const START: &str = "<!-- The first view, generated by scripts/generate: do not edit from here -->\n";
const END: &str = "<!-- to here. -->\n";

/// `index.html` with its first view (the default pathway's first step) and that view's
/// title and description written in between the markers.
pub fn index() -> String {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/index.html");
    let source = std::fs::read_to_string(path).expect("index.html reads");
    let view = Place::start_of(CATALOG.default_pathway_index()).view;
    let mut out = String::new();
    let mut rest = source.as_str();
    for (i, body) in
        [head(view, "./", "", PAGES_FOLDER), root(view, Links::Pages(PAGES_FOLDER), false)].iter().enumerate()
    {
        let (before, after) =
            rest.split_once(START).unwrap_or_else(|| panic!("index.html: marker {} missing", i + 1));
        let (_, after) = after.split_once(END).expect("index.html: an end marker");
        out.push_str(before);
        out.push_str(START);
        out.push_str(body);
        out.push('\n');
        out.push_str(END);
        rest = after;
    }
    out.push_str(rest);
    out
}

/// The timeline's and the sources page's bodies, which the release wasm fetches instead of
/// carrying their code and words (`components::pages`): `static/later/en/timeline.html`,
/// one `timeline-<product>.html` per product (its bars first), and `sources.html`.
pub fn fragments() -> Vec<(String, String)> {
    use gene_therapy_explainer::components::sources_view::SourcesView;
    use gene_therapy_explainer::components::timeline_view::{TimelineView, TimelineViewProps};
    let timeline = |therapy: Option<usize>| {
        futures::executor::block_on(
            LocalServerRenderer::<TimelineView>::with_props(TimelineViewProps { therapy })
                .hydratable(false)
                .render(),
        )
    };
    let mut out = vec![("static/later/en/timeline.html".to_string(), timeline(None))];
    for (i, t) in THERAPIES.iter().enumerate() {
        out.push((format!("static/later/en/timeline-{}.html", t.id), timeline(Some(i))));
    }
    let sources =
        futures::executor::block_on(LocalServerRenderer::<SourcesView>::new().hydratable(false).render());
    out.push(("static/later/en/sources.html".to_string(), sources));
    out.into_iter().map(|(p, html)| (p, stable_ids(&html))).collect()
}
