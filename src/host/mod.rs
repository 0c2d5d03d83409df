//! The host: mounting the widget into a page (`embed`, the wasm's entry point) and the
//! root component that owns the state and every browser effect (`app`). Nothing below
//! imports it: content <- model <- describe <- view (diagram <- components) <- host.

pub mod app;
pub mod embed;
