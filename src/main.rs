//! Mounts the explainer into `#gene-therapy-explainer` (or `<body>` if a host page lacks it).

use gene_therapy_explainer::{App, AppProps};

fn main() {
    let document = gloo::utils::document();
    let hash = gloo::utils::window().location().hash().unwrap_or_default();
    let root = match document.get_element_by_id("gene-therapy-explainer") {
        Some(el) => {
            // Replace the static loading message with the live widget.
            el.set_inner_html("");
            el
        }
        None => document.body().expect("a document has a body").into(),
    };
    yew::Renderer::<App>::with_root_and_props(root, AppProps { hash: hash.into(), sync_url: true }).render();
}
