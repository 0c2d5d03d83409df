//! The wasm binary Trunk builds. It starts nothing by itself: `static/boot.js` (the
//! widget's own page) and `static/explainer.js` (the custom element) call
//! [`mount`](gene_therapy_explainer::host::embed::mount) for each place a widget goes.

// Linked so its `#[wasm_bindgen]` export is in the binary.
pub use gene_therapy_explainer::host::embed::mount;

fn main() {}
